"""The shared typer app, option spellings, error handling and terminal output."""
from __future__ import annotations

import errno
import functools
import re
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text
from rich.table import Table

from pipeline.config import Config, load_config
from pipeline.errors import DesignaError

app = typer.Typer(
    name="designa",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # "markdown", not "rich": rich markup would eat "[default: run.strict]" in help texts.
    rich_markup_mode="markdown",
)
console = Console(stderr=True)
out = Console()

# Option spellings are a contract (DESIGN.md): scripts and CI depend on them.
# Short flags follow spaCy's CLI where it has one (-c config, -n n_process, -o output).
WorkOpt = typer.Option(None, "--work", "-w", help="Work folder (default: run.work, data/interim).")
OutOpt = typer.Option(None, "--out", "-o", help="Export folder (default: run.out, data/processed).")
ConfigOpt = typer.Option(None, "--config", "-c", help="A TOML file that overrides default settings.",
                         exists=False, dir_okay=False)
SetOpt = typer.Option(None, "--set", help="Override one setting: section.key=value (repeatable).")
NProcessOpt = typer.Option(None, "--n-process", "-n", min=1,
                           help="Processes for the NLP stage (default: run.n_process).")
BatchSizeOpt = typer.Option(None, "--batch-size", min=1, help="Documents per spaCy batch (default: run.batch_size).")
FormatOpt = typer.Option(None, "--format", "-f", help="Export formats, comma-separated: csv,xlsx,jsonl,parquet.")
CsvSepOpt = typer.Option(None, "--csv-sep", help="CSV separator: ';' for Excel in es-ES, es-AR, es-CO, "
                                                 "es-CL (their decimal comma); ',' (default) for es-MX, es-PE.")
CsvRawOpt = typer.Option(False, "--csv-raw", help="CSV for programs: no apostrophe before formula-like "
                                                  "cells (default: export.csv_neutralise).")
SchedulerOpt = typer.Option(None, "--scheduler", help="Dask scheduler address for the NLP stage.")
QuietOpt = typer.Option(False, "--quiet", "-q", help="No progress bar or summary (for scripts).")
ForceOpt = typer.Option(False, "--force", help="Overwrite outputs that designa did not write.")


def settings(config: Optional[Path], overrides: Optional[list[str]], *, csv_sep: str | None = None,
             formats: str | None = None, csv_raw: bool = False) -> Config:
    """Load the configuration with the command-line overrides applied last."""
    extra = list(overrides or [])
    if csv_sep is not None:
        extra.append(f"export.csv_sep={_toml_string(csv_sep)}")
    if formats is not None:
        extra.append(f"export.formats={_toml_string(formats)}")
    if csv_raw:
        extra.append("export.csv_neutralise=false")
    return load_config(config, extra)


def _toml_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def work_dir(config: Config, work: Optional[Path]) -> Path:
    return Path(work) if work is not None else Path(config.get("run.work"))


def out_dir(config: Config, out_path: Optional[Path]) -> Path:
    return Path(out_path) if out_path is not None else Path(config.get("run.out"))


# C0 and C1 control characters (ESC starts terminal escape sequences), DEL, and the
# bidirectional overrides that reorder what a terminal shows.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def safe(value: Any) -> str:
    """Untrusted text (ids, paths, reasons) made fit for the console.

    Control characters are shown as `\\xNN` instead of reaching the terminal,
    and rich markup (`[/]`, `[bold]`) is escaped so it prints as written.
    """
    text = _CONTROL.sub(lambda m: m.group(0).encode("unicode_escape").decode("ascii"), str(value))
    return escape(text)


def error_line(message: str) -> None:
    console.print(f"[bold red]Error:[/] {safe(message)}", highlight=False, soft_wrap=True)


_SQLITE_WRITE = ("disk is full", "readonly database", "unable to open database", "disk i/o error")


