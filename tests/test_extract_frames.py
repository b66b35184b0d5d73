"""Argument frames over the parse (pipeline/extract/frames.py), on hand-built Docs.

Every sentence is written for this file. A token is written "word/POS/dep/head",
optionally "/lemma" and "/morph" (the Universal Dependencies labels a Spanish
parser gives), so that the frames are tested apart from any model build.
Where a construction pattern could also read the sentence, the extractor runs
with `extract.frames = "first"` so that the test reads the frame.
"""
from __future__ import annotations

import pytest
import spacy

from pipeline.config import load_config
from pipeline.extract.extractor import load_extractor

from docs import parse

@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("es").vocab


@pytest.fixture(scope="module")
def frames_first(vocab):
    return load_extractor(load_config(overrides=["extract.frames=first"]), vocab)


@pytest.fixture(scope="module")
def shipped(vocab):
    return load_extractor(load_config(), vocab)


def rows(extractor, doc):
    return [(r["designator"], r["designee"], r["role"], r["voice"], r["pattern"]) for r in extractor.rows(doc, "d")]


def test_passive_with_a_date_between_participle_and_role(frames_first, vocab):
    doc = parse(vocab, "Luis/PROPN/nsubj/3 Paredes/PROPN/flat/0 fue/AUX/aux/3/ser/FIN "
                       "nombrado/VERB/ROOT/3/nombrar/PART en/ADP/case/5 marzo/NOUN/obl/3 "
                       "gerente/NOUN/obj/3 regional/ADJ/amod/6 de/ADP/case/9 Ventas/PROPN/nmod/6 ./PUNCT/punct/3",
                ents=[(0, 2, "PER")])
    assert rows(frames_first, doc) == [("", "Luis Paredes", "gerente regional de Ventas", "passive", "frame-subject")]


def test_passive_agent_between_participle_and_role(frames_first, vocab):
    doc = parse(vocab, "Ana/PROPN/nsubj/3 Soto/PROPN/flat/0 fue/AUX/aux/3/ser/FIN designada/VERB/ROOT/3/designar/PART_F "
                       "por/ADP/case/6 el/DET/det/6 gobernador/NOUN/obl/3 titular/NOUN/obj/3 de/ADP/case/10 "
                       "la/DET/det/10 Secretaría/PROPN/nmod/7 ./PUNCT/punct/3",
                ents=[(0, 2, "PER")])
    assert rows(frames_first, doc) == [("gobernador", "Ana Soto", "titular de la Secretaría", "passive",
                                        "frame-subject")]


def test_por_naming_a_cause_is_no_agent(frames_first, vocab):
    doc = parse(vocab, "Raúl/PROPN/nsubj/3 Vera/PROPN/flat/0 fue/AUX/aux/3/ser/FIN nombrado/VERB/ROOT/3/nombrar/PART "
                       "asesor/NOUN/obj/3 por/ADP/case/7 su/DET/det/7 experiencia/NOUN/obl/3 ./PUNCT/punct/3",
                ents=[(0, 2, "PER")])
    assert rows(frames_first, doc) == [("", "Raúl Vera", "asesor", "passive", "frame-subject")]


def test_relative_passive_after_an_adverbial_takes_the_antecedent(frames_first, vocab):
    doc = parse(vocab, "El/DET/det/1 legislador/NOUN/nsubj/15 Raúl/PROPN/appos/1 Soto/PROPN/flat/2 ,/PUNCT/punct/9 "
                       "que/PRON/nsubj/9 el/DET/det/7 lunes/NOUN/obl/9 fue/AUX/aux/9/ser/FIN "
                       "elegido/VERB/acl/1/elegir/PART primer/ADJ/amod/11 vicepresidente/NOUN/obj/9 "
                       "del/ADP/case/13 Senado/PROPN/nmod/11 ,/PUNCT/punct/9 viajó/VERB/ROOT/15/viajar/FIN ./PUNCT/punct/15",
                ents=[(2, 4, "PER"), (13, 14, "ORG")])
    assert rows(frames_first, doc) == [("", "Raúl Soto", "primer vicepresidente del Senado", "passive",
                                        "frame-relative")]


