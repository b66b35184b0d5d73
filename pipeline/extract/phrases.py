"""Growing a slot's anchor token into the phrase RELATION.md asks for.

The small Spanish models often get exactly these phrases wrong in the parse
(role nouns tagged as verbs, names split by `flat`), so the phrases are grown
by word order and capitalisation, and the parse is used only where it is
reliable (subjects of short clauses).
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from pipeline.extract.words import WORDS

ARTICLES = WORDS["articles"]
POSSESSIVES = WORDS["possessives"]
LEADING_DROP = ARTICLES | WORDS["leading_drop"]
REPLACEMENT_WORDS = WORDS["replacement_words"]
NON_REFERRING = WORDS["non_referring"]
GENERIC_DETERMINERS = WORDS["generic_determiners"]
ROLE_OPENERS = WORDS["role_openers"]
PREPOSITIONS = WORDS["prepositions"]
CLAUSE_BREAKS = WORDS["clause_breaks"]
NAME_CONNECTORS = WORDS["name_connectors"]
COORDINATORS = WORDS["coordinators"]
RELATIVES = WORDS["relative_pronouns"]
_LOCUTIONS_AFTER_A = WORDS["locutions_after_a"]
MAX_ROLE_TOKENS = 30
MAX_NAME_TOKENS = 10


def is_title(token: Token) -> bool:
    """Capitalised word or acronym: a name part ("Perú", "OTAN", "EE.UU.")."""
    text = token.text
    return bool(text) and text[0].isupper() and any(c.isalpha() for c in text)


def is_name_part(token: Token) -> bool:
    """A capitalised word that can be part of a name: not a capitalised article ("El"), nor a
    sentence-initial adverb or conjunction ("Además, fue designado ...")."""
    if not is_title(token) or token.lower_ in ARTICLES | POSSESSIVES | PREPOSITIONS | {"y", "e"}:
        return False
    if _starts_text(token) and token.pos_ in {"ADV", "SCONJ", "CCONJ", "ADP", "AUX", "PRON", "DET"}:
        return False
    return True


def _starts_text(token: Token) -> bool:
    return token.i == 0 or token.is_sent_start or token.doc[token.i - 1].is_punct


def is_acronym(token: Token) -> bool:
    text = token.text.replace(".", "")
    return len(text) >= 2 and text.isalpha() and text.isupper()


def is_finite_verb(token: Token) -> bool:
    return token.pos_ in {"VERB", "AUX"} and "Fin" in token.morph.get("VerbForm")


def after_ser(token: Token) -> bool:
    """A participle after a form of "ser" ("fue designado", "han sido declarados")."""
    doc = token.doc
    if "Part" not in token.morph.get("VerbForm") and not token.lower_.endswith(("ado", "ada", "ados", "adas",
                                                                                "ido", "ida", "idos", "idas")):
        return False
    i = token.i - 1
    while i >= 0 and doc[i].pos_ == "ADV":
        i -= 1
    return i >= 0 and (doc[i].lemma_ == "ser" or doc[i].lower_ in WORDS["ser_forms"])


def is_conjugated(token: Token) -> bool:
    """A finite verb that really is one: the small model tags role nouns ("cónsul") as finite
    verbs, but then their lemma is the word itself."""
    return is_finite_verb(token) and token.lemma_.lower() != token.lower_


def is_title_role(token: Token) -> bool:
    """A capitalised office ("Gobernador de Cuba"), not the start of a person's name."""
    doc = token.doc
    return token.ent_type_ not in {"PER", "PERSON"} and token.i + 1 < len(doc) and (
        doc[token.i + 1].lower_ in {"de", "del"} or not is_title(doc[token.i + 1]))


_TERMINAL = frozenset({".", "!", "?", "...", "…", ";"})


def _ends_sentence(token: Token) -> bool:
    """A real sentence end: final punctuation or a line break, not a parser split after "1983.-"."""
    return token.text in _TERMINAL or "\n" in token.whitespace_ or (token.is_space and "\n" in token.text)


def sentence_bounds(token: Token) -> tuple[int, int]:
    """The sentence of `token`, with parser splits that follow no final punctuation undone."""
    doc = token.doc
    if not doc.has_annotation("SENT_START"):
        return 0, len(doc)
    sent = token.sent
    start, end = sent.start, sent.end
    for _ in range(3):
        if start > 0 and not _ends_sentence(doc[start - 1]) and not doc[start - 1].text.endswith("."):
            start = doc[start - 1].sent.start
        else:
            break
    for _ in range(3):
        if end < len(doc) and not _ends_sentence(doc[end - 1]):
            end = doc[end].sent.end
        else:
            break
    return start, end


def _sentence_end(token: Token) -> int:
    return sentence_bounds(token)[1]


def _sentence_start(token: Token) -> int:
    return sentence_bounds(token)[0]


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
            doc[i].morph.get("Gender") and doc[i].morph.get("Gender") == doc[end].morph.get("Gender")):
        end += 1  # "la exprimera dama", "el nuevo ministro" (but not "la marinera patrimonio ...")
    while end < limit:
        token = doc[end]
        if token.pos_ in {"ADJ"} or (is_title(token) and token.pos_ == "PROPN"):
            end += 1
            continue
        if token.lower_ in {"de", "del"} and end + 1 < limit:
            k = end + 1
            if doc[k].lower_ in {"la", "las", "los", "el"} and k + 1 < limit:
                k += 1
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


def designee_span(doc: Doc, anchor: int, limit: int | None = None) -> Span | None:
    """The designee from its anchor: a name, else a short noun phrase.

    A common noun followed by a name ("su asesor Manuel Talavera", "la
    vicepresidenta Dina Boluarte") or by a name in apposition ("la
    viceministra de Seguridad, Julissa Villanueva,") yields the name, as
    RELATION.md asks. Returns None for phrases that refer to no one in the
    sentence ("ningún embajador", "ese país").
    """
    limit = _sentence_end(doc[anchor]) if limit is None else limit
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
    if doc[start].lower_ in NON_REFERRING and not (
            doc[start].lower_ in GENERIC_DETERMINERS and start + 1 < limit and doc[start + 1].pos_ == "NOUN"):
        return place_named_before(doc, start)  # but "otra persona" is a generic noun phrase (RELATION.md)
    if not is_title(doc[start]) and _is_infinitive(doc[start]):
        return None  # "elegidas como aspirantes a lograr la presidencia": a purpose, not a designee
    if doc[start].is_punct or (start >= 1 and doc[start - 1].lower_ == "a" and doc[start].lower_ in _LOCUTIONS_AFTER_A):
        return None  # "presentado a favor del expresidente": a locution, not "a" + designee
    if doc[start].text in {"El", "La", "Los", "Las"} and not _starts_text(doc[start]):
        return doc[start:name_end(doc, start + 1, limit)]
    if is_title(doc[start]):
        return _trim_name(doc, start, _with_adjective(doc, start, name_end(doc, start, limit), limit))
    end = _common_end(doc, start, limit)
    k = end
    while k < limit and k - end < 2 and not is_title(doc[k]) and doc[k].pos_ in {"ADJ", "VERB"} and not (
            is_finite_verb(doc[k]) or _is_infinitive(doc[k])):
        k += 1  # "al grupo paramilitar ruso Wagner": adjectives the tagger reads as verbs
    if k > end and k < limit and is_name_part(doc[k]):
        end = k
    if end < limit and is_name_part(doc[end]) and doc[end].lower_ not in {"de", "del"}:
        # "el ingeniero Álvaro Quiñe", "el general PNP Víctor Montoya": the name.
        stop = name_end(doc, end, limit)
        if [t.text for t in doc[stop:stop + 3]] == ["(", "r", ")"] and stop + 3 < limit and is_name_part(doc[stop + 3]):
            end, stop = stop + 3, name_end(doc, stop + 3, limit)  # "el general PNP (r) Mario Moreno": retired
        return _trim_name(doc, end, stop)
    phrase_end = noun_phrase_end(doc, start, limit)
    comma = phrase_end
    while comma < limit and comma - phrase_end < 2 and not is_title(doc[comma]) and doc[comma].pos_ in {"NOUN", "ADJ", "PROPN"}:
        comma += 1  # "la exprimera dama, Rejane Dias": a word the tagger split off the phrase
    if comma + 1 < limit and doc[comma].text == "," and comma != phrase_end and is_name_part(doc[comma + 1]):
        phrase_end = comma
    if phrase_end + 1 < limit and doc[phrase_end].text == ",":
        # "la viceministra, Julissa Villanueva," / "el presidente, general Juan Puyrredón,"
        first = phrase_end + 1
        while first < limit - 1 and first - phrase_end <= 2 and not is_title(doc[first]) and (
                doc[first].pos_ in {"NOUN", "ADJ"}):
            first += 1
        if is_name_part(doc[first]):
            name_stop = name_end(doc, first, limit)
            if name_stop >= limit or doc[name_stop].is_punct:
                return _trim_name(doc, first, name_stop)
    if doc[start].pos_ not in {"NOUN", "PROPN", "ADJ", "VERB"} or doc[start].like_num:
        return None
    for ent in doc.ents:
        if ent.label_ in {"PER", "PERSON"} and start < ent.start and ent.end == phrase_end and (
                doc[ent.start - 1].lower_ not in {"de", "del"}):
            return doc[ent.start:ent.end]  # "el exministro de Industrias Pavlo Rabikin", not "el abogado de X"
    # A common noun keeps its possessive ("su antecesor"), as RELATION.md asks.
    return doc[possessive if possessive == start - 1 else start:phrase_end]


