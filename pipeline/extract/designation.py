"""The rows the extractor yields (`Designation`) and what each pattern match became (`Attempt`)."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from pipeline.extract import tokens


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
