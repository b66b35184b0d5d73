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

import codecs
import csv
import io
import json
import shutil
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pipeline.cells import neutralise, restore
from pipeline.errors import GoldFileError, MissingStageOutput
from pipeline.export import atomic_path
from pipeline.tables import INTEGER_COLUMNS

DEFAULT_KEYS = ["doc_id", "designator_norm", "designee_norm", "role_norm", "status"]
# Shown beside a differing row, when the file has it, so that a reviewer sees why.
CONTEXT_COLUMN = "sentence"
CSV_SUFFIXES = {".csv", ".tsv", ".txt"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
PARQUET_SUFFIXES = {".parquet"}

Row = tuple[str, ...]
# Bytes read to tell a CSV file's encoding.
ENCODING_SAMPLE = 1 << 22


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


def _csv_separator(path: Path, encoding: str = "utf-8-sig") -> str:
    """The separator of a CSV file, read from its header (column names hold none)."""
    with path.open(encoding=encoding, errors="replace") as handle:
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
        with path.open("rb") as handle:
            encoding = _file_encoding(handle.read(ENCODING_SAMPLE))
        sep = _csv_separator(path, encoding)
        header = pd.read_csv(path, sep=sep, nrows=0, encoding=encoding).columns
        frame = pd.read_csv(path, sep=sep, dtype=str, keep_default_na=False, encoding=encoding,
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


# -- --update: rewrite the expected file where it differs, in its own dialect ---------


@dataclass
class UpdateResult:
    """What `update` did: the change on the key columns, and the rows written anew."""

    before: CheckResult | None
    kept: int = 0
    written: int = 0
    removed: int = 0


@dataclass
class _CsvFile:
    """A CSV file as written: dialect, header line, and each record's own text."""

    encoding: str
    sep: str
    newline: str
    header: list[str]
    header_text: str
    records: list[tuple[list[str], str]]


def _file_encoding(raw: bytes) -> str:
    """The encoding of a text file: UTF-8 with or without BOM, else CP1252 (Spanish legacy)."""
    if raw.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    try:
        # Incremental, so that a sample cut inside a character still reads as UTF-8.
        codecs.getincrementaldecoder("utf-8")().decode(raw, final=False)
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8"


def _lines(text: str) -> list[str]:
    """Lines with their ends, split at LF only (str.splitlines would also split a
    cell at U+2028, form feed and the like, which CSV and JSON leave in place)."""
    parts = text.split("\n")
    return [part + "\n" for part in parts[:-1]] + ([parts[-1]] if parts[-1] else [])


def _read_csv_file(path: Path) -> _CsvFile:
    raw = path.read_bytes()
    encoding = _file_encoding(raw)
    text = raw.decode(encoding)
    newline = "\r\n" if "\r\n" in text.split("\n", 1)[0] + "\n" else "\n"
    sep = _csv_separator(path, encoding)
    lines = iter(_lines(text))
    consumed: list[str] = []

    def feed() -> Iterator[str]:
        for line in lines:
            consumed.append(line)
            yield line

    reader = csv.reader(feed(), delimiter=sep)
    records: list[tuple[list[str], str]] = []
    header: list[str] = []
    header_text = ""
    try:
        for row in reader:
            raw_text, consumed[:] = "".join(consumed), []
            if not header:
                header, header_text = row, raw_text
            elif row:
                records.append((row, raw_text))
    except csv.Error as error:
        raise GoldFileError(f"Cannot read expected file {path}: {error}") from None
    return _CsvFile(encoding, sep, newline, header, header_text, records)


def _text_rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    """Every row of a triples file as text (CSV neutralisation undone), with its columns."""
    suffix = path.suffix.lower()
    if suffix in PARQUET_SUFFIXES:
        import pyarrow.parquet as pq

        columns = pq.read_schema(path).names
    elif suffix in JSONL_SUFFIXES:
        columns = []
        with path.open(encoding="utf-8-sig") as handle:
            for line in handle:
                if line.strip():
                    columns.extend(k for k in json.loads(line) if k not in columns)
    else:
        columns = _read_csv_file(path).header
    frame = _frame(path, columns, "actual file")
    return columns, frame.to_dict(orient="records")


def _model_of_run(triples: Path) -> dict[str, str] | None:
    """The model and designa version that wrote a triples file (its run.json), if known."""
    run_file = Path(triples).parent / "run.json"
    try:
        info = json.loads(run_file.read_text(encoding="utf-8"))
        return {"model": info["model"]["name"], "version": info["model"]["version"],
                "designa": info.get("designa", "")}
    except (OSError, ValueError, KeyError, TypeError):
        return None


def model_file(expected: Path) -> Path:
    """Where `--update` records the model an expected file was made with."""
    return Path(expected).with_name(Path(expected).stem + ".model.json")


def model_warning(expected: Path, actual: Path) -> str | None:
    """A warning when the expected rows were made with another model than the actual ones."""
    try:
        made = json.loads(model_file(expected).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    now = _model_of_run(actual)
    if now is None or (made.get("model"), made.get("version")) == (now["model"], now["version"]):
        return None
    return (f"{expected} was made with {made.get('model')} {made.get('version')}, {actual} with "
            f"{now['model']} {now['version']}: rows that depend on the model may differ. Pin the "
            f"model (see README, \"Regression checks in CI\") or keep expected rows per model.")


def update(expected: Path, actual: Path, keys: list[str] | None = None) -> UpdateResult:
    """Rewrite the expected file from the actual one, after a reviewed change.

    Only rows that changed are written anew: a row of the expected file whose
    values (on the expected file's own columns) the actual file still has keeps
    its exact text; the others are removed, and the actual's new rows are
    added in the expected file's separator, encoding, line ending and columns,
    in the actual file's order. A new expected file is a copy of the actual
    one. The model of the actual run (its run.json) is recorded beside it, in
    `<name>.model.json`, so that `check` can warn when the models differ.

    Raises:
        MissingStageOutput: the actual file is missing.
        GoldFileError: a file cannot be read, or a Parquet file would be rewritten from another format.
    """
    expected, actual = Path(expected), Path(actual)
    if not actual.is_file():
        raise MissingStageOutput(f"triples file {actual}", "run")
    before = None
    if expected.is_file():
        try:
            before = check(expected, actual, keys)
        except GoldFileError:
            before = None  # an unreadable old file is what --update is for
    expected.parent.mkdir(parents=True, exist_ok=True)
    suffix = expected.suffix.lower()
    result = UpdateResult(before)
    if before is None or suffix in PARQUET_SUFFIXES:
        if suffix != actual.suffix.lower():
            raise GoldFileError(f"--update copies {actual} as it is into a new or {suffix} file: give "
                                f"an expected file with the same suffix ({actual.suffix}), "
                                f"not {expected.name}.")
        with atomic_path(expected) as tmp:
            shutil.copyfile(actual, tmp)
        result.written = before.actual_rows if before else read_keyed(actual, _parse_keys(keys),
                                                                      "actual file").total
    else:
        _, rows = _text_rows(actual)
        if suffix in JSONL_SUFFIXES:
            _rewrite_jsonl(expected, rows, result)
        else:
            _rewrite_csv(expected, rows, result)
    made = _model_of_run(actual)
    if made is not None:
        with atomic_path(model_file(expected)) as tmp:
            tmp.write_text(json.dumps(made, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return result


def _reuse(old: list[tuple[tuple[str, ...], str]], new_rows: list[tuple[str, ...]],
           fresh: Callable[[int], str], result: UpdateResult) -> list[str]:
    """The text of each new row: an unused old row with the same values, else a fresh one."""
    unused: dict[tuple[str, ...], list[str]] = {}
    for values, text in old:
        unused.setdefault(values, []).append(text)
    pieces = []
    for index, values in enumerate(new_rows):
        if unused.get(values):
            pieces.append(unused[values].pop(0))
            result.kept += 1
        else:
            pieces.append(fresh(index))
            result.written += 1
    result.removed = sum(len(texts) for texts in unused.values())
    return pieces


def _rewrite_csv(expected: Path, rows: list[dict[str, str]], result: UpdateResult) -> None:
    file = _read_csv_file(expected)
    columns = file.header
    old = [(tuple(restore(cell) for cell in row), text) for row, text in file.records]
    new_rows = [tuple(row.get(c, "") for c in columns) for row in rows]

    def fresh(index: int) -> str:
        buffer = io.StringIO()
        # Neutralised as designa writes CSV; `check` reads either way.
        csv.writer(buffer, delimiter=file.sep, lineterminator=file.newline).writerow(
            [neutralise(value) for value in new_rows[index]])
        return buffer.getvalue()

    pieces = _reuse(old, new_rows, fresh, result)
    # A last row without its line end keeps none; a reused one in the middle needs one.
    pieces = [p if p.endswith(("\n", "\r")) else p + file.newline for p in pieces]
    with atomic_path(expected) as tmp:
        tmp.write_bytes((file.header_text + "".join(pieces)).encode(file.encoding))


def _rewrite_jsonl(expected: Path, rows: list[dict[str, str]], result: UpdateResult) -> None:
    raw = expected.read_bytes()
    encoding = _file_encoding(raw)
    lines = [line for line in _lines(raw.decode(encoding)) if line.strip()]
    records = [json.loads(line) for line in lines]
    columns: list[str] = []
    for record in records:
        columns.extend(k for k in record if k not in columns)
    old = [(tuple(_text(r.get(c)) for c in columns), line) for r, line in zip(records, lines)]
    new_rows = [tuple(row.get(c, "") for c in columns) for row in rows]

    def fresh(index: int) -> str:
        record = {}
        for column, value in zip(columns, new_rows[index]):
            # The typing policy of designa's JSONL: NULL for empty, integers as numbers.
            record[column] = (None if value == "" else
                              int(value) if column in INTEGER_COLUMNS and value.lstrip("-").isdigit()
                              else value)
        return json.dumps(record, ensure_ascii=False) + "\n"

    pieces = _reuse(old, new_rows, fresh, result)
    pieces = [p if p.endswith("\n") else p + "\n" for p in pieces]
    with atomic_path(expected) as tmp:
        tmp.write_bytes("".join(pieces).encode(encoding))
