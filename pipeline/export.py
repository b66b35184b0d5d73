"""Stage 4, export: the work tables to files for people and programs.

Every file is written under a temporary name and renamed into place, so a
run killed at any moment leaves either the old file or the new one. Rows are
sorted so that re-runs are byte-identical. Tables are streamed from SQLite in
chunks, so memory does not grow with the archive, whatever the format.

Text meant for spreadsheets (CSV and the xlsx workbook) is neutralised
against formula injection: news text is untrusted input, and a cell that
starts with `=`, `+`, `-`, `@`, tab or carriage return is a formula to Excel
and LibreOffice. JSONL and Parquet are for programs and keep the raw text.
"""
from __future__ import annotations

import codecs
import datetime as dt
import functools
import json
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
from dateutil import parser as date_parser

from pipeline.config import Config
from pipeline.errors import ConfigError, OutputExists
from pipeline.store import WorkStore
from pipeline.tables import (
    DATE_COLUMNS,
    DOCUMENT_COLUMNS,
    ENTITY_COLUMNS,
    FACT_COLUMNS,
    INTEGER_COLUMNS,
    TRIPLE_COLUMNS,
)

FORMATS = ("csv", "xlsx", "jsonl", "parquet")
TABLES = ("triples", "facts", "entities", "documents")
# What a triples-only run (`run.tables = "triples"`) exports: no entities table.
TRIPLES_ONLY = ("triples", "facts", "documents")
WORKBOOK = "designa.xlsx"
REPORT = "report.html"
RUN_FILE = "run.json"
# Between the designators of one fact ("Gobierno | presidenta").
LIST_SEPARATOR = " | "
# Rows per chunk, read from SQLite and written out before the next: peak memory
# is set by this, not by the size of the archive.
CHUNK_ROWS = 5000

# Cells starting with these are formulas to a spreadsheet (OWASP CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# A leading apostrophe is escaped too, so that `restore` undoes `neutralise` exactly.
_ESCAPED_STARTS = FORMULA_STARTS + ("'",)

# Excel's limits: rows per sheet (header included) and characters per cell.
XLSX_MAX_ROWS = 1_048_576
XLSX_MAX_CELL = 32_767
XLSX_TRUNCATED = " [...]"
# openpyxl refuses control characters that XML 1.0 cannot hold.
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

_QUERIES = {
    "triples": (
        "SELECT t.*, d.source AS source, d.published AS published, d.url AS url, d.title AS title "
        "FROM triples t LEFT JOIN (SELECT doc_id, source, published, url, title FROM documents "
        "WHERE status='ok') d USING (doc_id) "
        "ORDER BY t.doc_id, t.sent_index, t.trigger_start, t.designee_start, t.role_start",
        TRIPLE_COLUMNS,
    ),
    "entities": (
        "SELECT * FROM entities ORDER BY doc_id, start, end, label",
        ENTITY_COLUMNS,
    ),
    "documents": (
        "SELECT * FROM documents ORDER BY doc_id, source, CAST(record AS INTEGER), record",
        DOCUMENT_COLUMNS,
    ),
    # One row per appointment (designee, role, status): the articles that report it may name
    # the designator differently ("Gobierno", "presidenta"), so designators are listed, most
    # frequent first (designa_ranked); the dates are the designation's own (triples.date).
    "facts": (
        "SELECT t.designee_norm, t.role_norm, t.status, designa_ranked(t.designator_norm) AS designators, "
        "COUNT(*) AS mentions, COUNT(DISTINCT t.doc_id) AS documents, "
        "MIN(NULLIF(t.date, '')) AS first_date, MAX(NULLIF(t.date, '')) AS last_date, "
        "MIN(t.doc_id) AS example_doc_id "
        "FROM triples t "
        "GROUP BY t.designee_norm, t.role_norm, t.status "
        "ORDER BY mentions DESC, t.designee_norm, t.role_norm, t.status",
        FACT_COLUMNS,
    ),
}


@dataclass
class ExportSummary:
    """What an export wrote: files, rows per table, and notes for the user."""

    out: Path
    files: list[Path] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    xlsx: dict[str, Any] = field(default_factory=dict)


# -- published dates ------------------------------------------------------


