"""The real-model layer: the installed Spanish model plus the rules, one sentence per construction.

The sentences are written for this file. Rows are compared with the
lenient matching of RELATION.md (token-overlap F1 >= 0.5 per field), so that
a different model build that moves a word in or out of a phrase does not
fail the test, while a wrong designee, role or designator does.
"""
from __future__ import annotations

import pytest

from pipeline.evaluate import lenient_score

CASES = [
    # active, with and without "como"
    ("El Ejecutivo designó a Carmen Salas como nueva jefa de la Sunat.",
     [("Ejecutivo", "Carmen Salas", "nueva jefa de la Sunat", "asserted")]),
    ("La presidenta nombró a Julio Mendoza ministro de Energía y Minas.",
     [("presidenta", "Julio Mendoza", "ministro de Energía y Minas", "asserted")]),
    # inverted order
    ("El canciller designó como embajador en Chile a Óscar Valdivia.",
     [("canciller", "Óscar Valdivia", "embajador en Chile", "asserted")]),
    # passive with and without agent
    ("Rosa Benavente fue designada viceministra de Turismo por la presidenta.",
     [("presidenta", "Rosa Benavente", "viceministra de Turismo", "asserted")]),
    ("Mario Quispe fue elegido alcalde de Arequipa en octubre.",
     [("", "Mario Quispe", "alcalde de Arequipa", "asserted")]),
    # "se" passive
    ("Se designó a Lucía Torres como gerenta general del hospital.",
     [("", "Lucía Torres", "gerenta general del hospital", "asserted")]),
    # relative clause
    ("La reunión la presidió Andrés Roca, quien fue nombrado director del Inpe en enero.",
     [("", "Andrés Roca", "director del Inpe", "asserted")]),
    # nominal
    ("El directorio aprobó la designación de Elsa Vega como presidenta ejecutiva de la empresa.",
     [("directorio", "Elsa Vega", "presidenta ejecutiva de la empresa", "asserted")]),
    # coordination with "respectivamente"
    ("El Gobierno nombró a Pablo Ríos y a Ana Soto como embajadores en Bolivia y Ecuador, respectivamente.",
     [("Gobierno", "Pablo Ríos", "embajadores en Bolivia", "asserted"),
      ("Gobierno", "Ana Soto", "embajadores en Bolivia y Ecuador", "asserted")]),
    # election and ratification
    ("El Pleno del Congreso eligió a Teresa Luna como defensora del Pueblo.",
     [("Pleno del Congreso", "Teresa Luna", "defensora del Pueblo", "asserted")]),
    # status
    ("El Gobierno designará a Raúl Ortiz como nuevo ministro del Interior.",
     [("Gobierno", "Raúl Ortiz", "nuevo ministro del Interior", "planned")]),
    ("La bancada pidió designar a Gloria Paz como vocera del partido.",
     [("bancada", "Gloria Paz", "vocera del partido", "hypothetical")]),
    ("El presidente no nombró a Felipe Rojas como ministro de Economía.",
     [("presidente", "Felipe Rojas", "ministro de Economía", "negated")]),
    # status or category
    ("Estados Unidos designó a Colombia como aliado principal no miembro de la OTAN.",
     [("Estados Unidos", "Colombia", "aliado principal no miembro de la OTAN", "asserted")]),
    ("El Congreso declaró a la marinera patrimonio cultural de la Nación.",
     [("Congreso", "marinera", "patrimonio cultural de la Nación", "asserted")]),
    ("El Parlamento Europeo reconoció a Edmundo Rojas como presidente electo de Venezuela.",
     [("Parlamento Europeo", "Edmundo Rojas", "presidente electo de Venezuela", "asserted")]),
    # "en el cargo de", an adverb after the verb, lists of designees
    ("Juan Pérez fue ratificado en el cargo de fiscal de la Nación por la Junta.",
     [("Junta", "Juan Pérez", "fiscal de la Nación", "asserted")]),
    ("La presidenta designó ayer al general Víctor Zanabria como comandante general de la PNP.",
     [("presidenta", "Víctor Zanabria", "comandante general de la PNP", "asserted")]),
    ("El premier nombró a Ana Gil, Luis Paz y Rosa Díaz como viceministras.",
     [("premier", "Ana Gil", "viceministras", "asserted"), ("premier", "Luis Paz", "viceministras", "asserted"),
      ("premier", "Rosa Díaz", "viceministras", "asserted")]),
    ("Perú y Chile fueron elegidos miembros del Consejo de Seguridad.",
     [("", "Perú", "miembros del Consejo de Seguridad", "asserted"),
      ("", "Chile", "miembros del Consejo de Seguridad", "asserted")]),
    # participles and the nominal investidura
    ("Luis Vargas, designado ministro de Defensa por la presidenta, juró ayer en Palacio.",
     [("presidenta", "Luis Vargas", "ministro de Defensa", "asserted")]),
    ("Miles de personas asistieron a la investidura del presidente electo de Paraguay, Santiago Peña.",
     [("", "Santiago Peña", "presidente electo de Paraguay", "asserted")]),
    # clitic with its antecedent in the sentence; intention
    ("La presidenta conoció a Patricia Correa en Ayacucho y la designó como ministra de Cultura.",
     [("presidenta", "Patricia Correa", "ministra de Cultura", "asserted")]),
    ("El Gobierno anunció su intención de conceder a Ucrania el estatus de socio estratégico.",
     [("Gobierno", "Ucrania", "estatus de socio estratégico", "planned")]),
    # a group with its members listed; "ambos"; coordinated agents
    ("El rector nombró a los doce nuevos decanos de la universidad, entre ellos al físico Raúl Paz y la abogada Eva Ríos.",
     [("rector", "Raúl Paz", "nuevos decanos de la universidad", "asserted"),
      ("rector", "Eva Ríos", "nuevos decanos de la universidad", "asserted")]),
    ("La tensión entre Mario Rivas y la ministra Elena Castro creció desde que ambos fueron designados por Pérez como asesores.",
     [("Pérez", "Mario Rivas", "asesores", "asserted"), ("Pérez", "Elena Castro", "asesores", "asserted")]),
    ("Rosas fue nombrado jefe de la Sunat en mayo por Ana Gil y el entonces ministro de Economía Luis Paz.",
     [("Ana Gil", "Rosas", "jefe de la Sunat", "asserted"), ("Luis Paz", "Rosas", "jefe de la Sunat", "asserted")]),
    # the author of an act in "en el que"; "ese país"; "entre los designados"; post-nominal participle
    ("El cambio llega tras el comunicado del Ministerio de Salud en el que nombra a Iris Luna como directora del Minsa.",
     [("Ministerio de Salud", "Iris Luna", "directora del Minsa", "asserted")]),
    ("Bolivia pidió apoyo en marzo y los cancilleres de la región decidieron conceder a ese país el estatus de socio pleno.",
     [("cancilleres de la región", "Bolivia", "estatus de socio pleno", "asserted")]),
    ("Entre los designados se encuentra Rosa Vílchez, nueva subprefecta provincial de Ica.",
     [("", "Rosa Vílchez", "nueva subprefecta provincial de Ica", "asserted")]),
    ("Los turistas recorrieron las islas del lago Titicaca declaradas como reserva natural por el Gobierno.",
     [("Gobierno", "islas del lago Titicaca", "reserva natural", "asserted")]),
    # a reported clitic whose antecedent is the reporting subject; the author of a document
    ("La exalcaldesa de Lima precisó que el oficio presentado por Vargas para designarla como vocera del partido no tiene firmas.",
     [("Vargas", "exalcaldesa de Lima", "vocera del partido", "hypothetical")]),  # a document's purpose
    # designators: a name with its adjective after a date mark; "por su bancada"
    ("1990.- El Parlamento peruano elige a Rosa Quispe presidenta de la Comisión de Ética.",
     [("Parlamento peruano", "Rosa Quispe", "presidenta de la Comisión de Ética", "asserted")]),
    ("El legislador Mario Salas fue elegido por su bancada como vocero para el periodo 2024-2025.",
     [("su bancada", "Mario Salas", "vocero", "asserted")]),
    # a relative passive after an adverbial, its antecedent described by an apposition
    ("El informe lo firma Carlos Vidal, el fiscal provincial de Ica, que en marzo fue nombrado fiscal especial por la Junta.",
     [("Junta", "Carlos Vidal", "fiscal especial", "asserted")]),
    # a subjectless passive clause takes the person who is the main subject
    ("Tras ser elegido como alcalde de Arequipa en octubre, Víctor Hugo Rivera viajó a Lima.",
     [("", "Víctor Hugo Rivera", "alcalde de Arequipa", "asserted")]),
    # a time adverbial between the verb and the designee
    ("El Gobierno designó este martes a Carla Núñez como nueva ministra de Cultura.",
     [("Gobierno", "Carla Núñez", "nueva ministra de Cultura", "asserted")]),
]