def test_active_with_an_inserted_phrase_before_the_designee(frames_first, vocab):
    doc = parse(vocab, "El/DET/det/1 Ejecutivo/PROPN/nsubj/2 oficializó/VERB/ROOT/2/oficializar/FIN ,/PUNCT/punct/6 "
                       "en/ADP/case/6 la/DET/det/6 Resolución/PROPN/obl/2 ,/PUNCT/punct/6 a/ADP/case/9 "
                       "Ana/PROPN/obj/2 Soto/PROPN/flat/9 ,/PUNCT/punct/13 como/SCONJ/mark/13 cónsul/NOUN/obl/2 "
                       "en/ADP/case/15 Milán/PROPN/nmod/13 ./PUNCT/punct/2",
                ents=[(9, 11, "PER"), (15, 16, "LOC")])
    assert rows(frames_first, doc) == [("Ejecutivo", "Ana Soto", "cónsul en Milán", "active", "frame-active")]


def test_designee_hung_under_an_inserted_phrase_after_the_role(frames_first, vocab):
    # "nombró como gerenta general de Sedapal -a cargo del agua- a Rosa Díaz": the parse hangs
    # "a Rosa Díaz" on the inserted phrase.
    doc = parse(vocab, "El/DET/det/1 Gobierno/PROPN/nsubj/2 nombró/VERB/ROOT/2/nombrar/FIN como/SCONJ/mark/4 "
                       "gerenta/NOUN/obl/2 general/ADJ/amod/4 de/ADP/case/7 Sedapal/PROPN/nmod/4 -a/PUNCT/punct/9 "
                       "cargo/NOUN/obj/2 del/ADP/case/11 agua/NOUN/nmod/9 -/PUNCT/punct/9 a/ADP/case/14 "
                       "Rosa/PROPN/nmod/11 Díaz/PROPN/flat/14 ./PUNCT/punct/2",
                ents=[(7, 8, "ORG"), (14, 16, "PER")])
    assert rows(frames_first, doc) == [("Gobierno", "Rosa Díaz", "gerenta general de Sedapal", "active",
                                        "frame-active")]


def test_infinitive_passive_takes_the_governing_subject(shipped, vocab):
    doc = parse(vocab, "El/DET/det/1 senador/NOUN/nsubj/4 Luis/PROPN/appos/1 Gil/PROPN/flat/2 "
                       "prometió/VERB/ROOT/4/prometer/FIN reformas/NOUN/obj/4 al/ADP/mark/8 ser/AUX/aux/8/ser/INF "
                       "investido/VERB/advcl/4/investir/PART presidente/NOUN/obj/8 ./PUNCT/punct/4",
                ents=[(2, 4, "PER")])
    assert rows(shipped, doc) == [("", "Luis Gil", "presidente", "passive", "frame-infinitive")]


def test_demonstrative_subject_is_the_designator_as_written(shipped, vocab):
    doc = parse(vocab, "Este/DET/det/1 último/ADJ/nsubj/2 reconoció/VERB/ROOT/2/reconocer/FIN a/ADP/case/4 "
                       "Ana/PROPN/obj/2 Gil/PROPN/flat/4 como/SCONJ/mark/7 presidenta/NOUN/obl/2 ./PUNCT/punct/2",
                ents=[(4, 6, "PER")])
    assert [r[:3] for r in rows(shipped, doc)] == [("Este último", "Ana Gil", "presidenta")]


def test_office_before_the_name_is_the_role(frames_first, vocab):
    doc = parse(vocab, "El/DET/det/1 Congreso/PROPN/nsubj/2 eligió/VERB/ROOT/2/elegir/FIN al/ADP/case/4 "
                       "defensor/NOUN/obj/2 del/ADP/case/6 Pueblo/PROPN/nmod/4 ,/PUNCT/punct/8 "
                       "Josué/PROPN/appos/4 Pérez/PROPN/flat/8 ./PUNCT/punct/2",
                ents=[(8, 10, "PER")])
    assert rows(frames_first, doc) == [("Congreso", "Josué Pérez", "defensor del Pueblo", "active",
                                        "frame-active-office-name")]


