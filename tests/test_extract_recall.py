"""Rule tests of constructions added for recall on unseen news (issue 9): each on a hand-built Doc
shaped like the small model's parse of a corpus sentence that is in no gold file."""
from __future__ import annotations

from docs import parse, rows, shipped, vocab  # noqa: F401 (fixtures)


def test_recently_elected_office_then_name_without_comma(shipped, vocab):  # noqa: F811
    """"el recién electo presidente Herbert Hoover hizo ...": RELATION.md's "el recién nombrado Z, Y"
    with the Latin American participle and no comma before the name (corpus:
    2023-02-12-QufuelamatanzadeSanValentn...)."""
    doc = parse(vocab, "Entonces/ADV/advmod/7 el/DET/det/4 recién/ADV/advmod/3 electo/ADJ/amod/4/elegir "
                       "presidente/NOUN/nsubj/7 Herbert/PROPN/appos/4 Hoover/PROPN/flat/5 "
                       "hizo/VERB/ROOT/7/hacer/FIN de/ADP/case/10 la/DET/det/10/el lucha/NOUN/obj/7 "
                       "su/DET/det/12 prioridad/NOUN/obj/7 ./PUNCT/punct/7",
                ents=[(5, 7, "PER")])
    assert rows(shipped, doc) == [("", "Herbert Hoover", "presidente", "asserted")]


def test_article_and_elected_office_before_the_name(shipped, vocab):  # noqa: F811
    """"La electa segunda vicepresidenta del Parlamento, Silvia Monteza, se refirió ...": an
    article, "electa" and the office, then the name (corpus: 2023-02-10-SilviaMontezasobre...)."""
    doc = parse(vocab, "La/DET/det/1/el electa/ADJ/amod/3/elegir segunda/ADJ/amod/3/segundo "
                       "vicepresidenta/NOUN/nsubj/11 del/ADP/case/5 Parlamento/PROPN/nmod/3 ,/PUNCT/punct/7 "
                       "Silvia/PROPN/appos/3 Monteza/PROPN/flat/7 ,/PUNCT/punct/7 se/PRON/obj/11/él "
                       "refirió/VERB/ROOT/11/referir/FIN al/ADP/case/13 caso/NOUN/obj/11 ./PUNCT/punct/11",
                ents=[(5, 6, "ORG"), (7, 9, "PER")])
    assert rows(shipped, doc) == [("", "Silvia Monteza", "segunda vicepresidenta del Parlamento", "asserted")]


def test_self_proclaimed_office_before_the_name_names_its_own_designator(shipped, vocab):  # noqa: F811
    """"firmada por el autoproclamado jefe golpista Tiani": X proclaims X (corpus:
    2023-07-28-Lajuntamilitargolpista...)."""
    doc = parse(vocab, "La/DET/det/1/el nota/NOUN/nsubj/3 fue/AUX/aux/3/ser firmada/VERB/ROOT/3/firmar "
                       "por/ADP/case/7 el/DET/det/7 autoproclamado/ADJ/amod/7/autoproclamado "
                       "jefe/NOUN/obl/3 golpista/ADJ/amod/7 Tiani/PROPN/appos/7 ./PUNCT/punct/3",
                ents=[(9, 10, "PER")])
    assert rows(shipped, doc) == [("Tiani", "Tiani", "jefe golpista", "asserted")]


def test_self_proclaimed_republic_before_a_name_is_no_office(shipped, vocab):  # noqa: F811
    """"de la autoproclamada república popular de Lugansk , Andréi Marochko": a state, and the name
    after it is another noun's apposition (corpus: 2023-05-...Bajmut)."""
    doc = parse(vocab, "El/DET/det/1 teniente/NOUN/nsubj/13 de/ADP/case/5 la/DET/det/5/el "
                       "autoproclamada/ADJ/amod/5/autoproclamado república/NOUN/nmod/1 popular/ADJ/amod/5 "
                       "de/ADP/case/8 Lugansk/PROPN/nmod/5 ,/PUNCT/punct/10 Andréi/PROPN/appos/1 "
                       "Marochko/PROPN/flat/10 ,/PUNCT/punct/10 informó/VERB/ROOT/13/informar/FIN ./PUNCT/punct/13",
                ents=[(8, 9, "LOC"), (10, 12, "PER")])
    assert rows(shipped, doc) == []


