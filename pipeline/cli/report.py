"""`designa report`: the self-contained HTML page of designations."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from pipeline.cli._util import (
    ConfigOpt, ForceOpt, OutOpt, QuietOpt, SetOpt, WorkOpt, app, handle_errors, out, out_dir,
    settings, summary_table, work_dir,
)
from pipeline.report import report
from pipeline.store import WorkStore


@app.command("report")
@handle_errors
def report_cli(
    work: Optional[Path] = WorkOpt,
    out_path: Optional[Path] = OutOpt,
    config: Optional[Path] = ConfigOpt,
    set_: Optional[list[str]] = SetOpt,
    max_rows: int = typer.Option(0, "--max-rows", min=0,
                                 help="Rows to list in the page's table (0: every row); counts and chart use all."),
    quiet: bool = QuietOpt,
    force: bool = ForceOpt,
) -> None:
    """Write report.html to the export folder: one self-contained page to look at.

    Counts by status, top designators, designees and roles, designations over
    time by the designation's date, and every row with its sentence highlighted, in a
    table to filter and sort. Opens offline in any browser.
    """
    cfg = settings(config, set_)
    with WorkStore(work_dir(cfg, work), create=False, lock_wait=cfg.get("run.lock_wait")) as store:
        summary = report(store, out_dir(cfg, out_path), max_rows=max_rows, force=force, config=cfg)
    if not quiet:
        out.print(summary_table("designa report", [
            ("file", str(summary.path)), ("designations", summary.rows), ("listed", summary.shown),
            ("documents", summary.documents), ("size", f"{summary.bytes / 1e6:.1f} MB"),
        ]))