def test_office_before_the_name_with_a_purpose_is_a_title(frames_first, vocab):
    doc = parse(vocab, "Brasil/PROPN/nsubj/1 designó/VERB/ROOT/1/designar/FIN a/ADP/case/4 la/DET/det/4 "
                       "embajadora/NOUN/obj/1 Ana/PROPN/appos/4 Gil/PROPN/flat/5 para/ADP/mark/8 "
                       "dirigir/VERB/advcl/1/dirigir/INF la/DET/det/10 delegación/NOUN/obj/8 ./PUNCT/punct/1",
                ents=[(0, 1, "LOC"), (5, 7, "PER")])
    assert rows(frames_first, doc) == []


def test_possessive_noun_trigger_takes_the_person_subject(shipped, vocab):
    doc = parse(vocab, "Urresti/PROPN/nsubj/2 no/ADV/advmod/2 abandonó/VERB/ROOT/2/abandonar/FIN la/DET/det/4 "
                       "política/NOUN/obj/2 desde/ADP/case/7 su/DET/det/7 designación/NOUN/obl/2 "
                       "como/SCONJ/mark/9 ministro/NOUN/obl/2 del/ADP/case/11 Interior/PROPN/nmod/9 ./PUNCT/punct/2",
                ents=[(0, 1, "PER")])
    assert rows(shipped, doc) == [("", "Urresti", "ministro del Interior", "nominal", "frame-nominal-possessive")]


def test_each_designee_with_its_own_como(frames_first, vocab):
    doc = parse(vocab, "Se/PRON/expl:pass/1 designó/VERB/ROOT/1/designar/FIN a/ADP/case/3 Juan/PROPN/obj/1 "
                       "Silva/PROPN/flat/3 como/SCONJ/mark/6 ministro/NOUN/nmod/3 y/CCONJ/cc/9 a/ADP/case/9 "
                       "Ana/PROPN/obj/1 Ruiz/PROPN/flat/9 como/SCONJ/mark/12 ministra/NOUN/nmod/9 ./PUNCT/punct/1",
                ents=[(3, 5, "PER"), (9, 11, "PER")])
    assert rows(frames_first, doc) == [("", "Juan Silva", "ministro", "se", "frame-se-pairs"),
                                       ("", "Ana Ruiz", "ministra", "se", "frame-se-pairs")]


def test_coordinated_subjects_of_the_governing_verb_give_one_row_each(shipped, vocab):
    doc = parse(vocab, "La/DET/det/1 presidenta/NOUN/nsubj/5 y/CCONJ/cc/4 el/DET/det/4 premier/NOUN/conj/1 "
                       "acordaron/VERB/ROOT/5/acordar/PLUR la/DET/det/7 designación/NOUN/obj/5 de/ADP/case/9 "
                       "Rosa/PROPN/nmod/7 Díaz/PROPN/flat/9 como/SCONJ/mark/12 ministra/NOUN/nmod/7 ./PUNCT/punct/5",
                ents=[(9, 11, "PER")])
    assert [r[:3] for r in rows(shipped, doc)] == [("presidenta", "Rosa Díaz", "ministra"),
                                                   ("premier", "Rosa Díaz", "ministra")]


def test_apposed_office_when_the_participle_has_no_role(frames_first, vocab):
    doc = parse(vocab, "El/DET/det/1 presidente/NOUN/nsubj/8 Luis/PROPN/appos/1 Arce/PROPN/flat/2 ,/PUNCT/punct/5 "
                       "elegido/VERB/acl/2/elegir/PART en/ADP/case/7 2020/NOUN/obl/5 viajó/VERB/ROOT/8/viajar/FIN "
                       "./PUNCT/punct/8",
                ents=[(2, 4, "PER")])
    assert rows(frames_first, doc) == [("", "Luis Arce", "presidente", "participle",
                                        "frame-modified-noun-apposed-office")]


def test_haber_participle_is_active_and_needs_an_a_object(frames_first, vocab):
    doc = parse(vocab, "Rusia/PROPN/nsubj/3 no/ADV/advmod/3 ha/AUX/aux/3/haber/PRES ratificado/VERB/ROOT/3/ratificar/PART "
                       "el/DET/det/5 Estatuto/PROPN/obj/3 de/ADP/case/7 Roma/PROPN/nmod/5 ./PUNCT/punct/3",
                ents=[(0, 1, "LOC"), (5, 8, "MISC")])
    assert rows(frames_first, doc) == []


