"""Qualifiers of a designation: dates, predecessors, role parts (no model needed).

The sentences are written for these tests; none comes from a corpus.
"""
from __future__ import annotations

import datetime as dt
import json

import pytest

from pipeline.config import load_config
from pipeline.errors import ConfigError
from pipeline.evaluate import evaluate
from pipeline.qualify import Qualifier
from pipeline.qualify.dates import DateFinder
from pipeline.qualify.predecessors import PredecessorFinder
from pipeline.qualify.qualifier import sentence_start
from pipeline.qualify.roles import RoleReader
from pipeline.qualify.words import load_words
from store_builder import triple

WORDS_PATH = load_config().data_path("qualify.words")


@pytest.fixture(scope="module")
def words():
    return load_words(WORDS_PATH)


@pytest.fixture(scope="module")
def qualifier(words):
    verbs = {"designada", "designado", "designó", "nombrado", "nombró", "elegido", "eligió"}
    return Qualifier(words, lambda text: text, lambda word: word.lower() in verbs)


def row(sentence, designee, role, trigger, *, status="asserted", designator="", offset=0):
    return triple("d", sentence, designator, designee, role, trigger, status=status, offset=offset)


def qualified(qualifier, sentence, designee, role, trigger, published="2023-03-15", **options):
    [result] = qualifier.qualify([row(sentence, designee, role, trigger, **options)], published)
    return result


# -- the data file ---------------------------------------------------------------------


