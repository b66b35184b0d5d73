"""`designa check EXPECTED --actual FILE`: a readable diff of designations for CI."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

from pipeline.check import DEFAULT_KEYS, CheckResult, check, model_warning, update
from pipeline.cli._util import QuietOpt, app, console, out
from pipeline.errors import DesignaError

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


def _result_json(result: CheckResult, expected: Path, actual: Path, warning: str | None) -> dict:
    def rows(found: list[tuple[str, ...]]) -> list[dict[str, str]]:
        return [dict(zip(result.keys, row), **({"sentence": result.context[row]}
                                               if row in result.context else {})) for row in found]

    return {"ok": result.ok, "expected": str(expected), "actual": str(actual), "keys": result.keys,
            "matched": result.matched, "expected_rows": result.expected_rows,
            "actual_rows": result.actual_rows, "missing": rows(result.missing),
            "unexpected": rows(result.unexpected), "warnings": [warning] if warning else []}


@app.command("check")
def check_cli(
    expected: Path = typer.Argument(
        ..., metavar="EXPECTED",
        help="Expected triples (.csv, .jsonl or .parquet), e.g. tests/golden/triples.csv."),
    actual: Path = typer.Option(Path("data/processed/triples.csv"), "--actual",
                                help="The triples file to check."),
    key: Optional[str] = typer.Option(
        None, "--key", help=f"Key columns, comma-separated (default: {','.join(DEFAULT_KEYS)})."),
    update_: bool = typer.Option(False, "--update",
                                 help="Rewrite EXPECTED where the actual file differs (after review)."),
    max_rows: int = typer.Option(200, "--max-rows", min=0,
                                 help="Differing rows to list (0: all); the counts are always complete."),
    as_json: bool = typer.Option(False, "--json", help="Print the result as JSON on stdout (for machines)."),
    quiet: bool = QuietOpt,
) -> None:
    """Compare triples with expected rows on key columns: exit 0 same, 1 different, 2 error.

    Rows compare as multisets on the key columns: a designation found twice
    must be expected twice. After a reviewed change, --update rewrites the
    rows of EXPECTED that changed, in its own separator and encoding.
    """
    try:
        _check(expected, actual, key, update_, max_rows, as_json, quiet)
    except DesignaError as error:
        # Exit 2, not 1: CI must tell "the designations changed" from "the check could not run".
        if as_json:
            out.print_json(data={"ok": False, "error": str(error)})
        else:
            console.print(f"[bold red]Error:[/] {error}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None


def _check(expected: Path, actual: Path, key: Optional[str], update_: bool, max_rows: int,
           as_json: bool, quiet: bool) -> None:
    if update_:
        done = update(expected, actual, _keys(key))
        before = done.before
        if as_json:
            out.print_json(data={"ok": True, "updated": str(expected), "kept": done.kept,
                                 "written": done.written, "removed": done.removed,
                                 "added_keys": len(before.unexpected) if before else None,
                                 "removed_keys": len(before.missing) if before else None})
        elif not quiet:
            change = ("" if before is None else
                      f": {len(before.unexpected)} rows added, {len(before.missing)} removed on the key "
                      f"columns; {done.kept} rows kept as they were, {done.written} written, "
                      f"{done.removed} taken out")
            out.print(f"Updated {expected} from {actual}{change}.", highlight=False)
        return
    result = check(expected, actual, _keys(key))
    warning = model_warning(expected, actual)
    if as_json:
        out.print_json(data=_result_json(result, expected, actual, warning))
        if not result.ok:
            raise typer.Exit(1)
        return
    if warning:
        console.print(f"Warning: {warning}", highlight=False, soft_wrap=True)
    if result.ok:
        if not quiet:
            out.print(f"OK: {result.matched} expected rows found in {actual}, none unexpected.",
                      highlight=False)
        return
    # CI logs are not terminals: give the table room instead of rich's 80 columns.
    wide = out if out.is_terminal else Console(width=max(out.width, 200))
    listed = len(result.missing) + len(result.unexpected)
    wide.print(diff_table(result, f"{actual} differs from {expected}", max_rows))
    if max_rows and listed > max_rows:
        wide.print(f"... {listed - max_rows} more differing rows not listed (--max-rows 0 lists all).")
    wide.print(f"{len(result.missing)} missing, {len(result.unexpected)} unexpected, "
               f"{result.matched} matched (expected {result.expected_rows}, actual "
               f"{result.actual_rows} rows; keys: {', '.join(result.keys)}). "
               "After review, accept with --update.", highlight=False)
    raise typer.Exit(1)
