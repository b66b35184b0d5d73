"""Constructions of round 12 of issue 9, on hand-built Docs.

Every sentence here is written for this file; the docstrings name the construction and where it
occurs in the corpora outside the gold files (as article ids, never as text).
"""
from __future__ import annotations

from docs import parse, rows, shipped, vocab  # noqa: F401 (fixtures)


def test_a_title_that_is_the_predicate_of_a_named_subject_states_the_election(shipped, vocab):  # noqa: F811
    """"cuando Soto ya era congresista electo", "Santiago Peña ... es el mandatario electo": the
    title "electo" is no event right after its noun ("el presidente electo X"), but as the
    predicate of a copula with a written subject it says that the subject was elected. The blind
    annotators of rounds 11 gave these rows. Corpus (in no gold file):
    2023-08-14-AlejandroSotoDenuncianqueocultunadeudaporreparacincivilparapostularalCongreso,
    2023-04-30-AlbertoFernndezresaltaqueLatinoamricadebeunirsetrasvictoriadeSantiagoPeaenParaguay,
    2023-08-16-DonaldTrumpllamabaJuanTrumpaAMLOrevelaunexministromexicano."""
    doc = parse(vocab, "Luis/PROPN/nsubj/4 Soto/PROPN/flat/0 ya/ADV/advmod/4 era/AUX/cop/4/ser/FIN "
                       "congresista/NOUN/ROOT/4 electo/ADJ/amod/4/electo ./PUNCT/punct/4", ents=[(0, 2, "PER")])
    assert rows(shipped, doc) == [("", "Luis Soto", "congresista", "asserted")]
    # a title before the name, or with no subject, states no event
    doc = parse(vocab, "El/DET/det/1 presidente/NOUN/nsubj/5 electo/ADJ/amod/1/electo Luis/PROPN/appos/1 "
                       "Soto/PROPN/flat/3 habló/VERB/ROOT/5/hablar/FIN ./PUNCT/punct/5", ents=[(3, 5, "PER")])
    assert rows(shipped, doc) == []
    doc = parse(vocab, "Ya/ADV/advmod/3 era/AUX/cop/3/ser/FIN el/DET/det/3 presidente/NOUN/ROOT/3 "
                       "electo/ADJ/amod/3/electo ./PUNCT/punct/3")
    assert rows(shipped, doc) == []


def test_por_and_a_name_after_a_popular_office_with_an_opener_is_the_list(shipped, vocab):  # noqa: F811
    """"el expresidente era virtual congresista electo por Somos Perú": a congress seat is filled
    by popular vote, so the name after "por" is the list he ran for, whatever adjective opens
    the role. Corpus (in no gold file):
    2023-05-02-MartnVizcarrapuedesercandidatoSusituacinpolticayjudiciala2aosdesuinhabilitacin."""
    doc = parse(vocab, "Luis/PROPN/nsubj/4 Soto/PROPN/flat/0 era/AUX/cop/4/ser/FIN virtual/ADJ/amod/4 "
                       "congresista/NOUN/ROOT/4 electo/ADJ/amod/4/electo por/ADP/case/7 Somos/PROPN/obl/5 "
                       "Perú/PROPN/flat/7 ./PUNCT/punct/4", ents=[(0, 2, "PER"), (7, 9, "ORG")])
    assert rows(shipped, doc) == [("", "Luis Soto", "virtual congresista", "asserted")]
    doc = parse(vocab, "Luis/PROPN/nsubj:pass/4 Soto/PROPN/flat/0 fue/AUX/aux:pass/4/ser/FIN "
                       "nuevamente/ADV/advmod/4 elegido/VERB/ROOT/4/elegir/PART nuevo/ADJ/amod/6 "
                       "congresista/NOUN/obj/4 por/ADP/case/8 Somos/PROPN/obl/4 Perú/PROPN/flat/8 ./PUNCT/punct/4",
                ents=[(0, 2, "PER"), (8, 10, "ORG")])
    assert rows(shipped, doc) == [("", "Luis Soto", "nuevo congresista", "asserted")]


def test_the_kind_of_post_is_no_role(shipped, vocab):  # noqa: F811
    """"en el cargo de confianza de directora general": "de confianza" says what kind of post
    it is (configs/words.toml, post_qualities); the role is the post after it, and "en dicho
    cargo de confianza" names no role at all. Corpus (in no gold file):
    2023-07-27-MarisolEspinozaexparlamentariadeAPPesdesignadadirectorageneraldeAdministracindelCongreso,
    2023-09-08-JosuGutirrezdesignacomoasesoraaElizabethZeapartedelacomisinconsultivadeDinaBoluarte,
    2023-03-07-CongresoConsejoDirectivodesignaranuevooficialmayorestemircoles8demarzo."""
    spec = ("El/DET/det/1 ministro/NOUN/nsubj/2 designó/VERB/ROOT/2/designar/FIN a/ADP/case/4 Ana/PROPN/obj/2 "
            "Ruiz/PROPN/flat/4 en/ADP/case/8 {det}/DET/det/8 cargo/NOUN/obl/2 de/ADP/case/10 confianza/NOUN/nmod/8 ")
    doc = parse(vocab, spec.format(det="el") + "de/ADP/case/12 jefa/NOUN/nmod/10 de/ADP/case/14 "
                "gabinete/NOUN/nmod/12 ./PUNCT/punct/2", ents=[(4, 6, "PER")])
    assert rows(shipped, doc) == [("ministro", "Ana Ruiz", "jefa de gabinete", "asserted")]
    doc = parse(vocab, spec.format(det="dicho") + "./PUNCT/punct/2", ents=[(4, 6, "PER")])
    assert rows(shipped, doc) == []
