from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.table import Table

from pipeline.check import DEFAULT_KEYS, check, update
from pipeline.cli._util import QuietOpt, app, handle_errors, out


@app.command("check")
@handle_errors
def check_cli(
    expected: Path = typer.Argument(..., help="CSV of expected triples (e.g. tests/golden/triples.csv)."),
    actual: Path = typer.Option(Path("data/processed/triples.csv"), "--actual",
                                help="The triples file to check."),
    key: Optional[str] = typer.Option(None, "--key", help=f"Key columns, comma-separated [default: {','.join(DEFAULT_KEYS)}]."),
    update_: bool = typer.Option(False, "--update", help="Rewrite EXPECTED from the actual file."),
    quiet: bool = QuietOpt,
) -> None:
    """Compare triples with expected rows on key columns; exit 1 with a diff if they differ."""
    if update_:
        update(expected, actual)
        if not quiet:
            out.print(f"Updated {expected} from {actual}.")
        return
    keys = [k.strip() for k in key.split(",")] if key else None
    result = check(expected, actual, keys)
    if result.ok:
        if not quiet:
            out.print(f"OK: {result.matched} expected rows found in {actual}, none unexpected.")
        return
    table = Table(title=f"{actual} differs from {expected}", title_justify="left")
    table.add_column("", style="bold")
    for name in result.keys:
        table.add_column(name)
    for row in result.missing:
        table.add_row("[red]- missing[/]", *row)
    for row in result.unexpected:
        table.add_row("[green]+ unexpected[/]", *row)
    out.print(table)
    out.print(f"{len(result.missing)} missing, {len(result.unexpected)} unexpected, "
              f"{result.matched} matched. After review, accept with --update.")
    raise typer.Exit(1)
