"""The work folder: one SQLite file holding every stage's table and the parse cache.

SQLite gives each stage an atomic write (a stage fills a fresh table and swaps
it in within one transaction), survives `kill -9` at any moment, and lets the
export sort and stream tables larger than memory. Parses are cached by text
hash and pipeline key, so a re-run parses only new or changed documents.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pipeline.errors import MissingStageOutput
from pipeline.tables import DOCUMENT_STORED_COLUMNS, ENTITY_COLUMNS, TRIPLE_EXTRACT_COLUMNS
from pipeline.worklock import hold_work

STORE_NAME = "designa.sqlite"

_SCHEMAS = {
    # Texts live in their own table, keyed by hash: a documents row stays small, so that
    # reading or exporting the table does not load the archive's text into memory.
    "documents": DOCUMENT_STORED_COLUMNS + ["text_hash", "seq"],
    "entities": ENTITY_COLUMNS,
    "triples": TRIPLE_EXTRACT_COLUMNS,
}

# Which command makes each table, for "Run `designa ...` first."
_MADE_BY = {"documents": ("documents table", "ingest"), "entities": ("entities table", "ner"),
            "triples": ("triples table", "extract")}


def _rows_of(cursor: sqlite3.Cursor) -> Iterator[Any]:
    """A cursor's rows; a consumer that stops early (Ctrl-C) does not close the cursor,
    which fails once the store is closed and prints "Exception ignored"."""
    for row in cursor:
        yield row


class WorkStore:
    """A work folder's SQLite store. Use as a context manager.

    Opening it takes the work folder's lock (`pipeline.worklock`): one writer
    per folder; a second process waits `lock_wait` seconds, then is refused
    with a message naming the holder.
    """

    def __init__(self, work: Path, *, create: bool = True, lock_wait: float = 0.0) -> None:
        self.work = Path(work)
        self.path = self.work / STORE_NAME
        if not create and not self.path.exists():
            raise MissingStageOutput(f"work folder {self.work} (no {STORE_NAME})", "ingest")
        self._lock = hold_work(self.work, wait=lock_wait)
        self._lock.__enter__()
        try:
            self.db = sqlite3.connect(self.path, timeout=60, isolation_level=None)
            self._create_schema()
        except BaseException:
            self._lock.__exit__(None, None, None)
            raise

    def _create_schema(self) -> None:
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS parses (text_hash TEXT, nlp_key TEXT, doc BLOB,"
            " entities TEXT, PRIMARY KEY (text_hash, nlp_key))"
        )
        # Rows derived from a parse: valid for one parse key and one config fingerprint
        # (patterns, triggers, aliases, settings), so a change of rules re-extracts.
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS row_cache (text_hash TEXT, nlp_key TEXT, fingerprint TEXT,"
            " tokens INTEGER, entities TEXT, triples TEXT,"
            " PRIMARY KEY (text_hash, nlp_key, fingerprint))"
        )
        self.db.execute("CREATE TABLE IF NOT EXISTS texts (text_hash TEXT PRIMARY KEY, text TEXT)")
        self.db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
        self._upgrade()

    def _upgrade(self) -> None:
        """Bring a work folder written by an older designa up to the current schema."""
        if not self.has_table("documents"):
            return
        columns = {row[1] for row in self.db.execute("PRAGMA table_info(documents)")}
        if "path" not in columns:
            # Before documents.path, `source` always held the file.
            with self.transaction() as db:
                db.execute("ALTER TABLE documents ADD COLUMN path")
                db.execute("UPDATE documents SET path = source")

    def __enter__(self) -> WorkStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        try:
            self.db.close()
        finally:
            if self._lock is not None:
                lock, self._lock = self._lock, None
                lock.__exit__(None, None, None)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    # -- stage tables -------------------------------------------------------

    def has_table(self, name: str) -> bool:
        row = self.db.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (name,)
        ).fetchone()
        return row is not None

    def require(self, name: str) -> None:
        """Raise MissingStageOutput naming the command that makes `name`."""
        if not self.has_table(name):
            what, command = _MADE_BY[name]
            raise MissingStageOutput(what, command)

    def start_table(self, name: str) -> str:
        """Create an empty staging table for `name`; fill it, then `commit_table`."""
        staging = f"{name}__new"
        columns = ", ".join(f'"{c}"' for c in _SCHEMAS[name])
        self.db.execute(f"DROP TABLE IF EXISTS {staging}")
        self.db.execute(f"CREATE TABLE {staging} ({columns})")
        return staging

    def append(self, staging: str, rows: Iterable[dict[str, Any]]) -> int:
        name = staging.removesuffix("__new")
        columns = _SCHEMAS[name]
        placeholders = ", ".join("?" for _ in columns)
        values = [tuple(row.get(c) for c in columns) for row in rows]
        if values:
            with self.transaction() as db:
                db.executemany(f"INSERT INTO {staging} VALUES ({placeholders})", values)
        return len(values)

    def commit_table(self, name: str, meta: dict[str, str] | None = None) -> None:
        """Swap the staging table in, atomically, with the stage's metadata."""
        with self.transaction() as db:
            db.execute(f"DROP TABLE IF EXISTS {name}")
            db.execute(f"ALTER TABLE {name}__new RENAME TO {name}")
            for key, value in (meta or {}).items():
                db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def rows(self, sql: str, params: tuple = ()) -> Iterator[dict[str, Any]]:
        cursor = self.db.execute(sql, params)
        names = [d[0] for d in cursor.description]
        for row in cursor:
            yield dict(zip(names, row))

    def count(self, table: str, where: str = "") -> int:
        return self.db.execute(f"SELECT COUNT(*) FROM {table} {where}").fetchone()[0]

    def meta(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else default

    def set_meta(self, values: dict[str, str]) -> None:
        with self.transaction() as db:
            for key, value in values.items():
                db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    # -- parse cache --------------------------------------------------------

    def cached_parses(self, hashes: list[str], nlp_key: str) -> dict[str, tuple[bytes, list]]:
        found: dict[str, tuple[bytes, list]] = {}
        for start in range(0, len(hashes), 500):
            chunk = hashes[start:start + 500]
            marks = ", ".join("?" for _ in chunk)
            for text_hash, doc, entities in self.db.execute(
                f"SELECT text_hash, doc, entities FROM parses WHERE nlp_key=? AND text_hash IN ({marks})",
                (nlp_key, *chunk),
            ):
                found[text_hash] = (doc, json.loads(entities) if entities else [])
        return found

    def has_parses(self, nlp_key: str) -> bool:
        return self.db.execute(
            "SELECT 1 FROM parses WHERE nlp_key=? LIMIT 1", (nlp_key,)
        ).fetchone() is not None

    def store_texts(self, texts: list[tuple[str, str]]) -> None:
        """Keep (text_hash, text) pairs; a text already known is not written again."""
        if texts:
            with self.transaction() as db:
                db.executemany("INSERT OR IGNORE INTO texts VALUES (?, ?)", texts)

    def text(self, text_hash: str) -> str | None:
        row = self.db.execute("SELECT text FROM texts WHERE text_hash = ?", (text_hash,)).fetchone()
        return row[0] if row else None

    def cached_rows(self, nlp_key: str, fingerprint: str) -> Iterator[tuple[str, str, int, str, str]]:
        """(doc_id, text_hash, tokens, entities JSON, triples JSON) of ok documents with cached rows."""
        yield from _rows_of(self.db.execute(
            "SELECT d.doc_id, d.text_hash, r.tokens, r.entities, r.triples FROM documents d "
            "JOIN row_cache r ON r.text_hash = d.text_hash AND r.nlp_key = ? AND r.fingerprint = ? "
            "WHERE d.status = 'ok' ORDER BY d.rowid", (nlp_key, fingerprint)))

    def cached_parse_rows(self, nlp_key: str, fingerprint: str | None) -> Iterator[tuple[str, str, bytes]]:
        """(doc_id, text_hash, parse) of ok documents with a stored parse but no cached rows."""
        if fingerprint is None:
            yield from _rows_of(self.db.execute(
                "SELECT d.doc_id, d.text_hash, p.doc FROM documents d JOIN parses p "
                "ON p.text_hash = d.text_hash AND p.nlp_key = ? WHERE d.status = 'ok' ORDER BY d.rowid",
                (nlp_key,)))
            return
        yield from _rows_of(self.db.execute(
            "SELECT d.doc_id, d.text_hash, p.doc FROM documents d JOIN parses p "
            "ON p.text_hash = d.text_hash AND p.nlp_key = ? WHERE d.status = 'ok' AND NOT EXISTS "
            "(SELECT 1 FROM row_cache r WHERE r.text_hash = d.text_hash AND r.nlp_key = ? "
            "AND r.fingerprint = ?) ORDER BY d.rowid", (nlp_key, nlp_key, fingerprint)))

    def unparsed_rows(self, nlp_key: str) -> Iterator[tuple[str, str, str]]:
        """(doc_id, text_hash, text) of ok documents without a stored parse."""
        yield from _rows_of(self.db.execute(
            "SELECT d.doc_id, d.text_hash, t.text FROM documents d JOIN texts t USING (text_hash) "
            "WHERE d.status = 'ok' AND NOT EXISTS "
            "(SELECT 1 FROM parses p WHERE p.text_hash = d.text_hash AND p.nlp_key = ?) ORDER BY d.rowid",
            (nlp_key,)))

    def store_cache(self, parses: list[tuple[str, str, bytes]],
                    rows: list[tuple[str, str, str, int, list, list]]) -> None:
        """Store parses and derived rows in one transaction (a kill keeps both or neither)."""
        if not parses and not rows:
            return
        with self.transaction() as db:
            db.executemany("INSERT OR REPLACE INTO parses VALUES (?, ?, ?, NULL)", parses)
            db.executemany(
                "INSERT OR REPLACE INTO row_cache VALUES (?, ?, ?, ?, ?, ?)",
                [(h, key, fp, n, json.dumps(e, ensure_ascii=False), json.dumps(t, ensure_ascii=False))
                 for h, key, fp, n, e, t in rows])

    def store_parses(self, items: Iterable[tuple[str, str, bytes, list]]) -> None:
        with self.transaction() as db:
            db.executemany(
                "INSERT OR REPLACE INTO parses VALUES (?, ?, ?, ?)",
                [(h, key, doc, json.dumps(ents, ensure_ascii=False)) for h, key, doc, ents in items],
            )