def _with_adjective(doc: Doc, start: int, stop: int, limit: int) -> int:
    """"Ejército etíope", "Gobierno estadounidense": an organisation's name with its adjective."""
    if stop < limit and doc[start].ent_type_ not in {"PER", "PERSON"} and not is_title(doc[stop]) and (
            doc[stop].pos_ in {"ADJ", "PROPN"}) and doc[stop].lower_ not in ROLE_OPENERS and (
            stop + 1 >= limit or doc[stop + 1].pos_ not in {"NOUN"}) and not doc[stop].is_punct:
        return stop + 1
    return stop


def _common_end(doc: Doc, start: int, limit: int) -> int:
    """End of a common noun and its adjectives ("presidente electo brasileño")."""
    end = start + 1
    while end < limit and not is_title(doc[end]) and doc[end].pos_ == "ADJ":
        end += 1
    return end


def _trim_name(doc: Doc, start: int, end: int) -> Span:
    """A name without a leading acronym title ("PNP Víctor Montoya" -> "Víctor Montoya"), or the
    person that ends a run of capitalised words ("Tribunal Constitucional Víctor García Toma")."""
    for ent in doc.ents:
        if ent.label_ in {"PER", "PERSON"} and start < ent.start < end and ent.end == end and (
                doc[ent.start - 1].ent_type_ in {"ORG", "LOC", "MISC"}):
            return doc[ent.start:end]  # but "María del Carmen Alva", "Dayci Bautista" stay whole
    if end - start >= 3 and is_acronym(doc[start]) and not is_acronym(doc[start + 1]):
        start += 1
    return doc[start:end]


def _enumeration_follows(doc: Doc, comma: int, limit: int) -> bool:
    """After a comma inside a role: "Vivienda, Construcción y Saneamiento"."""
    i = comma + 1
    if i >= limit or not is_title(doc[i]):
        return False
    i = name_end(doc, i, limit)
    return i < limit and (doc[i].text == "," or doc[i].lower_ in {"y", "e"}) and (
        i + 1 < limit and is_title(doc[i + 1])
    )


def role_span(doc: Doc, anchor: int, stop_words: frozenset[str], limit: int | None = None,
              time_words: frozenset[str] = frozenset()) -> Span:
    """The role from its first word up to the first word that ends it.

    A date after the role ends it ("viceministra en marzo", "jefe el 2020").
    """
    limit = _sentence_end(doc[anchor]) if limit is None else limit
    start = skip_leading(doc, anchor, limit)
    for introducer in (("en", "el", "cargo", "de"), ("al", "cargo", "de"), ("en", "calidad", "de")):
        words = tuple(t.lower_ for t in doc[start:start + len(introducer)])
        if words == introducer:
            start += len(introducer)
            break
    while start < limit - 1 and (doc[start].lower_ in ARTICLES or doc[start].is_quote):
        start += 1
    end = start + 1
    depth = 0
    while end < limit and end - start < MAX_ROLE_TOKENS:
        token = doc[end]
        lower = token.lower_
        if token.text in {"(", "["}:
            depth += 1
        elif token.text in {")", "]"}:
            if depth == 0:
                break
            depth -= 1
        elif depth:
            pass
        elif token.text == ",":
            if not _enumeration_follows(doc, end, limit):
                break
        elif token.is_punct and token.text not in {"-", "–", "/", "'", "’", "“", "”", '"'}:
            break
        elif token.text[0] in "-–—" and len(token.text) > 1 and token.text[1].isalpha():
            break  # "gerenta de Sedapal -a cargo del agua-": a dash opens an inserted phrase
        elif lower in {"y", "e"}:
            nxt = doc[end + 1] if end + 1 < limit else None
            if nxt is not None and not is_title(nxt) and nxt.pos_ in {"NOUN", "ADJ"} and (
                    end + 2 >= limit or doc[end + 2].is_punct):
                end += 2  # "su mano derecha y asesora.": two roles of one designee
                continue
            if nxt is not None and nxt.pos_ == "ADJ" and doc[end - 1].pos_ == "ADJ" and not is_title(nxt):
                end += 2  # "embajadores extraordinarios y plenipotenciarios"
                continue
            if nxt is not None and nxt.lower_ in {"de", "del"} and end + 2 < limit and is_title(doc[end + 2]) and (
                    any(t.lower_ in {"de", "del"} for t in doc[start:end])):
                end += 2  # "ministro de Interior y de Sanidad"
                continue
            if nxt is None or not is_title(nxt) or nxt.pos_ in {"VERB", "AUX"}:
                break
            after = name_end(doc, end + 1, limit)
            if after < limit and doc[after].lower_ == "como":
                break  # "como gerenta y Luis Rojas como subgerente": the next designee
        elif lower == "para" and end + 2 < limit and doc[end + 1].lower_ in {"el", "la", "un", "una"} and (
                doc[end + 2].lower_ in WORDS["term_nouns"]):
            break  # "presidente de Paraguay para el período 2023-2028": a term, not the role
        elif lower in {"a", "al", "para"}:
            nxt = doc[end + 1] if end + 1 < limit else None
            if nxt is None or is_title(nxt) or _is_infinitive(nxt) or nxt.lower_ in REPLACEMENT_WORDS:
                # "al obtener 7 millones de votos": a clause, not the role's complement.
                break
        elif lower in stop_words:
            break
        elif lower == "no" and end + 1 < limit and doc[end + 1].pos_ in {"VERB", "AUX"}:
            break  # "como ministra de Salud no fue ajeno": the predicate, not "aliado no miembro"
        elif lower in {"el", "la", "las", "los", "un", "una"} and doc[end - 1].lower_ not in PREPOSITIONS and (
                not doc[end - 1].is_quote or doc[end - 2].lower_ not in PREPOSITIONS) and not (
                _is_infinitive(doc[end - 1]) and doc[end - 2].lower_ in {"de", "para"}):
            break  # "como un “genocidio” la matanza ...": a new noun phrase, not a complement
        elif lower in POSSESSIVES and doc[end - 1].lower_ not in PREPOSITIONS and doc[end - 1].pos_ not in {"VERB", "AUX"}:
            break  # "vicegobernador su correligionario X": a new noun phrase (the designee), not the role's
        elif lower == "en" and end + 2 < limit and doc[end + 1].lower_ in {"el", "la", "los", "las", "este", "esta",
                                                                        "estos", "estas", "ese", "esa", "un", "una"} and (
                not is_title(doc[end + 2]) and doc[end + 2].pos_ in {"NOUN", "ADJ", "NUM"}):
            break  # "presidente en el recuento de ...", "asesor en la gestión de ...": circumstances
        elif token.ent_iob_ == "B" and token.ent_type_ in {"PER", "PERSON"} and not is_title(doc[end - 1]) and (
                doc[end - 1].lower_ not in PREPOSITIONS):
            break  # "es designado presidente interino Federico Chávez": the designee follows the role
        elif lower in {"en", "a"} and end + 1 < limit and doc[end + 1].lower_ in REPLACEMENT_WORDS:
            break  # "ministro de Salud en reemplazo de ...", "a sugerencia de": not part of the role
        elif lower in {"en", "el", "desde", "durante", "este", "esta"} and end + 1 < limit and (
                doc[end + 1].lower_ in time_words or doc[end + 1].like_num
                or doc[end + 1].lower_ in ARTICLES and end + 2 < limit and doc[end + 2].lower_ in time_words):
            break
        elif token.pos_ in {"VERB", "AUX"} and "Fin" in token.morph.get("VerbForm"):
            break
        elif "Ger" in token.morph.get("VerbForm") or token.pos_ == "VERB" and lower.endswith(
                ("ando", "iendo", "ándose", "iéndose", "ándole", "iéndole")):
            break  # "secretario general quedándose en el cargo": a gerund clause, not the role
        elif token.is_space:
            break
        end += 1
    while end > start + 1 and (doc[end - 1].is_punct and doc[end - 1].text not in {")", "]"}
                               or doc[end - 1].lower_ in LEADING_DROP | PREPOSITIONS | {"y", "e"}):
        end -= 1
    if end < limit and doc[end].is_quote and sum(t.is_quote for t in doc[start:end]) % 2:
        end += 1  # the closing quote of “crímenes de guerra”
    if doc[end - 1].text == ")" and "(" not in doc[start:end].text:
        end -= 1
    quotes = [t for t in doc[start:end] if t.is_quote]
    if end > start + 1 and doc[end - 1].is_quote and len(quotes) % 2:
        end -= 1
    return doc[start:end]


