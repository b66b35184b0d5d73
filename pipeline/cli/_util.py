"""The shared typer app, option spellings, error handling and terminal output."""
from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Optional

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from pipeline.config import Config, load_config
from pipeline.errors import DesignaError

app = typer.Typer(
    name="designa",
    help="Designations (X designates Y as Z) and named entities from Spanish news.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console(stderr=True)
out = Console()

# Option spellings are a contract (DESIGN.md): scripts and CI depend on them.
WorkOpt = typer.Option(None, "--work", help="Work folder (default: run.work, data/interim).")
OutOpt = typer.Option(None, "--out", help="Export folder (default: run.out, data/processed).")
ConfigOpt = typer.Option(None, "--config", help="A TOML file that overrides default settings.",
                         exists=False, dir_okay=False)
SetOpt = typer.Option(None, "--set", help="Override one setting: section.key=value (repeatable).")
NProcessOpt = typer.Option(None, "--n-process", min=1, help="Processes for the NLP stage (default: run.n_process).")
BatchSizeOpt = typer.Option(None, "--batch-size", min=1, help="Documents per spaCy batch (default: run.batch_size).")
FormatOpt = typer.Option(None, "--format", help="Export formats, comma-separated: csv,xlsx,jsonl,parquet.")
CsvSepOpt = typer.Option(None, "--csv-sep", help="CSV separator, e.g. ';' for Spanish-locale Excel.")
SchedulerOpt = typer.Option(None, "--scheduler", help="Dask scheduler address for the NLP stage.")
QuietOpt = typer.Option(False, "--quiet", "-q", help="No progress bar or summary (for scripts).")
ForceOpt = typer.Option(False, "--force", help="Overwrite outputs that designa did not write.")


def settings(config: Optional[Path], overrides: Optional[list[str]], *, csv_sep: str | None = None,
             formats: str | None = None) -> Config:
    """Load the configuration with the command-line overrides applied last."""
    extra = list(overrides or [])
    if csv_sep is not None:
        extra.append(f"export.csv_sep={_toml_string(csv_sep)}")
    if formats is not None:
        extra.append(f"export.formats={_toml_string(formats)}")
    return load_config(config, extra)


def _toml_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def work_dir(config: Config, work: Optional[Path]) -> Path:
    return Path(work) if work is not None else Path(config.get("run.work"))


def out_dir(config: Config, out_path: Optional[Path]) -> Path:
    return Path(out_path) if out_path is not None else Path(config.get("run.out"))


def handle_errors(func: Callable) -> Callable:
    """Turn library errors into `Error: ...` and exit code 1."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except DesignaError as error:
            console.print(f"[bold red]Error:[/] {error}", highlight=False, soft_wrap=True)
            raise typer.Exit(1) from None

    return wrapper


@contextmanager
def progress_bar(description: str, total: int | None, quiet: bool) -> Iterator[Callable[[int, int], None]]:
    """A progress callback (documents, tokens) shown as a bar with tokens/s and ETA."""
    if quiet:
        yield lambda docs, tokens: None
        return
    tokens_seen = [0]
    docs_seen = [0]
    columns = (
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("docs"),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        TextColumn("left"),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=console, transient=False) as bar:
        task = bar.add_task(description, total=total, rate="")

        def advance(docs: int, tokens: int) -> None:
            tokens_seen[0] += tokens
            docs_seen[0] += docs
            elapsed = bar.tasks[task].elapsed or 0.0
            # Stages that do not tokenise (ingest) show documents per second instead.
            count, unit = (tokens_seen[0], "tokens/s") if tokens_seen[0] else (docs_seen[0], "docs/s")
            rate = f"{count / elapsed:,.0f} {unit}" if elapsed > 0 else f"- {unit}"
            bar.update(task, advance=docs, rate=rate)

        yield advance


def summary_table(title: str, rows: list[tuple[str, Any]]) -> Table:
    table = Table(title=title, show_header=False, title_justify="left")
    table.add_column("what", style="bold")
    table.add_column("value", justify="right")
    for name, value in rows:
        table.add_row(name, f"{value:,}" if isinstance(value, int) else str(value))
    return table


def model_notice(info: Any, quiet: bool) -> None:
    if not quiet:
        console.print(f"Model: [bold]{info.name}[/] {info.version} (spaCy {info.spacy_version})")
        if info.notice:
            console.print(f"Note: {info.notice}", highlight=False)
