"""The extract stage over a work folder: stored parses to the triples table."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.language import Language

from pipeline.errors import MissingStageOutput
from pipeline.extract.extractor import Extractor
from pipeline.ner import Progress, iter_parses_only
from pipeline.nlp import ModelInfo
from pipeline.store import WorkStore


@dataclass
class ExtractSummary:
    documents: int = 0
    triples: int = 0


def run_extract(store: WorkStore, nlp: Language, info: ModelInfo, extractor: Extractor,
                *, fingerprint: str = "", progress: Progress | None = None) -> ExtractSummary:
    """Extract designations from every stored parse and write the triples table.

    Raises:
        MissingStageOutput: no documents table, or documents not parsed yet.
    """
    store.require("documents")
    if store.count("documents", "WHERE status='ok'") and not store.has_parses(info.key):
        raise MissingStageOutput(f"parsed documents for model {info.name}", "ner")
    summary = ExtractSummary()
    staging = store.start_table("triples")
    batch: list[dict[str, Any]] = []
    for parsed in iter_parses_only(store, nlp, info):
        rows = extractor.rows(parsed.doc, parsed.doc_id)
        batch.extend(rows)
        summary.documents += 1
        summary.triples += len(rows)
        if progress is not None:
            progress(1, len(parsed.doc))
        if len(batch) >= 2000:
            store.append(staging, batch)
            batch = []
    store.append(staging, batch)
    store.commit_table("triples", {"extract.fingerprint": fingerprint})
    return summary
