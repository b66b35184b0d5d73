"""`designa check EXPECTED --actual FILE`: a readable diff of designations for CI."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

from pipeline.check import DEFAULT_KEYS, CheckResult, check, update
from pipeline.cli._util import QuietOpt, app, handle_errors, out

CONTEXT_CHARS = 100


def _keys(key: Optional[str]) -> list[str] | None:
    return [k for k in key.split(",")] if key else None


def _shorten(text: str, limit: int = CONTEXT_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def diff_table(result: CheckResult, title: str, max_rows: int) -> Table:
    """Missing and unexpected rows, one per line, with the sentence where known."""
    table = Table(title=title, title_justify="left", show_lines=False)
    table.add_column("change", style="bold", no_wrap=True)
    for name in result.keys:
        table.add_column(name, overflow="fold")
    with_context = bool(result.context)
    if with_context:
        table.add_column("sentence", overflow="fold", style="dim")
    rows = [("[red]- missing[/]", row) for row in result.missing]
    rows += [("[green]+ unexpected[/]", row) for row in result.unexpected]
    for label, row in rows[:max_rows] if max_rows > 0 else rows:
        cells = [value if value != "" else "[dim]∅[/]" for value in row]
        if with_context:
            cells.append(_shorten(result.context.get(row, "")))
        table.add_row(label, *cells)
    return table


@app.command("check")
@handle_errors
def check_cli(
    expected: Path = typer.Argument(..., help="Expected triples (.csv, .jsonl or .parquet), e.g. tests/golden/triples.csv."),
    actual: Path = typer.Option(Path("data/processed/triples.csv"), "--actual",
                                help="The triples file to check."),
    key: Optional[str] = typer.Option(
        None, "--key", help=f"Key columns, comma-separated (default: {','.join(DEFAULT_KEYS)})."),
    update_: bool = typer.Option(False, "--update",
                                 help="Rewrite EXPECTED from the actual file (after review)."),
    max_rows: int = typer.Option(200, "--max-rows", min=0,
                                 help="Differing rows to list (0: all); the counts are always complete."),
    quiet: bool = QuietOpt,
) -> None:
    """Compare triples with expected rows on key columns; exit 1 with a diff if they differ.

    Rows compare as multisets on the key columns: a designation found twice
    must be expected twice. After a reviewed change, --update rewrites
    EXPECTED from the actual file.
    """
    if update_:
        before = update(expected, actual, _keys(key))
        if not quiet:
            change = ("" if before is None else
                      f" ({len(before.unexpected)} rows added, {len(before.missing)} removed on the key columns)")
            out.print(f"Updated {expected} from {actual}{change}.", highlight=False)
        return
    result = check(expected, actual, _keys(key))
    if result.ok:
        if not quiet:
            out.print(f"OK: {result.matched} expected rows found in {actual}, none unexpected.",
                      highlight=False)
        return
    # CI logs are not terminals: give the table room instead of rich's 80 columns.
    console = out if out.is_terminal else Console(width=max(out.width, 200))
    listed = len(result.missing) + len(result.unexpected)
    console.print(diff_table(result, f"{actual} differs from {expected}", max_rows))
    if max_rows and listed > max_rows:
        console.print(f"... {listed - max_rows} more differing rows not listed (--max-rows 0 lists all).")
    console.print(f"{len(result.missing)} missing, {len(result.unexpected)} unexpected, "
                  f"{result.matched} matched (expected {result.expected_rows}, actual "
                  f"{result.actual_rows} rows; keys: {', '.join(result.keys)}). "
                  "After review, accept with --update.", highlight=False)
    raise typer.Exit(1)
