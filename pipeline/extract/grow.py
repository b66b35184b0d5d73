"""Growing a slot's anchor into the phrase RELATION.md asks for: names, noun phrases, roles, agents.

The small Spanish models often get exactly these phrases wrong in the parse (role
nouns tagged as verbs, names split by `flat`), so a phrase is grown by word order
and capitalisation once its anchor is known.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from pipeline.extract.words import WORDS
from pipeline.extract.places import place_named_before, territory_end
from pipeline.extract.tokens import (
    ARTICLES,
    CLAUSE_BREAKS,
    GENERIC_DETERMINERS,
    LEADING_DROP,
    MAX_NAME_TOKENS,
    NAME_CONNECTORS,
    NON_REFERRING,
    POSSESSIVES,
    ROLE_OPENERS,
    LOCUTIONS_AFTER_A,
    is_infinitive,
    sentence_end,
    sentence_start,
    _starts_text,
    is_acronym,
    is_finite_verb,
    is_name_part,
    is_title,
)


def name_end(doc: Doc, start: int, limit: int) -> int:
    """End (exclusive) of the capitalised name that starts at `start`.

    Lower-case connectors ("de", "del", "la") are kept only between two
    capitalised words ("Hugo de Zela"); "y" is not kept, so coordinated
    names stay apart.
    """
    end = start + 1
    while end < limit and end - start < MAX_NAME_TOKENS:
        token = doc[end]
        if is_title(token) and not token.is_sent_start:
            end += 1
            continue
        if token.lower_ in NAME_CONNECTORS - {"y", "e"} and end + 1 < limit:
            # "de la" between names: "Organización de la Naciones", "Hugo de Zela".
            nxt = end + 1
            if nxt < limit and doc[nxt].lower_ in {"la", "las", "los"} and nxt + 1 < limit:
                nxt += 1
            if is_title(doc[nxt]):
                end = nxt + 1
                continue
        if token.lower_ in {"y", "e"} and end + 2 < limit and is_title(doc[end + 1]) and (
                doc[end + 2].lower_ in {"de", "del"}) and start + 1 < end and doc[end - 2].lower_ in {"de", "del"}:
            end += 2  # "Ministerio de Trabajo y Promoción del Empleo": one office, not two names
            continue
        break
    return end


def skip_leading(doc: Doc, start: int, end: int) -> int:
    """First token of a phrase after leading articles, prepositions and "como"."""
    while start < end - 1 and doc[start].lower_ in LEADING_DROP:
        start += 1
    return start


def noun_phrase_end(doc: Doc, start: int, limit: int) -> int:
    """End of a short noun phrase: determiners, a noun, its adjectives and names."""
    i = start
    while i < limit and doc[i].lower_ in ARTICLES:
        i += 1
    if i >= limit:
        return start + 1
    if is_title(doc[i]):
        return name_end(doc, i, limit)
    end = i + 1
    if doc[i].pos_ == "ADJ" and end < limit and doc[end].pos_ == "NOUN" and not is_title(doc[end]) and (
            doc[i].morph.get("Gender") and doc[i].morph.get("Gender") == doc[end].morph.get("Gender")
            or not doc[i].morph.get("Gender") and not doc[i].morph.get("Number") and doc[i].head.i == end):
        # "la exprimera dama", "el nuevo ministro" (but not "la marinera patrimonio ..."), and an
        # invariable word the parse hangs on the noun: "la ex ministra de Salud, Ana Soto"
        end += 1
    while end < limit:
        token = doc[end]
        if (token.pos_ in {"ADJ"} and token.lower_ not in WORDS["category_nouns"]) or (
                is_title(token) and token.pos_ == "PROPN"):
            end += 1  # (not "al pisco | patrimonio de la Nación": the tagger's adjective heads the role)
            continue
        if token.lower_ in {"de", "del"} and end + 1 < limit:
            k = end + 1
            if (doc[k].lower_ in {"la", "las", "los", "el"} or doc[k].lower_ in WORDS["demonstratives"]) and k + 1 < limit:
                k += 1  # "titular de dicho sector": a demonstrative as well as an article
            if doc[k].pos_ == "ADJ" and not is_title(doc[k]) and k + 1 < limit and is_title(doc[k + 1]) and (
                    doc[k - 1].lower_ in {"la", "las", "los", "el"}):
                k += 1  # "al presidente de la estatal Pdvsa": an adjective before the name
            if is_title(doc[k]):
                end = name_end(doc, k, limit)
                continue
            if doc[k].pos_ == "NOUN":
                end = k + 1
                continue
        if token.lower_ in {"y", "e"} and end + 1 < limit and is_title(doc[end - 1]) and is_name_part(doc[end + 1]) \
                and end + 2 < limit and doc[end + 2].lower_ in {"de", "del"}:
            # "ministro de Trabajo y Promoción del Empleo": one office.
            end += 2
            continue
        if token.lower_ in {"y", "e"} and end + 2 < limit and doc[end + 1].lower_ in {"de", "del"} and (
                is_title(doc[end + 2]) and doc[end - 2].lower_ in {"de", "del"} and is_title(doc[end - 1])):
            end += 1  # "jefes de Estado y de Gobierno": one title; the "de" is read next
            continue
        break
    return end


def head_of_complement(name: Span, stop: int) -> Span:
    """The noun phrase whose "de" complement holds `name`, else `name` itself.

    "el exesposo de la empresaria X fue designado", "el jefe de la agencia de
    X, ..., fue nombrado": the designee is the head noun phrase, not the name
    inside its complement. Only lower-case common nouns, adjectives,
    articles and "de" are crossed, and never `stop` (the trigger) or a token
    before it; a complement with no article ("el ministro de economía X")
    is taken for a title of the name itself.
    """
    doc = name.doc
    if not len(name) or not is_title(name[0]):
        return name
    if name.end + 1 < len(doc) and doc[name.end].text == "," and doc[name.end + 1].pos_ in {"NOUN", "DET"}:
        return name  # "miembros de Hezbollah, grupo que ...": the apposition describes the name
    if name.end < len(doc) and doc[name.end].lower_ in {"que", "quien", "quienes"}:
        return name  # "la sucesora del señor X que fue elegido ...": the relative follows its antecedent
    i = name.start - 1
    if i <= stop:
        return name
    if doc[i].lower_ in {"de", "del"}:
        pass  # "... de Hong Kong": the name is the complement itself
    elif doc[i].pos_ == "NOUN" and doc[i].is_lower and i - 2 > stop and doc[i - 1].lower_ in ARTICLES - {
            "un", "una", "unos", "unas"} and doc[i - 2].lower_ in {"de"}:
        i -= 2  # "... de la empresaria X": the name stands beside a noun of the complement
    elif doc[i].pos_ == "NOUN" and doc[i].is_lower and i - 1 > stop and doc[i - 1].lower_ == "del":
        i -= 1  # "... del empresario X"
    else:
        return name
    # Now doc[i] is the "de"/"del" that opens the complement: find the noun it completes.
    head = None
    k = i - 1
    while k > stop and (doc[k].is_lower or doc[k].is_punct is False and doc[k].lower_ in ARTICLES) and (
            doc[k].pos_ in {"NOUN", "ADJ", "DET"} or doc[k].lower_ in {"de", "del"}):
        if doc[k].pos_ == "NOUN":
            head = k
        k -= 1
    if head is None:
        return name
    start = head
    while start - 1 > stop and doc[start - 1].pos_ == "ADJ" and doc[start - 1].is_lower:
        start -= 1
    if doc[head].lemma_.lower() in NON_REFERRING or start >= 1 and doc[start - 1].lower_ in NON_REFERRING:
        return name
    return doc[start:name.end]


# Words that may follow a name in apposition and end the designee's phrase ("la exfiscal suprema,
# X en el cargo de ...", "el ministro, X como ...").
_PHRASE_AFTER_NAME = frozenset({"como", "en", "para", "al", "a"})


def designee_span(doc: Doc, anchor: int, limit: int | None = None) -> Span | None:
    """The designee from its anchor: a name, else a short noun phrase.

    A common noun followed by a name ("su asesor Manuel Talavera", "la
    vicepresidenta Dina Boluarte") or by a name in apposition ("la
    viceministra de Seguridad, Julissa Villanueva,") yields the name, as
    RELATION.md asks. Returns None for phrases that refer to no one in the
    sentence ("ningún embajador", "ese país").
    """
    limit = sentence_end(doc[anchor]) if limit is None else limit
    if anchor >= limit:
        return None
    start = anchor
    possessive = None
    while start < limit - 1 and (doc[start].lower_ in LEADING_DROP | POSSESSIVES or doc[start].is_quote):
        if doc[start].text in {"El", "La", "Los", "Las"} and not _starts_text(doc[start]) and is_title(doc[start + 1]):
            break  # "a El Aissami", "a El Salvador": the article is part of the name
        if doc[start].lower_ in NON_REFERRING:
            return place_named_before(doc, start)
        if doc[start].lower_ in POSSESSIVES:
            possessive = start
        start += 1
    if start > anchor and doc[start].lower_ in WORDS["title_adverbs"] and doc[start - 1].lower_ in ARTICLES and (
            start + 1 < limit and doc[start + 1].pos_ == "NOUN"):
        start += 1  # "por el entonces titular del sector, X": the office (and the name after it)
    if doc[start].lower_ in NON_REFERRING and not (
            doc[start].lower_ in GENERIC_DETERMINERS and start + 1 < limit and doc[start + 1].pos_ == "NOUN"):
        return place_named_before(doc, start)  # but "otra persona" is a generic noun phrase (RELATION.md)
    if not is_title(doc[start]) and is_infinitive(doc[start]):
        return None  # "elegidas como aspirantes a lograr la presidencia": a purpose, not a designee
    if doc[start].is_punct or (start >= 1 and doc[start - 1].lower_ in {"a", "al"} and doc[start].lower_ in LOCUTIONS_AFTER_A):
        return None  # "presentado a favor del expresidente": a locution, not "a" + designee
    if possessive == start - 1 and possessive >= 1 and doc[possessive - 1].lower_ == "a" and (
            doc[start].lower_ in WORDS["possessive_locutions"]):
        return None  # "quien a su ingreso ratificó", "un procurador a su medida": a locution
    if doc[start].text in {"El", "La", "Los", "Las"} and not _starts_text(doc[start]):
        return doc[start:name_end(doc, start + 1, limit)]
    if is_title(doc[start]):
        name = trim_name(doc, start, _with_adjective(doc, start, name_end(doc, start, limit), limit))
        return doc[name.start:territory_end(doc, name.start, name.end, limit)]
    end = _common_end(doc, start, limit)
    k = end
    while k < limit and k - end < 2 and not is_title(doc[k]) and doc[k].pos_ in {"ADJ", "VERB"} and not (
            is_finite_verb(doc[k]) or is_infinitive(doc[k])):
        k += 1  # "al grupo paramilitar ruso Wagner": adjectives the tagger reads as verbs
    if k > end and k < limit and is_name_part(doc[k]):
        end = k
    if end < limit and is_name_part(doc[end]) and doc[end].lower_ not in {"de", "del"}:
        # "el ingeniero Álvaro Quiñe", "el general PNP Víctor Montoya": the name.
        stop = name_end(doc, end, limit)
        if [t.text for t in doc[stop:stop + 3]] == ["(", "r", ")"] and stop + 3 < limit and is_name_part(doc[stop + 3]):
            end, stop = stop + 3, name_end(doc, stop + 3, limit)  # "el general PNP (r) Mario Moreno": retired
        if all(is_acronym(t) for t in doc[end:stop]) and doc[end].ent_type_ not in {"PER", "PERSON"}:
            return doc[start:stop]  # "a un general PNP en retiro": the rank and its body, no name
        return trim_name(doc, end, stop)
    generic = doc[start].lower_ in GENERIC_DETERMINERS and start + 1 < limit  # "otra persona"
    phrase_end = noun_phrase_end(doc, start + 1 if generic else start, limit)
    comma = phrase_end
    while comma < limit and comma - phrase_end < 2 and not is_title(doc[comma]) and doc[comma].pos_ in {"NOUN", "ADJ", "PROPN"}:
        comma += 1  # "la exprimera dama, Rejane Dias": a word the tagger split off the phrase
    if comma + 1 < limit and doc[comma].text == "," and comma != phrase_end and is_name_part(doc[comma + 1]):
        phrase_end = comma
    elif not is_title(doc[start]):
        place = _place_before_apposition(doc, comma, limit)
        if place is not None:
            phrase_end = place  # "al embajador de México en el Perú, Pablo Monroy": the name
    if phrase_end + 1 < limit and doc[phrase_end].text == ",":
        # "la viceministra, Julissa Villanueva," / "el presidente, general Juan Puyrredón,"
        first = phrase_end + 1
        while first < limit - 1 and first - phrase_end <= 2 and not is_title(doc[first]) and (
                doc[first].pos_ in {"NOUN", "ADJ"}):
            first += 1
        if is_name_part(doc[first]):
            name_stop = name_end(doc, first, limit)
            if name_stop >= limit or doc[name_stop].is_punct or doc[name_stop].lower_ in _PHRASE_AFTER_NAME or (
                    doc[name_stop].lower_ in {"y", "e"} and name_stop + 1 < limit and is_title(doc[name_stop + 1])):
                # (also "a los veteranos ejecutivos de Vice, Dixon y Lokhandwala,": the first name; the
                # coordinated one is read as the next designee)
                return trim_name(doc, first, name_stop)
        elif doc[first].lower_ in ARTICLES and not is_title(doc[start]):
            second = _second_apposition_name(doc, first, limit)
            if second is not None:
                return second  # "a su aliado, el también miembro del PT, Jerónimo Rodrigues": the name
    if doc[start].pos_ not in {"NOUN", "PROPN", "ADJ", "VERB"} and doc[start].lower_ not in GENERIC_DETERMINERS or (
            doc[start].like_num):
        return None  # but "que se designe a otra persona como jefe": a generic noun phrase (RELATION.md)
    for ent in doc.ents:
        if ent.label_ in {"PER", "PERSON"} and start < ent.start and ent.end == phrase_end and (
                doc[ent.start - 1].lower_ not in {"de", "del"}):
            return doc[ent.start:ent.end]  # "el exministro de Industrias Pavlo Rabikin", not "el abogado de X"
    # A common noun keeps its possessive ("su antecesor"), as RELATION.md asks.
    return doc[possessive if possessive == start - 1 else start:phrase_end]


def _second_apposition_name(doc: Doc, first: int, limit: int, max_tokens: int = 12) -> Span | None:
    """The name after a second apposition that opens with an article at `first` and holds no verb
    or clause ("su aliado, el también miembro del Partido de los Trabajadores (PT), X,"), or None."""
    depth = 0
    for k in range(first + 1, min(limit - 1, first + max_tokens)):
        token = doc[k]
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            depth -= 1
        elif depth:
            continue
        elif token.text == ",":
            if not is_name_part(doc[k + 1]) or doc[k + 1].is_sent_start:
                return None
            stop = name_end(doc, k + 1, limit)
            if stop < limit and not (doc[stop].is_punct or doc[stop].lower_ in _PHRASE_AFTER_NAME):
                return None
            return trim_name(doc, k + 1, stop)
        elif token.pos_ in {"VERB", "AUX"} or token.lower_ in CLAUSE_BREAKS or token.lower_ in {"y", "e"} or (
                token.is_punct and token.text not in {"-", "“", "”", '"'}):
            return None
    return None


def _place_before_apposition(doc: Doc, at: int, limit: int) -> int | None:
    """The comma after a place complement ("en Lima", "en el país", "ante la OEA") that ends a
    common-noun designee and is followed by a name in apposition, or None. An office held in a
    place names its holder after the comma ("al embajador mexicano en Lima, Pablo Monroy")."""
    if at >= limit or doc[at].lower_ not in WORDS["place_prepositions"]:
        return None
    k = at + 1
    while k < limit and doc[k].lower_ in ARTICLES:
        k += 1
    if k >= limit:
        return None
    if is_title(doc[k]):
        k = name_end(doc, k, limit)
    elif doc[k].pos_ == "NOUN":
        k += 1
        while k < limit and doc[k].pos_ == "ADJ":
            k += 1
    else:
        return None
    if k + 1 < limit and doc[k].text == "," and is_name_part(doc[k + 1]) and not doc[k + 1].is_sent_start:
        return k
    return None


def _with_adjective(doc: Doc, start: int, stop: int, limit: int) -> int:
    """"Ejército etíope", "Gobierno estadounidense": an organisation's name with its adjective.

    Not a category noun: "declaró a Machu Picchu patrimonio de la Nación" gives the role its head,
    which the tagger may call an adjective or a proper noun."""
    if stop < limit and doc[start].ent_type_ not in {"PER", "PERSON"} and not is_title(doc[stop]) and (
            doc[stop].pos_ in {"ADJ", "PROPN"}) and doc[stop].lower_ not in ROLE_OPENERS | WORDS["category_nouns"] and (
            stop + 1 >= limit or doc[stop + 1].pos_ not in {"NOUN"}) and not doc[stop].is_punct:
        return stop + 1
    return stop


def _common_end(doc: Doc, start: int, limit: int) -> int:
    """End of a common noun and its adjectives ("presidente electo brasileño")."""
    end = start + 1
    while end < limit and not is_title(doc[end]) and doc[end].pos_ == "ADJ":
        end += 1
    return end


def trim_name(doc: Doc, start: int, end: int) -> Span:
    """A name without a leading acronym title ("PNP Víctor Montoya" -> "Víctor Montoya"), or the
    person that ends a run of capitalised words ("Tribunal Constitucional Víctor García Toma")."""
    for ent in doc.ents:
        if ent.label_ in {"PER", "PERSON"} and start < ent.start < end and ent.end == end and (
                doc[ent.start - 1].ent_type_ in {"ORG", "LOC", "MISC"}):
            return doc[ent.start:end]  # but "María del Carmen Alva", "Dayci Bautista" stay whole
    if end - start >= 3 and is_acronym(doc[start]) and not is_acronym(doc[start + 1]):
        start += 1
    return doc[start:end]


def name_in(head: Token) -> Span | None:
    doc = head.doc
    if head.pos_ == "PRON" or head.like_num or not any(c.isalpha() for c in head.text) or (
            head.lower_ in NON_REFERRING) or any(c.dep_ == "det" and c.lower_ in NON_REFERRING - GENERIC_DETERMINERS
                                                 for c in head.children):
        return None  # "esa persona", "ambos": someone named elsewhere (but "otros países" is generic)
    limit = sentence_end(head)
    if is_name_part(head):
        start = head.i
        while start - 1 >= head.left_edge.i and is_name_part(doc[start - 1]):
            start -= 1
        name = trim_name(doc, start, _with_adjective(doc, start, name_end(doc, start, limit), limit))
        return doc[name.start:territory_end(doc, name.start, name.end, limit)]
    for child in head.children:
        if child.dep_ in {"appos", "flat", "compound", "nmod"} and is_name_part(child) and child.i > head.i and not any(
            c.dep_ == "case" for c in child.children
        ) and doc[child.i - 1].text != "(":  # "los países de la Comunidad Andina (CAN)": the complement's acronym
            return trim_name(doc, child.i, name_end(doc, child.i, limit))
    for ent in doc.ents:
        # "el secretario de Justicia Merrick Garland": the person the title phrase names (but "el
        # gobierno del presidente Arce" is the government, written with its head: gold tune-0142)
        if ent.label_ in {"PER", "PERSON"} and head.i < ent.start <= head.i + 6 and ent.end <= head.right_edge.i + 1 \
                and doc[ent.start - 1].lower_ not in {"de", "del", "por", "a", "con"}:
            if head.lower_ in WORDS["administration_nouns"] and doc[head.i + 1].lower_ in {"de", "del"}:
                return doc[head.i:ent.end]
            return doc[ent.start:ent.end]
    start = head.i
    while start - 1 >= head.left_edge.i and doc[start - 1].pos_ == "ADJ":
        start -= 1
    end = noun_phrase_end(doc, head.i, limit)
    if end + 1 < limit and doc[end].text == "," and is_name_part(doc[end + 1]):
        name_stop = name_end(doc, end + 1, limit)
        if name_stop >= limit or doc[name_stop].is_punct or doc[name_stop].lower_ in _PHRASE_AFTER_NAME:
            return trim_name(doc, end + 1, name_stop)
    return doc[start:end]


def names_after(doc: Doc, after: int, *, max_scan: int = 15, role_head: int | None = None) -> list[Span]:
    """Names in apposition after a role, up to the first comma or colon.

    "el recién nombrado ministro de Economía, Alex Contreras"; "la designación
    de un fiscal especial que ..., el conservador Robert Hur"; "la designación
    de tres directores ...: A, B y C" (one name per designee).
    """
    if after >= len(doc):
        return []
    role_head = after - 1 if role_head is None else role_head
    limit = sentence_end(doc[after])
    mark = next((k for k in range(after, min(limit, after + max_scan))
                 if doc[k].text in {",", ".", ";", ":", "(", ")"}), None)
    if mark is None or doc[mark].text not in {",", ":"}:
        return []
    if mark > after and doc[after].lower_ not in {"que", "quien", "quienes", "cuyo", "cuya"}:
        return []  # "38 embajadores para que ..., América Latina": not an apposition
    if doc[mark].text == "," and "Plur" in doc[role_head].morph.get("Number"):
        return []  # "la elección de magistrados del TC, José Elías": one name is not a plural role
    names: list[Span] = []
    j = mark + 1
    while j < limit:
        k = j
        while k < limit and k - j < 4 and (doc[k].lower_ in ARTICLES or (
                not is_title(doc[k]) and doc[k].pos_ in {"NOUN", "ADJ"})):
            k += 1
        if k >= limit or not is_name_part(doc[k]):
            break
        stop = name_end(doc, k, limit)
        if not (stop >= limit or doc[stop].is_punct or doc[stop].lower_ in {"y", "e", "que", "quien"}):
            break  # "días previos a la elección de la nueva Mesa, Moyano respaldó ...": a new clause
        if doc[k].ent_type_ == "ORG":
            break  # "el candidato de su partido, el Movimiento ...": not a person
        names.append(trim_name(doc, k, stop))
        if doc[mark].text != ":" or stop >= limit or doc[stop].text not in {",", "y", "e"}:
            break
        j = stop + 1
        if j < limit and doc[j].lower_ in {"y", "e"}:
            j += 1
    return names


def clause_end(doc: Doc, start: int) -> int:
    """The end of the clause that holds `start`: a finite verb, a relative, ";" or the sentence end."""
    limit = sentence_end(doc[start])
    for k in range(start + 1, limit):
        token = doc[k]
        if token.text in {";", ":"} or token.lower_ in CLAUSE_BREAKS or is_finite_verb(token):
            return k
    return limit


_ARTICLE_GENDER = {"el": "Masc", "al": "Masc", "los": "Masc", "la": "Fem", "las": "Fem"}


def definite_noun_before_role(designee: Span) -> bool:
    """"a la marinera patrimonio cultural": one noun after a definite article, then a noun that
    does not agree with that article (so it starts another phrase, the role). "al nuevo
    magistrado" agrees, so it is one phrase and no designee."""
    doc = designee.doc
    if len(designee) != 1 or designee.start < 1 or designee.end >= len(doc):
        return False
    article, word, following = doc[designee.start - 1], designee[0], doc[designee.end]
    gender = _ARTICLE_GENDER.get(article.lower_)
    if gender is None or word.pos_ not in {"NOUN", "ADJ"} or following.pos_ != "NOUN":
        return False
    other = following.morph.get("Gender")
    return bool(other) and gender not in other


def listed_names(doc: Doc, start: int, limit: int | None = None) -> list[Span]:
    """The names of an enumeration: "(entre ellos) al español A y el venezolano B, C".

    Each item may open with "a"/"al", an article and up to three lower-case words
    (a nationality, a title) before the name; the list ends at the first item that
    is not a name.
    """
    limit = sentence_end(doc[start]) if limit is None else limit
    names: list[Span] = []
    i = start
    while i < limit:
        k = i
        while k < limit and doc[k].lower_ in {"a", "al"} | ARTICLES:
            k += 1
        opened = k
        while k < limit and k - opened < 3 and not is_title(doc[k]) and doc[k].pos_ in {"NOUN", "ADJ"}:
            k += 1
        if k >= limit or not is_name_part(doc[k]):
            break
        stop = name_end(doc, k, limit)
        names.append(trim_name(doc, k, stop))
        if stop >= limit or not (doc[stop].text == "," or doc[stop].lower_ in {"y", "e"}):
            break
        i = stop + 1
        if i < limit and doc[i].lower_ in {"y", "e"}:
            i += 1
    return names
