"""Runs: re-runs, interruption (kill -9), n_process, Dask, long documents, --strict.

Model layer: these tests need the installed Spanish model (skipped without
one). They compare runs with each other, never with one model's exact output.
The articles are written here.
"""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.config import load_config
from pipeline.extract.lexicon import load_lexicon
from pipeline.runner import run
from pipeline.session import Session

pytestmark = pytest.mark.model

ARTICLES = [
    "El Gobierno designó a Ana Torres como embajadora del Perú en Chile. La decisión fue publicada "
    "en el diario oficial El Peruano este martes. Torres trabajó durante veinte años en la "
    "Cancillería.",
    "El Congreso de la República eligió a Luis Gómez como presidente de la Comisión de Economía. "
    "La votación terminó con 70 votos a favor. Gómez anunció que convocará a los ministros.",
    "La presidenta Dina Boluarte nombró a Carlos Rivas ministro del Interior, tras la renuncia de "
    "su antecesor. Rivas juramentó en Palacio de Gobierno ante la prensa.",
    "La Municipalidad de Lima informó que las obras en la avenida Abancay terminarán en marzo. "
    "El alcalde visitó la zona el lunes por la mañana con los vecinos del Cercado.",
    "El partido Acción Popular designó a Marta Díaz como vocera titular de la bancada. Díaz "
    "reemplaza a Jorge Salas, quien fue nombrado embajador en Bolivia por el Ejecutivo.",
    "La Asamblea Nacional de Venezuela ratificó a Pedro Méndez como fiscal general. La oposición "
    "rechazó el nombramiento y pidió una auditoría internacional.",
]
TABLES = ("triples", "entities", "documents", "facts")


def write_archive(folder: Path, articles: list[str], name: str = "notas.jsonl") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    with path.open("w", encoding="utf-8") as handle:
        for index, text in enumerate(articles):
            handle.write(json.dumps({"id": f"{path.stem}-{index}", "text": text,
                                     "date": f"2023-0{1 + index % 9}-15"}, ensure_ascii=False) + "\n")
    return path


def tables(out: Path) -> dict[str, str]:
    return {name: (out / f"{name}.csv").read_text(encoding="utf-8-sig") for name in TABLES}


@pytest.fixture
def session(nlp_session):
    return nlp_session


def test_rerun_with_one_new_file_parses_only_the_new_file(tmp_path, session):
    archive = tmp_path / "archive"
    write_archive(archive, ARTICLES[:4], "enero.jsonl")
    first = run([archive], tmp_path / "work", tmp_path / "out", session)
    assert first.parse.parsed == 4 and first.parse.cached == 0
    write_archive(archive, ARTICLES[4:], "febrero.jsonl")
    second = run([archive], tmp_path / "work", tmp_path / "out", session)
    assert second.parse.parsed == 2 and second.parse.cached == 4
    fresh = run([archive], tmp_path / "work2", tmp_path / "out2", session)
    assert tables(tmp_path / "out") == tables(tmp_path / "out2")
    assert fresh.parse.parsed == 6


