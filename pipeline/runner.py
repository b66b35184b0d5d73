"""`designa run`: every stage in one streaming pass, and the run's record."""
from __future__ import annotations

import json
import time
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import spacy

from pipeline import __version__
from pipeline.analyse.cache import ParseSummary, Progress, process_documents
from pipeline.analyse.workers import parse_mode, table_mode
from pipeline.export import TRIPLES_ONLY, ExportSummary, atomic_path, export, prepare_output
from pipeline.fingerprints import config_fingerprint
from pipeline.ingest import IngestSummary, ingest
from pipeline.qualify.stage import qualify_triples
from pipeline.session import Session
from pipeline.store import WorkStore
from pipeline.worklock import locks_work

# A progress bar for one stage: (description, total or None) -> context giving `advance(docs, tokens)`.
ProgressFactory = Callable[[str, "int | None"], AbstractContextManager[Progress]]


@dataclass
class RunSummary:
    ingest: IngestSummary
    parse: ParseSummary
    triples: int
    export: ExportSummary | None
    seconds: dict[str, float] = field(default_factory=dict)
    info: dict[str, Any] = field(default_factory=dict)
    skipped: list[dict[str, str]] = field(default_factory=list)

    @property
    def skipped_total(self) -> int:
        return sum(n for status, n in self.ingest.statuses.items() if status != "ok")


def run_info(session: Session, seconds: dict[str, float], **extra: Any) -> dict[str, Any]:
    """The versions and settings that made an output (written to run.json)."""
    return {
        "designa": __version__,
        "spacy": spacy.__version__,
        "model": {"name": session.info.name, "version": session.info.version,
                  "notice": session.info.notice},
        "config_fingerprint": config_fingerprint(session.config),
        "seconds": {k: round(v, 3) for k, v in seconds.items()},
        **extra,
    }


def skipped_examples(store: WorkStore, limit: int = 5) -> list[dict[str, str]]:
    """Reasons for the records not processed: the first few of each status, for the summary."""
    examples: list[dict[str, str]] = []
    for (status,) in store.db.execute(
            "SELECT DISTINCT status FROM documents WHERE status != 'ok' ORDER BY status").fetchall():
        examples.extend(store.rows(
            "SELECT status, path, record, reason FROM documents WHERE status = ? ORDER BY rowid "
            "LIMIT ?", (status, limit)))
    return examples


@locks_work
def run(sources: list[Path], work: Path, out: Path, session: Session, *,
        batch_size: int | None = None, n_process: int | None = None, formats: list[str] | None = None,
        scheduler: str | None = None, force: bool = False, tables: str | None = None,
        progress: ProgressFactory | None = None) -> RunSummary:
    """Ingest, parse, extract and export in one pass over the documents.

    `tables` ("all" or "triples", default `run.tables`): a triples-only run
    runs the model on the trigger sentences alone and makes no entities
    table; its triples rows are those of a full run.

    Every stage writes atomically (SQLite transactions, tables swapped in,
    files renamed into place) and the caches fill as documents finish, so a
    run killed at any moment resumes where it stopped and ends with the same
    tables as an uninterrupted one.

    Raises:
        DesignaError: a missing input, a bad setting, or an output that needs --force.
    """
    config = session.config
    batch_size = batch_size or int(config.get("run.batch_size"))
    n_process = n_process or int(config.get("run.n_process"))
    mode = parse_mode(config.get("run.parse"))
    tables = table_mode(tables or config.get("run.tables"))
    with_entities = tables == "all"
    bar = progress or (lambda description, total: nullcontext(None))
    prepare_output(out, force)  # a refused or read-only --out is found before the NLP work
    seconds: dict[str, float] = {}
    started = time.perf_counter()
    with bar("ingest", None) as advance:
        ingested = ingest(sources, work, config, progress=advance)
    seconds["ingest"] = time.perf_counter() - started

    started = time.perf_counter()
    parse = ParseSummary()
    with WorkStore(work) as store:
        entity_table = store.start_table("entities") if with_entities else None
        triple_table = store.start_table("triples")
        entities: list[dict[str, Any]] = []
        rows: list[dict[str, Any]] = []
        total = ingested.statuses.get("ok", 0)
        with bar("nlp + extract" if with_entities else "triples", total) as advance:
            for result in process_documents(store, session, tables=tables, batch_size=batch_size,
                                            n_process=n_process, scheduler=scheduler,
                                            progress=advance, summary=parse):
                entities.extend(result.entities or [])
                rows.extend(result.triples)
                if len(entities) >= 5000 or len(rows) >= 2000:
                    if entity_table:
                        store.append(entity_table, entities)
                    store.append(triple_table, rows)
                    entities, rows = [], []
        if entity_table:
            store.append(entity_table, entities)
            store.commit_table("entities")
        else:
            # No entities table: one from an earlier run would not match these documents.
            store.db.execute("DROP TABLE IF EXISTS entities")
        store.append(triple_table, rows)
        # Which tables the work folder holds now: `designa export` reads it.
        store.commit_table("triples", {"run.tables": tables})
        # Dates and predecessors need the document's publication date: added where rows meet it.
        qualify_triples(store, session.qualifier, config, force=True)
        seconds["nlp+extract"] = time.perf_counter() - started

        started = time.perf_counter()
        skipped = skipped_examples(store)
        info = run_info(
            session, seconds,
            documents=dict(sorted(ingested.statuses.items())),
            tables=tables,
            entities=parse.entities if with_entities else None,
            triples=parse.triples,
            nlp={"parse": mode, "n_process": n_process, "batch_size": batch_size,
                 "scheduler": scheduler, "parsed": parse.parsed, "from_cache": parse.cached,
                 "tokens": parse.tokens, "model_tokens": parse.parsed_tokens,
                 "sentences_cut": parse.split},
        )
        exported = export(store, out, config, formats=formats, force=force, run_info=info,
                          tables=None if with_entities else TRIPLES_ONLY)
        seconds["export"] = time.perf_counter() - started
        info["seconds"]["export"] = round(seconds["export"], 3)
        _rewrite_run_json(exported, info)
    return RunSummary(ingested, parse, parse.triples, exported, seconds, info, skipped)


def _rewrite_run_json(exported: ExportSummary | None, info: dict[str, Any]) -> None:
    """Add the export's own time to run.json (export writes the file before it knows it)."""
    if exported is None:
        return
    path = Path(exported.out) / "run.json"
    if not path.is_file():
        return
    try:
        written = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return
    written.setdefault("seconds", {})["export"] = info["seconds"]["export"]
    with atomic_path(path) as tmp:
        tmp.write_text(json.dumps(written, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