def test_participle_before_its_noun_is_an_adjective(frames_first, vocab):
    doc = parse(vocab, "Oliver/PROPN/nsubj/4 es/AUX/cop/4/ser/PRES un/DET/det/4 reconocido/ADJ/amod/4/reconocer/PART "
                       "activista/NOUN/ROOT/4 de/ADP/case/6 derechos/NOUN/nmod/4 ./PUNCT/punct/4",
                ents=[(0, 1, "PER")])
    assert rows(frames_first, doc) == []


def test_electo_is_a_participle_of_elegir(shipped, vocab):
    doc = parse(vocab, "Ana/PROPN/nsubj/3 Ruiz/PROPN/flat/0 fue/AUX/aux/3/ser/FIN electa/ADJ/ROOT/3/electo/PART_F "
                       "alcaldesa/NOUN/obj/3 de/ADP/case/6 Lima/PROPN/nmod/4 ./PUNCT/punct/3",
                ents=[(0, 2, "PER"), (6, 7, "LOC")])
    assert [r[:3] for r in rows(shipped, doc)] == [("", "Ana Ruiz", "alcaldesa de Lima")]


def test_clitic_designee_is_never_the_designator(frames_first, vocab):
    # "el ministro Willy Paz lo designó como jefe ...": the only person named is the one who designates.
    doc = parse(vocab, "El/DET/det/1 ministro/NOUN/nsubj/5 Willy/PROPN/appos/1 Paz/PROPN/flat/2 lo/PRON/obj/5 "
                       "designó/VERB/ROOT/5/designar/FIN como/SCONJ/mark/7 jefe/NOUN/obl/5 de/ADP/case/9 "
                       "Seguridad/PROPN/nmod/7 ./PUNCT/punct/5",
                ents=[(2, 4, "PER")])
    assert rows(frames_first, doc) == []


def test_clitic_designee_is_the_person_named_before(frames_first, vocab):
    doc = parse(vocab, "Tras/ADP/case/1 reunirse/VERB/advcl/7/reunir/INF con/ADP/case/3 Carlos/PROPN/obl/1 "
                       "Barba/PROPN/flat/3 ,/PUNCT/punct/1 lo/PRON/obj/7 designarían/VERB/ROOT/7/designar/PLUR "
                       "asesor/NOUN/obj/7 del/ADP/case/10 jefe/NOUN/nmod/8 ./PUNCT/punct/7",
                ents=[(3, 5, "PER")])
    assert [r[:3] for r in rows(frames_first, doc)] == [("", "Carlos Barba", "asesor del jefe")]


def test_explain_names_the_frame_and_why_it_gave_no_row(frames_first, vocab):
    doc = parse(vocab, "Rusia/PROPN/nsubj/3 no/ADV/advmod/3 ha/AUX/aux/3/haber/PRES ratificado/VERB/ROOT/3/ratificar/PART "
                       "el/DET/det/5 Estatuto/PROPN/obj/3 ./PUNCT/punct/3")
    _, attempts = frames_first.trace(doc)
    frame = [a for a in attempts if a.pattern == "frame"]
    assert len(frame) == 1 and frame[0].rows == 0 and "marked with 'a'" in frame[0].reason


def test_electo_after_its_noun_is_a_title(shipped, vocab):
    doc = parse(vocab, "Llegó/VERB/ROOT/0/llegar/FIN el/DET/det/2 presidente/NOUN/nsubj/0 electo/ADJ/amod/2/electo/PART "
                       "de/ADP/case/5 Paraguay/PROPN/nmod/2 ,/PUNCT/punct/7 Santiago/PROPN/appos/2 Peña/PROPN/flat/7 "
                       "./PUNCT/punct/0",
                ents=[(5, 6, "LOC"), (7, 9, "PER")])
    assert rows(shipped, doc) == []


