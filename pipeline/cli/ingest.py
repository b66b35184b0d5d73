from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from pipeline.cli._util import (
    ConfigOpt, ForceOpt, QuietOpt, SetOpt, WorkOpt, app, handle_errors, out, progress_bar, settings,
    summary_table, work_dir,
)
from pipeline.cli.run import skipped_table
from pipeline.ingest import ingest
from pipeline.runner import skipped_examples
from pipeline.store import WorkStore


@app.command("ingest")
@handle_errors
def ingest_cli(
    sources: list[Path] = typer.Argument(..., metavar="SOURCES",
                                         help="Files and folders to read (searched recursively)."),
    work: Optional[Path] = WorkOpt,
    config: Optional[Path] = ConfigOpt,
    set_: Optional[list[str]] = SetOpt,
    quiet: bool = QuietOpt,
    force: bool = ForceOpt,
) -> None:
    """Read news files into the documents table (one row for every record)."""
    cfg = settings(config, set_)
    with progress_bar("ingest", None, quiet) as advance:
        summary = ingest(sources, work_dir(cfg, work), cfg, progress=advance)
    if not quiet:
        rows = [(f"documents {status}", n) for status, n in sorted(summary.statuses.items())]
        out.print(summary_table("ingest", [("documents", summary.documents), *rows]))
        if summary.documents != summary.statuses.get("ok", 0):
            with WorkStore(work_dir(cfg, work), lock_wait=cfg.get("run.lock_wait")) as store:
                examples = skipped_examples(store)
            out.print(skipped_table(examples, summary.documents - summary.statuses.get("ok", 0)))
