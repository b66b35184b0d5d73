"""The analysis engine without a model: segmentation, long sentences, offsets, component plans.

Rule layer: spaCy's blank Spanish tokenizer and hand-built Docs only; the
runs that need the model are in test_runs.py.
"""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from spacy.tokens import DocBin

from pipeline.analyse.component import Plan, opens_with_entity
from pipeline.analyse.rows import docbin_bytes, same_person, triple_rows
from pipeline.analyse.segment import (Sentence, Tokens, TriggerWords, segment, segment_tokens, sentence_bounds,
                                      sentence_doc)
from pipeline.extract.lexicon import load_lexicon


@pytest.fixture(scope="module")
def tokenizer():
    return spacy.blank("es").tokenizer


def texts(doc: Doc, sentences: list[Sentence]) -> list[str]:
    return [doc.text[s.start_char:s.end_char] for s in sentences]


def test_sentences_end_at_final_punctuation_and_line_breaks(tokenizer):
    doc = tokenizer("El Sr. Pérez llegó a EE.UU. el lunes. Luego dijo «basta.» Fin\nOtra línea\nsin punto")
    found = segment(doc, lambda text: False)
    assert texts(doc, found) == ["El Sr. Pérez llegó a EE.UU. el lunes.", "Luego dijo «basta.»", "Fin",
                                 "Otra línea", "sin punto"]
    assert [s.index for s in found] == [0, 1, 2, 3, 4]


def test_a_lower_case_word_after_a_full_stop_continues_the_sentence(tokenizer):
    doc = tokenizer("Llegó a las 3 p. m. y se fue.")
    assert len(sentence_bounds(Tokens.of(doc))) == 1


def test_blank_lines_take_no_sentence_index(tokenizer):
    doc = tokenizer("Título\n\n\n   \nPrimera frase. Segunda frase.\n\n")
    found = segment(doc, lambda text: False)
    assert texts(doc, found) == ["Título", "Primera frase.", "Segunda frase."]
    assert [s.index for s in found] == [0, 1, 2]
    assert segment(tokenizer("\n\n  \n"), lambda text: False) == []


def test_trigger_sentences_are_found_with_the_lexicon(tokenizer, config):
    lexicon = load_lexicon(config.data_path("extract.triggers"))
    doc = tokenizer("Las obras terminarán en marzo. El Gobierno designó a Ana Torres como embajadora.")
    assert [s.trigger for s in segment(doc, lexicon.has_trigger)] == [False, True]


def test_a_long_sentence_is_cut_at_clause_punctuation_within_the_limit(tokenizer):
    text = " ".join(f"palabra{n % 7}," if n % 9 == 8 else f"palabra{n % 7}" for n in range(2000))
    doc = tokenizer(text)
    found = segment(doc, lambda part: False, max_tokens=100)
    assert len(found) > 20 and all(s.cut for s in found)
    assert all(s.end - s.start <= 100 for s in found)
    assert all(doc[s.end - 1].text == "," for s in found[:-1])  # cut after a comma
    # The pieces cover the text and their offsets point into it.
    assert " ".join(texts(doc, found)) == text
    assert [s.index for s in found] == list(range(len(found)))


def test_a_line_without_any_punctuation_is_cut_at_the_limit(tokenizer):
    text = " ".join(["obras"] * 1000 + ["designó"] + ["obras"] * 1000)
    doc = tokenizer(text)
    found = segment(doc, lambda part: "designó" in part, max_tokens=400)
    assert [s.end - s.start for s in found] == [400, 400, 400, 400, 400, 1]
    assert [s.trigger for s in found] == [False, False, True, False, False, False]
    piece = sentence_doc(doc, found[2])
    assert piece.text == doc.text[found[2].start_char:found[2].end_char]


def test_trigger_words_answer_as_the_lexicon_does_on_each_sentence(tokenizer, config):
    lexicon = load_lexicon(config.data_path("extract.triggers"))
    text = ("Las obras terminarán en marzo. El Gobierno designó a Ana Torres como embajadora.\n"
            "Fue nombrada ayer. " + " ".join(["palabra"] * 30) + " renombradas designaciones")
    doc = tokenizer(text)
    triggers = TriggerWords(text, lexicon.lookup, lexicon.has_trigger)
    # Cut at 7 tokens: pieces end inside long runs of words, never mind a sentence's punctuation.
    for max_tokens in (400, 7):
        expected = segment(doc, lexicon.has_trigger, max_tokens=max_tokens)
        found = segment_tokens(Tokens.of(doc), triggers, max_tokens=max_tokens)
        assert found == expected
        assert any(s.trigger for s in found) and not all(s.trigger for s in found)
    # A bound inside a word: the sentence's own text is matched, as `has_trigger` would.
    assert triggers(text.index("designó") + 2, len(text)) == lexicon.has_trigger(text[text.index("designó") + 2:])


