from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from pipeline.cli._util import (
    BatchSizeOpt, ConfigOpt, CsvSepOpt, ForceOpt, FormatOpt, NProcessOpt, OutOpt, QuietOpt,
    SchedulerOpt, SetOpt, WorkOpt, app, handle_errors, model_notice, out, out_dir, progress_bar,
    settings, summary_table, work_dir,
)
from pipeline.errors import DesignaError
from pipeline.ingest import iter_files
from pipeline.runner import Session, run


@app.command("run")
@handle_errors
def run_cli(
    sources: list[Path] = typer.Argument(..., help="Files and folders to read (searched recursively)."),
    work: Optional[Path] = WorkOpt,
    out_path: Optional[Path] = OutOpt,
    config: Optional[Path] = ConfigOpt,
    set_: Optional[list[str]] = SetOpt,
    n_process: Optional[int] = NProcessOpt,
    batch_size: Optional[int] = BatchSizeOpt,
    formats: Optional[str] = FormatOpt,
    csv_sep: Optional[str] = CsvSepOpt,
    scheduler: Optional[str] = SchedulerOpt,
    quiet: bool = QuietOpt,
    force: bool = ForceOpt,
) -> None:
    """Run every stage over the sources in one streaming pass: ingest, ner, extract, export."""
    if scheduler is not None:
        raise DesignaError("--scheduler (Dask) is not available in this version; run without it.")
    cfg = settings(config, set_, csv_sep=csv_sep, formats=formats)
    list(iter_files(sources))  # fail early, with the path, on a missing input
    session = Session.load(cfg)
    model_notice(session.info, quiet)
    with progress_bar("designa run", None, quiet) as advance:
        summary = run(sources, work_dir(cfg, work), out_dir(cfg, out_path), session,
                      batch_size=batch_size, n_process=n_process, force=force, progress=advance)
    if not quiet:
        rows = [("documents", summary.ingest.documents)]
        rows += [(f"  {status}", n) for status, n in sorted(summary.ingest.statuses.items())]
        rows += [("parsed", summary.parse.parsed), ("from cache", summary.parse.cached),
                 ("tokens", summary.parse.tokens), ("entities", summary.parse.entities),
                 ("triples", summary.triples),
                 ("model", f"{session.info.name} {session.info.version}"),
                 ("time", f"{sum(summary.seconds.values()):.1f} s"),
                 ("output", str(summary.export.out) if summary.export else "-")]
        out.print(summary_table("designa run", rows))
