"""The extract stage over a work folder: stored parses to the triples table."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pipeline.errors import MissingStageOutput
from pipeline.store import WorkStore

if TYPE_CHECKING:
    from pipeline.analyse.cache import Progress
    from pipeline.session import Session


@dataclass
class ExtractSummary:
    documents: int = 0
    triples: int = 0


def run_extract(store: WorkStore, session: Session, *, progress: Progress | None = None) -> ExtractSummary:
    """Extract designations from every stored parse and write the triples table.

    Raises:
        MissingStageOutput: no documents table, or documents not parsed yet.
    """
    from pipeline.analyse.cache import stored_triples

    store.require("documents")
    if store.count("documents", "WHERE status='ok'") and not store.db.execute(
            "SELECT 1 FROM parses WHERE nlp_key = ? LIMIT 1", (session.info.key,)).fetchone():
        raise MissingStageOutput(f"parsed documents for model {session.info.name}", "ner")
    summary = ExtractSummary()
    staging = store.start_table("triples")
    batch: list[dict[str, Any]] = []
    for _, tokens, rows in stored_triples(store, session):
        batch.extend(rows)
        summary.documents += 1
        summary.triples += len(rows)
        if progress is not None:
            progress(1, tokens)
        if len(batch) >= 2000:
            store.append(staging, batch)
            batch = []
    store.append(staging, batch)
    store.commit_table("triples")
    return summary