_INFINITIVE = re.compile(r"(?:ar|er|ir|ír)(?:se|lo|la|los|las|le|les|me|nos)?$")


def _is_infinitive(token: Token) -> bool:
    return bool(_INFINITIVE.search(token.lower_)) and (
        token.pos_ in {"VERB", "AUX"} or "Inf" in token.morph.get("VerbForm"))


def _name_before(doc: Doc, last: int, sent_start: int) -> Span | None:
    """The capitalised name that ends at token `last`, grown leftwards."""
    if last < sent_start:
        return None
    end = last + 1
    # "Parlamento nacional", "Ministerio de Exteriores chino": a name with its adjectives.
    while last > sent_start and end - last <= 2 and not is_title(doc[last]) and doc[last].pos_ == "ADJ":
        last -= 1
    if not is_name_part(doc[last]):
        return None
    start = last
    while start - 1 >= sent_start:
        prev = doc[start - 1]
        if is_name_part(prev) and not (prev.is_sent_start and prev.pos_ not in {"PROPN"}):
            start -= 1
        elif prev.lower_ in NAME_CONNECTORS - {"y", "e"} and start - 2 >= sent_start and is_name_part(doc[start - 2]):
            start -= 1
        elif prev.lower_ in {"la", "las", "los"} and start - 3 >= sent_start and doc[start - 2].lower_ == "de" \
                and is_name_part(doc[start - 3]):
            start -= 2
        else:
            break
    return _trim_name(doc, start, end)


def _parenthetical_start(doc: Doc, comma: int, sent_start: int, max_tokens: int = 8) -> int | None:
    """For ", de origen español," or ", grupo": the comma that opens the inserted phrase."""
    i = comma - 1
    while i >= sent_start and comma - i <= max_tokens:
        token = doc[i]
        if token.text == ",":
            return i
        # Only a noun or prepositional phrase is an inserted phrase ("grupo", "de origen
        # español"); "así como personajes que ..." is not.
        if token.pos_ not in {"DET", "NOUN", "ADJ", "ADP", "NUM", "PROPN", "ADV", "VERB", "CCONJ"} or (
                token.lower_ in CLAUSE_BREAKS | {"como"} or is_finite_verb(token)):
            return None
        i -= 1
    return None


def _inserted_clause_start(doc: Doc, comma: int, sent_start: int, max_tokens: int = 20) -> int | None:
    """The opening comma of an inserted relative clause (", quien es ...,") or adverbial
    (", según el Foro de Madrid,") that ends at `comma`."""
    k = comma - 1
    while k >= sent_start and comma - k <= max_tokens and doc[k].text != ",":
        if doc[k].text in {".", ";", ":", "(", ")"}:
            return None
        k -= 1
    if k < sent_start or doc[k].text != "," or k + 1 >= comma:
        return None
    first = doc[k + 1]
    if first.lower_ in {"quien", "quienes", "que", "según", "como"} or first.pos_ == "ADP":
        return k
    return None


def _conjunction_que(doc: Doc, i: int, sent_start: int) -> bool:
    """"desde que", "para que", "ya que": "que" as a conjunction, with no antecedent."""
    return doc[i].lower_ == "que" and i - 1 >= sent_start and (
        doc[i - 1].lower_ in PREPOSITIONS | {"ya", "así", "antes", "después", "luego", "mientras", "hasta"})


def antecedent_span(doc: Doc, before: int, *, names_only: bool = True,
                    in_complement: bool = False, adjectives: bool = False) -> Span | None:
    """The name that ends right before `before` (a comma, relative pronoun or participle).

    One inserted phrase between commas is passed over ("Manuel Valls, de
    origen español, nombrado ..."; "Hezbollah, grupo que ..."), so that the
    antecedent is the name it describes. Common nouns count only when
    `names_only` is false; with `adjectives`, also a common noun followed by adjectives.
    """
    sent_start = _sentence_start(doc[before])
    if _conjunction_que(doc, before, sent_start):
        return None  # "desde que fue nombrada": a conjunction, not a relative pronoun
    i = before - 1
    while i >= sent_start and doc[i].is_punct and not doc[i].text == ")":
        i -= 1
    if i < sent_start:
        return None
    name = _name_before(doc, i, sent_start)
    if name is not None and not in_complement and _named_in_de_complement(doc, name.start, sent_start):
        # "la capital del imperio X que fue declarada", "exmilitante del partido X que fue
        # designado": the name labels the noun of a "de" complement; the antecedent is the head
        # before it, which names no one, so there is no safe designee.
        return None
    if name is not None and (in_complement or not (_after_preposition(doc, name.start, sent_start)
                                                    or _agent_phrase(doc, name.start, sent_start))):
        return name
    # A common-noun phrase: look for the name it stands beside.
    comma = i + 1 if i + 1 < before and doc[i + 1].text == "," else None
    opener = _parenthetical_start(doc, comma if comma is not None else before, sent_start)
    if name is not None:
        # "titular del Mininter, fue nombrado": a complement, not the antecedent; but in
        # "David Weiss, el fiscal de Delaware, que ..." the apposition describes the name before it.
        if opener is not None and doc[opener + 1].lower_ in ARTICLES and not is_title(doc[opener + 2]):
            outer = _name_before(doc, opener - 1, sent_start)
            relative = doc[before].lower_ in {"que", "quien", "quienes"}  # may follow a complement
            if outer is not None and (relative or not _after_preposition(doc, outer.start, sent_start)):
                return outer
        return None
    if opener is not None:
        # "miembros de Hezbollah, grupo que ...": the apposition describes the name, even inside a complement.
        name = _name_before(doc, opener - 1, sent_start)
        if name is not None:
            return name
        if comma is not None and doc[opener + 1].lower_ in PREPOSITIONS and opener - 1 >= sent_start and (
                doc[opener - 1].pos_ in {"NOUN", "PROPN"}):
            # "el mandatario, de 80 años, que ...": the noun before a phrase inserted between commas
            i = opener - 1
    last = i
    while adjectives and not names_only and doc[i].pos_ == "ADJ" and i - 1 >= sent_start and (
            doc[i - 1].pos_ in {"NOUN", "ADJ"}) and last - i < 2:
        i -= 1  # "el electorado brasileño, que decidió ...": the noun before its adjectives
    if not names_only and doc[i].pos_ in {"NOUN", "PROPN"}:
        start = i
        while start - 1 >= sent_start and doc[start - 1].pos_ in {"ADJ", "NOUN"} and not doc[start - 1].is_punct:
            start -= 1
        return doc[start:last + 1]
    return None


