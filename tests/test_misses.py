"""The misses listing (scripts/misses.py): frames and their grouping on hand-built Docs.

The corpus run itself needs ../shared and a model; that layer skips cleanly without them.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from spacy.tokens import Doc

from docs import FIN_PAST, PART, build, extractor, vocab  # noqa: F401 (fixtures)

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "misses.py"


def _load_script():
    spec = importlib.util.spec_from_file_location("designa_misses", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


misses = _load_script()


def active_como(vocab) -> Doc:
    """"El Gobierno nombró a Elena Vargas como jefa de Migraciones en marzo ." (a row)"""
    return build(vocab, [
        ("El", "DET", "el", "", 1, "det"),
        ("Gobierno", "PROPN", None, "", 2, "nsubj"),
        ("nombró", "VERB", "nombrar", FIN_PAST, 2, "ROOT"),
        ("a", "ADP", None, "", 4, "case"),
        ("Elena", "PROPN", None, "", 2, "obj"),
        ("Vargas", "PROPN", None, "", 4, "flat"),
        ("como", "SCONJ", None, "", 7, "mark"),
        ("jefa", "NOUN", None, "", 2, "obl"),
        ("de", "ADP", None, "", 9, "case"),
        ("Migraciones", "PROPN", None, "", 7, "nmod"),
        ("en", "ADP", None, "", 11, "case"),
        ("marzo", "NOUN", None, "", 2, "obl"),
        (".", "PUNCT", None, "", 2, "punct"),
    ])


def recognised_result(vocab) -> Doc:
    """"Lavrov reconoció el resultado ." (a trigger form in another sense: no row; "declaró que"
    is not even a trigger, see test_may_fire.py)"""
    return build(vocab, [
        ("Lavrov", "PROPN", None, "", 1, "nsubj"),
        ("reconoció", "VERB", "reconocer", FIN_PAST, 1, "ROOT"),
        ("el", "DET", None, "", 3, "det"),
        ("resultado", "NOUN", None, "", 1, "obj"),
        (".", "PUNCT", None, "", 1, "punct"),
    ])


def passive_with_agent(vocab) -> Doc:
    """"Luis Paredes fue designado por el gobernador titular de la Secretaría ." (parse as the sm model gives it)"""
    return build(vocab, [
        ("Luis", "PROPN", None, "", 3, "nsubj"),
        ("Paredes", "PROPN", None, "", 0, "flat"),
        ("fue", "AUX", "ser", "", 3, "aux"),
        ("designado", "VERB", "designar", PART, 3, "ROOT"),
        ("por", "ADP", None, "", 6, "case"),
        ("el", "DET", None, "", 6, "det"),
        ("gobernador", "NOUN", None, "", 3, "obl"),
        ("titular", "ADJ", None, "", 6, "amod"),
        ("de", "ADP", None, "", 10, "case"),
        ("la", "DET", None, "", 10, "det"),
        ("Secretaría", "PROPN", None, "", 6, "nmod"),
        (".", "PUNCT", None, "", 3, "punct"),
    ])


def nominal_under_verb(vocab) -> Doc:
    """"El Consejo aprobó la designación de Ana ." """
    return build(vocab, [
        ("El", "DET", "el", "", 1, "det"),
        ("Consejo", "PROPN", None, "", 2, "nsubj"),
        ("aprobó", "VERB", "aprobar", FIN_PAST, 2, "ROOT"),
        ("la", "DET", None, "", 4, "det"),
        ("designación", "NOUN", None, "", 2, "obj"),
        ("de", "ADP", None, "", 6, "case"),
        ("Ana", "PROPN", None, "", 4, "nmod"),
        (".", "PUNCT", None, "", 2, "punct"),
    ])


# -- frames ----------------------------------------------------------------------------------------


def test_frame_lists_arguments_in_order_with_their_markers_and_leaves_adjuncts_out(vocab):
    doc = active_como(vocab)
    # "en marzo" is an adjunct; determiners and punctuation say nothing about the frame.
    assert misses.frame_of(doc[2], "nombrar") == "nombrar VERB/ROOT: nsubj _ obj[a] obl[como]"


def test_frame_shows_the_ser_auxiliary_and_the_por_oblique(vocab):
    doc = passive_with_agent(vocab)
    assert misses.frame_of(doc[3], "designar") == "designar VERB/ROOT: nsubj aux[ser] _ obl[por]"


def test_frame_of_a_noun_trigger_names_its_head(vocab):
    doc = nominal_under_verb(vocab)
    assert misses.frame_of(doc[4], "designación") == "designación NOUN/obj: _ nmod[de] <- VERB"


def test_markers_decide_which_obliques_are_adjuncts(vocab):
    doc = active_como(vocab)
    assert misses.frame_of(doc[2], "nombrar", markers=frozenset({"a", "como", "en"})) == (
        "nombrar VERB/ROOT: nsubj _ obj[a] obl[como] obl[en]")
    assert misses.frame_of(doc[2], "nombrar", markers=frozenset()) == "nombrar VERB/ROOT: nsubj _ obj"


def test_coarse_frames_ignore_word_order(vocab):
    doc = passive_with_agent(vocab)
    assert misses.frame_of(doc[3], "designar", ordered=False) == "designar VERB/ROOT: aux[ser] nsubj obl[por]"
    bare = build(vocab, [("designado", "VERB", "designar", PART, 0, "ROOT")])
    assert misses.frame_of(bare[0], "designar", ordered=False) == "designar VERB/ROOT: -"


def test_a_repeated_label_counts_once(vocab):
    doc = build(vocab, [
        ("nombró", "VERB", "nombrar", FIN_PAST, 0, "ROOT"),
        ("a", "ADP", None, "", 2, "case"),
        ("Ana", "PROPN", None, "", 0, "obj"),
        ("y", "CCONJ", None, "", 5, "cc"),
        ("a", "ADP", None, "", 5, "case"),
        ("Luis", "PROPN", None, "", 0, "obj"),
    ])
    assert misses.frame_of(doc[0], "nombrar") == "nombrar VERB/ROOT: _ obj[a]"


# -- occurrences with the real extractor -----------------------------------------------------------


def test_occurrences_tell_covered_triggers_from_missed_ones(extractor, vocab):
    covered = misses.occurrences(active_como(vocab), extractor, "d1")
    missed = misses.occurrences(recognised_result(vocab), extractor, "d2")
    assert [(o.frame, o.rows) for o in covered] == [("nombrar VERB/ROOT: nsubj _ obj[a] obl[como]", 1)]
    assert [(o.frame, o.rows) for o in missed] == [("reconocer VERB/ROOT: nsubj _ obj", 0)]
    assert missed[0].sentence == "Lavrov reconoció el resultado ."
    assert missed[0].doc_id == "d2"


def test_occurrences_tell_whether_the_sentence_names_an_office(extractor, vocab):
    (named,) = misses.occurrences(active_como(vocab), extractor, "d1")  # "jefa"
    (unnamed,) = misses.occurrences(recognised_result(vocab), extractor, "d2")
    assert named.office and not unnamed.office


def test_occurrences_record_the_governing_verb(extractor, vocab):
    (found,) = misses.occurrences(nominal_under_verb(vocab), extractor, "d")
    assert found.governor == "aprobar"


def test_a_sentence_without_trigger_form_has_no_occurrence(extractor, vocab):
    doc = build(vocab, [("Ana", "PROPN", None, "", 1, "nsubj"), ("llegó", "VERB", "llegar", FIN_PAST, 1, "ROOT")])
    assert misses.occurrences(doc, extractor, "d") == []


# -- grouping --------------------------------------------------------------------------------------


def occurrence(frame, sentence, rows=0, governor=""):
    return misses.Occurrence("doc", sentence, frame, governor, rows)


def test_tally_orders_by_misses_then_occurrences_and_keeps_distinct_examples():
    found = [
        occurrence("A", "a1", rows=1), occurrence("A", "a2", rows=1), occurrence("A", "a3"),
        occurrence("B", "b1", governor="decidir"), occurrence("B", "b1", governor="decidir"),
        occurrence("B", "b2", governor="anunciar"), occurrence("B", "b3"),
        occurrence("C", "c1"), occurrence("C", "c2", rows=2),
        occurrence("D", "d1", rows=1),
    ]
    frames = misses.tally(found, examples=2)
    assert [(f.frame, f.missed, f.total) for f in frames] == [
        ("B", 4, 4), ("A", 1, 3), ("C", 1, 2), ("D", 0, 1)]
    b = frames[0]
    assert [o.sentence for o in b.missed_examples] == ["b1", "b2"]  # the repeated sentence once
    assert b.missed_governors == {"decidir": 2, "anunciar": 1}
    assert [o.sentence for o in frames[1].covered_examples] == ["a1", "a2"]
    assert frames[1].missed_examples[0].sentence == "a3"


def test_tally_breaks_ties_by_frame_name():
    frames = misses.tally([occurrence("z", "1"), occurrence("a", "2")])
    assert [f.frame for f in frames] == ["a", "z"]


def test_by_lemma_sums_frames_of_one_trigger_lemma():
    frames = misses.tally([occurrence("nombrar VERB/ROOT: _ obj", "1"), occurrence("nombrar NOUN/obj: _", "2", rows=1),
                           occurrence("declarar VERB/ROOT: _", "3")])
    # Equal misses: the lemma with more occurrences first.
    assert misses.by_lemma(frames) == [("nombrar", 1, 2), ("declarar", 1, 1)]


def test_render_lists_missed_frames_and_covered_ones_only_on_request():
    frames = misses.tally([occurrence("F1", "missed one", governor="decidir"), occurrence("F2", "hit", rows=1)])
    text = misses.render(frames, header=["# head"], top=10, covered=False)
    assert text.startswith("# head\n")
    assert "    1 / 1      F1" in text
    assert "governed by: decidir 1" in text
    assert "- [doc] missed one" in text
    assert "F2" not in text.split("== Frames with misses")[1]
    with_covered = misses.render(frames, header=[], top=10, covered=True)
    assert "== Frames that gave rows: 1" in with_covered
    assert "+ [doc] hit" in with_covered


def test_render_cuts_the_listing_at_top():
    frames = misses.tally([occurrence(f"F{n}", str(n)) for n in range(5)])
    text = misses.render(frames, header=[], top=2, covered=False)
    assert "Frames with misses: 5 (top 2)" in text
    assert "F0" in text and "F1" in text and "F2" not in text.split("== Frames with misses")[1]


# -- corpus input ----------------------------------------------------------------------------------


def test_read_articles_skips_bad_lines_and_needs_a_matching_file(tmp_path):
    from pipeline.errors import DesignaError

    (tmp_path / "a.jsonl").write_text('{"id": "x", "text": "Uno."}\nnot json\n{"text": "Dos."}\n[1]\n',
                                      encoding="utf-8")
    assert misses.read_articles(tmp_path, "*.jsonl") == [("x", "Uno."), ("a:3", "Dos.")]
    with pytest.raises(DesignaError, match="No file matches"):
        misses.read_articles(tmp_path, "*.csv")


def test_trigger_sentences_keeps_distinct_sentences_with_a_trigger_form():
    articles = [("a", "Ana llegó. El Gobierno designó a Luis. Todo bien."), ("b", "El Gobierno designó a Luis.")]
    found = list(misses.trigger_sentences(articles, lambda s: "design" in s))
    assert found == [("a", "El Gobierno designó a Luis.")]


# -- on the corpus (needs ../shared and a model) ---------------------------------------------------


def test_listing_over_a_corpus_sample(shared_dir, nlp_session, tmp_path):
    corpus = shared_dir / "corpora" / "elcomercio-pe-2023"
    if not corpus.is_dir():
        pytest.skip("the El Comercio corpus is absent")
    out = tmp_path / "misses.txt"
    assert misses.main([str(corpus), "--glob", "politica-2023-01.jsonl", "--sample", "40", "--seed", "3",
                        "--covered", "--out", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert "articles: 40 of " in text
    assert "filters: lemmas all; all sentences" in text
    assert "== Misses by trigger lemma ==" in text
    assert "== Frames with misses:" in text


def test_filters_keep_fewer_trigger_words(shared_dir, nlp_session, tmp_path):
    corpus = shared_dir / "corpora" / "elcomercio-pe-2023"
    if not corpus.is_dir():
        pytest.skip("the El Comercio corpus is absent")

    def occurrences_listed(*options):
        out = tmp_path / "misses.txt"
        assert misses.main([str(corpus), "--glob", "politica-2023-02.jsonl", "--sample", "60", "--seed", "4",
                            "--out", str(out), *options]) == 0
        line = next(l for l in out.read_text(encoding="utf-8").splitlines() if l.startswith("trigger occurrences:"))
        return int(line.split(":")[1].split(";")[0])

    everything = occurrences_listed()
    with_office = occurrences_listed("--with-office")
    designar = occurrences_listed("--lemmas", "designar")
    assert 0 < with_office < everything
    assert designar < everything


def test_a_missing_corpus_folder_is_a_clear_error(tmp_path, capsys):
    assert misses.main([str(tmp_path / "nowhere")]) == 1
    assert "Error: Corpus folder" in capsys.readouterr().err