def test_words_file_is_validated_with_the_key_named(tmp_path):
    text = WORDS_PATH.read_text(encoding="utf-8")
    bad = tmp_path / "q.toml"
    bad.write_text(text.replace("comma_penalty = 40", "comma_penalty = \"cuarenta\""), encoding="utf-8")
    with pytest.raises(ConfigError, match=r"\[dates.attachment\] comma_penalty"):
        load_words(bad)
    bad.write_text(text.replace("[roles]", "[roles]\nofficess = [\"jefe\"]"), encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown key.*officess"):
        load_words(bad)
    bad.write_text(text.replace("enero = 1,", "enero = 13,"), encoding="utf-8")
    with pytest.raises(ConfigError, match="months must be 1..12: enero"):
        load_words(bad)
    with pytest.raises(ConfigError, match="does not exist"):
        load_words(tmp_path / "missing.toml")


def test_the_words_file_is_part_of_the_config_fingerprint(tmp_path):
    words = tmp_path / "q.toml"
    words.write_text(WORDS_PATH.read_text(encoding="utf-8"), encoding="utf-8")
    from pipeline.fingerprints import config_fingerprint

    before = config_fingerprint(load_config(None, [f'qualify.words="{words}"']))
    words.write_text(words.read_text(encoding="utf-8").replace('"que", "quien"', '"quien"'), encoding="utf-8")
    assert config_fingerprint(load_config(None, [f'qualify.words="{words}"'])) != before


# -- date phrases ------------------------------------------------------------------------


@pytest.mark.parametrize("text, kind, resolved, precision", [
    ("fue designado el 12 de octubre del 2020", "full", "2020-10-12", "day"),
    ("fue designado el 12 de octubre", "daymonth", "2022-10-12", "day"),
    ("fue designado el 8 octubre del 2021", "full", "2021-10-08", "day"),
    ("asumió en marzo del 2020", "month", "2020-03-01", "month"),
    ("asumió en marzo", "month", "2023-03-01", "month"),
    ("asumió en abril", "month", "2022-04-01", "month"),
    ("fue elegido en 1997", "year", "1997-01-01", "year"),
    ("fue elegido el 2017", "year", "2017-01-01", "year"),
    ("desde su designación (2014)", "year", "2014-01-01", "year"),
    ("fue designado ayer", "relative_day", "2023-03-14", "day"),
    ("juró hoy", "relative_day", "2023-03-15", "day"),
    ("lo designó este miércoles", "weekday", "2023-03-15", "day"),
    ("lo designó el lunes", "weekday", "2023-03-13", "day"),
    ("lo designó el pasado miércoles", "weekday", "2023-03-08", "day"),
    ("lo designó el viernes pasado", "weekday", "2023-03-10", "day"),
    ("lo designará el próximo lunes", "weekday", "2023-03-20", "day"),
    ("fue designado el jueves 9", "weekday_day", "2023-03-09", "day"),
    ("fue designado este jueves 9 de marzo", "daymonth", "2023-03-09", "day"),
    ("fue elegido el año pasado", "relative_year", "2022-01-01", "year"),
    ("la semana pasada nombró", "relative_week", "2023-03-01", "month"),
    ("fue nombrado hace tres días", "ago", "2023-03-12", "day"),
    ("fue nombrado hace 2 meses", "ago", "2023-01-01", "month"),
    ("el 20 de febrero de este año fue nombrada", "daymonth", "2023-02-20", "day"),
    ("En un 5 de enero, pero de 2020, eligen", "full", "2020-01-05", "day"),
    ("el 15 de diciembre último fue designada", "daymonth", "2022-12-15", "day"),
    ("mediante resolución del 18/03/2022", "full", "2022-03-18", "day"),
])
def test_date_phrases_resolve_against_the_publication_date(words, text, kind, resolved, precision):
    finder = DateFinder(words)
    [mention] = finder.mentions(text)
    assert mention.kind == kind
    assert text[mention.start:mention.end] == mention.text
    date = finder.resolve(mention, dt.date(2023, 3, 15), "past")
    assert (date.date.isoformat(), date.precision) == (resolved, precision)


def test_future_resolution_is_inclusive_unless_the_phrase_says_next(words):
    finder = DateFinder(words)
    wednesday = dt.date(2023, 3, 15)

    def future(text):
        [mention] = finder.mentions(text)
        return finder.resolve(mention, wednesday, "future").date.isoformat()

    assert future("jurará este miércoles") == "2023-03-15"
    assert future("jurará el lunes") == "2023-03-20"
    assert future("jurará el próximo miércoles") == "2023-03-22"
    assert future("jurará el 2 de marzo") == "2024-03-02"
    assert future("jurará en marzo") == "2023-03-01"
    assert future("jurará mañana") == "2023-03-16"


def test_numbers_that_are_not_dates(words):
    finder = DateFinder(words)
    text = ("La Resolución Suprema Nº 077-2023-RE, para el periodo 2020-2023 (2017-2021), fue juez "
            "entre el 2016 y el 2022, con 1500 votos, en la mañana, el hoy ministro, desde hace unas semanas, "
            "el Primero de Mayo y los lunes.")
    assert finder.mentions(text) == []


def test_a_relative_phrase_needs_a_publication_date(words):
    finder = DateFinder(words)
    [mention] = finder.mentions("fue designado ayer")
    assert finder.resolve(mention, None, "past") is None
    [mention] = finder.mentions("fue designado el 3 de marzo de 2021")
    assert finder.resolve(mention, None, "past").date == dt.date(2021, 3, 3)


def test_anniversary_lines_and_their_continuations(words):
    finder = DateFinder(words)
    [mention] = finder.mentions("1994.- El diplomático es elegido secretario general.")
    assert (mention.kind, mention.year, mention.text) == ("anniversary", 1994, "1994.-")
    text = ("Efemérides. 1990.- Se funda la liga. 2011.- Entra en vigor el convenio . .- El Papa es "
            "proclamado beato. Otra nota sin fecha.")
    assert finder.line_year(text, text.index("El Papa")) == (2011, "2011.-")
    assert finder.line_year(text, text.index("Se funda")) == (1990, "1990.-")
    assert finder.line_year(text, text.index("Otra nota")) is None
    lines = "2001.- Primera línea.\nSegunda línea sin año."
    assert finder.line_year(lines, lines.index("Segunda")) is None


# -- which date is the designation's ---------------------------------------------------------


def test_the_date_nearest_the_trigger_in_its_clause(qualifier):
    sentence = ("Luis Díaz fue elegido diputado en 2008, y en noviembre de 2020, cuando fue nombrado "
                "ministro de Salud, asumió.")
    rows = [row(sentence, "Luis Díaz", "diputado", "elegido"), row(sentence, "Luis Díaz", "ministro de Salud", "nombrado")]
    first, second = qualifier.qualify(rows, "2023-03-15")
    assert (first["date"], first["date_precision"], first["date_text"]) == ("2008-01-01", "year", "en 2008")
    assert (second["date"], second["date_precision"], second["date_source"]) == ("2020-11-01", "month", "sentence")


def test_a_date_in_another_clause_is_not_the_designation_date(qualifier):
    result = qualified(qualifier, "El Gobierno designó a Ana Ruiz como asesora, quien fue jueza entre 2016 y "
                       "2020 y renunció el 3 de enero.", "Ana Ruiz", "asesora", "designó")
    assert (result["date"], result["date_source"], result["date_text"]) == ("2023-03-15", "published", "")
    result = qualified(qualifier, "El Gobierno designó a Ana Ruiz como asesora, y el 3 de enero renunció.",
                       "Ana Ruiz", "asesora", "designó")
    assert result["date_source"] == "published"


def test_a_date_inside_a_slot_or_of_an_ending_is_not_the_designation_date(qualifier):
    result = qualified(qualifier, "La NASA eligió a SpaceX como empresa de la misión programada para el 2025.",
                       "SpaceX", "empresa de la misión programada para el 2025", "eligió")
    assert result["date_source"] == "published"
    result = qualified(qualifier, "El 12 de diciembre del 2022 se dio por concluida la designación de Ana Ruiz "
                       "como jueza.", "Ana Ruiz", "jueza", "designación")
    assert result["date_source"] == "published"


def test_a_proposal_dates_itself_not_the_designation_it_proposes(qualifier):
    sentence = "Los senadores presentaron el miércoles un proyecto para designar a los cárteles como terroristas."
    result = qualified(qualifier, sentence, "cárteles", "terroristas", "designar", status="hypothetical")
    assert result["date_source"] == "published"
    decided = qualified(qualifier, "El 23 de junio, los jefes adoptaron la decisión de conceder a Ucrania el "
                        "estatus de candidato.", "Ucrania", "estatus de candidato", "conceder")
    assert decided["date"] == "2022-06-23"


def test_planned_designations_look_ahead(qualifier):
    planned = qualified(qualifier, "El Congreso elegirá el lunes al defensor del Pueblo, Ana Ruiz.",
                        "Ana Ruiz", "defensor del Pueblo", "elegirá", status="planned")
    done = qualified(qualifier, "El Congreso eligió el lunes a Ana Ruiz como defensora del Pueblo.",
                     "Ana Ruiz", "defensora del Pueblo", "eligió")
    assert (planned["date"], done["date"]) == ("2023-03-20", "2023-03-13")
    past_hypothesis = qualified(qualifier, "Se habría designado el lunes a Ana Ruiz como asesora.",
                                "Ana Ruiz", "asesora", "designado", status="hypothetical")
    assert past_hypothesis["date"] == "2023-03-13"


def test_fallbacks_published_then_none(qualifier):
    sentence = "El Gobierno designó a Ana Ruiz como asesora."
    assert qualified(qualifier, sentence, "Ana Ruiz", "asesora", "designó", published="15/03/2023")["date"] == \
        "2023-03-15"
    none = qualified(qualifier, sentence, "Ana Ruiz", "asesora", "designó", published="")
    assert (none["date"], none["date_precision"], none["date_source"]) == ("", "", "none")
    relative = qualified(qualifier, "El Gobierno designó ayer a Ana Ruiz como asesora.", "Ana Ruiz", "asesora",
                         "designó", published="hace dos horas")
    assert relative["date_source"] == "none"  # "ayer" needs a publication date


def test_anniversary_line_dates_every_designation_of_its_item(qualifier):
    text = "Efemérides. 2011.- Entra en vigor el convenio . .- El Papa Juan es proclamado beato."
    sentence = "El Papa Juan es proclamado beato."
    offset = text.index(sentence)
    [result] = qualifier.qualify([row(sentence, "Papa Juan", "beato", "proclamado", offset=offset)],
                                 "2023-05-01", text)
    assert (result["date"], result["date_precision"], result["date_text"]) == ("2011-01-01", "year", "2011.-")


def test_sentence_start_is_found_from_the_offsets():
    sentence = "Dijo que designó a Ana, y luego designó a Ana Ruiz como asesora."
    built = row(sentence, "Ana Ruiz", "asesora", "designó", offset=500)
    # The trigger read is the second "designó" (where the designee and role are).
    built["trigger_start"] = 500 + sentence.rindex("designó")
    built["trigger_end"] = built["trigger_start"] + len("designó")
    assert sentence_start(built) == 500
    built["role_start"] = 1
    assert sentence_start(built) is None


# -- predecessors ------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence, expected", [
    ("La nombró ministra en reemplazo de Carla Díaz.", "Carla Díaz"),
    ("Fue designado en reemplazo del renunciante ministro Juan de la Cruz Pérez, quien dejó el cargo.",
     "Juan de la Cruz Pérez"),
    ("Fue designada en reemplazo de la ministra de Salud, Rosa Gil, que renunció.", "Rosa Gil"),
    ("Fue designada en reemplazo de la ministra de Salud.", "ministra de Salud"),
    ("Juan Paz, quien sucede a Hugo de Zela, fue nombrado canciller.", "Hugo de Zela"),
    ("Fue elegido tras la renuncia de Luis Otárola a la presidencia.", "Luis Otárola"),
    ("Asumió el cargo y reemplaza al general Jorge Angulo.", "Jorge Angulo"),
    ("Lula fue investido presidente, sin su predecesor, el ultraderechista Jair Bolsonaro.", "Jair Bolsonaro"),
    ("Lo designó en reemplazo del coronel PNP (r) Juan Carlos Liendo, quien renunció.", "Juan Carlos Liendo"),
    ("Fue nombrado en reemplazo de Benjamine “Carry” Huffman .", "Benjamine “Carry” Huffman"),
    ("Fue nombrado tras la muerte de su madre, la reina Isabel.", "Isabel"),
    ("Es elegido presidente en sustitución de su hermano Fidel .", "Fidel"),
])
def test_predecessor_phrases(words, sentence, expected):
    [found] = PredecessorFinder(words).mentions(sentence)
    assert found.text == expected and sentence[found.start:found.end] == expected


