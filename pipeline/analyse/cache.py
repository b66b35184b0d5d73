"""The engine over a work store: rows of every document, from the caches or a fresh analysis.

Two caches in the work store make re-runs cheap:

- `parses`, by (text hash, parse key): a document's parsed trigger sentences
  and, when entities were wanted, its entity records (NULL after a
  triples-only run, so a later full run analyses that document again, while
  a triples-only run can use what a full run stored);
- `row_cache`, by (text hash, parse key, rows fingerprint): the document's
  triples rows and token count.

A re-run over a grown archive analyses only the new documents; a change of
patterns or aliases re-extracts from the stored trigger sentences.
"""
from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pipeline.analyse.rows import entity_rows, triple_rows, unpack_sentences
from pipeline.analyse.workers import Analyser, analyse_stream, table_mode
from pipeline.errors import MissingStageOutput
from pipeline.store import WorkStore

if TYPE_CHECKING:
    from pipeline.session import Session

Progress = Callable[[int, int], None]
# Documents (or seconds) between two writes of the caches: an interrupted run loses little work.
FLUSH_DOCUMENTS = 200


@dataclass
class ParseSummary:
    """What the NLP pass did."""

    documents: int = 0
    parsed: int = 0
    cached: int = 0
    tokens: int = 0
    entities: int = 0
    triples: int = 0
    split: int = 0  # pieces of sentences cut at run.max_sentence_tokens
    parsed_tokens: int = 0  # tokens the model saw
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class DocResult:
    """The rows one document contributes (entities None in a triples-only run)."""

    doc_id: str
    text_hash: str
    tokens: int
    entities: list[dict[str, Any]] | None
    triples: list[dict[str, Any]]
    source: str  # "parsed", "parse cache" or "row cache"


def _with_doc_id(doc_id: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"doc_id": doc_id, **row} for row in rows]


def _without_doc_id(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in row.items() if k != "doc_id"} for row in rows]


class _CacheWriter:
    """Parses and rows written in one transaction every few documents (a kill keeps both or neither)."""

    def __init__(self, store: WorkStore, key: str, fingerprint: str) -> None:
        self.store, self.key, self.fingerprint = store, key, fingerprint
        self.parses: list[tuple[str, str, bytes, str | None]] = []
        self.rows: list[tuple[str, str, str, int, None, str]] = []
        self.flushed = time.monotonic()

    def add(self, text_hash: str, tokens: int, triples: list[dict[str, Any]],
            parse: bytes | None = None, entities: list | None = None) -> None:
        if parse is not None:
            self.parses.append((text_hash, self.key, parse,
                                None if entities is None else json.dumps(entities, ensure_ascii=False)))
        self.rows.append((text_hash, self.key, self.fingerprint, tokens, None,
                          json.dumps(_without_doc_id(triples), ensure_ascii=False)))
        if len(self.rows) >= FLUSH_DOCUMENTS or time.monotonic() - self.flushed > 1:
            self.flush()

    def flush(self) -> None:
        if self.parses or self.rows:
            with self.store.transaction() as db:
                db.executemany("INSERT OR REPLACE INTO parses VALUES (?, ?, ?, ?)", self.parses)
                db.executemany("INSERT OR REPLACE INTO row_cache VALUES (?, ?, ?, ?, ?, ?)", self.rows)
        self.parses, self.rows = [], []
        self.flushed = time.monotonic()


def _usable(entities: bool) -> str:
    """The SQL condition on a stored parse `p` that a run of this kind can use."""
    return "p.entities IS NOT NULL" if entities else "1"


