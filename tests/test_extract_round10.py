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


def test_blocking_as_an_aim_is_hypothetical_a_block_that_happened_negated(shipped, vocab):  # noqa: F811
    """"hubo un golpe de Estado para evitar que X fuera elegido presidente": a negating verb in the
    infinitive is an aim, so the election is hypothetical, like "pidió impedir la ratificación"
    (RELATION.md decisions); "evitaron que X fuera elegido" is a block that happened: negated.
    Corpus (the sentence is in no gold file): 2023-07-17-Efemridesdel17dejulioQupasenelmundoundacomohoy."""
    doc = parse(vocab, "Luis/PROPN/nsubj/1 actuó/VERB/ROOT/1/actuar/FIN para/ADP/mark/3 "
                       "evitar/VERB/advcl/1/evitar/INF que/SCONJ/mark/8 Ana/PROPN/nsubj:pass/8 Soto/PROPN/flat/5 "
                       "fuera/AUX/aux:pass/8/ser/Mood=Sub|Tense=Imp|VerbForm=Fin elegida/VERB/ccomp/3/elegir/PART_F "
                       "presidenta/NOUN/obj/8 ./PUNCT/punct/1", ents=[(0, 1, "PER"), (5, 7, "PER")])
    assert rows(shipped, doc) == [("", "Ana Soto", "presidenta", "hypothetical")]
    doc = parse(vocab, "Luis/PROPN/nsubj/1 evitó/VERB/ROOT/1/evitar/FIN que/SCONJ/mark/6 Ana/PROPN/nsubj:pass/6 "
                       "Soto/PROPN/flat/3 fuera/AUX/aux:pass/6/ser/Mood=Sub|Tense=Imp|VerbForm=Fin "
                       "elegida/VERB/ccomp/1/elegir/PART_F presidenta/NOUN/obj/6 ./PUNCT/punct/1",
                ents=[(0, 1, "PER"), (3, 5, "PER")])
    assert rows(shipped, doc) == [("", "Ana Soto", "presidenta", "negated")]


def test_an_agent_name_keeps_the_country_it_points_back_to(shipped, vocab):  # noqa: F811
    """"Simon Peres es elegido noveno presidente de Israel por el Parlamento de ese país": the agent
    is written with its complement (gold keeps "Parlamento japonés", "gobierno de George W."), as a
    subject already was ("el Gobierno de aquel país"). Corpus (the sentence is in no gold file):
    2023-06-13-QupasenelmundoundacomohoyRevisaelefemridesdel13dejunio; also "por el Poder Judicial
    de dicho país", "por la Guardia Nacional de ese país" elsewhere in El Comercio 2023."""
    doc = parse(vocab, "Ana/PROPN/nsubj:pass/3 Soto/PROPN/flat/0 es/AUX/aux:pass/3/ser/PRES "
                       "elegida/VERB/ROOT/3/elegir/PART_F presidenta/NOUN/obj/3 por/ADP/case/7 el/DET/det/7 "
                       "Parlamento/PROPN/nmod/4 de/ADP/case/10 ese/DET/det/10 país/NOUN/nmod/7 ./PUNCT/punct/3",
                ents=[(0, 2, "PER"), (7, 8, "ORG")])
    assert rows(shipped, doc) == [("Parlamento de ese país", "Ana Soto", "presidenta", "asserted")]


def test_an_adjective_after_an_article_is_a_noun_that_can_designate(shipped, vocab):  # noqa: F811
    """"los temas prioritarios para los republicanos radicales que nombraron a X presidente de la
    Cámara": the tagger keeps "republicanos radicales" adjectives and hangs the relative on
    "temas"; after an article they are a noun phrase, the antecedent of "que" and the designator
    (gold resolves relative subjects: dev-0251 "los republicanos que proponen designar"). A lone
    adjective with no article is still no agent ("fue absurdo que ..."). Corpus (the sentence is
    in no gold file): 2023-02-07-BidenSielCongresoapruebaunaprohibicinnacionaldelabortolavetar."""
    doc = parse(vocab, "Es/AUX/cop/1/ser/PRES tema/NOUN/ROOT/1 para/ADP/case/5 los/DET/det/5 "
                       "republicanos/ADJ/amod/5 radicales/ADJ/nmod/1 que/PRON/nsubj/7 "
                       "nombraron/VERB/acl/1/nombrar/Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin "
                       "a/ADP/case/9 Luis/PROPN/obj/7 Paz/PROPN/flat/9 presidente/NOUN/obj/7 ./PUNCT/punct/1",
                ents=[(9, 11, "PER")])
    assert rows(shipped, doc) == [("republicanos radicales", "Luis Paz", "presidente", "asserted")]


