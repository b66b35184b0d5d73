"""Outputs and errors: interrupted first exports, users' files in --out, full or read-only disks,
bad settings, Ctrl-C, and untrusted text on the console (issue 12). No model needed.
"""
from __future__ import annotations

import errno
import json
import os
import sqlite3
from pathlib import Path
from types import SimpleNamespace

import pytest
from typer.testing import CliRunner

from pipeline import export as export_module
from pipeline.cli import app
from pipeline.cli._util import safe
from pipeline.config import load_config
from pipeline.errors import ConfigError, NotWritable
from pipeline.export import MANIFEST, export, remove_stale_temporaries, temporary_path
from pipeline.runner import run
from pipeline.store import WorkStore
from tests.store_builder import build_store, document, triple

runner = CliRunner()
SENTENCE = "El Gobierno designó a Ana Ruiz como jefa del SIS."
TABLES = ("triples", "facts", "entities", "documents")


@pytest.fixture
def work(tmp_path) -> Path:
    return build_store(tmp_path / "work", [document("d1", "2023-01-05", text=SENTENCE)],
                       [triple("d1", SENTENCE, "Gobierno", "Ana Ruiz", "jefa del SIS", "designó")])


def do_export(work: Path, out: Path, formats=("csv",), force: bool = False):
    with WorkStore(work, create=False) as store:
        return export(store, out, load_config(), formats=list(formats), force=force)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_interrupted_first_export_resumes_without_force(work, tmp_path, monkeypatch):
    out = tmp_path / "out"
    renames = []
    real_replace = os.replace

    def interrupted(source, target):
        if len(renames) == 2:  # killed (Ctrl-C) in the middle of the renames
            raise KeyboardInterrupt
        renames.append(target)
        real_replace(source, target)

    monkeypatch.setattr(export_module.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        do_export(work, out)
    monkeypatch.undo()
    assert (out / "triples.csv").exists() and not (out / "run.json").exists()
    do_export(work, out)  # not refused as "not written by designa"
    assert {p.name for p in out.iterdir()} == {f"{t}.csv" for t in TABLES} | {"run.json"}


def test_files_designa_did_not_write_are_still_refused(work, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "triples.csv").write_text("mine\n")
    (out / MANIFEST).write_text(json.dumps({"files": ["documents.csv"]}))
    with pytest.raises(Exception, match="triples.csv not written by designa"):
        do_export(work, out)


def test_a_users_tmp_files_in_out_are_never_touched(work, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    mine = {".draft.tmp.docx": b"draft", ".notas.tmp-1.csv": b"x", "designa-tmp-1-a.csv": b"y"}
    for name, data in mine.items():
        (out / name).write_bytes(data)
    live = out / f".designa-tmp-{os.getppid()}-triples.csv"  # a living process's temporary
    live.write_bytes(b"busy")
    do_export(work, out)
    do_export(work, out)
    for name, data in mine.items():
        assert (out / name).read_bytes() == data
    assert live.exists()


def test_stale_temporaries_of_a_dead_process_are_removed(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    stale = out / ".designa-tmp-999999999-triples.csv"
    stale.write_bytes(b"half")
    remove_stale_temporaries(out)
    assert not stale.exists()


def test_a_disk_that_fills_mid_export_leaves_the_previous_set(work, tmp_path, monkeypatch):
    out = tmp_path / "out"
    do_export(work, out, formats=("csv", "jsonl"))
    before = snapshot(out)
    calls = []

    def full_disk(store, table, path):
        calls.append(table)
        if len(calls) == 3:
            path.write_bytes(b"partial")
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        return real_jsonl(store, table, path)

    real_jsonl = export_module._write_jsonl
    monkeypatch.setattr(export_module, "_write_jsonl", full_disk)
    with WorkStore(work, create=False) as store:
        store.db.execute("UPDATE triples SET role = 'otra cosa'")  # the new set would differ
    with pytest.raises(NotWritable, match="the disk is full.*left as they were"):
        do_export(work, out, formats=("csv", "jsonl"))
    assert snapshot(out) == before  # old csv and jsonl, no new file, no temporary


def test_unwritable_out_is_found_before_any_nlp_work(tmp_path):
    out = tmp_path / "out"
    out.write_text("a file where a folder should be")
    source = tmp_path / "notas.txt"
    source.write_text("El Gobierno designó a Ana Ruiz como jefa del SIS.", encoding="utf-8")
    session = SimpleNamespace(config=load_config())  # never used: the run stops first
    with pytest.raises(NotWritable, match=f"Cannot write {out}"):
        run([source], tmp_path / "work", out, session)
    assert not (tmp_path / "work" / "designa.sqlite").exists()


def test_temporary_names_are_designas_own(tmp_path):
    name = temporary_path(tmp_path / "triples.csv").name
    assert name.startswith(".designa-tmp-") and name.endswith("-triples.csv")


# -- settings ------------------------------------------------------------------------------------


@pytest.mark.parametrize("setting,message", [
    ("export.csv_encoding=nope", "not a text encoding"),
    ("export.csv_encoding=hex", "not a text encoding"),
    ("run.n_process=0", "run.n_process"),
    ("run.batch_size=0", "run.batch_size"),
    ("model.max_length=1", "model.max_length"),
    ("input.max_chars=0", "input.max_chars"),
])
def test_bad_values_fail_at_load(setting, message):
    with pytest.raises(ConfigError, match=message):
        load_config(None, [setting])


# -- the command line: one Error line, never a traceback -----------------------------------------


def error_of(result) -> str:
    """The one `Error:` line of a failed command (a progress bar may precede it)."""
    assert result.exit_code != 0
    assert "Traceback" not in result.output and result.exception is None or isinstance(
        result.exception, SystemExit), result.output
    errors = [line for line in result.output.splitlines() if line.startswith("Error: ")]
    assert len(errors) == 1, result.output
    return " ".join(result.output[result.output.index("Error: "):].split())


def test_binary_config_is_an_error_line(tmp_path):
    config = tmp_path / "binario.toml"
    config.write_bytes(b"\x89PNG\x00\xff\xfe\x01")
    text = error_of(runner.invoke(app, ["ingest", str(tmp_path), "--config", str(config),
                                        "--work", str(tmp_path / "w")]))
    assert "binario.toml" in text


def test_bad_setting_on_the_command_line_is_an_error_line(tmp_path):
    text = error_of(runner.invoke(app, ["ingest", str(tmp_path), "--work", str(tmp_path / "w"),
                                        "--set", "export.csv_encoding=latin-9x"]))
    assert "csv_encoding" in text


def test_unwritable_out_is_an_error_line(work, tmp_path):
    out = tmp_path / "out"
    out.write_text("not a folder")
    text = error_of(runner.invoke(app, ["export", "--work", str(work), "--out", str(out)]))
    assert f"Cannot write {out}" in text


def test_full_work_store_is_an_error_line(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("El Gobierno designó a Ana Ruiz como jefa del SIS.", encoding="utf-8")

    def full(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(WorkStore, "append", full)
    text = error_of(runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--work", str(tmp_path / "w")]))
    assert "disk is full" in text


def test_ctrl_c_is_an_error_line_with_exit_130(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("El Gobierno designó a Ana Ruiz como jefa del SIS.", encoding="utf-8")

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(WorkStore, "append", interrupted)
    result = runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--work", str(tmp_path / "w")])
    assert result.exit_code == 130
    assert "resume" in error_of(result)


# -- untrusted text on the console ----------------------------------------------------------------


def test_markup_and_escape_codes_in_ids_and_paths_print_as_text(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # short relative paths: no wrapping in the table
    src = Path("src")
    (src / "a[").mkdir(parents=True)
    (src / "a[" / "b]c.xyz").write_text("x")
    (src / "nota\x1b[31m.xyz").write_text("x")
    (src / "notas.jsonl").write_text("\n".join(json.dumps(v) for v in (
        {"id": "[/]", "text": ""}, {"id": "\x1b]0;pwned\x07[bold]x", "text": ""})) + "\n")
    result = runner.invoke(app, ["ingest", str(src), "--work", "w"])
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output and "\x07" not in result.output
    flat = "".join(result.output.replace("│", " ").split())
    assert "a[/b]c.xyz" in flat and "nota\\x1b[31m.xyz" in flat


def test_safe_escapes_markup_and_control_characters():
    assert safe("[/]") == "\\[/]"
    assert safe("a\x1b[2Jb\u202e") == "a\\x1b[2Jb\\u202e"


def test_unwritable_work_is_an_error_line(tmp_path):
    (tmp_path / "a.txt").write_text("El Gobierno designó a Ana Ruiz como jefa del SIS.", encoding="utf-8")
    work = tmp_path / "work"
    work.write_text("a file where the work folder should be")
    text = error_of(runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--work", str(work)]))
    assert f"Work folder {work}" in text


def test_kill_9_during_a_first_export_then_rerun_without_force(tmp_path):
    import signal
    import subprocess
    import sys
    import time

    rows = 3000
    work = build_store(tmp_path / "work", [document(f"d{n:05d}", "2023-01-05", text=SENTENCE)
                                           for n in range(rows)],
                       [triple(f"d{n:05d}", SENTENCE, "Gobierno", "Ana Ruiz", "jefa del SIS", "designó")
                        for n in range(rows)])
    args = [sys.executable, "-m", "pipeline", "export", "--work", str(work), "--quiet", "--format", "csv,jsonl"]
    do_export(work, tmp_path / "ref", formats=("csv", "jsonl"))
    out = tmp_path / "out"
    victim = subprocess.Popen([*args, "--out", str(out)])
    deadline = time.monotonic() + 60
    while not any(out.glob(".designa-tmp-*")) and victim.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    if victim.poll() is None:
        os.kill(victim.pid, signal.SIGKILL)
    victim.wait()
    again = subprocess.run([*args, "--out", str(out)], capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    written = snapshot(out)
    assert set(written) == set(snapshot(tmp_path / "ref"))  # no temporary, no manifest left
    for name, data in snapshot(tmp_path / "ref").items():
        if name != "run.json":
            assert written[name] == data


def test_a_stream_stopped_by_ctrl_c_closes_quietly_after_the_store(work):
    store = WorkStore(work, create=False)
    store.store_texts([("d1", SENTENCE)])
    rows = store.unparsed_rows("some-parse-key")
    next(rows)
    store.close()  # Ctrl-C unwinds the store first; the generator is collected later
    rows.close()  # used to raise "Cannot operate on a closed database" ("Exception ignored")
