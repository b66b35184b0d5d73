"""Rule-based designation extraction over a parsed `Doc`.

`Extractor(...)(doc)` yields `Designation`s in order of appearance. The rules
are data (configs/triggers.toml, configs/patterns.json); this module only
knows how to grow anchors into phrases and how to read status.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from pipeline.config import Config
from pipeline.errors import ConfigError
from pipeline.extract import tokens
from pipeline.extract import grow
from pipeline.extract import roles
from pipeline.extract import reference
from pipeline.extract import subjects
from pipeline.extract.frames import Frame, FrameReader
from pipeline.extract.lexicon import Lexicon, TriggerEntry, load_lexicon
from pipeline.extract.normalize import Normalizer, load_normalizer
from pipeline.extract.patterns import Pattern, build_matcher, load_patterns
from pipeline.extract.status import classify_status
from pipeline.extract.words import WORDS


FRAME_ORDERS = ("first", "fallback", "off")

_DISTRICT_OFFICES = WORDS["district_offices"]
_POPULAR_OFFICES = WORDS["popular_offices"]


@dataclass(frozen=True)
class Designation:
    """One designation: X (designator) designates Y (designee) as Z (role)."""

    trigger: Token
    designee: Span
    role: Span
    designator: Span | None
    status: str
    voice: str
    pattern: str
    lemma: str

    @property
    def sentence(self) -> Span:
        start, end = tokens.sentence_bounds(self.trigger)
        return self.trigger.doc[start:end]


@dataclass(frozen=True)
class Attempt:
    """What one pattern match of a trigger became: rows, or the reason it gave none."""

    trigger: Token
    pattern: str
    rows: int
    reason: str


@dataclass
class _Candidate:
    pattern: Pattern
    entry: TriggerEntry
    trigger: Token
    slots: dict[str, tuple[int, int]]
    start: int


class Extractor:
    """Finds designations with the lexicon and patterns of a configuration."""

    def __init__(self, lexicon: Lexicon, patterns: list[Pattern], normalizer: Normalizer,
                 vocab: Vocab, *, frames: str = "first") -> None:
        if frames not in FRAME_ORDERS:
            raise ConfigError(f"extract.frames must be one of {', '.join(FRAME_ORDERS)}, not {frames!r}.")
        self.frame_order = frames
        self.lexicon = lexicon
        self.patterns = patterns
        self.by_id = {p.id: p for p in patterns}
        self.order = {p.id: i for i, p in enumerate(patterns)}
        self.normalize = normalizer
        self.vocab = vocab
        self.matcher = build_matcher(patterns, vocab)
        self.role_stops = lexicon.words("role_stop_words")
        self.agent_stops = lexicon.words("agent_stop_words")
        self.time_words = lexicon.words("time_words")
        self.non_roles = lexicon.words("non_role_words")
        self.governor_verbs = lexicon.words("nominal_designator_verbs")
        self.offices = lexicon.words("office_words")
        self.frames = FrameReader(lexicon)

    @classmethod
    def from_config(cls, config: Config, vocab: Vocab) -> Extractor:
        return cls(
            load_lexicon(config.data_path("extract.triggers")),
            load_patterns(config.data_path("extract.patterns"), vocab),
            load_normalizer(config.data_path("extract.aliases")),
            vocab,
            frames=config.get("extract.frames"),
        )

    # -- triggers -------------------------------------------------------------

    def mark_triggers(self, doc: Doc) -> list[tuple[Token, TriggerEntry]]:
        """Set `token._.designa_trigger` on every trigger word; return them."""
        found = []
        for token in doc:
            entry = self.lexicon.lookup(token.text) if token.text.isalpha() else None
            if entry is not None and self.lexicon.is_title_use(token, entry):
                entry = None  # "el presidente electo de Paraguay": a title, not a designation
            token._.designa_trigger = entry.kind if entry else ""
            if entry:
                found.append((token, entry))
        return found

    # -- extraction -----------------------------------------------------------

    def candidates(self, doc: Doc, triggers: list[tuple[Token, TriggerEntry]] | None = None) -> list[_Candidate]:
        """Every pattern match, with its slots, before choosing among them.

        Only the sentences that hold a trigger are matched: most sentences of
        a news archive have none, and matching is the costly step.
        """
        entries = dict((t.i, e) for t, e in (self.mark_triggers(doc) if triggers is None else triggers))
        if not entries:
            return []
        sentences = sorted({tokens.sentence_bounds(doc[i]) for i in entries})
        found: list[_Candidate] = []
        for sent_start, sent_end in sentences:
            span = doc[sent_start:sent_end]
            for match_id, start, end, alignment in self.matcher(span, with_alignments=True):
                pattern = self.by_id[self.vocab.strings[match_id]]
                if pattern.max_length is not None and end - start > pattern.max_length:
                    continue
                start, end = start + sent_start, end + sent_start
                slots: dict[str, list[int]] = {}
                for offset, element in enumerate(alignment):
                    slot = pattern.slots[element]
                    if slot:
                        slots.setdefault(slot, []).append(start + offset)
                trigger_i = slots["trigger"][0]
                entry = entries.get(trigger_i)
                if entry is None or not self._allowed(pattern, entry):
                    continue
                if pattern.voice == "active" and tokens.after_ser(doc[trigger_i]):
                    continue  # "habían sido declarados como ...": a passive, read by the passive patterns
                if entry.other_sense_after and tokens.word_before(doc[trigger_i]) in entry.other_sense_after and (
                        trigger_i + 1 < len(doc) and doc[trigger_i + 1].lower_ == "como"):
                    continue  # "era nombrada como la duquesa": "was called", not a designation
                if entry.needs == "como" and not any(t.lower_ == "como" for t in doc[start:end]):
                    continue  # "así lo reconoció X": "reconocer" designates only "como" Z
                found.append(_Candidate(pattern, entry, doc[trigger_i],
                                        {k: (v[0], v[-1] + 1) for k, v in slots.items()}, start))
        return found

    @staticmethod
    def _allowed(pattern: Pattern, entry: TriggerEntry) -> bool:
        if entry.needs == "object-role":
            return pattern.needs == "object-role"
        if pattern.needs == "object-role":
            return False
        if entry.needs == "como":
            return pattern.has_como
        return True

    def __call__(self, doc: Doc) -> Iterator[Designation]:
        yield from self._run(doc, None)

    def trace(self, doc: Doc) -> tuple[list[Designation], list[Attempt]]:
        """The designations and, for every pattern match, what became of it (for `explain`)."""
        attempts: list[Attempt] = []
        found = list(self._run(doc, attempts))
        return found, attempts

    def _run(self, doc: Doc, attempts: list[Attempt] | None) -> Iterator[Designation]:
        chosen: dict[tuple[int, int], Designation] = {}
        triggers = self.mark_triggers(doc)
        taken_triggers: dict[int, str] = {}

        def keep(rows: list[Designation]) -> None:
            for designation in rows:
                agent = designation.designator
                key = (designation.trigger.i, designation.designee.start, agent.start if agent is not None else -1)
                chosen.setdefault(key, designation)

        def frames() -> None:
            for trigger, entry in triggers:
                if trigger.i in taken_triggers:
                    continue
                why: list[str] = []
                rows = list(self._from_frame(trigger, entry, why))
                if attempts is not None:
                    attempts.append(Attempt(trigger, "frame", len(rows), "fired" if rows else "; ".join(why) or "no row"))
                keep(rows)
                if rows:
                    taken_triggers[trigger.i] = "frame"

        if self.frame_order == "first":
            frames()
        ranked = sorted(self.candidates(doc, triggers), key=lambda c: self.order[c.pattern.id])
        for candidate in ranked:
            # One construction per trigger: the first pattern that yields rows wins.
            winner = taken_triggers.get(candidate.trigger.i, candidate.pattern.id)
            if winner != candidate.pattern.id:
                if attempts is not None:
                    attempts.append(Attempt(candidate.trigger, candidate.pattern.id, 0,
                                            f"not used: pattern {winner} already gave rows for this trigger"))
                continue
            why: list[str] = []
            rows = list(self._realise(doc, candidate, why))
            if attempts is not None:
                attempts.append(Attempt(candidate.trigger, candidate.pattern.id, len(rows),
                                        "fired" if rows else "; ".join(why) or "no row"))
            keep(rows)
            if rows:
                taken_triggers[candidate.trigger.i] = candidate.pattern.id
        if self.frame_order == "fallback":
            frames()
        yield from sorted(chosen.values(), key=lambda d: (d.trigger.i, d.designee.start))

    def _realise(self, doc: Doc, candidate: _Candidate, why: list[str] | None = None) -> Iterator[Designation]:
        why = [] if why is None else why
        pattern, trigger = candidate.pattern, candidate.trigger
        passive = pattern.voice in {"passive", "participle"}
        if trigger.pos_ == "NOUN" and _sought(trigger):
            why.append("a candidacy for the post ('la candidatura a la reelección'), not a designation")
            return
        designees = self._designees(doc, candidate, passive)
        if not designees:
            why.append(f"no designee (from {pattern.designee}: none found, or it names no one)")
            return
        pairs: list[tuple[Span, Span]] = []
        for designee in designees:
            role = _before_inner_agent(self._role(doc, candidate, designee))
            if role is None:
                why.append(f"designee '{designee.text}': no role found (from {pattern.role})")
                continue
            if not self._role_ok(role, candidate.entry):
                why.append(f"designee '{designee.text}': role '{role.text}' is not a noun-phrase role")
                continue
            if role.start <= designee.start < role.end or designee.start <= role.start < designee.end:
                why.append(f"designee '{designee.text}' and role '{role.text}' overlap")
                continue
            if pattern.role == "slot" and not tokens.is_title(designee[0]) and role.start >= 2 and (
                    doc[role.start - 1].lower_ in tokens.ARTICLES and doc[role.start - 2].lower_ == "como"):
                # "designar a las autoridades como el contralor, el fiscal ...": examples.
                why.append(f"'como {doc[role.start - 1].text} ...' after a common noun lists examples")
                continue
            pairs.append((designee, role))
        if not pairs:
            return
        pairs = self._respectively(doc, pairs)
        if pattern.designee == "slot" and pattern.role == "slot":
            last_designee, last_role = pairs[-1]
            pairs.extend(self._continuations(doc, last_role, max(last_role.end, last_designee.end)))
        designator = None
        status = classify_status(trigger, self.lexicon)
        for designee, role in pairs:
            designator = self._designator(doc, candidate, designee, role, passive)
            if designator is not None and (
                designator.start < designee.end and designee.start < designator.end
            ) and pattern.designator != "designee":
                designator = None
            if designator is not None and (designator.start < role.end and role.start < designator.end):
                designator = None
            designator = _without_trigger(designator, trigger)
            designators: list[Span | None] = [designator]
            if designator is not None and pattern.designator in {"agent", "agent-or-governor"}:
                # "por A y el entonces ministro B": one row per agent, as for coordinated designees.
                designators.extend(roles.coordinated_agents(doc, designator)
                                   or subjects.coordinated_subjects(designator))
            elif designator is not None and pattern.designator == "subject":
                designators.extend(subjects.coordinated_subjects(designator))
            for agent in designators:
                yield Designation(
                    trigger=trigger,
                    designee=designee,
                    role=role,
                    designator=agent,
                    status=status,
                    voice=pattern.voice,
                    pattern=pattern.id,
                    lemma=candidate.entry.lemma,
                )

    def _from_frame(self, trigger: Token, entry: TriggerEntry, why: list[str]) -> Iterator[Designation]:
        """Designations from the trigger's argument frame, checked like a pattern's."""
        doc = trigger.doc
        if trigger.pos_ == "NOUN" and _sought(trigger):
            why.append("a candidacy for the post, not a designation")
            return
        if entry.other_sense_after and tokens.word_before(trigger) in entry.other_sense_after:
            why.append(f"'{tokens.word_before(trigger)} {trigger.text}' has another sense ('was called')")
            return
        before = doc[trigger.i - 1] if trigger.i >= 1 else None
        if self.frames.is_participle(trigger) and trigger.head.i == trigger.i + 1 and trigger.head.pos_ in {
                "NOUN", "PROPN"} and before is not None and (before.pos_ == "DET" or before.pos_ == "ADV" and (
                trigger.i >= 2 and doc[trigger.i - 2].pos_ == "DET")):
            why.append("a participle before its noun ('un reconocido activista') is an adjective, not an event")
            return
        for frame in self.frames.read(trigger, entry, why):
            yield from self._frame_rows(frame, entry, why)

    def _frame_rows(self, frame: Frame, entry: TriggerEntry, why: list[str]) -> Iterator[Designation]:
        trigger = frame.trigger
        doc = trigger.doc
        role = _before_inner_agent(frame.role)
        if role is not None and entry.needs == "como" and not (role.start >= 1 and doc[role.start - 1].lower_ == "como"):
            why.append(f"'{entry.lemma}' designates only with 'como' Z")
            return
        if role is not None and not any(t.pos_ in {"NOUN", "PROPN"} or t.lower_ in self.offices for t in role):
            why.append(f"frame {frame.how}: role '{role.text}' holds no noun")
            return
        if role is None or not self._role_ok(role, entry):
            why.append(f"frame {frame.how}: role '{role.text if role is not None else ''}' is not a noun-phrase role")
            return
        status = classify_status(trigger, self.lexicon)
        if not frame.designees:
            why.append(f"frame {frame.how}: the designee's phrase names no one")
        for designee in frame.designees:
            if designee.start < role.end and role.start < designee.end or not designee.text.strip():
                why.append(f"frame {frame.how}: designee '{designee.text}' and role '{role.text}' overlap")
                continue
            if not any(t.pos_ in {"PROPN", "NOUN", "ADJ", "VERB", "X"} or tokens.is_name_part(t) for t in designee):
                why.append(f"frame {frame.how}: designee '{designee.text}' names no one")
                continue
            if not tokens.is_title(designee[0]) and role.start >= 2 and (
                    doc[role.start - 1].lower_ in tokens.ARTICLES and doc[role.start - 2].lower_ == "como"):
                why.append(f"'como {doc[role.start - 1].text} ...' after a common noun lists examples")
                continue
            designator = frame.designator
            if designator is not None and (designator.start < designee.end and designee.start < designator.end
                                           or designator.start < role.end and role.start < designator.end):
                designator = None
            designator = _without_trigger(designator, trigger)
            others = subjects.coordinated_subjects(designator) if designator is not None else []
            for agent in [designator, *others]:
                yield Designation(trigger=trigger, designee=designee, role=role, designator=agent,
                                  status=status, voice=frame.voice, pattern=f"frame-{frame.how}", lemma=entry.lemma)

    def _designees(self, doc: Doc, candidate: _Candidate, passive: bool) -> list[Span]:
        pattern, slots = candidate.pattern, candidate.slots
        found: list[Span | None] = []
        if pattern.designee == "slot":
            start, end = slots["designee"]
            role_start = slots.get("role", (None,))[0]
            if role_start is not None and role_start > start:
                # Region between the designee's start and "como": may coordinate names.
                limit = role_start
                while limit > start + 1 and (doc[limit - 1].lower_ in {"como", "el", "al", "en", "cargo",
                                                                        "de", "frente"} or doc[limit - 1].is_quote):
                    limit -= 1
                found = self._coordinated(doc, start, limit)
                gap_start = found[-1].end if found else start
                if gap_start <= start:  # an anaphor ("a ese país") whose place was named before
                    gap_start = grow.noun_phrase_end(doc, start, limit)
                if found and not self._apposition_gap(doc, gap_start, limit):
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
                found = self._coordinated(doc, start, limit)
        elif pattern.designee == "before-participle":
            found = [grow.noun_phrase_before(candidate.trigger)]
        elif pattern.designee == "listed":
            found = grow.listed_names(doc, slots["designee"][0], grow.clause_end(doc, slots["designee"][0]))
        elif pattern.designee == "subject":
            both = subjects.both_before_auxiliary(candidate.trigger)
            if both is not None:
                return both  # "ambos fueron designados": the two persons named before
            postposed = self._postposed_subject(doc, candidate) if passive else None
            if postposed is not None:
                return [postposed]
            subject = subjects.passive_designee(candidate.trigger, candidate.start)
            if subject is None:
                subject = subjects.subject_span(candidate.trigger, passive=True, fallback=False)
                if subject is not None and subject.start > candidate.trigger.i and any(
                        t.text in {",", ";", ":"} or t.lower_ in {"que", "quien", "quienes", "cuando", "donde"}
                        for t in doc[candidate.trigger.i + 1:subject.start]):
                    # "Fue elegido senador en 1994, el año en que las autoridades ...": the subject of
                    # another clause, which the parse attached to the trigger.
                    subject = None
            if subject is None and passive:
                subject = subjects.main_clause_person(candidate.trigger)
            found = subjects.coordinated_before(subject) if subject is not None else []
        elif pattern.designee == "coordinated-passive":
            # "fue reelegido diputado ..., y nombrado ministro por X": only when the parse joins the
            # participle to an earlier passive participle, whose subject it shares.
            head = candidate.trigger.head
            if candidate.trigger.dep_ == "conj" and head.i < candidate.trigger.i and self.lexicon.lookup(head.text) \
                    and "Part" in head.morph.get("VerbForm") and head.i >= 2 and (
                        self.frames.is_ser(doc[head.i - 1]) or self.frames.is_ser(doc[head.i - 2]) and doc[head.i - 1].pos_ == "ADV"):
                subject = subjects.passive_designee(head)
                if subject is None:
                    subject = subjects.subject_span(head, passive=True, fallback=False)
                    if subject is not None and subject.start > head.i:
                        subject = None
                found = subjects.coordinated_before(subject) if subject is not None else []
        elif pattern.designee == "antecedent":
            found = [reference.antecedent_span(doc, candidate.start)]
        elif pattern.designee == "clitic":
            designator = self._designator(doc, candidate, doc[0:0], doc[0:0], passive)
            found = [reference.clitic_antecedent(candidate.trigger, designator)
                     or subjects.clitic_subject(candidate.trigger, designator)]
        elif pattern.designee == "after-role":
            start, _ = slots["role"]
            role = roles.role_span(doc, start, self.role_stops)
            found = list(grow.names_after(doc, role.end, role_head=role.start))
        # "en 2019, que se proclamó ...": a date or number names no one.
        spans = [s for s in found if s is not None and len(s) and any(c.isalpha() for c in s.text)]
        # "el exesposo de la empresaria X": the head noun phrase, not the name in its complement.
        # (Not across the trigger, nor before a designee slot: "a ese país" may stand for a name before.)
        if pattern.designee == "slot":
            stop = slots["designee"][0] - 1
            spans = [grow.head_of_complement(s, stop) if s.start > stop else s for s in spans]
        else:
            stop = candidate.trigger.i if candidate.trigger.i < min((s.start for s in spans), default=0) else -1
            spans = [grow.head_of_complement(s, stop) for s in spans]
        if pattern.named_designee:
            spans = [s for s in spans if tokens.is_title(s[0])]
        if pattern.role == "after-designee":
            # Two noun phrases in a row ("a X Z"): the first must be a name or "the + noun"
            # ("declaró a la marinera patrimonio ..."), else where X ends is a guess.
            spans = [s for s in spans if tokens.is_title(s[0]) or grow.definite_noun_before_role(s)]
        return spans

    def _postposed_subject(self, doc: Doc, candidate: _Candidate) -> Span | None:
        """"es designado presidente interino Federico Chávez": a person named right after the role."""
        if candidate.pattern.role != "after-trigger":
            return None
        role = roles.role_after_trigger(doc, candidate.trigger, self.role_stops, self.time_words)
        if role is None or role.end >= len(doc):
            return None
        first = doc[role.end]
        if first.ent_iob_ != "B" or first.ent_type_ not in {"PER", "PERSON"}:
            return None
        name = grow.designee_span(doc, role.end)
        if name is None or not (name.end >= len(doc) or doc[name.end].is_punct):
            return None
        return name

    @staticmethod
    def _apposition_gap(doc: Doc, end: int, limit: int) -> bool:
        """Between a designee and its "como": nothing, a few words, or an inserted phrase in commas."""
        gap = [t for t in doc[end:limit]]
        if any(t.lower_ in tokens.CLAUSE_BREAKS or t.lower_ == "se" or tokens.is_conjugated(t) for t in gap):
            return False  # "el nombramiento del ministro se incluirá como anexo": another clause
        if gap and gap[0].text != "," and any(t.lower_ in {"su", "sus"} for t in gap):
            return False  # "el nombramiento de X por su trabajo previo como Z": "como" belongs to "trabajo"
        return len(gap) <= 6 or gap[0].text == ","

    def _coordinated(self, doc: Doc, start: int, limit: int) -> list[Span]:
        """Designees coordinated in a region: "a Chile y Perú", "a A, y a B", "de A, ..., y de B"."""
        first = grow.designee_span(doc, start, limit)
        if first is None or (first[0].lower_ in self.time_words and not tokens.is_title(first[0])):
            # "a principios del siglo": a date, not a designee (but "Julio Mendoza" is a name).
            return []
        spans = [first]
        i = first.end
        while i < limit:
            token = doc[i]
            # "A y B", "A, y B", "A, exministro, y de B": the conjunction follows the last designee,
            # not a word inside an apposition ("del Ministerio de Desarrollo e Inclusión").
            adjacent = i == spans[-1].end or doc[i - 1].text == ","
            if token.text == "," and i == spans[-1].end and i + 1 < limit and tokens.is_name_part(doc[i + 1]):
                # "a Ana Gil, Luis Paz y Rosa Díaz": a list of names (an apposition starts lower-case)
                span = grow.designee_span(doc, i + 1, limit)
                if span is not None and span.end < limit and (doc[span.end].text == "," or doc[span.end].lower_ in {"y", "e"}):
                    spans.append(span)
                    i = span.end
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
                        i = span.end
                        continue
            elif token.is_punct and token.text not in {",", "“", "”", '"'} or token.lower_ in tokens.CLAUSE_BREAKS:
                break
            i += 1
        return spans

    def _respectively(self, doc: Doc, pairs: list[tuple[Span, Span]]) -> list[tuple[Span, Span]]:
        """"A y B como embajadores en Guatemala y Noruega, respectivamente": the k-th designee
        gets the role up to its own item (text stays a copy of the sentence)."""
        role = pairs[0][1]
        if len(pairs) < 2 or any(r != role for _, r in pairs):
            return pairs
        after = role.end + (1 if role.end < len(doc) and doc[role.end].text == "," else 0)
        if after >= len(doc) or doc[after].lower_ != "respectivamente":
            return pairs
        ends = [t.i for t in role if t.lower_ in {"y", "e"} or t.text == ","] + [role.end]
        if len(ends) < len(pairs):
            return pairs
        return [(designee, doc[role.start:ends[k]] if k < len(pairs) - 1 else role)
                for k, (designee, _) in enumerate(pairs)]

    def _continuations(self, doc: Doc, role: Span, after: int) -> list[tuple[Span, Span]]:
        """"nombró a A como ministra de Salud y a B como ministro de Trabajo": one more row per
        "y a B (como) Z" ("y a B y C como Z": one per name); "y a B en Argentina" keeps the first role."""
        found: list[tuple[Span, Span]] = []
        i = after
        limit = grow.clause_end(doc, role.start)
        for _ in range(4):
            if i < limit and doc[i].text == ",":
                i += 1
            if not (i + 1 < limit and doc[i].lower_ in {"y", "e"} and doc[i + 1].lower_ in {"a", "al"}):
                break
            designee = grow.designee_span(doc, i + 1, limit)
            if designee is None or not tokens.is_title(designee[0]):
                break
            como = next((t.i for t in doc[designee.end:limit] if t.lower_ == "como"), None)
            group = self._coordinated(doc, i + 1, como) if como is not None else []
            if como is not None and group and group[-1].end == como:
                own = roles.role_span(doc, como + 1, self.role_stops, limit, self.time_words)
                if not self._role_ok(own, None):
                    break
                found.extend((member, own) for member in group)
                i = own.end
                continue
            k = designee.end
            if k < limit and doc[k].lower_ == "como":
                own = roles.role_span(doc, k + 1, self.role_stops, limit, self.time_words)
                if not self._role_ok(own, None):
                    break
                found.append((designee, own))
                i = own.end
            elif k >= limit or doc[k].is_punct or doc[k].lower_ in tokens.PREPOSITIONS:
                # "como cónsul general en Colombia, y a B en Argentina": B's own "en" phrase
                # replaces the first role's, so B keeps "cónsul general".
                shared = role
                if k < limit and doc[k].lower_ in tokens.PREPOSITIONS:
                    cut = next((t.i for t in role if t.i > role.start and t.lower_ == doc[k].lower_), None)
                    if cut is not None:
                        shared = doc[role.start:cut]
                found.append((designee, shared))
                i = k
                while i < limit and not doc[i].is_punct and doc[i].lower_ not in {"y", "e"}:
                    i += 1
            else:
                break
        return found

    def _role(self, doc: Doc, candidate: _Candidate, designee: Span) -> Span | None:
        pattern, slots = candidate.pattern, candidate.slots
        if pattern.role == "slot":
            start, _ = slots["role"]
            limit = None
            if "designee" in slots and slots["designee"][0] > start:
                limit = slots["designee"][0]
                while limit > start + 1 and doc[limit - 1].lower_ in {"a", "al"}:
                    limit -= 1
            elif candidate.trigger.i > start:
                limit = candidate.trigger.i
            role = roles.role_span(doc, start, self.role_stops, limit, self.time_words)
            if pattern.designee == "listed":
                # "a los quince primeros cardenales, entre ellos ...": the count is not the role.
                first = role.start
                while first < role.end - 1 and (role.doc[first].like_num or role.doc[first].lower_ in tokens.ARTICLES):
                    first += 1
                role = role.doc[first:role.end]
            return role
        if pattern.role == "after-designee":
            start = designee.end
            if start >= grow.clause_end(doc, designee.start):
                return None
            token = doc[start]
            if tokens.is_title(token) or not token.text[0].isalpha() or token.pos_ not in {"NOUN", "ADJ", "VERB", "PROPN"}:
                return None  # "declaró a Telemundo el abogado ...": an article starts the subject, not a role
            return roles.role_span(doc, start, self.role_stops, time_words=self.time_words)
        if pattern.role == "new-apposition":
            # "Entre los designados figura Y, nueva subprefecta de ...": only an apposition that
            # opens with "nuevo"/"flamante" names the post; "Y, exministro" describes Y.
            start = designee.end
            if start + 2 < len(doc) and doc[start].text == "," and doc[start + 1].lower_ in tokens.ROLE_OPENERS:
                return roles.role_span(doc, start + 1, self.role_stops, time_words=self.time_words)
            return None
        if pattern.role == "after-trigger":
            return roles.role_after_trigger(doc, candidate.trigger, self.role_stops, self.time_words)
        return None

    def _role_ok(self, role: Span, entry: TriggerEntry | None) -> bool:
        words = [t for t in role if not t.is_punct]
        if not words:
            return False
        if len(words) >= 4 and words[0].lower_ in WORDS["partitives"] and words[1].lower_ == "de" and (
                words[2].lower_ in tokens.ARTICLES):
            words = words[3:]  # "uno de los voceros de X": the role is read from its noun
        head = words[0]
        if head.lower_ in tokens.NON_REFERRING and head.lower_ not in tokens.GENERIC_DETERMINERS:
            return False  # "como todos los jueces": a comparison, not a role
        if head.ent_type_ in {"LOC", "GPE"} and head.lower_ not in self.offices:
            return False  # "en regiones como Arequipa, Cusco": places, not a role (RELATION.md)
        if entry is not None and entry.role_heads and head.lower_ not in entry.role_heads and not any(
            t.lower_ in entry.role_heads for t in words[:3]
        ):
            return False
        if head.lower_ in self.non_roles or head.lower_ in self.time_words or head.like_num and (
                head.pos_ == "NUM" or not head.is_alpha):  # a count or date; "segundo vicepresidente" is a role
            return False
        noun = next((t for t in words[:4] if t.pos_ in {"NOUN", "PROPN"}), None)
        if noun is not None and noun.lower_.startswith(_CANDIDACY_ROLES) and all(
                t.pos_ in {"DET", "ADJ"} for t in words[:words.index(noun)]):
            return False  # "su compañero de fórmula", "nuevo candidato": the noun after determiners decides
        if head.ent_type_ in {"PER", "PERSON"} and head.lower_ not in self.offices:
            return False  # a person's name is not a role ("como Cleopatra"; but "como Inspector General")
        if tokens.is_conjugated(head) and not tokens.is_title(head):
            return False  # "tal y como indicó ...": a clause, not a role.
        if head.pos_ in {"VERB", "AUX"} and "Inf" in head.morph.get("VerbForm"):
            return False  # "eligen ir a ...": a choice of action, not a role
        start = role.start
        if start >= 1 and role.doc[start - 1].is_quote and tokens.is_title(head):
            return False  # "nombrar al cielo peruano como “Cielo del Capitán ...”": a name given, not a role.
        como = start - 1
        while como >= 0 and (role.doc[como].lower_ in tokens.LEADING_DROP - {"como"} or role.doc[como].is_quote):
            como -= 1
        if como >= 1 and role.doc[como].lower_ == "como" and (
                role.doc[como - 1].lower_ in {"tal", "así"} or any(
                    t.lower_ == "tanto" for t in role.doc[max(0, como - 8):como])):
            return False  # "tal como indicó", "así como de los organismos", "tanto a A como a B"
        if entry is not None and entry.role_pos and (
                head.pos_ not in entry.role_pos or "Part" in head.morph.get("VerbForm")
                or len(words) == 1 and head.lower_.endswith(("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"))):
            return False  # "declaró vacante la presidencia", "declarada suspendida": this trigger needs a noun role.
        if len(words) == 1 and head.pos_ in {"ADV", "NUM", "PRON", "ADP"}:
            return False
        return head.pos_ not in {"ADP", "SCONJ", "CCONJ", "PRON", "NUM", "ADV", "AUX"}

    def _designator(self, doc: Doc, candidate: _Candidate, designee: Span, role: Span,
                    passive: bool) -> Span | None:
        source = candidate.pattern.designator
        if source == "none":
            return None
        if source == "designee":
            return designee
        if source == "slot":
            start, _ = candidate.slots["designator"]
            return grow.designee_span(doc, start)
        if source == "subject":
            if candidate.trigger.i >= 1 and doc[candidate.trigger.i - 1].lower_ == "se":
                return None  # "y se elige presidente a X": a "se" passive, whatever the parse says
            if _bare_plural(candidate.trigger):
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
                subject = subjects.author_of_document(subject, self.agent_stops) or subject
            return (reference.relative_subject(candidate.trigger)
                    or subject
                    or subjects.name_before_verb(candidate.trigger)
                    or subjects.shared_subject(candidate.trigger))
        if source in {"agent", "agent-or-governor"}:
            inside = set(range(designee.start, designee.end)) | set(range(role.start, role.end))
            agent = roles.agent_span(doc, candidate.trigger.i + 1, self.agent_stops, skip=inside)
            if agent is not None and candidate.entry.lemma == "elegir" and len(role) and (
                    agent.root.ent_type_ in {"LOC", "GPE"} and role[0].lower_ in _DISTRICT_OFFICES
                    or role[0].lower_ in _POPULAR_OFFICES and agent.root.pos_ == "PROPN"):
                # "elegido congresista por Cajamarca", "... por el Callao" (which the model may read
                # as an organisation): the constituency, not the agent.
                agent = None
            if agent is None and source == "agent-or-governor":
                agent = self._governor_subject(candidate.trigger)
            return agent
        return None

    def _governor_subject(self, trigger: Token) -> Span | None:
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
        if head.lemma_.lower() not in self.governor_verbs:
            return None
        return subjects.subject_span(head, passive=False)

    # -- rows -----------------------------------------------------------------

    def rows(self, doc: Doc, doc_id: str, sent_starts: list[int] | None = None) -> list[dict[str, Any]]:
        """Triples rows (without the document columns) for one document."""
        sent_index = {sent.start: n for n, sent in enumerate(doc.sents)} if sent_starts is None else {
            s: n for n, s in enumerate(sent_starts)}
        rows = []
        for found in self(doc):
            sentence = found.sentence
            designator = found.designator
            rows.append({
                "doc_id": doc_id,
                "sent_index": sent_index.get(sentence.start, 0),
                "designator": designator.text if designator is not None else "",
                "designee": found.designee.text,
                "role": found.role.text,
                "trigger": found.trigger.text,
                "trigger_lemma": found.lemma,
                "status": found.status,
                "voice": found.voice,
                "designator_norm": self.normalize(designator.text) if designator is not None else "",
                "designee_norm": self.normalize(found.designee.text),
                "role_norm": self.normalize(found.role.text),
                "designator_label": _label(designator),
                "designee_label": _label(found.designee),
                "designator_start": designator.start_char if designator is not None else None,
                "designator_end": designator.end_char if designator is not None else None,
                "designee_start": found.designee.start_char,
                "designee_end": found.designee.end_char,
                "role_start": found.role.start_char,
                "role_end": found.role.end_char,
                "trigger_start": found.trigger.idx,
                "trigger_end": found.trigger.idx + len(found.trigger.text),
                "pattern": found.pattern,
                "sentence": sentence.text.strip(),
            })
        return rows


def _before_inner_agent(role: Span | None) -> Span | None:
    """"ministra en el Gabinete liderado | por X": a role cut at "por" would end on a dangling
    participle; it ends cleanly before that participle instead."""
    if role is None or len(role) < 2 or role.end >= len(role.doc) or role.doc[role.end].lower_ != "por":
        return role
    last = role[-1]
    if not tokens.is_inner_participle(last):
        return role
    return role.doc[role.start:last.i]


def _bare_plural(trigger: Token) -> bool:
    """A finite third-person plural verb without a nominal subject of its own."""
    morph = trigger.morph
    if morph.get("Number") != ["Plur"] or morph.get("Person") not in ([], ["3"]) or not tokens.is_finite_verb(trigger):
        return False
    return not any(c.dep_ in {"nsubj", "nsubj:pass"} for c in trigger.children)


def _without_trigger(designator: Span | None, trigger: Token) -> Span | None:
    """The designator cut before the trigger ("Congreso de Paraguay nombra" -> "Congreso de
    Paraguay"), or None when what is left is no phrase: a bare abbreviation fragment such as
    the "N" of "resolución suprema N° 123"."""
    if designator is None:
        return None
    if designator.start <= trigger.i < designator.end:
        end = trigger.i
        while end > designator.start and (designator.doc[end - 1].is_punct or designator.doc[end - 1].is_space):
            end -= 1
        designator = designator.doc[designator.start:end] if end > designator.start else None
        if designator is None:
            return None
    doc = designator.doc
    letters = sum(c.isalpha() for c in designator.text)
    if letters < 2:
        return None  # "N", "S": a fragment, not a name
    if designator.end < len(doc) and doc[designator.end].text[:1] in {"°", "º"}:
        return None  # "N° 123", "Nº": a number sign, not an agent
    return designator


# A candidacy is no post (RELATION.md): "su candidato", "su compañera de fórmula".
_CANDIDACY_ROLES = tuple(sorted(WORDS["candidacy_prefixes"]))
_CANDIDACY_NOUNS = WORDS["candidacy_nouns"]


def _sought(trigger: Token) -> bool:
    """A nominal trigger that is only sought: "su candidatura a una nueva reelección"."""
    doc = trigger.doc
    i = trigger.i - 1
    while i >= 0 and trigger.i - i <= 4 and (doc[i].pos_ in {"DET", "ADJ"} or doc[i].lower_ in {"la", "una"}):
        i -= 1
    return i >= 1 and doc[i].lower_ in {"a", "por", "hacia"} and doc[i - 1].lower_ in _CANDIDACY_NOUNS


def _label(span: Span | None) -> str:
    """The NER label of the entity the slot holds (overlapping its head), or empty."""
    if span is None:
        return ""
    for ent in span.doc.ents:
        if ent.start < span.end and span.start < ent.end:
            return ent.label_
    return ""


def load_extractor(config: Config, vocab: Vocab | None = None) -> Extractor:
    """An extractor from a configuration's data files (validated on load)."""
    return Extractor.from_config(config, vocab or Vocab())



