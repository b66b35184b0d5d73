"""The test before parsing (`Lexicon.may_fire`): a sentence whose trigger cannot give a row is not
parsed, and the readers indeed give no row there.

Rule layer: hand-built Docs and the blank Spanish tokenizer, no model. The
sentences are written for this file. Over the 15,647 stored trigger sentences
of the El Comercio and Mexico/Spain corpora the test refuses 4,338 (26% of
their tokens): a "como" trigger without "como", an object-role trigger
without a word of its role_heads, and trigger words in another sense
("declaró que", "«...», declaró"). With the shipped rules none of them gives a
row, and the rows of both corpora are the same before and after the
other-sense settings were added (measured on their stored parses).
"""
from __future__ import annotations

import pytest
import spacy

from pipeline.analyse.segment import segment
from pipeline.extract.lexicon import load_lexicon

from docs import lexicon, parse, shipped, vocab  # noqa: F401 (fixtures)


def words(text: str) -> list[str]:
    return [t.text for t in spacy.blank("es").tokenizer(text)]


@pytest.mark.parametrize("text, fires", [
    ("El ministro reconoció su error ante la prensa.", False),  # "reconocer" needs "como"
    ("El Perú reconoció a Ana Soto como presidenta.", True),
    ("El Perú reconoció a Ana Soto COMO presidenta.", True),  # case does not matter
    ("El banco otorgó un préstamo a la empresa.", False),  # no word of its role_heads
    ("El Congreso otorgó a Ana Soto la nacionalidad peruana.", True),
    ("Le encargaron revisar las cuentas.", False),
    ("Le encargó la jefatura del gabinete.", True),
    ("El Gobierno designó a Ana Soto.", True),  # no requirement
    ("Reconoció su error y designó a Ana Soto.", True),  # one trigger that may fire is enough
    ("«No habrá cambios», declaró el ministro.", False),  # "declaró" after a quotation: said
    ("El ministro declaró que no habrá cambios.", False),  # "declaró que": stated (RELATION.md)
    ("El ministro reconoció que Ana Soto es su candidata como presidenta.", False),  # "como" does not help
    ("«Basta», dijo, y declaró persona no grata al embajador.", True),  # this "declaró" follows "y"
    ("Las obras terminarán en marzo.", False),  # no trigger at all
    ("", False),
])
def test_a_sentence_may_fire_only_with_the_words_its_trigger_needs(lexicon, text, fires):
    assert lexicon.may_fire(words(text)) is fires


def test_requirements_come_from_the_entries(lexicon):
    entries = {entry.lemma: entry for entry in lexicon.entries}
    assert entries["reconocer"].required_words == (frozenset({"como"}),)
    assert entries["otorgar"].required_words == (entries["otorgar"].role_heads,)
    assert entries["designar"].required_words == ()


def test_trigger_words_in_another_sense_say_why(lexicon):
    said = words("«No habrá cambios», declaró el ministro.")
    entry, why = lexicon.trigger_at(said, said.index("declaró"))
    assert entry is None and "quotation" in why
    stated = words("El ministro declaró que no habrá cambios.")
    entry, why = lexicon.trigger_at(stated, stated.index("declaró"))
    assert entry is None and "declaró que" in why
    plain = words("El Gobierno declaró persona no grata al embajador.")
    entry, why = lexicon.trigger_at(plain, plain.index("declaró"))
    assert entry is not None and entry.lemma == "declarar" and why == ""
    assert lexicon.trigger_at(plain, 0) == (None, "")


def test_the_extractor_marks_no_trigger_where_the_words_show_another_sense(shipped, vocab):  # noqa: F811
    doc = parse(vocab, "«/PUNCT/punct/1 Basta/PROPN/ccomp/4 »/PUNCT/punct/1 ,/PUNCT/punct/1 "
                       "declaró/VERB/ROOT/4/declarar/FIN el/DET/det/6 ministro/NOUN/nsubj/4 y/CCONJ/cc/8 "
                       "declaró/VERB/conj/4/declarar/FIN que/SCONJ/mark/8 ./PUNCT/punct/4")
    assert shipped.mark_triggers(doc) == []


@pytest.mark.parametrize("key, value", [("speech_after_quote", '"yes"'), ("other_sense_before", '"que"')])
def test_a_bad_other_sense_setting_fails_at_load(tmp_path, key, value):
    from pipeline.errors import ConfigError
    path = tmp_path / "triggers.toml"
    path.write_text(f'[verbs.declarar]\nforms = "^declar\\\\w*$"\n{key} = {value}\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=key):
        load_lexicon(path)


def test_a_refused_trigger_sentence_is_not_a_trigger_sentence(lexicon):
    doc = spacy.blank("es").tokenizer("El ministro reconoció su error. Luego reconoció a Ana Soto como presidenta.")
    found = segment(doc, lexicon.has_trigger, may_fire=lexicon.may_fire)
    assert [s.trigger for s in found] == [False, True]
    assert [s.trigger for s in segment(doc, lexicon.has_trigger)] == [True, True]


def test_reconocer_without_como_gives_no_row_in_either_reader(shipped, vocab, lexicon):  # noqa: F811
    """What `may_fire` skips the readers refuse: the same sentence with "como" gives its row."""
    without = parse(vocab, "El/DET/det/1 Perú/PROPN/nsubj/2 reconoció/VERB/ROOT/2/reconocer/FIN a/ADP/case/4 "
                           "Ana/PROPN/obj/2 Soto/PROPN/flat/4 presidenta/NOUN/xcomp/2 ./PUNCT/punct/2",
                    ents=[(1, 2, "LOC"), (4, 6, "PER")])
    assert not lexicon.may_fire([t.text for t in without])
    assert list(shipped.rows(without, "d")) == []
    with_como = parse(vocab, "El/DET/det/1 Perú/PROPN/nsubj/2 reconoció/VERB/ROOT/2/reconocer/FIN a/ADP/case/4 "
                             "Ana/PROPN/obj/2 Soto/PROPN/flat/4 como/SCONJ/mark/7 presidenta/NOUN/obl/2 "
                             "./PUNCT/punct/2",
                      ents=[(1, 2, "LOC"), (4, 6, "PER")])
    assert lexicon.may_fire([t.text for t in with_como])
    assert [(r["designee"], r["role"]) for r in shipped.rows(with_como, "d")] == [("Ana Soto", "presidenta")]


def test_otorgar_without_a_status_word_gives_no_row(shipped, vocab, lexicon):  # noqa: F811
    spec = ("El/DET/det/1 Congreso/PROPN/nsubj/2 otorgó/VERB/ROOT/2/otorgar/FIN a/ADP/case/4 "
            "Ana/PROPN/iobj/2 Soto/PROPN/flat/4 la/DET/det/7 {noun}/NOUN/obj/2 peruana/ADJ/amod/7 "
            "./PUNCT/punct/2")
    refused = parse(vocab, spec.format(noun="medalla"), ents=[(1, 2, "ORG"), (4, 6, "PER")])
    assert not lexicon.may_fire([t.text for t in refused])
    assert list(shipped.rows(refused, "d")) == []
    kept = parse(vocab, spec.format(noun="nacionalidad"), ents=[(1, 2, "ORG"), (4, 6, "PER")])
    assert [(r["designee"], r["role"]) for r in shipped.rows(kept, "d")] == [("Ana Soto", "nacionalidad peruana")]
