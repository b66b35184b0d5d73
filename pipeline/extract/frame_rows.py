"""Rows from a trigger's argument frame (frames.py), checked like a pattern's rows."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from pipeline.extract import strategies, subjects, tokens
from pipeline.extract.checks import agrees, audience, lists_examples
from pipeline.extract.documents import checked_designator
from pipeline.extract.designation import Designation
from pipeline.extract.frames import Frame
from pipeline.extract.lexicon import TriggerEntry
from pipeline.extract.status import classify_status
from pipeline.extract.words import WORDS


class FrameRows:
    def _from_frame(self, trigger: Token, entry: TriggerEntry, why: list[str]) -> Iterator[Designation]:
        """Designations from the trigger's argument frame, checked like a pattern's."""
        doc = trigger.doc
        if trigger.pos_ == "NOUN" and sought(trigger):
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
        role = before_inner_agent(frame.role)
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
        # (A companion, "elegido junto a su esposa, X, como vicepresidenta", need not agree with the participle.)
        passive = frame.voice in {"passive", "participle"} and frame.how != "companion"
        if passive and not agrees(trigger, list(frame.designees)):
            why.append(f"frame {frame.how}: designee '{frame.designees[0].text}' does not agree in number with "
                       f"'{trigger.text}'")
            return
        for designee in frame.designees:
            problem = self.pair_problem(trigger, entry.lemma, designee, frame.designees, role, passive)
            if problem is not None:
                why.append(f"frame {frame.how}: designee '{designee.text}': {problem}")
                continue
            if self.names_no_one(designee):
                why.append(f"frame {frame.how}: designee '{designee.text}' is a time, a bare office or a stand-in")
                continue
            if entry.lemma == "declarar" and audience(designee):
                why.append(f"frame {frame.how}: 'declarar a {designee.text}' is 'said to', not a designation")
                continue
            if designee.start < role.end and role.start < designee.end or not designee.text.strip():
                why.append(f"frame {frame.how}: designee '{designee.text}' and role '{role.text}' overlap")
                continue
            if not any(t.pos_ in {"PROPN", "NOUN", "ADJ", "VERB", "X"} or tokens.is_name_part(t) for t in designee):
                why.append(f"frame {frame.how}: designee '{designee.text}' names no one")
                continue
            if lists_examples(designee, role):
                why.append(f"'como {doc[role.start - 1].text} ...' after a common noun lists examples")
                continue
            designator = frame.designator
            if strategies.not_elector(designator, role, entry.lemma):
                designator = None
            if designator is not None and (designator.start < designee.end and designee.start < designator.end
                                           or designator.start < role.end and role.start < designator.end):
                designator = None
            designator = checked_designator(designator, trigger)
            others = subjects.coordinated_subjects(designator) if designator is not None else []
            if designator is None and trigger.lower_.startswith("auto"):
                designator = designee  # "X, autoproclamado presidente": X proclaims X (RELATION.md)
            for agent in [designator, *others]:
                yield Designation(trigger=trigger, designee=designee, role=role, designator=agent,
                                  status=status, voice=frame.voice, pattern=f"frame-{frame.how}", lemma=entry.lemma)


def before_inner_agent(role: Span | None) -> Span | None:
    """"ministra en el Gabinete liderado | por X": a role cut at "por" would end on a dangling
    participle; it ends cleanly before that participle instead."""
    if role is None or len(role) < 2 or role.end >= len(role.doc) or role.doc[role.end].lower_ != "por":
        return role
    last = role[-1]
    if not tokens.is_inner_participle(last):
        return role
    return role.doc[role.start:last.i]


# A candidacy is no post (RELATION.md): "su candidato", "su compañera de fórmula".
_CANDIDACY_NOUNS = WORDS["candidacy_nouns"]


def sought(trigger: Token) -> bool:
    """A nominal trigger that is only sought: "su candidatura a una nueva reelección", "la campaña
    para la reelección de X"."""
    doc = trigger.doc
    i = trigger.i - 1
    while i >= 0 and trigger.i - i <= 4 and (doc[i].pos_ in {"DET", "ADJ"} or doc[i].lower_ in {"la", "una"}):
        i -= 1
    return i >= 1 and doc[i].lower_ in {"a", "por", "hacia", "para"} and doc[i - 1].lower_ in _CANDIDACY_NOUNS