@pytest.mark.parametrize("sentence", [
    "Propuso que en lugar de designar a un ministro se convoque a concurso.",
    "Fue designado en reemplazo de su antecesor.",
    "Lula fue investido presidente, y su predecesor no asistió.",
    "El gobierno de Biden, que sucedió al de Trump, no reconoce a Maduro como presidente.",
    "El Gobierno designó a Ana Ruiz como ministra de Salud.",
])
def test_no_predecessor(words, sentence):
    assert PredecessorFinder(words).mentions(sentence) == []


def test_each_predecessor_goes_to_the_designation_it_follows(qualifier):
    sentence = ("El presidente nombró a Ana Ruiz ministra de Salud en reemplazo de Rosa Gil y a Luis Paz "
                "ministro de Trabajo en lugar de Pedro Soto.")
    rows = [row(sentence, "Ana Ruiz", "ministra de Salud", "nombró", offset=40),
            row(sentence, "Luis Paz", "ministro de Trabajo", "nombró", offset=40)]
    ana, luis = qualifier.qualify(rows, "2023-03-15")
    assert (ana["replaces"], luis["replaces"]) == ("Rosa Gil", "Pedro Soto")
    assert ana["replaces_start"] == 40 + sentence.index("Rosa Gil")
    assert ana["replaces_end"] == ana["replaces_start"] + len("Rosa Gil")
    leading = "En reemplazo de Rosa Gil, el Gobierno designó a Ana Ruiz como ministra de Salud."
    [result] = qualifier.qualify([row(leading, "Ana Ruiz", "ministra de Salud", "designó")], "")
    assert result["replaces"] == "Rosa Gil" and result["replaces_norm"] == "Rosa Gil"