def test_changing_only_patterns_reextracts_from_stored_parses(tmp_path, session):
    archive = write_archive(tmp_path / "archive", ARTICLES)
    run([archive], tmp_path / "work", tmp_path / "out", session)
    # Same rules, different bytes: the rows fingerprint changes, the parse key does not.
    patterns = tmp_path / "patterns.json"
    shipped = session.config.data_path("extract.patterns")
    patterns.write_text(shipped.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    user = tmp_path / "user.toml"
    user.write_text(f'[extract]\npatterns = "{patterns.name}"\n', encoding="utf-8")
    changed = Session(load_config(user), session.nlp, session.info, session.extractor)
    assert changed.rows_fingerprint() != session.rows_fingerprint()
    again = run([archive], tmp_path / "work", tmp_path / "out2", changed)
    assert again.parse.parsed == 0 and again.parse.cached == len(ARTICLES)
    # Rows re-extracted from the stored (serialised) parses equal those of the fresh parse.
    assert tables(tmp_path / "out") == tables(tmp_path / "out2")


def test_n_process_two_gives_the_same_tables(tmp_path, session):
    archive = write_archive(tmp_path / "archive", ARTICLES)
    run([archive], tmp_path / "w1", tmp_path / "o1", session, n_process=1, batch_size=2)
    run([archive], tmp_path / "w2", tmp_path / "o2", session, n_process=2, batch_size=2)
    assert tables(tmp_path / "o1") == tables(tmp_path / "o2")


def test_dask_local_cluster_gives_the_same_tables(tmp_path, session):
    distributed = pytest.importorskip("distributed")
    archive = write_archive(tmp_path / "archive", ARTICLES)
    run([archive], tmp_path / "w1", tmp_path / "o1", session)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        summary = run([archive], tmp_path / "w2", tmp_path / "o2", session, batch_size=2,
                      scheduler=cluster.scheduler_address)
    assert summary.parse.parsed == len(ARTICLES)
    assert tables(tmp_path / "o1") == tables(tmp_path / "o2")
    assert json.loads((tmp_path / "o2" / "run.json").read_text())["nlp"]["scheduler"]


def test_long_sentences_are_cut_and_offsets_map_back(tmp_path, session):
    # One "sentence" of about 3,000 characters: paragraphs joined without a full stop.
    text = "\n\n".join(ARTICLES * 4).replace(". ", ", ").replace("\n\n", " ; ")
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "largo.txt").write_text(text, encoding="utf-8")
    small = Session.load(load_config(None, ["run.max_sentence_tokens=20"]))
    summary = run([archive], tmp_path / "work", tmp_path / "out", small)
    assert summary.parse.split > 0 and summary.ingest.statuses == {"ok": 1}
    stored = (archive / "largo.txt").read_text(encoding="utf-8")
    import csv

    with (tmp_path / "out" / "entities.csv").open(encoding="utf-8-sig") as handle:
        entities = list(csv.DictReader(handle))
    assert entities
    for row in entities:
        assert stored[int(row["start"]):int(row["end"])] == row["text"]
    with (tmp_path / "out" / "triples.csv").open(encoding="utf-8-sig") as handle:
        triples = list(csv.DictReader(handle))
    assert triples
    for row in triples:
        assert stored[int(row["designee_start"]):int(row["designee_end"])] == row["designee"]
        assert stored[int(row["trigger_start"]):int(row["trigger_end"])] == row["trigger"]
        assert stored[int(row["role_start"]):int(row["role_end"])] == row["role"]


def test_entities_and_triples_share_sentence_indices(tmp_path, session):
    archive = write_archive(tmp_path / "archive", ARTICLES)
    run([archive], tmp_path / "work", tmp_path / "out", session)
    import csv

    with (tmp_path / "out" / "entities.csv").open(encoding="utf-8-sig") as handle:
        entities = list(csv.DictReader(handle))
    with (tmp_path / "out" / "triples.csv").open(encoding="utf-8-sig") as handle:
        triples = list(csv.DictReader(handle))
    assert triples, "the articles hold designations; none found"
    for triple in triples:
        start = int(triple["trigger_start"])
        same_sentence = [e for e in entities if e["doc_id"] == triple["doc_id"]
                         and e["sent_index"] == triple["sent_index"]]
        for entity in same_sentence:
            assert entity["text"] in triple["sentence"], (entity, triple["sentence"])
        later = [e for e in entities if e["doc_id"] == triple["doc_id"] and int(e["start"]) > start
                 and int(e["sent_index"]) < int(triple["sent_index"])]
        assert not later


def test_triples_only_runs_the_model_on_trigger_sentences_alone(session):
    text = ("La Municipalidad informó que las obras terminarán en marzo. "
            "El Gobierno designó a Ana Torres como embajadora del Perú en Chile.")
    trigger_sentence = session.nlp.tokenizer(text.split(". ", 1)[1])
    [triples_only] = session.analyser(tables="triples")([("d", "h", text)])
    [full] = session.analyser(tables="all")([("d", "h", text)])
    assert triples_only.model_tokens == len(trigger_sentence)
    assert triples_only.entities is None
    assert full.model_tokens == triples_only.tokens == full.tokens
    assert {record[0] for record in full.entities} == {0, 1}  # NER over every sentence
    assert triples_only.triples == full.triples and full.triples
    assert triples_only.parse == full.parse  # the same stored trigger-sentence parse