def test_bare_article_with_another_participle_is_a_title(shipped, vocab):  # noqa: F811
    """"el designado presidencial, Salvador Nasralla": a Honduran title, no event (RELATION.md)."""
    doc = parse(vocab, "Lo/PRON/obj/1 acompañó/VERB/ROOT/1/acompañar/FIN el/DET/det/3 "
                       "designado/ADJ/nsubj/1/designar presidencial/ADJ/amod/3 ,/PUNCT/punct/6 "
                       "Salvador/PROPN/appos/3 Nasralla/PROPN/flat/6 ./PUNCT/punct/1",
                ents=[(6, 8, "PER")])
    assert rows(shipped, doc) == []


def test_subject_before_a_dash_insert_is_the_designator_of_a_frame(shipped, vocab):  # noqa: F811
    """"Donald Trump -quien recibió a ... - “ya nombró” a Ballard como consejero": the parse hangs
    the verb elsewhere; the name before the insert is its subject (corpus: 2023-09-03-QAnon...)."""
    doc = parse(vocab, "Dijo/VERB/ROOT/0/decir/FIN que/SCONJ/mark/5 Donald/PROPN/nsubj/5 Trump/PROPN/flat/2 "
                       "-quien/PRON/amod/2 recibió/VERB/ccomp/0/recibir/FIN a/ADP/case/7 Tim/PROPN/obj/5 "
                       "Ballard/PROPN/flat/7 en/ADP/case/11 su/DET/det/11 casa/NOUN/obl/5 -/PUNCT/punct/15 "
                       "“/CCONJ/cc/15 ya/ADV/advmod/15 nombró/VERB/advcl/0/nombrar/FIN ”/NOUN/obj/15 "
                       "a/ADP/case/18 Ballard/PROPN/obj/15 como/SCONJ/mark/20 consejero/NOUN/obj/15 "
                       "de/ADP/case/23 una/DET/det/23/uno comisión/NOUN/nmod/20 ./PUNCT/punct/0",
                ents=[(2, 4, "PER"), (7, 9, "PER"), (18, 19, "PER")])
    assert rows(shipped, doc) == [("Donald Trump", "Ballard", "consejero de una comisión", "asserted")]


def test_first_of_a_kind_after_convertirse_designates_the_subject(shipped, vocab):  # noqa: F811
    """"Willis se convirtió en la primera mujer negra elegida como fiscal ...": the designee is the
    subject of "convertirse en", not "primera mujer negra elegida" (corpus:
    2023-08-15-QuinesFaniWillis...)."""
    doc = parse(vocab, "Willis/PROPN/nsubj/2 se/PRON/obj/2/él convirtió/VERB/ROOT/2/convertir/FIN en/ADP/case/6 "
                       "la/DET/det/6/el primera/ADJ/amod/6/primero mujer/NOUN/obj/2 negra/ADJ/amod/6/negro "
                       "elegida/ADJ/amod/6/elegido como/SCONJ/mark/10 fiscal/NOUN/obj/8 del/ADP/case/12 "
                       "condado/NOUN/nmod/10 de/ADP/case/14 Fulton/PROPN/nmod/12 ./PUNCT/punct/2",
                ents=[(0, 1, "PER"), (14, 15, "LOC")])
    assert rows(shipped, doc) == [("", "Willis", "fiscal del condado de Fulton", "asserted")]


def test_first_of_a_kind_after_al_ser_takes_the_clause_subject_and_the_office(shipped, vocab):  # noqa: F811
    """"Hochul cumplió otro hito al ser la primera gobernadora elegida por votación": the subject of
    the clause "al ser" depends on; the ordinal noun is the office (corpus:
    2023-01-01-GobernadoradeNuevaYork...)."""
    doc = parse(vocab, "Hochul/PROPN/nsubj/1 cumplió/VERB/ROOT/1/cumplir/FIN hoy/ADV/advmod/1 otro/DET/det/4 "
                       "hito/NOUN/obj/1 al/ADP/mark/9 ser/AUX/cop/9/ser/INF la/DET/det/9/el "
                       "primera/ADJ/amod/9/primero gobernadora/NOUN/advcl/1 elegida/ADJ/amod/9/elegido "
                       "por/ADP/case/12 votación/NOUN/obj/10 ./PUNCT/punct/1",
                ents=[(0, 1, "PER")])
    assert rows(shipped, doc) == [("", "Hochul", "gobernadora", "asserted")]