NOT_DESIGNATIONS = [
    "El exministro fue declarado culpable por el tribunal.",
    "El Congreso eligió este jueves a la nueva Mesa Directiva.",
    "El jurado proclamó a Lucía Mendoza como ganadora del concurso.",
    "La ministra declaró que no renunciará a su cargo.",
    "El banco otorgó a la empresa un préstamo de cinco millones.",
    "Antes de su boda, Ana Ruiz era nombrada como la reina del barrio.",
    "Según encuestas reconocidas como serias, la economía creció.",
    "En junio, Pedro Salas fue declarado reo contumaz por el juzgado.",
]


def _rows(nlp_session, text):
    return nlp_session.extractor.rows(nlp_session.nlp(text), "t")


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_construction(nlp_session, text, expected):
    rows = _rows(nlp_session, text)
    for designator, designee, role, status in expected:
        want = {"designator": designator, "designee": designee, "role": role}
        matches = [r for r in rows if lenient_score(r, want) is not None]
        assert matches, f"no row like {want} in {[(r['designator'], r['designee'], r['role']) for r in rows]}"
        assert matches[0]["status"] == status
    assert len(rows) == len(expected)


@pytest.mark.parametrize("text", NOT_DESIGNATIONS)
def test_not_a_designation(nlp_session, text):
    assert _rows(nlp_session, text) == []


def test_offsets_point_into_the_text(nlp_session):
    text = "Ayer, el Gobierno designó a Carmen Salas como nueva jefa de la Sunat."
    [row] = _rows(nlp_session, text)
    for slot in ("designator", "designee", "role", "trigger"):
        assert text[row[f"{slot}_start"]:row[f"{slot}_end"]] == row[slot]
