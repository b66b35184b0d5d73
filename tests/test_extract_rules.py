"""Rule logic of the extractor on hand-built Docs (no model).

Each sentence is written for this file; its words carry the parts of speech,
lemmas, morphology and (where a rule reads the parse) the dependencies that
a parser would give, so that the rules are tested apart from any model build.
"""
from __future__ import annotations

import json

import pytest

from pipeline.errors import ConfigError
from pipeline.extract import grow, reference, roles
from pipeline.extract.lexicon import load_lexicon
from pipeline.extract.patterns import load_patterns

from docs import FIN_FUT, FIN_PAST, FIN_PRES, INF, PART, build, extractor, vocab  # noqa: F401 (fixtures)


def words(vocab, text, pos, lemmas=None, morphs=None):
    """Word-order-only Doc: text split on spaces, one POS per word."""
    split = text.split()
    assert len(split) == len(pos.split()), (split, pos)
    lemmas = lemmas or {}
    morphs = morphs or {}
    return build(vocab, [(w, p, lemmas.get(w), morphs.get(w), None, None)
                         for w, p in zip(split, pos.split())])


def triples(extractor, doc):
    return [(r["designator"], r["designee"], r["role"], r["trigger"], r["status"], r["voice"])
            for r in extractor.rows(doc, "d")]


# -- active ---------------------------------------------------------------------


def test_active_with_como_takes_the_parse_subject(extractor, vocab):
    doc = build(vocab, [
        ("El", "DET", "el", "", 1, "det"),
        ("Gobierno", "PROPN", None, "", 2, "nsubj"),
        ("nombró", "VERB", "nombrar", FIN_PAST, 2, "ROOT"),
        ("a", "ADP", None, "", 4, "case"),
        ("Elena", "PROPN", None, "", 2, "obj"),
        ("Vargas", "PROPN", None, "", 4, "flat"),
        ("como", "SCONJ", None, "", 7, "mark"),
        ("jefa", "NOUN", None, "", 2, "obl"),
        ("de", "ADP", None, "", 9, "case"),
        ("Migraciones", "PROPN", None, "", 7, "nmod"),
        (".", "PUNCT", None, "", 2, "punct"),
    ])
    assert triples(extractor, doc) == [
        ("Gobierno", "Elena Vargas", "jefa de Migraciones", "nombró", "asserted", "active")]


def test_active_without_como_role_after_the_name(extractor, vocab):
    doc = words(vocab, "La alcaldesa nombró a Tomás Rey gerente municipal .",
                "DET NOUN VERB ADP PROPN PROPN NOUN ADJ PUNCT", morphs={"nombró": FIN_PAST})
    rows = triples(extractor, doc)
    assert [r[1:3] for r in rows] == [("Tomás Rey", "gerente municipal")]


def test_inverted_order_como_role_then_designee(extractor, vocab):
    doc = words(vocab, "El canciller designó como cónsul en Bolivia a Marco Díaz .",
                "DET NOUN VERB SCONJ NOUN ADP PROPN ADP PROPN PROPN PUNCT", morphs={"designó": FIN_PAST})
    assert [r[1:3] for r in triples(extractor, doc)] == [("Marco Díaz", "cónsul en Bolivia")]


def test_inverted_order_al_frente_de(extractor, vocab):
    doc = words(vocab, "El presidente designó al frente de Cultura a Rosa Paz .",
                "DET NOUN VERB ADP NOUN ADP PROPN ADP PROPN PROPN PUNCT", morphs={"designó": FIN_PAST})
    assert [r[1:3] for r in triples(extractor, doc)] == [("Rosa Paz", "frente de Cultura")]


def test_role_before_designee_without_como(extractor, vocab):
    doc = words(vocab, "El ministro nombró asesor al economista Iván Solís .",
                "DET NOUN VERB NOUN ADP NOUN PROPN PROPN PUNCT", morphs={"nombró": FIN_PAST})
    assert [r[1:3] for r in triples(extractor, doc)] == [("Iván Solís", "asesor")]


def test_designee_name_after_common_noun_and_possessive(extractor, vocab):
    doc = words(vocab, "El alcalde designó a su asesor Hugo Luna como gerente general .",
                "DET NOUN VERB ADP DET NOUN PROPN PROPN SCONJ NOUN ADJ PUNCT", morphs={"designó": FIN_PAST})
    assert [r[1:3] for r in triples(extractor, doc)] == [("Hugo Luna", "gerente general")]


def test_coordinated_designees_and_roles_give_one_row_each(extractor, vocab):
    doc = words(vocab, "El premier nombró a Ana Gil como ministra de Salud y a Luis Vera como ministro de Trabajo .",
                "DET NOUN VERB ADP PROPN PROPN SCONJ NOUN ADP PROPN CCONJ ADP PROPN PROPN SCONJ NOUN ADP PROPN PUNCT",
                morphs={"nombró": FIN_PAST})
    assert [r[1:3] for r in triples(extractor, doc)] == [
        ("Ana Gil", "ministra de Salud"), ("Luis Vera", "ministro de Trabajo")]


def test_coordinated_designees_share_the_role(extractor, vocab):
    doc = words(vocab, "Washington designó a Chile y Colombia como socios estratégicos .",
                "PROPN VERB ADP PROPN CCONJ PROPN SCONJ NOUN ADJ PUNCT", morphs={"designó": FIN_PAST})
    assert [r[1:3] for r in triples(extractor, doc)] == [
        ("Chile", "socios estratégicos"), ("Colombia", "socios estratégicos")]


def test_respectively_gives_each_designee_its_item(extractor, vocab):
    doc = words(vocab, "Se designó a Pía Soto y a Raúl Meza como cónsules en Quito y Lima , respectivamente .",
                "PRON VERB ADP PROPN PROPN CCONJ ADP PROPN PROPN SCONJ NOUN ADP PROPN CCONJ PROPN PUNCT ADV PUNCT",
                morphs={"designó": FIN_PAST})
    assert [r[1:3] for r in triples(extractor, doc)] == [
        ("Pía Soto", "cónsules en Quito"), ("Raúl Meza", "cónsules en Quito y Lima")]


def test_continuation_without_its_own_role_shares_the_first(extractor, vocab):
    # B's own "en" phrase replaces the first role's: B is "cónsul general" (in Bolivia).
    doc = words(vocab, "Se designó a Eva Ríos como cónsul general en Chile , y a Blas Mora en Bolivia .",
                "PRON VERB ADP PROPN PROPN SCONJ NOUN ADJ ADP PROPN PUNCT CCONJ ADP PROPN PROPN ADP PROPN PUNCT",
                morphs={"designó": FIN_PAST})
    assert [r[1:3] for r in triples(extractor, doc)] == [
        ("Eva Ríos", "cónsul general en Chile"), ("Blas Mora", "cónsul general")]
    plain = words(vocab, "Se designó a Eva Ríos como cónsul general , y a Blas Mora .",
                  "PRON VERB ADP PROPN PROPN SCONJ NOUN ADJ PUNCT CCONJ ADP PROPN PROPN PUNCT",
                  morphs={"designó": FIN_PAST})
    assert [r[1:3] for r in triples(extractor, plain)] == [
        ("Eva Ríos", "cónsul general"), ("Blas Mora", "cónsul general")]


def test_role_stops_before_a_negated_predicate(extractor, vocab):
    doc = words(vocab, "La elección de Sara Paz como jueza suprema no fue unánime .",
                "DET NOUN ADP PROPN PROPN SCONJ NOUN ADJ ADV AUX ADJ PUNCT", morphs={"fue": FIN_PAST})
    assert [r[1:3] for r in triples(extractor, doc)] == [("Sara Paz", "jueza suprema")]
    kept = words(vocab, "Se designó a Chile como aliado no miembro .", "PRON VERB ADP PROPN SCONJ NOUN ADV NOUN PUNCT",
                 morphs={"designó": FIN_PAST})
    assert [r[2] for r in triples(extractor, kept)] == ["aliado no miembro"]


# -- passive, se, relative, participle ------------------------------------------


def test_passive_with_agent_and_name_in_apposition(extractor, vocab):
    doc = words(vocab, "Carla Ortiz fue designada viceministra por el titular del sector , Jorge Paz .",
                "PROPN PROPN AUX VERB NOUN ADP DET NOUN ADP NOUN PUNCT PROPN PROPN PUNCT",
                lemmas={"fue": "ser"}, morphs={"fue": FIN_PAST, "designada": PART})
    assert triples(extractor, doc) == [
        ("Jorge Paz", "Carla Ortiz", "viceministra", "designada", "asserted", "passive")]


def test_passive_without_agent_after_a_date_marker(extractor, vocab):
    doc = words(vocab, "1961.- Julio Mar , poeta , es elegido rector de la universidad .",
                "NUM PROPN PROPN PUNCT NOUN PUNCT AUX VERB NOUN ADP DET NOUN PUNCT",
                lemmas={"es": "ser"}, morphs={"es": FIN_PRES, "elegido": PART})
    assert triples(extractor, doc) == [
        ("", "Julio Mar", "rector de la universidad", "elegido", "asserted", "passive")]


def test_passive_role_after_a_date_and_agent(extractor, vocab):
    doc = words(vocab, "Nora Gil fue nombrada el pasado lunes por la ministra como asesora legal .",
                "PROPN PROPN AUX VERB DET ADJ NOUN ADP DET NOUN SCONJ NOUN ADJ PUNCT",
                lemmas={"fue": "ser"}, morphs={"fue": FIN_PAST, "nombrada": PART})
    assert [r[:3] for r in triples(extractor, doc)] == [("ministra", "Nora Gil", "asesora legal")]


def test_pro_drop_passive_inside_a_complement_gives_no_row(extractor, vocab):
    doc = words(vocab, "Ya con Pablo Ruiz en el Mininter , fue nombrado jefe policial .",
                "ADV ADP PROPN PROPN ADP DET PROPN PUNCT AUX VERB NOUN ADJ PUNCT",
                lemmas={"fue": "ser"}, morphs={"fue": FIN_PAST, "nombrado": PART})
    assert triples(extractor, doc) == []


def test_se_passive_has_no_designator(extractor, vocab):
    doc = words(vocab, "Se designó a Marta Gil como gerenta .",
                "PRON VERB ADP PROPN PROPN SCONJ NOUN PUNCT", morphs={"designó": FIN_PAST})
    assert triples(extractor, doc) == [("", "Marta Gil", "gerenta", "designó", "asserted", "se")]


def test_relative_clause_takes_the_antecedent(extractor, vocab):
    doc = words(vocab, "Lo dijo Rita Solar , quien fue nombrada viceministra en marzo .",
                "PRON VERB PROPN PROPN PUNCT PRON AUX VERB NOUN ADP NOUN PUNCT",
                lemmas={"fue": "ser"}, morphs={"dijo": FIN_PAST, "fue": FIN_PAST, "nombrada": PART})
    assert [r[1:3] for r in triples(extractor, doc)] == [("Rita Solar", "viceministra")]