def test_first_of_a_kind_with_no_written_subject_gives_no_row(shipped, vocab):  # noqa: F811
    """"En 2018 marcó un hito al ser la primera mujer elegida como jefa de gobierno": the subject
    is not written, and "primera mujer elegida" names no one (corpus: 2023-09-06-QuinessonClaudia...)."""
    doc = parse(vocab, "En/ADP/case/1 2018/NOUN/obl/2 marcó/VERB/ROOT/2/marcar/FIN un/DET/det/4/uno hito/NOUN/obj/2 "
                       "al/ADP/mark/9 ser/AUX/cop/9/ser/INF la/DET/det/9/el primera/ADJ/amod/9/primero "
                       "mujer/NOUN/advcl/2 elegida/ADJ/amod/9/elegido como/SCONJ/mark/12 jefa/NOUN/obj/10 "
                       "de/ADP/case/14 gobierno/NOUN/nmod/12 de/ADP/case/16 Ciudad/PROPN/nmod/12 "
                       "de/ADP/case/18 México/PROPN/flat/16 ./PUNCT/punct/2",
                ents=[(16, 19, "LOC")])
    assert rows(shipped, doc) == []


def test_noun_trigger_with_the_role_before_the_person(shipped, vocab):  # noqa: F811
    """"la reciente elección como presidente de la cámara de Kevin McCarthy": the role comes first,
    the person is the "de" complement that ends the phrase (corpus: 2023-01-11-Republicanoscolocan...)."""
    doc = parse(vocab, "Lo/PRON/obj/1/él mostró/VERB/ROOT/1/mostrar/FIN la/DET/det/4/el reciente/ADJ/amod/4 "
                       "elección/NOUN/nsubj/1 como/SCONJ/mark/6 presidente/NOUN/nmod/4 de/ADP/case/9 "
                       "la/DET/det/9/el cámara/NOUN/nmod/6 de/ADP/case/11 Kevin/PROPN/nmod/9 McCarthy/PROPN/flat/11 "
                       ",/PUNCT/punct/18 en/ADP/case/16 la/DET/det/16/el que/PRON/obl/18 fue/AUX/cop/18/ser/FIN "
                       "decisiva/ADJ/acl/6/decisivo ./PUNCT/punct/1",
                ents=[(11, 13, "PER")])
    assert rows(shipped, doc) == [("", "Kevin McCarthy", "presidente de la cámara", "asserted")]


def test_noun_trigger_with_the_role_before_a_al_person(shipped, vocab):  # noqa: F811
    """"la designación como procurador de la Contraloría al abogado Amado Enco": the role ends
    before "al abogado" (corpus: 2023-01-08-Designan13nuevosprocuradores...)."""
    doc = parse(vocab, "Destaca/VERB/ROOT/0/destacar la/DET/det/2/el designación/NOUN/nsubj/0 como/SCONJ/mark/4 "
                       "procurador/NOUN/nmod/2 de/ADP/case/7 la/DET/det/7/el Contraloría/PROPN/nmod/4 "
                       "al/ADP/case/9 abogado/NOUN/obj/0 Amado/PROPN/appos/9 Enco/PROPN/flat/10 ,/PUNCT/punct/15 "
                       "quien/PRON/nsubj/15 ya/ADV/advmod/15 trabajó/VERB/acl/9/trabajar/FIN allí/ADV/advmod/15 "
                       "./PUNCT/punct/0",
                ents=[(7, 8, "ORG"), (10, 12, "PER")])
    assert rows(shipped, doc) == [("", "Amado Enco", "procurador de la Contraloría", "asserted")]


def test_possessive_noun_trigger_does_not_take_a_person_after_the_role(shipped, vocab):  # noqa: F811
    """"su nombramiento como intendente de Sunafil" (the NER calls Sunafil a person): after "su"
    the designee is the possessor, never a name in the role (corpus: 2023-04-10-BetssyChvez...)."""
    doc = parse(vocab, "Viajó/VERB/ROOT/0/viajar/FIN para/ADP/mark/2 gestionar/VERB/advcl/0/gestionar/INF "
                       "su/DET/det/4 nombramiento/NOUN/obj/2 como/SCONJ/mark/6 intendente/NOUN/obl/2 "
                       "de/ADP/case/8 Sunafil/PROPN/nmod/6 ./PUNCT/punct/0",
                ents=[(8, 9, "PER")])
    assert all(r[1] != "Sunafil" for r in rows(shipped, doc))