def _named_in_de_complement(doc: Doc, start: int, sent_start: int) -> bool:
    """The name at `start` follows a common noun (with adjectives) that opens a "de" complement of
    another noun: "del imperio X", "de la agrupación X", "del partido político X"."""
    i = start - 1
    while i >= sent_start and doc[i].pos_ == "ADJ" and not is_name_part(doc[i]):
        i -= 1
    if i < sent_start or doc[i].pos_ != "NOUN" or is_name_part(doc[i]):
        return False
    i -= 1
    if i >= sent_start and doc[i].lower_ in ARTICLES:
        i -= 1
    if i < sent_start or doc[i].lower_ not in {"de", "del"}:
        return False
    return i - 1 >= sent_start and doc[i - 1].pos_ in {"NOUN", "PROPN"}


def _after_preposition(doc: Doc, start: int, sent_start: int) -> bool:
    i = start - 1
    while i >= sent_start and doc[i].lower_ in ARTICLES | {"ii", "iii"}:
        i -= 1
    return i >= sent_start and doc[i].lower_ in PREPOSITIONS


def _agent_phrase(doc: Doc, start: int, sent_start: int) -> bool:
    """The name at `start` is a "por" agent, maybe after a title: "fundada por el expresidente X"."""
    i = start - 1
    titles = 0
    while i >= sent_start and (doc[i].lower_ in ARTICLES or (
            titles < 2 and not is_title(doc[i]) and doc[i].pos_ in {"NOUN", "ADJ"})):
        titles += doc[i].lower_ not in ARTICLES
        i -= 1
    return i >= sent_start and doc[i].lower_ == "por"


def coordinated_before(name: Span) -> list[Span]:
    """"Perú y Chile fueron elegidos", "A, B y C fueron designados": the names joined to `name`."""
    doc = name.doc
    sent_start = _sentence_start(doc[name.start])
    found = [name]
    i = name.start - 1
    while i - 1 >= sent_start and (doc[i].lower_ in {"y", "e"} and len(found) == 1 or doc[i].text == ","
                                   and len(found) > 1):
        previous = _name_before(doc, i - 1, sent_start)
        if previous is None:
            break
        found.insert(0, previous)
        i = previous.start - 1
    if len(found) > 1 and (_after_preposition(doc, found[0].start, sent_start) or not (
            found[0].start == sent_start or doc[found[0].start - 1].is_punct
            or doc[found[0].start - 1].lower_ in CLAUSE_BREAKS | {"y", "e"})):
        return [name]  # "aprueba una nueva Constitución y Mao es nombrado": not one group
    return found


def passive_designee(trigger: Token, before: int | None = None) -> Span | None:
    """The designee of "Y fue designado ...", "Y, quien fue nombrado ...", "Y es la primera
    mujer elegida ..." (`before`: the copula).

    The phrase right before the auxiliary is preferred to the parse, which
    often attaches dates ("1983.-") or earlier names as the subject.
    """
    doc = trigger.doc
    sent_start = _sentence_start(trigger)
    i = (trigger.i if before is None else before) - 1
    while i >= sent_start and (doc[i].pos_ in {"AUX", "ADV"} or doc[i].lemma_ == "ser" or doc[i].is_quote
                               or doc[i].lower_ in {"recién", "recientemente", "primero", "ya"}):
        i -= 1  # (quotes too: 'que Shimabukuro “sea designado')
    if i < sent_start:
        return None
    token = doc[i]
    if token.lower_ in {"quien", "quienes", "que"}:
        return antecedent_span(doc, i)
    if token.lower_ in {"ambos", "ambas"}:
        return None
    if token.text == "," and any(t.lower_ == "siendo" for t in doc[i + 1:trigger.i]):
        return None  # ", siendo designado vocero": a gerund clause has no subject of its own
    if token.lower_ == "se" and i - 1 >= sent_start and is_name_part(doc[i - 1]):
        return _name_before(doc, i - 1, sent_start)  # "Peña se proclamó ..."
    if token.lower_ == "se" or token.lower_ in CLAUSE_BREAKS:
        return None
    if not token.is_punct and is_name_part(token):
        name = _name_before(doc, i, sent_start)
        person = next((e for e in doc.ents if e.label_ in {"PER", "PERSON"} and name is not None
                       and name.start < e.start and e.end == name.end), None)
        if person is not None:
            return doc[person.start:person.end]  # "El expresidente del TC Víctor García Toma fue designado"
        if name is not None and _after_preposition(doc, name.start, sent_start):
            return None  # "después de la II Guerra Mundial quedó ...": a complement, not the subject.
        return name
    if token.text == ",":
        # "Julie Chávez, nieta del activista César Chávez, fue nombrada": the name before an
        # apposition that opens with a common noun.
        opener = _parenthetical_start(doc, i, sent_start, max_tokens=12)
        if opener is not None and opener + 1 < i and not is_title(doc[opener + 1]) and (
                doc[opener + 1].pos_ in {"NOUN", "DET", "ADJ"}):
            name = _name_before(doc, opener - 1, sent_start)
            if name is not None:
                return name
        inserted = _inserted_clause_start(doc, i, sent_start)
        if inserted is not None:
            # "X, quien es un experto en ..., fue nombrado"; "X que, según el Foro, fue elegida"
            before = inserted - 1
            if before >= sent_start and doc[before].lower_ in {"que", "quien", "quienes"}:
                return antecedent_span(doc, before)
            name = _name_before(doc, before, sent_start)
            if name is not None and not _after_preposition(doc, name.start, sent_start):
                return name
        return antecedent_span(doc, i + 1)
    subject = subject_span(trigger, passive=True, fallback=False)
    if subject is not None and subject.start < trigger.i:
        return subject
    return None


