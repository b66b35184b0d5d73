"""`designa run`: every stage in one streaming pass, and the run's record."""
from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import spacy

from pipeline import __version__
from pipeline.config import Config
from pipeline.export import ExportSummary, atomic_path, export, prepare_output
from pipeline.extract.extractor import Extractor, load_extractor
from pipeline.ingest import IngestSummary, ingest
from pipeline.ner import ParseSummary, Progress, parse_mode, process_documents
from pipeline.nlp import ModelInfo, load_nlp
from pipeline.qualify import Qualifier
from pipeline.qualify.stage import qualify_triples
from pipeline.store import WorkStore
from pipeline.worklock import locks_work

# A progress bar for one stage: (description, total or None) -> context giving `advance(docs, tokens)`.
ProgressFactory = Callable[[str, "int | None"], AbstractContextManager[Progress]]


@dataclass
class Session:
    """The loaded model and extractor, shared by the stages of one command."""

    config: Config
    nlp: Any
    info: ModelInfo
    extractor: Extractor
    qualifier: Qualifier | None = None

    def __post_init__(self) -> None:
        if self.qualifier is None:
            self.qualifier = Qualifier.from_config(self.config)

    @classmethod
    def load(cls, config: Config) -> Session:
        nlp, info = load_nlp(config)
        return cls(config, nlp, info, load_extractor(config, nlp.vocab))

    def rows_fingerprint(self) -> str:
        """What the cached entity and triple rows depend on besides the parse.

        The extraction settings, the rule files, and the extraction code
        itself: a new rule or a code change re-extracts from stored parses.
        """
        return rows_fingerprint(self.config)


def rows_fingerprint(config: Config) -> str:
    digest = hashlib.sha256(__version__.encode())
    # Settings, not where the rule files lie: their content is hashed below.
    settings = {k: v for k, v in config.data.get("extract", {}).items()
                if k not in ("triggers", "patterns", "aliases")}
    digest.update(json.dumps(settings, sort_keys=True).encode())
    for dotted in ("extract.triggers", "extract.patterns", "extract.aliases"):
        path = config.data_path(dotted)
        digest.update(path.read_bytes() if path.is_file() else b"")
    from pipeline.extract.words import WORDS_FILE  # the language's word classes change rows too
    digest.update(WORDS_FILE.read_bytes())
    code = Path(__file__).resolve().parent / "extract"
    for path in sorted(code.rglob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


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
        "config_fingerprint": session.config.fingerprint(),
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
        scheduler: str | None = None, force: bool = False,
        progress: ProgressFactory | None = None) -> RunSummary:
    """Ingest, parse, extract and export in one pass over the documents.

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
        entity_table = store.start_table("entities")
        triple_table = store.start_table("triples")
        entities: list[dict[str, Any]] = []
        rows: list[dict[str, Any]] = []
        total = ingested.statuses.get("ok", 0)
        with bar("nlp + extract", total) as advance:
            for result in process_documents(
                    store, session.nlp, session.info, session.extractor.normalize, session.extractor,
                    fingerprint=session.rows_fingerprint(), mode=mode,
                    triggers=config.data_path("extract.triggers"), batch_size=batch_size,
                    n_process=n_process, scheduler=scheduler, config=config, progress=advance,
                    summary=parse):
                entities.extend(result.entities)
                rows.extend(result.triples or [])
                if len(entities) >= 5000 or len(rows) >= 2000:
                    store.append(entity_table, entities)
                    store.append(triple_table, rows)
                    entities, rows = [], []
        store.append(entity_table, entities)
        store.append(triple_table, rows)
        store.commit_table("entities", {"ner.key": session.info.key})
        store.commit_table("triples", {"extract.fingerprint": session.rows_fingerprint()})
        # Dates and predecessors need the document's publication date: added where rows meet it.
        qualify_triples(store, session.qualifier, config, force=True)
        seconds["nlp+extract"] = time.perf_counter() - started

        started = time.perf_counter()
        skipped = skipped_examples(store)
        info = run_info(
            session, seconds,
            documents=dict(sorted(ingested.statuses.items())),
            entities=parse.entities,
            triples=parse.triples,
            nlp={"parse": mode, "n_process": n_process, "batch_size": batch_size,
                 "scheduler": scheduler, "parsed": parse.parsed, "from_cache": parse.cached,
                 "tokens": parse.tokens, "split": parse.split},
        )
        exported = export(store, out, config, formats=formats, force=force, run_info=info)
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