def test_a_participle_that_opens_the_sentence_describes_the_subject_after_the_comma(shipped, vocab):  # noqa: F811
    """"Elegido en mayo de 2022, el presidente X prometió ...", "Nombrado ministro en marzo, X
    renunció": the parse makes the fronted participle a second root or the adjective of its role,
    and the subject after the comma was not found. The participle's own subject after it ("Elegidos
    los miembros de la mesa, el pleno votó") or a clash of number is not this construction.
    Corpus (the sentence is in no gold file):
    2023-09-23-Almenos13muertosy20heridosenunatentadosuicidaconcochebombaenelcentrodeSomaliaVIDEO."""
    doc = parse(vocab, "Elegido/ADJ/ROOT/0/elegido/PART en/ADP/case/2 mayo/NOUN/obl/0 ,/PUNCT/punct/0 "
                       "el/DET/det/5 presidente/NOUN/nsubj/7 Luis/PROPN/appos/5 prometió/VERB/ROOT/7/prometer/FIN "
                       "paz/NOUN/obj/7 ./PUNCT/punct/7", ents=[(6, 7, "PER")])
    assert rows(shipped, doc) == [("", "Luis", "presidente", "asserted")]
    doc = parse(vocab, "Nombrado/ADJ/amod/1/nombrado/PART ministro/NOUN/obj/6 en/ADP/case/3 marzo/NOUN/obl/1 "
                       ",/PUNCT/punct/1 Luis/PROPN/nsubj/6 renunció/VERB/ROOT/6/renunciar/FIN ./PUNCT/punct/6",
                ents=[(5, 6, "PER")])
    assert rows(shipped, doc) == [("", "Luis", "ministro", "asserted")]
    doc = parse(vocab, "Elegidos/ADJ/amod/2/elegido/Gender=Masc|Number=Plur|VerbForm=Part los/DET/det/2 "
                       "miembros/NOUN/ROOT/2 ,/PUNCT/punct/2 el/DET/det/5 pleno/NOUN/nsubj/6 "
                       "votó/VERB/ROOT/6/votar/FIN ./PUNCT/punct/6")
    assert rows(shipped, doc) == []


def test_an_office_then_a_name_keeps_the_whole_name(shipped, vocab):  # noqa: F811
    """"el JNE oficializó al secretario general Edmundo del Águila Morote": the NER tags only
    "Edmundo" a person and the rest an organisation; the office-then-name reading took the entity
    and cut the name at the particle (names elsewhere are grown over "del"). Corpus (the sentence
    is in no gold file): 2023-08-27-AccinPopularhastaqueselesacabelasuerteCrnicadeFernandoVivassobreunpartidolechero."""
    doc = parse(vocab, "El/DET/det/1 JNE/PROPN/nsubj/2 oficializó/VERB/ROOT/2/oficializar/FIN al/ADP/case/4 "
                       "secretario/NOUN/obj/2 general/ADJ/amod/4 Luis/PROPN/appos/4 del/ADP/case/8 "
                       "Águila/PROPN/nmod/4 Morote/PROPN/flat/8 ./PUNCT/punct/2",
                ents=[(1, 2, "ORG"), (6, 7, "PER"), (8, 10, "ORG")])
    assert rows(shipped, doc) == [("JNE", "Luis del Águila Morote", "secretario general", "asserted")]


