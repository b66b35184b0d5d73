"""Runs: re-runs, interruption (kill -9), n_process, Dask, long documents, --strict.

Model layer: these tests need the installed Spanish model (skipped without
one). They compare runs with each other, never with one model's exact output.
The articles are written here.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.config import load_config
from pipeline.extract.lexicon import load_lexicon
from pipeline.runner import Session, run

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


def test_long_document_is_split_and_offsets_map_back(tmp_path, session):
    text = "\n\n".join(ARTICLES * 4)  # about 3,000 characters
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "largo.txt").write_text(text, encoding="utf-8")
    config = load_config(None, ["model.max_length=900"])
    small = Session.load(config)
    summary = run([archive], tmp_path / "work", tmp_path / "out", small)
    assert summary.parse.split == 1 and summary.ingest.statuses == {"ok": 1}
    stored = (archive / "largo.txt").read_text(encoding="utf-8")
    import csv

    with (tmp_path / "out" / "entities.csv").open(encoding="utf-8-sig") as handle:
        entities = list(csv.DictReader(handle))
    assert entities
    for row in entities:
        assert stored[int(row["start"]):int(row["end"])] == row["text"]
    with (tmp_path / "out" / "triples.csv").open(encoding="utf-8-sig") as handle:
        triples = list(csv.DictReader(handle))
    for row in triples:
        assert stored[int(row["designee_start"]):int(row["designee_end"])] == row["designee"]
        assert stored[int(row["trigger_start"]):int(row["trigger_end"])] == row["trigger"]


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


def test_fast_mode_parses_only_trigger_sentences(session):
    from pipeline.ner import parse_texts

    text = ("La Municipalidad informó que las obras terminarán en marzo. "
            "El Gobierno designó a Ana Torres como embajadora del Perú en Chile.")
    [(doc, _)] = list(parse_texts(session.nlp, [(text, None)], mode="fast",
                                  triggers=session.config.data_path("extract.triggers")))
    lexicon = load_lexicon(session.config.data_path("extract.triggers"))
    sentences = list(doc.sents)
    assert len(sentences) == 2
    plain, trigger = sentences
    assert not lexicon.has_trigger(plain.text) and lexicon.has_trigger(trigger.text)
    assert {t.dep_ for t in plain} <= {"ROOT", "dep"}  # placeholder tree, no parse
    assert {t.dep_ for t in trigger} - {"ROOT", "dep"}  # a real parse
    assert all(t.pos_ == "" for t in plain) and any(t.pos_ == "VERB" for t in trigger)
    assert doc.ents  # the NER ran over every sentence
    # nlp(text) still means the full pipeline.
    assert {t.dep_ for t in session.nlp(text)[:10]} - {"ROOT", "dep"}


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


def test_fast_mode_keeps_an_entity_ruler_working(config):
    """A gazetteer (EntityRuler) added to the pipeline runs in fast parse mode as in full mode."""
    from pipeline.ner import parse_texts

    fresh = Session.load(config)
    ruler = fresh.nlp.add_pipe("entity_ruler", name="test_gazetteer", last=True,
                               config={"overwrite_ents": True})
    ruler.add_patterns([{"label": "ORG", "pattern": [{"LOWER": "zuroxia"}]}])
    text = "La empresa Zuroxia abrió una oficina en Lima. El Gobierno designó a Ana Torres como embajadora."
    found = {}
    for mode in ("fast", "full"):
        [(doc, _)] = list(parse_texts(fresh.nlp, [(text, None)], mode=mode,
                                      triggers=config.data_path("extract.triggers")))
        found[mode] = {(e.text, e.label_) for e in doc.ents}
    assert ("Zuroxia", "ORG") in found["fast"]
    assert found["fast"] == found["full"]


def test_sentences_opening_with_an_entity_are_tagged(session):
    """Which sentences the fast mode tags for the entity layer's part-of-speech check
    (hand-built Docs over the model's vocabulary, which knows which words are alphabetic)."""
    from spacy.tokens import Doc

    from pipeline.ner import _opens_with_entity

    def make(words: str, ents: list[str]) -> Doc:
        return Doc(session.nlp.vocab, words=words.split(), ents=ents,
                   sent_starts=[True] + [False] * (len(ents) - 1))

    opens = make("« Lima amaneció con lluvia .", ["O", "B-LOC", "O", "O", "O", "O"])
    inside = make("Ayer en Lima llovió .", ["O", "O", "B-LOC", "O", "O"])
    assert _opens_with_entity(next(opens.sents))
    assert not _opens_with_entity(next(inside.sents))
