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

from pipeline.extract import subjects
from pipeline.extract.designation import Attempt, Designation
from pipeline.extract.frame_rows import FrameRows, before_inner_agent, sought
from pipeline.extract.frames import FrameReader
from pipeline.extract.lexicon import Lexicon, TriggerEntry, load_lexicon
from pipeline.extract.normalize import Normalizer, load_normalizer
from pipeline.extract.patterns import Pattern, build_matcher, load_patterns
from pipeline.extract import strategies
from pipeline.extract.documents import checked_designator
from pipeline.extract.checks import (
    RowChecks, agrees, audience, lists_examples, trimmed_designee,
)
from pipeline.extract.status import classify_status


FRAME_ORDERS = ("first", "fallback", "off")


@dataclass
class _Candidate:
    pattern: Pattern
    entry: TriggerEntry
    trigger: Token
    slots: dict[str, tuple[int, int]]
    start: int


class Extractor(RowChecks, FrameRows):
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
        self.post_nouns = lexicon.words("post_nouns")
        self.governor_verbs = lexicon.words("nominal_designator_verbs")
        self.offices = lexicon.offices()
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
        words = [token.text for token in doc]
        for token in doc:
            entry = self.lexicon.trigger_at(words, token.i)[0]
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
                if pattern.voice == "active" and (tokens.after_ser(doc[trigger_i]) or tokens.bare_participle(doc[trigger_i])):
                    # "habían sido declarados como ...": a passive, read by the passive patterns;
                    # "X, elegida diputada a la Cámara": a participle, read by the frames
                    continue
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
            for designation in filter(None, map(trimmed_designee, rows)):
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
        for trigger, entry in triggers:
            # "fue reelegido junto con su esposa, X, como vicepresidenta": the companion's row, and
            # the "como" role is not the designee's.
            frame = self.frames.companion(trigger, entry) if self.frame_order != "off" else None
            rows = list(self._frame_rows(frame, entry, [])) if frame is not None else []
            for row in rows:
                for key in [k for k, d in chosen.items() if d.trigger.i == trigger.i and d.role.start == row.role.start]:
                    del chosen[key]
            keep(rows)
        yield from sorted(chosen.values(), key=lambda d: (d.trigger.i, d.designee.start))

    def _realise(self, doc: Doc, candidate: _Candidate, why: list[str] | None = None) -> Iterator[Designation]:
        why = [] if why is None else why
        pattern, trigger = candidate.pattern, candidate.trigger
        passive = pattern.voice in {"passive", "participle"}
        if trigger.pos_ == "NOUN" and sought(trigger):
            why.append("a candidacy for the post ('la candidatura a la reelección'), not a designation")
            return
        designees = self._designees(doc, candidate, passive)
        if not designees:
            why.append(f"no designee (from {pattern.designee}: none found, or it names no one)")
            return
        if passive and not agrees(trigger, designees):
            why.append(f"designee '{designees[0].text}' does not agree in number with '{trigger.text}'")
            return
        if passive and len(designees) > 1 and trigger.lower_.endswith(("ado", "ada", "ido", "ida", "ecto", "ecta")) and (
                all(d.end <= trigger.i for d in designees)):
            # "... de Promoción de la Salud - Cajamarca y Carlos Mendoza fue nombrado director": a
            # singular participle has one subject, the last name before it.
            designees = designees[-1:]
        if candidate.entry.lemma == "declarar":
            designees = [d for d in designees if not audience(d)]
            if not designees:
                why.append("'declarar a' + whom one speaks to ('a periodistas'): 'said', not a designation")
                return
        pairs: list[tuple[Span, Span]] = []
        for designee in designees:
            role = before_inner_agent(strategies.role_of(self, doc, candidate, designee))
            if role is None:
                why.append(f"designee '{designee.text}': no role found (from {pattern.role})")
                continue
            if not self._role_ok(role, candidate.entry):
                why.append(f"designee '{designee.text}': role '{role.text}' is not a noun-phrase role")
                continue
            problem = self.pair_problem(trigger, candidate.entry.lemma, designee, designees, role, passive)
            if problem is not None:
                why.append(f"designee '{designee.text}': {problem}")
                continue
            if pattern.role == "after-designee" and len(role) == 1 and role[0].pos_ == "ADJ" and (
                    role[0].lower_ not in self.offices and not tokens.is_title(role[0])):
                # "elegir a una Mesa Directiva nueva", "al Procurador general": an adjective right after
                # the designee is its own, not a role (but "proclamado beato" after a participle is).
                why.append(f"designee '{designee.text}': '{role.text}' is the designee's adjective")
                continue
            if role.start <= designee.start < role.end or designee.start <= role.start < designee.end:
                why.append(f"designee '{designee.text}' and role '{role.text}' overlap")
                continue
            if pattern.role == "slot" and lists_examples(designee, role):
                why.append(f"'como {doc[role.start - 1].text} ...' after a common noun lists examples")
                continue
            pairs.append((designee, role))
        if not pairs:
            return
        pairs = self._respectively(doc, pairs)
        if pattern.designee == "slot" and pattern.role == "slot":
            last_designee, last_role = pairs[-1]
            pairs.extend(self._continuations(doc, last_role, max(last_role.end, last_designee.end), pattern.voice))
        designator = None
        status = classify_status(trigger, self.lexicon)
        for designee, role in pairs:
            designator = strategies.designator_of(self, doc, candidate, designee, role, passive)
            if designator is not None and (
                designator.start < designee.end and designee.start < designator.end
            ) and pattern.designator != "designee":
                designator = None
            if designator is not None and (designator.start < role.end and role.start < designator.end):
                designator = None
            designator = checked_designator(designator, trigger)
            designators: list[Span | None] = [designator]
            if designator is not None and pattern.designator in {"agent", "agent-or-governor"}:
                # "por A y el entonces ministro B": one row per agent, as for coordinated designees.
                designators.extend(roles.coordinated_agents(doc, designator)
                                   or subjects.coordinated_subjects(designator))
            elif designator is not None and pattern.designator == "subject":
                designators.extend(subjects.coordinated_subjects(designator))
            if designators == [None] and trigger.lower_.startswith("auto"):
                designators = [designee]  # "X, autoproclamado presidente": X proclaims X
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

    def _designees(self, doc: Doc, candidate: _Candidate, passive: bool) -> list[Span]:
        """The designees by the pattern's strategy, with the checks every strategy shares."""
        pattern, slots = candidate.pattern, candidate.slots
        found = strategies.designees_of(self, doc, candidate, passive)
        # "en 2019, que se proclamó ...": a date or number names no one.
        spans = [s for s in found if s is not None and len(s) and any(c.isalpha() for c in s.text)
                 and not self.names_no_one(s)]
        # "el exesposo de la empresaria X": the head noun phrase, not the name in its complement.
        # (Not across the trigger, nor before a designee slot: "a ese país" may stand for a name before.)
        if pattern.designee == "slot":
            stop = slots["designee"][0] - 1
            spans = [grow.head_of_complement(s, stop) if s.start > stop else s for s in spans]
        elif pattern.designee not in _COMPLEMENT_DESIGNEES:
            stop = candidate.trigger.i if candidate.trigger.i < min((s.start for s in spans), default=0) else -1
            spans = [grow.head_of_complement(s, stop) for s in spans]
        if pattern.named_designee:
            spans = [s for s in spans if tokens.is_title(s[0])]
        if pattern.role == "after-designee":
            # Two noun phrases in a row ("a X Z"): the first must be a name or "the + noun"
            # ("declaró a la marinera patrimonio ..."), else where X ends is a guess.
            spans = [s for s in spans if tokens.is_title(s[0]) or grow.definite_noun_before_role(s)]
        return spans

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


# Designee strategies that find the person in a complement on purpose ("la elección como presidente
# de la Cámara de Kevin McCarthy"): the name is not grown to the head of that complement.
_COMPLEMENT_DESIGNEES = frozenset({"person-after-role"})

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