class _SpanishDates(date_parser.parserinfo):
    """dateutil's parser taught Spanish month and weekday names ("27 de enero de 2023")."""

    JUMP = date_parser.parserinfo.JUMP + ["de", "del", "el", "hrs", "horas"]
    MONTHS = [
        ("ene", "enero", "jan", "january"), ("feb", "febrero", "february"),
        ("mar", "marzo", "march"), ("abr", "abril", "apr", "april"), ("may", "mayo"),
        ("jun", "junio", "june"), ("jul", "julio", "july"), ("ago", "agosto", "aug", "august"),
        ("sep", "sept", "set", "septiembre", "setiembre", "september"),
        ("oct", "octubre", "october"), ("nov", "noviembre", "november"),
        ("dic", "diciembre", "dec", "december"),
    ]
    # "mar" is left to the months (marzo): a weekday never decides a date.
    WEEKDAYS = [
        ("lun", "lunes", "mon", "monday"), ("martes", "tue", "tuesday"),
        ("mié", "mie", "miércoles", "miercoles", "wed", "wednesday"),
        ("jue", "jueves", "thu", "thursday"), ("vie", "viernes", "fri", "friday"),
        ("sáb", "sab", "sábado", "sabado", "sat", "saturday"),
        ("dom", "domingo", "sun", "sunday"),
    ]


_DAY_FIRST = _SpanishDates(dayfirst=True)
_YEAR_FIRST = _SpanishDates(yearfirst=True)
# Two different defaults: a field that differs between the two parses was not in the text.
_DEFAULTS = (dt.datetime(2001, 2, 3), dt.datetime(2004, 5, 6))


@functools.lru_cache(maxsize=65536)
def published_date(value: str | None) -> str | None:
    """The calendar date of a `published` value as ISO `YYYY-MM-DD`, or None.

    ISO 8601 is read as such; other forms are read day first, as Spanish
    writes them ("02/01/2023" is 2 January), with Spanish or English month
    names. A value without a year, month or day ("enero de 2023", "hace 2
    horas") gives None rather than a guessed date. The date is the one
    written, in its own time zone.
    """
    text = (value or "").strip()
    if not text:
        return None
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    info = _YEAR_FIRST if re.match(r"\d{4}\D", text) else _DAY_FIRST
    try:
        first, second = (date_parser.parse(text, parserinfo=info, default=d) for d in _DEFAULTS)
    except (ValueError, OverflowError):
        return None
    if first.date() != second.date() or not 1800 <= first.year <= 2200:
        return None
    return first.date().isoformat()


# -- reading the work store ----------------------------------------------


class _Ranked:
    """SQL aggregate: the distinct non-empty values, most frequent first, then alphabetical."""

    def __init__(self) -> None:
        self.counts: dict[str, int] = {}

    def step(self, value: str | None) -> None:
        if value:
            self.counts[value] = self.counts.get(value, 0) + 1

    def finalize(self) -> str:
        return LIST_SEPARATOR.join(sorted(self.counts, key=lambda v: (-self.counts[v], v)))


def _register_functions(store: WorkStore) -> None:
    store.db.create_function("designa_date", 1, published_date, deterministic=True)
    store.db.create_aggregate("designa_ranked", 1, _Ranked)


def table_chunks(store: WorkStore, table: str) -> Iterator[pd.DataFrame]:
    """A table's rows, sorted, in DataFrames of at most CHUNK_ROWS rows (at least one)."""
    _register_functions(store)
    query, columns = _QUERIES[table]
    empty = True
    for chunk in pd.read_sql_query(query, store.db, chunksize=CHUNK_ROWS):
        empty = False
        yield _typed(chunk, columns)
    if empty:
        yield _typed(pd.DataFrame(columns=columns), columns)


