"""Constructions of round 10 of issue 9, on hand-built Docs.

Round 10 read the rows the judged samples of round 9 found wrong and the misses of the blind
samples read so far. Every sentence here is written for this file; the docstrings name the
construction and where it occurs in the corpora outside the gold files (as article ids, never as
text).
"""
from __future__ import annotations

from docs import parse, rows, shipped, vocab  # noqa: F401 (fixtures)


def test_an_opinion_with_que_keeps_the_status_of_its_clause(shipped, vocab):  # noqa: F811
    """"X consideró que la elección de Y como Z es contraria a la Constitución": "considerar que"
    gives an opinion about an election that took place; "considerar" is hypothetical only for an
    act it governs ("considera nombrar a Y"). Corpus (sentences in no gold file):
    2023-01-12-DelphineArnaultlaherederadelhombremsricodelmundoqueahoradirigirDior,
    2023-01-23-LuladiceproblemadeVenezuelaseresuelvecondilogoesperaretomarlazosdiplomticos."""
    doc = parse(vocab, "Luis/PROPN/nsubj/1 consideró/VERB/ROOT/1/considerar/FIN que/SCONJ/mark/11 "
                       "la/DET/det/4 elección/NOUN/nsubj/11 de/ADP/case/6 Ana/PROPN/nmod/4 Soto/PROPN/flat/6 "
                       "como/SCONJ/mark/9 defensora/NOUN/nmod/4 es/AUX/cop/11/ser/PRES "
                       "ilegal/ADJ/ccomp/1 ./PUNCT/punct/1", ents=[(0, 1, "PER"), (6, 8, "PER")])
    assert rows(shipped, doc) == [("", "Ana Soto", "defensora", "asserted")]
    # a wish with "que" is still hypothetical ("pidió que designen a Y como Z")
    doc = parse(vocab, "Luis/PROPN/nsubj/1 pidió/VERB/ROOT/1/pedir/FIN que/SCONJ/mark/3 "
                       "designen/VERB/ccomp/1/designar/Mood=Sub|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin "
                       "a/ADP/case/5 Ana/PROPN/obj/3 Soto/PROPN/flat/5 "
                       "como/SCONJ/mark/8 defensora/NOUN/obl/3 ./PUNCT/punct/1", ents=[(0, 1, "PER"), (5, 7, "PER")])
    assert rows(shipped, doc) == [("", "Ana Soto", "defensora", "hypothetical")]
    # and "considerar" governing the act is hypothetical
    doc = parse(vocab, "Luis/PROPN/nsubj/1 considera/VERB/ROOT/1/considerar/PRES nombrar/VERB/xcomp/1/nombrar/INF "
                       "a/ADP/case/4 Ana/PROPN/obj/2 Soto/PROPN/flat/4 como/SCONJ/mark/7 asesora/NOUN/obl/2 "
                       "./PUNCT/punct/1", ents=[(0, 1, "PER"), (4, 6, "PER")])
    assert rows(shipped, doc) == [("Luis", "Ana Soto", "asesora", "hypothetical")]


def test_an_invariable_word_before_the_noun_stays_in_the_phrase(shipped, vocab):  # noqa: F811
    """"se ha nombrado a la ex directora de Comunicación ... en un puesto": "ex" written apart has
    no gender, and the designee stopped at it (the row read "ex"); as an agent ("por el ex
    ministro") it was no noun and the agent was lost. "ex" apart occurs over 1,800 times in El
    Comercio 2023. Corpus (the sentence is in no gold file):
    2023-08-31-ElIRTPTVPerestsiendousadocomouninstrumentodepropagandadelgobiernodeturno."""
    doc = parse(vocab, "El/DET/det/1 presidente/NOUN/nsubj/2 nombró/VERB/ROOT/2/nombrar/FIN a/ADP/case/6 "
                       "la/DET/det/6 ex/ADJ/amod/6 ministra/NOUN/obj/2 de/ADP/case/8 Salud/PROPN/nmod/6 "
                       ",/PUNCT/punct/10 Ana/PROPN/appos/6 Soto/PROPN/flat/10 ,/PUNCT/punct/10 "
                       "como/SCONJ/mark/14 asesora/NOUN/obl/2 ./PUNCT/punct/2", ents=[(10, 12, "PER")])
    assert rows(shipped, doc) == [("presidente", "Ana Soto", "asesora", "asserted")]
    doc = parse(vocab, "Ana/PROPN/nsubj:pass/3 Soto/PROPN/flat/0 fue/AUX/aux:pass/3/ser/FIN "
                       "nombrada/VERB/ROOT/3/nombrar/PART_F asesora/NOUN/obj/3 por/ADP/case/8 el/DET/det/8 "
                       "ex/ADJ/amod/8 ministro/NOUN/obl/3 del/ADP/case/10 Interior/PROPN/nmod/8 ./PUNCT/punct/3",
                ents=[(0, 2, "PER")])
    assert rows(shipped, doc) == [("ex ministro del Interior", "Ana Soto", "asesora", "asserted")]
    # an adjective with its own gender is still no agent head ("por primera vez")
    doc = parse(vocab, "Ana/PROPN/nsubj:pass/3 Soto/PROPN/flat/0 fue/AUX/aux:pass/3/ser/FIN "
                       "nombrada/VERB/ROOT/3/nombrar/PART_F asesora/NOUN/obj/3 por/ADP/case/7 "
                       "primera/ADJ/amod/7/primero/Gender=Fem|Number=Sing vez/NOUN/obl/3 ./PUNCT/punct/3",
                ents=[(0, 2, "PER")])
    assert rows(shipped, doc) == [("", "Ana Soto", "asesora", "asserted")]