def test_a_description_in_apposition_gives_way_to_the_name_before_it(shipped, vocab):  # noqa: F811
    """"en el Chocó Andino, una zona de bosques montañosos declarada como reserva de la biósfera
    por la Unesco": the participle hangs on the indefinite description, which is in apposition to
    the name before the comma; the name is the designee (as the frames already read "Ana Soto, la
    abogada designada jefa"). Corpus (the sentence is in no gold file):
    2023-08-20-CierranlasurnasenEcuadoreiniciaelescrutiniotrasunavotacinsinincidentes."""
    doc = parse(vocab, "Visitó/VERB/ROOT/0/visitar/FIN Machu/PROPN/obj/0 Picchu/PROPN/flat/1 ,/PUNCT/punct/5 "
                       "una/DET/det/5 ciudadela/NOUN/appos/1/ciudadela/Gender=Fem|Number=Sing "
                       "declarada/VERB/acl/5/declarar/PART_F como/SCONJ/mark/8 reserva/NOUN/obl/6 "
                       "por/ADP/case/11 la/DET/det/11 Unesco/PROPN/obl/6 ./PUNCT/punct/0",
                ents=[(1, 3, "LOC"), (11, 12, "ORG")])
    assert rows(shipped, doc) == [("Unesco", "Machu Picchu", "reserva", "asserted")]


def test_a_block_that_happened_negates_the_act_a_block_sought_leaves_it_hypothetical(shipped, vocab):  # noqa: F811
    """"los trumpistas que bloquearon durante cuatro días la elección de X como presidente de la
    Cámara": the act a past verb of blocking governs did not happen then (gold tune-0083, "había
    frenado ... el nombramiento", is negated); "busca bloquear la elección" is an aim, hypothetical;
    "no bloqueó" leaves it done. The small model may miss the lemma ("bloqueó"), so the stem
    decides. Corpus (the sentence is in no gold file):
    2023-01-10-RepublicanoscreancomisinparainvestigaralgobiernodeBidenincluidoelFBI."""
    spec = ("La/DET/det/1 oposición/NOUN/nsubj/{v}{neg} {verb} la/DET/det/{n} elección/NOUN/obj/{v} de/ADP/case/{p} "
            "Ana/PROPN/nmod/{n} Soto/PROPN/flat/{p} como/SCONJ/mark/{r} presidenta/NOUN/nmod/{n} ./PUNCT/punct/{v}")

    def doc(verb: str, negated: bool = False):
        k = 1 if negated else 0
        neg = f" no/ADV/advmod/{2 + k}" if negated else ""
        text = spec.format(v=2 + k, neg=neg, verb=verb.format(v=2 + k), n=4 + k, p=6 + k, r=9 + k)
        return parse(vocab, text, ents=[(6 + k, 8 + k, "PER")])

    done = "bloqueó/VERB/ROOT/{v}/bloqueó/Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"
    assert rows(shipped, doc(done)) == [("", "Ana Soto", "presidenta", "negated")]
    assert rows(shipped, doc(done, negated=True)) == [("", "Ana Soto", "presidenta", "asserted")]
    sought = parse(vocab, "La/DET/det/1 oposición/NOUN/nsubj/2 busca/VERB/ROOT/2/buscar/PRES "
                          "bloquear/VERB/xcomp/2/bloquear/INF la/DET/det/5 elección/NOUN/obj/3 de/ADP/case/7 "
                          "Ana/PROPN/nmod/5 Soto/PROPN/flat/7 como/SCONJ/mark/10 presidenta/NOUN/nmod/5 "
                          "./PUNCT/punct/2", ents=[(7, 9, "PER")])
    assert rows(shipped, sought) == [("", "Ana Soto", "presidenta", "hypothetical")]


def test_a_body_keeps_the_territory_it_governs(shipped, vocab):  # noqa: F811
    """"la Asamblea del estado de Piauí eligió a X como miembro del Tribunal": gold writes an agent
    with its complement ("Parlamento japonés", "gobierno de George W."), and a body's territory
    is part of what names it ("la Policía del distrito de Kohat", "la Gobernación del departamento
    de Caldas", "el Gobierno de la ciudad de Buenos Aires" in El Comercio 2023). A person takes
    none. Corpus (the sentence is in no gold file):
    2023-02-24-CargosvitaliciosysalariosdeUS7000lapolmicaenBrasilporlosnombramientosdelasesposasdelosministrosdeLulaencargospblicos."""
    doc = parse(vocab, "La/DET/det/1 Asamblea/PROPN/nsubj/6 del/ADP/case/3 estado/NOUN/nmod/1 de/ADP/case/5 "
                       "Piauí/PROPN/nmod/3 eligió/VERB/ROOT/6/elegir/FIN a/ADP/case/8 Ana/PROPN/obj/6 "
                       "como/SCONJ/mark/10 jueza/NOUN/obl/6 ./PUNCT/punct/6",
                ents=[(1, 2, "MISC"), (5, 6, "LOC"), (8, 9, "PER")])
    assert rows(shipped, doc) == [("Asamblea del estado de Piauí", "Ana", "jueza", "asserted")]
    doc = parse(vocab, "Luis/PROPN/nsubj/5 Paz/PROPN/flat/0 del/ADP/case/3 distrito/NOUN/nmod/0 "
                       "Lima/PROPN/nmod/3 eligió/VERB/ROOT/5/elegir/FIN a/ADP/case/7 Ana/PROPN/obj/5 "
                       "como/SCONJ/mark/9 jueza/NOUN/obl/5 ./PUNCT/punct/5",
                ents=[(0, 2, "PER"), (4, 5, "LOC"), (7, 8, "PER")])
    assert rows(shipped, doc) == [("Luis Paz", "Ana", "jueza", "asserted")]


