from __future__ import annotations

from pathlib import Path
from typing import Optional

from pipeline.cli._util import (
    ConfigOpt, ForceOpt, QuietOpt, SetOpt, WorkOpt, app, handle_errors, model_notice, out,
    progress_bar, settings, summary_table, work_dir,
)
from pipeline.extract.stage import run_extract
from pipeline.qualify.stage import qualify_triples
from pipeline.session import Session
from pipeline.store import WorkStore


@app.command("extract")
@handle_errors
def extract_cli(
    work: Optional[Path] = WorkOpt,
    config: Optional[Path] = ConfigOpt,
    set_: Optional[list[str]] = SetOpt,
    quiet: bool = QuietOpt,
    force: bool = ForceOpt,
) -> None:
    """Find designations in the stored parses and write the triples table."""
    cfg = settings(config, set_)
    with WorkStore(work_dir(cfg, work), create=False, lock_wait=cfg.get("run.lock_wait")) as store:
        store.require("documents")
        session = Session.load(cfg)
        model_notice(session.info, quiet)
        total = store.count("documents", "WHERE status='ok'")
        with progress_bar("extract", total, quiet) as advance:
            summary = run_extract(store, session, progress=advance)
        qualify_triples(store, session.qualifier, cfg, force=True)
    if not quiet:
        out.print(summary_table("extract", [("documents", summary.documents),
                                            ("triples", summary.triples)]))
