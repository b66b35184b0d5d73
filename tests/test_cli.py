"""The command line: help, clear errors for missing inputs and stages, a whole run."""
from __future__ import annotations

import csv
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from pipeline.cli import app

runner = CliRunner()

COMMANDS = ["ingest", "ner", "extract", "export", "run", "check", "evaluate", "model", "train-ner"]

ARTICLE = (
    "El Gobierno designó a Ana Ruiz Pérez como nueva jefa del Seguro Integral de Salud.\n"
    "La ministra llegó a Lima el lunes y se reunió con los gremios del sector durante la tarde.\n"
)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_explains_itself(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Usage" in result.output


def test_python_dash_m_is_the_same_program():
    done = subprocess.run([sys.executable, "-m", "pipeline", "--help"], capture_output=True, text=True)
    assert done.returncode == 0
    assert "ingest" in done.stdout and "evaluate" in done.stdout


def test_missing_input_is_a_clear_error(tmp_path):
    result = runner.invoke(app, ["ingest", str(tmp_path / "nope"), "--work", str(tmp_path / "w")])
    assert result.exit_code == 1
    assert "does not exist" in result.output


@pytest.mark.parametrize("command", ["ner", "extract", "export"])
def test_stage_without_ingest_names_the_command_to_run(tmp_path, command):
    result = runner.invoke(app, [command, "--work", str(tmp_path / "w")])
    assert result.exit_code == 1
    assert "Run `designa ingest` first" in result.output


def test_unknown_setting_is_named(tmp_path):
    result = runner.invoke(app, ["ingest", str(tmp_path), "--work", str(tmp_path / "w"),
                                 "--set", "run.colour=red"])
    assert result.exit_code == 1
    assert "run.colour" in result.output


@pytest.mark.model
def test_extract_before_ner_names_ner(tmp_path, nlp):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    work = tmp_path / "w"
    assert runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--work", str(work)]).exit_code == 0
    result = runner.invoke(app, ["extract", "--work", str(work), "--quiet"])
    assert result.exit_code == 1
    assert "Run `designa ner` first" in result.output


@pytest.mark.model
def test_stages_one_by_one_equal_run(tmp_path, nlp):
    source = tmp_path / "in"
    source.mkdir()
    (source / "a.txt").write_text(ARTICLE, encoding="utf-8")
    staged, whole = tmp_path / "staged", tmp_path / "whole"
    for args in (["ingest", str(source)], ["ner"], ["extract"], ["export", "--out", str(staged / "out")]):
        result = runner.invoke(app, [*args, "--work", str(staged / "w"), "--quiet"])
        assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["run", str(source), "--work", str(whole / "w"), "--out",
                                 str(whole / "out"), "--quiet"])
    assert result.exit_code == 0, result.output
    for name in ("triples.csv", "entities.csv", "documents.csv", "facts.csv"):
        assert (staged / "out" / name).read_bytes() == (whole / "out" / name).read_bytes(), name
    with (whole / "out" / "triples.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["designee"], r["designator_norm"]) for r in rows] == [("Ana Ruiz Pérez", "Gobierno")]
    assert rows[0]["role"].startswith("nueva jefa del Seguro Integral de Salud")


@pytest.mark.model
def test_rerun_is_byte_identical_and_uses_the_cache(tmp_path, nlp):
    source = tmp_path / "in"
    source.mkdir()
    (source / "a.txt").write_text(ARTICLE, encoding="utf-8")
    args = ["run", str(source), "--work", str(tmp_path / "w"), "--out", str(tmp_path / "out")]
    assert runner.invoke(app, [*args, "--quiet"]).exit_code == 0
    first = (tmp_path / "out" / "triples.csv").read_bytes()
    second_run = runner.invoke(app, args)
    assert second_run.exit_code == 0
    assert (tmp_path / "out" / "triples.csv").read_bytes() == first
    assert "from cache" in second_run.output


def test_export_refuses_a_folder_of_foreign_files_without_force(tmp_path, nlp_session):
    source = tmp_path / "a.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "triples.csv").write_text("someone else's\n", encoding="utf-8")
    args = ["run", str(source), "--work", str(tmp_path / "w"), "--out", str(out), "--quiet"]
    refused = runner.invoke(app, args)
    assert refused.exit_code == 1
    assert "--force" in refused.output
    assert runner.invoke(app, [*args, "--force"]).exit_code == 0


def test_check_passes_and_fails_with_a_readable_diff(tmp_path):
    header = "doc_id,designator_norm,designee_norm,role_norm,status,role\n"
    expected = tmp_path / "expected.csv"
    actual = tmp_path / "actual.csv"
    expected.write_text(header + "d1,Gobierno,Ana Ruiz,jefa del SIS,asserted,x\n", encoding="utf-8")
    actual.write_text(header + "d1,Gobierno,Ana Ruiz,jefa del SIS,asserted,y\n", encoding="utf-8-sig")
    ok = runner.invoke(app, ["check", str(expected), "--actual", str(actual)])
    assert ok.exit_code == 0, ok.output
    actual.write_text(header + "d1,Gobierno,Luis Díaz,ministro del Interior,planned,y\n", encoding="utf-8")
    bad = runner.invoke(app, ["check", str(expected), "--actual", str(actual)])
    assert bad.exit_code == 1
    assert "missing" in bad.output and "unexpected" in bad.output
    assert "Luis Díaz" in bad.output and "Ana Ruiz" in bad.output


def test_check_without_actual_file_says_what_to_run(tmp_path):
    expected = tmp_path / "expected.csv"
    expected.write_text("doc_id,designator_norm,designee_norm,role_norm,status\n", encoding="utf-8")
    result = runner.invoke(app, ["check", str(expected), "--actual", str(tmp_path / "none.csv")])
    assert result.exit_code == 2  # an error, not a difference
    assert "designa run" in result.output


def test_train_ner_without_the_corpus_is_a_clear_error(tmp_path):
    result = runner.invoke(app, ["train-ner", "--corpus", str(tmp_path / "none"),
                                 "--output", str(tmp_path / "model"), "--build", str(tmp_path / "b")])
    assert result.exit_code == 1
    assert "esp.train" in result.output and "does not exist" in result.output


def test_train_ner_does_not_overwrite_without_force(tmp_path):
    (tmp_path / "model").mkdir()
    result = runner.invoke(app, ["train-ner", "--output", str(tmp_path / "model"),
                                 "--build", str(tmp_path / "b")])
    assert result.exit_code == 1
    assert "--force" in result.output