def test_participle_apposition_passes_over_an_inserted_phrase(extractor, vocab):
    doc = words(vocab, "Iris Campos , de 50 años , designada fiscal superior por la Junta , juró ayer .",
                "PROPN PROPN PUNCT ADP NUM NOUN PUNCT VERB NOUN ADJ ADP DET PROPN PUNCT VERB ADV PUNCT",
                morphs={"designada": PART, "juró": FIN_PAST})
    assert [r[:3] for r in triples(extractor, doc)] == [("Junta", "Iris Campos", "fiscal superior")]


def test_relative_object_clause(extractor, vocab):
    doc = words(vocab, "Se reunió con el Frente , grupo que Canadá designa como organización terrorista .",
                "PRON VERB ADP DET PROPN PUNCT NOUN PRON PROPN VERB SCONJ NOUN ADJ PUNCT",
                morphs={"reunió": FIN_PAST, "designa": FIN_PRES})
    assert [r[:3] for r in triples(extractor, doc)] == [("Canadá", "Frente", "organización terrorista")]


def test_recently_appointed_role_then_name(extractor, vocab):
    doc = words(vocab, "Habló el recién nombrado ministro de Energía , Saúl Vega .",
                "VERB DET ADV VERB NOUN ADP PROPN PUNCT PROPN PROPN PUNCT",
                morphs={"Habló": FIN_PAST, "nombrado": PART})
    assert [r[1:3] for r in triples(extractor, doc)] == [("Saúl Vega", "ministro de Energía")]


def test_self_proclamation(extractor, vocab):
    doc = words(vocab, "El coronel Iván Paz se autoproclamó presidente interino .",
                "DET NOUN PROPN PROPN PRON VERB NOUN ADJ PUNCT", morphs={"autoproclamó": FIN_PAST})
    assert [r[:3] for r in triples(extractor, doc)] == [("Iván Paz", "Iván Paz", "presidente interino")]


# -- nominal ----------------------------------------------------------------------


def test_nominal_with_como_and_agent(extractor, vocab):
    doc = words(vocab, "Criticaron la designación de Alba Cruz como gerenta por el directorio .",
                "VERB DET NOUN ADP PROPN PROPN SCONJ NOUN ADP DET NOUN PUNCT",
                morphs={"Criticaron": FIN_PAST})
    assert triples(extractor, doc) == [
        ("directorio", "Alba Cruz", "gerenta", "designación", "asserted", "nominal")]


def test_nominal_role_then_name_in_apposition(extractor, vocab):
    doc = words(vocab, "Asistió a la investidura del presidente electo , Omar Ríos .",
                "VERB ADP DET NOUN ADP NOUN ADJ PUNCT PROPN PROPN PUNCT", morphs={"Asistió": FIN_PAST})
    assert [r[1:3] for r in triples(extractor, doc)] == [("Omar Ríos", "presidente electo")]


def test_nominal_role_then_list_of_names(extractor, vocab):
    doc = words(vocab, "Cuestionó el nombramiento de dos vocales : Lía Sosa y Tito Ramos .",
                "VERB DET NOUN ADP NUM NOUN PUNCT PROPN PROPN CCONJ PROPN PROPN PUNCT",
                morphs={"Cuestionó": FIN_PAST})
    assert [r[1:3] for r in triples(extractor, doc)] == [("Lía Sosa", "vocales"), ("Tito Ramos", "vocales")]


# -- clitics and objects -------------------------------------------------------------


def test_clitic_takes_the_person_named_before(extractor, vocab):
    doc = build(vocab, [
        ("Conoció", "VERB", "conocer", FIN_PAST, 0, "ROOT"),
        ("a", "ADP", None, "", 2, "case"),
        ("Inés", "PROPN", None, "", 0, "obj"),
        ("Vidal", "PROPN", None, "", 2, "flat"),
        ("y", "CCONJ", None, "", 5, "cc"),
        ("la", "PRON", "él", "", 5, "obj"),
        ("nombró", "VERB", "nombrar", FIN_PAST, 0, "conj"),
        ("como", "SCONJ", None, "", 7, "mark"),
        ("secretaria", "NOUN", None, "", 5, "obl"),
        (".", "PUNCT", None, "", 0, "punct"),
    ], ents=[(2, 4, "PER")])
    assert [r[1:3] for r in triples(extractor, doc)] == [("Inés Vidal", "secretaria")]


def test_conceder_needs_a_status_object(extractor, vocab):
    doc = words(vocab, "Brasil concedió a Haití la condición de socio preferente .",
                "PROPN VERB ADP PROPN DET NOUN ADP NOUN ADJ PUNCT", morphs={"concedió": FIN_PAST})
    assert [r[1:3] for r in triples(extractor, doc)] == [("Haití", "condición de socio preferente")]
    loan = words(vocab, "El banco otorgó a Haití un préstamo nuevo .",
                 "DET NOUN VERB ADP PROPN DET NOUN ADJ PUNCT", morphs={"otorgó": FIN_PAST})
    assert triples(extractor, loan) == []


# -- status ------------------------------------------------------------------------


@pytest.mark.parametrize("text,pos,morphs,status", [
    ("El Gobierno designará a Rosa Lima como embajadora .", "DET PROPN VERB ADP PROPN PROPN SCONJ NOUN PUNCT",
     {"designará": FIN_FUT}, "planned"),
    ("El Gobierno va a designar a Rosa Lima como embajadora .",
     "DET PROPN AUX ADP VERB ADP PROPN PROPN SCONJ NOUN PUNCT", {"va": FIN_PRES, "designar": INF}, "planned"),
    ("El Gobierno anunció su intención de designar a Rosa Lima como embajadora .",
     "DET PROPN VERB DET NOUN ADP VERB ADP PROPN PROPN SCONJ NOUN PUNCT",
     {"anunció": FIN_PAST, "designar": INF}, "planned"),
    ("El Gobierno podría designar a Rosa Lima como embajadora .",
     "DET PROPN AUX VERB ADP PROPN PROPN SCONJ NOUN PUNCT",
     {"podría": "Mood=Cnd|Number=Sing|Person=3|VerbForm=Fin", "designar": INF}, "hypothetical"),
    ("La bancada pidió designar a Rosa Lima como embajadora .",
     "DET NOUN VERB VERB ADP PROPN PROPN SCONJ NOUN PUNCT", {"pidió": FIN_PAST, "designar": INF}, "hypothetical"),
    ("El Gobierno no designó a Rosa Lima como embajadora .", "DET PROPN ADV VERB ADP PROPN PROPN SCONJ NOUN PUNCT",
     {"designó": FIN_PAST}, "negated"),
    ("El Gobierno descartó designar a Rosa Lima como embajadora .",
     "DET PROPN VERB VERB ADP PROPN PROPN SCONJ NOUN PUNCT", {"descartó": FIN_PAST, "designar": INF}, "negated"),
])
def test_status(extractor, vocab, text, pos, morphs, status):
    lemmas = {"va": "ir", "pidió": "pedir", "descartó": "descartar", "podría": "poder", "anunció": "anunciar"}
    doc = words(vocab, text, pos, lemmas=lemmas, morphs=morphs)
    rows = triples(extractor, doc)
    assert [r[1] for r in rows] == ["Rosa Lima"]
    assert rows[0][4] == status


# -- what is not a designation ----------------------------------------------------


@pytest.mark.parametrize("text,pos,morphs", [
    # an adjective, not a role
    ("El juez fue declarado culpable por la sala .", "DET NOUN AUX VERB ADJ ADP DET NOUN PUNCT",
     {"fue": FIN_PAST, "declarado": PART}),
    # no one is designated
    ("El Gobierno no nombró a ningún embajador en Cuba como gesto .",
     "DET PROPN ADV VERB ADP DET NOUN ADP PROPN SCONJ NOUN PUNCT", {"nombró": FIN_PAST}),
    # "tal como": a comparison
    ("Deben elegir al próximo rector tal como indicó la ley .",
     "VERB VERB ADP ADJ NOUN ADV SCONJ VERB DET NOUN PUNCT", {"indicó": FIN_PAST, "elegir": INF}),
    # a name given, not a role
    ("Quiso nombrar al parque como “ Parque del Sol ” .",
     "VERB VERB ADP NOUN SCONJ PUNCT PROPN ADP PROPN PUNCT PUNCT", {"nombrar": INF}),
    # examples after a common noun
    ("Debe designar a las autoridades como el contralor y el fiscal .",
     "VERB VERB ADP DET NOUN SCONJ DET NOUN CCONJ DET NOUN PUNCT", {"designar": INF}),
])
def test_not_a_designation(extractor, vocab, text, pos, morphs):
    doc = words(vocab, text, pos, lemmas={"fue": "ser"}, morphs=morphs)
    assert triples(extractor, doc) == []


# -- rows: offsets, norms, labels ----------------------------------------------------


def test_rows_carry_offsets_norms_and_labels(extractor, vocab):
    doc = build(vocab, [
        ("EE.UU.", "PROPN", None, "", 1, "nsubj"),
        ("designó", "VERB", "designar", FIN_PAST, 1, "ROOT"),
        ("al", "ADP", None, "", 3, "case"),
        ("Perú", "PROPN", None, "", 1, "obj"),
        ("como", "SCONJ", None, "", 5, "mark"),
        ("aliado", "NOUN", None, "", 1, "obl"),
        ("de", "ADP", None, "", 7, "case"),
        ("la", "DET", None, "", 8, "det"),
        ("Organización", "PROPN", None, "", 5, "nmod"),
        ("del", "ADP", None, "", 10, "case"),
        ("Tratado", "PROPN", None, "", 8, "flat"),
        ("del", "ADP", None, "", 12, "case"),
        ("Atlántico", "PROPN", None, "", 8, "flat"),
        ("Norte", "PROPN", None, "", 12, "flat"),
        (".", "PUNCT", None, "", 1, "punct"),
    ], ents=[(0, 1, "LOC"), (3, 4, "LOC")])
    [row] = extractor.rows(doc, "d")
    text = doc.text
    for slot in ("designator", "designee", "role"):
        assert text[row[f"{slot}_start"]:row[f"{slot}_end"]] == row[slot]
    assert text[row["trigger_start"]:row["trigger_end"]] == "designó"
    assert row["designator_norm"] == "Estados Unidos"
    assert row["designee_norm"] == "Perú"
    assert row["role_norm"] == "aliado de la OTAN"
    assert (row["designator_label"], row["designee_label"]) == ("LOC", "LOC")
    assert row["pattern"] == "active-a-como"


# -- phrases --------------------------------------------------------------------------


def test_name_drops_a_leading_acronym_rank(vocab):
    doc = words(vocab, "el general PNP Víctor Montoya Ríos", "DET NOUN PROPN PROPN PROPN PROPN")
    assert grow.designee_span(doc, 0).text == "Víctor Montoya Ríos"


