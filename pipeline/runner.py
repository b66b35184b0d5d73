"""`designa run`: every stage in one streaming pass, and the run's record."""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import spacy

from pipeline import __version__
from pipeline.config import Config
from pipeline.export import ExportSummary, export
from pipeline.extract.extractor import Extractor, load_extractor
from pipeline.ingest import IngestSummary, ingest
from pipeline.ner import ParseSummary, Progress, parsed_documents
from pipeline.nlp import ModelInfo, load_nlp
from pipeline.store import WorkStore


@dataclass
class Session:
    """The loaded model and extractor, shared by the stages of one command."""

    config: Config
    nlp: Any
    info: ModelInfo
    extractor: Extractor

    @classmethod
    def load(cls, config: Config) -> Session:
        nlp, info = load_nlp(config)
        return cls(config, nlp, info, load_extractor(config, nlp.vocab))


@dataclass
class RunSummary:
    ingest: IngestSummary
    parse: ParseSummary
    triples: int
    export: ExportSummary | None
    seconds: dict[str, float] = field(default_factory=dict)
    info: dict[str, Any] = field(default_factory=dict)


def run_info(session: Session, seconds: dict[str, float]) -> dict[str, Any]:
    """The versions and settings that made an output (written to run.json)."""
    return {
        "designa": __version__,
        "spacy": spacy.__version__,
        "model": {"name": session.info.name, "version": session.info.version,
                  "notice": session.info.notice},
        "config_fingerprint": session.config.fingerprint(),
        "seconds": {k: round(v, 3) for k, v in seconds.items()},
    }


def run(sources: list[Path], work: Path, out: Path, session: Session, *,
        batch_size: int | None = None, n_process: int | None = None, formats: list[str] | None = None,
        force: bool = False, progress: Progress | None = None) -> RunSummary:
    """Ingest, parse, extract and export in one pass over the documents.

    Raises:
        DesignaError: a missing input, a bad setting, or an output that needs --force.
    """
    config = session.config
    batch_size = batch_size or int(config.get("run.batch_size"))
    n_process = n_process or int(config.get("run.n_process"))
    seconds: dict[str, float] = {}
    started = time.perf_counter()
    ingested = ingest(sources, work, config)
    seconds["ingest"] = time.perf_counter() - started

    started = time.perf_counter()
    parse = ParseSummary()
    triples = 0
    with WorkStore(work) as store:
        entity_table = store.start_table("entities")
        triple_table = store.start_table("triples")
        entities: list[dict[str, Any]] = []
        rows: list[dict[str, Any]] = []
        for parsed in parsed_documents(store, session.nlp, session.info, session.extractor.normalize,
                                       batch_size=batch_size, n_process=n_process,
                                       progress=progress, summary=parse):
            entities.extend({"doc_id": parsed.doc_id, **row} for row in parsed.entities)
            found = session.extractor.rows(parsed.doc, parsed.doc_id)
            rows.extend(found)
            triples += len(found)
            if len(entities) >= 5000 or len(rows) >= 2000:
                store.append(entity_table, entities)
                store.append(triple_table, rows)
                entities, rows = [], []
        store.append(entity_table, entities)
        store.append(triple_table, rows)
        store.commit_table("entities", {"ner.key": session.info.key})
        store.commit_table("triples", {"extract.fingerprint": config.fingerprint()})
        seconds["nlp+extract"] = time.perf_counter() - started

        started = time.perf_counter()
        info = run_info(session, seconds)
        exported = export(store, out, config, formats=formats, force=force, run_info=info)
        seconds["export"] = time.perf_counter() - started
    return RunSummary(ingested, parse, triples, exported, seconds, info)
