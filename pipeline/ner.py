"""Stage 2, ner: documents to parsed docs (cached) and the entities table.

Parses are cached in the work store by text hash and pipeline key, so that a
re-run parses only new or changed documents and `extract` can run again
without parsing again. Documents longer than spaCy's limit are split at
paragraph or sentence boundaries, parsed in pieces and joined back, so that
offsets stay those of the document text.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, DocBin

from pipeline.extract.normalize import Normalizer
from pipeline.gazetteer import entity_norm
from pipeline.nlp import ModelInfo
from pipeline.store import WorkStore

Progress = Callable[[int, int], None]
CHUNK_DOCS = 256


@dataclass
class ParseSummary:
    """What the NLP pass did."""

    documents: int = 0
    parsed: int = 0
    cached: int = 0
    tokens: int = 0
    entities: int = 0
    split: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class ParsedDoc:
    """A document with its parse and its entity rows (without doc_id)."""

    doc_id: str
    text_hash: str
    doc: Doc
    entities: list[dict[str, Any]]


def doc_to_bytes(doc: Doc) -> bytes:
    docbin = DocBin(store_user_data=False)
    docbin.add(doc)
    return docbin.to_bytes()


def doc_from_bytes(data: bytes, vocab) -> Doc:
    return next(iter(DocBin().from_bytes(data).get_docs(vocab)))


def split_text(text: str, max_length: int) -> list[str]:
    """Pieces of at most `max_length` characters that join back to `text`.

    Cuts after a blank line if there is one in the second half of the piece,
    else after a line break, else after a sentence end, else at a space.
    """
    if len(text) <= max_length:
        return [text]
    pieces: list[str] = []
    start = 0
    while len(text) - start > max_length:
        window = text[start:start + max_length]
        cut = -1
        for pattern in (r"\n\s*\n", r"\n", r"[.!?…]\s", r"\s"):
            matches = [m.end() for m in re.finditer(pattern, window) if m.end() > max_length // 2]
            if matches:
                cut = matches[-1]
                break
        if cut <= 0:
            cut = max_length
        pieces.append(text[start:start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


def entity_rows(doc: Doc, normalize: Normalizer) -> list[dict[str, Any]]:
    """Entities rows of a parsed doc, without doc_id."""
    sent_of = {}
    if doc.has_annotation("SENT_START"):
        for index, sent in enumerate(doc.sents):
            for i in range(sent.start, sent.end):
                sent_of[i] = index
    return [
        {
            "sent_index": sent_of.get(ent.start, 0),
            "text": ent.text,
            "label": ent.label_,
            "start": ent.start_char,
            "end": ent.end_char,
            "norm": entity_norm(ent, normalize),
        }
        for ent in doc.ents
    ]


def _ok_documents(store: WorkStore) -> Iterator[tuple[str, str, str]]:
    store.require("documents")
    yield from store.db.execute(
        "SELECT doc_id, text_hash, text FROM documents WHERE status='ok' ORDER BY seq"
    )


def parsed_documents(
    store: WorkStore,
    nlp: Language,
    info: ModelInfo,
    normalize: Normalizer,
    *,
    batch_size: int = 64,
    n_process: int = 1,
    progress: Progress | None = None,
    summary: ParseSummary | None = None,
) -> Iterator[ParsedDoc]:
    """Every ok document with its parse, in input order; parses what the cache lacks."""
    summary = summary if summary is not None else ParseSummary()
    documents = _ok_documents(store)
    while True:
        chunk = [row for _, row in zip(range(CHUNK_DOCS), documents)]
        if not chunk:
            break
        yield from _parse_chunk(store, nlp, info, normalize, chunk, batch_size, n_process,
                                progress, summary)


def _parse_chunk(store, nlp, info, normalize, chunk, batch_size, n_process, progress, summary):
    cached = store.cached_parses(sorted({h for _, h, _ in chunk}), info.key)
    missing = [(doc_id, h, text) for doc_id, h, text in chunk if h not in cached]
    fresh: dict[str, tuple[Doc, list]] = {}
    if missing:
        fresh = {
            text_hash: (doc, entity_rows(doc, normalize))
            for text_hash, doc in _parse(nlp, missing, batch_size, n_process, summary).items()
        }
        store.store_parses(
            (text_hash, info.key, doc_to_bytes(doc), entities)
            for text_hash, (doc, entities) in fresh.items()
        )
    for doc_id, text_hash, _ in chunk:
        if text_hash in fresh:
            doc, entities = fresh[text_hash]
            summary.parsed += 1
        else:
            data, entities = cached[text_hash]
            doc = doc_from_bytes(data, nlp.vocab)
            summary.cached += 1
        summary.documents += 1
        summary.tokens += len(doc)
        summary.entities += len(entities)
        if progress is not None:
            progress(1, len(doc))
        yield ParsedDoc(doc_id, text_hash, doc, entities)


def _parse(nlp: Language, missing: list[tuple[str, str, str]], batch_size: int, n_process: int,
           summary: ParseSummary) -> dict[str, Doc]:
    """Parse the texts (pieces of long ones joined back); returns docs by text hash."""
    pieces: list[tuple[str, tuple[str, int, int]]] = []
    seen: set[str] = set()
    for _, text_hash, text in missing:
        if text_hash in seen:
            continue
        seen.add(text_hash)
        parts = split_text(text, nlp.max_length - 1)
        if len(parts) > 1:
            summary.split += 1
        for index, part in enumerate(parts):
            pieces.append((part, (text_hash, index, len(parts))))
    parsed: dict[str, list[Doc]] = {}
    for doc, (text_hash, _index, _total) in nlp.pipe(
        pieces, as_tuples=True, batch_size=batch_size, n_process=n_process
    ):
        parsed.setdefault(text_hash, []).append(doc)
    return {
        text_hash: docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False)
        for text_hash, docs in parsed.items()
    }


def iter_parses_only(store: WorkStore, nlp: Language, info: ModelInfo) -> Iterable[ParsedDoc]:
    """Every ok document from the parse cache, without parsing.

    Raises:
        MissingStageOutput: a document has no stored parse for this model.
    """
    from pipeline.errors import MissingStageOutput

    documents = _ok_documents(store)
    while True:
        chunk = [row for _, row in zip(range(CHUNK_DOCS), documents)]
        if not chunk:
            break
        cached = store.cached_parses(sorted({h for _, h, _ in chunk}), info.key)
        for doc_id, text_hash, _ in chunk:
            if text_hash not in cached:
                raise MissingStageOutput(
                    f"parse of document {doc_id} for model {info.name} {info.version}", "ner")
            data, entities = cached[text_hash]
            yield ParsedDoc(doc_id, text_hash, doc_from_bytes(data, nlp.vocab), entities)


def run_ner(
    store: WorkStore,
    nlp: Language,
    info: ModelInfo,
    normalize: Normalizer,
    *,
    batch_size: int = 64,
    n_process: int = 1,
    progress: Progress | None = None,
) -> ParseSummary:
    """Parse every ok document (or take it from the cache) and write the entities table.

    Raises:
        MissingStageOutput: no documents table (run `designa ingest`).
    """
    store.require("documents")
    summary = ParseSummary()
    staging = store.start_table("entities")
    batch: list[dict[str, Any]] = []
    for parsed in parsed_documents(store, nlp, info, normalize, batch_size=batch_size,
                                   n_process=n_process, progress=progress, summary=summary):
        batch.extend({"doc_id": parsed.doc_id, **row} for row in parsed.entities)
        if len(batch) >= 5000:
            store.append(staging, batch)
            batch = []
    store.append(staging, batch)
    store.commit_table("entities", {"ner.model": info.name, "ner.model_version": info.version,
                                    "ner.key": info.key})
    return summary
