from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer
from rich.table import Table

from pipeline.cli._util import (
    BatchSizeOpt, ConfigOpt, ForceOpt, SetOpt, app, console, handle_errors, model_notice, out, settings,
)
from pipeline.errors import ConfigError, OutputExists
from pipeline.evaluate_ner import NerResult, evaluate_ner, write_predictions
from pipeline.nlp import load_nlp


@app.command("evaluate-ner")
@handle_errors
def evaluate_ner_cli(
    conll: Path = typer.Argument(..., metavar="FILE", help="CoNLL file: token and BIO tag per line, blank line between sentences."),
    config: Optional[Path] = ConfigOpt,
    set_: Optional[list[str]] = SetOpt,
    batch_size: Optional[int] = BatchSizeOpt,
    predictions: Optional[Path] = typer.Option(None, "--predictions", help="Write token, gold tag, predicted tag per line to this file."),
    force: bool = ForceOpt,
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Only the scores."),
    min_f1: Optional[float] = typer.Option(None, "--min-f1", help="Fail (exit 1) below this micro F1."),
    min_label_f1: Optional[list[str]] = typer.Option(None, "--min-label-f1", help="Fail (exit 1) below this F1 for one label: LABEL=VALUE, e.g. MISC=0.6 (repeatable)."),
) -> None:
    """Score the pipeline's named entities on a CoNLL file: P, R, F1 overall and per label."""
    if predictions is not None and predictions.exists() and not force:
        raise OutputExists(f"{predictions} exists; use --force to overwrite it.")
    label_floors = _label_floors(min_label_f1 or [])
    cfg = settings(config, set_)
    nlp, info = load_nlp(cfg)
    model_notice(info, quiet or as_json)
    result = evaluate_ner(conll, nlp, batch_size=batch_size or cfg.get("run.batch_size"))
    if predictions is not None:
        write_predictions(result, predictions)
    failures = result.failures(min_f1=min_f1, min_label_f1=label_floors)
    if as_json:
        out.print_json(json.dumps(result.as_dict()))
    else:
        _print_table(conll, result)
        if predictions is not None and not quiet:
            out.print(f"Predictions written to {predictions}.")
    if failures:
        console.print("[bold red]Below the floor:[/] " + "; ".join(failures))
        raise typer.Exit(1)


def _label_floors(items: list[str]) -> dict[str, float]:
    floors: dict[str, float] = {}
    for item in items:
        label, _, value = item.partition("=")
        try:
            floors[label.strip().upper()] = float(value)
        except ValueError:
            raise ConfigError(f"--min-label-f1 takes LABEL=VALUE, e.g. MISC=0.6; got {item!r}.") from None
    return floors


def _print_table(conll: Path, result: NerResult) -> None:
    summary = result.as_dict()
    table = Table(title=f"{conll}: {summary['sentences']:,} sentences, {summary['tokens']:,} tokens "
                  f"(entity-level, exact span and label)", title_justify="left")
    for column in ("label", "precision", "recall", "F1", "gold", "predicted", "correct"):
        table.add_column(column, justify="right")
    rows = [(label, result.labels[label]) for label in sorted(result.labels)]
    for name, scores in [("overall", result.overall), *rows]:
        table.add_row(name, f"{scores.precision:.3f}", f"{scores.recall:.3f}", f"{scores.f1:.3f}",
                      f"{scores.gold:,}", f"{scores.predicted:,}", f"{scores.true_positives:,}")
    out.print(table)
