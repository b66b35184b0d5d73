"""The word lists of configs/qualifiers.toml, loaded and validated.

Every key the qualifiers read is declared here with its type; a missing or
unknown key, or a value of the wrong type, is a ConfigError that names the
file and the key, so that a typo in the data file never passes silently.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.errors import ConfigError

# Kinds: "words" (list of non-empty strings), "ints" (table of string -> integer),
# "strs" (table of string -> string), "str", "int".
_SCHEMA: dict[str, dict[str, str]] = {
    "dates": {
        "months": "ints", "weekdays": "ints", "relative_days": "ints", "relative_blockers": "words",
        "determiners": "words", "past_words": "words", "future_words": "words",
        "year_phrases": "ints", "relative_years": "ints", "relative_months": "ints",
        "relative_weeks": "ints", "ago_word": "str", "units": "strs", "numbers": "ints",
        "year_prepositions": "words", "month_prepositions": "words", "year_joiners": "words",
        "range_words": "words",
    },
    "dates.attachment": {
        "clause_openers": "words", "clause_coordinators": "words", "ending_cues": "words",
        "comma_penalty": "int",
        "infinitive_endings": "words", "past_endings": "words",
    },
    "predecessors": {
        "cues": "words", "apposition_cues": "words", "no_referent": "words", "stop_words": "words",
        "name_connectors": "words",
    },
    "roles": {
        "modifiers": "words", "multiword_offices": "words", "participle_endings": "words",
        "org_introducers": "words", "offices": "words",
    },
}
_UNITS = {"day", "week", "month", "year"}


@dataclass(frozen=True)
class QualifierWords:
    """The validated sections of the data file, keyed as in the file."""

    dates: dict[str, Any]
    attachment: dict[str, Any]
    predecessors: dict[str, Any]
    roles: dict[str, Any]
    path: Path


def _check(value: Any, kind: str, where: str) -> Any:
    if kind == "words":
        if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
            raise ConfigError(f"{where} must be a list of non-empty strings.")
        return [w.strip().lower() for w in value]
    if kind in {"ints", "strs"}:
        wanted = int if kind == "ints" else str
        if not isinstance(value, dict) or not all(
                isinstance(k, str) and k.strip() and isinstance(v, wanted) and not isinstance(v, bool)
                for k, v in value.items()):
            raise ConfigError(f"{where} must be a table of words to {wanted.__name__}s.")
        return {k.strip().lower(): v for k, v in value.items()}
    if kind == "str":
        if not isinstance(value, str) or not value.strip():
            raise ConfigError(f"{where} must be a non-empty string.")
        return value.strip().lower()
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ConfigError(f"{where} must be a non-negative integer.")
    return value


def _section(data: dict[str, Any], dotted: str, path: Path) -> dict[str, Any]:
    table: Any = data
    for part in dotted.split("."):
        table = table.get(part) if isinstance(table, dict) else None
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: missing table [{dotted}].")
    schema = _SCHEMA[dotted]
    nested = {k.split(".")[-1] for k in _SCHEMA if k.startswith(dotted + ".")}
    unknown = sorted(set(table) - set(schema) - nested)
    if unknown:
        raise ConfigError(f"{path}: unknown key(s) in [{dotted}]: {', '.join(unknown)}; "
                          f"known: {', '.join(sorted(schema))}.")
    missing = sorted(set(schema) - set(table))
    if missing:
        raise ConfigError(f"{path}: [{dotted}] lacks {', '.join(missing)}.")
    return {key: _check(table[key], kind, f"{path}: [{dotted}] {key}") for key, kind in schema.items()}


def load_words(path: Path) -> QualifierWords:
    """Read and validate the qualifier word lists.

    Raises:
        ConfigError: the file is missing, not TOML, or a key is missing, unknown or mistyped.
    """
    path = Path(path)
    if not path.is_file():
        raise ConfigError(f"Qualifier word file {path} does not exist (setting qualify.words).")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path} is not valid TOML: {error}") from error
    unknown = sorted(set(data) - {"dates", "predecessors", "roles"})
    if unknown:
        raise ConfigError(f"{path}: unknown table(s) {', '.join(unknown)}; known: dates, predecessors, roles.")
    dates = _section(data, "dates", path)
    bad_units = sorted(set(dates["units"].values()) - _UNITS)
    if bad_units:
        raise ConfigError(f"{path}: [dates] units must map to {', '.join(sorted(_UNITS))}; got {', '.join(bad_units)}.")
    for key, low, high in (("months", 1, 12), ("weekdays", 0, 6)):
        wrong = [k for k, v in dates[key].items() if not low <= v <= high]
        if wrong:
            raise ConfigError(f"{path}: [dates] {key} must be {low}..{high}: {', '.join(wrong)}.")
    return QualifierWords(dates, _section(data, "dates.attachment", path), _section(data, "predecessors", path),
                          _section(data, "roles", path), path)
