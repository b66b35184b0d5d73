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


SUB = "Mood=Sub|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"


def test_a_purpose_locution_makes_the_act_sought(shipped, vocab):  # noqa: F811
    """"a fin de que influyan y voten a favor del nombramiento de X como Z": like "para que", a
    purpose locution ("a fin de que", "con el objetivo de que"; configs/words.toml,
    purpose_nouns) makes the act sought, so hypothetical (RELATION.md), through the verbs
    coordinated under it. Corpus (in no gold file):
    2023-04-20-DanielUrresticondenadootros6personajespolmicoseinvestigadosquealbergPodemosPer,
    2023-07-02-Congreso33legisladoresquevotaronafavordeponerlmitesacolaboracineficaztieneninvestigacionesfiscales."""
    spec = ("Pagó/VERB/ROOT/0/pagar/FIN a/ADP/case/3 los/DET/det/3 consejeros/NOUN/obj/0 {opener} "
            "influyan/VERB/advcl/0/influir/" + SUB + " y/CCONJ/cc/{v} voten/VERB/conj/{i}/votar/" + SUB + " "
            "a/ADP/case/{n} favor/NOUN/fixed/{a} del/ADP/fixed/{a} nombramiento/NOUN/obl/{v} de/ADP/case/{p} "
            "Ana/PROPN/nmod/{n} Ruiz/PROPN/flat/{p} como/SCONJ/mark/{j} jefa/NOUN/nmod/{n} ./PUNCT/punct/0")

    def doc(opener: str, first: int):  # `first`: index of "influyan"
        i, v = first, first + 2
        text = spec.format(opener=opener, i=i, v=v, a=v + 1, n=v + 4, p=v + 6, j=v + 9)
        return parse(vocab, text, ents=[(v + 6, v + 8, "PER")])

    fin = "a/ADP/mark/8 fin/NOUN/fixed/4 de/ADP/fixed/4 que/SCONJ/mark/8"
    assert rows(shipped, doc(fin, 8)) == [("", "Ana Ruiz", "jefa", "hypothetical")]
    assert rows(shipped, doc("para/ADP/mark/6 que/SCONJ/mark/6", 6)) == [("", "Ana Ruiz", "jefa", "hypothetical")]
    # without the locution the vote took place
    assert rows(shipped, doc(",/PUNCT/punct/4", 5)) == [("", "Ana Ruiz", "jefa", "asserted")]


def test_a_possibility_or_a_plan_is_no_done_act(shipped, vocab):  # noqa: F811
    """"es posible que los parlamentarios, ..., hayan preferido elegir a X como vocero": the
    subject clause of an adjective of possibility is hypothetical even when an insert hides its
    "que" (configs/triggers.toml, hypothetical_adjectives); "planificaron designar" is planned
    (planned_verbs). Corpus (in no gold file):
    2023-08-09-QuiebreenAccinPopularlosentretelonesdelarenunciademsdelamitaddelabancadadelalampa,
    2023-03-22-HugoChvezlosaosdecrcelquepurgarayloselementosensucontraenelCasoPetroPer."""
    doc = parse(vocab, "Es/AUX/cop/1/ser/PRES posible/ADJ/ROOT/1/posible que/SCONJ/mark/10 los/DET/det/4 "
                       "congresistas/NOUN/nsubj/10 ,/PUNCT/punct/7 al/ADP/case/7 parecer/NOUN/obl/10 ,/PUNCT/punct/7 "
                       "hayan/AUX/aux/10/haber/" + SUB + " preferido/VERB/csubj/1/preferir/PART "
                       "elegir/VERB/xcomp/10/elegir/INF a/ADP/case/13 Ana/PROPN/obj/11 Ruiz/PROPN/flat/13 "
                       "como/SCONJ/mark/16 vocera/NOUN/obj/11 ./PUNCT/punct/1", ents=[(13, 15, "PER")])
    assert [row[1:] for row in rows(shipped, doc)] == [("Ana Ruiz", "vocera", "hypothetical")]
    doc = parse(vocab, "Los/DET/det/1 congresistas/NOUN/nsubj/2 planificaron/VERB/ROOT/2/planificar/PLUR "
                       "designar/VERB/xcomp/2/designar/INF a/ADP/case/5 Ana/PROPN/obj/3 Ruiz/PROPN/flat/5 "
                       "como/SCONJ/mark/8 vocera/NOUN/obj/3 ./PUNCT/punct/2", ents=[(5, 7, "PER")])
    assert rows(shipped, doc) == [("congresistas", "Ana Ruiz", "vocera", "planned")]