def subject_span(trigger: Token, *, passive: bool, fallback: bool = True) -> Span | None:
    """The grammatical subject of the trigger's clause, as a name or phrase.

    Climbs from an infinitive, participle or coordinated verb to the verb
    that governs it ("podrá nombrar", "fue designado", "confirmó ... y
    nombró") and takes its nominal subject; a relative pronoun subject
    yields its antecedent; a subject phrase that holds a name in apposition
    yields the name.
    """
    wanted = {"nsubj", "nsubj:pass"}
    verb = trigger
    came_from = None
    for _ in range(5):
        if came_from == "xcomp":
            # Object control: "llevó a algunos congresistas a proponer designar ...".
            controllers = [c for c in verb.children if c.dep_ in {"obj", "iobj"} and c.pos_ in {"NOUN", "PROPN"}
                           and c.i < trigger.i and any(k.lower_ in {"a", "al"} for k in c.children)]
            if controllers:
                return _name_in(controllers[0])
        # "2000.- El Parlamento elige": the model may take the date mark as a second subject.
        subjects = [c for c in verb.children if c.dep_ in wanted and any(ch.isalpha() for ch in c.text)]
        if subjects:
            subject = subjects[0]
            if subject.lower_ in {"que", "quien", "quienes", "cual"}:
                doc = trigger.doc
                if subject.i >= 2 and doc[subject.i - 1].lower_ in WORDS["ser_forms"] and is_name_part(doc[subject.i - 2]):
                    # A cleft: "Issoufou fue quien nombró a ...": the name before "fue".
                    cleft = _name_before(doc, subject.i - 2, _sentence_start(subject))
                    if cleft is not None:
                        return cleft
                # An agent may be a common noun with adjectives ("el electorado brasileño, que
                # decidió elegir"); a passive's designee stays a name or a bare noun phrase.
                return antecedent_span(doc, subject.i, names_only=False, adjectives=not passive)
            if not passive:
                written = pronoun_subject(subject)
                if written is not None:
                    return written  # "Yo lo nombré", "Este último reconoció a ...": as written
            return _name_in(subject)
        if is_finite_verb(verb) and verb.dep_ in {"advcl", "acl"} and verb.i == trigger.i:
            # A finite verb of an adverbial clause with no subject of its own is pro-drop ("desde
            # que designó como ..."); reported speech ("X dijo que no reconoce") keeps its reporter.
            break
        if verb.dep_ in {"xcomp", "ccomp", "acl", "conj", "advcl"} and verb.head != verb:
            if _purpose_que(verb):
                break  # "coordinó con X para que puedan designar": "para que" marks another subject
            if verb.dep_ in {"acl", "advcl", "ccomp"} and passive:
                break  # "BBC indica que ... fue nombrado": the reporter is not the designee
            came_from = verb.dep_
            verb = verb.head
            if verb.pos_ == "NOUN" and came_from == "acl" and not is_finite_verb(trigger):
                # "la decisión del Gobierno de nombrar", "el objetivo de los republicanos de declarar":
                # the "de" complement of the noun that governs the infinitive is its agent.
                owner = next((c for c in verb.children if c.dep_ == "nmod" and c.i < trigger.i and c.pos_ in {
                    "NOUN", "PROPN"} and any(k.lower_ in {"de", "del"} for k in c.children)), None)
                if owner is not None and verb.lower_ in WORDS["intention_nouns"]:
                    return _name_in(owner)
            if verb.pos_ == "NOUN" and came_from == "acl" and verb.dep_ == "obj" and not is_finite_verb(trigger):
                # "tomó la decisión de designar", "comunicó su intención de conceder": the noun's verb.
                for _ in range(3):
                    if verb.pos_ in {"VERB", "AUX"} or verb.head == verb:
                        break
                    verb = verb.head
            continue
        break
    if passive and fallback:
        return passive_designee(trigger)
    return None


PERSONAL_PRONOUNS = WORDS["personal_pronouns"]
_DEMONSTRATIVE_SUBJECTS = WORDS["demonstrative_subjects"]


def pronoun_subject(subject: Token) -> Span | None:
    """An explicit pronoun or demonstrative subject, as written ("Yo", "Este último", "ella"):
    RELATION.md takes it as the designator; only a subject that is not written is left empty."""
    doc = subject.doc
    if subject.lower_ in PERSONAL_PRONOUNS:
        return doc[subject.i:subject.i + 1]
    if subject.lower_ in _DEMONSTRATIVE_SUBJECTS or any(
            c.dep_ == "det" and c.lower_ in _DEMONSTRATIVE_SUBJECTS and c.i == subject.left_edge.i for c in subject.children):
        start, end = subject.left_edge.i, subject.i + 1
        if subject.lower_ in _DEMONSTRATIVE_SUBJECTS or doc[start:end].text.lower().split()[-1] in {
                "último", "última", "últimos", "últimas"}:
            return doc[start:end]  # "Este último", "esta"; but "este país" refers back: no designator
    return None


def _purpose_que(verb: Token) -> bool:
    """The verb opens a "para que" / "a fin de que" clause (whose subject differs from the main one)."""
    marks = [c for c in verb.children if c.dep_ == "mark" and c.i < verb.i]
    if not any(m.lower_ == "que" for m in marks):
        return False
    que = next(m for m in marks if m.lower_ == "que")
    return que.i >= 1 and verb.doc[que.i - 1].lower_ in {"para", "de"}


def _name_in(head: Token) -> Span | None:
    doc = head.doc
    if head.pos_ == "PRON" or head.like_num or not any(c.isalpha() for c in head.text) or (
            head.lower_ in NON_REFERRING) or any(c.dep_ == "det" and c.lower_ in NON_REFERRING - GENERIC_DETERMINERS
                                                 for c in head.children):
        return None  # "esa persona", "ambos": someone named elsewhere (but "otros países" is generic)
    limit = _sentence_end(head)
    if is_name_part(head):
        start = head.i
        while start - 1 >= head.left_edge.i and is_name_part(doc[start - 1]):
            start -= 1
        return _trim_name(doc, start, _with_adjective(doc, start, name_end(doc, start, limit), limit))
    for child in head.children:
        if child.dep_ in {"appos", "flat", "compound", "nmod"} and is_name_part(child) and child.i > head.i and not any(
            c.dep_ == "case" for c in child.children
        ):
            return _trim_name(doc, child.i, name_end(doc, child.i, limit))
    for ent in doc.ents:
        # "el secretario de Justicia Merrick Garland": the person the title phrase names
        if ent.label_ in {"PER", "PERSON"} and head.i < ent.start <= head.i + 6 and ent.end <= head.right_edge.i + 1 \
                and doc[ent.start - 1].lower_ not in {"de", "del", "por", "a", "con"}:
            return doc[ent.start:ent.end]
    start = head.i
    while start - 1 >= head.left_edge.i and doc[start - 1].pos_ == "ADJ":
        start -= 1
    end = noun_phrase_end(doc, head.i, limit)
    if end + 1 < limit and doc[end].text == "," and is_name_part(doc[end + 1]):
        name_stop = name_end(doc, end + 1, limit)
        if name_stop >= limit or doc[name_stop].is_punct:
            return _trim_name(doc, end + 1, name_stop)
    return doc[start:end]


def role_after_trigger(doc: Doc, trigger: Token, stop_words: frozenset[str], time_words: frozenset[str],
                       *, max_scan: int = 25) -> Span | None:
    """The role of a passive or participle: "designado (como) Z", "elegido, por primera vez, Z",
    "designada el pasado 21 de enero por el ministro como Z"."""
    limit = _sentence_end(trigger)
    i = trigger.i + 1
    while i < limit and doc[i].pos_ == "ADV" and doc[i].lower_ not in {"como"}:
        i += 1
    if i < limit and doc[i].text == ",":
        # ", por primera vez," between the participle and the role.
        close = next((k for k in range(i + 1, min(limit, i + 7)) if doc[k].text == ","), None)
        if close is not None and not any(is_finite_verb(t) for t in doc[i + 1:close]):
            i = close + 1
    if i >= limit:
        return None
    words = tuple(t.lower_ for t in doc[i:i + 4])
    if words[:4] == ("en", "el", "cargo", "de") or words[:3] in {("al", "cargo", "de"), ("al", "frente", "de")}:
        return role_span(doc, i, stop_words, time_words=time_words)  # "ratificado en el cargo de fiscal"
    first = skip_leading(doc, i, limit)
    token = doc[i]
    head = doc[first]
    if token.lower_ in {"como", "nuevo", "nueva", "nuevos", "nuevas"} or (
        token.lower_ not in PREPOSITIONS | {"el", "la", "los", "las"} and not token.is_punct and (not is_title(head) or is_title_role(head))
        and head.lower_ not in time_words and head.pos_ in {"NOUN", "ADJ", "VERB", "PROPN"}
        and not is_conjugated(head) and not head.like_num
    ):
        return role_span(doc, i, stop_words, time_words=time_words)
    # Adverbials first (dates, agents): the role follows "como" later in the clause.
    for k in range(i, min(limit, i + max_scan)):
        word = doc[k]
        if word.lower_ == "como" and k + 1 < limit:
            return role_span(doc, k + 1, stop_words, time_words=time_words)
        if word.lower_ in CLAUSE_BREAKS | {"para", "con", "junto", "tras", "sin", "gracias"} or (
                word.text in {".", ";"}) or (is_finite_verb(word) and word.lower_ not in time_words) or (
                word.lower_ in {"y", "e"} and not (k + 1 < limit and is_title(doc[k + 1]))):
            return None  # "reelegido para un quinto mandato, ... con su esposa, X, como vicepresidenta"
    return None


