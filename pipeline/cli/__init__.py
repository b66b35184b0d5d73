"""The `designa` command: one module per command over the shared app."""
from __future__ import annotations

from pipeline.cli import check, evaluate, explain, export, extract, ingest, model, ner, run  # noqa: F401
from pipeline.cli._util import app


def main() -> None:
    app()
