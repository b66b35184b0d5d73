"""Documents as agents. A document is no agent (RELATION.md decisions), but its author is: the
body that approved, issued or presented it ("el pleno del Congreso aprobó una moción que declara
persona no grata a X"; gold dev-0242 "habiendo expedido la resolución a través de la cual la
designó", tune-0230 "presentaron un proyecto de ley para designar", dev-0160 "el oficio presentado
por Arriola"). A signatory is not ("una resolución suprema firmada por la presidenta", gold
dev-0187): signing is not among the enacting verbs."""
from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.extract import subjects, tokens
from pipeline.extract.checks import without_trigger
from pipeline.extract.grow import name_in
from pipeline.extract.words import WORDS

_DOCUMENTS = WORDS["document_nouns"]
_ENACTING = WORDS["enacting_verbs"]


def no_document(designator: Span | None) -> Span | None:
    """The designator, unless it is an adjective ("fue “absurdo” que países ... reconocieran a X":
    the parse's subject) or a document; a document gives way to its author, if written."""
    if designator is None:
        return None
    doc = designator.doc
    nominalised = designator.start >= 1 and doc[designator.start - 1].lower_ in tokens.ARTICLES
    if any(t.pos_ == "ADJ" for t in designator) and all(t.pos_ in {"ADJ", "PUNCT"} for t in designator) and not any(
            tokens.is_title(t) for t in designator) and not nominalised:
        return None  # (but "los republicanos radicales que nombraron": adjectives an article makes a noun)
    head = next((t for t in designator if t.pos_ in {"NOUN", "PROPN"}), designator[0])
    return document_author(head) if head.lower_ in _DOCUMENTS else designator


def checked_designator(designator: Span | None, trigger: Token) -> Span | None:
    """The designator a row keeps: cut before the trigger, no document (its author instead), and,
    when none was found, the author of a document whose relative opens the trigger's clause."""
    if designator is None:
        return relative_document_author(trigger)
    return no_document(without_trigger(designator, trigger))


def document_author(noun: Token) -> Span | None:
    """Who enacts the document `noun`: the subject of the verb that approves, issues or presents
    it ("el pleno aprobó la moción"), or the "por" agent of such a participle on it ("la moción
    aprobada por el pleno"); None when not written."""
    verb = noun.head
    if noun.dep_ == "obj" and verb.i < noun.i and _enacts(verb):
        return subjects.subject_span(verb, passive=False, fallback=False)
    for participle in noun.children:
        if participle.dep_ in {"acl", "amod"} and participle.i > noun.i and _enacts(participle):
            agent = next((c for c in participle.children if c.dep_ in {"obl", "obj", "nmod"} and any(
                k.dep_ == "case" and k.lower_ == "por" for k in c.children)), None)
            return name_in(agent) if agent is not None else None
    for owner in noun.children:
        # "Una resolución directoral del Ministerio de Educación reconoció a X como ...": a body
        # named as the document's author in the same phrase (RELATION.md decisions, "Resolución
        # ... del Poder Judicial" -> "Poder Judicial").
        if owner.dep_ == "nmod" and owner.i > noun.i and tokens.is_name_part(owner) and (
                owner.ent_type_ not in {"PER", "PERSON", "LOC", "GPE"}) and any(
                k.dep_ == "case" and k.lower_ in {"de", "del"} for k in owner.children):
            return name_in(owner)
    return None


def relative_document_author(trigger: Token) -> Span | None:
    """"el pleno aprobó la moción con la cual se declara persona non grata a X": a trigger whose
    clause a relative opens, with a document as antecedent: the document's author."""
    doc = trigger.doc
    start = tokens.sentence_bounds(trigger)[0]
    i = trigger.i - 1
    while i > start and trigger.i - i <= 8:
        word = doc[i]
        if word.lower_ in {"cual", "cuales", "que"}:
            k = i - 1
            if word.lower_ != "que" or doc[k].lower_ in tokens.ARTICLES:
                while k > start and (doc[k].lower_ in tokens.ARTICLES or doc[k].pos_ == "ADP"):
                    k -= 1  # "con la cual", "mediante el cual", "a través de la cual"
                if doc[k].lower_ == "través" and k - 1 > start:
                    k -= 2
            if doc[k].text == ",":
                # "emitió la Resolución 034-2016-CNM, por la que X fue nombrada": the document's
                # number or name stands between its noun and the relative
                k = next((j for j in range(k - 1, max(start, k - 4) - 1, -1) if doc[j].lower_ in _DOCUMENTS), k)
            noun = doc[k]
            return document_author(noun) if noun.lower_ in _DOCUMENTS else None
        if tokens.is_finite_verb(word) and not (word.head == trigger and word.dep_ in {"aux", "aux:pass", "cop"}) or (
                word.text in {",", ";", ":", "."}):
            return None  # (the trigger's own auxiliary, "por la que X fue nombrada", is no other verb)
        i -= 1
    return None


def _enacts(verb: Token) -> bool:
    """A verb of approving, issuing or presenting."""
    return tokens.is_verb_of(verb, _ENACTING)