def test_a_bare_role_noun_keeps_its_restrictive_relative(shipped, vocab):  # noqa: F811
    """"Estados Unidos designa a Rusia como país que ha cometido crímenes de guerra": a bare noun
    after "como" names no role without its relative, which gold keeps in roles (tune-0101); the
    role runs to the clause's end, not past a time ("desde la invasión"). Corpus (sentences in no
    gold file): 2023-02-18-EstadosUnidosacusaaRusiadecrmenescontralahumanidadenUcrania,
    2023-04-27-EcuadordeclaraterroristasagruposcriminalesporamenazaralEstado."""
    doc = parse(vocab, "Perú/PROPN/nsubj/1 designa/VERB/ROOT/1/designar/PRES a/ADP/case/3 Chile/PROPN/obj/1 "
                       "como/SCONJ/mark/5 país/NOUN/obl/1 que/PRON/nsubj/8 ha/AUX/aux/8/haber/PRES "
                       "cometido/VERB/acl/5/cometer/PART crímenes/NOUN/obj/8 desde/ADP/case/11 "
                       "2020/NUM/obl/8 ./PUNCT/punct/1", ents=[(0, 1, "LOC"), (3, 4, "LOC")])
    assert rows(shipped, doc) == [("Perú", "Chile", "país que ha cometido crímenes", "asserted")]
    # with an article the noun is a role of its own ("como el país que ...": the relative is cut as before)
    doc = parse(vocab, "Perú/PROPN/nsubj/1 designa/VERB/ROOT/1/designar/PRES a/ADP/case/3 Chile/PROPN/obj/1 "
                       "como/SCONJ/mark/6 su/DET/det/6 aliado/NOUN/obl/1 que/PRON/nsubj/8 "
                       "apoya/VERB/acl/6/apoyar/PRES ./PUNCT/punct/1", ents=[(0, 1, "LOC"), (3, 4, "LOC")])
    assert rows(shipped, doc) == [("Perú", "Chile", "su aliado", "asserted")]


def test_a_bare_participle_has_no_active_reading(shipped, vocab):  # noqa: F811
    """"Bernardette Devlin, elegida diputada a la Cámara de los Comunes por el partido ...": the
    active pattern "eligió ROLE a Y" read "la Cámara" as the designee; a participle without "haber"
    is no active verb ("ha nombrado asesor al ingeniero Y" still is). Corpus (the sentence is in
    no gold file): 2023-04-17-Efemridesdel17deabrilQupasenelmundoundacomohoy."""
    doc = parse(vocab, "Ana/PROPN/ROOT/0 Soto/PROPN/flat/0 ,/PUNCT/punct/3 elegida/VERB/acl/0/elegir/PART_F "
                       "diputada/NOUN/obj/3 a/ADP/case/7 la/DET/det/7 Cámara/PROPN/obl/3 ./PUNCT/punct/0",
                ents=[(0, 2, "PER"), (7, 8, "ORG")])
    assert rows(shipped, doc) == [("", "Ana Soto", "diputada a la Cámara", "asserted")]
    doc = parse(vocab, "El/DET/det/1 presidente/NOUN/nsubj/3 ha/AUX/aux/3/haber/PRES nombrado/VERB/ROOT/3/nombrar/PART "
                       "asesor/NOUN/obj/3 al/ADP/case/6 ingeniero/NOUN/obj/3 Luis/PROPN/appos/6 ./PUNCT/punct/3",
                ents=[(7, 8, "PER")])
    assert rows(shipped, doc) == [("presidente", "Luis", "asesor", "asserted")]