def test_person_in_apposition_after_the_role_of_a_subjectless_passive(shipped, vocab):  # noqa: F811
    """"quien fue elegido por el Kyoei-kai como administrador del campo, Takugoro Shibayama,": "quien"
    names no one before it; the person is the apposition after the role (corpus:
    2023-03-18-ElcampodeconcentracinqueMxico...)."""
    doc = parse(vocab, "La/DET/det/1/el coordinación/NOUN/nsubj/18 de/ADP/mark/5 quien/PRON/nsubj/5 "
                       "fue/AUX/aux/5/ser/FIN elegido/VERB/acl/1/elegir por/ADP/case/8 el/DET/det/8 "
                       "Kyoei-kai/PROPN/obj/5 como/SCONJ/mark/10 administrador/NOUN/obj/5 del/ADP/case/12 "
                       "campo/NOUN/nmod/10 ,/PUNCT/punct/14 Takugoro/PROPN/appos/1 Shibayama/PROPN/flat/14 "
                       ",/PUNCT/punct/14 fue/AUX/cop/18/ser/FIN dura/ADJ/ROOT/18/duro ./PUNCT/punct/18",
                ents=[(8, 9, "ORG"), (14, 16, "PER")])
    assert rows(shipped, doc) == [("Kyoei-kai", "Takugoro Shibayama", "administrador del campo", "asserted")]


def test_a_subject_before_the_passive_keeps_the_apposition_out(shipped, vocab):  # noqa: F811
    """"Ana fue elegida presidenta, la ministra Luisa Gómez lo anunció": Ana is the designee; the
    person after the comma belongs to the next clause."""
    doc = parse(vocab, "Ana/PROPN/nsubj/2 fue/AUX/aux/2/ser/FIN elegida/VERB/ccomp/10/elegir presidenta/NOUN/obj/2 "
                       ",/PUNCT/punct/3 la/DET/det/6/el ministra/NOUN/nsubj/10 Luisa/PROPN/appos/6 "
                       "Gómez/PROPN/flat/7 lo/PRON/obj/10/él anunció/VERB/ROOT/10/anunciar/FIN ./PUNCT/punct/10",
                ents=[(0, 1, "PER"), (7, 9, "PER")])
    assert rows(shipped, doc) == [("", "Ana", "presidenta", "asserted")]


def test_an_indefinite_office_before_a_name_is_the_post_even_with_a_purpose(shipped, vocab):  # noqa: F811
    """"ha designado a un fiscal especial, Robert Hur, para que investigue": "un" makes the office
    the new post; "para que ..." is its task (corpus: 2023-01-19-Bideniniciaeltercer...)."""
    doc = parse(vocab, "Por/ADP/advmod/11 lo/PRON/fixed/0/él pronto/NOUN/fixed/0 el/DET/det/4 "
                       "fiscal/NOUN/nsubj/11 general/ADJ/amod/4 "
                       ",/PUNCT/punct/7 Merrick/PROPN/appos/4 Garland/PROPN/flat/7 ,/PUNCT/punct/7 "
                       "ha/AUX/aux/11/haber designado/VERB/ROOT/11/designar a/ADP/case/14 un/DET/det/14/uno "
                       "fiscal/NOUN/obj/11 especial/ADJ/amod/14 ,/PUNCT/punct/17 Robert/PROPN/appos/14 "
                       "Hur/PROPN/flat/17 ,/PUNCT/punct/17 para/ADP/mark/22 que/SCONJ/mark/22 "
                       "investigue/VERB/advcl/11/investigar este/DET/det/24 caso/NOUN/obj/22 ./PUNCT/punct/11",
                ents=[(7, 9, "PER"), (17, 19, "PER")])
    assert rows(shipped, doc) == [("Merrick Garland", "Robert Hur", "fiscal especial", "asserted")]


def test_a_definite_office_before_a_name_and_a_purpose_is_a_title(shipped, vocab):  # noqa: F811
    """"designó a la embajadora Ana Ruiz para dirigir la misión": her title, not the post given."""
    doc = parse(vocab, "El/DET/det/1 canciller/NOUN/nsubj/2 designó/VERB/ROOT/2/designar/FIN a/ADP/case/5 "
                       "la/DET/det/5/el embajadora/NOUN/obj/2 Ana/PROPN/appos/5 Ruiz/PROPN/flat/6 "
                       "para/ADP/mark/9 dirigir/VERB/advcl/2/dirigir/INF la/DET/det/11/el misión/NOUN/obj/9 "
                       "./PUNCT/punct/2",
                ents=[(6, 8, "PER")])
    assert rows(shipped, doc) == []


