"""Qualifiers through the whole pipeline with the installed model (the golden layer).

The seed article (data/raw) has no publication date and no date phrase in its
designation sentences: its rows are pinned to date_source "none". Given a
publication date, the same text (same doc_id) gets that date on every row.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from pipeline.check import DEFAULT_KEYS, check

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "raw" / "peru-aliado-principal-otan.txt"
GOLDEN = ROOT / "tests" / "golden" / "triples.csv"
QUALIFIER_KEYS = ["date", "date_precision", "date_source", "replaces_norm", "role_head", "role_org"]


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.model
def test_seed_article_matches_the_golden_rows_with_their_qualifiers(nlp_session, tmp_path):
    from pipeline.runner import run

    run([SEED], tmp_path / "work", tmp_path / "out", nlp_session)
    result = check(GOLDEN, tmp_path / "out" / "triples.csv", DEFAULT_KEYS + QUALIFIER_KEYS)
    assert result.ok, (result.missing, result.unexpected)
    rows = read_rows(GOLDEN)
    assert {(r["date"], r["date_source"]) for r in rows} == {("", "none")}
    assert [(r["role_head"], r["role_org"]) for r in rows][:2] == [
        ("aliado", "Organización del Tratado del Atlántico Norte"), ("aliado", "OTAN")]


@pytest.mark.model
def test_seed_article_with_a_publication_date_is_dated_by_it(nlp_session, tmp_path):
    from pipeline.runner import run

    source = tmp_path / "seed.jsonl"
    record = {"text": SEED.read_text(encoding="utf-8"), "published": "2026-01-16"}
    source.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    run([source], tmp_path / "work", tmp_path / "out", nlp_session)
    rows = read_rows(tmp_path / "out" / "triples.csv")
    golden = read_rows(GOLDEN)
    assert [(r["doc_id"], r["designee_norm"], r["role_norm"], r["status"]) for r in rows] == [
        (r["doc_id"], r["designee_norm"], r["role_norm"], r["status"]) for r in golden]
    assert {(r["date"], r["date_precision"], r["date_source"]) for r in rows} == {("2026-01-16", "day", "published")}
    facts = read_rows(tmp_path / "out" / "facts.csv")
    assert [(f["designators"], f["mentions"], f["first_date"], f["last_date"]) for f in facts] == [
        ("Estados Unidos", "2", "2026-01-16", "2026-01-16"),
        ("Gobierno estadounidense", "1", "2026-01-16", "2026-01-16")]


@pytest.mark.model
def test_a_dated_replacement_through_the_pipeline(nlp_session, tmp_path):
    from pipeline.runner import run

    source = tmp_path / "nota.jsonl"
    text = ("La presidenta designó ayer a Ana Ruiz como ministra de Salud en reemplazo de Rosa Gil. "
            "El Congreso elegirá el lunes a Luis Paz como defensor del Pueblo.")
    source.write_text(json.dumps({"id": "n1", "text": text, "published": "2023-03-15"},
                                 ensure_ascii=False) + "\n", encoding="utf-8")
    run([source], tmp_path / "work", tmp_path / "out", nlp_session)
    rows = {r["designee"]: r for r in read_rows(tmp_path / "out" / "triples.csv")}
    ana = rows["Ana Ruiz"]
    assert (ana["date"], ana["date_text"], ana["date_source"]) == ("2023-03-14", "ayer", "sentence")
    assert ana["replaces"] == "Rosa Gil"
    assert text[int(ana["replaces_start"]):int(ana["replaces_end"])] == "Rosa Gil"
    assert (ana["role_head"], ana["role_org"]) == ("ministra", "Salud")
    # A planned election "el lunes" in an article of Wednesday 15 March is the coming Monday.
    assert (rows["Luis Paz"]["status"], rows["Luis Paz"]["date"]) == ("planned", "2023-03-20")
