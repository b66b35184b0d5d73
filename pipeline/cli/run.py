from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from pipeline.cli._util import (
    BatchSizeOpt, ConfigOpt, CsvRawOpt, CsvSepOpt, ForceOpt, FormatOpt, NProcessOpt, OutOpt, QuietOpt,
    SchedulerOpt, SetOpt, WorkOpt, app, console, handle_errors, model_notice, out, out_dir, safe,
    progress_bar, settings, summary_table, work_dir,
)
from pipeline.errors import DesignaError
from pipeline.ingest import iter_files
from pipeline.runner import RunSummary, run
from pipeline.session import Session
from pipeline.worklock import hold_work

TablesOpt = typer.Option(
    None, "--tables", metavar="all|triples",
    help="Which tables to make: 'all', or 'triples' for designations only (the model runs on the "
         "trigger sentences alone; same triples, no entities table) [default: run.tables].")
StrictOpt = typer.Option(False, "--strict", help="Fail (exit 1) when any record was skipped "
                                                 "[default: run.strict].")


@app.command("run")
@handle_errors
def run_cli(
    sources: list[Path] = typer.Argument(..., metavar="SOURCES",
                                         help="Files and folders to read (searched recursively)."),
    work: Optional[Path] = WorkOpt,
    out_path: Optional[Path] = OutOpt,
    config: Optional[Path] = ConfigOpt,
    set_: Optional[list[str]] = SetOpt,
    n_process: Optional[int] = NProcessOpt,
    batch_size: Optional[int] = BatchSizeOpt,
    formats: Optional[str] = FormatOpt,
    csv_sep: Optional[str] = CsvSepOpt,
    csv_raw: bool = CsvRawOpt,
    scheduler: Optional[str] = SchedulerOpt,
    quiet: bool = QuietOpt,
    force: bool = ForceOpt,
    strict: bool = StrictOpt,
    tables: Optional[str] = TablesOpt,
) -> None:
    """Run every stage over the sources in one streaming pass: ingest, ner, extract, export.

    Bad records are reported in the documents table and the summary, never
    fatal; --strict makes any skipped record an error (exit 1, after writing).
    """
    cfg = settings(config, set_, csv_sep=csv_sep, formats=formats, csv_raw=csv_raw)
    list(iter_files(sources))  # fail early, with the path, on a missing input
    with hold_work(work_dir(cfg, work), wait=float(cfg.get("run.lock_wait"))):
        pass  # a busy work folder is refused before the model loads; run() holds the lock
    session = Session.load(cfg)
    model_notice(session.info, quiet)
    summary = run(sources, work_dir(cfg, work), out_dir(cfg, out_path), session,
                  batch_size=batch_size, n_process=n_process, scheduler=scheduler, force=force,
                  tables=tables,
                  progress=lambda description, total: progress_bar(description, total, quiet))
    if not quiet:
        out.print(summary_table("designa run", summary_rows(summary, session)))
        if summary.skipped:
            out.print(skipped_table(summary.skipped, summary.skipped_total))
    # The same notes as `designa export` (xlsx sheets continued, cells cut), quiet or not.
    for note in summary.export.notes if summary.export else []:
        console.print(f"Note: {safe(note)}", highlight=False)
    if (strict or cfg.get("run.strict")) and summary.skipped_total:
        raise DesignaError(
            f"--strict: {summary.skipped_total:,} record(s) were not processed "
            f"({', '.join(f'{s} {n:,}' for s, n in sorted(summary.ingest.statuses.items()) if s != 'ok')}); "
            "see the documents table for each reason.")
    if summary.skipped_total and quiet:
        console.print(f"designa run: {summary.skipped_total:,} record(s) skipped; "
                      "see documents.csv (status, reason).", highlight=False)


def summary_rows(summary: RunSummary, session: Session) -> list[tuple[str, object]]:
    seconds = summary.seconds
    tokens_per_s = summary.parse.tokens / seconds["nlp+extract"] if seconds.get("nlp+extract") else 0
    rows: list[tuple[str, object]] = [("documents", summary.ingest.documents)]
    rows += [(f"  {status}", n) for status, n in sorted(summary.ingest.statuses.items())]
    rows += [("parsed", summary.parse.parsed), ("from cache", summary.parse.cached),
             ("tokens", summary.parse.tokens), ("tokens through the model", summary.parse.parsed_tokens),
             ("entities", summary.parse.entities if summary.info.get("tables") != "triples"
              else "not made (--tables triples)"),
             ("triples", summary.triples),
             ("model", f"{session.info.name} {session.info.version}"),
             ("parse mode", session.config.get("run.parse")),
             ("time ingest", f"{seconds.get('ingest', 0):.1f} s"),
             ("time nlp + extract", f"{seconds.get('nlp+extract', 0):.1f} s ({tokens_per_s:,.0f} tokens/s)"),
             ("time export", f"{seconds.get('export', 0):.1f} s"),
             ("output", str(summary.export.out) if summary.export else "-")]
    return rows


def skipped_table(skipped: list[dict[str, str]], total: int):
    """The first few skipped records of each status, with their reasons."""
    from rich.table import Table

    table = Table(title=f"skipped records ({total:,}; the first of each kind)", title_justify="left")
    for column in ("status", "file", "record", "reason"):
        table.add_column(column, overflow="fold")
    for row in skipped:
        table.add_row(*(safe(row[key] or "") for key in ("status", "path", "record", "reason")))
    return table
