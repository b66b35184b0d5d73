"""`designa explain` on a hand-built Doc (no model), and its command on the installed model."""
from __future__ import annotations

import re

import pytest
import spacy
from spacy.tokens import Doc
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.explain import explain, render_html
from pipeline.extract.extractor import load_extractor

FIN_PAST = "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"


@pytest.fixture(scope="module")
def es_vocab():
    return spacy.blank("es").vocab


def parsed(vocab, words, pos, heads, deps, morphs=None, lemmas=None, ents=()):
    doc = Doc(vocab, words=words, pos=pos, heads=heads, deps=deps,
              morphs=morphs or [""] * len(words), lemmas=lemmas or [w.lower() for w in words])
    doc.ents = [spacy.tokens.Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


def test_explain_reports_the_pattern_that_fired_and_why_others_did_not(config, es_vocab):
    words = ["La", "junta", "eligió", "a", "Rosa", "Quispe", "como", "presidenta", "y", "reconoció",
             "su", "labor", "."]
    doc = parsed(es_vocab, words,
                 pos=["DET", "NOUN", "VERB", "ADP", "PROPN", "PROPN", "SCONJ", "NOUN", "CCONJ", "VERB", "DET",
                      "NOUN", "PUNCT"],
                 heads=[1, 2, 2, 4, 2, 4, 7, 2, 9, 2, 11, 9, 2],
                 deps=["det", "nsubj", "ROOT", "case", "obj", "flat", "mark", "obl", "cc", "conj", "det", "obj",
                       "punct"],
                 morphs=["", "", FIN_PAST, "", "", "", "", "", "", FIN_PAST, "", "", ""],
                 ents=[(4, 6, "PER")])
    extractor = load_extractor(config, es_vocab)
    result = explain("La junta eligió ...", lambda _: doc, extractor)

    assert [t.text for t in result.tokens] == words
    assert result.tokens[1].dep == "nsubj" and result.tokens[1].head == 2
    assert result.entities == [("Rosa Quispe", "PER", 4, 6)]
    eligio, reconocio = result.triggers
    assert (eligio.text, eligio.lemma) == ("eligió", "elegir")
    fired = [a for a in eligio.attempts if a.rows]
    assert [a.pattern for a in fired] == ["active-a-como"]
    assert all("already gave rows" in a.reason for a in eligio.attempts if not a.rows)
    # No pattern matched "reconoció su labor"; the argument frame says why it gave no row either.
    assert [a.pattern for a in reconocio.attempts] == ["frame"] and "como" in reconocio.note
    assert reconocio.attempts[0].rows == 0 and "reconocer a Y como Z" in reconocio.attempts[0].reason
    assert [(r["designator"], r["designee"], r["role"]) for r in result.rows] == [
        ("junta", "Rosa Quispe", "presidenta")]

    page = render_html(result)
    colours = re.findall(r'class="displacy-word" fill="(#[0-9a-f]{6})"', page)
    assert len(colours) == 5   # junta, eligió, Rosa, Quispe, presidenta
    assert "DESIGNEE" in page and "TRIGGER" in page and "ROLE" in page and "DESIGNATOR" in page


def test_explain_says_why_a_match_gave_no_row(config, es_vocab):
    words = ["Fue", "declarado", "culpable", "."]
    doc = parsed(es_vocab, words, pos=["AUX", "VERB", "ADJ", "PUNCT"], heads=[1, 1, 1, 1],
                 deps=["aux:pass", "ROOT", "obj", "punct"], lemmas=["ser", "declarar", "culpable", "."])
    result = explain("Fue declarado culpable.", lambda _: doc, load_extractor(config, es_vocab))
    [trigger] = result.triggers
    assert trigger.attempts and not any(a.rows for a in trigger.attempts)
    assert any("designee" in a.reason or "role" in a.reason for a in trigger.attempts)
    assert result.rows == []


def test_explain_command_writes_html(nlp_session, tmp_path):
    page = tmp_path / "parse.html"
    runner = CliRunner()
    result = runner.invoke(app, ["explain", "El Congreso eligió a Marta Ríos como defensora del Pueblo.",
                                 "--html", str(page), "--quiet"])
    assert result.exit_code == 0, result.output
    assert "Trigger candidates" in result.output and "eligió" in result.output
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    again = runner.invoke(app, ["explain", "Nada aquí.", "--html", str(page), "--quiet"])
    assert again.exit_code == 1 and "--force" in again.output
