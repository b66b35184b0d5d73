"""Places in noun phrases: the territory a body's name is of ("la Asamblea del estado de Piauí",
"el Parlamento de ese país"), and the place a demonstrative points back to ("a ese país")."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.extract.tokens import is_name_part, is_title, sentence_start
from pipeline.extract.words import WORDS

_DEMONSTRATIVES = WORDS["demonstratives"]
_COUNTRY_NOUNS = WORDS["country_nouns"]
_TERRITORY_NOUNS = WORDS["territory_nouns"]
_PERSON = {"PER", "PERSON"}


def territory_end(doc: Doc, start: int, end: int, limit: int) -> int:
    """The end of the name `doc[start:end]` with the territory written after it: a country a
    demonstrative points back to ("el Gobierno de aquel país"), or, after a body's name, the
    territory it governs ("la Asamblea del estado de Piauí", "el Gobierno del país andino",
    "la Policía del distrito de Kohat"); gold writes an agent with such complements. A person's
    name takes none ("Ana Soto, del distrito de Lima")."""
    if end + 1 >= limit or doc[end].lower_ not in {"de", "del"}:
        return end
    k = end + 1
    if doc[end].lower_ == "de" and doc[k].lower_ in {"la", "el"}:
        k += 1  # "de la provincia de ..."
    pointed = doc[k].lower_ in _DEMONSTRATIVES
    if pointed:
        k += 1
    if k >= limit or doc[k].lower_ not in (_COUNTRY_NOUNS if pointed else _TERRITORY_NOUNS):
        return end
    if pointed:
        return k + 1
    if any(t.ent_type_ in _PERSON for t in doc[start:end]) or end - start > 1 and doc[start].ent_type_ not in {
            "ORG", "MISC"}:
        return end  # a body is one capitalised word ("Asamblea") or an organisation
    k += 1
    while k < limit and doc[k].pos_ == "ADJ" and not is_title(doc[k]):
        k += 1  # "del país andino", "del departamento caribeño"
    if k + 1 < limit and doc[k].lower_ in {"de", "del"} and is_name_part(doc[k + 1]):
        k += 1  # "del estado de Piauí" (also "del estado Zulia")
    while k < limit and (is_name_part(doc[k]) or doc[k].lower_ in {"de", "del"} and k > end and k + 1 < limit and (
            is_name_part(doc[k - 1]) and is_name_part(doc[k + 1]))):
        k += 1
    return k


def place_named_before(doc: Doc, at: int) -> Span | None:
    """"conceder a ese país el estatus de ...": the nearest place named before in the
    sentence, when a demonstrative points back to a country; None otherwise."""
    if doc[at].lower_ not in _DEMONSTRATIVES or at + 1 >= len(doc) or doc[at + 1].text not in _COUNTRY_NOUNS:
        return None
    sent_start = sentence_start(doc[at])
    places = [e for e in doc.ents if sent_start <= e.start and e.end <= at and e.label_ in {"LOC", "GPE"}]
    if not places:
        return None
    return doc[places[-1].start:places[-1].end]
