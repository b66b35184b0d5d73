"""The `designa` command: one module per command over the shared app."""
from __future__ import annotations

from pipeline.cli import (  # noqa: F401
    check, evaluate, evaluate_ner, explain, export, extract, ingest, model, ner, report, run,
    train_ner,
)
from pipeline.cli._util import app

# `designa --help` lists the commands in this order: the pipeline's stages, then the rest.
COMMAND_ORDER = ["ingest", "ner", "extract", "export", "run", "check", "evaluate", "explain",
                 "report", "evaluate-ner", "train-ner", "model"]
app.registered_commands.sort(key=lambda command: COMMAND_ORDER.index(command.name))


def main() -> None:
    app()