def test_meeting_is_no_reaching_of_the_votes(shipped, vocab):  # noqa: F811
    """"se reunieron con X para que Y sea designado": the reflexive "reunirse" is meeting, not
    gathering the votes ("reunió los votos para ser elegido", attainment_verbs), so the purpose
    clause stays sought."""
    spec = ("Los/DET/det/1 congresistas/NOUN/nsubj/{v} {verb} para/ADP/mark/{d} que/SCONJ/mark/{d} "
            "Ana/PROPN/nsubj:pass/{d} Ruiz/PROPN/flat/{n} sea/AUX/aux:pass/{d}/ser/" + SUB.replace("Plur", "Sing") +
            " designada/VERB/advcl/{v}/designar/PART_F vocera/NOUN/obj/{d} ./PUNCT/punct/{v}")
    met = parse(vocab, spec.format(verb="se/PRON/obj/3 reunieron/VERB/ROOT/3/reunir/PLUR", v=3, d=9, n=6),
                ents=[(6, 8, "PER")])
    assert [row[1:] for row in rows(shipped, met)] == [("Ana Ruiz", "vocera", "hypothetical")]


def test_a_relative_on_a_predicate_designates_the_subject(shipped, vocab):  # noqa: F811
    """"El antiguo dirigente sindical es el único político brasileño que ha sido elegido
    presidente": the relative's antecedent is the predicate of a copula, and, as in the first of a
    kind with a participle ("X fue el primer marxista elegido presidente"), the one designated is
    the predicate's subject; with no role of its own the office of the antecedent is the role.
    Corpus (in no gold file): 2023-08-30-ElpartidodeLulayaloquierecomocandidatoalareeleccinen2026asus81aos."""
    spec = ("Ana/PROPN/nsubj/4 Ruiz/PROPN/flat/0 es/AUX/cop/4/ser/PRES la/DET/det/4 {noun}/NOUN/ROOT/4 "
            "que/PRON/nsubj/8 ha/AUX/aux/8/haber/PRES sido/AUX/aux/8/ser/PART elegida/VERB/acl/4/elegir/PART_F {tail}")
    doc = parse(vocab, spec.format(noun="única", tail="alcaldesa/NOUN/obj/8 ./PUNCT/punct/4"), ents=[(0, 2, "PER")])
    assert rows(shipped, doc) == [("", "Ana Ruiz", "alcaldesa", "asserted")]
    doc = parse(vocab, spec.format(noun="congresista", tail="en/ADP/case/10 enero/NOUN/obl/8 ./PUNCT/punct/4"),
                ents=[(0, 2, "PER")])
    assert rows(shipped, doc) == [("", "Ana Ruiz", "congresista", "asserted")]
    # an antecedent that is no predicate is itself the designee
    doc = parse(vocab, "Habló/VERB/ROOT/0/hablar/FIN la/DET/det/2 congresista/NOUN/nsubj/0 que/PRON/nsubj/6 "
                       "ha/AUX/aux/6/haber/PRES sido/AUX/aux/6/ser/PART elegida/VERB/acl/2/elegir/PART_F "
                       "alcaldesa/NOUN/obj/6 ./PUNCT/punct/0")
    assert rows(shipped, doc) == [("", "congresista", "alcaldesa", "asserted")]