def test_reconocido_como_without_ser_means_known_as(frames_first, vocab):
    doc = parse(vocab, "Según/ADP/case/1 encuestas/NOUN/obl/6 reconocidas/ADJ/amod/1/reconocer/PART_F "
                       "como/SCONJ/mark/4 fuentes/NOUN/obl/2 ,/PUNCT/punct/1 creció/VERB/ROOT/6/crecer/FIN "
                       "./PUNCT/punct/6")
    assert rows(frames_first, doc) == []


def test_resultar_makes_a_participle_passive(frames_first, vocab):
    doc = parse(vocab, "En/ADP/case/1 2022/NOUN/obl/3 resultó/VERB/aux/3/resultar/FIN elegido/VERB/ROOT/3/elegir/PART "
                       "presidente/NOUN/obj/3 Luis/PROPN/nsubj/3 Arce/PROPN/flat/5 ./PUNCT/punct/3",
                ents=[(5, 7, "PER")])
    assert rows(frames_first, doc) == [("", "Luis Arce", "presidente", "passive", "frame-subject")]


def test_para_ocupar_names_the_post(frames_first, vocab):
    doc = parse(vocab, "Soto/PROPN/nsubj/2 fue/AUX/aux/2/ser/FIN elegido/VERB/ROOT/2/elegir/PART por/ADP/case/5 "
                       "el/DET/det/5 pleno/NOUN/obl/2 para/ADP/mark/7 ocupar/VERB/advcl/2/ocupar/INF la/DET/det/9 "
                       "presidencia/NOUN/obj/7 del/ADP/case/11 Congreso/PROPN/nmod/9 ./PUNCT/punct/2",
                ents=[(0, 1, "PER"), (11, 12, "ORG")])
    assert rows(frames_first, doc) == [("pleno", "Soto", "presidencia del Congreso", "passive", "frame-subject")]


def test_para_an_office_noun_names_the_post(frames_first, vocab):
    doc = parse(vocab, "La/DET/det/1 bancada/NOUN/nsubj/2 eligió/VERB/ROOT/2/elegir/FIN al/ADP/case/4 "
                       "congresista/NOUN/obj/2 Jorge/PROPN/appos/4 Morales/PROPN/flat/5 para/ADP/case/9 "
                       "la/DET/det/9 presidencia/NOUN/obl/2 de/ADP/case/12 la/DET/det/12 Comisión/PROPN/nmod/9 "
                       "./PUNCT/punct/2",
                ents=[(5, 7, "PER"), (12, 13, "ORG")])
    assert rows(frames_first, doc) == [("bancada", "Jorge Morales", "presidencia de la Comisión", "active",
                                        "frame-active")]


def test_al_mando_de_keeps_the_post_noun(frames_first, vocab):
    doc = parse(vocab, "Habló/VERB/ROOT/0/hablar/FIN Denis/PROPN/nsubj/0 Pushilin/PROPN/flat/1 ,/PUNCT/punct/4 "
                       "nombrado/VERB/acl/1/nombrar/PART por/ADP/case/6 Rusia/PROPN/obl/4 al/ADP/case/8 "
                       "mando/NOUN/obl/4 de/ADP/case/11 la/DET/det/11 región/NOUN/nmod/8 ./PUNCT/punct/0",
                ents=[(1, 3, "PER"), (6, 7, "LOC")])
    assert rows(frames_first, doc) == [("Rusia", "Denis Pushilin", "mando de la región", "participle",
                                        "frame-modified-noun")]


def test_fronted_participle_describes_the_subject(frames_first, vocab):
    doc = parse(vocab, "Designada/VERB/advcl/6/designar/PART_F enviada/NOUN/obj/0 especial/ADJ/amod/1 ,/PUNCT/punct/0 "
                       "la/DET/det/5 diplomática/NOUN/nsubj/6 viajó/VERB/ROOT/6/viajar/FIN ./PUNCT/punct/6")
    assert rows(frames_first, doc) == [("", "diplomática", "enviada especial", "participle", "frame-fronted")]