def _typed(frame: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    frame = frame.reindex(columns=columns)
    for column in columns:
        if column in INTEGER_COLUMNS:
            frame[column] = pd.to_numeric(frame[column], errors="coerce").astype("Int64")
        else:
            frame[column] = frame[column].astype("string").fillna("")
    return frame


# -- formula neutralisation ----------------------------------------------


def neutralise(value: Any) -> Any:
    """Prefix a text cell that a spreadsheet would read as a formula with an apostrophe.

    A text that already starts with an apostrophe gets one more, so that
    `restore` gives back exactly the original text.
    """
    if isinstance(value, str) and value.startswith(_ESCAPED_STARTS):
        return "'" + value
    return value


def restore(value: Any) -> Any:
    """Undo `neutralise`: drop the apostrophe it added."""
    if isinstance(value, str) and value.startswith("'") and value[1:].startswith(_ESCAPED_STARTS):
        return value[1:]
    return value


def _neutralised(chunk: pd.DataFrame) -> pd.DataFrame:
    """`neutralise` on every text column of a chunk, vectorised."""
    chunk = chunk.copy()
    for column in chunk.columns:
        if column in INTEGER_COLUMNS:
            continue
        text = chunk[column]
        risky = text.str.startswith(_ESCAPED_STARTS).fillna(False)
        if risky.any():
            chunk[column] = text.where(~risky, "'" + text)
    return chunk


# -- writers -----------------------------------------------------------------


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside `path`; rename it over `path` on success."""
    tmp = path.with_name(f".{path.stem}.tmp-{os.getpid()}{path.suffix}")
    try:
        yield tmp
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def _write_csv(store: WorkStore, table: str, path: Path, sep: str, encoding: str) -> int:
    rows = 0
    with atomic_path(path) as tmp, tmp.open("w", encoding=encoding, newline="") as handle:
        for index, chunk in enumerate(table_chunks(store, table)):
            # CRLF, as RFC 4180 and Excel write it; it also makes the csv module
            # quote a field holding a bare CR, which a "\n" terminator leaves bare
            # (and a reader then splits the row there).
            _neutralised(chunk).to_csv(handle, sep=sep, index=False, header=index == 0,
                                       lineterminator="\r\n")
            rows += len(chunk)
    return rows


def _write_jsonl(store: WorkStore, table: str, path: Path) -> int:
    rows = 0
    with atomic_path(path) as tmp, tmp.open("w", encoding="utf-8") as handle:
        for chunk in table_chunks(store, table):
            for record in chunk.to_dict(orient="records"):
                clean = {k: (None if v is pd.NA else v) for k, v in record.items()}
                handle.write(json.dumps(clean, ensure_ascii=False, default=int) + "\n")
            rows += len(chunk)
    return rows


def _write_parquet(store: WorkStore, table: str, path: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = 0
    writer = None
    with atomic_path(path) as tmp:
        try:
            for chunk in table_chunks(store, table):
                arrow = _arrow_dates(pa.Table.from_pandas(chunk, preserve_index=False))
                if writer is None:
                    writer = pq.ParquetWriter(tmp, arrow.schema)
                writer.write_table(arrow.cast(writer.schema))
                rows += len(chunk)
        finally:
            if writer is not None:
                writer.close()
    return rows


def iso_date(value: Any) -> dt.date | None:
    """An ISO `YYYY-MM-DD` cell as a date (None when empty or not a date)."""
    if not isinstance(value, str) or not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _arrow_dates(arrow: Any) -> Any:
    """The date columns of an Arrow table as date32, so that readers get a date type."""
    import pyarrow as pa

    for index, name in enumerate(arrow.column_names):
        if name in DATE_COLUMNS:
            values = [iso_date(v) for v in arrow.column(index).to_pylist()]
            arrow = arrow.set_column(index, pa.field(name, pa.date32()), pa.array(values, type=pa.date32()))
    return arrow


def _column_widths(chunk: pd.DataFrame) -> list[float]:
    """Widths from the header and the first chunk's text: wide enough, capped at 60."""
    widths = []
    for column in chunk.columns:
        lengths = chunk[column].astype("string").fillna("").str.len()
        typical = float(lengths.quantile(0.9)) if len(lengths) else 0.0
        widths.append(min(max(len(column), typical, 4) + 2, 60))
    return widths


def _xlsx_cell_text(value: str) -> tuple[str, bool]:
    """A text as an xlsx cell can hold it: XML-safe, neutralised, within 32,767 characters."""
    # XML reads a raw CR as LF, so say LF; then neutralise what is left.
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    text = neutralise(_XML_ILLEGAL.sub("\N{REPLACEMENT CHARACTER}", value))
    if len(text) <= XLSX_MAX_CELL:
        return text, False
    return text[:XLSX_MAX_CELL - len(XLSX_TRUNCATED)] + XLSX_TRUNCATED, True


class _SheetWriter:
    """Rows of one table into as many write-only sheets as Excel's row limit needs."""

    def __init__(self, workbook: Any, table: str, columns: list[str], max_rows: int) -> None:
        self.workbook = workbook
        self.table = table
        self.columns = columns
        self.max_rows = max_rows
        self.sheets: list[str] = []
        self.sheet: Any = None
        self.sheet_rows = 0
        self.truncated = 0
        self.widths: list[float] = [len(c) + 2 for c in columns]

    def _new_sheet(self) -> None:
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Font
        from openpyxl.utils import get_column_letter

        self._close_sheet()
        name = self.table if not self.sheets else f"{self.table} ({len(self.sheets) + 1})"
        self.sheet = self.workbook.create_sheet(name)
        self.sheets.append(name)
        # Write-only sheets take widths and panes before the first row.
        for index, width in enumerate(self.widths, start=1):
            self.sheet.column_dimensions[get_column_letter(index)].width = width
        self.sheet.freeze_panes = "A2"
        bold = Font(bold=True)
        header = []
        for name in self.columns:
            cell = WriteOnlyCell(self.sheet, value=name)
            cell.font = bold
            header.append(cell)
        self.sheet.append(header)
        self.sheet_rows = 0

    def _close_sheet(self) -> None:
        from openpyxl.utils import get_column_letter

        if self.sheet is not None:
            last = get_column_letter(len(self.columns))
            self.sheet.auto_filter.ref = f"A1:{last}{self.sheet_rows + 1}"

    def write(self, chunk: pd.DataFrame) -> None:
        if self.sheet is None:
            self.widths = _column_widths(chunk)
            self._new_sheet()
        from openpyxl.cell import WriteOnlyCell

        integer = [c in INTEGER_COLUMNS for c in self.columns]
        dates = [c in DATE_COLUMNS for c in self.columns]
        for record in chunk.itertuples(index=False, name=None):
            if self.sheet_rows >= self.max_rows - 1:
                self._new_sheet()
            row = []
            for value, is_int, is_date in zip(record, integer, dates):
                if value is pd.NA or value is None:
                    row.append(None)
                elif is_int:
                    row.append(int(value))
                elif is_date:
                    # A date cell, shown as ISO whatever the spreadsheet's locale.
                    day = iso_date(value)
                    cell = WriteOnlyCell(self.sheet, value=day)
                    if day is not None:
                        cell.number_format = "yyyy-mm-dd"
                    row.append(cell)
                else:
                    text, cut = _xlsx_cell_text(str(value))
                    self.truncated += cut
                    row.append(text)
            self.sheet.append(row)
            self.sheet_rows += 1

    def close(self) -> None:
        self._close_sheet()


def _write_xlsx(store: WorkStore, path: Path, summary: ExportSummary,
                tables: tuple[str, ...] = TABLES) -> None:
    """One workbook, a sheet per table, streamed with openpyxl's write-only mode.

    A table longer than Excel's row limit goes on in sheets "triples (2)",
    ... ; a cell longer than Excel's limit is cut, with a note. Nothing is
    dropped silently: both are in the summary's notes and run.json.
    """
    from openpyxl import Workbook

    max_rows = XLSX_MAX_ROWS
    workbook = Workbook(write_only=True)
    report: dict[str, Any] = {"sheets": {}, "truncated_cells": {}}
    for table in tables:
        sheet = _SheetWriter(workbook, table, _QUERIES[table][1], max_rows)
        rows = 0
        for chunk in table_chunks(store, table):
            sheet.write(chunk)
            rows += len(chunk)
        sheet.close()
        summary.rows[table] = rows
        report["sheets"][table] = sheet.sheets
        if len(sheet.sheets) > 1:
            summary.notes.append(
                f"{table}: {rows:,} rows exceed Excel's {max_rows - 1:,} rows per sheet; "
                f"continued on sheets {', '.join(sheet.sheets[1:])} of {path.name}.")
        if sheet.truncated:
            report["truncated_cells"][table] = sheet.truncated
            summary.notes.append(
                f"{table}: {sheet.truncated:,} cell(s) longer than Excel's {XLSX_MAX_CELL:,} "
                f"characters cut in {path.name} (ending '{XLSX_TRUNCATED.strip()}'); "
                "the CSV, JSONL and Parquet files keep the full text.")
    with atomic_path(path) as tmp:
        workbook.save(tmp)
    summary.xlsx = report


def check_formats(formats: list[str]) -> list[str]:
    """The requested formats, validated, without repeats.

    Raises:
        ConfigError: a format designa does not write.
    """
    formats = [f.strip().lower() for f in formats if f.strip()]
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ConfigError(f"Unknown export format(s) {', '.join(unknown)}; known: {', '.join(FORMATS)}.")
    if not formats:
        raise ConfigError(f"No export format given; known: {', '.join(FORMATS)}.")
    return list(dict.fromkeys(formats))


def csv_dialect(config: Config) -> tuple[str, str]:
    """The CSV separator and encoding from the settings, validated.

    Raises:
        ConfigError: a separator that is not one character, or an unknown encoding.
    """
    sep = config.get("export.csv_sep")
    sep = {"tab": "\t", "\\t": "\t"}.get(sep.lower(), sep)
    if len(sep) != 1 or sep in {'"', "\n", "\r"}:
        raise ConfigError(f"export.csv_sep must be one character such as ',' or ';' (or 'tab'), got {sep!r}.")
    encoding = config.get("export.csv_encoding")
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise ConfigError(f"export.csv_encoding {encoding!r} is not an encoding Python knows.") from None
    return sep, encoding


def output_names() -> set[str]:
    """The names of every file designa writes in an export folder."""
    names = {f"{t}.{ext}" for t in TABLES for ext in FORMATS if ext != "xlsx"}
    return names | {WORKBOOK, REPORT}


def guard_output(out: Path, force: bool) -> None:
    """Refuse to write into a folder of other files unless `force` (or designa wrote it).

    Raises:
        OutputExists: `out` holds files with designa's names but no run.json.
    """
    if force or not out.exists():
        return
    produced = sorted(p.name for p in out.iterdir() if p.name in output_names())
    if produced and not (out / RUN_FILE).exists():
        raise OutputExists(
            f"{out} holds {', '.join(produced[:3])} not written by designa; use --force to overwrite."
        )


def export(store: WorkStore, out: Path, config: Config, *, formats: list[str] | None = None,
           force: bool = False, run_info: dict[str, Any] | None = None,
           tables: tuple[str, ...] | None = None) -> ExportSummary:
    """Write every table to `out` in the requested formats, and run.json.

    csv, jsonl and parquet write one file per table (`triples.csv`, ...);
    xlsx writes one workbook, `designa.xlsx`, with a sheet per table.
    `tables` defaults to every table, or to `TRIPLES_ONLY` when the work
    folder was made by a triples-only run; files of a table not exported
    that an earlier export left in `out` are removed, so that no stale table
    sits beside the new ones.

    Raises:
        ConfigError: an unknown format.
        MissingStageOutput: a table has not been made yet.
        OutputExists: `out` holds files designa did not write and force is off.
    """
    formats = check_formats(list(formats or config.get("export.formats")))
    if tables is None:
        tables = TRIPLES_ONLY if (store.meta("run.tables") == "triples"
                                  and not store.has_table("entities")) else TABLES
    for table in tables:
        if table != "facts":
            store.require(table)
    # A triples table written before its qualifiers (or by other qualifier words) gets them now.
    from pipeline.qualify import Qualifier
    from pipeline.qualify.stage import qualify_triples

    qualify_triples(store, Qualifier.from_config(config), config)
    out = Path(out)
    guard_output(out, force)
    out.mkdir(parents=True, exist_ok=True)
    for table in set(TABLES) - set(tables):
        for fmt in FORMATS:
            (out / f"{table}.{fmt}").unlink(missing_ok=True)
    summary = ExportSummary(out=out)
    sep, encoding = csv_dialect(config)
    for fmt in formats:
        if fmt == "xlsx":
            _write_xlsx(store, out / WORKBOOK, summary, tables)
            summary.files.append(out / WORKBOOK)
            continue
        for table in tables:
            path = out / f"{table}.{fmt}"
            if fmt == "csv":
                rows = _write_csv(store, table, path, sep, encoding)
            elif fmt == "jsonl":
                rows = _write_jsonl(store, table, path)
            else:
                rows = _write_parquet(store, table, path)
            summary.files.append(path)
            summary.rows[table] = rows
    info = dict(run_info or {})
    info.setdefault("counts", {})
    info["counts"].update({f"{table}_rows": n for table, n in summary.rows.items()})
    info["counts"]["documents_by_status"] = dict(store.db.execute(
        "SELECT status, COUNT(*) FROM documents GROUP BY status ORDER BY status").fetchall())
    info["export"] = {"formats": formats, "csv_sep": sep, "csv_encoding": encoding,
                      "files": sorted(p.name for p in summary.files)}
    if summary.xlsx:
        info["export"]["xlsx"] = summary.xlsx
    if summary.notes:
        info["export"]["notes"] = summary.notes
    with atomic_path(out / RUN_FILE) as tmp:
        tmp.write_text(json.dumps(info, ensure_ascii=False, indent=2, sort_keys=True) + "\n",
                       encoding="utf-8")
    summary.files.append(out / RUN_FILE)
    return summary
