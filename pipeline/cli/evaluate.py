from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer
from rich.markup import escape
from rich.table import Table

from pipeline.cli._util import ConfigOpt, SetOpt, app, console, handle_errors, model_notice, out, settings
from pipeline.evaluate import evaluate
from pipeline.session import Session


@app.command("evaluate")
@handle_errors
def evaluate_cli(
    gold: Path = typer.Argument(..., metavar="GOLD", help="Gold JSONL file (format in RELATION.md)."),
    config: Optional[Path] = ConfigOpt,
    set_: Optional[list[str]] = SetOpt,
    errors: int = typer.Option(0, "--errors", min=0, help="List up to N false positives and N false negatives."),
    min_precision: Optional[float] = typer.Option(None, "--min-precision", help="Fail (exit 1) below this lenient precision."),
    min_recall: Optional[float] = typer.Option(None, "--min-recall", help="Fail (exit 1) below this lenient recall."),
    min_strict_f1: Optional[float] = typer.Option(None, "--min-strict-f1", help="Fail (exit 1) below this strict F1."),
    min_status: Optional[float] = typer.Option(None, "--min-status", help="Fail (exit 1) below this status accuracy."),
    min_date: Optional[float] = typer.Option(None, "--min-date", help="Fail (exit 1) below this date accuracy (gold files with dates)."),
    min_replaces: Optional[float] = typer.Option(None, "--min-replaces", help="Fail (exit 1) below this replaces precision or recall (gold files with predecessors)."),
    qualifiers_on_gold: bool = typer.Option(False, "--qualifiers-on-gold", help="Score dates and predecessors on the gold rows themselves, apart from extraction."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Only the scores."),
) -> None:
    """Score the extractor on a gold file: strict and lenient P/R/F1 and status accuracy.

    Where the gold rows carry dates and predecessors (README, "Dates,
    predecessors and role parts"), their accuracy is scored too.
    """
    cfg = settings(config, set_)
    session = Session.load(cfg)
    model_notice(session.info, quiet or as_json)

    def predict(text: str) -> list[dict]:
        return session.extractor.rows(session.nlp(text), "gold")

    result = evaluate(gold, predict, qualify=session.qualifier.qualify, qualifiers_on_gold=qualifiers_on_gold)
    if as_json:
        out.print_json(json.dumps(result.as_dict()))
    else:
        table = Table(title=f"{gold}: {len(result.sentences)} sentences, {result.lenient.gold} gold rows, "
                      f"{result.lenient.predictions} predicted", title_justify="left")
        for column in ("match", "precision", "recall", "F1"):
            table.add_column(column, justify="right")
        for name, scores in (("strict", result.strict), ("lenient", result.lenient)):
            table.add_row(name, f"{scores.precision:.3f}", f"{scores.recall:.3f}", f"{scores.f1:.3f}")
        out.print(table)
        out.print(f"status accuracy (matched rows): {result.status_accuracy:.3f} "
                  f"({result.status_right}/{result.status_total})")
        if result.has_qualifiers:
            _print_qualifiers(result)
    if errors:
        _print_errors(result, errors)
        if result.has_qualifiers:
            _print_qualifier_errors(result, errors)
    failures = result.failures(min_precision=min_precision, min_recall=min_recall,
                               min_strict_f1=min_strict_f1, min_status=min_status,
                               min_date=min_date, min_replaces=min_replaces)
    if failures:
        console.print("[bold red]Below the floor:[/] " + "; ".join(failures))
        raise typer.Exit(1)


def _fmt(row: dict) -> str:
    return (f"({row.get('designator', '')!r}, {row.get('designee', '')!r}, {row.get('role', '')!r}, "
            f"{row.get('trigger', '')}, {row.get('status', '')}"
            + (f", {row['pattern']}" if row.get("pattern") else "") + ")")


def _print_errors(result, limit: int) -> None:
    fps = [(s, row) for s in result.sentences for row in s.false_positives]
    fns = [(s, row) for s in result.sentences for row in s.false_negatives]
    for title, items in (("False positives", fps), ("False negatives", fns)):
        out.print(f"\n[bold]{title}[/] ({len(items)}; showing {min(limit, len(items))})")
        for sentence, row in items[:limit]:
            # Sentences and ids hold brackets that rich would read as markup.
            out.print(escape(f"- [{sentence.id}] {_fmt(row)}"), highlight=False, soft_wrap=True)
            out.print(escape(f"    {sentence.text}"), highlight=False, style="dim", soft_wrap=True)


def _print_qualifiers(result) -> None:
    q = result.qualifiers
    precision, recall, f1 = q.replaces
    out.print(f"date accuracy at the gold precision (matched rows): {q.date_accuracy:.3f} "
              f"({q.date_right}/{q.date_total}; {q.dated_gold} gold rows have a date)")
    out.print(f"  of which the sentence gives the date: {q.sentence_date_accuracy:.3f} "
              f"({q.sentence_date_right}/{q.sentence_date_total})")
    out.print(f"replaces: precision {precision:.3f} ({q.replaces_right}/{q.replaces_predicted}), "
              f"recall {recall:.3f} ({q.replaces_right}/{q.replaces_gold}), F1 {f1:.3f}")


def _print_qualifier_errors(result, limit: int) -> None:
    from pipeline.evaluate import date_matches, normalise

    wrong = []
    for sentence in result.sentences:
        for i, j in sentence.lenient_pairs:
            p, g = sentence.predicted[i], sentence.gold[j]
            if g.get("date") and not date_matches(p, g):
                wrong.append((sentence, f"date {p.get('date')} ({p.get('date_precision')}, "
                              f"{p.get('date_source')}: {p.get('date_text')!r}) != gold {g['date']} "
                              f"({g.get('date_precision')}, {g.get('date_source')})"))
            if "replaces" in g and normalise(p.get("replaces") or "") != normalise(g.get("replaces") or ""):
                wrong.append((sentence, f"replaces {p.get('replaces')!r} != gold {g.get('replaces')!r}"))
    out.print(f"\n[bold]Qualifier errors[/] ({len(wrong)}; showing {min(limit, len(wrong))})")
    for sentence, what in wrong[:limit]:
        out.print(escape(f"- [{sentence.id}] {what}"), highlight=False, soft_wrap=True)
        out.print(escape(f"    {sentence.text}"), highlight=False, style="dim", soft_wrap=True)
