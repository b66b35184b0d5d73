"""One writer per work folder, shown with real processes (no model needed: `ingest` only).

Before the lock, two `ingest` (or `run`) on one --work shared the staging
tables: 6,746 or 2,746 documents rows for 3,746 records, or a raw sqlite
traceback. Every input here is written by the test.
"""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from pipeline.errors import WorkFolderBusy
from pipeline.store import WorkStore
from pipeline.worklock import LOCK_NAME, hold_work

TEXT = ("El Congreso eligió a la señora Núñez como nueva presidenta de la Comisión de Economía, "
        "según informó la oficina de prensa del Parlamento en un comunicado. Nota {n}.")

HOLDER = textwrap.dedent("""
    import sys
    from pipeline.store import WorkStore
    with WorkStore(sys.argv[1]):
        print("held", flush=True)
        sys.stdin.read()
""")


def archive(folder: Path, records: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "notas.jsonl"
    path.write_text("".join(json.dumps({"id": f"n{n}", "text": TEXT.format(n=n)}, ensure_ascii=False)
                            + "\n" for n in range(records)), encoding="utf-8")
    return path


def designa(*args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "pipeline", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, **kwargs)


def start_holder(work: Path) -> subprocess.Popen:
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(work)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    return holder


def documents(work: Path) -> int:
    with sqlite3.connect(work / "designa.sqlite") as db:
        return db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]


def test_second_command_is_refused_with_the_holder_named(tmp_path):
    source = archive(tmp_path / "src", 5)
    work = tmp_path / "work"
    holder = start_holder(work)
    try:
        refused = designa("ingest", str(source), "--work", str(work), "--quiet")
        _, stderr = refused.communicate(timeout=120)
        assert refused.returncode == 1
        assert stderr.startswith("Error: ") and "Traceback" not in stderr
        flat = " ".join(stderr.split())
        assert f"in use by pid {holder.pid} on {os.uname().nodename}" in flat
        assert "started 20" in flat and "-c" in flat  # the holder's start time and command
    finally:
        holder.stdin.close()
        holder.wait(timeout=60)
    done = designa("ingest", str(source), "--work", str(work), "--quiet")
    assert done.wait(timeout=120) == 0
    assert documents(work) == 5


def test_two_concurrent_ingests_wait_for_each_other_and_never_mix(tmp_path):
    records = 400
    source = archive(tmp_path / "src", records)
    work = tmp_path / "work"
    args = ("ingest", str(source), "--work", str(work), "--quiet", "--set", "run.lock_wait=300")
    first, second = designa(*args), designa(*args)
    outcomes = [process.communicate(timeout=300) for process in (first, second)]
    assert (first.returncode, second.returncode) == (0, 0), outcomes
    assert documents(work) == records
    with sqlite3.connect(work / "designa.sqlite") as db:
        assert db.execute("SELECT COUNT(DISTINCT doc_id) FROM documents").fetchone()[0] == records
        assert not db.execute("SELECT name FROM sqlite_master WHERE name LIKE '%__new'").fetchall()


def test_a_killed_holder_leaves_no_stale_lock(tmp_path):
    work = tmp_path / "work"
    holder = start_holder(work)
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait(timeout=60)
    with WorkStore(work):  # taken at once: the kernel released the dead holder's lock
        pass


def test_waiting_gives_up_after_lock_wait(tmp_path):
    work = tmp_path / "work"
    holder = start_holder(work)
    try:
        started = time.monotonic()
        with pytest.raises(WorkFolderBusy, match=r"after waiting 0\.5 s"):
            with hold_work(work, wait=0.5):
                pass
        assert time.monotonic() - started >= 0.5
    finally:
        holder.stdin.close()
        holder.wait(timeout=60)


def test_lock_is_reentrant_in_one_process_and_released_after(tmp_path):
    work = tmp_path / "work"
    with hold_work(work, command="outer"):
        with WorkStore(work) as store:  # a stage inside `run` opens its own store
            store.set_meta({"k": "v"})
        assert json.loads((work / LOCK_NAME).read_text())["command"] == "outer"
    assert (work / LOCK_NAME).read_text() == ""  # released: no holder named any more
    with hold_work(work):
        pass


@pytest.mark.model
def test_two_concurrent_runs_give_the_tables_of_one(tmp_path, nlp_session):
    """The issue's case: two `designa run` on one --work (model layer: needs the model)."""
    records = 60
    source = archive(tmp_path / "src", records)
    runs = [designa("run", str(source), "--work", str(tmp_path / "work"), "--out", str(tmp_path / f"o{n}"),
                    "--quiet", "--set", "run.lock_wait=600") for n in range(2)]
    outcomes = [process.communicate(timeout=600) for process in runs]
    assert [process.returncode for process in runs] == [0, 0], outcomes
    assert documents(tmp_path / "work") == records
    for name in ("documents.csv", "triples.csv", "entities.csv"):
        assert (tmp_path / "o0" / name).read_bytes() == (tmp_path / "o1" / name).read_bytes()
    with (tmp_path / "o0" / "documents.csv").open(encoding="utf-8-sig") as handle:
        assert sum(1 for _ in handle) == records + 1


def test_a_forked_child_does_not_keep_the_lock(tmp_path):
    work = tmp_path / "work"
    read, write = os.pipe()
    started_read, started_write = os.pipe()
    with hold_work(work):
        child = os.fork()
        if child == 0:  # a worker that outlives its parent's lock
            os.write(started_write, b"s")  # the fork hooks have run by now
            os.read(read, 1)
            os._exit(0)
        os.read(started_read, 1)
    try:
        with hold_work(work):  # released by the parent although the child still runs
            pass
    finally:
        os.write(write, b"x")
        for fd in (read, write, started_read, started_write):
            os.close(fd)
        os.waitpid(child, 0)