def test_the_body_that_approves_a_document_is_the_agent_of_what_it_does(shipped, vocab):  # noqa: F811
    """"el pleno del Congreso aprobó una moción que declara persona no grata a X": a document is no
    agent, but the body that approved, issued or presented it is (gold dev-0242 "habiendo
    expedido la resolución a través de la cual la designó", tune-0230 "presentaron un proyecto de
    ley para designar"); also through "con la cual se declara". A signatory is not ("firmada por
    la presidenta", gold dev-0187). Corpus (sentences in no gold file):
    2023-02-18-GustavoPetroCongresoapruebamocinquedeclarapersonanogrataalpresidentedeColombia,
    2023-01-26-EvoMoralesCongresodeclarapersonanongrataaexpresidentedeBolivia,
    2023-05-25-AMLOPlenodelCongresodeclarapersonanongrataapresidentedeMxico."""
    doc = parse(vocab, "El/DET/det/1 Congreso/PROPN/nsubj/2 aprobó/VERB/ROOT/2/aprobó/FIN una/DET/det/4 "
                       "moción/NOUN/obj/2 que/PRON/nsubj/6 declara/VERB/acl/4/declarar/PRES persona/NOUN/obj/6 "
                       "non/ADV/advmod/9 grata/ADJ/amod/7 a/ADP/case/11 Luis/PROPN/obj/6 ./PUNCT/punct/2",
                ents=[(1, 2, "ORG"), (11, 12, "PER")])
    assert rows(shipped, doc) == [("Congreso", "Luis", "persona non grata", "asserted")]
    doc = parse(vocab, "El/DET/det/1 Congreso/PROPN/nsubj/2 aprobó/VERB/ROOT/2/aprobar/FIN la/DET/det/4 "
                       "moción/NOUN/obj/2 con/ADP/case/7 la/DET/det/7 cual/PRON/obl/9 se/PRON/expl:pass/9 "
                       "declara/VERB/acl/4/declarar/PRES como/SCONJ/mark/11 persona/NOUN/obl/9 non/ADV/advmod/13 "
                       "grata/ADJ/amod/11 a/ADP/case/15 Luis/PROPN/obj/9 ./PUNCT/punct/2",
                ents=[(1, 2, "ORG"), (15, 16, "PER")])
    assert rows(shipped, doc) == [("Congreso", "Luis", "persona non grata", "asserted")]
    # a document with no author written, or only a signatory, still gives no agent
    doc = parse(vocab, "Una/DET/det/1 moción/NOUN/nsubj/4 firmada/VERB/acl/1/firmar/PART_F por/ADP/case/4 "
                       "Ana/PROPN/obl/2 declara/VERB/ROOT/5/declarar/PRES persona/NOUN/obj/5 non/ADV/advmod/8 "
                       "grata/ADJ/amod/6 a/ADP/case/10 Luis/PROPN/obj/5 ./PUNCT/punct/5",
                ents=[(4, 5, "PER"), (10, 11, "PER")])
    assert [r[0] for r in rows(shipped, doc)] == [""]


def test_a_post_verb_gives_the_post_named_after_cargo_or_funciones(shipped, vocab):  # noqa: F811
    """"designó a X para que desempeñe en simultáneo las funciones de embajador en Andorra": the
    post is what "las funciones de" / "el cargo de" names, and a phrase with a preposition the parse
    calls the verb's object ("en simultáneo") is none. Corpus (sentences in no gold file):
    2023-05-12-WalterGutirrezesdesignadoembajadordeAndorraademsdeejercerelcargoenEspaa; "nombrado
    ... para ocupar el cargo", "para que ocupe el cargo" elsewhere in El Comercio 2023."""
    doc = parse(vocab, "El/DET/det/1 Gobierno/PROPN/nsubj/2 designó/VERB/ROOT/2/designar/FIN a/ADP/case/4 "
                       "Luis/PROPN/obj/2 para/ADP/mark/7 que/SCONJ/mark/7 "
                       "desempeñe/VERB/advcl/2/desempeñar/Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin "
                       "en/ADP/case/9 simultáneo/PROPN/obj/7 las/DET/det/11 funciones/NOUN/obj/7 de/ADP/case/13 "
                       "embajador/NOUN/nmod/11 en/ADP/case/15 Andorra/PROPN/nmod/13 ./PUNCT/punct/2",
                ents=[(1, 2, "ORG"), (4, 5, "PER"), (15, 16, "LOC")])
    assert rows(shipped, doc) == [("Gobierno", "Luis", "embajador en Andorra", "asserted")]