def test_office_right_after_the_agent_name_is_the_role(shipped, vocab):  # noqa: F811
    """"Bendetti fue nombrado por Petro embajador en Venezuela": an agent between the participle and
    the role (issue 9; corpus: 2023-08-04-CmolepuedeafectaraGustavoPetro...)."""
    doc = parse(vocab, "Bendetti/PROPN/nsubj/2 fue/AUX/aux/2/ser/FIN nombrado/VERB/ROOT/2/nombrar "
                       "por/ADP/case/4 Petro/PROPN/obj/2 embajador/NOUN/amod/4 en/ADP/case/7 "
                       "Venezuela/PROPN/obl/2 ,/PUNCT/punct/11 pero/CCONJ/cc/11 debió/AUX/aux/11/deber/FIN "
                       "renunciar/VERB/conj/2/renunciar/INF ./PUNCT/punct/2",
                ents=[(0, 1, "PER"), (4, 5, "ORG"), (7, 8, "LOC")])
    assert rows(shipped, doc) == [("Petro", "Bendetti", "embajador en Venezuela", "asserted")]


def test_the_office_of_the_agent_is_not_the_role(shipped, vocab):  # noqa: F811
    """"fue designado por la entonces titular del Midis, Dina Boluarte": "titular" is the agent's
    own office (after "entonces", not after a name or a year), and no role is written."""
    doc = parse(vocab, "Gama/PROPN/nsubj/3 Beltrán/PROPN/flat/0 fue/AUX/aux/3/ser/FIN "
                       "designado/VERB/ROOT/3/designar por/ADP/case/7 la/DET/det/7/el entonces/ADV/advmod/7 "
                       "titular/NOUN/obj/3 del/ADP/case/9 Midis/PROPN/nmod/7 ,/PUNCT/punct/11 "
                       "Dina/PROPN/appos/7 Boluarte/PROPN/flat/11 ./PUNCT/punct/3",
                ents=[(0, 2, "PER"), (9, 10, "ORG"), (11, 13, "PER")])
    assert rows(shipped, doc) == []


def test_fronted_infinitive_passive_describes_the_subject_after_its_comma(shipped, vocab):  # noqa: F811
    """"Años antes de ser electa alcaldesa, la abogada Ana Ruiz ya viajó ...": the clause that opens
    the sentence describes the person named after its comma, which the small parse hangs inside the
    clause (shape of tune-0361 and dev-0057; the corpus holds no other instance of it)."""
    doc = parse(vocab, "Años/NOUN/obl/12/año antes/ADV/advmod/0 de/ADP/mark/4 ser/AUX/cop/4/ser/INF "
                       "electa/NOUN/advcl/1/electo alcaldesa/NOUN/appos/4 ,/PUNCT/punct/8 la/DET/det/8/el "
                       "abogada/NOUN/appos/5 Ana/PROPN/appos/8 Ruiz/PROPN/flat/9 ya/ADV/advmod/12 "
                       "viajó/VERB/ROOT/12/viajar/FIN a/ADP/case/14 Lima/PROPN/obl/12 ./PUNCT/punct/12",
                ents=[(9, 11, "PER"), (14, 15, "LOC")])
    assert rows(shipped, doc) == [("", "Ana Ruiz", "alcaldesa", "asserted")]


def test_fronted_infinitive_without_a_named_person_gives_no_row(shipped, vocab):  # noqa: F811
    """"Tras ser elegido presidente, un Papa se distingue ...": no name after the comma."""
    doc = parse(vocab, "Tras/ADP/mark/2 ser/AUX/aux/2/ser/INF elegido/VERB/advcl/8/elegir presidente/NOUN/obj/2 "
                       ",/PUNCT/punct/2 un/DET/det/6/uno Papa/NOUN/nsubj/8 se/PRON/obj/8/él "
                       "distingue/VERB/ROOT/8/distinguir ./PUNCT/punct/8")
    assert rows(shipped, doc) == []


