"""Constructions of round 11 of issue 9, on hand-built Docs.

Round 11 read the misses of a new blind sample (El Comercio June-September 2023 and the true news
of the Spanish Fake News Corpus, annotated by readers who did not see the rows). Every sentence
here is written for this file; the docstrings name the construction and where it occurs in the
corpora outside the gold files (as article ids, never as text).
"""
from __future__ import annotations

from docs import parse, rows, shipped, vocab  # noqa: F401 (fixtures)


def test_a_description_between_the_office_and_the_name_names_the_same_person(shipped, vocab):  # noqa: F811
    """"El gobernador de Florida, el republicano X, que fue reelegido en 2022": the office phrase,
    then a description with its article ("el republicano", "el holandés"), then the name; the
    parse hangs the name on the description, and the office before it is the role of a designee
    with no role of its own. Corpus (in no gold file):
    2023-03-21-EstadosUnidosproyectodepenademuerteparavioladoresinfantilesavanzaenFlorida,
    2023-07-13-QupasenelmundoundacomohoyRevisaelefemridesdel13dejulio."""
    doc = parse(vocab, "El/DET/det/1 gobernador/NOUN/nsubj:pass/11 de/ADP/case/3 Lima/PROPN/nmod/1 ,/PUNCT/punct/6 "
                       "el/DET/det/6 conservador/NOUN/appos/1 Luis/PROPN/appos/6 Soto/PROPN/flat/7 ,/PUNCT/punct/6 "
                       "fue/AUX/aux:pass/11/ser/FIN reelegido/VERB/ROOT/11/reelegir/PART en/ADP/case/13 "
                       "2022/NOUN/obl/11 ./PUNCT/punct/11", ents=[(3, 4, "LOC"), (7, 9, "PER")])
    assert rows(shipped, doc) == [("", "Luis Soto", "gobernador de Lima", "asserted")]
    # the same with the relative clause hung on the description
    doc = parse(vocab, "El/DET/det/1 gobernador/NOUN/nsubj/16 de/ADP/case/3 Lima/PROPN/nmod/1 ,/PUNCT/punct/6 "
                       "el/DET/det/6 conservador/NOUN/appos/1 Luis/PROPN/appos/6 Soto/PROPN/flat/7 ,/PUNCT/punct/12 "
                       "que/PRON/nsubj:pass/12 fue/AUX/aux:pass/12/ser/FIN reelegido/VERB/acl/6/reelegir/PART "
                       "en/ADP/case/14 2022/NOUN/obl/12 ,/PUNCT/punct/12 habló/VERB/ROOT/16/hablar/FIN ./PUNCT/punct/16",
                ents=[(3, 4, "LOC"), (7, 9, "PER")])
    assert rows(shipped, doc) == [("", "Luis Soto", "gobernador de Lima", "asserted")]
    # a description with a complement of its own is another office, not a description
    doc = parse(vocab, "El/DET/det/1 gobernador/NOUN/nsubj:pass/14 de/ADP/case/3 Lima/PROPN/nmod/1 ,/PUNCT/punct/6 "
                       "el/DET/det/6 hermano/NOUN/appos/1 de/ADP/case/8 Ana/PROPN/nmod/6 ,/PUNCT/punct/10 "
                       "Luis/PROPN/appos/6 Soto/PROPN/flat/10 ,/PUNCT/punct/6 "
                       "fue/AUX/aux:pass/14/ser/FIN reelegido/VERB/ROOT/14/reelegir/PART ./PUNCT/punct/14",
                ents=[(3, 4, "LOC"), (8, 9, "PER"), (10, 12, "PER")])
    assert rows(shipped, doc) == []


def test_a_post_referred_back_is_the_office_of_the_apposition(shipped, vocab):  # noqa: F811
    """"El presidente del Eurogrupo, X, es reelegido para el puesto": "el puesto" names no office by
    itself (RELATION.md decisions: a role referred back gives no row), but the office in the
    designee's apposition is the post he is re-elected to. Corpus (in no gold file):
    2023-07-13-QupasenelmundoundacomohoyRevisaelefemridesdel13dejulio."""
    doc = parse(vocab, "El/DET/det/1 alcalde/NOUN/nsubj/9 de/ADP/case/3 Lima/PROPN/nmod/1 ,/PUNCT/punct/5 "
                       "Luis/PROPN/appos/1 Soto/PROPN/flat/5 ,/PUNCT/punct/5 es/AUX/aux/9/ser/PRES "
                       "reelegido/VERB/ROOT/9/reelegir/PART para/ADP/case/12 el/DET/det/12 puesto/NOUN/obl/9 "
                       "./PUNCT/punct/9", ents=[(3, 4, "LOC"), (5, 7, "PER")])
    assert rows(shipped, doc) == [("", "Luis Soto", "alcalde de Lima", "asserted")]
    # with no office in apposition, the post referred back still gives no row
    doc = parse(vocab, "Luis/PROPN/nsubj:pass/3 Soto/PROPN/flat/0 es/AUX/aux:pass/3/ser/PRES "
                       "reelegido/VERB/ROOT/3/reelegir/PART para/ADP/case/6 el/DET/det/6 puesto/NOUN/obl/3 "
                       "./PUNCT/punct/3", ents=[(0, 2, "PER")])
    assert rows(shipped, doc) == []


def test_por_with_a_duration_is_no_agent(shipped, vocab):  # noqa: F811
    """"fue designada gerente por un año", "reelegido por tres años": "por" with a stretch of time
    says for how long, not who designates (configs/triggers.toml, agent_stop_words)."""
    doc = parse(vocab, "Ana/PROPN/nsubj:pass/3 Soto/PROPN/flat/0 fue/AUX/aux:pass/3/ser/FIN "
                       "designada/VERB/ROOT/3/designar/PART_F gerente/NOUN/obj/3 por/ADP/case/7 un/DET/det/7 "
                       "año/NOUN/obl/3 ./PUNCT/punct/3", ents=[(0, 2, "PER")])
    assert rows(shipped, doc) == [("", "Ana Soto", "gerente", "asserted")]
    doc = parse(vocab, "Ana/PROPN/nsubj:pass/3 Soto/PROPN/flat/0 fue/AUX/aux:pass/3/ser/FIN "
                       "designada/VERB/ROOT/3/designar/PART_F gerente/NOUN/obj/3 por/ADP/case/6 "
                       "Pedro/PROPN/obl/3 ./PUNCT/punct/3", ents=[(0, 2, "PER"), (6, 7, "PER")])
    assert rows(shipped, doc) == [("Pedro", "Ana Soto", "gerente", "asserted")]