def test_a_body_named_as_the_documents_author_is_the_agent(shipped, vocab):  # noqa: F811
    """"Una resolución directoral del Ministerio de Educación reconoció a X como nuevo propietario":
    a document is no agent, unless a body is named as its author in the same phrase (RELATION.md
    decisions: "Resolución ... del Poder Judicial" -> "Poder Judicial"). Corpus (the sentence is in
    no gold file): 2023-06-26-RevocanlicenciaanegociosvinculadosalosLunaquseencontrdentrodesulocaldeTelesup."""
    doc = parse(vocab, "Una/DET/det/1 resolución/NOUN/nsubj/5 del/ADP/case/3 Ministerio/PROPN/nmod/1 "
                       "Educativo/PROPN/flat/3 reconoció/VERB/ROOT/5/reconocer/FIN a/ADP/case/7 Luis/PROPN/obj/5 "
                       "como/SCONJ/mark/9 propietario/NOUN/obl/5 ./PUNCT/punct/5",
                ents=[(3, 5, "ORG"), (7, 8, "PER")])
    assert rows(shipped, doc) == [("Ministerio Educativo", "Luis", "propietario", "asserted")]


def test_a_subject_before_the_triggers_own_que_is_another_clauses(shipped, vocab):  # noqa: F811
    """"Mantilla remarca que ... y que su candidato podría ser electo presidente": the parse hangs
    "Mantilla" on "electo" as a second subject; a subject before the trigger's own "que" belongs to
    another clause. Corpus (the sentence is in no gold file):
    2023-03-30-JuiciopolticoalpresidentedeEcuadorHaylosvotosparadestituiraGuillermoLassoydequseleacusa."""
    doc = parse(vocab, "Luis/PROPN/nsubj/7 remarca/VERB/ROOT/1/remarcar/PRES que/SCONJ/mark/7 su/DET/det/4 "
                       "candidato/NOUN/nsubj/7 podría/AUX/aux/7/poder/Mood=Cnd|Number=Sing|Person=3|VerbForm=Fin "
                       "ser/AUX/cop/7/ser/INF electo/ADJ/ccomp/1/electo/Gender=Masc|Number=Sing "
                       "presidente/NOUN/nsubj/7 ./PUNCT/punct/1", ents=[(0, 1, "PER")])
    assert [(r[1], r[2]) for r in rows(shipped, doc)] == [("candidato", "presidente")]


def test_a_negated_present_subjunctive_is_hypothetical(shipped, vocab):  # noqa: F811
    """"una compañía basada en un país que no sea designado por Estados Unidos como adversario
    extranjero", "que el presidente del IRTP no sea designado a dedo": a generic or wished act is
    not asserted, and its negation does not make it a done refusal (as "no implica que deban
    reconocer", gold dev-0117). "no fue designado" stays negated. Corpus (sentences in no gold
    file): 2023-05-17-MontanaseconvierteenelprimerestadodeEEUUqueprohbeTikTok,
    2023-08-31-ElIRTPTVPerestsiendousadocomouninstrumentodepropagandadelgobiernodeturno."""
    spec = ("un/DET/det/1 país/NOUN/ROOT/1 que/PRON/nsubj:pass/5 no/ADV/advmod/5 {aux}/AUX/aux:pass/5/ser/{morph} "
            "designado/VERB/acl/1/designar/PART por/ADP/case/7 Perú/PROPN/obl/5 como/SCONJ/mark/9 "
            "adversario/NOUN/obl/5 ./PUNCT/punct/1")
    doc = parse(vocab, spec.format(aux="sea", morph="Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
                ents=[(7, 8, "LOC")])
    assert [r[3] for r in rows(shipped, doc)] == ["hypothetical"]
    doc = parse(vocab, spec.format(aux="fue", morph="Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"),
                ents=[(7, 8, "LOC")])
    assert [r[3] for r in rows(shipped, doc)] == ["negated"]
