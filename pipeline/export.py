"""Stage 4, export: the work tables to files for people and programs.

Every file is written under a temporary name and renamed into place, so a
run killed at any moment leaves either the old file or the new one. Rows are
sorted so that re-runs are byte-identical. Tables are streamed in chunks,
so memory does not grow with the archive.
"""
from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.config import Config
from pipeline.errors import ConfigError, OutputExists
from pipeline.store import WorkStore
from pipeline.tables import (
    DOCUMENT_COLUMNS,
    ENTITY_COLUMNS,
    FACT_COLUMNS,
    INTEGER_COLUMNS,
    TRIPLE_COLUMNS,
)

FORMATS = ("csv", "jsonl", "parquet")
TABLES = ("triples", "facts", "entities", "documents")
CHUNK_ROWS = 20000
# Cells starting with these are formulas to a spreadsheet (OWASP CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
RUN_FILE = "run.json"

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
    "facts": (
        "SELECT t.designator_norm, t.designee_norm, t.role_norm, t.status, "
        "COUNT(*) AS mentions, COUNT(DISTINCT t.doc_id) AS documents, "
        "MIN(NULLIF(d.published, '')) AS first_published, "
        "MAX(NULLIF(d.published, '')) AS last_published, MIN(t.doc_id) AS example_doc_id "
        "FROM triples t LEFT JOIN (SELECT doc_id, published FROM documents WHERE status='ok') d "
        "USING (doc_id) GROUP BY t.designator_norm, t.designee_norm, t.role_norm, t.status "
        "ORDER BY mentions DESC, t.designator_norm, t.designee_norm, t.role_norm, t.status",
        FACT_COLUMNS,
    ),
}


@dataclass
class ExportSummary:
    out: Path
    files: list[Path] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)


def neutralise(value: Any) -> Any:
    """Prefix a cell that a spreadsheet would read as a formula with an apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def table_chunks(store: WorkStore, table: str) -> Iterator[pd.DataFrame]:
    """A table's rows, sorted, in DataFrames of at most CHUNK_ROWS rows."""
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


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside `path`; rename it over `path` on success."""
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
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
            chunk = chunk.map(neutralise) if len(chunk) else chunk
            chunk.to_csv(handle, sep=sep, index=False, header=index == 0, lineterminator="\n")
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
                arrow = pa.Table.from_pandas(chunk, preserve_index=False)
                if writer is None:
                    writer = pq.ParquetWriter(tmp, arrow.schema)
                writer.write_table(arrow.cast(writer.schema))
                rows += len(chunk)
        finally:
            if writer is not None:
                writer.close()
    return rows


Writer = Callable[[WorkStore, str, Path], int]


def check_formats(formats: list[str]) -> list[str]:
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ConfigError(f"Unknown export format(s) {', '.join(unknown)}; known: {', '.join(FORMATS)}.")
    return formats


def guard_output(out: Path, force: bool) -> None:
    """Refuse to write into a folder of other files unless `force` (or designa wrote it)."""
    if force or not out.exists():
        return
    ours = {f"{t}.{ext}" for t in TABLES for ext in FORMATS}
    produced = sorted(p.name for p in out.iterdir() if p.name in ours)
    if produced and not (out / RUN_FILE).exists():
        raise OutputExists(
            f"{out} holds {', '.join(produced[:3])} not written by designa; use --force to overwrite."
        )


def export(store: WorkStore, out: Path, config: Config, *, formats: list[str] | None = None,
           force: bool = False, run_info: dict[str, Any] | None = None) -> ExportSummary:
    """Write every table to `out` in the requested formats, and run.json.

    Raises:
        MissingStageOutput: a table has not been made yet.
        OutputExists: `out` holds files designa did not write and force is off.
    """
    formats = check_formats(list(formats or config.get("export.formats")))
    store.require("documents")
    store.require("entities")
    store.require("triples")
    out = Path(out)
    guard_output(out, force)
    out.mkdir(parents=True, exist_ok=True)
    summary = ExportSummary(out=out)
    sep = config.get("export.csv_sep")
    encoding = config.get("export.csv_encoding")
    for table in TABLES:
        for fmt in formats:
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
    with atomic_path(out / RUN_FILE) as tmp:
        tmp.write_text(json.dumps(info, ensure_ascii=False, indent=2, sort_keys=True) + "\n",
                       encoding="utf-8")
    summary.files.append(out / RUN_FILE)
    return summary
