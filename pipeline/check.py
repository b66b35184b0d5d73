"""`designa check`: compare triples with a file of expected rows, for CI.

Rows are compared as multisets on key columns (by default the designation
itself: doc_id, the three normalised slots and status), so that a change of
offsets, sentence splitting or column order does not fail a build, while a
designation found, lost or changed in status does. Expected and actual files
may be CSV (any of designa's separators, with or without BOM), JSONL or
Parquet; CSV cells neutralised against formula injection are read back as
the original text, so CSV and JSONL of the same rows compare equal.
"""
from __future__ import annotations

import json
import shutil
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pipeline.errors import GoldFileError, MissingStageOutput
from pipeline.export import atomic_path, restore

DEFAULT_KEYS = ["doc_id", "designator_norm", "designee_norm", "role_norm", "status"]
# Shown beside a differing row, when the file has it, so that a reviewer sees why.
CONTEXT_COLUMN = "sentence"
CSV_SUFFIXES = {".csv", ".tsv", ".txt"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
PARQUET_SUFFIXES = {".parquet"}

Row = tuple[str, ...]


@dataclass
class CheckResult:
    """Rows on the key columns: those expected but missing, and those not expected."""

    keys: list[str]
    missing: list[Row] = field(default_factory=list)
    unexpected: list[Row] = field(default_factory=list)
    matched: int = 0
    expected_rows: int = 0
    actual_rows: int = 0
    # A sentence for each differing row, where the file that has the row holds one.
    context: dict[Row, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.missing and not self.unexpected


@dataclass
class KeyedRows:
    """A file's rows reduced to key tuples, with a sentence per key where known."""

    counts: Counter
    context: dict[Row, str]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _csv_separator(path: Path) -> str:
    """The separator of a CSV file, read from its header (column names hold none)."""
    with path.open(encoding="utf-8-sig", errors="replace") as handle:
        header = handle.readline()
    counts = {sep: header.count(sep) for sep in (",", ";", "\t", "|")}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def _text(value: object) -> str:
    """A cell as text, the same whichever format it came from (3, not 3.0; None is empty)."""
    if value is None or value is pd.NA:
        return ""
    if isinstance(value, float):
        if value != value:  # NaN
            return ""
        if value.is_integer():
            return str(int(value))
    if isinstance(value, bool):
        return str(value).lower()
    return str(value)


def _frame(path: Path, columns: list[str], what: str) -> pd.DataFrame:
    suffix = path.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            records = []
            with path.open(encoding="utf-8-sig") as handle:
                for number, line in enumerate(handle, start=1):
                    if not line.strip():
                        continue
                    try:
                        record = json.loads(line)
                    except json.JSONDecodeError as error:
                        raise GoldFileError(f"Cannot read {what} {path}, line {number}: {error}") from None
                    records.append({c: _text(record.get(c)) for c in columns if c in record})
            frame = pd.DataFrame.from_records(records)
            # Columns no record has are absent, as in a CSV without them.
            return frame.reindex(columns=[c for c in columns if c in frame.columns])
        if suffix in PARQUET_SUFFIXES:
            import pyarrow.parquet as pq

            names = pq.read_schema(path).names
            table = pq.read_table(path, columns=[c for c in columns if c in names])
            return pd.DataFrame({name: [_text(v) for v in table.column(name).to_pylist()]
                                 for name in table.column_names})
        sep = _csv_separator(path)
        header = pd.read_csv(path, sep=sep, nrows=0, encoding="utf-8-sig").columns
        frame = pd.read_csv(path, sep=sep, dtype=str, keep_default_na=False, encoding="utf-8-sig",
                            usecols=[c for c in columns if c in header])
        # Undo the spreadsheet neutralisation so that every format compares as text.
        return frame.map(restore)
    except (OSError, UnicodeDecodeError, ValueError, pd.errors.ParserError,
            pd.errors.EmptyDataError) as error:
        raise GoldFileError(f"Cannot read {what} {path}: {error}") from error


def read_keyed(path: Path, keys: list[str], what: str) -> KeyedRows:
    """A file's rows as key tuples (a multiset), and a sentence for each key.

    Raises:
        GoldFileError: the file cannot be read or lacks a key column.
    """
    path = Path(path)
    if path.suffix.lower() not in CSV_SUFFIXES | JSONL_SUFFIXES | PARQUET_SUFFIXES:
        raise GoldFileError(f"{what.capitalize()} {path} is not .csv, .jsonl or .parquet.")
    frame = _frame(path, list(dict.fromkeys(keys + [CONTEXT_COLUMN])), what)
    absent = [k for k in keys if k not in frame.columns]
    if absent:
        known = ", ".join(c for c in frame.columns) or "none"
        raise GoldFileError(f"{what.capitalize()} {path} lacks the key column(s) {', '.join(absent)} "
                            f"(columns read: {known}).")
    rows = list(frame[keys].itertuples(index=False, name=None))
    context: dict[Row, str] = {}
    if CONTEXT_COLUMN in frame.columns and CONTEXT_COLUMN not in keys:
        for row, sentence in zip(rows, frame[CONTEXT_COLUMN]):
            context.setdefault(row, sentence)
    return KeyedRows(Counter(rows), context)


def _parse_keys(keys: list[str] | None) -> list[str]:
    keys = [k.strip() for k in (keys or DEFAULT_KEYS) if k.strip()]
    if not keys:
        raise GoldFileError("--key needs at least one column name.")
    return list(dict.fromkeys(keys))


def check(expected: Path, actual: Path, keys: list[str] | None = None) -> CheckResult:
    """Compare the expected and actual triples on the key columns, as multisets.

    Raises:
        GoldFileError: the expected file is missing or unreadable, or lacks a key column.
        MissingStageOutput: the actual file is missing (run `designa run` or `export`).
    """
    keys = _parse_keys(keys)
    if not Path(expected).is_file():
        raise GoldFileError(f"Expected file {expected} does not exist (create it with --update).")
    if not Path(actual).is_file():
        raise MissingStageOutput(f"triples file {actual}", "run")
    want = read_keyed(Path(expected), keys, "expected file")
    have = read_keyed(Path(actual), keys, "actual file")
    result = CheckResult(keys=keys, expected_rows=want.total, actual_rows=have.total)
    result.missing = sorted((want.counts - have.counts).elements())
    result.unexpected = sorted((have.counts - want.counts).elements())
    result.matched = sum((want.counts & have.counts).values())
    for row in result.missing:
        if row in want.context:
            result.context[row] = want.context[row]
    for row in result.unexpected:
        if row in have.context:
            result.context[row] = have.context[row]
    return result


def update(expected: Path, actual: Path, keys: list[str] | None = None) -> CheckResult | None:
    """Replace the expected file with the actual one, after a reviewed change.

    The copy is byte for byte, so expected and actual must have the same
    suffix. Returns what changed on the key columns (None when there was no
    expected file before,
    or it could not be read).

    Raises:
        MissingStageOutput: the actual file is missing.
        GoldFileError: the suffixes differ, or a file cannot be read.
    """
    expected, actual = Path(expected), Path(actual)
    if not actual.is_file():
        raise MissingStageOutput(f"triples file {actual}", "run")
    if expected.suffix.lower() != actual.suffix.lower():
        raise GoldFileError(f"--update copies {actual} as it is: give an expected file with the "
                            f"same suffix ({actual.suffix}), not {expected.name}.")
    try:
        before = check(expected, actual, keys) if expected.is_file() else None
    except GoldFileError:
        before = None  # an unreadable old file is what --update is for
    expected.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(expected) as tmp:
        shutil.copyfile(actual, tmp)
    return before
