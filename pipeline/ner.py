"""Stage 2, ner: documents to the entities table (parses and triples rows cached for `extract`).

The work itself is the analysis engine's (`pipeline.analyse`): sentences
found without the model, the model run per sentence in worker processes or
on a Dask cluster, and caches that make a re-run analyse only new documents.
"""
from __future__ import annotations

from typing import Any

from pipeline.analyse.cache import ParseSummary, Progress, process_documents
from pipeline.session import Session
from pipeline.store import WorkStore


def run_ner(store: WorkStore, session: Session, *, batch_size: int = 64, n_process: int = 1,
            scheduler: str | None = None, progress: Progress | None = None) -> ParseSummary:
    """Analyse every ok document (or take it from the cache) and write the entities table.

    Raises:
        MissingStageOutput: no documents table (run `designa ingest`).
    """
    store.require("documents")
    summary = ParseSummary()
    staging = store.start_table("entities")
    batch: list[dict[str, Any]] = []
    for result in process_documents(store, session, tables="all", batch_size=batch_size,
                                    n_process=n_process, scheduler=scheduler, progress=progress,
                                    summary=summary):
        batch.extend(result.entities or [])
        if len(batch) >= 5000:
            store.append(staging, batch)
            batch = []
    store.append(staging, batch)
    store.commit_table("entities")
    return summary
