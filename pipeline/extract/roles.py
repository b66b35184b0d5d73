"""The role phrase and the agent phrase of a designation, grown from their first word."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from pipeline.extract.words import WORDS
from pipeline.extract.tokens import (
    ARTICLES,
    CLAUSE_BREAKS,
    GENERIC_DETERMINERS,
    LEADING_DROP,
    MAX_ROLE_TOKENS,
    POSSESSIVES,
    PREPOSITIONS,
    REPLACEMENT_WORDS,
    ROLE_ENDING_LOCUTIONS,
    is_infinitive,
    opens_insert,
    sentence_end,
    is_conjugated,
    is_finite_verb,
    is_inner_participle,
    is_title,
    is_title_role,
)
from pipeline.extract.grow import (
    designee_span,
    name_end,
    skip_leading,
)


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
    limit = sentence_end(doc[anchor]) if limit is None else limit
    start = skip_leading(doc, anchor, limit)
    for introducer in (("en", "el", "cargo", "de"), ("al", "cargo", "de"), ("en", "calidad", "de")):
        words = tuple(t.lower_ for t in doc[start:start + len(introducer)])
        if words == introducer:
            start += len(introducer)
            break
    if start + 2 < limit and doc[start].lower_ in WORDS["post_qualities"] and doc[start + 1].lower_ in {"de", "del"}:
        start += 2  # "en el cargo de confianza de directora general": the kind of post, then the post
    while start < limit - 1 and (doc[start].lower_ in ARTICLES or doc[start].is_quote or (
            doc[start].pos_ == "ADV" and doc[start].lower_.endswith("mente"))):
        start += 1  # (a manner adverb opens no role: "proclamado oficialmente nuevo rey")
    end = start + 1
    depth = 0
    while end < limit and end - start < MAX_ROLE_TOKENS:
        token = doc[end]
        lower = token.lower_
        if token.text in {"(", "["} and depth == 0 and end + 1 < limit and (
                doc[end + 1].like_num or doc[end + 1].ent_type_ in {"PER", "PERSON"}):
            break  # "ministro del Interior (2014)", "elegido Papa (Juan Pablo I)": a date or a name aside
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
        elif opens_insert(token):
            break  # "gerenta de Sedapal -a cargo del agua-": a dash opens an inserted phrase
        elif lower in {"y", "e"}:
            nxt = doc[end + 1] if end + 1 < limit else None
            if nxt is not None and not is_title(nxt) and nxt.pos_ in {"NOUN", "ADJ"} and (
                    end + 2 >= limit or doc[end + 2].is_punct):
                end += 2  # "su mano derecha y asesora.": two roles of one designee
                continue
            first = next((t for t in doc[start:end] if t.pos_ in {"NOUN", "PROPN"} and not is_title(t)), None)
            if nxt is not None and not is_title(nxt) and nxt.pos_ == "NOUN" and end + 2 < limit and (
                    doc[end + 2].pos_ == "ADJ" and not is_title(doc[end + 2]) or doc[end + 2].lower_ in {"de", "del"}) and (
                    first is not None and _gender(first) is not None and _gender(first) == _gender(nxt)):
                # "vicepresidenta y consejera delegada con ...": a second office of one designee (but
                # "elegidos presidente y vicepresidenta de la Comisión": one office each)
                end += 2
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
        elif lower == "para" and _term_after(doc, end + 1, limit):
            break  # "presidente de Paraguay para el período 2023-2028", "para un segundo y último mandato": a term
        elif lower == "como" and not is_title(token) and any(t.pos_ == "NOUN" for t in doc[start:end]):
            break  # "vicepresidente como compañero de fórmula de ...": a second predicate, not the role's
        elif lower == "a" and [t.lower_ for t in doc[end + 1:end + 3]] == ["la", "vez"]:
            break  # "presidentes a la vez": a locution, not the role's complement
        elif lower in {"a", "al", "para"}:
            nxt = doc[end + 1] if end + 1 < limit else None
            if nxt is None or is_title(nxt) or is_infinitive(nxt) or nxt.lower_ in REPLACEMENT_WORDS or (
                    nxt.lower_ in time_words) or lower == "a" and nxt.lower_ in ROLE_ENDING_LOCUTIONS:
                # "al obtener 7 millones de votos": a clause, not the role's complement; "embajador
                # en Guatemala a mediados de noviembre": a date; "defensor a pesar de las críticas":
                # a locution.
                break
        elif lower == "de" and end + 1 < limit and doc[end + 1].lower_ in WORDS["adverbial_de"] and not is_title(doc[end + 1]):
            break  # "proclamado rey de inmediato", "elegido presidente de nuevo": a manner, not a complement
        elif lower == "que" and end == start + 1 and start >= 1 and doc[start - 1].lower_ in WORDS["role_markers_bare"] and (
                doc[start].pos_ == "NOUN" and not is_title(doc[start])):
            # "como país que ha cometido crímenes de guerra", "como amenaza que atenta contra ...": a
            # bare noun names no role without its restrictive relative; the role runs to the clause's end.
            while end < limit and end - start < MAX_ROLE_TOKENS and doc[end].text not in {",", ";", ":", ".", "(", "["} and (
                    doc[end].lower_ not in WORDS["relative_role_stops"]):
                end += 1
            break
        elif lower in stop_words:
            break
        elif lower in {"no", "non"} and end + 1 < limit and doc[end + 1].lower_ in WORDS["negated_role_adjectives"]:
            end += 2  # "persona no grata": the tagger reads "grata" as a verb ("gratar")
            continue
        elif lower == "no" and end + 1 < limit and doc[end + 1].pos_ in {"VERB", "AUX"}:
            break  # "como ministra de Salud no fue ajeno": the predicate, not "aliado no miembro"
        elif lower in {"el", "la", "las", "los", "un", "una"} and doc[end - 1].lower_ not in PREPOSITIONS and (
                not doc[end - 1].is_quote or doc[end - 2].lower_ not in PREPOSITIONS) and not (
                is_infinitive(doc[end - 1]) and doc[end - 2].lower_ in {"de", "para"}):
            break  # "como un “genocidio” la matanza ...": a new noun phrase, not a complement
        elif lower in POSSESSIVES and doc[end - 1].lower_ not in PREPOSITIONS and doc[end - 1].pos_ not in {"VERB", "AUX"}:
            break  # "vicegobernador su correligionario X": a new noun phrase (the designee), not the role's
        elif lower == "en" and end + 2 < limit and doc[end + 1].lower_ in {"el", "la", "los", "las", "este", "esta",
                                                                        "estos", "estas", "ese", "esa", "un", "una"} and (
                not is_title(doc[end + 2]) and doc[end + 2].pos_ in {"NOUN", "ADJ", "NUM"}) and not _seat_follows(doc, end + 2, limit):
            break  # "presidente en el recuento de ...", "asesor en la gestión de ...": circumstances
        elif lower == "en" and end + 1 < limit and doc[end + 1].lower_ in POSSESSIVES and not _seat_follows(
                doc, end + 2, limit):
            break  # "nombrada juez en su país", "ministro en sus primeros días" (but "asesor en su cartera")
        elif token.ent_iob_ == "B" and token.ent_type_ in {"PER", "PERSON"} and not is_title(doc[end - 1]) and (
                doc[end - 1].lower_ not in PREPOSITIONS) and not (
                doc[end - 1].lower_ in WORDS["ordinals"] and end + 1 < limit and doc[end + 1].lower_ in {"de", "del"}):
            # (but "designado primer Representante de la Política Exterior": an office after an ordinal)
            break  # "es designado presidente interino Federico Chávez": the designee follows the role
        elif lower in {"en", "a"} and end + 1 < limit and doc[end + 1].lower_ in REPLACEMENT_WORDS:
            break  # "ministro de Salud en reemplazo de ...", "a sugerencia de": not part of the role
        elif lower in {"en", "el", "desde", "durante", "este", "esta"} and end + 1 < limit and (
                doc[end + 1].lower_ in time_words or doc[end + 1].like_num
                or doc[end + 1].lower_ in ARTICLES and end + 2 < limit and doc[end + 2].lower_ in time_words):
            break
        elif token.pos_ in {"VERB", "AUX"} and "Fin" in token.morph.get("VerbForm"):
            break
        elif token.like_num and end + 1 < limit and doc[end + 1].lower_ in time_words:
            break  # "proclamado monarca británico dos días más tarde": a time, not the role's
        elif "Ger" in token.morph.get("VerbForm") or token.pos_ == "VERB" and lower.endswith(
                ("ando", "iendo", "ándose", "iéndose", "ándole", "iéndole")):
            break  # "secretario general quedándose en el cargo": a gerund clause, not the role
        elif token.is_space:
            break
        end += 1
    while end > start + 1 and (doc[end - 1].is_punct and doc[end - 1].text not in {")", "]"}
                               or doc[end - 1].lower_ in LEADING_DROP | PREPOSITIONS | {"y", "e"}
                               or doc[end - 1].pos_ == "ADV" and not is_title(doc[end - 1])):
        end -= 1  # (also an adverb left before a stop word: "miembro del directorio poco después")
    if end < limit and doc[end].is_quote and sum(t.is_quote for t in doc[start:end]) % 2:
        end += 1  # the closing quote of “crímenes de guerra”
    if doc[end - 1].text == ")" and "(" not in doc[start:end].text:
        end -= 1
    quotes = [t for t in doc[start:end] if t.is_quote]
    if end > start + 1 and doc[end - 1].is_quote and len(quotes) % 2:
        end -= 1
    return doc[start:end]


def role_after_trigger(doc: Doc, trigger: Token, stop_words: frozenset[str], time_words: frozenset[str],
                       *, max_scan: int = 25, offices: frozenset[str] | None = None,
                       post_verbs: frozenset[str] | None = None) -> Span | None:
    """The role of a passive or participle: "designado (como) Z", "elegido, por primera vez, Z",
    "designada el pasado 21 de enero por el ministro como Z"; with `offices`, also a bare office
    after the agent or a date: "nombrado por Petro embajador en Venezuela", "nombrado en marzo de
    2019 gerente regional"; with `post_verbs`, the post of "para ocupar Z" after the agents."""
    limit = sentence_end(trigger)
    i = trigger.i + 1
    while i < limit and doc[i].pos_ == "ADV" and doc[i].lower_ not in {"como"}:
        i += 1
    if i < limit and doc[i].text == ",":
        # ", por primera vez," between the participle and the role (but ", la población civil,
        # personal policial" is a list the participle stands in, not an inserted adverbial).
        close = next((k for k in range(i + 1, min(limit, i + 7)) if doc[k].text == ","), None)
        if close is not None and not any(is_finite_verb(t) for t in doc[i + 1:close]) and (
                i + 1 < limit and doc[i + 1].pos_ in {"ADP", "ADV", "SCONJ"}):
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
        token.lower_ not in PREPOSITIONS | {"el", "la", "los", "las"} and not token.is_punct and (
            not is_title(head) or is_title_role(head) or offices is not None and head.lower_ in offices)
        and head.lower_ not in time_words and head.pos_ in {"NOUN", "ADJ", "VERB", "PROPN"}
        and not is_conjugated(head) and not head.like_num
    ):
        return role_span(doc, i, stop_words, time_words=time_words)
    # Adverbials first (dates, agents): the role follows "como" later in the clause.
    for k in range(i, min(limit, i + max_scan)):
        word = doc[k]
        if word.lower_ == "como" and k + 1 < limit:
            return role_span(doc, k + 1, stop_words, time_words=time_words)
        if offices is not None and k > i + 1 and word.lower_ in offices and not is_title(word) and (
                doc[i].lower_ in {"por", "en", "el", "este", "esta", "desde", "durante", "hace"}) and (
                doc[k - 1].is_title or doc[k - 1].like_num and not doc[k - 1].is_alpha) and not any(
                t.is_punct for t in doc[i:k]):
            # The office right after the name of the agent or after a date ends that phrase.
            return role_span(doc, k, stop_words, time_words=time_words)
        if post_verbs is not None and word.lower_ == "para" and k + 2 < limit and doc[k + 1].lower_ in post_verbs:
            # "elegido por voto popular y luego por el pleno para ocupar la presidencia de ...": the
            # post taken, after the agents (the parse hangs "para ocupar" on one of them).
            role = role_span(doc, k + 2, stop_words, time_words=time_words)
            # (not a bare "el cargo", "el puesto": a post referred back to is no role)
            return role if role is not None and len([t for t in role if t.is_alpha]) >= 2 else None
        if word.lower_ in CLAUSE_BREAKS | {"para", "con", "junto", "tras", "sin", "gracias"} or (
                word.text in {".", ";"}) or (is_finite_verb(word) and word.lower_ not in time_words) or (
                word.lower_ in {"y", "e"} and not (k + 1 < limit and is_title(doc[k + 1]))):
            return None  # "reelegido para un quinto mandato, ... con su esposa, X, como vicepresidenta"
    return None


