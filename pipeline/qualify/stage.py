"""The qualifiers over a work folder: the triples table, rewritten with its qualifier columns.

Rows are qualified where they meet their document's `published` date, after
the extraction (which is cached by text, not by document) has written them.
The table is rewritten in one swap, as every stage writes; a table already
qualified by the same words and code is left alone.
"""
from __future__ import annotations

from typing import Any

from pipeline.config import Config
from pipeline.qualify.qualifier import Qualifier
from pipeline.store import WorkStore

META_KEY = "qualify.fingerprint"
# Rows read per query; a document's rows are never split between two calls.
CHUNK_ROWS = 2000


def needs_qualifying(store: WorkStore, fingerprint: str) -> bool:
    """Whether the triples table lacks qualifier columns or was qualified by other words or code."""
    if not store.has_table("triples"):
        return False
    columns = {row[1] for row in store.db.execute("PRAGMA table_info(triples)")}
    if "date_source" not in columns:
        return True
    if store.db.execute("SELECT 1 FROM triples WHERE date_source IS NULL LIMIT 1").fetchone():
        return True
    return store.meta(META_KEY) != fingerprint


def qualify_triples(store: WorkStore, qualifier: Qualifier, config: Config, *, force: bool = False) -> int:
    """Fill the qualifier columns of the triples table (when stale, or always with `force`).

    Returns:
        The number of rows qualified (0 when the table was already up to date).

    Raises:
        MissingStageOutput: no triples table yet.
    """
    store.require("triples")
    fingerprint = qualifier.fingerprint(config)
    if not force and not needs_qualifying(store, fingerprint):
        return 0
    staging = store.start_table("triples")
    total = 0
    last_rowid = 0
    pending: list[dict[str, Any]] = []
    while True:
        chunk = list(store.rows(
            "SELECT t.rowid AS _rowid, t.*, d.published AS _published, d.text_hash AS _text_hash "
            "FROM triples t LEFT JOIN "
            "(SELECT doc_id, published, text_hash FROM documents WHERE status='ok') d USING (doc_id) "
            "WHERE t.rowid > ? ORDER BY t.rowid LIMIT ?", (last_rowid, CHUNK_ROWS)))
        if chunk:
            last_rowid = chunk[-1]["_rowid"]
        rows = pending + chunk
        # Keep the last document's rows for the next round unless this was the last chunk.
        keep = 0
        if chunk and len(chunk) == CHUNK_ROWS:
            last_doc = rows[-1]["doc_id"]
            while keep < len(rows) and rows[len(rows) - 1 - keep]["doc_id"] == last_doc:
                keep += 1
            if keep == len(rows):
                keep = 0  # one document larger than a chunk: qualify what is here
        ready, pending = (rows[:len(rows) - keep], rows[len(rows) - keep:]) if keep else (rows, [])
        total += store.append(staging, _qualified(store, qualifier, ready))
        if not chunk or len(chunk) < CHUNK_ROWS:
            break
    total += store.append(staging, _qualified(store, qualifier, pending))
    store.commit_table("triples", {META_KEY: fingerprint})
    return total


def _qualified(store: WorkStore, qualifier: Qualifier, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    start = 0
    while start < len(rows):
        end = start
        while end < len(rows) and rows[end]["doc_id"] == rows[start]["doc_id"]:
            end += 1
        # The text is read per document, for the line a sentence stands on ("1997.- ...").
        text_hash = rows[start].get("_text_hash")
        text = store.text(text_hash) if text_hash else None
        out.extend(qualifier.qualify(rows[start:end], rows[start].get("_published"), text))
        start = end
    return out
