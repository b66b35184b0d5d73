from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.markup import escape
from rich.table import Table

from pipeline.cli._util import ConfigOpt, ForceOpt, SetOpt, app, handle_errors, model_notice, out, settings
from pipeline.errors import OutputExists
from pipeline.explain import explain, render_html
from pipeline.session import Session


@app.command("explain")
@handle_errors
def explain_cli(
    text: str = typer.Argument(..., metavar="TEXT", help="A Spanish sentence (quote it)."),
    html: Optional[Path] = typer.Option(None, "--html", help="Write a displaCy dependency page here, "
                                        "with designator, designee, role and trigger highlighted."),
    published: str = typer.Option("", "--published", help="The article's publication date, for relative dates ('ayer', 'este lunes')."),
    config: Optional[Path] = ConfigOpt,
    set_: Optional[list[str]] = SetOpt,
    force: bool = ForceOpt,
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No model notice."),
) -> None:
    """Show the parse, the entities, the trigger candidates and which pattern fired or why none did."""
    cfg = settings(config, set_)
    session = Session.load(cfg)
    model_notice(session.info, quiet)
    result = explain(text, session.nlp, session.extractor, session.qualifier, published)

    tokens = Table(title="Tokens", title_justify="left")
    for column in ("i", "text", "lemma", "POS", "dep", "head"):
        tokens.add_column(column)
    for t in result.tokens:
        head = f"{t.head} {result.tokens[t.head].text}" if t.head != t.i else "ROOT"
        tokens.add_row(str(t.i), escape(t.text), escape(t.lemma), t.pos, t.dep, escape(head))
    out.print(tokens)
    out.print("[bold]Entities:[/] " + (", ".join(escape(f"{text} ({label})") for text, label, _, _ in result.entities)
                                      or "none"))
    out.print("[bold]Trigger candidates:[/]" + ("" if result.triggers else " none (no trigger word form)"))
    for trigger in result.triggers:
        out.print(escape(f"- {trigger.text} [{trigger.i}] ({trigger.kind} '{trigger.lemma}')"))
        if trigger.note:
            out.print(escape(f"    {trigger.note}"))
        for attempt in trigger.attempts:
            outcome = f"fired, {attempt.rows} row(s)" if attempt.rows else attempt.reason
            out.print(escape(f"    pattern {attempt.pattern}: {outcome}"))
    out.print("[bold]Designations:[/]" + ("" if result.rows else " none"))
    for row in result.rows:
        out.print(escape(f"- designator={row['designator']!r} designee={row['designee']!r} role={row['role']!r} "
                         f"trigger={row['trigger']!r} status={row['status']} voice={row['voice']} "
                         f"pattern={row['pattern']}"))
        date = f"{row['date']} ({row['date_precision']}, {row['date_source']}" + (
            f": {row['date_text']!r})" if row["date_text"] else ")") if row["date"] else f"none ({row['date_source']})"
        out.print(escape(f"    date={date} replaces={row['replaces']!r} "
                         f"role_head={row['role_head']!r} role_org={row['role_org']!r}"))
    if html is not None:
        if html.exists() and not force:
            raise OutputExists(f"{html} exists; use --force to overwrite it.")
        html.parent.mkdir(parents=True, exist_ok=True)
        html.write_text(render_html(result), encoding="utf-8")
        out.print(f"HTML written to {html}")
