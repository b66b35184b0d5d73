from __future__ import annotations

from pathlib import Path
from typing import Optional

from pipeline.cli._util import (
    ConfigOpt, CsvRawOpt, CsvSepOpt, ForceOpt, FormatOpt, OutOpt, QuietOpt, SetOpt, WorkOpt, app, console,
    handle_errors, out, out_dir, safe, settings, summary_table, work_dir,
)
from pipeline.export import export
from pipeline.store import WorkStore


@app.command("export")
@handle_errors
def export_cli(
    work: Optional[Path] = WorkOpt,
    out_path: Optional[Path] = OutOpt,
    config: Optional[Path] = ConfigOpt,
    set_: Optional[list[str]] = SetOpt,
    formats: Optional[str] = FormatOpt,
    csv_sep: Optional[str] = CsvSepOpt,
    csv_raw: bool = CsvRawOpt,
    quiet: bool = QuietOpt,
    force: bool = ForceOpt,
) -> None:
    """Write triples, facts, entities and documents to the export folder.

    csv (UTF-8 with BOM; cells a spreadsheet would read as formulas get a
    leading apostrophe unless --csv-raw), jsonl and parquet write one file per
    table; xlsx writes one workbook, designa.xlsx (string cells hold the exact
    text).
    """
    cfg = settings(config, set_, csv_sep=csv_sep, formats=formats, csv_raw=csv_raw)
    with WorkStore(work_dir(cfg, work), create=False, lock_wait=cfg.get("run.lock_wait")) as store:
        summary = export(store, out_dir(cfg, out_path), cfg, force=force)
    if not quiet:
        out.print(summary_table(f"export to {summary.out}",
                                [(f"{table} rows", n) for table, n in summary.rows.items()]))
    for note in summary.notes:
        console.print(f"Note: {safe(note)}", highlight=False)
