"""Slot strategies of the construction patterns (configs/patterns.json), by name.

A pattern says where each slot comes from ("designee": "subject", "role":
"after-trigger", "designator": "agent-or-governor", ...). Each name is a
function registered here; patterns.py checks every name at load against these
registries, so an unknown name fails with the list of known ones.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc, Span, Token

from pipeline.extract import grow, reference, roles, subjects, tokens
from pipeline.extract.frame_designees import apposition_opener, predicate_antecedent
from pipeline.extract.coordination import apposition_gap, coordinated, postposed_subject
from pipeline.extract.words import WORDS

_DISTRICT_OFFICES = WORDS["district_offices"]
_POPULAR_OFFICES = WORDS["popular_offices"]


class Registry:
    """Named strategy functions for one slot."""

    def __init__(self, slot: str) -> None:
        self.slot = slot
        self.functions: dict[str, Callable[..., Any]] = {}

    def register(self, name: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        def add(function: Callable[..., Any]) -> Callable[..., Any]:
            self.functions[name] = function
            return function
        return add

    def names(self) -> tuple[str, ...]:
        return tuple(self.functions)

    def __getitem__(self, name: str) -> Callable[..., Any]:
        return self.functions[name]


DESIGNEE = Registry("designee")
ROLE = Registry("role")
DESIGNATOR = Registry("designator")


@DESIGNEE.register("slot")
def designee_slot(ex: Any, doc: Doc, candidate: Any, passive: bool) -> list[Span | None]:
    slots = candidate.slots
    found: list[Span | None] = []
    start, end = slots["designee"]
    role_start = slots.get("role", (None,))[0]
    if role_start is not None and role_start > start:
        # Region between the designee's start and "como": may coordinate names.
        limit = role_start
        while limit > start + 1 and (doc[limit - 1].lower_ in {"como", "el", "al", "en", "cargo",
                                                                "de", "frente"} or doc[limit - 1].is_quote):
            limit -= 1
        found = coordinated(ex, doc, start, limit)
        gap_start = found[-1].end if found else start
        if gap_start <= start:  # an anaphor ("a ese país") whose place was named before
            gap_start = grow.noun_phrase_end(doc, start, limit)
        if found and not apposition_gap(doc, gap_start, limit):
            return []
    else:
        limit = grow.clause_end(doc, start)
        # "como presidente a A y a B y C como directores": the group before the next "como"
        # belongs to that "como".
        next_como = next((t.i for t in doc[start:limit] if t.lower_ == "como"), None)
        if next_como is not None:
            cut = next((k for k in range(next_como - 1, start, -1) if doc[k].lower_ in {"a", "al"}
                        and doc[k - 1].lower_ in {"y", "e", ","}), None)
            if cut is not None:
                limit = cut - 1
        found = coordinated(ex, doc, start, limit)
    return found


@DESIGNEE.register("before-participle")
def designee_before_participle(ex: Any, doc: Doc, candidate: Any, passive: bool) -> list[Span | None]:
    found: list[Span | None] = [reference.noun_phrase_before(candidate.trigger)]
    return found


@DESIGNEE.register("listed")
def designee_listed(ex: Any, doc: Doc, candidate: Any, passive: bool) -> list[Span | None]:
    slots = candidate.slots
    found: list[Span | None] = grow.listed_names(doc, slots["designee"][0], grow.clause_end(doc, slots["designee"][0]))
    return found


def _predicate_subject_of(antecedent: Span | None) -> Span | None:
    """`antecedent`, or, when it is a predicate right before a relative "que" ("X es la única
    mujer que ha sido elegida Z"), the predicate's subject (frame_designees.predicate_antecedent)."""
    doc = antecedent.doc if antecedent is not None else None
    if antecedent is None or antecedent.end >= len(doc) or doc[antecedent.end].lower_ != "que":
        return antecedent
    return predicate_antecedent(antecedent.root) or antecedent


@DESIGNEE.register("subject")
def designee_subject(ex: Any, doc: Doc, candidate: Any, passive: bool) -> list[Span | None]:
    found: list[Span | None] = []
    both = subjects.both_before_auxiliary(candidate.trigger)
    if both is not None:
        return both  # "ambos fueron designados": the two persons named before
    postposed = postposed_subject(ex, doc, candidate) if passive else None
    if postposed is not None:
        return list(postposed)
    subject = _predicate_subject_of(subjects.passive_designee(candidate.trigger, candidate.start))
    if subject is None:
        subject = _predicate_subject_of(subjects.subject_span(candidate.trigger, passive=True, fallback=False))
        if subject is not None and subject.start > candidate.trigger.i and any(
                t.text in {",", ";", ":"} or t.lower_ in {"que", "quien", "quienes", "cuando", "donde"}
                for t in doc[candidate.trigger.i + 1:subject.start]):
            # "Fue elegido senador en 1994, el año en que las autoridades ...": the subject of
            # another clause, which the parse attached to the trigger.
            subject = None
    if subject is None and passive and not subjects.purpose_que(candidate.trigger):
        # (not after "para que": "pidió que X interceda para que sea nombrado" has another subject)
        subject = subjects.main_clause_person(candidate.trigger)
    found = subjects.coordinated_before(subject) if subject is not None else []
    return found


@DESIGNEE.register("coordinated-passive")
def designee_coordinated_passive(ex: Any, doc: Doc, candidate: Any, passive: bool) -> list[Span | None]:
    found: list[Span | None] = []
    # "fue reelegido diputado ..., y nombrado ministro por X": only when the parse joins the
    # participle to an earlier passive participle, whose subject it shares.
    head = candidate.trigger.head
    if candidate.trigger.dep_ == "conj" and head.i < candidate.trigger.i and ex.lexicon.lookup(head.text) \
            and "Part" in head.morph.get("VerbForm") and head.i >= 2 and (
                ex.frames.is_ser(doc[head.i - 1]) or ex.frames.is_ser(doc[head.i - 2]) and doc[head.i - 1].pos_ == "ADV"):
        subject = subjects.passive_designee(head)
        if subject is None:
            subject = subjects.subject_span(head, passive=True, fallback=False)
            if subject is not None and subject.start > head.i:
                subject = None
        found = subjects.coordinated_before(subject) if subject is not None else []
    return found


@DESIGNEE.register("antecedent")
def designee_antecedent(ex: Any, doc: Doc, candidate: Any, passive: bool) -> list[Span | None]:
    found: list[Span | None] = [_predicate_subject_of(reference.antecedent_span(doc, candidate.start))]
    if found[0] is None and doc[candidate.start].lower_ in {"a", "al"}:
        # "Rees-Mogg, uno de los cabecillas de la facción ..., a quien Johnson nombró": the name
        # a longer lower-case apposition describes.
        opener = apposition_opener(doc, candidate.start)
        if opener is not None:
            found = [reference.name_before(doc, opener - 1, tokens.sentence_bounds(doc[opener])[0])]
    return found


@DESIGNEE.register("clitic")
def designee_clitic(ex: Any, doc: Doc, candidate: Any, passive: bool) -> list[Span | None]:
    found: list[Span | None] = []
    designator = designator_of(ex, doc, candidate, doc[0:0], doc[0:0], passive)
    found = [reference.clitic_antecedent(candidate.trigger, designator)
             or subjects.clitic_subject(candidate.trigger, designator)]
    return found


@DESIGNEE.register("after-role")
def designee_after_role(ex: Any, doc: Doc, candidate: Any, passive: bool) -> list[Span | None]:
    slots = candidate.slots
    found: list[Span | None] = []
    start, _ = slots["role"]
    role = roles.role_span(doc, start, ex.role_stops)
    trigger = slots["trigger"][0]
    # "El presidente de la Comisión ... para la elección de magistrado del TC, José Elías Ávalos,
    # detalló": a name the parse sets in apposition to a noun before the trigger closes that noun's
    # phrase (here the subject's), not the role's.
    return [name for name in grow.names_after(doc, role.end, role_head=role.start)
            if not (name.root.dep_ == "appos" and name.root.head.i < trigger)]


@DESIGNEE.register("name-after-role")
def designee_name_after_role(ex: Any, doc: Doc, candidate: Any, passive: bool) -> list[Span | None]:
    """A name in apposition after the role, with or without a comma: "el recién electo presidente
    Herbert Hoover hizo", "el autoproclamado jefe golpista Tiani", "la electa vicepresidenta, X"."""
    found = designee_after_role(ex, doc, candidate, passive)
    if found:
        return found
    start, _ = candidate.slots["role"]
    if doc[start].lower_ not in ex.offices:
        return []  # "la autoproclamada feminista Rebecca West": without a comma, only an office names a post
    role = roles.role_span(doc, start, ex.role_stops)
    limit = grow.clause_end(doc, start)
    for k in range(start + 1, min(limit, role.end + 1)):
        token = doc[k]
        if token.ent_iob_ != "B" or token.ent_type_ not in {"PER", "PERSON"} or not tokens.is_name_part(token):
            continue
        if doc[k - 1].lower_ in tokens.PREPOSITIONS | tokens.NAME_CONNECTORS or doc[k - 1].is_punct:
            return []  # "jefe de Gabinete de X": a complement of the office, not the person named
        stop = grow.name_end(doc, k, limit)
        if stop < limit and not (doc[stop].is_punct or doc[stop].pos_ in {"VERB", "AUX", "PRON", "SCONJ"}
                                 or doc[stop].lower_ in {"y", "e", "que", "quien"}):
            return []  # the name goes on into another phrase: no safe bound
        return [grow.trim_name(doc, k, stop)]
    return []


@DESIGNEE.register("person-after-role")
def designee_person_after_role(ex: Any, doc: Doc, candidate: Any, passive: bool) -> list[Span | None]:
    """"la elección como presidente de la Cámara de Kevin McCarthy", "la designación como
    procurador de la Contraloría al abogado Amado Enco": a noun trigger whose "como" role comes
    first; the designee is the first person named in a "de"/"a" complement after the role, whose
    name ends the phrase (a place or an institution there belongs to the role)."""
    start, _ = candidate.slots["role"]
    limit = grow.clause_end(doc, start)
    for ent in doc.ents:
        if ent.start <= start or ent.start >= limit or ent.label_ not in {"PER", "PERSON"}:
            continue
        if any(tokens.is_finite_verb(t) or t.lower_ in tokens.CLAUSE_BREAKS for t in doc[start:ent.start]):
            return []
        j = ent.start
        while j > start and ent.start - j < 3 and (doc[j - 1].lower_ in tokens.ARTICLES or (
                doc[j - 1].pos_ == "NOUN" and not tokens.is_title(doc[j - 1]))):
            j -= 1
        if doc[j - 1].lower_ not in {"de", "del", "a", "al"} or j - 1 <= start:
            continue
        stop = grow.name_end(doc, ent.start, limit)
        if stop < limit and not (doc[stop].is_punct or doc[stop].lower_ in {"que", "quien", "y", "e"}):
            return []
        return [grow.trim_name(doc, ent.start, stop)]
    return []


@ROLE.register("slot")
def role_slot(ex: Any, doc: Doc, candidate: Any, designee: Span) -> Span | None:
    pattern, slots = candidate.pattern, candidate.slots
    start, _ = slots["role"]
    limit = None
    if "designee" in slots and slots["designee"][0] > start:
        limit = slots["designee"][0]
        while limit > start + 1 and doc[limit - 1].lower_ in {"a", "al"}:
            limit -= 1
    elif candidate.trigger.i > start:
        limit = candidate.trigger.i
    elif len(designee) and designee.start > start + 1:
        limit = designee.start  # "el recién electo presidente Herbert Hoover": the role ends at the name
        j = limit
        while j > start + 1 and (doc[j - 1].lower_ in tokens.ARTICLES or doc[j - 1].is_punct or (
                doc[j - 1].pos_ == "NOUN" and not tokens.is_title(doc[j - 1]))):
            j -= 1
        if j > start + 1 and doc[j - 1].lower_ in {"de", "del", "a", "al"}:
            limit = j - 1  # "la designación como Z al abogado X": the role ends before "al abogado X"
        while limit > start + 1 and doc[limit - 1].is_punct:
            limit -= 1
    role = roles.role_span(doc, start, ex.role_stops, limit, ex.time_words)
    if pattern.designee == "listed":
        # "a los quince primeros cardenales, entre ellos ...": the count is not the role.
        first = role.start
        while first < role.end - 1 and (role.doc[first].like_num or role.doc[first].lower_ in tokens.ARTICLES):
            first += 1
        role = role.doc[first:role.end]
    return role


@ROLE.register("after-designee")
def role_after_designee(ex: Any, doc: Doc, candidate: Any, designee: Span) -> Span | None:
    start = designee.end
    if start < len(doc) and (doc[start].lower_ in {"y", "e"} or doc[start].text == ","):
        # "nombra a A y B cónsules gobernadores": the role follows the last of the coordinated names
        group = coordinated(ex, doc, designee.start, grow.clause_end(doc, designee.start))
        if len(group) > 1 and group[0].start == designee.start:
            start = group[-1].end
    if start >= grow.clause_end(doc, designee.start):
        return None
    token = doc[start]
    if tokens.is_title(token) or not token.text[0].isalpha() or token.pos_ not in {"NOUN", "ADJ", "VERB", "PROPN"}:
        return None  # "declaró a Telemundo el abogado ...": an article starts the subject, not a role
    return roles.role_span(doc, start, ex.role_stops, time_words=ex.time_words)


@ROLE.register("new-apposition")
def role_new_apposition(ex: Any, doc: Doc, candidate: Any, designee: Span) -> Span | None:
    # "Entre los designados figura Y, nueva subprefecta de ...": only an apposition that
    # opens with "nuevo"/"flamante" names the post; "Y, exministro" describes Y.
    start = designee.end
    if start + 2 < len(doc) and doc[start].text == "," and doc[start + 1].lower_ in tokens.ROLE_OPENERS:
        return roles.role_span(doc, start + 1, ex.role_stops, time_words=ex.time_words)
    return None


@ROLE.register("after-trigger")
def role_after_trigger(ex: Any, doc: Doc, candidate: Any, designee: Span) -> Span | None:
    return roles.role_after_trigger(doc, candidate.trigger, ex.role_stops, ex.time_words, offices=ex.offices)


@ROLE.register("after-trigger-or-renewed")
def role_after_trigger_or_renewed(ex: Any, doc: Doc, candidate: Any, designee: Span) -> Span | None:
    """"fue elegido alcalde de Miami en 2017 y reelegido en 2021": a participle of renewal
    (words.toml, renewal_stems) with no role of its own renews the role of the participle it is
    joined to."""
    trigger = candidate.trigger
    role = roles.role_after_trigger(doc, trigger, ex.role_stops, ex.time_words, offices=ex.offices)
    if role is None and trigger.lower_.startswith(tuple(WORDS["renewal_stems"])) and trigger.dep_ == "conj" and (
            trigger.head.i < trigger.i):
        role = roles.role_after_trigger(doc, trigger.head, ex.role_stops, ex.time_words, offices=ex.offices)
        if role is not None and role.end > trigger.i:
            return None
    return role


@DESIGNATOR.register("none")
def designator_none(ex: Any, doc: Doc, candidate: Any, designee: Span, role: Span, passive: bool) -> Span | None:
    return None


@DESIGNATOR.register("designee")
def designator_designee(ex: Any, doc: Doc, candidate: Any, designee: Span, role: Span, passive: bool) -> Span | None:
    return designee


@DESIGNATOR.register("slot")
def designator_slot(ex: Any, doc: Doc, candidate: Any, designee: Span, role: Span, passive: bool) -> Span | None:
    start, _ = candidate.slots["designator"]
    return grow.designee_span(doc, start)


@DESIGNATOR.register("subject")
def designator_subject(ex: Any, doc: Doc, candidate: Any, designee: Span, role: Span, passive: bool) -> Span | None:
    i = candidate.trigger.i
    while i >= 2 and (doc[i - 1].lemma_.lower() == "haber" or doc[i - 1].pos_ == "ADV"):
        i -= 1  # "se ha designado como directores ... a periodistas": the "se" of a perfect
    if i >= 1 and doc[i - 1].lower_ == "se" or i >= 2 and doc[i - 2].lower_ == "se" and doc[i - 1].lower_ in {"le", "les"}:
        # "y se elige presidente a X": a "se" passive, whatever the parse says; its agent, if
        # any, is a "por" phrase ("se le otorgó el asilo por parte del gobierno de X").
        return designator_agent(ex, doc, candidate, designee, role, passive)
    if bare_plural(candidate.trigger):
        # "nombran a X como Z", "lo designaron ...": a third-person plural with no subject of
        # its own is impersonal; the speaker of a quote or a noun of another clause is not
        # its agent. Only a relative antecedent or a coordinated verb's subject is.
        relative = reference.relative_subject(candidate.trigger)
        if relative is not None:
            return relative
        head = candidate.trigger.head
        if candidate.trigger.dep_ == "conj" and head != candidate.trigger and (
                head.morph.get("Number") == ["Plur"] and tokens.is_finite_verb(head)):
            return subjects.subject_span(head, passive=False, fallback=False)
        return None
    subject = subjects.subject_span(candidate.trigger, passive=False)
    if subject is not None:
        # "el oficio presentado por X para designarla": the act's author, not the document.
        subject = subjects.author_of_document(subject, ex.agent_stops) or subject
    return (reference.relative_subject(candidate.trigger)
            or subject
            or subjects.name_before_verb(candidate.trigger)
            or subjects.shared_subject(candidate.trigger))


@DESIGNATOR.register("agent")
def designator_agent(ex: Any, doc: Doc, candidate: Any, designee: Span, role: Span, passive: bool) -> Span | None:
    """The "por X" agent after the trigger (the designee and role passed over)."""
    inside = set(range(designee.start, designee.end)) | set(range(role.start, role.end))
    agent = roles.agent_span(doc, candidate.trigger.i + 1, ex.agent_stops, skip=inside)
    return None if not_elector(agent, role, candidate.entry.lemma) else agent


def not_elector(agent: Span | None, role: Span, lemma: str) -> bool:
    """The "por X" of an election that names the constituency or the list, not who elected."""
    if agent is None or lemma != "elegir" or not len(role):
        return False
    doc = agent.doc
    if (agent.root.ent_type_ in {"LOC", "GPE"} or agent.root.lower_ in WORDS["seat_nouns"]) and (
            role[0].lower_ in _DISTRICT_OFFICES) or (role[0].lower_ in _POPULAR_OFFICES and agent.root.pos_ == "PROPN"):
        # "elegido congresista por Cajamarca", "... por el Callao" (which the model may read
        # as an organisation), "electo diputado por el distrito 30": the constituency, not the agent.
        return True
    # "elegida por el partido Perú Libre": the list she ran for
    return any(t.lower_ in WORDS["party_nouns"] for t in doc[max(0, agent.start - 2):agent.start + 2])


@DESIGNATOR.register("agent-or-governor")
def designator_agent_or_governor(ex: Any, doc: Doc, candidate: Any, designee: Span, role: Span,
                                 passive: bool) -> Span | None:
    """The "por X" agent, else the subject of the verb that governs a noun trigger."""
    return designator_agent(ex, doc, candidate, designee, role, passive) or governor_subject(ex, candidate.trigger)


def designator_of(ex: Any, doc: Doc, candidate: Any, designee: Span, role: Span, passive: bool) -> Span | None:
    """The designator by the pattern's strategy."""
    return DESIGNATOR[candidate.pattern.designator](ex, doc, candidate, designee, role, passive)


def designees_of(ex: Any, doc: Doc, candidate: Any, passive: bool) -> list[Span | None]:
    """The designees by the pattern's strategy (before the checks every strategy shares)."""
    return DESIGNEE[candidate.pattern.designee](ex, doc, candidate, passive)


def role_of(ex: Any, doc: Doc, candidate: Any, designee: Span) -> Span | None:
    """The role by the pattern's strategy."""
    return ROLE[candidate.pattern.role](ex, doc, candidate, designee)


def governor_subject(ex: Any, trigger: Token) -> Span | None:
    """"el Gobierno oficializó la designación de ...": the subject of the verb that performs it."""
    # Up through coordinations and complements to the verb: "aprobaron la destitución
    # del mandatario y la designación de ...".
    for _ in range(3):
        if trigger.dep_ not in {"conj", "nmod"} or trigger.head == trigger or trigger.head.pos_ in {"VERB", "AUX"}:
            break
        trigger = trigger.head
    head = trigger.head
    if trigger.dep_ not in {"obj", "nsubj:pass", "conj", "nmod"} or head == trigger or head.pos_ not in {"VERB", "AUX"}:
        return None
    if head.lemma_.lower() not in ex.governor_verbs:
        return None
    return subjects.subject_span(head, passive=False)


def bare_plural(trigger: Token) -> bool:
    """A finite third-person plural verb without a nominal subject of its own."""
    morph = trigger.morph
    if morph.get("Number") != ["Plur"] or morph.get("Person") not in ([], ["3"]) or not tokens.is_finite_verb(trigger):
        return False
    return not any(c.dep_ in {"nsubj", "nsubj:pass"} for c in trigger.children)