# -- role parts -----------------------------------------------------------------------------


@pytest.mark.parametrize("role, head, org", [
    ("ministra de Salud", "ministra", "Salud"),
    ("embajador extraordinario y plenipotenciario del Perú en Kenia", "embajador", "Perú en Kenia"),
    ("nueva secretaria general de la Presidencia del Consejo de Ministros", "secretaria general",
     "Presidencia del Consejo de Ministros"),
    ("primer ministro de Francia", "primer ministro", "Francia"),
    ("primer presidente negro de Sudáfrica", "presidente", "Sudáfrica"),
    ("aliado principal no miembro de la OTAN", "aliado", "OTAN"),
    ("embajador en México", "embajador", "México"),
    ("jefa del SIS", "jefa", "SIS"),
    ("terroristas", "terroristas", ""),
    ("alto comisionado para los derechos humanos", "comisionado", "derechos humanos"),
    ("asesor, con rango de ministro", "asesor", ""),
    ("ministro de Vivienda, Construcción y Saneamiento", "ministro", "Vivienda, Construcción y Saneamiento"),
    ("República democrática fundada en el trabajo", "República", ""),
    ("empresa encargada de desarrollar su módulo", "empresa", ""),
    ("asesor [de la PCM]", "asesor", "PCM"),
    ("jefe de la Oficina General de Administración (OGA) del IPD", "jefe",
     "Oficina General de Administración (OGA) del IPD"),
])
def test_role_head_and_org(words, role, head, org):
    parts = RoleReader(words)(role)
    assert (parts.head, parts.org) == (head, org)


