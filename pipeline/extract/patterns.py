"""Designation patterns (configs/patterns.json): spaCy Matcher patterns with slots."""
from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.matcher import Matcher
from spacy.tokens import Token
from spacy.vocab import Vocab

from pipeline.errors import ConfigError
from pipeline.extract.strategies import DESIGNATOR, DESIGNEE, ROLE
from pipeline.tables import VOICES

SLOTS = ("trigger", "designee", "role", "designator")
# Where a slot not given by the tokens comes from: a strategy registered in strategies.py.
DESIGNEE_SOURCES = DESIGNEE.names()
ROLE_SOURCES = ROLE.names()
DESIGNATOR_SOURCES = DESIGNATOR.names()

if not Token.has_extension("designa_trigger"):
    Token.set_extension("designa_trigger", default="")


@dataclass(frozen=True)
class Pattern:
    """One construction: a token pattern and where each slot comes from."""

    id: str
    voice: str
    tokens: list[dict[str, Any]]
    slots: tuple[str | None, ...]
    designee: str
    role: str
    designator: str
    needs: str | None
    named_designee: bool = False
    max_length: int | None = None

    @property
    def has_como(self) -> bool:
        def says_como(value: Any) -> bool:
            return value == "como" or isinstance(value, dict) and "como" in value.get("IN", [])

        return any(says_como(spec.get("LOWER")) for spec in self.tokens)


def _parse_pattern(raw: dict[str, Any], where: str, *, cheap_ranges: bool = True) -> Pattern:
    known = {"id", "voice", "tokens", "designee", "role", "designator", "needs", "named_designee",
             "_comment"}
    if set(raw) - known:
        raise ConfigError(f"Unknown key(s) {sorted(set(raw) - known)} in {where}.")
    for key in ("id", "voice", "tokens"):
        if key not in raw:
            raise ConfigError(f"{where} needs '{key}'.")
    if raw["voice"] not in VOICES:
        raise ConfigError(f"{where}: voice must be one of {', '.join(VOICES)}.")
    tokens, slots = [], []
    max_length: int | None = 0
    for spec in raw["tokens"]:
        spec = copy.deepcopy(spec)
        slot = spec.pop("slot", None)
        if slot is not None and slot not in SLOTS:
            raise ConfigError(f"{where}: unknown slot '{slot}' (known: {', '.join(SLOTS)}).")
        spec, longest = _cheap_quantifier(spec) if cheap_ranges else (spec, None)
        max_length = None if max_length is None or longest is None else max_length + longest
        tokens.append(spec)
        slots.append(slot)
    if slots.count("trigger") != 1:
        raise ConfigError(f"{where}: exactly one token must have \"slot\": \"trigger\".")
    designee = raw.get("designee", "slot")
    role = raw.get("role", "slot")
    designator = raw.get("designator", "slot" if "designator" in slots else "none")
    for value, allowed, name in ((designee, DESIGNEE_SOURCES, "designee"),
                                 (role, ROLE_SOURCES, "role"),
                                 (designator, DESIGNATOR_SOURCES, "designator")):
        if value not in allowed:
            raise ConfigError(f"{where}: unknown {name} strategy '{value}'; known: {', '.join(allowed)}.")
        if value == "slot" and name not in slots:
            raise ConfigError(f"{where}: '{name}' comes from the tokens but no token has that slot.")
    needs = raw.get("needs")
    if needs is not None and needs not in ("como", "object-role"):
        raise ConfigError(f"{where}: 'needs' must be 'como' or 'object-role'.")
    named = raw.get("named_designee", False)
    if not isinstance(named, bool):
        raise ConfigError(f"{where}: 'named_designee' must be true or false.")
    return Pattern(raw["id"], raw["voice"], tokens, tuple(slots), designee, role,
                   designator, needs, named, max_length)


_RANGE = re.compile(r"^\{(\d*),(\d+)\}$")


def _cheap_quantifier(spec: dict[str, Any]) -> tuple[dict[str, Any], int | None]:
    """Rewrite "OP": "{0,N}" as "*" and return the most tokens the spec can take.

    spaCy expands {0,N} into N optional tokens, whose states multiply on
    every word (30 ms a sentence with this pattern set); "*" is one state.
    The bound is kept as the pattern's `max_length`, checked on each match.
    """
    op = spec.get("OP")
    if op is None or op == "!":
        return spec, 0 if op == "!" else 1
    if op == "?":
        return spec, 1
    if op in {"*", "+"}:
        return spec, None
    found = _RANGE.match(op)
    if found and int(found.group(1) or 0) <= 1:
        spec["OP"] = "*" if int(found.group(1) or 0) == 0 else "+"
        return spec, int(found.group(2))
    return spec, None


def load_patterns(path: Path, vocab: Vocab | None = None, *, cheap_ranges: bool = True) -> list[Pattern]:
    """Read and validate a patterns file; each pattern is also compiled once.

    `cheap_ranges=False` keeps "{0,N}" quantifiers as spaCy expands them (for
    the speed benchmark only; the matches are the same).

    Raises:
        ConfigError: unreadable JSON, duplicate ids, unknown slots or keys, or a
            token pattern spaCy's Matcher rejects.
    """
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise ConfigError(f"Cannot read patterns {path}: {error}") from error
    if not isinstance(data, dict) or not isinstance(data.get("patterns"), list):
        raise ConfigError(f"{path} must be an object with a 'patterns' list.")
    patterns: list[Pattern] = []
    seen: set[str] = set()
    check = Matcher(vocab or Vocab(), validate=True)
    for index, raw in enumerate(data["patterns"]):
        where = f"pattern {index} ({raw.get('id', '?')}) in {path}"
        pattern = _parse_pattern(raw, where, cheap_ranges=cheap_ranges)
        if pattern.id in seen:
            raise ConfigError(f"Duplicate pattern id '{pattern.id}' in {path}.")
        seen.add(pattern.id)
        try:
            check.add(pattern.id, [pattern.tokens])
        except Exception as error:  # spaCy raises ValueError/MatchPatternError
            raise ConfigError(f"{where} is not a valid Matcher pattern: {error}") from error
        patterns.append(pattern)
    return patterns


def build_matcher(patterns: list[Pattern], vocab: Vocab) -> Matcher:
    matcher = Matcher(vocab)
    for pattern in patterns:
        matcher.add(pattern.id, [pattern.tokens])
    return matcher
