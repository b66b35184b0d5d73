"""`designa check`: compare triples with a file of expected rows, for CI."""
from __future__ import annotations

import shutil
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pipeline.errors import GoldFileError, MissingStageOutput

DEFAULT_KEYS = ["doc_id", "designator_norm", "designee_norm", "role_norm", "status"]


@dataclass
class CheckResult:
    """Rows on the key columns: those expected but missing, and those not expected."""

    keys: list[str]
    missing: list[tuple[str, ...]] = field(default_factory=list)
    unexpected: list[tuple[str, ...]] = field(default_factory=list)
    matched: int = 0

    @property
    def ok(self) -> bool:
        return not self.missing and not self.unexpected


def _read(path: Path, keys: list[str], what: str) -> Counter:
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, sep=None, engine="python",
                            encoding="utf-8-sig")
    except FileNotFoundError:
        raise
    except (pd.errors.ParserError, UnicodeDecodeError, pd.errors.EmptyDataError) as error:
        raise GoldFileError(f"Cannot read {what} {path}: {error}") from error
    absent = [k for k in keys if k not in frame.columns]
    if absent:
        raise GoldFileError(f"{what.capitalize()} {path} lacks the key column(s) {', '.join(absent)}.")
    # Undo the spreadsheet neutralisation so that both sides compare as text.
    values = frame[keys].map(lambda v: v[1:] if v.startswith("'") and v[1:2] in "=+-@\t\r" else v)
    return Counter(tuple(row) for row in values.itertuples(index=False, name=None))


def check(expected: Path, actual: Path, keys: list[str] | None = None) -> CheckResult:
    """Compare the expected and actual triples on the key columns, as multisets.

    Raises:
        GoldFileError: the expected file is missing or unreadable.
        MissingStageOutput: the actual file is missing (run `designa run` or `export`).
    """
    keys = list(keys or DEFAULT_KEYS)
    if not Path(expected).is_file():
        raise GoldFileError(f"Expected file {expected} does not exist (create it with --update).")
    if not Path(actual).is_file():
        raise MissingStageOutput(f"triples file {actual}", "run")
    want = _read(Path(expected), keys, "expected file")
    have = _read(Path(actual), keys, "actual file")
    result = CheckResult(keys=keys)
    result.missing = sorted((want - have).elements())
    result.unexpected = sorted((have - want).elements())
    result.matched = sum((want & have).values())
    return result


def update(expected: Path, actual: Path) -> None:
    """Replace the expected file with the actual one, after a reviewed change."""
    if not Path(actual).is_file():
        raise MissingStageOutput(f"triples file {actual}", "run")
    Path(expected).parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(actual, expected)