# -- scoring ---------------------------------------------------------------------------------


def test_evaluate_scores_dates_at_the_gold_precision_and_predecessors(qualifier, tmp_path):
    sentence = "El Gobierno designó en marzo a Ana Ruiz como ministra de Salud en reemplazo de Rosa Gil."
    gold_row = {"designator": "Gobierno", "designee": "Ana Ruiz", "role": "ministra de Salud",
                "trigger": "designó", "status": "asserted", "date": "2023-03-01", "date_precision": "month",
                "date_source": "sentence", "replaces": "Rosa Gil"}
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "g1", "text": sentence, "published": "2023-05-02",
                                "triples": [gold_row]}, ensure_ascii=False) + "\n", encoding="utf-8")

    def predict(text):
        return [row(text, "Ana Ruiz", "ministra de Salud", "designó", designator="Gobierno")]

    result = evaluate(gold, predict, qualify=qualifier.qualify)
    q = result.qualifiers
    assert (q.date_right, q.date_total, q.sentence_date_right) == (1, 1, 1)
    assert q.replaces == (1.0, 1.0, 1.0)
    assert result.failures(min_date=0.9, min_replaces=0.9) == []
    # Another publication year, and the month is still right at month precision; a wrong
    # precision is wrong.
    gold.write_text(gold.read_text(encoding="utf-8").replace('"month"', '"day"'), encoding="utf-8")
    result = evaluate(gold, predict, qualify=qualifier.qualify)
    assert result.qualifiers.date_right == 0
    assert result.failures(min_date=0.9) == ["date accuracy 0.000 < 0.900"]
    on_gold = evaluate(gold, None, qualify=qualifier.qualify, qualifiers_on_gold=True)
    assert on_gold.qualifiers.replaces_right == 1 and on_gold.lenient.recall == 1.0


