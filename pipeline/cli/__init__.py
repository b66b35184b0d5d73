"""The `designa` command: one module per command over the shared app."""
from __future__ import annotations

from pipeline.cli import (  # noqa: F401
    check, evaluate, evaluate_ner, explain, export, extract, ingest, model, ner, report, run,
    train_ner,
)
from pipeline.cli._util import app


def main() -> None:
    app()