def agent_span(doc: Doc, after: int, stop_words: frozenset[str], limit: int | None = None,
               skip: set[int] | None = None) -> Span | None:
    """The "por X" agent after `after`, within the clause.

    Tokens in `skip` (the designee and role) are passed over, not read as
    the end of the clause; another verb or a relative ends the search.
    """
    if after >= len(doc):
        return None
    limit = sentence_end(doc[after]) if limit is None else limit
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
        if token.lower_ == "por" and i + 2 < limit and doc[i + 1].is_quote and is_title(doc[i + 2]):
            return None  # "elegido mejor director por “La forma del agua”": the work, not who chose
        if token.lower_ == "por" and i + 1 < limit:
            start = skip_leading(doc, i + 1, limit)
            while start < limit - 1 and (doc[start].lower_ in POSSESSIVES or doc[start].is_quote or doc[start].like_num):
                start += 1  # "por su “cercanía” con ...", "por 88 votos a favor": the noun decides
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
            head = agent[1] if agent is not None and len(agent) > 1 and agent[0].lower_ in POSSESSIVES | GENERIC_DETERMINERS else (
                agent[0] if agent is not None else None)
            if head is not None and head.pos_ == "ADJ" and not head.morph.get("Gender") and not head.morph.get("Number") and (
                    head.head.i == head.i + 1 < agent.end):
                head = doc[head.i + 1]  # "por el ex ministro del Interior": an invariable word before the noun
            if agent is not None and (is_title(head) or head.pos_ in {"NOUN", "PROPN"}):  # "por su bancada"
                return agent
            return None
        if token.lower_ in {"que", "quien", "quienes", ";", "mediante", "tras", "luego", "después", "cuando"} \
                or token.pos_ in {"VERB", "AUX"} and (is_finite_verb(token) or i > after):
            return None
        if i > after and token.lower_ in {"y", "e"} and i + 1 < limit and "Part" in doc[i + 1].morph.get("VerbForm"):
            return None  # "fue elegido Z1 y nombrado Z2 por X": the agent of the second participle
        if i > after and token.text == "," and i + 1 < limit and not is_title(doc[i + 1]) and (
                "Part" in doc[i + 1].morph.get("VerbForm") or doc[i + 1].pos_ in {"ADJ", "VERB"}
                and doc[i + 1].lower_.endswith(("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"))):
            return None  # "presidente de la República Árabe Unida, formada por Siria y Egipto": another participle's
        i += 1
    return None


