"""CLI conventions: --version, short flags, command order, help text, progress labels. No model."""
from __future__ import annotations

import io
import re

import pytest
from rich.console import Console
from typer.testing import CliRunner

from pipeline import __version__
from pipeline.cli import COMMAND_ORDER, app
from pipeline.cli import _util

runner = CliRunner()


def test_version():
    for flag in ("--version", "-V"):
        result = runner.invoke(app, [flag])
        assert result.exit_code == 0 and result.output.startswith(f"designa {__version__} (spaCy 3.8")


def test_commands_are_listed_in_pipeline_order():
    text = runner.invoke(app, ["--help"], terminal_width=120).output
    listed = [name for name in re.findall(r"^│ ([a-z-]+) ", text, flags=re.M) if name in COMMAND_ORDER]
    assert listed == COMMAND_ORDER


def test_help_keeps_bracketed_defaults_and_shows_short_flags():
    text = runner.invoke(app, ["run", "--help"], terminal_width=200).output
    assert "[default: run.strict]" in text
    for short, long in (("-w", "--work"), ("-o", "--out"), ("-c", "--config"), ("-n", "--n-process"),
                        ("-f", "--format"), ("-q", "--quiet")):
        assert re.search(rf"{long}\s+{short}\b", text), long
    assert "--csv-raw" in text and "es-ES" in text


def test_short_flags_work(tmp_path):
    result = runner.invoke(app, ["export", "-w", str(tmp_path / "none"), "-o", str(tmp_path / "out"),
                                 "-f", "csv", "-q"])
    # The flags parse; the missing work folder is the library's error.
    assert result.exit_code == 1 and "Run `designa ingest` first" in result.output


def _render(total, steps):
    stream = io.StringIO()
    console = Console(file=stream, width=160, force_terminal=False, color_system=None)
    original = _util.console
    _util.console = console
    try:
        with _util.progress_bar("ingest", total, quiet=False) as advance:
            for docs, tokens in steps:
                advance(docs, tokens)
    finally:
        _util.console = original
    return stream.getvalue()


def test_progress_without_a_total_shows_count_rate_and_elapsed_only():
    text = _render(None, [(1, 0)] * 300)
    assert "300 docs" in text and "/?" not in text
    assert "docs/s" in text and "elapsed" in text and "left" not in text


def test_progress_with_a_total_labels_elapsed_and_time_left():
    text = _render(10, [(1, 50)] * 4)
    assert "4/10 docs" in text and "tokens/s" in text
    assert re.search(r"\d:\d\d:\d\d elapsed", text) and re.search(r"(\d:\d\d:\d\d|-:--:--) left", text)


@pytest.mark.model
def test_run_prints_the_notes_export_prints(tmp_path, monkeypatch):
    # Excel's row limit, made small, so that the workbook continues on a second sheet.
    monkeypatch.setattr("pipeline.export.XLSX_MAX_ROWS", 2)
    source = tmp_path / "notas.txt"
    source.write_text("El Gobierno designó a Ana Ruiz como jefa del SIS. "
                      "La presidenta nombró a Luis Díaz ministro del Interior.\n", encoding="utf-8")
    result = runner.invoke(app, ["run", str(source), "-w", str(tmp_path / "work"),
                                 "-o", str(tmp_path / "out"), "-f", "xlsx", "-q"])
    assert result.exit_code == 0, result.output
    assert "Note: entities:" in result.output and "continued on sheets" in result.output
