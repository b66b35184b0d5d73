"""Coordinated designees and the person named after a passive's role: "a Chile y Perú",
"a A, y a B", "fueron nombrados como directores A, B (FP) y C" (see strategies.py)."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

from pipeline.extract import grow, roles, subjects, tokens
from pipeline.extract.words import WORDS


def postposed_subject(ex: Any, doc: Doc, candidate: Any) -> list[Span] | None:
    """"es designado presidente interino Federico Chávez": the person (or the coordinated persons)
    named right after the role."""
    if candidate.pattern.role != "after-trigger":
        return None
    role = roles.role_after_trigger(doc, candidate.trigger, ex.role_stops, ex.time_words)
    if role is None or role.end >= len(doc):
        return None
    start = role.end
    if doc[start].text == "," and subjects.passive_designee(candidate.trigger, candidate.start) is None:
        # "quien fue elegido por el Kyoei-kai como administrador del campo, Takugoro Shibayama": with
        # no subject before the verb, the person in apposition after the role, past a title.
        k = start + 1
        while k < len(doc) and k - start <= 3 and (doc[k].lower_ in tokens.ARTICLES | WORDS["honorifics"] or (
                doc[k].pos_ == "NOUN" and not tokens.is_title(doc[k]))):
            k += 1
        start = k if k < len(doc) else start
    elif doc[start].lower_ in {"los", "las"} and subjects.passive_designee(candidate.trigger, candidate.start) is None:
        # "fueron elegidos como miembros de la Mesa los parlamentarios A (FP), B (PL) y C (AP)"
        k = start + 1
        while k < len(doc) and k - start <= 2 and doc[k].pos_ in {"NOUN", "ADJ"} and not tokens.is_title(doc[k]):
            k += 1
        start = k if k < len(doc) and k > start + 1 else start
    first = doc[start]
    if first.ent_iob_ != "B" or first.ent_type_ not in {"PER", "PERSON"}:
        return None
    name = grow.designee_span(doc, start)
    if name is None:
        return None
    # "fueron nombrados como nuevos directores A, B y C": persons coordinated after the role,
    # the list closing the clause.
    names = coordinated(ex, doc, start, grow.clause_end(doc, start))
    last = past_bracket(doc, names[-1].end if names else name.end, len(doc))  # "... y C (Avanza País)."
    if len(names) > 1 and all(n[0].ent_type_ in {"PER", "PERSON"} for n in names) and (
            last >= len(doc) or doc[last].is_punct and doc[last].text != ","):
        return names
    if name.end >= len(doc) or doc[name.end].is_punct:
        return [name]
    return None


def apposition_gap(doc: Doc, end: int, limit: int) -> bool:
    """Between a designee and its "como": nothing, a few words, or an inserted phrase in commas."""
    gap = [t for t in doc[end:limit]]
    if any(t.lower_ in tokens.CLAUSE_BREAKS or t.lower_ == "se" or tokens.is_conjugated(t) for t in gap):
        return False  # "el nombramiento del ministro se incluirá como anexo": another clause
    if gap and gap[0].text != "," and any(t.lower_ in {"su", "sus"} for t in gap):
        return False  # "el nombramiento de X por su trabajo previo como Z": "como" belongs to "trabajo"
    return len(gap) <= 6 or gap[0].text == ","


def coordinated(ex: Any, doc: Doc, start: int, limit: int) -> list[Span]:
    """Designees coordinated in a region: "a Chile y Perú", "a A, y a B", "de A, ..., y de B"."""
    first = grow.designee_span(doc, start, limit)
    if first is None or (first[0].lower_ in ex.time_words and not tokens.is_title(first[0])):
        # "a principios del siglo": a date, not a designee (but "Julio Mendoza" is a name).
        return []
    spans = [first]
    i = first.end
    last_end = first.end  # past a bracket after the name: "A (Fuerza Popular), B (Perú Libre) y C"
    while i < limit:
        token = doc[i]
        if token.text == "(" and i == last_end and past_bracket(doc, i, limit) > i:
            i = last_end = past_bracket(doc, i, limit)
            continue
        # "A y B", "A, y B", "A, exministro, y de B": the conjunction follows the last designee,
        # not a word inside an apposition ("del Ministerio de Desarrollo e Inclusión").
        adjacent = i == last_end or doc[i - 1].text == ","
        if token.text == "," and i == last_end and i + 1 < limit and tokens.is_name_part(doc[i + 1]):
            # "a Ana Gil, Luis Paz y Rosa Díaz": a list of names (an apposition starts lower-case)
            span = grow.designee_span(doc, i + 1, limit)
            if span is not None and span.end < limit and (
                    doc[span.end].text in {",", "("} or doc[span.end].lower_ in {"y", "e"}):
                spans.append(span)
                i = last_end = span.end
                continue
        if token.lower_ in {"y", "e"} and adjacent:
            j = i + 1
            marked = j < limit and doc[j].lower_ in {"a", "al", "de", "del"}
            while j < limit and (doc[j].lower_ in {"a", "al", "de", "del"} or doc[j].text == ","):
                j += 1
            if j < limit and (tokens.is_name_part(doc[j]) or marked and doc[j].lower_ in tokens.ARTICLES):
                span = grow.designee_span(doc, j, limit)
                if span is not None:
                    spans.append(span)
                    i = last_end = span.end
                    continue
        elif token.is_punct and token.text not in {",", "“", "”", '"'} or token.lower_ in tokens.CLAUSE_BREAKS:
            break
        i += 1
    return spans


def past_bracket(doc: Doc, i: int, limit: int) -> int:
    """The index after a short bracket that opens at `i` ("A (Fuerza Popular)"), else `i`."""
    if i >= limit or doc[i].text != "(":
        return i
    close = next((k for k in range(i + 1, min(limit, i + 8)) if doc[k].text == ")"), None)
    return close + 1 if close is not None else i