def process_documents(store: WorkStore, session: Session, *, tables: str = "all", batch_size: int = 64,
                      n_process: int = 1, scheduler: str | None = None, progress: Progress | None = None,
                      summary: ParseSummary | None = None) -> Iterator[DocResult]:
    """The rows of every ok document: from the row cache, the parse cache, or a fresh analysis.

    Three passes over the documents table, each a SQL join with a cache:
    documents whose rows are cached, then those whose parse is cached, then
    the rest, analysed in one stream (local workers or a Dask cluster).

    Raises:
        MissingStageOutput: no documents table (run `designa ingest`).
    """
    store.require("documents")
    summary = summary if summary is not None else ParseSummary()
    entities = table_mode(tables) == "all"
    key, fingerprint = session.info.key, session.rows_fingerprint()
    normalize = session.extractor.normalize
    usable = _usable(entities)

    def account(result: DocResult) -> DocResult:
        summary.documents += 1
        summary.tokens += result.tokens
        summary.entities += len(result.entities or [])
        summary.triples += len(result.triples)
        if result.source == "parsed":
            summary.parsed += 1
        else:
            summary.cached += 1
        if progress is not None:
            progress(1, result.tokens)
        return result

    for doc_id, text_hash, tokens, triples, records in store.db.execute(
            "SELECT d.doc_id, d.text_hash, r.tokens, r.triples, p.entities FROM documents d "
            "JOIN row_cache r ON r.text_hash = d.text_hash AND r.nlp_key = ? AND r.fingerprint = ? "
            "JOIN parses p ON p.text_hash = d.text_hash AND p.nlp_key = r.nlp_key "
            f"WHERE d.status = 'ok' AND {usable} ORDER BY d.rowid", (key, fingerprint)):
        yield account(DocResult(
            doc_id, text_hash, tokens,
            entity_rows(doc_id, json.loads(records), normalize) if entities else None,
            _with_doc_id(doc_id, json.loads(triples)), "row cache"))

    writer = _CacheWriter(store, key, fingerprint)
    for doc_id, text_hash, data, records in store.db.execute(
            "SELECT d.doc_id, d.text_hash, p.doc, p.entities FROM documents d JOIN parses p "
            f"ON p.text_hash = d.text_hash AND p.nlp_key = ? WHERE d.status = 'ok' AND {usable} "
            "AND NOT EXISTS (SELECT 1 FROM row_cache r WHERE r.text_hash = d.text_hash "
            "AND r.nlp_key = p.nlp_key AND r.fingerprint = ?) ORDER BY d.rowid", (key, fingerprint)):
        tokens, triples = extract_stored(session, doc_id, data)
        writer.add(text_hash, tokens, triples)
        yield account(DocResult(
            doc_id, text_hash, tokens,
            entity_rows(doc_id, json.loads(records), normalize) if entities else None,
            triples, "parse cache"))
    writer.flush()

    items = store.db.execute(
        "SELECT d.doc_id, d.text_hash, t.text FROM documents d JOIN texts t USING (text_hash) "
        "WHERE d.status = 'ok' AND NOT EXISTS (SELECT 1 FROM parses p WHERE p.text_hash = d.text_hash "
        f"AND p.nlp_key = ? AND {usable}) ORDER BY d.rowid", (key,))
    if scheduler:
        from pipeline.analyse.cluster import analyse_on_cluster

        info = session.info
        stream = analyse_on_cluster(
            scheduler, session.config, items, batch_size=batch_size, tables=tables,
            expected_model=f"{info.name} {info.version} on spaCy {info.spacy_version}")
    else:
        stream = analyse_stream(session.analyser(tables=tables, batch_size=batch_size), items,
                                n_process=n_process, batch_size=batch_size)
    for analysis in stream:
        summary.split += analysis.cut
        summary.parsed_tokens += analysis.model_tokens
        writer.add(analysis.text_hash, analysis.tokens, analysis.triples, analysis.parse, analysis.entities)
        yield account(DocResult(
            analysis.doc_id, analysis.text_hash, analysis.tokens,
            entity_rows(analysis.doc_id, analysis.entities, normalize, analysis.norms) if entities else None,
            analysis.triples, "parsed"))
    writer.flush()


def extract_stored(session: Session, doc_id: str, data: bytes) -> tuple[int, list[dict[str, Any]]]:
    """(tokens, triples rows) of a document from its stored trigger sentences."""
    tokens, sentences = unpack_sentences(data, session.nlp.vocab)
    rows: list[dict[str, Any]] = []
    for sentence, doc in sentences:
        rows.extend(triple_rows(session.extractor, doc, doc_id, sentence))
    return tokens, rows


def stored_triples(store: WorkStore, session: Session) -> Iterator[tuple[str, int, list[dict[str, Any]]]]:
    """(doc_id, tokens, triples rows) of every ok document, without parsing.

    The rows the `ner` stage already derived are taken from the row cache;
    only documents whose rules changed since are extracted again from their
    stored trigger sentences.

    Raises:
        MissingStageOutput: a document has no stored parse for this model and settings.
    """
    store.require("documents")
    info = session.info
    writer = _CacheWriter(store, info.key, session.rows_fingerprint())
    for doc_id, text_hash, data, tokens, triples in store.db.execute(
            "SELECT d.doc_id, d.text_hash, p.doc, r.tokens, r.triples FROM documents d "
            "LEFT JOIN parses p ON p.text_hash = d.text_hash AND p.nlp_key = ? "
            "LEFT JOIN row_cache r ON r.text_hash = d.text_hash AND r.nlp_key = p.nlp_key "
            "AND r.fingerprint = ? WHERE d.status = 'ok' ORDER BY d.rowid",
            (info.key, writer.fingerprint)):
        if data is None:
            raise MissingStageOutput(f"parse of document {doc_id} for model {info.name} {info.version}",
                                     "ner")
        if triples is not None:
            yield doc_id, tokens, _with_doc_id(doc_id, json.loads(triples))
            continue
        tokens, rows = extract_stored(session, doc_id, data)
        writer.add(text_hash, tokens, rows)
        yield doc_id, tokens, rows
    writer.flush()


__all__ = ["Analyser", "DocResult", "ParseSummary", "Progress", "process_documents", "stored_triples"]