def test_cleft_subject_is_the_designator(shipped, vocab):
    doc = parse(vocab, "Issoufou/PROPN/nsubj/1 fue/AUX/cop/3/ser/FIN quien/PRON/nsubj/3 nombró/VERB/ROOT/3/nombrar/FIN "
                       "jefe/NOUN/obj/3 de/ADP/case/6 Guardia/PROPN/nmod/4 al/ADP/case/8 general/NOUN/obj/3 "
                       "Ali/PROPN/appos/8 Tiani/PROPN/flat/9 ./PUNCT/punct/3",
                ents=[(0, 1, "PER"), (9, 11, "PER")])
    assert [r[:3] for r in rows(shipped, doc)] == [("Issoufou", "Ali Tiani", "jefe de Guardia")]


def test_partitive_role(frames_first, vocab):
    doc = parse(vocab, "Javier/PROPN/nsubj/3 Lozano/PROPN/flat/0 fue/AUX/aux/3/ser/FIN nombrado/VERB/ROOT/3/nombrar/PART "
                       "como/SCONJ/mark/5 uno/PRON/obl/3 de/ADP/case/8 los/DET/det/8 voceros/NOUN/nmod/5 "
                       "./PUNCT/punct/3",
                ents=[(0, 2, "PER")])
    assert [r[:3] for r in rows(frames_first, doc)] == [("", "Javier Lozano", "uno de los voceros")]


def test_se_passive_with_the_designee_after_the_role(frames_first, vocab):
    doc = parse(vocab, "Se/PRON/expl:pass/1 eligió/VERB/ROOT/1/elegir/FIN como/SCONJ/mark/3 escenario/NOUN/obl/1 "
                       "el/DET/det/5 patio/NOUN/obj/1 del/ADP/case/7 Colegio/PROPN/nmod/5 ./PUNCT/punct/1",
                ents=[(7, 8, "ORG")])
    assert rows(frames_first, doc) == [("", "patio del Colegio", "escenario", "se", "frame-se")]


def test_subjectless_passive_is_about_the_person_before_it(frames_first, vocab):
    doc = parse(vocab, "Palacios/PROPN/nsubj/3 ,/PUNCT/punct/0 fundadora/NOUN/appos/0 nombrada/VERB/ROOT/3/nombrar/PART_F "
                       "representante/NOUN/obj/3 en/ADP/case/6 Bolivia/PROPN/nmod/4 ./PUNCT/punct/3",
                ents=[(0, 1, "PER"), (6, 7, "LOC")])
    # The parse gives "Palacios" as the subject: the frame reads it so.
    assert [r[:3] for r in rows(frames_first, doc)] == [("", "Palacios", "representante en Bolivia")]
    doc = parse(vocab, "Ana/PROPN/nsubj/2 Gil/PROPN/flat/0 renunció/VERB/ROOT/2/renunciar/FIN ,/PUNCT/punct/6 "
                       "cuando/SCONJ/mark/6 fue/AUX/aux/6/ser/FIN nombrada/VERB/advcl/2/nombrar/PART_F "
                       "jueza/NOUN/obj/6 ./PUNCT/punct/2",
                ents=[(0, 2, "PER")])
    assert [r[:3] for r in rows(frames_first, doc)] == [("", "Ana Gil", "jueza")]


def test_subjectless_passive_takes_no_person_from_a_complement(frames_first, vocab):
    doc = parse(vocab, "Entró/VERB/ROOT/0/entrar/FIN de/ADP/case/2 mano/NOUN/obl/0 de/ADP/case/5 el/DET/det/5 "
                       "expresidente/NOUN/nmod/2 Vicente/PROPN/appos/5 Fox/PROPN/flat/6 y/CCONJ/cc/10 "
                       "fue/AUX/aux/10/ser/FIN nombrada/VERB/conj/0/nombrar/PART_F directora/NOUN/obj/10 "
                       "./PUNCT/punct/0",
                ents=[(6, 8, "PER")])
    assert rows(frames_first, doc) == []


def test_coordinated_verb_shares_the_subject_even_when_mistagged(shipped, vocab):
    # The small model may tag "nombra" as a noun: word order still gives the shared subject.
    doc = parse(vocab, "François/PROPN/nsubj/2 Hollande/PROPN/flat/0 asume/VERB/ROOT/2/asumir/PRES "
                       "el/DET/det/4 poder/NOUN/obj/2 y/CCONJ/cc/6 nombra/VERB/conj/2/nombrar/PRES primer/ADJ/amod/8 "
                       "ministro/NOUN/obj/6 a/ADP/case/10 Jean/PROPN/obj/6 Ayrault/PROPN/flat/10 ./PUNCT/punct/2",
                ents=[(0, 2, "PER"), (10, 12, "PER")])
    assert [r[:3] for r in rows(shipped, doc)] == [("François Hollande", "Jean Ayrault", "primer ministro")]