def test_triples_only_tokenises_up_to_the_last_trigger_sentence(session):
    filler = "La Municipalidad informó que las obras en la avenida terminarán en marzo. " * 30
    text = (filler + "El Gobierno designó a Ana Torres como embajadora del Perú en Chile. " + filler
            + "El Congreso eligió a Luis Gómez como presidente de la Comisión. " + filler)
    [triples_only] = session.analyser(tables="triples")([("d", "h", text)])
    [full] = session.analyser(tables="all")([("d", "h", text)])
    # The text after the last trigger sentence (2,000 characters past it) was not tokenised...
    assert triples_only.tokens < full.tokens
    # ...and every row, with its sentence index and offsets, is that of the whole text.
    assert triples_only.triples == full.triples and len(full.triples) == 2
    assert triples_only.model_tokens < full.model_tokens
    # The same stored trigger-sentence parses; only the document's token count differs.
    from pipeline.analyse.rows import unpack_sentences

    stored = [[(sentence, doc.to_bytes()) for sentence, doc in unpack_sentences(analysis.parse,
                                                                               session.nlp.vocab)[1]]
              for analysis in (triples_only, full)]
    assert stored[0] == stored[1] and len(stored[0]) == 2
    assert [row["sent_index"] for row in full.triples] == [30, 61]


def test_triples_only_run_writes_the_same_triples_and_no_entities(tmp_path, session):
    seed = Path(__file__).resolve().parent.parent / "data" / "raw"
    archive = write_archive(tmp_path / "archive", ARTICLES)
    for name, sources in (("seed", [seed]), ("archive", [archive])):
        full = run(sources, tmp_path / f"wf-{name}", tmp_path / f"of-{name}", session)
        only = run(sources, tmp_path / f"wt-{name}", tmp_path / f"ot-{name}", session, tables="triples")
        assert only.triples == full.triples > 0
        for table in ("triples", "facts", "documents"):
            assert ((tmp_path / f"ot-{name}" / f"{table}.csv").read_bytes()
                    == (tmp_path / f"of-{name}" / f"{table}.csv").read_bytes()), (name, table)
        assert not (tmp_path / f"ot-{name}" / "entities.csv").exists()
        assert json.loads((tmp_path / f"ot-{name}" / "run.json").read_text())["tables"] == "triples"
        assert only.parse.parsed_tokens < full.parse.parsed_tokens
    # A triples-only run reuses a full run's parses; a full run redoes a triples-only run's (for entities).
    again = run([archive], tmp_path / "wf-archive", tmp_path / "oa", session, tables="triples")
    assert again.parse.parsed == 0 and again.parse.cached == len(ARTICLES)
    assert (tmp_path / "oa" / "triples.csv").read_bytes() == (tmp_path / "of-archive" / "triples.csv").read_bytes()
    redo = run([archive], tmp_path / "wt-archive", tmp_path / "ot-archive", session)
    assert redo.parse.parsed == len(ARTICLES)
    assert tables(tmp_path / "ot-archive") == tables(tmp_path / "of-archive")
    # A triples-only export leaves no stale entities table from an earlier export beside its tables.
    run([archive], tmp_path / "wf-archive", tmp_path / "of-archive", session, tables="triples")
    assert not (tmp_path / "of-archive" / "entities.csv").exists()


def test_has_trigger_reads_the_lexicon(config):
    lexicon = load_lexicon(config.data_path("extract.triggers"))
    assert lexicon.has_trigger("Ayer lo designaron como jefe.")
    assert lexicon.has_trigger("FUE NOMBRADO MINISTRO")
    assert not lexicon.has_trigger("Las obras terminarán en marzo, dijo el alcalde.")


def designa(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], capture_output=True, text=True,
                          **kwargs)


def test_strict_makes_skips_an_error(tmp_path):
    archive = write_archive(tmp_path / "archive", ARTICLES[:2]).parent
    (archive / "vacio.txt").write_text("", encoding="utf-8")
    common = ["run", str(archive), "--work", str(tmp_path / "w"), "--out", str(tmp_path / "o")]
    lenient = designa(*common)
    assert lenient.returncode == 0, lenient.stderr
    assert "skipped" in lenient.stdout and "vacio.txt" in lenient.stdout
    strict = designa(*common, "--strict", "--quiet")
    assert strict.returncode == 1
    assert "--strict" in strict.stderr and "empty 1" in strict.stderr
    assert (tmp_path / "o" / "triples.csv").is_file()


