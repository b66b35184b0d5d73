"""Stage 4, export: the work tables to files for people and programs.

Every file of an export is first written under a temporary name of
designa's own (`.designa-tmp-<pid>-<name>`); only when all of them are
complete are they renamed into place, so a disk that fills or a run killed
mid-export leaves the previous complete set of files, never a mix of old and
new. A manifest (`.designa-export.json`) written before anything else marks
the folder as designa's, so the re-run after an interrupted first export is
not refused as "not written by designa". Rows are
sorted so that re-runs are byte-identical. Tables are streamed from SQLite in
chunks, so memory does not grow with the archive, whatever the format.

Every format follows one typing policy (`pipeline.cells`): empty is NULL,
whole numbers are integers, dates are ISO dates (typed where the format has a
date type), the rest is the source's exact text. CSV, having no types, is
neutralised against formula injection for spreadsheets unless
`export.csv_neutralise` is off (`--csv-raw`); the workbook types its text
cells as strings instead, and JSONL and Parquet are raw.
"""
from __future__ import annotations

import codecs
import datetime as dt
import functools
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
from dateutil import parser as date_parser

from pipeline.cells import (  # noqa: F401  (neutralise and restore are part of this module's API)
    FORMULA_STARTS,
    XLSX_MAX_CELL,
    XLSX_TRUNCATED,
    arrow_schema,
    arrow_table,
    is_formula_like,
    neutralise,
    neutralise_frame,
    restore,
    xlsx_text,
)
from pipeline.config import Config
from pipeline.errors import ConfigError
# The export folder's names and safety live in pipeline.outputs; re-exported for
# the modules that import them from here (report, check).
from pipeline.outputs import (  # noqa: F401
    FORMATS,
    MANIFEST,
    REPORT,
    RUN_FILE,
    TABLES,
    WORKBOOK,
    atomic_path,
    guard_output,
    output_names,
    prepare_output,
    remove_stale_temporaries,
    temporary_path,
    writing,
)
from pipeline.store import WorkStore
from pipeline.tables import (
    DATE_COLUMNS,
    DOCUMENT_COLUMNS,
    ENTITY_COLUMNS,
    FACT_COLUMNS,
    INTEGER_COLUMNS,
    TRIPLE_COLUMNS,
)

# What a triples-only run (`run.tables = "triples"`) exports: no entities table.
TRIPLES_ONLY = ("triples", "facts", "documents")
# Between the designators of one fact ("Gobierno | presidenta").
LIST_SEPARATOR = " | "
# Rows per chunk, read from SQLite and written out before the next: peak memory
# is set by this, not by the size of the archive.
CHUNK_ROWS = 5000