def names_after(doc: Doc, after: int, *, max_scan: int = 15, role_head: int | None = None) -> list[Span]:
    """Names in apposition after a role, up to the first comma or colon.

    "el recién nombrado ministro de Economía, Alex Contreras"; "la designación
    de un fiscal especial que ..., el conservador Robert Hur"; "la designación
    de tres directores ...: A, B y C" (one name per designee).
    """
    if after >= len(doc):
        return []
    role_head = after - 1 if role_head is None else role_head
    limit = _sentence_end(doc[after])
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
        names.append(_trim_name(doc, k, stop))
        if doc[mark].text != ":" or stop >= limit or doc[stop].text not in {",", "y", "e"}:
            break
        j = stop + 1
        if j < limit and doc[j].lower_ in {"y", "e"}:
            j += 1
    return names


def clitic_antecedent(trigger: Token, exclude: Span | None = None) -> Span | None:
    """For "la designó como ...": the nearest person named before, in the sentence."""
    doc = trigger.doc
    sent_start = _sentence_start(trigger)
    for ent in reversed([e for e in doc.ents if sent_start <= e.start and e.end <= trigger.i]):
        if ent.label_ not in {"PER", "PERSON"} or not is_name_part(ent[0]):
            continue
        if exclude is not None and ent.start < exclude.end and exclude.start < ent.end:
            continue
        after = ent.end + 1 if ent.end < len(doc) and doc[ent.end].text == "," else ent.end
        if after < len(doc) and doc[after].lower_ in {"quien", "que", "quienes"}:
            continue  # "Fue Reagan quien lo designó", "X, quien la designó": the designator
        if any(doc[k].lower_ in {"a", "al"} and is_name_part(doc[k + 1]) and is_name_part(doc[k + 2])
               and not doc[k + 1].ent_type_ in {"LOC", "GPE", "ORG"} for k in range(ent.end, trigger.i - 2)):
            return None  # "instó a Ana María Soto que ..., lo designarían": a nearer person, not tagged as one
        if ent.start >= 1 and doc[ent.start - 1].lower_ in {"de", "del", "por"}:
            continue  # "su recomendado de Betssy Chávez ... debía designarlo": a complement
        return _trim_name(doc, ent.start, ent.end)
    return None


def agent_span(doc: Doc, after: int, stop_words: frozenset[str], limit: int | None = None,
               skip: set[int] | None = None) -> Span | None:
    """The "por X" agent after `after`, within the clause.

    Tokens in `skip` (the designee and role) are passed over, not read as
    the end of the clause; another verb or a relative ends the search.
    """
    if after >= len(doc):
        return None
    limit = _sentence_end(doc[after]) if limit is None else limit
    skip = skip or set()
    i = after
    while i < min(limit, after + 16 + len(skip)):
        token = doc[i]
        if i in skip:
            i += 1
            continue
        if token.lower_ == "por" and i + 1 < limit and i - 1 > after and is_inner_participle(doc[i - 1]):
            # "ministra en el Gabinete liderado por X", "presidido por", "encabezado por": the
            # agent of the role's own participle, not of the designation.
            i += 1
            continue
        if token.lower_ == "por" and i + 1 < limit:
            start = skip_leading(doc, i + 1, limit)
            while start < limit - 1 and (doc[start].lower_ in POSSESSIVES or doc[start].is_quote):
                start += 1  # "por su “cercanía” con ...": the noun decides
            if doc[start].lower_ == "parte" and start + 2 < limit and doc[start + 1].lower_ in {"de", "del"}:
                # "por parte del Congreso": the agent follows the locution.
                agent = designee_span(doc, skip_leading(doc, start + 1, limit), limit)
                if agent is not None and (is_title(agent[0]) or agent[0].pos_ in {"NOUN", "PROPN"}):
                    return agent
                return None
            if doc[i + 1].lower_ in stop_words or doc[start].lower_ in stop_words:
                i += 1
                continue
            agent = designee_span(doc, i + 1, limit)
            head = agent[1] if agent is not None and len(agent) > 1 and agent[0].lower_ in POSSESSIVES else (
                agent[0] if agent is not None else None)
            if agent is not None and (is_title(head) or head.pos_ in {"NOUN", "PROPN"}):  # "por su bancada"
                return agent
            return None
        if token.lower_ in {"que", "quien", "quienes", ";", "mediante", "tras", "luego", "después", "cuando"} \
                or token.pos_ in {"VERB", "AUX"} and (is_finite_verb(token) or i > after):
            return None
        if i > after and token.lower_ in {"y", "e"} and i + 1 < limit and "Part" in doc[i + 1].morph.get("VerbForm"):
            return None  # "fue elegido Z1 y nombrado Z2 por X": the agent of the second participle
        i += 1
    return None