def _parses(work: Path) -> int:
    try:
        with sqlite3.connect(work / "designa.sqlite", timeout=5) as db:
            return db.execute("SELECT COUNT(*) FROM parses").fetchone()[0]
    except sqlite3.Error:
        return 0


@pytest.mark.parametrize("when,n_process", [("during-nlp", 1), ("during-nlp", 2), ("early", 1)])
def test_kill_9_then_rerun_gives_the_same_tables(tmp_path, when, n_process):
    articles = [f"{text} Nota número {n}." for n in range(80) for text in ARTICLES]
    archive = write_archive(tmp_path / "archive", articles)
    reference = designa("run", str(archive), "--work", str(tmp_path / "w0"), "--out",
                        str(tmp_path / "o0"), "--quiet", "--batch-size", "4")
    assert reference.returncode == 0, reference.stderr
    work, out = tmp_path / "w1", tmp_path / "o1"
    args = ["run", str(archive), "--work", str(work), "--out", str(out), "--quiet", "--batch-size", "4",
            "--n-process", str(n_process)]
    victim = subprocess.Popen([sys.executable, "-m", "pipeline", *args],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    if when == "during-nlp":
        while _parses(work) < 1 and victim.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
    else:
        time.sleep(1.0)
    assert victim.poll() is None, "the run ended before it could be killed"
    os.kill(victim.pid, signal.SIGKILL)
    victim.wait()
    # No half-written output: any table file present is a complete one.
    for present in (out.glob("*.csv") if out.exists() else []):
        assert present.read_bytes() == (tmp_path / "o0" / present.name).read_bytes()
    resumed = designa(*args)
    assert resumed.returncode == 0, resumed.stderr
    assert tables(out) == tables(tmp_path / "o0")
    assert not [p for p in out.iterdir() if ".tmp" in p.name or "designa-tmp" in p.name]
    assert not (out / ".designa-export.json").exists()
    if when == "during-nlp":  # it resumed: the parses stored before the kill were reused
        assert json.loads((out / "run.json").read_text())["nlp"]["from_cache"] > 0


def test_run_never_deletes_a_users_files_in_out(tmp_path, session):
    archive = write_archive(tmp_path / "archive", ARTICLES[:2])
    out = tmp_path / "out"
    out.mkdir()
    (out / ".draft.tmp.docx").write_bytes(b"borrador")
    (out / "notas.tmp.csv").write_bytes(b"mias")
    run([archive], tmp_path / "work", out, session)
    run([archive], tmp_path / "work", out, session)
    assert (out / ".draft.tmp.docx").read_bytes() == b"borrador"
    assert (out / "notas.tmp.csv").read_bytes() == b"mias"


def test_both_parse_modes_keep_an_entity_ruler_working(config):
    """A gazetteer (EntityRuler) added to the pipeline runs in fast parse mode as in full mode."""
    fresh = Session.load(config)
    ruler = fresh.nlp.add_pipe("entity_ruler", name="test_gazetteer", last=True,
                               config={"overwrite_ents": True})
    ruler.add_patterns([{"label": "ORG", "pattern": [{"LOWER": "zuroxia"}]}])
    text = "La empresa Zuroxia abrió una oficina en Lima. El Gobierno designó a Ana Torres como embajadora."
    found = {}
    for mode in ("fast", "full"):
        fresh.config.data["run"]["parse"] = mode
        [analysis] = fresh.analyser()([("d", "h", text)])
        found[mode] = {(text, label) for _, _, _, label, text, _ in analysis.entities}
    assert ("Zuroxia", "ORG") in found["fast"]
    assert found["fast"] == found["full"]


def test_tables_triples_on_the_command_line(tmp_path):
    seed = Path(__file__).resolve().parent.parent / "data" / "raw"
    done = designa("run", str(seed), "--work", str(tmp_path / "w"), "--out", str(tmp_path / "o"),
                   "--tables", "triples")
    assert done.returncode == 0, done.stderr
    assert "not made (--tables triples)" in done.stdout
    assert {p.name for p in (tmp_path / "o").iterdir()} == {"triples.csv", "facts.csv", "documents.csv",
                                                              "run.json"}
    wrong = designa("run", str(seed), "--work", str(tmp_path / "w"), "--out", str(tmp_path / "o"),
                    "--tables", "entities")
    assert wrong.returncode == 1 and "run.tables must be one of all, triples" in wrong.stderr
