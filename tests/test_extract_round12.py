"""Constructions of round 12 of issue 9, on hand-built Docs.

Every sentence here is written for this file; the docstrings name the construction and where it
occurs in the corpora outside the gold files (as article ids, never as text).
"""
from __future__ import annotations

from docs import parse, rows, shipped, vocab  # noqa: F401 (fixtures)


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