def test_role_stops_before_an_infinitive_clause(vocab):
    doc = words(vocab, "alcalde de Lima al obtener más votos", "NOUN ADP PROPN ADP VERB ADV NOUN")
    assert roles.role_span(doc, 0, frozenset()).text == "alcalde de Lima"


def test_role_keeps_a_quoted_complement(vocab):
    doc = words(vocab, "responsables de “ crímenes de guerra ” al Ejército", "NOUN ADP PUNCT NOUN ADP NOUN PUNCT ADP PROPN")
    assert roles.role_span(doc, 0, frozenset()).text == "responsables de “ crímenes de guerra ”"


# -- data files are validated -------------------------------------------------------


def test_lexicon_errors_name_the_problem(tmp_path):
    path = tmp_path / "t.toml"
    path.write_text('[verbs.designar]\nforms = "^design("\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="Bad 'forms'"):
        load_lexicon(path)
    path.write_text('[verbs.designar]\nforms = "^design"\ncolor = 1\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="Unknown key"):
        load_lexicon(path)
    path.write_text('[verbs.designar]\nforms = "^design"\n[phrases]\ntime_words = "lunes"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="list of words"):
        load_lexicon(path)


def test_pattern_errors_name_the_pattern(tmp_path, vocab):
    path = tmp_path / "p.json"
    bad = [
        ({"id": "x", "voice": "active", "tokens": [{"LOWER": "a"}]}, "trigger"),
        ({"id": "x", "voice": "active", "tokens": [{"slot": "trigger"}, {"slot": "who"}]}, "unknown slot"),
        ({"id": "x", "voice": "loud", "tokens": [{"slot": "trigger"}]}, "voice"),
        ({"id": "x", "voice": "active", "designee": "slot", "tokens": [{"slot": "trigger"}]}, "no token has"),
        ({"id": "x", "voice": "active", "named_designee": "yes", "designee": "subject", "role": "after-trigger",
          "tokens": [{"slot": "trigger"}]}, "named_designee"),
    ]
    for raw, message in bad:
        path.write_text(json.dumps({"patterns": [raw]}), encoding="utf-8")
        with pytest.raises(ConfigError, match=message):
            load_patterns(path, vocab)


def test_shipped_data_files_load(config, vocab):
    lexicon = load_lexicon(config.data_path("extract.triggers"))
    assert lexicon.lookup("designó").lemma == "designar"
    assert lexicon.lookup("nombramiento").kind == "noun"
    assert lexicon.lookup("nombre") is None
    assert lexicon.has_trigger("Ayer fue elegida presidenta.") and not lexicon.has_trigger("Ayer llovió.")
    assert len(load_patterns(config.data_path("extract.patterns"), vocab)) >= 15


# -- rules found on real news (written here as new sentences) ----------------------------


def test_conjunction_que_is_not_a_relative(extractor, vocab):
    doc = words(vocab, "Ana Roca visitó Lima , la capital de Perú , desde que fue nombrada cónsul .",
                "PROPN PROPN VERB PROPN PUNCT DET NOUN ADP PROPN PUNCT ADP SCONJ AUX VERB NOUN PUNCT",
                lemmas={"fue": "ser"}, morphs={"visitó": FIN_PAST, "fue": FIN_PAST, "nombrada": PART})
    assert triples(extractor, doc) == []


def test_passive_subject_before_an_apposition(extractor, vocab):
    doc = words(vocab, "Eva Lima , hija del escritor Tomás Lima , fue nombrada embajadora en Italia .",
                "PROPN PROPN PUNCT NOUN ADP NOUN PROPN PROPN PUNCT AUX VERB NOUN ADP PROPN PUNCT",
                lemmas={"fue": "ser"}, morphs={"fue": FIN_PAST, "nombrada": PART})
    assert [r[1:3] for r in triples(extractor, doc)] == [("Eva Lima", "embajadora en Italia")]


def test_como_scan_stops_at_another_complement(extractor, vocab):
    doc = words(vocab, "Ortiz fue reelegido para un tercer mandato junto con su esposa como vicepresidenta .",
                "PROPN AUX VERB ADP DET ADJ NOUN ADV ADP DET NOUN SCONJ NOUN PUNCT",
                lemmas={"fue": "ser"}, morphs={"fue": FIN_PAST, "reelegido": PART})
    assert triples(extractor, doc) == []


def test_double_negation_is_hypothetical(extractor, vocab):
    doc = words(vocab, "El Gobierno no descarta designar a Rosa Lima como embajadora .",
                "DET PROPN ADV VERB VERB ADP PROPN PROPN SCONJ NOUN PUNCT",
                lemmas={"descarta": "descartar"}, morphs={"descarta": FIN_PRES, "designar": INF})
    assert [r[4] for r in triples(extractor, doc)] == ["hypothetical"]


def test_no_solo_is_not_a_negation(extractor, vocab):
    doc = words(vocab, "Dirigió no solo la designación de Ana Gil como jueza , sino otras .",
                "VERB ADV ADV DET NOUN ADP PROPN PROPN SCONJ NOUN PUNCT CCONJ PRON PUNCT",
                morphs={"Dirigió": FIN_PAST})
    assert [r[4] for r in triples(extractor, doc)] == ["asserted"]


def test_passive_after_ser_is_not_read_as_active(extractor, vocab):
    doc = words(vocab, "Los dos habían sido declarados como traidores a la patria .",
                "DET NUM AUX AUX VERB SCONJ NOUN ADP DET NOUN PUNCT",
                lemmas={"sido": "ser"}, morphs={"habían": FIN_PAST, "declarados": PART})
    assert all(r[5] != "active" for r in triples(extractor, doc))


def test_coordination_inside_an_apposition_is_not_a_second_designee(extractor, vocab):
    doc = words(vocab, "Designó como viceministro a Iván Paz , exfuncionario del Ministerio de Desarrollo e Inclusión Social .",
                "VERB SCONJ NOUN ADP PROPN PROPN PUNCT NOUN ADP PROPN ADP PROPN CCONJ PROPN PROPN PUNCT",
                morphs={"Designó": FIN_PAST})
    assert [r[1] for r in triples(extractor, doc)] == ["Iván Paz"]


def test_definite_noun_then_a_role_that_does_not_agree(extractor, vocab):
    tokens = [("El", "DET", "el", "", None, None), ("Congreso", "PROPN", None, "", None, None),
              ("declaró", "VERB", "declarar", FIN_PAST, None, None), ("a", "ADP", None, "", None, None),
              ("la", "DET", "el", "Gender=Fem", None, None), ("cumbia", "ADJ", None, "Gender=Fem", None, None),
              ("patrimonio", "NOUN", None, "Gender=Masc", None, None), ("nacional", "ADJ", None, "", None, None),
              (".", "PUNCT", None, "", None, None)]
    assert [r[1:3] for r in triples(extractor, build(vocab, tokens))] == [("cumbia", "patrimonio nacional")]
    # "al nuevo juez": article and noun agree, one phrase, no designee
    agree = [("Eligió", "VERB", "elegir", FIN_PAST, None, None), ("al", "ADP", "al", "", None, None),
             ("nuevo", "ADJ", None, "Gender=Masc", None, None), ("juez", "NOUN", None, "Gender=Masc", None, None),
             ("supremo", "ADJ", None, "", None, None), (".", "PUNCT", None, "", None, None)]
    assert triples(extractor, build(vocab, agree)) == []


def test_status_cues_ignore_names_and_clauses_around_a_noun(extractor, vocab):
    # "Poder" in a name is not the verb "poder"
    doc = words(vocab, "El Poder Ejecutivo designó a Raúl Soto como procurador .",
                "DET PROPN PROPN VERB ADP PROPN PROPN SCONJ NOUN PUNCT",
                lemmas={"Poder": "poder"}, morphs={"designó": FIN_PAST})
    assert [r[4] for r in triples(extractor, doc)] == ["asserted"]
    # the request is to report, not to designate
    doc = words(vocab, "Le piden informar sobre la designación de Eva Paz como asesora .",
                "PRON VERB VERB ADP DET NOUN ADP PROPN PROPN SCONJ NOUN PUNCT",
                lemmas={"piden": "pedir"}, morphs={"piden": FIN_PRES, "informar": INF})
    assert [r[4] for r in triples(extractor, doc)] == ["asserted"]
    doc = words(vocab, "Pidieron la designación de Eva Paz como asesora .",
                "VERB DET NOUN ADP PROPN PROPN SCONJ NOUN PUNCT",
                lemmas={"Pidieron": "pedir"}, morphs={"Pidieron": FIN_PAST})
    assert [r[4] for r in triples(extractor, doc)] == ["hypothetical"]


def test_passive_subject_before_an_inserted_clause(extractor, vocab):
    doc = words(vocab, "Rosa Vidal , quien es experta en la región , fue nombrada cónsul .",
                "PROPN PROPN PUNCT PRON AUX ADJ ADP DET NOUN PUNCT AUX VERB NOUN PUNCT",
                lemmas={"es": "ser", "fue": "ser"}, morphs={"es": FIN_PRES, "fue": FIN_PAST, "nombrada": PART})
    assert [r[1:3] for r in triples(extractor, doc)] == [("Rosa Vidal", "cónsul")]
    doc = words(vocab, "Es Ana Mora que , según el diario , fue elegida alcaldesa .",
                "AUX PROPN PROPN PRON PUNCT ADP DET NOUN PUNCT AUX VERB NOUN PUNCT",
                lemmas={"Es": "ser", "fue": "ser"}, morphs={"Es": FIN_PRES, "fue": FIN_PAST, "elegida": PART})
    assert [r[1:3] for r in triples(extractor, doc)] == [("Ana Mora", "alcaldesa")]


def test_purpose_clause_is_hypothetical(extractor, vocab):
    doc = words(vocab, "Habló con el ministro para que Luis Paz sea designado viceministro .",
                "VERB ADP DET NOUN ADP SCONJ PROPN PROPN AUX VERB NOUN PUNCT",
                lemmas={"sea": "ser"}, morphs={"Habló": FIN_PAST, "sea": "Mood=Sub|VerbForm=Fin", "designado": PART})
    assert [(r[1], r[4]) for r in triples(extractor, doc)] == [("Luis Paz", "hypothetical")]


# -- enumerations, "ambos", coordinated agents ------------------------------------


def test_group_role_with_entre_ellos_gives_one_row_per_listed_name(extractor, vocab):
    doc = words(vocab, "El rector nombró a los doce nuevos decanos de la universidad , entre ellos al físico Raúl Paz y "
                "la abogada Eva Ríos .",
                "DET NOUN VERB ADP DET NUM ADJ NOUN ADP DET NOUN PUNCT ADP PRON ADP NOUN PROPN PROPN CCONJ "
                "DET NOUN PROPN PROPN PUNCT", morphs={"nombró": FIN_PAST})
    assert [r[1:3] for r in triples(extractor, doc)] == [
        ("Raúl Paz", "nuevos decanos de la universidad"), ("Eva Ríos", "nuevos decanos de la universidad")]


def test_group_without_names_after_entre_ellos_gives_no_row(extractor, vocab):
    doc = words(vocab, "El rector nombró a los doce decanos , entre ellos a varios profesores jóvenes .",
                "DET NOUN VERB ADP DET NUM NOUN PUNCT ADP PRON ADP DET NOUN ADJ PUNCT", morphs={"nombró": FIN_PAST})
    assert triples(extractor, doc) == []


def test_ambos_passive_subject_is_the_two_persons_named_before(extractor, vocab):
    doc = build(vocab, [(w, p, l, m, None, None) for w, p, l, m in [
        ("Discutieron", "VERB", "discutir", FIN_PAST), ("Lía", "PROPN", None, ""), ("Soto", "PROPN", None, ""),
        ("y", "CCONJ", None, ""), ("Raúl", "PROPN", None, ""), ("Vega", "PROPN", None, ""),
        ("antes", "ADV", None, ""), ("de", "ADP", None, ""), ("que", "SCONJ", None, ""),
        ("ambos", "PRON", None, ""), ("fueran", "AUX", "ser", ""), ("designados", "VERB", "designar", PART),
        ("por", "ADP", None, ""), ("Castro", "PROPN", None, ""), ("como", "SCONJ", None, ""),
        ("jueces", "NOUN", None, ""), (".", "PUNCT", None, "")]], ents=[(1, 3, "PER"), (4, 6, "PER")])
    assert [r[:3] for r in triples(extractor, doc)] == [
        ("Castro", "Lía Soto", "jueces"), ("Castro", "Raúl Vega", "jueces")]


def test_ambos_with_one_person_named_gives_no_row(extractor, vocab):
    doc = build(vocab, [(w, p, l, m, None, None) for w, p, l, m in [
        ("Habló", "VERB", "hablar", FIN_PAST), ("Lía", "PROPN", None, ""), ("Soto", "PROPN", None, ""),
        ("y", "CCONJ", None, ""), ("ambos", "PRON", None, ""), ("fueron", "AUX", "ser", ""),
        ("designados", "VERB", "designar", PART), ("jueces", "NOUN", None, ""), (".", "PUNCT", None, "")]],
        ents=[(1, 3, "PER")])
    assert triples(extractor, doc) == []


def test_coordinated_named_agents_give_one_row_each(extractor, vocab):
    doc = words(vocab, "Ruiz fue nombrado jefe del SIS por Ana Gil y el entonces ministro Luis Paz .",
                "PROPN AUX VERB NOUN ADP PROPN ADP PROPN PROPN CCONJ DET ADV NOUN PROPN PROPN PUNCT",
                lemmas={"fue": "ser"}, morphs={"nombrado": PART})
    rows = triples(extractor, doc)
    assert [r[0] for r in rows] == ["Ana Gil", "Luis Paz"]
    assert {r[1:3] for r in rows} == {("Ruiz", "jefe del SIS")}


def test_agent_coordinated_with_a_common_noun_stays_one_row(extractor, vocab):
    doc = words(vocab, "Ruiz fue nombrado jefe del SIS por Ana Gil y su equipo .",
                "PROPN AUX VERB NOUN ADP PROPN ADP PROPN PROPN CCONJ DET NOUN PUNCT",
                lemmas={"fue": "ser"}, morphs={"nombrado": PART})
    assert [r[:3] for r in triples(extractor, doc)] == [("Ana Gil", "Ruiz", "jefe del SIS")]


# -- acts, anaphora, "entre los designados", post-nominal participles, other senses ---


def test_relative_en_el_que_takes_the_author_of_the_act(extractor, vocab):
    doc = words(vocab, "Llegó el decreto del Gobierno regional en el que nombra a Ana Ruiz como gerenta .",
                "VERB DET NOUN ADP PROPN ADJ ADP DET PRON VERB ADP PROPN PROPN SCONJ NOUN PUNCT",
                morphs={"nombra": FIN_PRES, "Llegó": FIN_PAST})
    assert [r[:3] for r in triples(extractor, doc)] == [("Gobierno regional", "Ana Ruiz", "gerenta")]


def test_relative_en_el_que_without_an_author_keeps_the_designator_empty(extractor, vocab):
    doc = words(vocab, "Fue la ceremonia en la que nombra a Ana Ruiz como gerenta .",
                "AUX DET NOUN ADP DET PRON VERB ADP PROPN PROPN SCONJ NOUN PUNCT",
                morphs={"nombra": FIN_PRES, "Fue": FIN_PAST})
    assert [r[:3] for r in triples(extractor, doc)] == [("", "Ana Ruiz", "gerenta")]


def test_ese_pais_points_back_to_the_place_named_before(extractor, vocab):
    doc = build(vocab, [(w, p, None, m, None, None) for w, p, m in [
        ("Bolivia", "PROPN", ""), ("pidió", "VERB", FIN_PAST), ("ayuda", "NOUN", ""), ("y", "CCONJ", ""),
        ("Brasil", "PROPN", ""), ("decidió", "VERB", FIN_PAST), ("conceder", "VERB", INF), ("a", "ADP", ""),
        ("ese", "DET", ""), ("país", "NOUN", ""), ("el", "DET", ""), ("estatus", "NOUN", ""), ("de", "ADP", ""),
        ("socio", "NOUN", ""), (".", "PUNCT", "")]], ents=[(0, 1, "LOC"), (4, 5, "LOC")])
    assert [r[1:3] for r in triples(extractor, doc)] == [("Brasil", "estatus de socio")]


def test_ese_pais_without_a_place_before_gives_no_row(extractor, vocab):
    doc = words(vocab, "La cumbre decidió conceder a ese país el estatus de socio .",
                "DET NOUN VERB VERB ADP DET NOUN DET NOUN ADP NOUN PUNCT",
                morphs={"decidió": FIN_PAST, "conceder": INF})
    assert triples(extractor, doc) == []


def test_among_the_designated_takes_a_new_apposition_as_role(extractor, vocab):
    doc = words(vocab, "Entre los designados se encuentra Rosa Vílchez , nueva subprefecta de Ica .",
                "ADP DET VERB PRON VERB PROPN PROPN PUNCT ADJ NOUN ADP PROPN PUNCT",
                lemmas={"encuentra": "encontrar"}, morphs={"designados": PART, "encuentra": FIN_PRES})
    assert [r[:3] for r in triples(extractor, doc)] == [("", "Rosa Vílchez", "nueva subprefecta de Ica")]


def test_among_the_designated_with_a_descriptive_apposition_gives_no_row(extractor, vocab):
    doc = words(vocab, "Entre los designados se encuentra Rosa Vílchez , exalcaldesa de Ica .",
                "ADP DET VERB PRON VERB PROPN PROPN PUNCT NOUN ADP PROPN PUNCT",
                lemmas={"encuentra": "encontrar"}, morphs={"designados": PART, "encuentra": FIN_PRES})
    assert triples(extractor, doc) == []


def test_postnominal_participle_with_como_takes_the_agreeing_noun_phrase(extractor, vocab):
    doc = words(vocab, "Visitó las islas del lago Titicaca declaradas como reserva natural por el Sernanp .",
                "VERB DET NOUN ADP NOUN PROPN VERB SCONJ NOUN ADJ ADP DET PROPN PUNCT",
                morphs={"Visitó": FIN_PAST, "islas": "Gender=Fem|Number=Plur", "lago": "Gender=Masc|Number=Sing",
                        "declaradas": "Gender=Fem|Number=Plur|VerbForm=Part"})
    assert [r[:3] for r in triples(extractor, doc)] == [("Sernanp", "islas del lago Titicaca", "reserva natural")]


def test_postnominal_participle_needs_a_determiner_and_agreement(extractor, vocab):
    no_article = words(vocab, "Según encuestas designadas como referencia , crece .",
                       "ADP NOUN VERB SCONJ NOUN PUNCT VERB PUNCT",
                       morphs={"encuestas": "Gender=Fem|Number=Plur", "crece": FIN_PRES})
    disagreeing = words(vocab, "Leyó los informes designadas como referencia .",
                        "VERB DET NOUN VERB SCONJ NOUN PUNCT",
                        morphs={"Leyó": FIN_PAST, "informes": "Gender=Masc|Number=Plur"})
    assert triples(extractor, no_article) == [] and triples(extractor, disagreeing) == []


def test_imperfect_era_nombrada_como_is_a_name_not_a_designation(extractor, vocab):
    called = words(vocab, "Entonces Ana Ruiz era nombrada como la reina del festival .",
                   "ADV PROPN PROPN AUX VERB SCONJ DET NOUN ADP NOUN PUNCT", lemmas={"era": "ser"},
                   morphs={"nombrada": PART})
    named = words(vocab, "Entonces Ana Ruiz era nombrada gerenta del festival .",
                  "ADV PROPN PROPN AUX VERB NOUN ADP NOUN PUNCT", lemmas={"era": "ser"},
                  morphs={"nombrada": PART})
    assert triples(extractor, called) == []
    assert [r[1:3] for r in triples(extractor, named)] == [("Ana Ruiz", "gerenta del festival")]


def test_jefes_de_estado_y_de_gobierno_is_one_title(vocab):
    doc = words(vocab, "los jefes de Estado y de Gobierno de la UE adoptaron",
                "DET NOUN ADP PROPN CCONJ ADP PROPN ADP DET PROPN VERB")
    assert doc[1:grow.noun_phrase_end(doc, 1, len(doc))].text == "jefes de Estado y de Gobierno de la UE"


def _reported_clitic_doc(vocab, subject_word, gender, clause_dep):
    """"La jueza precisó que el oficio presentado por Ruiz para designarla como vocal no vale hoy ."
    (`clause_dep`: how "vale" hangs from "precisó")."""
    return build(vocab, [
        ("La", "DET", "el", "", 1, "det"), (subject_word, "NOUN", None, f"Gender={gender}|Number=Sing", 2, "nsubj"),
        ("precisó", "VERB", "precisar", FIN_PAST, 2, "ROOT"), ("que", "SCONJ", None, "", 14, "mark"),
        ("el", "DET", None, "", 5, "det"), ("oficio", "NOUN", None, "Gender=Masc|Number=Sing", 10, "nsubj"),
        ("presentado", "ADJ", None, "", 5, "amod"), ("por", "ADP", None, "", 8, "case"),
        ("Ruiz", "PROPN", None, "", 6, "obj"), ("para", "ADP", None, "", 10, "mark"),
        ("designarla", "VERB", "designar", INF, 14, "csubj"), ("como", "SCONJ", None, "", 12, "mark"),
        ("vocal", "NOUN", None, "", 10, "obj"), ("no", "ADV", None, "", 14, "advmod"),
        ("vale", "VERB", "valer", FIN_PRES, 2, clause_dep), ("hoy", "ADV", None, "", 14, "advmod"),
        (".", "PUNCT", None, "", 2, "punct"),
    ], ents=[(8, 9, "LOC")])


def test_reported_clitic_takes_the_subject_of_the_reporting_verb(extractor, vocab):
    doc = _reported_clitic_doc(vocab, "jueza", "Fem", "ccomp")
    assert [r[:3] for r in triples(extractor, doc)] == [("Ruiz", "jueza", "vocal")]


def test_reported_clitic_needs_gender_agreement_and_a_reported_clause(extractor, vocab):
    assert triples(extractor, _reported_clitic_doc(vocab, "juez", "Masc", "ccomp")) == []
    assert triples(extractor, _reported_clitic_doc(vocab, "jueza", "Fem", "advcl")) == []


# -- precision fixes found on the corpus sampler ----------------------------------------


def test_a_favor_de_is_a_locution_not_a_designee(vocab):
    text = "el pedido presentado a favor del alcalde Luis Paz ."
    pos = "DET NOUN ADJ ADP NOUN ADP NOUN PROPN PROPN PUNCT"
    doc = build(vocab, [(w, p, None, "", None, None) for w, p in zip(text.split(), pos.split())],
                ents=[(7, 9, "PER")])
    assert grow.designee_span(doc, 4) is None  # "a favor del alcalde Luis Paz"
    assert grow.designee_span(doc, 6).text == "Luis Paz"  # "(a)l alcalde Luis Paz"


def test_role_after_designee_does_not_start_with_a_dash(extractor, vocab):
    doc = words(vocab, "Ana nombró a Luis Paz -un amigo de su padre- como la persona culpable .",
                "PROPN VERB ADP PROPN PROPN NOUN ADP DET NOUN NOUN SCONJ DET NOUN ADJ PUNCT", morphs={"nombró": FIN_PAST})
    assert triples(extractor, doc) == []


def test_como_after_a_possessive_phrase_belongs_to_that_noun(extractor, vocab):
    doc = words(vocab, "Critican el nombramiento de Rosa Díaz por su labor previa como asesora del alcalde .",
                "VERB DET NOUN ADP PROPN PROPN ADP DET NOUN ADJ SCONJ NOUN ADP NOUN PUNCT",
                morphs={"Critican": FIN_PRES})
    assert triples(extractor, doc) == []


def test_apposition_with_a_possessive_before_como_still_counts(extractor, vocab):
    doc = words(vocab, "El alcalde nombró a Rosa Díaz , su asesora , como gerenta municipal .",
                "DET NOUN VERB ADP PROPN PROPN PUNCT DET NOUN PUNCT SCONJ NOUN ADJ PUNCT", morphs={"nombró": FIN_PAST})
    assert [r[1:3] for r in triples(extractor, doc)] == [("Rosa Díaz", "gerenta municipal")]


def test_role_keeps_the_object_of_an_infinitive(extractor, vocab):
    doc = words(vocab, "Se designó a Rosa Díaz como encargada de ejercer la defensa del Estado .",
                "PRON VERB ADP PROPN PROPN SCONJ NOUN ADP VERB DET NOUN ADP PROPN PUNCT", morphs={"designó": FIN_PAST})
    assert [r[1:3] for r in triples(extractor, doc)] == [("Rosa Díaz", "encargada de ejercer la defensa del Estado")]


def test_para_que_clause_does_not_take_the_main_subject_as_designator(extractor, vocab):
    doc = build(vocab, [
        ("La", "DET", "el", "", 1, "det"), ("jefa", "NOUN", None, "", 2, "nsubj"),
        ("coordinó", "VERB", "coordinar", FIN_PAST, 2, "ROOT"), ("para", "ADP", None, "", 5, "mark"),
        ("que", "SCONJ", None, "", 5, "mark"), ("puedan", "AUX", "poder", FIN_PRES, 2, "advcl"),
        ("designar", "VERB", "designar", INF, 5, "xcomp"), ("a", "ADP", None, "", 8, "case"),
        ("Luis", "PROPN", None, "", 6, "obj"), ("Paz", "PROPN", None, "", 8, "flat"),
        ("como", "SCONJ", None, "", 11, "mark"), ("gerente", "NOUN", None, "", 6, "obl"),
        (".", "PUNCT", None, "", 2, "punct")])
    assert [r[:3] for r in triples(extractor, doc)] == [("", "Luis Paz", "gerente")]


def test_relative_antecedent_skips_a_prepositional_phrase_between_commas(extractor, vocab):
    doc = build(vocab, [
        ("Habló", "VERB", "hablar", FIN_PAST, 0, "ROOT"), ("el", "DET", None, "", 2, "det"),
        ("mandatario", "NOUN", None, "", 0, "nsubj"), (",", "PUNCT", None, "", 5, "punct"),
        ("de", "ADP", None, "", 5, "case"), ("años", "NOUN", None, "", 2, "nmod"), (",", "PUNCT", None, "", 8, "punct"),
        ("que", "PRON", None, "", 8, "nsubj"), ("nombró", "VERB", "nombrar", FIN_PAST, 2, "acl"),
        ("como", "SCONJ", None, "", 10, "mark"), ("asesora", "NOUN", None, "", 8, "obl"),
        ("a", "ADP", None, "", 12, "case"), ("Eva", "PROPN", None, "", 8, "obj"), ("Ríos", "PROPN", None, "", 12, "flat"),
        (".", "PUNCT", None, "", 0, "punct")])
    assert [r[:3] for r in triples(extractor, doc)] == [("mandatario", "Eva Ríos", "asesora")]


def test_declared_deserted_is_no_role(extractor, vocab):
    def doc(role):
        return build(vocab, [
            ("La", "DET", "el", "", 1, "det"), ("convocatoria", "NOUN", None, "", 3, "nsubj:pass"),
            ("fue", "AUX", "ser", "", 3, "aux:pass"), ("declarada", "VERB", "declarar", PART, 3, "ROOT"),
            (role, "NOUN", None, "", 3, "obj"), (".", "PUNCT", None, "", 3, "punct")])
    assert triples(extractor, doc("desierta")) == []
    assert [r[1:3] for r in triples(extractor, doc("prioridad"))] == [("convocatoria", "prioridad")]


# -- designators found on the corpus sampler ----------------------------------------------


def test_date_mark_taken_as_subject_is_skipped(extractor, vocab):
    # "1990.- El Senado , reunido en Lima , nombra a Eva Ríos jueza ."
    doc = build(vocab, [
        ("1990.-", "SYM", None, "", 8, "nsubj"), ("El", "DET", "el", "", 2, "det"),
        ("Senado", "PROPN", None, "", 8, "nsubj"), (",", "PUNCT", None, "", 4, "punct"),
        ("reunido", "ADJ", None, "", 2, "amod"), ("en", "ADP", None, "", 6, "case"), ("Lima", "PROPN", None, "", 4, "obl"),
        (",", "PUNCT", None, "", 4, "punct"), ("nombra", "VERB", "nombrar", FIN_PRES, 8, "ROOT"),
        ("a", "ADP", None, "", 10, "case"), ("Eva", "PROPN", None, "", 8, "obj"), ("Ríos", "PROPN", None, "", 10, "flat"),
        ("jueza", "NOUN", None, "", 8, "obj"), (".", "PUNCT", None, "", 8, "punct")])
    assert [r[:3] for r in triples(extractor, doc)] == [("Senado", "Eva Ríos", "jueza")]


def test_name_with_adjective_or_auxiliary_before_the_verb_is_the_designator(extractor, vocab):
    adjective = words(vocab, "El Parlamento peruano elige a Eva Ríos jueza .",
                      "DET PROPN ADJ VERB ADP PROPN PROPN NOUN PUNCT", morphs={"elige": FIN_PRES})
    auxiliary = words(vocab, "En la comisión , Fuerza Popular ha elegido vocera a Eva Ríos .",
                      "ADP DET NOUN PUNCT PROPN PROPN AUX VERB NOUN ADP PROPN PROPN PUNCT",
                      lemmas={"ha": "haber"}, morphs={"elegido": PART})
    assert [r[:3] for r in triples(extractor, adjective)] == [("Parlamento peruano", "Eva Ríos", "jueza")]
    assert [r[:3] for r in triples(extractor, auxiliary)] == [("Fuerza Popular", "Eva Ríos", "vocera")]


def test_possessive_agent_is_kept_but_a_cause_is_not(extractor, vocab):
    group = words(vocab, "Luis Paz fue elegido por su bancada como vocero .",
                  "PROPN PROPN AUX VERB ADP DET NOUN SCONJ NOUN PUNCT", lemmas={"fue": "ser"}, morphs={"elegido": PART})
    cause = words(vocab, "Luis Paz fue elegido por su trayectoria como vocero .",
                  "PROPN PROPN AUX VERB ADP DET NOUN SCONJ NOUN PUNCT", lemmas={"fue": "ser"}, morphs={"elegido": PART})
    assert [r[:3] for r in triples(extractor, group)] == [("su bancada", "Luis Paz", "vocero")]
    assert [r[:3] for r in triples(extractor, cause)] == [("", "Luis Paz", "vocero")]


def test_que_conjunction_with_its_own_subject_is_not_a_relative(extractor, vocab):
    doc = build(vocab, [
        ("Dijo", "VERB", "decir", FIN_PAST, 0, "ROOT"), ("que", "SCONJ", None, "", 3, "mark"),
        ("fue", "AUX", "ser", FIN_PAST, 3, "cop"), ("absurdo", "NOUN", None, "", 0, "ccomp"),
        ("que", "SCONJ", None, "", 6, "mark"), ("países", "NOUN", None, "", 6, "nsubj"),
        ("reconocieran", "VERB", "reconocer", "Mood=Sub|Tense=Past|VerbForm=Fin", 3, "csubj"),
        ("a", "ADP", None, "", 8, "case"), ("Eva", "PROPN", None, "", 6, "obj"), ("Ríos", "PROPN", None, "", 8, "flat"),
        ("como", "SCONJ", None, "", 11, "mark"), ("presidenta", "NOUN", None, "", 6, "obl"),
        (".", "PUNCT", None, "", 0, "punct")])
    assert [r[:3] for r in triples(extractor, doc)] == [("países", "Eva Ríos", "presidenta")]


def test_relative_agent_keeps_its_adjective_but_a_passive_designee_needs_a_name(extractor, vocab):
    active = build(vocab, [
        ("Votó", "VERB", "votar", FIN_PAST, 0, "ROOT"), ("el", "DET", None, "", 2, "det"),
        ("electorado", "NOUN", None, "", 0, "nsubj"), ("chileno", "ADJ", None, "", 2, "amod"),
        (",", "PUNCT", None, "", 6, "punct"), ("que", "PRON", None, "", 6, "nsubj"),
        ("decidió", "VERB", "decidir", FIN_PAST, 2, "acl"), ("elegir", "VERB", "elegir", INF, 6, "xcomp"),
        ("a", "ADP", None, "", 9, "case"), ("Eva", "PROPN", None, "", 7, "obj"), ("Ríos", "PROPN", None, "", 9, "flat"),
        ("como", "SCONJ", None, "", 12, "mark"), ("alcaldesa", "NOUN", None, "", 7, "obl"),
        (".", "PUNCT", None, "", 0, "punct")])
    assert [r[:3] for r in triples(extractor, active)] == [("electorado chileno", "Eva Ríos", "alcaldesa")]


def test_name_in_a_por_phrase_is_not_the_passive_designee(extractor, vocab):
    doc = words(vocab, "Junto al partido , fundado por el expresidente Luis Paz , fue elegido congresista .",
                "ADV ADP NOUN PUNCT ADJ ADP DET NOUN PROPN PROPN PUNCT AUX VERB NOUN PUNCT",
                lemmas={"fue": "ser"}, morphs={"elegido": PART})
    assert triples(extractor, doc) == []


def test_a_term_para_el_periodo_ends_the_role(extractor, vocab):
    doc = words(vocab, "Eva Ríos fue elegida presidenta del club para el periodo 2024-2025 .",
                "PROPN PROPN AUX VERB NOUN ADP NOUN ADP DET NOUN NUM PUNCT", lemmas={"fue": "ser"},
                morphs={"elegida": PART})
    assert [r[1:3] for r in triples(extractor, doc)] == [("Eva Ríos", "presidenta del club")]


def test_relative_passive_after_an_adverbial_and_an_apposition_in_a_complement(extractor, vocab):
    doc = words(vocab, "Lo firma Luis Paz , el fiscal de Ica , que en marzo ha sido nombrado fiscal especial .",
                "PRON VERB PROPN PROPN PUNCT DET NOUN ADP PROPN PUNCT PRON ADP NOUN AUX AUX VERB NOUN ADJ PUNCT",
                lemmas={"ha": "haber", "sido": "ser"}, morphs={"firma": FIN_PRES, "nombrado": PART})
    assert [r[1:3] for r in triples(extractor, doc)] == [("Luis Paz", "fiscal especial")]


def test_relative_passive_does_not_cross_a_name_after_que(extractor, vocab):
    doc = words(vocab, "Lo firma el fiscal de Ica , que según Ana Ruiz fue nombrado fiscal especial .",
                "PRON VERB DET NOUN ADP PROPN PUNCT PRON ADP PROPN PROPN AUX VERB NOUN ADJ PUNCT",
                lemmas={"fue": "ser"}, morphs={"firma": FIN_PRES, "nombrado": PART})
    assert [r for r in triples(extractor, doc) if r[1] == "Ica"] == []


# -- a subjectless passive clause takes the main subject ------------------------------------


def _main_clause_doc(vocab, words_, heads, deps, pos, ents, lemmas=None, morphs=None):
    lemmas, morphs = lemmas or {}, morphs or {}
    return build(vocab, [(w, p, lemmas.get(w), morphs.get(w, ""), h, d)
                         for w, p, h, d in zip(words_.split(), pos.split(), heads, deps)], ents=ents)


def test_subjectless_passive_clause_takes_the_main_subject_person(extractor, vocab):
    # "Rivas viajó a Lima desde que fue nombrado ministro ."
    doc = _main_clause_doc(
        vocab, "Rivas viajó a Lima desde que fue nombrado ministro .",
        [1, 1, 3, 1, 7, 7, 7, 1, 7, 1], ["nsubj", "ROOT", "case", "obl", "mark", "mark", "aux", "advcl", "obj", "punct"],
        "PROPN VERB ADP PROPN ADP SCONJ AUX VERB NOUN PUNCT", [(0, 1, "PER"), (3, 4, "LOC")],
        lemmas={"fue": "ser"}, morphs={"viajó": FIN_PAST, "nombrado": PART})
    assert [r[:3] for r in triples(extractor, doc)] == [("", "Rivas", "ministro")]


def test_subjectless_passive_clause_with_a_person_object_or_a_gerund_gives_no_row(extractor, vocab):
    # "Rivas felicitó a Eva Ríos por ser nombrada ministra ."
    objected = _main_clause_doc(
        vocab, "Rivas felicitó a Eva Ríos por ser nombrada ministra .",
        [1, 1, 3, 1, 3, 7, 7, 1, 7, 1], ["nsubj", "ROOT", "case", "obj", "flat", "mark", "aux", "advcl", "obj", "punct"],
        "PROPN VERB ADP PROPN PROPN ADP AUX VERB NOUN PUNCT", [(0, 1, "PER"), (3, 5, "PER")],
        lemmas={"ser": "ser"}, morphs={"felicitó": FIN_PAST, "nombrada": PART})
    # "Rivas se hizo conocido , siendo designado vocero ."
    gerund = _main_clause_doc(
        vocab, "Rivas se hizo conocido , siendo designado vocero .",
        [2, 2, 2, 2, 6, 6, 2, 6, 2], ["nsubj", "expl", "ROOT", "obj", "punct", "aux", "advcl", "obj", "punct"],
        "PROPN PRON VERB ADJ PUNCT AUX VERB NOUN PUNCT", [(0, 1, "PER")],
        lemmas={"siendo": "ser"}, morphs={"hizo": FIN_PAST, "designado": PART})
    assert [r for r in triples(extractor, objected) if r[1] == "Rivas"] == []
    assert triples(extractor, gerund) == []


def test_a_verdict_is_no_role(extractor, vocab):
    doc = words(vocab, "Luis Paz fue declarado reo contumaz .", "PROPN PROPN AUX VERB NOUN ADJ PUNCT",
                lemmas={"fue": "ser"}, morphs={"declarado": PART})
    assert triples(extractor, doc) == []


def test_passive_infinitive_of_purpose_is_hypothetical(extractor, vocab):
    doc = _main_clause_doc(
        vocab, "Luis Paz presionó para ser nombrado ministro .",
        [2, 0, 2, 5, 5, 2, 5, 2], ["nsubj", "flat", "ROOT", "mark", "aux", "advcl", "obj", "punct"],
        "PROPN PROPN VERB ADP AUX VERB NOUN PUNCT", [(0, 2, "PER")],
        lemmas={"ser": "ser"}, morphs={"presionó": FIN_PAST, "nombrado": PART})
    assert [r[1:5] for r in triples(extractor, doc)] == [("Luis Paz", "ministro", "nombrado", "hypothetical")]


# -- third corpus sample ---------------------------------------------------------------------


def test_document_signed_by_a_common_noun_author(extractor, vocab):
    doc = build(vocab, [
        ("Una", "DET", "uno", "", 1, "det"), ("resolución", "NOUN", None, "Gender=Fem|Number=Sing", 7, "nsubj"),
        ("firmada", "ADJ", None, "", 1, "amod"), ("por", "ADP", None, "", 5, "case"), ("el", "DET", None, "", 5, "det"),
        ("titular", "NOUN", None, "", 2, "obl"), ("regional", "ADJ", None, "", 5, "amod"),
        ("nombra", "VERB", "nombrar", FIN_PRES, 7, "ROOT"), ("a", "ADP", None, "", 9, "case"),
        ("Eva", "PROPN", None, "", 7, "obj"), ("Ríos", "PROPN", None, "", 9, "flat"),
        ("como", "SCONJ", None, "", 12, "mark"), ("asesora", "NOUN", None, "", 7, "obl"),
        (".", "PUNCT", None, "", 7, "punct")])
    assert [r[:3] for r in triples(extractor, doc)] == [("titular regional", "Eva Ríos", "asesora")]


def test_se_before_an_active_trigger_leaves_the_designator_empty(extractor, vocab):
    doc = build(vocab, [
        ("Se", "PRON", "se", "", 1, "expl:pass"), ("aprueba", "VERB", "aprobar", FIN_PRES, 1, "ROOT"),
        ("la", "DET", None, "", 3, "det"), ("ley", "NOUN", None, "", 1, "nsubj"), ("y", "CCONJ", None, "", 6, "cc"),
        ("se", "PRON", None, "", 6, "expl:pass"), ("elige", "VERB", "elegir", FIN_PRES, 1, "conj"),
        ("presidente", "NOUN", None, "", 6, "obj"), ("a", "ADP", None, "", 9, "case"),
        ("Eva", "PROPN", None, "", 6, "obj"), ("Ríos", "PROPN", None, "", 9, "flat"), (".", "PUNCT", None, "", 1, "punct")])
    assert [r[:3] for r in triples(extractor, doc)] == [("", "Eva Ríos", "presidente")]


def test_conjunction_que_after_a_noun_is_not_a_relative(extractor, vocab):
    doc = build(vocab, [
        ("El", "DET", "el", "", 1, "det"), ("Banco", "PROPN", None, "", 2, "nsubj"),
        ("dijo", "VERB", "decir", FIN_PAST, 2, "ROOT"), ("en", "ADP", None, "", 5, "case"), ("un", "DET", None, "", 5, "det"),
        ("comunicado", "NOUN", None, "", 2, "obl"), ("que", "SCONJ", None, "", 8, "mark"), ("no", "ADV", None, "", 8, "advmod"),
        ("reconoce", "VERB", "reconocer", FIN_PRES, 2, "ccomp"), ("a", "ADP", None, "", 10, "case"),
        ("Lía", "PROPN", None, "", 8, "obj"), ("Paz", "PROPN", None, "", 10, "flat"), ("como", "SCONJ", None, "", 13, "mark"),
        ("acreedora", "NOUN", None, "", 8, "obl"), (".", "PUNCT", None, "", 2, "punct")])
    assert [r[:3] for r in triples(extractor, doc)] == [("Banco", "Lía Paz", "acreedora")]


def test_an_infinitive_is_no_designee(vocab):
    doc = words(vocab, "elegidas como aspirantes a lograr la presidencia", "VERB SCONJ NOUN ADP VERB DET NOUN")
    assert grow.designee_span(doc, 4) is None


def test_quotes_before_the_auxiliary_do_not_hide_the_passive_subject(extractor, vocab):
    doc = words(vocab, "Permitió que Luis Paz “ sea designado como asesor .",
                "VERB SCONJ PROPN PROPN PUNCT AUX VERB SCONJ NOUN PUNCT",
                lemmas={"sea": "ser"}, morphs={"Permitió": FIN_PAST, "designado": PART})
    assert [r[1:3] for r in triples(extractor, doc)] == [("Luis Paz", "asesor")]


def test_a_place_is_the_district_of_an_elected_office_not_its_agent(extractor, vocab):
    def doc(role):
        return build(vocab, [(w, p, "ser" if w == "fue" else None, PART if w == "elegida" else "", None, None)
                             for w, p in [("Eva", "PROPN"), ("Ríos", "PROPN"), ("fue", "AUX"), ("elegida", "VERB"),
                                          (role, "NOUN"), ("por", "ADP"), ("Tacna", "PROPN"), (".", "PUNCT")]],
                     ents=[(0, 2, "PER"), (6, 7, "LOC")])
    assert [r[:3] for r in triples(extractor, doc("congresista"))] == [("", "Eva Ríos", "congresista")]
    assert [r[:3] for r in triples(extractor, doc("sede"))] == [("Tacna", "Eva Ríos", "sede")]


# -- time adverbials, capitalised offices, retired officers ------------------------------------


def test_time_adverbial_between_verb_and_designee(extractor, vocab):
    doc = words(vocab, "El Gobierno designó este jueves a Eva Ríos como embajadora en Chile .",
                "DET PROPN VERB DET NOUN ADP PROPN PROPN SCONJ NOUN ADP PROPN PUNCT", morphs={"designó": FIN_PAST})
    assert [r[1:3] for r in triples(extractor, doc)] == [("Eva Ríos", "embajadora en Chile")]


def test_capitalised_office_read_as_a_person_is_still_a_role(extractor, vocab):
    def doc(head):
        return build(vocab, [(w, p, "ser" if w == "fue" else None, PART if w == "designado" else "", None, None)
                             for w, p in [("Luis", "PROPN"), ("Paz", "PROPN"), ("fue", "AUX"), ("designado", "VERB"),
                                          ("como", "SCONJ"), (head, "PROPN"), ("General", "PROPN"), (".", "PUNCT")]],
                     ents=[(0, 2, "PER"), (5, 7, "PER")])
    assert [r[1:3] for r in triples(extractor, doc("Inspector"))] == [("Luis Paz", "Inspector General")]
    assert triples(extractor, doc("Mario")) == []  # "como Mario General": a name, not an office


def test_retired_officer_mark_before_the_name(vocab):
    doc = words(vocab, "al general PNP ( r ) Mario Moreno como jefe", "ADP NOUN PROPN PUNCT NOUN PUNCT PROPN PROPN SCONJ NOUN")
    assert grow.designee_span(doc, 1).text == "Mario Moreno"


# -- head noun phrases, "por parte de", constituencies, procedures -------------------------------


def test_the_designee_is_the_head_of_a_complement_that_holds_a_name(extractor, vocab):
    doc = words(vocab, "El sobrino de la cantante Rita Mora fue nombrado cónsul en Bolivia .",
                "DET NOUN ADP DET NOUN PROPN PROPN AUX VERB NOUN ADP PROPN PUNCT",
                lemmas={"fue": "ser"}, morphs={"nombrado": PART})
    assert [r[1:3] for r in triples(extractor, doc)] == [("sobrino de la cantante Rita Mora", "cónsul en Bolivia")]
    doc = words(vocab, "criticó la designación del primo del alcalde Luis Vera como gerente .",
                "VERB DET NOUN ADP NOUN ADP NOUN PROPN PROPN SCONJ NOUN PUNCT", morphs={"criticó": FIN_PAST})
    assert [r[1:3] for r in triples(extractor, doc)] == [("primo del alcalde Luis Vera", "gerente")]


def test_a_name_with_its_own_apposition_or_relative_stays_the_designee(vocab):
    doc = words(vocab, "socios de Ardenia , país que", "NOUN ADP PROPN PUNCT NOUN PRON")
    assert grow.head_of_complement(doc[2:3], -1).text == "Ardenia"
    doc = words(vocab, "la hermana del señor Soto que", "DET NOUN ADP NOUN PROPN PRON")
    assert grow.head_of_complement(doc[4:5], -1).text == "Soto"
    doc = words(vocab, "el ministro de economía Luis Soto", "DET NOUN ADP NOUN PROPN PROPN")
    assert grow.head_of_complement(doc[4:6], -1).text == "Luis Soto"  # no article: a title of the name


def test_por_parte_de_introduces_the_agent(extractor, vocab):
    doc = words(vocab, "Ana Gil fue elegida jueza suprema por parte del Senado .",
                "PROPN PROPN AUX VERB NOUN ADJ ADP NOUN ADP PROPN PUNCT",
                lemmas={"fue": "ser", "elegida": "elegir"}, morphs={"elegida": PART})
    assert [r[:3] for r in triples(extractor, doc)] == [("Senado", "Ana Gil", "jueza suprema")]


def test_a_party_or_constituency_after_por_is_no_agent_of_a_popular_office(extractor, vocab):
    doc = build(vocab, [(w, p, "ser" if w == "fue" else None, PART if w == "elegido" else "", None, None)
                        for w, p in [("Juan", "PROPN"), ("Rey", "PROPN"), ("fue", "AUX"), ("elegido", "VERB"),
                                     ("diputado", "NOUN"), ("por", "ADP"), ("el", "DET"), ("Frente", "PROPN"),
                                     ("Verde", "PROPN"), (".", "PUNCT")]],
                ents=[(0, 2, "PER"), (7, 9, "ORG")])
    assert [r[:3] for r in triples(extractor, doc)] == [("", "Juan Rey", "diputado")]


def test_a_procedure_after_por_is_no_agent_and_a_means_is_no_role(extractor, vocab):
    doc = words(vocab, "Luis Paz fue nombrado asesor por designación directa del ministro .",
                "PROPN PROPN AUX VERB NOUN ADP NOUN ADJ ADP NOUN PUNCT",
                lemmas={"fue": "ser"}, morphs={"nombrado": PART})
    assert [r[:3] for r in triples(extractor, doc)] == [("", "Luis Paz", "asesor")]
    doc = words(vocab, "Luis Paz fue elegido vía concurso público .", "PROPN PROPN AUX VERB NOUN NOUN ADJ PUNCT",
                lemmas={"fue": "ser", "elegido": "elegir"}, morphs={"elegido": PART})
    assert triples(extractor, doc) == []



# -- candidacies and polls ------------------------------------------------------------------------


def test_a_candidacy_is_no_designation(extractor, vocab):
    def doc(role_words, role_pos):
        text = f"El partido eligió a Eva Ríos como {role_words} al Senado ."
        return words(vocab, text, f"DET NOUN VERB ADP PROPN PROPN SCONJ {role_pos} ADP PROPN PUNCT",
                     lemmas={"eligió": "elegir"}, morphs={"eligió": FIN_PAST})
    assert triples(extractor, doc("su candidata", "DET NOUN")) == []
    assert triples(extractor, doc("nueva precandidata", "ADJ NOUN")) == []
    assert [r[1:3] for r in triples(extractor, doc("su representante", "DET NOUN"))] == [
        ("Eva Ríos", "su representante")]


def test_a_sought_reelection_is_no_designation(extractor, vocab):
    def doc(before):
        return words(vocab, f"criticó {before} reelección de Luis Paz como alcalde .",
                     "VERB " + " ".join("ADP" if w == "a" else "DET" if w in {"la", "una"} else "ADJ" if w == "nueva"
                                        else "NOUN" for w in before.split()) + " NOUN ADP PROPN PROPN SCONJ NOUN PUNCT",
                     morphs={"criticó": FIN_PAST})
    assert triples(extractor, doc("la candidatura a una nueva")) == []
    assert [r[1:3] for r in triples(extractor, doc("la"))] == [("Luis Paz", "alcalde")]


def test_plural_elecciones_is_no_trigger(extractor, vocab):
    doc = words(vocab, "las elecciones de Luis Paz como alcalde", "DET NOUN ADP PROPN PROPN SCONJ NOUN")
    assert triples(extractor, doc) == []
    doc = words(vocab, "la elección de Luis Paz como alcalde", "DET NOUN ADP PROPN PROPN SCONJ NOUN")
    assert [r[1:3] for r in triples(extractor, doc)] == [("Luis Paz", "alcalde")]


# -- clitic antecedents -----------------------------------------------------------------------------


def test_the_relative_subject_before_a_clitic_is_the_designator_not_the_antecedent(vocab):
    doc = build(vocab, [(w, p, None, "", None, None) for w, p in [
        ("Trabajó", "VERB"), ("con", "ADP"), ("Luis", "PROPN"), ("Paz", "PROPN"), (",", "PUNCT"), ("quien", "PRON"),
        ("la", "PRON"), ("nombró", "VERB"), ("jueza", "NOUN"), (".", "PUNCT")]], ents=[(2, 4, "PER")])
    assert reference.clitic_antecedent(doc[7]) is None


def test_a_nearer_personal_object_blocks_an_earlier_person_as_clitic_antecedent(vocab):
    def doc(third):
        return build(vocab, [(w, p, None, "", None, None) for w, p in [
            ("Cuando", "SCONJ"), ("Eva", "PROPN"), ("Ríos", "PROPN"), ("llegó", "VERB"), ("llamaron", "VERB"),
            ("a", "ADP"), ("Juan", "PROPN"), (third, "PROPN" if third[0].isupper() else "NOUN"), ("y", "CCONJ"),
            ("lo", "PRON"), ("designaron", "VERB"), ("jefe", "NOUN"), (".", "PUNCT")]], ents=[(1, 3, "PER")])
    assert reference.clitic_antecedent(doc("Soto")[10]) is None
    assert reference.clitic_antecedent(doc("ayer")[10]).text == "Eva Ríos"


# -- present subjunctive, subjects of another clause --------------------------------------------


SUB_PRES = "Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"


def test_present_subjunctive_passive_is_hypothetical_or_planned(extractor, vocab):
    def status(opening, opening_pos):
        doc = words(vocab, f"{opening} Ana Gil sea nombrada jueza .",
                    f"{opening_pos} PROPN PROPN AUX VERB NOUN PUNCT",
                    lemmas={"sea": "ser", "haya": "haber"}, morphs={"sea": SUB_PRES, "nombrada": PART})
        return [r[4] for r in triples(extractor, doc)]
    assert status("Confían en que", "VERB ADP SCONJ") == ["hypothetical"]
    assert status("Viajará cuando", "VERB SCONJ") == ["planned"]
    assert status("Habló antes de que", "VERB ADV ADP SCONJ") == ["asserted"]  # a past fact


def test_perfect_subjunctive_reports_a_fact(extractor, vocab):
    doc = words(vocab, "Critican que Ana Gil haya sido nombrada jueza .", "VERB SCONJ PROPN PROPN AUX AUX VERB NOUN PUNCT",
                lemmas={"haya": "haber", "sido": "ser"}, morphs={"haya": SUB_PRES, "nombrada": PART})
    assert [r[4] for r in triples(extractor, doc)] == ["asserted"]


def test_a_subject_after_a_comma_belongs_to_another_clause(extractor, vocab):
    doc = build(vocab, [
        ("Fue", "AUX", "ser", FIN_PAST, 1, "aux"),
        ("elegido", "VERB", "elegir", PART, 1, "ROOT"),
        ("juez", "NOUN", None, "", 1, "obj"),
        (",", "PUNCT", None, "", 7, "punct"),
        ("año", "NOUN", None, "", 2, "appos"),
        ("en", "ADP", None, "", 6, "case"),
        ("que", "PRON", None, "", 1, "obl"),
        ("los", "DET", None, "", 8, "det"),
        ("jueces", "NOUN", None, "", 1, "nsubj"),
        ("votaron", "VERB", None, FIN_PAST, 1, "conj"),
        (".", "PUNCT", None, "", 1, "punct"),
    ])
    assert triples(extractor, doc) == []


# -- gerunds, quoted causes, family ties and places ---------------------------------------------


def test_a_gerund_ends_the_role(extractor, vocab):
    doc = words(vocab, "Luis Paz fue nombrado gerente general manteniendo su sueldo .",
                "PROPN PROPN AUX VERB NOUN ADJ VERB DET NOUN PUNCT",
                lemmas={"fue": "ser"}, morphs={"nombrado": PART, "manteniendo": "VerbForm=Ger"})
    assert [r[1:3] for r in triples(extractor, doc)] == [("Luis Paz", "gerente general")]


def test_a_quoted_cause_after_por_su_is_no_agent(extractor, vocab):
    doc = words(vocab, "Luis Paz fue nombrado asesor por su “ trayectoria ” en el sector .",
                "PROPN PROPN AUX VERB NOUN ADP DET PUNCT NOUN PUNCT ADP DET NOUN PUNCT",
                lemmas={"fue": "ser"}, morphs={"nombrado": PART})
    assert [r[:3] for r in triples(extractor, doc)] == [("", "Luis Paz", "asesor")]


@pytest.mark.parametrize("role", ["cónyuge", "esposa", "lugar"])
def test_family_ties_and_places_are_no_roles(extractor, vocab, role):
    doc = words(vocab, f"El alcalde declaró a Eva Ríos como {role} .", "DET NOUN VERB ADP PROPN PROPN SCONJ NOUN PUNCT",
                lemmas={"declaró": "declarar"}, morphs={"declaró": FIN_PAST})
    assert triples(extractor, doc) == []


def test_a_bare_participle_coordinated_with_a_passive_shares_its_subject(extractor, vocab):
    doc = build(vocab, [
        ("Eva", "PROPN", None, "", 3, "nsubj:pass"),
        ("Ríos", "PROPN", None, "", 0, "flat"),
        ("fue", "AUX", "ser", FIN_PAST, 3, "aux"),
        ("elegida", "VERB", "elegir", PART, 3, "ROOT"),
        ("alcaldesa", "NOUN", None, "", 3, "obj"),
        (",", "PUNCT", None, "", 7, "punct"),
        ("y", "CCONJ", None, "", 7, "cc"),
        ("nombrada", "ADJ", "nombrar", PART, 3, "conj"),
        ("jueza", "NOUN", None, "", 7, "obj"),
        ("por", "ADP", None, "", 10, "case"),
        ("Rosas", "PROPN", None, "", 7, "obl"),
        (".", "PUNCT", None, "", 3, "punct"),
    ])
    assert [r[:3] for r in triples(extractor, doc)] == [("", "Eva Ríos", "alcaldesa"), ("Rosas", "Eva Ríos", "jueza")]


def test_an_infinitive_is_no_role(extractor, vocab):
    doc = words(vocab, "Los vecinos eligieron a Lima como sede .", "DET NOUN VERB ADP PROPN SCONJ NOUN PUNCT",
                lemmas={"eligieron": "elegir"}, morphs={"eligieron": FIN_PAST})
    assert [r[1:3] for r in triples(extractor, doc)] == [("Lima", "sede")]
    doc = words(vocab, "Los vecinos eligen viajar a Lima .", "DET NOUN VERB VERB ADP PROPN PUNCT",
                lemmas={"eligen": "elegir"}, morphs={"eligen": FIN_PRES, "viajar": INF})
    assert triples(extractor, doc) == []


# -- designator hygiene -----------------------------------------------------------

FIN_PAST_PLUR = "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"


def test_impersonal_plural_has_no_designator_not_the_speaker(extractor, vocab):
    # "nombraron" has no subject of its own: the speaker of the main clause is not its agent.
    doc = build(vocab, [
        ("Ana", "PROPN", None, "", 2, "nsubj"),
        ("Ruiz", "PROPN", None, "", 0, "flat"),
        ("dijo", "VERB", "decir", FIN_PAST, 2, "ROOT"),
        ("que", "SCONJ", None, "", 4, "mark"),
        ("nombraron", "VERB", "nombrar", FIN_PAST_PLUR, 2, "ccomp"),
        ("a", "ADP", None, "", 6, "case"),
        ("Luis", "PROPN", None, "", 4, "obj"),
        ("Díaz", "PROPN", None, "", 6, "flat"),
        ("como", "SCONJ", None, "", 9, "mark"),
        ("jefe", "NOUN", None, "", 4, "obl"),
        ("de", "ADP", None, "", 11, "case"),
        ("Aduanas", "PROPN", None, "", 9, "nmod"),
        (".", "PUNCT", None, "", 2, "punct"),
    ])
    assert [r[:3] for r in triples(extractor, doc)] == [("", "Luis Díaz", "jefe de Aduanas")]


def test_designator_never_holds_the_trigger(extractor, vocab):
    # The parse hangs the subject under a mis-tagged trigger: the designator ends before it.
    doc = build(vocab, [
        ("1841", "NOUN", None, "", 1, "nsubj"),
        (".-", "PUNCT", None, "", 1, "ROOT"),
        ("El", "DET", None, "", 3, "det"),
        ("Congreso", "PROPN", None, "", 6, "nsubj"),
        ("de", "ADP", None, "", 5, "case"),
        ("Paraguay", "PROPN", None, "", 3, "flat"),
        ("nombra", "ADJ", "nombra", "", 1, "obj"),
        ("a", "ADP", None, "", 8, "case"),
        ("Luis", "PROPN", None, "", 6, "nmod"),
        ("Díaz", "PROPN", None, "", 8, "flat"),
        ("cónsul", "NOUN", None, "", 6, "conj"),
        (".", "PUNCT", None, "", 6, "punct"),
    ], ents=[(2, 6, "MISC"), (8, 10, "PER")])
    assert [r[:3] for r in triples(extractor, doc)] == [("Congreso de Paraguay", "Luis Díaz", "cónsul")]


def test_designator_is_not_an_abbreviation_fragment(extractor, vocab):
    # "La resolución N° 12 formaliza la designación ...": "N" is a number sign, not the agent.
    doc = build(vocab, [
        ("La", "DET", None, "", 1, "det"),
        ("resolución", "NOUN", None, "", 5, "nsubj"),
        ("N", "PROPN", None, "", 1, "appos"),
        ("°", "SYM", None, "", 2, "flat"),
        ("12", "NUM", None, "", 2, "nummod"),
        ("formaliza", "VERB", "formalizar", FIN_PRES, 5, "ROOT"),
        ("la", "DET", None, "", 7, "det"),
        ("designación", "NOUN", None, "", 5, "obj"),
        ("de", "ADP", None, "", 9, "case"),
        ("Ana", "PROPN", None, "", 7, "nmod"),
        ("Gil", "PROPN", None, "", 9, "flat"),
        ("como", "SCONJ", None, "", 12, "mark"),
        ("jefa", "NOUN", None, "", 7, "nmod"),
        (".", "PUNCT", None, "", 5, "punct"),
    ])
    assert [r[:3] for r in triples(extractor, doc)] == [("", "Ana Gil", "jefa")]


def test_role_internal_participle_ends_the_role_and_its_por_is_no_agent(extractor, vocab):
    doc = words(vocab, "La presidenta designó a Ana Gil como ministra en el Gabinete liderado por Luis Otero .",
                "DET NOUN VERB ADP PROPN PROPN SCONJ NOUN ADP DET PROPN VERB ADP PROPN PROPN PUNCT",
                morphs={"designó": FIN_PAST, "liderado": PART})
    assert [r[:3] for r in triples(extractor, doc)] == [("presidenta", "Ana Gil", "ministra en el Gabinete")]


PART_FEM = "Gender=Fem|Number=Sing|Tense=Past|VerbForm=Part"


def test_relative_after_a_name_inside_a_de_complement_gives_no_row(extractor, vocab):
    # The name labels the noun of "del imperio ...": the head ("capital") is what was declared.
    doc = words(vocab, "Los turistas visitan la capital del imperio Tahuantinsuyo que fue declarada patrimonio cultural .",
                "DET NOUN VERB DET NOUN ADP NOUN PROPN PRON AUX VERB NOUN ADJ PUNCT",
                lemmas={"fue": "ser"}, morphs={"visitan": FIN_PRES, "fue": FIN_PAST, "declarada": PART_FEM})
    assert triples(extractor, doc) == []
    doc = words(vocab, "Habló el exmilitante del partido Renovación que fue designado asesor del ministro .",
                "VERB DET NOUN ADP NOUN PROPN PRON AUX VERB NOUN ADP NOUN PUNCT",
                lemmas={"fue": "ser"}, morphs={"Habló": FIN_PAST, "fue": FIN_PAST, "designado": PART})
    assert triples(extractor, doc) == []


def test_relative_after_a_plain_name_keeps_its_antecedent(extractor, vocab):
    doc = words(vocab, "Habló Rosa Paz , que fue designada asesora del ministro .",
                "VERB PROPN PROPN PUNCT PRON AUX VERB NOUN ADP NOUN PUNCT",
                lemmas={"fue": "ser"}, morphs={"Habló": FIN_PAST, "fue": FIN_PAST, "designada": PART_FEM})
    assert [r[:3] for r in triples(extractor, doc)] == [("", "Rosa Paz", "asesora del ministro")]


def test_subject_of_decretar_performs_the_nominal_designation(extractor, vocab):
    # "decretar la elección de X como Z": the subject of "decretar" performs the election.
    doc = build(vocab, [
        ("El", "DET", None, "", 1, "det"),
        ("Congreso", "PROPN", None, "", 2, "nsubj"),
        ("decreta", "VERB", "decretar", FIN_PRES, 2, "ROOT"),
        ("la", "DET", None, "", 4, "det"),
        ("elección", "NOUN", None, "", 2, "obj"),
        ("de", "ADP", None, "", 6, "case"),
        ("Ana", "PROPN", None, "", 4, "nmod"),
        ("Gil", "PROPN", None, "", 6, "flat"),
        ("como", "SCONJ", None, "", 9, "mark"),
        ("jefa", "NOUN", None, "", 4, "nmod"),
        ("de", "ADP", None, "", 11, "case"),
        ("Estado", "PROPN", None, "", 9, "nmod"),
        (".", "PUNCT", None, "", 2, "punct"),
    ])
    assert [r[:3] for r in triples(extractor, doc)] == [("Congreso", "Ana Gil", "jefa de Estado")]


def test_por_after_a_role_internal_participle_is_not_the_agent(extractor, vocab):
    doc = words(vocab, "Ana Gil fue ratificada como ministra en el Gabinete liderado por Luis Otero .",
                "PROPN PROPN AUX VERB SCONJ NOUN ADP DET PROPN VERB ADP PROPN PROPN PUNCT",
                lemmas={"fue": "ser"}, morphs={"fue": FIN_PAST, "ratificada": PART_FEM, "liderado": PART})
    assert [r[:3] for r in triples(extractor, doc)] == [("", "Ana Gil", "ministra en el Gabinete")]