def is_inner_participle(token: Token) -> bool:
    """A past participle that modifies a noun of the role ("el Gabinete liderado", "la comisión
    presidida") rather than being a designation's own verb."""
    if not ("Part" in token.morph.get("VerbForm") or token.pos_ in {"VERB", "ADJ"} and token.lower_.endswith(
            ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"))):
        return False
    before = token.doc[token.i - 1] if token.i >= 1 else None
    return before is not None and before.pos_ in {"NOUN", "PROPN"}


def clause_end(doc: Doc, start: int) -> int:
    """The end of the clause that holds `start`: a finite verb, a relative, ";" or the sentence end."""
    limit = _sentence_end(doc[start])
    for k in range(start + 1, limit):
        token = doc[k]
        if token.text in {";", ":"} or token.lower_ in CLAUSE_BREAKS or is_finite_verb(token):
            return k
    return limit


def relative_subject(trigger: Token) -> Span | None:
    """For "el Parlamento, que ... nombró a X" or "Humala que, en el 2014, lo nombró": the
    antecedent of the relative pronoun that opens the trigger's clause."""
    doc = trigger.doc
    sent_start = _sentence_start(trigger)
    i = trigger.i - 1
    while i >= sent_start and trigger.i - i <= 8:
        token = doc[i]
        if token.lower_ in {"que", "quien", "quienes"}:
            if token.pos_ == "SCONJ" and (token.dep_ == "mark" or any(
                    t.dep_ == "nsubj" and t.head.i == trigger.i for t in doc[i + 1:trigger.i])):
                # "fue absurdo que países ... reconocieran", "dijo en un comunicado que no reconoce":
                # a conjunction, not a relative pronoun.
                return None
            if i - 1 >= sent_start and doc[i - 1].lower_ in ARTICLES | PREPOSITIONS:
                # "en el que nombra": the antecedent is a circumstance, not the agent; but in
                # "el anuncio del Ministerio X en el que nombra" the act's author is.
                return _author_of_antecedent(doc, i, sent_start)
            return antecedent_span(doc, i, names_only=False, in_complement=True)
        if is_finite_verb(token) or token.lower_ in CLAUSE_BREAKS or token.text in {".", ";", ":"} or (
                is_title(token) and not token.is_sent_start):
            return None
        i -= 1
    return None


def name_before_verb(trigger: Token) -> Span | None:
    """"1933.- Hindenburg nombra a ...": the name right before the verb, when the parse has no subject."""
    doc = trigger.doc
    sent_start = _sentence_start(trigger)
    i = trigger.i - 1
    while i >= sent_start and (doc[i].pos_ == "ADV" or doc[i].lower_ in {"lo", "la", "los", "las", "le", "les", "se"}
                               or doc[i].lemma_ == "haber"):
        i -= 1  # "Fuerza Popular ha elegido ..."
    if i < sent_start:
        return None
    if doc[i].pos_ == "ADJ" and not is_title(doc[i]):
        # "El Parlamento japonés elige ...": a name with its adjective.
        name = _name_before(doc, i, sent_start)
        if name is not None and name.start - 1 >= sent_start and doc[name.start - 1].lower_ in ARTICLES:
            return name
    if not is_name_part(doc[i]):
        # "El canciller designó ...": an article and a noun that open the clause.
        if doc[i].pos_ == "NOUN" and i - 1 >= sent_start and doc[i - 1].lower_ in ARTICLES and (
                i - 1 == sent_start or doc[i - 2].text in {",", ";", ":"}):
            return doc[i:i + 1]
        return None
    name = _name_before(doc, i, sent_start)
    if name is None or (name.start - 1 >= sent_start and doc[name.start - 1].lower_ in PREPOSITIONS):
        return None
    return name


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
    limit = _sentence_end(doc[start]) if limit is None else limit
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
        names.append(_trim_name(doc, k, stop))
        if stop >= limit or not (doc[stop].text == "," or doc[stop].lower_ in {"y", "e"}):
            break
        i = stop + 1
        if i < limit and doc[i].lower_ in {"y", "e"}:
            i += 1
    return names


def persons_before(doc: Doc, before: int) -> list[Span]:
    """The persons named before `before` in its sentence, in order: PER entities, and names
    that a "quien" relative marks as persons ("Gaviria, quien ...")."""
    sent_start = _sentence_start(doc[before])
    found: dict[int, Span] = {}
    for ent in doc.ents:
        if sent_start <= ent.start and ent.end <= before and ent.label_ in {"PER", "PERSON"} and is_name_part(ent[0]):
            found[ent.start] = _trim_name(doc, ent.start, ent.end)
    for k in range(sent_start + 1, before):
        if doc[k].lower_ in {"quien", "quienes"}:
            last = k - 2 if doc[k - 1].text == "," else k - 1
            name = _name_before(doc, last, sent_start) if last >= sent_start else None
            if name is not None and not any(s.start <= name.start < s.end or name.start <= s.start < name.end
                                            for s in found.values()):
                found[name.start] = name
    return [found[k] for k in sorted(found)]


def both_named_before(doc: Doc, before: int) -> list[Span]:
    """"ambos fueron designados": the last two persons named before, else nothing."""
    persons = persons_before(doc, before)
    return persons[-2:] if len(persons) >= 2 else []


def coordinated_agents(doc: Doc, agent: Span, limit: int | None = None) -> list[Span]:
    """"por A y el entonces ministro B": the agents joined to the first one by "y"."""
    limit = _sentence_end(doc[agent.start]) if limit is None else limit
    i = agent.end
    if not (i + 1 < limit and doc[i].lower_ in {"y", "e"}):
        return []
    j = i + 1
    while j < limit and doc[j].lower_ in {"por"} | ARTICLES:
        j += 1
    while j < limit and not is_title(doc[j]) and doc[j].pos_ in {"ADV"} and doc[j].lower_ in {"entonces", "actual"}:
        j += 1
    if j >= limit:
        return []
    other = designee_span(doc, j, limit)
    if other is None or not is_title(other[-1]):
        return []  # "por el ministro y su equipo": keep the named agent only
    stop = other.end
    if not (stop >= limit or doc[stop].is_punct or doc[stop].lower_ in CLAUSE_BREAKS):
        return []  # "por A y B aprobaron ...": not one more agent
    return [other]


def shared_subject(trigger: Token) -> Span | None:
    """"X asume la Presidencia y nombra primer ministro a Y": with no subject of its own (the parse may
    not even read the trigger as a verb), a verb after "y" shares the subject of the finite verb before."""
    doc = trigger.doc
    start = _sentence_start(trigger)
    if trigger.i < 1 or doc[trigger.i - 1].lower_ not in COORDINATORS:
        return None
    for k in range(trigger.i - 2, start - 1, -1):
        token = doc[k]
        if token.lower_ in CLAUSE_BREAKS or token.text in {";", ":"}:
            return None
        if is_finite_verb(token):
            return subject_span(token, passive=False, fallback=False)
    return None


def coordinated_subjects(agent: Span) -> list[Span]:
    """"Castillo y su círculo de amigos acordaron ...": the subjects the parse joins to the first
    one by "y" (each a name or a noun phrase without its possessive), in order."""
    head = agent.root
    if head.dep_ not in {"nsubj", "nsubj:pass"}:
        return []
    found = []
    for conj in head.children:
        if conj.dep_ != "conj" or conj.i < agent.end or conj.pos_ not in {"NOUN", "PROPN"}:
            continue
        if not any(c.lower_ in {"y", "e"} and c.dep_ == "cc" for c in conj.children):
            continue
        if conj.lower_ in NON_REFERRING or any(c.dep_ == "det" and c.lower_ in NON_REFERRING for c in conj.children):
            continue
        span = _name_in(conj)
        if span is not None and span.start >= agent.end:
            found.append(span)
    return found


def both_before_auxiliary(trigger: Token) -> list[Span] | None:
    """For "ambos fueron designados": the two persons named before, or None when the
    passive subject is not "ambos"/"ambas" ([] when they cannot be told)."""
    doc = trigger.doc
    sent_start = _sentence_start(trigger)
    i = trigger.i - 1
    while i >= sent_start and (doc[i].pos_ in {"AUX", "ADV"} or doc[i].lemma_ == "ser"):
        i -= 1
    if i < sent_start or doc[i].lower_ not in {"ambos", "ambas"}:
        return None
    return both_named_before(doc, i)


def _author_of_antecedent(doc: Doc, pronoun: int, sent_start: int) -> Span | None:
    """"el comunicado del Ministerio X en el que nombra a ...": the name in the "de" complement
    of the relative's antecedent noun (the author of the act), or None."""
    k = pronoun - 1
    while k >= sent_start and doc[k].lower_ in ARTICLES:
        k -= 1
    if k < sent_start or doc[k].lower_ not in {"en", "mediante", "con"}:
        return None  # only "en el que", "mediante el cual", "con la que": the act itself
    k -= 1
    if k >= sent_start and doc[k].text == ",":
        k -= 1
    name = _name_before(doc, k, sent_start) if k >= sent_start else None
    if name is None or name.start - 2 < sent_start or doc[name.start - 1].lower_ not in {"de", "del"}:
        return None
    act = doc[name.start - 2]
    if is_title(act) or act.pos_ != "NOUN":
        return None
    return name


_DEMONSTRATIVES = WORDS["demonstratives"]
_COUNTRY_NOUNS = WORDS["country_nouns"]


def place_named_before(doc: Doc, at: int) -> Span | None:
    """"conceder a ese país el estatus de ...": the nearest place named before in the
    sentence, when a demonstrative points back to a country; None otherwise."""
    if doc[at].lower_ not in _DEMONSTRATIVES or at + 1 >= len(doc) or doc[at + 1].text not in _COUNTRY_NOUNS:
        return None
    sent_start = _sentence_start(doc[at])
    places = [e for e in doc.ents if sent_start <= e.start and e.end <= at and e.label_ in {"LOC", "GPE"}]
    if not places:
        return None
    return doc[places[-1].start:places[-1].end]


_PARTICIPLE_AGREEMENT = {"o": ("Masc", "Sing"), "a": ("Fem", "Sing"), "os": ("Masc", "Plur"), "as": ("Fem", "Plur")}


def _agrees(noun: Token, participle: Token) -> bool:
    ending = participle.lower_[-2:] if participle.lower_.endswith("s") else participle.lower_[-1:]
    gender, number = _PARTICIPLE_AGREEMENT.get(ending, (None, None))
    if gender is None:
        return False
    genders, numbers = noun.morph.get("Gender"), noun.morph.get("Number")
    if noun.pos_ == "PROPN":
        return not numbers or number in numbers
    return (not genders or gender in genders) and (not numbers or number in numbers) and bool(genders or numbers)


def noun_phrase_before(participle: Token) -> Span | None:
    """"las aguas del mar de Corea designadas como ...": the noun phrase that ends right before
    a post-nominal participle, from the leftmost noun that agrees with it in gender and number
    ("el informe de la ministra designada" -> "ministra")."""
    doc = participle.doc
    sent_start = _sentence_start(participle)
    k = participle.i - 1
    start = None
    while k >= sent_start:
        token = doc[k]
        if not token.is_punct and (token.pos_ in {"NOUN", "PROPN", "ADJ"} or is_title(token)):
            start = k
        elif start is not None and (token.lower_ in {"de", "del"} or (
                token.lower_ in {"el", "la", "los", "las"} and k - 1 >= sent_start and doc[k - 1].lower_ == "de")):
            pass
        else:
            break
        k -= 1
    if start is None:
        return None
    for head in range(start, participle.i):
        token = doc[head]
        # The phrase opens with a determiner: "según encuestas reconocidas como ...", "en
        # consecuencia proclamada como ..." are no noun phrase that was designated.
        opens = head > sent_start and doc[head - 1].lower_ in ARTICLES | {"del", "al"}
        if opens and token.pos_ in {"NOUN", "PROPN"} and _agrees(token, participle):
            return doc[head:participle.i]
    return None


def word_before(token: Token) -> str:
    """The lower-case word before `token` in its sentence, adverbs skipped ("" at the start)."""
    doc = token.doc
    sent_start = _sentence_start(token)
    i = token.i - 1
    while i >= sent_start and doc[i].pos_ == "ADV":
        i -= 1
    return doc[i].lower_ if i >= sent_start else ""


_CLITIC_GENDER = {"la": "Fem", "lo": "Masc"}


def clitic_subject(trigger: Token, exclude: Span | None = None) -> Span | None:
    """"La ex presidenta precisó que el oficio ... para designarla como ...": when no person is
    named before a "la"/"lo" clitic in a clause reported by the main verb, that verb's subject,
    if it comes before the trigger and agrees with the clitic in gender."""
    doc = trigger.doc
    lower = trigger.lower_
    clitic = lower[-2:] if lower.endswith(("la", "lo")) and _is_infinitive(trigger) else (
        doc[trigger.i - 1].lower_ if trigger.i >= 1 else "")
    gender = _CLITIC_GENDER.get(clitic)
    if gender is None:
        return None
    start, _ = sentence_bounds(trigger)
    root = next((t for t in doc[start:trigger.i] if t.dep_ == "ROOT" and t.pos_ in {"VERB", "AUX"}), None)
    if root is None or not any(t.dep_ == "ccomp" and t.head.i == root.i for t in [trigger, *trigger.ancestors]):
        return None  # only in the reported clause of the subject ("X precisó que ..."), not "cuando ..."
    subject = next((c for c in root.children if c.dep_ == "nsubj" and c.i < trigger.i), None)
    if subject is None or subject.pos_ != "NOUN" or gender not in subject.morph.get("Gender") or (
            "Sing" not in subject.morph.get("Number")):
        return None
    span = _name_in(subject)
    if span is None or exclude is not None and span.start < exclude.end and exclude.start < span.end:
        return None
    return span


_SING_PARTICIPLE = ("ado", "ada", "ido", "ida")


def author_of_document(subject: Span, stop_words: frozenset[str]) -> Span | None:
    """"el oficio presentado por Arriola": the "por" agent of a participle right after a
    common-noun subject, which names who acts through the document; else None."""
    doc = subject.doc
    after = subject.end - 1 if len(subject) > 1 and subject[-1].lower_.endswith(_SING_PARTICIPLE) else subject.end
    if is_title(subject[0]) or after + 1 >= len(doc):
        return None
    if not doc[after].lower_.endswith(_SING_PARTICIPLE) or doc[after + 1].lower_ != "por":
        return None
    return agent_span(doc, after + 1, stop_words, limit=min(len(doc), after + 8))


def main_clause_person(trigger: Token) -> Span | None:
    """"Austin visitó Seúl desde que fue nombrado Z", "X informó que había sido elegido Z": a
    passive without a subject of its own, in a clause that hangs from the main verb (advcl,
    ccomp), takes that verb's subject when it is a person's name."""
    doc = trigger.doc
    marks = {c.lower_ for c in trigger.children if c.dep_ == "mark"}
    if any(c.dep_ in {"nsubj", "nsubj:pass", "expl:pass"} for c in trigger.children) or not (
            trigger.dep_ in {"advcl", "ccomp"} or trigger.dep_ == "acl" and marks & {"que", "cuando", "aunque"}):
        return None
    head = trigger.head
    for _ in range(2):
        # "por tercera vez desde que fue nombrado": the parser may hang the clause on a noun.
        if head.pos_ in {"NOUN", "PROPN"} and head.dep_ in {"obl", "obj", "nmod"} and head.head.i != head.i:
            head = head.head
    if head.i == trigger.i or head.pos_ not in {"VERB", "AUX"} or not is_finite_verb(head):
        return None  # "felicitando a X por ser elegido": under a gerund, whose subject is not read
    if any(t.lower_ == "siendo" for t in doc[max(0, trigger.i - 3):trigger.i]):
        return None  # ", siendo designado vocero": a gerund clause, its subject is not the main one
    que = next((c for c in trigger.children if c.dep_ == "mark" and c.lower_ == "que"), None)
    reported = trigger.dep_ == "ccomp" and que is not None and head.i < que.i and que.i - head.i <= 7 and not any(
        t.text == "," for t in doc[head.i:que.i])  # "X informó este lunes 7 de agosto que ..."
    if que is not None and not reported and que.i >= 1 and (
            doc[que.i - 1].pos_ in {"NOUN", "PROPN"} or is_title(doc[que.i - 1])):
        return None  # "los comicios de AP que son declarados ...": a relative, its antecedent is not a person
    if any(c.dep_ in {"obj", "iobj"} and c.ent_type_ in {"PER", "PERSON"} for c in head.children):
        return None  # "condenó a X al ser declarado ...": the object may be the one designated
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PROPN":
        return None
    low, high = sorted((subject.i, trigger.i))
    if any(e.label_ in {"PER", "PERSON"} and low < e.start < high and any(
            t.lower_ in {"a", "al"} for t in doc[max(low, e.start - 3):e.start]) for e in doc.ents):
        return None  # "felicitando al republicano X por ser elegido": a person object between them
    name = _name_in(subject)
    if name is None or not any(e.label_ in {"PER", "PERSON"} and e.start < name.end and name.start < e.end
                               for e in doc.ents):
        return None
    return name