def test_sentences_up_to_a_point_are_those_of_the_whole_text(tokenizer):
    text = "Primera frase. La segunda, con «comillas.» Tercera frase y final. Cuarta."
    whole = segment(tokenizer(text), lambda part: False)
    until = text.index("comillas")
    prefix = tokenizer(text[:text.index("Tercera") + 3])  # the next sentence has begun
    found = segment_tokens(Tokens.of(prefix, text), lambda start, end: False, until=until)
    assert found == whole[:2]
    # The sentence holding `until` has not been seen to end: no answer.
    assert segment_tokens(Tokens.of(tokenizer(text[:until + 10]), text), lambda start, end: False,
                          until=until) is None


def test_docbin_bytes_are_spacys_own():
    vocab = spacy.blank("es").vocab
    doc = Doc(vocab, words="El Gobierno designó a Ana Torres .".split(), heads=[1, 2, 2, 4, 2, 4, 2],
              deps=["det", "nsubj", "ROOT", "case", "obj", "flat", "punct"],
              pos=["DET", "PROPN", "VERB", "ADP", "PROPN", "PROPN", "PUNCT"],
              ents=["O", "B-ORG", "O", "O", "B-PER", "I-PER", "O"])
    for docs in ([doc], [doc, doc[1:4].as_doc()]):
        bin_ = DocBin(store_user_data=False)
        for one in docs:
            bin_.add(one)
        assert docbin_bytes(bin_) == bin_.to_bytes()
        assert [d.to_json() for d in DocBin().from_bytes(docbin_bytes(bin_)).get_docs(vocab)] == \
            [d.to_json() for d in docs]


class _Rows:
    """A stand-in extractor: one row whose offsets are those of the sentence doc."""

    def rows(self, doc, doc_id):
        token = doc[1]
        return [{"doc_id": doc_id, "sent_index": 0, "trigger": token.text, "trigger_start": token.idx,
                 "trigger_end": token.idx + len(token.text), "designator_start": None,
                 "replaces_start": 0, "sentence": doc.text}]


def test_triple_rows_move_every_offset_to_the_document(tokenizer):
    doc = tokenizer("Primera frase. El Gobierno designó a Ana.")
    second = segment(doc, lambda text: False)[1]
    [row] = triple_rows(_Rows(), sentence_doc(doc, second), "d1", second)
    assert doc.text[row["trigger_start"]:row["trigger_end"]] == row["trigger"] == "Gobierno"
    assert row["sent_index"] == 1 and row["designator_start"] is None
    assert row["replaces_start"] == second.start_char  # any *_start column, not a fixed list


def test_sentences_opening_with_a_one_word_entity():
    vocab = spacy.blank("es").vocab  # knows which words are alphabetic
    opens = Doc(vocab, words="« Lima amaneció con lluvia .".split(), ents=["O", "B-LOC", "O", "O", "O", "O"])
    inside = Doc(vocab, words="Ayer en Lima llovió .".split(), ents=["O", "O", "B-LOC", "O", "O"])
    longer = Doc(vocab, words="Ana Torres llegó .".split(), ents=["B-PER", "I-PER", "O", "O"])
    assert opens_with_entity(opens)
    assert not opens_with_entity(inside)
    assert not opens_with_entity(longer)


def test_the_plan_runs_the_ner_side_without_the_syntax():
    nlp = spacy.blank("es")
    for name in ("tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer", "ner"):
        if name == "lemmatizer":
            nlp.add_pipe(name, config={"mode": "rule"})
        else:
            nlp.add_pipe(name)
    nlp.add_pipe("entity_ruler", name="after_ner")
    nlp.add_pipe("sentencizer", first=True)
    plan = Plan.of(nlp)
    assert plan.parse == ("tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer", "ner",
                          "after_ner")
    assert plan.ner == ("ner",)  # its own tok2vec: the shared one is not needed
    assert plan.tagging == ("tok2vec", "morphologizer", "attribute_ruler")
    assert plan.after_ner == ("after_ner",)


def test_a_surname_repeating_a_person_of_the_document_is_that_person():
    records = [(0, 0, 10, "PER", "Ana Torres", ""), (3, 80, 86, "LOC", "Torres", ""),
               (4, 90, 94, "LOC", "Lima", ""), (5, 99, 105, "ORG", "Torres", "Torres Group")]
    assert [r[3] for r in same_person(records)] == ["PER", "PER", "LOC", "ORG"]
