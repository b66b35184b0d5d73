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
from pipeline.extract import phrases
from pipeline.extract.lexicon import Lexicon, TriggerEntry, load_lexicon
from pipeline.extract.normalize import Normalizer, load_normalizer
from pipeline.extract.patterns import Pattern, build_matcher, load_patterns
from pipeline.extract.status import classify_status


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
        return self.trigger.sent


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
                 vocab: Vocab) -> None:
        self.lexicon = lexicon
        self.patterns = patterns
        self.by_id = {p.id: p for p in patterns}
        self.order = {p.id: i for i, p in enumerate(patterns)}
        self.normalize = normalizer
        self.vocab = vocab
        self.matcher = build_matcher(patterns, vocab)
        self.role_stops = lexicon.words("role_stop_words")
        self.agent_stops = lexicon.words("agent_stop_words")

    @classmethod
    def from_config(cls, config: Config, vocab: Vocab) -> Extractor:
        return cls(
            load_lexicon(config.data_path("extract.triggers")),
            load_patterns(config.data_path("extract.patterns"), vocab),
            load_normalizer(config.data_path("extract.aliases")),
            vocab,
        )

    # -- triggers -------------------------------------------------------------

    def mark_triggers(self, doc: Doc) -> list[tuple[Token, TriggerEntry]]:
        """Set `token._.designa_trigger` on every trigger word; return them."""
        found = []
        for token in doc:
            entry = self.lexicon.lookup(token.lower_) if token.is_alpha else None
            token._.designa_trigger = entry.kind if entry else ""
            if entry:
                found.append((token, entry))
        return found

    # -- extraction -----------------------------------------------------------

    def candidates(self, doc: Doc) -> list[_Candidate]:
        """Every pattern match, with its slots, before choosing among them."""
        entries = dict((t.i, e) for t, e in self.mark_triggers(doc))
        if not entries:
            return []
        found: list[_Candidate] = []
        for match_id, start, end, alignment in self.matcher(doc, with_alignments=True):
            pattern = self.by_id[self.vocab.strings[match_id]]
            slots: dict[str, list[int]] = {}
            for offset, element in enumerate(alignment):
                slot = pattern.slots[element]
                if slot:
                    slots.setdefault(slot, []).append(start + offset)
            trigger_i = slots["trigger"][0]
            entry = entries.get(trigger_i)
            if entry is None or not self._allowed(pattern, entry):
                continue
            if doc.has_annotation("SENT_START") and doc[start].sent != doc[end - 1].sent:
                continue
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
        chosen: dict[tuple[int, int], Designation] = {}
        ranked = sorted(self.candidates(doc), key=lambda c: self.order[c.pattern.id])
        taken_triggers: dict[int, str] = {}
        for candidate in ranked:
            # One construction per trigger: the first pattern that yields rows wins.
            if taken_triggers.get(candidate.trigger.i, candidate.pattern.id) != candidate.pattern.id:
                continue
            rows = list(self._realise(doc, candidate))
            for designation in rows:
                key = (designation.trigger.i, designation.designee.start)
                chosen.setdefault(key, designation)
            if rows:
                taken_triggers[candidate.trigger.i] = candidate.pattern.id
        yield from sorted(chosen.values(), key=lambda d: (d.trigger.i, d.designee.start))

    def _realise(self, doc: Doc, candidate: _Candidate) -> Iterator[Designation]:
        pattern, trigger, slots = candidate.pattern, candidate.trigger, candidate.slots
        passive = pattern.voice in {"passive", "participle"}
        designees = self._designees(doc, candidate, passive)
        if not designees:
            return
        for designee in designees:
            role = self._role(doc, candidate, designee)
            if role is None or len(role) == 0 or not self._role_ok(role, candidate.entry):
                continue
            if role.start <= designee.start < role.end or designee.start <= role.start < designee.end:
                continue
            designator = self._designator(doc, candidate, designee, role, passive)
            if designator is not None and (
                designator.start < designee.end and designee.start < designator.end
            ) and pattern.designator != "designee":
                designator = None
            yield Designation(
                trigger=trigger,
                designee=designee,
                role=role,
                designator=designator,
                status=classify_status(trigger, self.lexicon),
                voice=pattern.voice,
                pattern=pattern.id,
                lemma=candidate.entry.lemma,
            )

    def _designees(self, doc: Doc, candidate: _Candidate, passive: bool) -> list[Span]:
        pattern, slots = candidate.pattern, candidate.slots
        if pattern.designee == "slot":
            start, end = slots["designee"]
            limit = slots["role"][0] if "role" in slots and slots["role"][0] > start else None
            if limit is not None:
                # Region between the designee's start and "como": may coordinate names.
                while limit > start + 1 and doc[limit - 1].lower_ in {"como"}:
                    limit -= 1
                return self._coordinated(doc, start, limit)
            return [phrases.designee_span(doc, start)]
        if pattern.designee == "subject":
            span = phrases.subject_span(candidate.trigger, passive=True)
            return [span] if span is not None and len(span) else []
        if pattern.designee == "antecedent":
            span = phrases.antecedent_span(doc, candidate.start)
            return [span] if span is not None else []
        return []

    def _coordinated(self, doc: Doc, start: int, limit: int) -> list[Span]:
        """Names coordinated in a designee region: "a Chile y Perú", "a A, y a B"."""
        spans = [phrases.designee_span(doc, start, limit)]
        i = spans[0].end
        while i < limit:
            token = doc[i]
            if token.lower_ in {"y", "e"} or token.text == ",":
                j = i + 1
                while j < limit and (doc[j].lower_ in {"a", "al", "de", "del", "y", "e"} or doc[j].text == ","):
                    j += 1
                if j < limit and phrases.is_title(doc[j]) and token.lower_ in {"y", "e"} | (
                    {","} if doc[i + 1].lower_ in {"a", "al"} else set()
                ):
                    span = phrases.designee_span(doc, j, limit)
                    spans.append(span)
                    i = span.end
                    continue
            i += 1
        return [s for s in spans if len(s)]

    def _role(self, doc: Doc, candidate: _Candidate, designee: Span) -> Span | None:
        pattern, slots = candidate.pattern, candidate.slots
        if pattern.role == "slot":
            start, _ = slots["role"]
            limit = None
            if "designee" in slots and slots["designee"][0] > start:
                limit = slots["designee"][0]
                while limit > start + 1 and doc[limit - 1].lower_ in {"a", "al"}:
                    limit -= 1
            return phrases.role_span(doc, start, self.role_stops, limit)
        if pattern.role == "after-designee":
            start = designee.end
            if start >= designee.sent.end:
                return None
            token = doc[start]
            if phrases.is_title(token) or token.is_punct or token.pos_ not in {"NOUN", "ADJ", "VERB", "DET"}:
                return None
            return phrases.role_span(doc, start, self.role_stops)
        return None

    @staticmethod
    def _role_ok(role: Span, entry: TriggerEntry) -> bool:
        words = [t for t in role if not t.is_punct]
        if not words:
            return False
        head = words[0]
        if entry.role_heads and head.lower_ not in entry.role_heads and not any(
            t.lower_ in entry.role_heads for t in words[:3]
        ):
            return False
        # A role is a noun phrase, not an adjective ("declarado culpable").
        if len(words) == 1 and head.pos_ in {"ADJ", "ADV", "NUM", "PRON", "ADP"}:
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
            return phrases.designee_span(doc, start)
        if source == "subject":
            return phrases.subject_span(candidate.trigger, passive=False)
        if source == "agent":
            inside = set(range(designee.start, designee.end)) | set(range(role.start, role.end))
            return phrases.agent_span(doc, candidate.trigger.i + 1, self.agent_stops, skip=inside)
        return None

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