# Excel's limit of rows per sheet (header included).
XLSX_MAX_ROWS = 1_048_576

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
    # `published` becomes a date on export (see _typed); `published_text` keeps it as written.
    "documents": (
        "SELECT *, published AS published_text FROM documents "
        "ORDER BY doc_id, path, CAST(record AS INTEGER), record",
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
    """The columns of a table, typed by the one policy of `pipeline.cells`.

    Whole numbers as Int64, dates as ISO `YYYY-MM-DD` text (each writer gives
    it the format's date type), the rest as text; empty is NA everywhere.
    """
    frame = frame.reindex(columns=columns)
    for column in columns:
        if column in INTEGER_COLUMNS:
            frame[column] = pd.to_numeric(frame[column], errors="coerce").astype("Int64")
            continue
        text = frame[column].astype("string")
        if column in DATE_COLUMNS:
            text = text.map(published_date, na_action="ignore").astype("string")
        frame[column] = text.mask(text == "")
    return frame


def _text_columns(columns: list[str]) -> list[str]:
    return [c for c in columns if c not in INTEGER_COLUMNS and c not in DATE_COLUMNS]


# -- writers -----------------------------------------------------------------


def _write_csv(store: WorkStore, table: str, path: Path, sep: str, encoding: str,
               neutralised: bool = True) -> int:
    rows = 0
    text_columns = _text_columns(_QUERIES[table][1])
    with path.open("w", encoding=encoding, newline="") as handle:
        for index, chunk in enumerate(table_chunks(store, table)):
            if neutralised:
                chunk = neutralise_frame(chunk, text_columns)
            # CRLF, as RFC 4180 and Excel write it; it also makes the csv module
            # quote a field holding a bare CR, which a "\n" terminator leaves bare
            # (and a reader then splits the row there).
            chunk.to_csv(handle, sep=sep, index=False, header=index == 0, lineterminator="\r\n")
            rows += len(chunk)
    return rows


def _write_jsonl(store: WorkStore, table: str, path: Path) -> int:
    rows = 0
    with path.open("w", encoding="utf-8") as handle:
        for chunk in table_chunks(store, table):
            for record in chunk.to_dict(orient="records"):
                clean = {k: (None if v is pd.NA else v) for k, v in record.items()}
                handle.write(json.dumps(clean, ensure_ascii=False, default=int) + "\n")
            rows += len(chunk)
    return rows


def _write_parquet(store: WorkStore, table: str, path: Path) -> int:
    import pyarrow.parquet as pq

    rows = 0
    schema = arrow_schema(_QUERIES[table][1])
    writer = None
    try:
        for chunk in table_chunks(store, table):
            arrow = arrow_table(chunk, schema)
            if writer is None:
                writer = pq.ParquetWriter(path, schema)
            writer.write_table(arrow)
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



def _column_widths(chunk: pd.DataFrame) -> list[float]:
    """Widths from the header and the first chunk's text: wide enough, capped at 60."""
    widths = []
    for column in chunk.columns:
        lengths = chunk[column].astype("string").fillna("").str.len()
        typical = float(lengths.quantile(0.9)) if len(lengths) else 0.0
        widths.append(min(max(len(column), typical, 4) + 2, 60))
    return widths


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

        kinds = ["int" if c in INTEGER_COLUMNS else "date" if c in DATE_COLUMNS else "text"
                 for c in self.columns]
        for record in chunk.itertuples(index=False, name=None):
            if self.sheet_rows >= self.max_rows - 1:
                self._new_sheet()
            row: list[Any] = []
            for value, kind in zip(record, kinds):
                if value is pd.NA or value is None:
                    row.append(None)
                elif kind == "int":
                    row.append(int(value))
                elif kind == "date":
                    # A date cell, shown as ISO whatever the spreadsheet's locale.
                    day = iso_date(value)
                    cell = WriteOnlyCell(self.sheet, value=day)
                    if day is not None:
                        cell.number_format = "yyyy-mm-dd"
                    row.append(cell)
                else:
                    text, cut = xlsx_text(str(value))
                    self.truncated += cut
                    if not is_formula_like(text):
                        row.append(text)  # openpyxl writes any other text as a string cell
                        continue
                    # A string cell, never a formula, whatever it starts with; Excel's
                    # quote prefix keeps a formula-like text a text when edited.
                    cell = WriteOnlyCell(self.sheet, value=text)
                    cell.data_type = "s"
                    cell.quotePrefix = True
                    row.append(cell)
            self.sheet.append(row)
            self.sheet_rows += 1

    def close(self) -> None:
        self._close_sheet()


def _write_xlsx(store: WorkStore, path: Path, summary: ExportSummary, name: str = WORKBOOK,
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
                f"continued on sheets {', '.join(sheet.sheets[1:])} of {name}.")
        if sheet.truncated:
            report["truncated_cells"][table] = sheet.truncated
            summary.notes.append(
                f"{table}: {sheet.truncated:,} cell(s) longer than Excel's {XLSX_MAX_CELL:,} "
                f"characters cut in {name} (ending '{XLSX_TRUNCATED.strip()}'); "
                "the CSV, JSONL and Parquet files keep the full text.")
    workbook.save(path)
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


def export(store: WorkStore, out: Path, config: Config, *, formats: list[str] | None = None,
           force: bool = False, run_info: dict[str, Any] | None = None,
           tables: tuple[str, ...] | None = None) -> ExportSummary:
    """Write every table to `out` in the requested formats, and run.json.

    csv, jsonl and parquet write one file per table (`triples.csv`, ...);
    xlsx writes one workbook, `designa.xlsx`, with a sheet per table.
    `tables` defaults to every table, or to `TRIPLES_ONLY` when the work
    folder was made by a triples-only run; the files of a table not exported
    that an earlier export left in `out` are removed with the new set in
    place, so that no stale table sits beside the new ones.

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
        if table != "facts":  # made from triples
            store.require(table)
    # A triples table written before its qualifiers (or by other qualifier words) gets them now.
    from pipeline.qualify import Qualifier
    from pipeline.qualify.stage import qualify_triples

    qualify_triples(store, Qualifier.from_config(config), config)
    out = Path(out)
    sep, encoding = csv_dialect(config)
    prepare_output(out, force)
    remove_stale_temporaries(out)
    summary = ExportSummary(out=out)
    neutralised = bool(config.get("export.csv_neutralise"))
    # (temporary, final) pairs: every file is complete before any is renamed into place.
    staged: list[tuple[Path, Path]] = []
    renamed = False

    def stage(path: Path) -> Path:
        staged.append((temporary_path(path), path))
        summary.files.append(path)
        return staged[-1][0]

    try:
        with writing(out):
            with atomic_path(out / MANIFEST) as tmp:
                names = [WORKBOOK] if "xlsx" in formats else []
                names += [f"{t}.{f}" for f in formats if f != "xlsx" for t in tables]
                tmp.write_text(json.dumps({"files": names + [RUN_FILE], "pid": os.getpid()}) + "\n",
                               encoding="utf-8")
            for fmt in formats:
                if fmt == "xlsx":
                    _write_xlsx(store, stage(out / WORKBOOK), summary, tables=tables)
                    continue
                for table in tables:
                    tmp = stage(out / f"{table}.{fmt}")
                    if fmt == "csv":
                        rows = _write_csv(store, table, tmp, sep, encoding, neutralised)
                    elif fmt == "jsonl":
                        rows = _write_jsonl(store, table, tmp)
                    else:
                        rows = _write_parquet(store, table, tmp)
                    summary.rows[table] = rows
            info = _run_info(store, summary, formats, sep, encoding, neutralised, run_info)
            stage(out / RUN_FILE).write_text(
                json.dumps(info, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")
            # All complete: rename into place (run.json last: it marks a finished set).
            renamed = True
            for tmp, final in staged:
                os.replace(tmp, final)
            for table in set(TABLES) - set(tables):  # an earlier export's, not of this set
                for fmt in FORMATS:
                    (out / f"{table}.{fmt}").unlink(missing_ok=True)
            (out / MANIFEST).unlink(missing_ok=True)
    finally:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
        if not renamed and (out / RUN_FILE).exists():
            (out / MANIFEST).unlink(missing_ok=True)  # the previous set is whole and marked
    return summary


def _run_info(store: WorkStore, summary: ExportSummary, formats: list[str], sep: str,
              encoding: str, neutralised: bool, run_info: dict[str, Any] | None) -> dict[str, Any]:
    info = dict(run_info or {})
    info.setdefault("counts", {})
    info["counts"].update({f"{table}_rows": n for table, n in summary.rows.items()})
    info["counts"]["documents_by_status"] = dict(store.db.execute(
        "SELECT status, COUNT(*) FROM documents GROUP BY status ORDER BY status").fetchall())
    info["export"] = {"formats": formats, "csv_sep": sep, "csv_encoding": encoding,
                      "csv_neutralise": neutralised,
                      "files": sorted(p.name for p in summary.files)}
    if summary.xlsx:
        info["export"]["xlsx"] = summary.xlsx
    if summary.notes:
        info["export"]["notes"] = summary.notes
    return info
