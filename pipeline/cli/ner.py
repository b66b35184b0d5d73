from __future__ import annotations

from pathlib import Path
from typing import Optional

from pipeline.cli._util import (
    BatchSizeOpt, ConfigOpt, ForceOpt, NProcessOpt, QuietOpt, SchedulerOpt, SetOpt, WorkOpt, app,
    handle_errors, model_notice, out, progress_bar, settings, summary_table, work_dir,
)
from pipeline.analyse.workers import parse_mode
from pipeline.ner import run_ner
from pipeline.session import Session
from pipeline.store import WorkStore


@app.command("ner")
@handle_errors
def ner_cli(
    work: Optional[Path] = WorkOpt,
    config: Optional[Path] = ConfigOpt,
    set_: Optional[list[str]] = SetOpt,
    n_process: Optional[int] = NProcessOpt,
    batch_size: Optional[int] = BatchSizeOpt,
    scheduler: Optional[str] = SchedulerOpt,
    quiet: bool = QuietOpt,
    force: bool = ForceOpt,
) -> None:
    """Parse the documents (cached) and write the entities table."""
    cfg = settings(config, set_)
    parse_mode(cfg.get("run.parse"))
    with WorkStore(work_dir(cfg, work), create=False, lock_wait=cfg.get("run.lock_wait")) as store:
        store.require("documents")
        session = Session.load(cfg)
        model_notice(session.info, quiet)
        total = store.count("documents", "WHERE status='ok'")
        with progress_bar("ner", total, quiet) as advance:
            summary = run_ner(store, session, batch_size=batch_size or cfg.get("run.batch_size"),
                              n_process=n_process or cfg.get("run.n_process"),
                              scheduler=scheduler, progress=advance)
    if not quiet:
        out.print(summary_table("ner", [("documents", summary.documents), ("parsed", summary.parsed),
                                        ("from cache", summary.cached), ("tokens", summary.tokens),
                                        ("entities", summary.entities)]))