def test_noun_of_intent_gives_the_agent_of_its_infinitive(frames_first, vocab):
    doc = parse(vocab, "El/DET/det/1 objetivo/NOUN/nsubj/12 de/ADP/case/4 los/DET/det/4 republicanos/NOUN/nmod/1 "
                       "de/ADP/mark/6 declarar/VERB/acl/1/declarar/INF a/ADP/case/9 los/DET/det/9 cárteles/NOUN/obj/6 "
                       "como/SCONJ/mark/11 terroristas/NOUN/obl/6 avanzó/VERB/ROOT/12/avanzar/FIN ./PUNCT/punct/12")
    assert [r[:3] for r in rows(frames_first, doc)] == [("republicanos", "cárteles", "terroristas")]


def test_places_after_como_are_no_role(shipped, vocab):
    doc = parse(vocab, "Hubo/VERB/ROOT/0/haber/FIN nombramientos/NOUN/obj/0 de/ADP/case/3 subprefectos/NOUN/nmod/1 "
                       "en/ADP/case/5 regiones/NOUN/nmod/3 como/SCONJ/mark/7 Arequipa/PROPN/nmod/5 ./PUNCT/punct/0",
                ents=[(7, 8, "LOC")])
    assert rows(shipped, doc) == []


def test_a_party_after_elegir_is_no_agent(frames_first, vocab):
    doc = parse(vocab, "Ana/PROPN/nsubj/3 Ruiz/PROPN/flat/0 fue/AUX/aux/3/ser/FIN elegida/VERB/ROOT/3/elegir/PART_F "
                       "congresista/NOUN/obj/3 por/ADP/case/7 el/DET/det/7 partido/NOUN/obl/3 Perú/PROPN/flat/7 "
                       "Libre/PROPN/flat/8 ./PUNCT/punct/3",
                ents=[(0, 2, "PER"), (8, 10, "ORG")])
    assert [r[:3] for r in rows(frames_first, doc)] == [("", "Ana Ruiz", "congresista")]


def test_reconocer_is_read_by_its_patterns_only(frames_first, vocab):
    # "Trump reconoció la soberanía marroquí como condición": 'accept', not a designation.
    doc = parse(vocab, "Trump/PROPN/nsubj/1 reconoció/VERB/ROOT/1/reconocer/FIN la/DET/det/3 soberanía/NOUN/obj/1 "
                       "marroquí/ADJ/amod/3 como/SCONJ/mark/6 condición/NOUN/obl/1 ./PUNCT/punct/1",
                ents=[(0, 1, "PER")])
    assert rows(frames_first, doc) == []


def test_a_bare_adjective_is_no_role(frames_first, vocab):
    doc = parse(vocab, "El/DET/det/1 Congreso/PROPN/nsubj/2 elige/VERB/ROOT/2/elegir/PRES a/ADP/case/5 su/DET/det/5 "
                       "presidente/NOUN/obj/2 indirecto/ADJ/obj/2 ./PUNCT/punct/2")
    assert rows(frames_first, doc) == []


def test_shared_subject_across_a_date_after_y(shipped, vocab):
    doc = parse(vocab, "Maduro/PROPN/nsubj/1 aceptó/VERB/ROOT/1/aceptar/FIN la/DET/det/3 renuncia/NOUN/obj/1 "
                       "y/CCONJ/cc/7 el/DET/det/6 martes/NOUN/obl/7 designó/NOUN/conj/3/designó al/ADP/case/9 "
                       "presidente/NOUN/obj/7 Pedro/PROPN/appos/9 Tellechea/PROPN/flat/10 como/SCONJ/mark/13 "
                       "titular/NOUN/obl/7 ./PUNCT/punct/1",
                ents=[(0, 1, "PER"), (10, 12, "PER")])
    assert [r[:3] for r in rows(shipped, doc)] == [("Maduro", "Pedro Tellechea", "titular")]