def test_a_date_belongs_to_the_nearest_designation_and_not_to_a_relative_clause(qualifier):
    sentence = ("Ana Ruiz, quien el 2 de enero 2022 fue designada jefa del SIS, y Luis Paz fue nombrado "
                "asesor del ministro, mediante resolución del 6 de octubre del 2022.")
    ana, luis = qualifier.qualify([row(sentence, "Ana Ruiz", "jefa del SIS", "designada"),
                                   row(sentence, "Luis Paz", "asesor del ministro", "nombrado")], "2023-01-18")
    assert (ana["date"], luis["date"]) == ("2022-01-02", "2022-10-06")
    aside = qualified(qualifier, "1964.- El presidente Juan Paz, que ejerce desde 1957, es investido presidente "
                      "vitalicio.", "Juan Paz", "presidente vitalicio", "investido")
    assert (aside["date"], aside["date_text"]) == ("1964-01-01", "1964.-")
    aside = qualified(qualifier, "El pasado 3 de marzo, Juan Paz, exjuez que estuvo en el cargo hasta el 2022, fue "
                      "nombrado embajador en España.", "Juan Paz", "embajador en España", "nombrado")
    assert aside["date"] == "2023-03-03"
    opening = qualified(qualifier, "Juan Paz, quien a fines de agosto del año pasado, tras su salida del cargo, fue "
                        "nombrado embajador.", "Juan Paz", "embajador", "nombrado")
    assert (opening["date"], opening["date_precision"]) == ("2022-08-01", "month")
    # A designation verb that gave no row keeps its date.
    unrowed = qualified(qualifier, "Ana Ruiz, quien el 2 de enero 2022 fue designada jefa y Luis Paz fue nombrado "
                        "asesor, mediante resolución del 6 de octubre del 2022.", "Luis Paz", "asesor", "nombrado")
    assert unrowed["date"] == "2022-10-06"


def test_the_projects_qualifier_gold_stays_above_its_floors(qualifier):
    """tests/gold/qualifiers.jsonl, qualifiers computed on its gold rows (no model needed)."""
    gold = WORDS_PATH.parent.parent / "tests" / "gold" / "qualifiers.jsonl"
    result = evaluate(gold, None, qualify=qualifier.qualify, qualifiers_on_gold=True)
    q = result.qualifiers
    assert q.sentence_date_total >= 60 and q.date_total == q.dated_gold
    assert q.sentence_date_accuracy >= 0.95 and q.date_accuracy >= 0.9
    assert q.replaces_gold >= 2 and q.replaces == (1.0, 1.0, 1.0)


# -- the stage over a work store ------------------------------------------------------------


def test_qualify_triples_keeps_each_documents_rows_together_across_chunks(tmp_path, monkeypatch):
    from pipeline.qualify import stage
    from pipeline.store import WorkStore
    from store_builder import build_store, document

    sentence = "El presidente nombró a Ana Ruiz ministra en reemplazo de Rosa Gil y a Luis Paz asesor."
    documents = [document(f"d{n}", "2023-03-15") for n in range(4)]
    triples = []
    for n in range(4):
        triples.append(triple(f"d{n}", sentence, "presidente", "Ana Ruiz", "ministra", "nombró"))
        triples.append(triple(f"d{n}", sentence, "presidente", "Luis Paz", "asesor", "nombró"))
    work = build_store(tmp_path / "work", documents, triples)
    monkeypatch.setattr(stage, "CHUNK_ROWS", 3)  # a document's two rows straddle every chunk
    config = load_config()
    qualifier = Qualifier.from_config(config)
    with WorkStore(work, create=False) as store:
        assert stage.needs_qualifying(store, qualifier.fingerprint(config))
        assert stage.qualify_triples(store, qualifier, config) == 8
        rows = list(store.rows("SELECT doc_id, designee, replaces, date_source FROM triples ORDER BY rowid"))
        assert [(r["designee"], r["replaces"]) for r in rows] == [("Ana Ruiz", "Rosa Gil"), ("Luis Paz", "")] * 4
        assert {r["date_source"] for r in rows} == {"published"}
        # Up to date: nothing to do, unless forced or the words change.
        assert stage.qualify_triples(store, qualifier, config) == 0
        assert stage.qualify_triples(store, qualifier, config, force=True) == 8
        store.set_meta({stage.META_KEY: "other words"})
        assert stage.needs_qualifying(store, qualifier.fingerprint(config))