def test_a_self_proclaimed_category_before_a_name_is_no_post(shipped, vocab):  # noqa: F811
    """"Hasta la autoproclamada feminista Rebecca West escribió ...": without a comma before the name,
    only an office word is read as the post (corpus: 2023-02-20-LainjustacondenadeEdithThompson...)."""
    doc = parse(vocab, "Hasta/ADV/advmod/6 la/DET/det/3/el autoproclamada/ADJ/amod/3/autoproclamado "
                       "feminista/NOUN/nsubj/6 Rebecca/PROPN/appos/3 West/PROPN/flat/4 "
                       "escribió/VERB/ROOT/6/escribir/FIN eso/PRON/obj/6 ./PUNCT/punct/6",
                ents=[(4, 6, "PER")])
    assert rows(shipped, doc) == []


def test_por_su_eleccion_after_a_person_addressed_with_a(shipped, vocab):  # noqa: F811
    """"Nicolás Maduro felicitó a Santiago Peña por su elección como presidente de Paraguay": "su"
    is the person congratulated, not the subject (corpus: 2023-05-01-MadurofelicitaaPea...)."""
    doc = parse(vocab, "El/DET/det/1 presidente/NOUN/nsubj/8 de/ADP/case/3 Venezuela/PROPN/nmod/1 ,/PUNCT/punct/5 "
                       "Nicolás/PROPN/appos/1 Maduro/PROPN/flat/5 ,/PUNCT/punct/5 felicitó/VERB/ROOT/8/felicitar/FIN "
                       "este/DET/det/10 lunes/NOUN/obl/8 a/ADP/case/12 Santiago/PROPN/obj/8 Peña/PROPN/flat/12 "
                       "por/ADP/case/16 su/DET/det/16 elección/NOUN/obl/8 como/SCONJ/mark/18 "
                       "presidente/NOUN/nmod/16 de/ADP/case/20 Paraguay/PROPN/nmod/18 ./PUNCT/punct/8",
                ents=[(3, 4, "LOC"), (5, 7, "PER"), (12, 14, "PER"), (20, 21, "LOC")])
    assert rows(shipped, doc) == [("", "Santiago Peña", "presidente de Paraguay", "asserted")]


def test_desde_su_designacion_keeps_the_clause_subject(shipped, vocab):  # noqa: F811
    """"Desde su designación como ministro, Urresti viajó a Lima": a time, whose person is the
    subject; "a Lima" addresses no one."""
    doc = parse(vocab, "Desde/ADP/case/2 su/DET/det/2 designación/NOUN/obl/7 como/SCONJ/mark/4 "
                       "ministro/NOUN/nmod/2 ,/PUNCT/punct/2 Urresti/PROPN/nsubj/7 viajó/VERB/ROOT/7/viajar/FIN "
                       "a/ADP/case/9 Lima/PROPN/obl/7 ./PUNCT/punct/7",
                ents=[(6, 7, "PER"), (9, 10, "LOC")])
    assert rows(shipped, doc) == [("", "Urresti", "ministro", "asserted")]


def test_para_ocupar_after_the_agents_and_a_possessive_agent_named_in_apposition(shipped, vocab):  # noqa: F811
    """"quien ha sido designado por su bancada, el Bloque Magisterial, para ocupar la presidencia de
    la Comisión de Trabajo": the post after the agent (the parse hangs "para ocupar" elsewhere), and
    "su bancada" names its body in apposition (corpus: 2023-08-17-PasinvuelveadarelgolpelacolumnadeHctor...)."""
    doc = parse(vocab, "El/DET/det/1 corredor/NOUN/nsubj/3 era/AUX/cop/3/ser Pasión/PROPN/ROOT/3 Dávila/PROPN/flat/3 "
                       ",/PUNCT/punct/11 quien/PRON/nsubj/11 esta/DET/det/8/este semana/NOUN/obl/11 "
                       "ha/AUX/aux/11/haber sido/AUX/aux/11/ser designado/VERB/acl/3/designar por/ADP/case/14 "
                       "su/DET/det/14 bancada/NOUN/obj/11 ,/PUNCT/punct/17 el/DET/det/17 Bloque/PROPN/flat/3 "
                       "Magisterial/PROPN/flat/17 ,/PUNCT/punct/17 para/ADP/mark/21 ocupar/VERB/advcl/3/ocupar/INF "
                       "la/DET/det/23/el presidencia/NOUN/obj/21 de/ADP/case/26 la/DET/det/26/el "
                       "Comisión/PROPN/nmod/23 de/ADP/case/28 Trabajo/PROPN/flat/26 ./PUNCT/punct/3",
                ents=[(3, 5, "PER"), (17, 19, "MISC"), (26, 29, "ORG")])
    assert rows(shipped, doc) == [("Bloque Magisterial", "Pasión Dávila", "presidencia de la Comisión de Trabajo",
                                   "asserted")]