def test_por_after_the_participle_of_a_document_is_no_agent(shipped, vocab):
    doc = parse(vocab, "Soto/PROPN/nsubj/2 fue/AUX/aux/2/ser/FIN nombrado/VERB/ROOT/2/nombrar/PART director/NOUN/obj/2 "
                       "según/ADP/case/5 Resolución/PROPN/obl/2 004-2022/NUM/nummod/5 firmada/ADJ/amod/5 por/ADP/case/9 "
                       "Castillo/PROPN/obl/7 ./PUNCT/punct/2",
                ents=[(0, 1, "PER"), (9, 10, "PER")])
    assert [r[:3] for r in rows(shipped, doc)] == [("", "Soto", "director")]


def test_se_in_the_perfect_is_a_se_passive(frames_first, vocab):
    doc = parse(vocab, "Ya/ADV/advmod/3 se/PRON/obj/3 ha/AUX/aux/3/haber/PRES nombrado/VERB/ROOT/3/nombrar/PART "
                       "al/ADP/case/5 embajador/NOUN/obj/3 Walter/PROPN/appos/5 Gil/PROPN/flat/6 ./PUNCT/punct/3",
                ents=[(6, 8, "PER")])
    assert [r[:4] for r in rows(frames_first, doc)] == [("", "Walter Gil", "embajador", "se")]


def test_juramentacion_is_no_trigger(shipped, vocab):
    doc = parse(vocab, "Celebró/VERB/ROOT/0/celebrar/FIN la/DET/det/2 juramentación/NOUN/obj/0 de/ADP/case/4 "
                       "Hugo/PROPN/nmod/2 como/SCONJ/mark/6 presidente/NOUN/nmod/2 ./PUNCT/punct/0",
                ents=[(4, 5, "PER")])
    assert rows(shipped, doc) == []


def test_apposed_office_ends_before_an_inserted_participle(frames_first, vocab):
    doc = parse(vocab, "El/DET/det/1 gobernador/NOUN/nsubj/10 de/ADP/case/3 Crimea/PROPN/nmod/1 ,/PUNCT/punct/5 "
                       "designado/VERB/acl/1/designar/PART por/ADP/case/7 Rusia/PROPN/obl/5 ,/PUNCT/punct/9 "
                       "Serguéi/PROPN/appos/1 advirtió/VERB/ROOT/10/advertir/FIN ./PUNCT/punct/10",
                ents=[(3, 4, "LOC"), (7, 8, "LOC"), (9, 10, "PER")])
    assert [r[:3] for r in rows(frames_first, doc)] == [("Rusia", "Serguéi", "gobernador de Crimea")]


def test_a_document_is_no_designator(shipped, vocab):
    doc = parse(vocab, "Aprobó/VERB/ROOT/0/aprobar/FIN una/DET/det/2 moción/NOUN/obj/0 que/PRON/nsubj/5 lo/PRON/obj/5 "
                       "declara/VERB/acl/2/declarar/PRES persona/NOUN/obj/5 no/ADV/advmod/8 grata/ADJ/amod/6 "
                       "a/ADP/case/10 Evo/PROPN/obj/5 Morales/PROPN/flat/10 ./PUNCT/punct/0",
                ents=[(10, 12, "PER")])
    assert all(r[0] == "" for r in rows(shipped, doc))


def test_a_para_que_passive_borrows_no_person(frames_first, vocab):
    doc = parse(vocab, "Otárola/PROPN/nsubj/1 pidió/VERB/ROOT/1/pedir/FIN que/SCONJ/mark/4 Boluarte/PROPN/nsubj/4 "
                       "interceda/VERB/ccomp/1/interceder/PRES para/ADP/mark/8 que/SCONJ/mark/8 sea/AUX/aux/8/ser/PRES "
                       "nombrado/VERB/advcl/4/nombrar/PART ministro/NOUN/obj/8 ./PUNCT/punct/1",
                ents=[(0, 1, "PER"), (3, 4, "PER")])
    assert rows(frames_first, doc) == []