def handle_errors(func: Callable) -> Callable:
    """Turn library errors, and the system's refusals, into one `Error: ...` line and exit 1.

    A full or read-only disk, a work store that cannot be written and Ctrl-C
    are not bugs: they get a sentence, not a traceback.
    """

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except DesignaError as error:
            error_line(str(error))
            raise typer.Exit(1) from None
        except KeyboardInterrupt:
            error_line("interrupted. Finished stages and parsed documents are kept in the work "
                       "folder; run the same command again to resume.")
            raise typer.Exit(130) from None
        except sqlite3.OperationalError as error:
            if not any(part in str(error).lower() for part in _SQLITE_WRITE):
                raise
            error_line(f"the work folder's store cannot be written ({error}); check the disk "
                       "space and the permissions of --work.")
            raise typer.Exit(1) from None
        except OSError as error:
            if error.errno not in (errno.ENOSPC, errno.EROFS, errno.EACCES, errno.EPERM,
                                   errno.EDQUOT, errno.EIO):
                raise
            where = f" {error.filename}" if error.filename else ""
            error_line(f"cannot write{where}: {error.strerror or error}.")
            raise typer.Exit(1) from None

    return wrapper


class _LabelledColumn(ProgressColumn):
    """Another column with a word after it ("0:00:04 elapsed"); blank while it has nothing to say."""

    def __init__(self, inner: ProgressColumn, label: str, *, needs_total: bool = False) -> None:
        super().__init__()
        self.inner, self.label, self.needs_total = inner, label, needs_total

    def render(self, task: Task) -> Text:
        if self.needs_total and (task.total is None or task.finished):
            return Text("")
        text = self.inner.render(task)
        text = text if isinstance(text, Text) else Text(str(text))
        return text + Text(f" {self.label}", style="dim")


class _CountColumn(ProgressColumn):
    """"120/300 docs" when the total is known, "120 docs" when it is not (never "120/?")."""

    def render(self, task: Task) -> Text:
        if task.total is None:
            return Text(f"{int(task.completed):,} docs", style="progress.download")
        return MofNCompleteColumn().render(task) + Text(" docs")


@contextmanager
def progress_bar(description: str, total: int | None, quiet: bool) -> Iterator[Callable[[int, int], None]]:
    """A progress callback (documents, tokens): count, rate, time elapsed and, with a total, time left.

    Stages whose total is not known beforehand (ingest) show the count and
    documents per second, without a bar's end or a time left.
    """
    if quiet:
        yield lambda docs, tokens: None
        return
    tokens_seen = [0]
    docs_seen = [0]
    columns = (
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        _CountColumn(),
        TextColumn("{task.fields[rate]}"),
        _LabelledColumn(TimeElapsedColumn(), "elapsed"),
        _LabelledColumn(TimeRemainingColumn(), "left", needs_total=True),
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
    table = Table(title=safe(title), show_header=False, title_justify="left")
    table.add_column("what", style="bold")
    table.add_column("value", justify="right")
    for name, value in rows:
        table.add_row(safe(name), f"{value:,}" if isinstance(value, int) else safe(value))
    return table


def model_notice(info: Any, quiet: bool) -> None:
    if not quiet:
        console.print(f"Model: [bold]{safe(info.name)}[/] {safe(info.version)} "
                      f"(spaCy {safe(info.spacy_version)})")
        if info.notice:
            console.print(f"Note: {safe(info.notice)}", highlight=False)


def _print_version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        from pipeline import __version__

        try:
            spacy_version = version("spacy")
        except PackageNotFoundError:  # pragma: no cover - spaCy is a dependency
            spacy_version = "not installed"
        out.print(f"designa {__version__} (spaCy {spacy_version}, Python {sys.version.split()[0]})",
                  highlight=False)
        raise typer.Exit()


@app.callback()
def _main(
    version: bool = typer.Option(False, "--version", "-V", callback=_print_version, is_eager=True,
                                 help="Print designa's version (with spaCy's and Python's) and exit."),
) -> None:
    """Designations (X designates Y as Z) and named entities from Spanish news.

    Commands are listed in pipeline order: ingest, ner, extract, export (or run, all
    four in one pass); then check, evaluate, explain and report. `designa model` tells
    which spaCy model is used. Every command has --help.
    """