def test_para_ejercer_el_cargo_is_no_role(shipped, vocab):  # noqa: F811
    """"el límite de 75 es para ser nombrado, no para ejercer el cargo": a post referred back to
    (corpus: 2023-09-24-IntegrantesdeJNJ...)."""
    doc = parse(vocab, "La/DET/det/1/el junta/NOUN/nsubj/2 dijo/VERB/ROOT/2/decir/FIN que/SCONJ/mark/11 "
                       "el/DET/det/5 límite/NOUN/nsubj/11 de/ADP/case/7 75/NUM/nummod/5 es/AUX/cop/11/ser "
                       "para/ADP/mark/11 ser/AUX/aux/11/ser/INF nombrado/VERB/ccomp/2/nombrar ,/PUNCT/punct/13 "
                       "no/ADV/advmod/11 para/ADP/case/13 ejercer/VERB/xcomp/11/ejercer/INF el/DET/det/17 "
                       "cargo/NOUN/obj/15 ./PUNCT/punct/2")
    assert rows(shipped, doc) == []


def test_object_relative_a_quien_with_a_bare_role_after_a_long_apposition(shipped, vocab):  # noqa: F811
    """"Jacob Rees-Mogg, uno de los cabecillas de la facción euroescéptica, a quien Johnson nombró
    ministro para ...": the designee is the name the apposition describes (corpus:
    2023-06-11-ElGobiernobritnicopidedejar...)."""
    doc = parse(vocab, "Jacob/PROPN/nsubj/23 Rees-Mogg/PROPN/flat/0 ,/PUNCT/punct/3 uno/PRON/appos/0 de/ADP/case/6 "
                       "los/DET/det/6/el cabecillas/NOUN/nmod/3/cabecilla de/ADP/case/9 la/DET/det/9/el "
                       "facción/NOUN/nmod/6 euroescéptica/ADJ/amod/9 ,/PUNCT/punct/15 a/ADP/case/13 "
                       "quien/PRON/obj/15 Johnson/PROPN/nsubj/15 nombró/VERB/acl/9/nombrar/FIN ministro/NOUN/obj/15 "
                       "para/ADP/case/19 las/DET/det/19/el Oportunidades/PROPN/obl/15 del/ADP/case/21 "
                       "Brexit/PROPN/flat/19 ,/PUNCT/punct/3 pidió/VERB/ROOT/23/pedir/FIN hoy/ADV/advmod/23 "
                       "calma/NOUN/obj/23 ./PUNCT/punct/23",
                ents=[(0, 2, "PER"), (14, 15, "PER"), (19, 22, "ORG")])
    assert rows(shipped, doc) == [("Johnson", "Jacob Rees-Mogg", "ministro para las Oportunidades del Brexit",
                                   "asserted")]


def test_object_relative_with_volver_a(shipped, vocab):  # noqa: F811
    """"Jorge Amoros Castañeda, a quien Gutiérrez volvió a nombrar como gerente de la Red Almenara"
    (corpus: 2023-07-26-EssaludPorqulaeleccin...)."""
    doc = parse(vocab, "Una/DET/det/1/uno opción/NOUN/nsubj/4 habría/AUX/aux/4/haber sido/AUX/cop/4/ser "
                       "Jorge/PROPN/ROOT/4 Amoros/PROPN/flat/4 Castañeda/PROPN/flat/4 ,/PUNCT/punct/11 "
                       "a/ADP/case/9 quien/PRON/iobj/11 Gutiérrez/PROPN/nsubj/11 volvió/VERB/acl/4/volver/FIN "
                       "a/ADP/mark/13 nombrar/VERB/xcomp/11/nombrar/INF como/SCONJ/mark/15 gerente/NOUN/obj/11 "
                       "de/ADP/case/18 la/DET/det/18/el Red/PROPN/nmod/15 Almenara/PROPN/flat/18 ./PUNCT/punct/4",
                ents=[(4, 7, "PER"), (10, 11, "PER"), (18, 20, "ORG")])
    assert rows(shipped, doc) == [("Gutiérrez", "Jorge Amoros Castañeda", "gerente de la Red Almenara", "asserted")]