def coordinated_agents(doc: Doc, agent: Span, limit: int | None = None) -> list[Span]:
    """"por A y el entonces ministro B": the agents joined to the first one by "y"."""
    limit = sentence_end(doc[agent.start]) if limit is None else limit
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


def _seat_follows(doc: Doc, i: int, limit: int) -> bool:
    """The words from `i` are a place or body where a post is held, after its adjectives ("la
    sureña población peruana", "su cartera"): the "en" phrase is part of the role."""
    while i < limit and doc[i].pos_ == "ADJ" and doc[i].lower_ not in WORDS["seat_nouns"]:
        i += 1
    return i < limit and doc[i].lower_ in WORDS["seat_nouns"]


def _gender(noun: Token) -> str | None:
    """The noun's gender from the tagger, else from its ending (configs/words.toml), else None."""
    found = noun.morph.get("Gender")
    if found:
        return found[0]
    if noun.lower_.endswith(tuple(WORDS["masculine_endings"])):
        return "Masc"
    if noun.lower_.endswith(tuple(WORDS["feminine_endings"])):
        return "Fem"
    return None


def _term_after(doc: Doc, i: int, limit: int) -> bool:
    """A term of office starts at `i`: an article or possessive, up to three ordinals or adjectives
    ("un segundo y último", "su nuevo"), then a term noun ("mandato", "periodo")."""
    if i >= limit or doc[i].lower_ not in {"el", "la", "un", "una", "su", "otro", "otra"}:
        return False
    k = i + 1
    while k < limit and k - i <= 4 and (doc[k].pos_ in {"ADJ", "NUM"} or doc[k].lower_ in {"y", "e"}) and (
            doc[k].lower_ not in WORDS["term_nouns"]):
        k += 1
    return k < limit and doc[k].lower_ in WORDS["term_nouns"]