def test_al_frente_de_is_where_one_served_not_a_designee(shipped, vocab):  # noqa: F811
    """"a quien previamente había designado como jefe del Gabinete cuando estuvo al frente del
    Ministerio de Defensa": "al frente de" is a locution, never the designee (corpus:
    2023-08-21-CongresoexministroAlfonsoAdrianzn...)."""
    doc = parse(vocab, "Otárola/PROPN/nsubj/1 designó/VERB/ROOT/1/designar/FIN como/SCONJ/mark/3 secretario/NOUN/obj/1 "
                       "a/ADP/case/5 Luis/PROPN/obj/1 Adrianzen/PROPN/flat/5 ,/PUNCT/punct/12 a/ADP/case/9 "
                       "quien/PRON/obj/12 previamente/ADV/advmod/12 había/AUX/aux/12/haber "
                       "designado/VERB/acl/5/designar como/SCONJ/mark/14 jefe/NOUN/obj/12 del/ADP/case/16 "
                       "Gabinete/PROPN/nmod/14 cuando/SCONJ/mark/18 estuvo/VERB/advcl/12/estar/FIN al/ADP/case/22 "
                       "frente/NOUN/fixed/19 del/ADP/fixed/19 Ministerio/PROPN/obl/18 de/ADP/case/24 "
                       "Defensa/PROPN/flat/22 ./PUNCT/punct/1",
                ents=[(5, 7, "PER"), (16, 17, "ORG"), (22, 25, "ORG")])
    assert all(r[1] != "frente del Ministerio de Defensa" for r in rows(shipped, doc))


def test_por_su_reeleccion_after_a_dative_clitic_is_the_person_named_before(shipped, vocab):  # noqa: F811
    """"Putin dio la bienvenida a Xi, y le felicitó por su reelección como presidente de China": "le"
    and "su" are Xi, not the subject (corpus: 2023-03-20-XiJinpingyPutinempiezan...)."""
    doc = parse(vocab, "Putin/PROPN/nsubj/1 dio/VERB/ROOT/1/dar/FIN la/DET/det/3/el bienvenida/NOUN/obj/1 "
                       "a/ADP/case/5 Xi/PROPN/obl/1 ,/PUNCT/punct/9 y/CCONJ/cc/9 le/PRON/obj/9/él "
                       "felicitó/VERB/conj/1/felicitar/FIN por/ADP/case/12 su/DET/det/12 reelección/NOUN/obl/9 "
                       "como/SCONJ/mark/14 presidente/NOUN/nmod/12 de/ADP/case/16 China/PROPN/nmod/14 ./PUNCT/punct/1",
                ents=[(0, 1, "PER"), (5, 6, "PER"), (16, 17, "LOC")])
    assert rows(shipped, doc) == [("", "Xi", "presidente de China", "asserted")]


def test_por_su_reeleccion_after_le_with_no_one_else_named_gives_no_row(shipped, vocab):  # noqa: F811
    """"Biden le felicitó por su reelección como presidente": the person of "le" is not named."""
    doc = parse(vocab, "Biden/PROPN/nsubj/2 le/PRON/obj/2/él felicitó/VERB/ROOT/2/felicitar/FIN por/ADP/case/5 "
                       "su/DET/det/5 reelección/NOUN/obl/2 como/SCONJ/mark/7 presidente/NOUN/nmod/5 ./PUNCT/punct/2",
                ents=[(0, 1, "PER")])
    assert rows(shipped, doc) == []


def test_an_elected_office_before_the_name_is_not_governed_by_the_clauses_request(shipped, vocab):  # noqa: F811
    """"pidió al recién electo representante X que renuncie": the request is the resignation; the
    election the noun phrase tells happened (asserted), though the tagger calls "electo" a noun
    (corpus: 2023-01-11-RepublicanosdeNuevaYorkdicenqueGeorgeSantosmintiy...)."""
    doc = parse(vocab, "El/DET/det/1 grupo/NOUN/nsubj/2 pidió/VERB/ROOT/2/pedir/FIN al/ADP/case/5 "
                       "recién/ADV/advmod/5 electo/NOUN/obj/2/electo representante/NOUN/amod/5 "
                       "Juan/PROPN/appos/5 Pérez/PROPN/flat/7 que/SCONJ/mark/10 renuncie/VERB/ccomp/2/renunciar "
                       "./PUNCT/punct/2", ents=[(7, 9, "PER")])
    assert [(r["designee"], r["role"], r["status"]) for r in shipped.rows(doc, "d")] == [
        ("Juan Pérez", "representante", "asserted")]
