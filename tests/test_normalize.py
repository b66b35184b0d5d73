from __future__ import annotations

import random

import pytest

from pipeline.extract.normalize import load_normalizer


@pytest.fixture(scope="module")
def normalize(config):
    return load_normalizer(config.data_path("extract.aliases"))


@pytest.mark.parametrize("written", ["EE.UU.", "EEUU", "EE. UU.", "USA", "ee.uu."])
def test_united_states_aliases(normalize, written):
    assert normalize(written) == "Estados Unidos"


@pytest.mark.parametrize("written,canonical", [("al Perú", "Perú"), ("el Perú", "Perú"),
                                               ("la Cancillería", "Cancillería"), ("Perú", "Perú")])
def test_leading_articles_and_al_are_stripped(normalize, written, canonical):
    assert normalize(written) == canonical


def test_multiword_alias_is_replaced_inside_a_phrase(normalize):
    assert normalize("aliado principal no miembro de la Organización del Tratado del Atlántico Norte") == (
        "aliado principal no miembro de la OTAN")


def test_a_word_that_is_only_an_article_is_kept(normalize):
    assert normalize("la") == "la"


def test_alias_claimed_twice_is_a_config_error(tmp_path):
    from pipeline.errors import ConfigError

    path = tmp_path / "aliases.toml"
    path.write_text('[aliases]\n"A" = ["x"]\n"B" = ["X"]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="belongs to both"):
        load_normalizer(path)


# -- aliases replace whole names only ---------------------------------------------------------------


@pytest.mark.parametrize("written", ["Organización de las Naciones Unidas", "Organización de Naciones Unidas",
                                     "la Organización de las Naciones Unidas", "Naciones Unidas,"])
def test_a_whole_alias_becomes_its_canonical_name(normalize, written):
    assert normalize(written) == "ONU"


@pytest.mark.parametrize("name", [
    "Fondo de Población de las Naciones Unidas",
    "Alto Comisionado de las Naciones Unidas para los Refugiados (ACNUR)",
    "Organización de las Naciones Unidas para la Alimentación y la Agricultura (FAO)",
    "Oficina de las Naciones Unidas contra la Droga y el Delito",
    "Ministerio de Salud Pública de Ecuador",
    "Ministerio de Salud y Protección Social",
    "Congreso de la República del Perú",
])
def test_an_alias_that_is_a_piece_of_a_longer_name_is_left_as_written(normalize, name):
    assert normalize(name) == name


@pytest.mark.parametrize("written,canonical", [
    ("representante ante la Organización de las Naciones Unidas", "representante ante la ONU"),
    ("embajador ante la Unión Europea en Bruselas", "embajador ante la UE en Bruselas"),
    ("presidente del Congreso de la República", "presidente del Congreso"),
])
def test_an_alias_standing_alone_inside_a_phrase_is_replaced(normalize, written, canonical):
    assert normalize(written) == canonical


@pytest.mark.parametrize("written,canonical", [
    ("la Organización de las Naciones Unidas (ONU)", "ONU"),
    ("representante permanente ante la Organización de los Estados Americanos (OEA)",
     "representante permanente ante la OEA"),
    ("representante ante la Organización de las Naciones Unidas ( ONU )", "representante ante la ONU"),
    # another bracket stays
    ("enviado de la Unión Europea (Bruselas)", "enviado de la UE (Bruselas)"),
])
def test_a_bracketed_acronym_goes_with_its_name(normalize, written, canonical):
    assert normalize(written) == canonical


# -- brackets, quotes and points --------------------------------------------------------------------


@pytest.mark.parametrize("written,canonical", [
    ("Organización Marítima Internacional (OMI)", "Organización Marítima Internacional (OMI)"),
    ("director general de la Organización Mundial de la Salud (OMS)",
     "director general de la Organización Mundial de la Salud (OMS)"),
    ("Perú (Lima)", "Perú (Lima)"),
    ("(OMI)", "OMI"),
    ("estatus de “país candidato”", "estatus de “país candidato”"),
    ("“Perú”", "Perú"),
    ('"Perú"', "Perú"),
    ("‘Perú’", "Perú"),
])
def test_a_closing_bracket_or_quote_of_the_phrase_stays(normalize, written, canonical):
    assert normalize(written) == canonical


@pytest.mark.parametrize("written,canonical", [
    ("Organización Marítima Internacional (OMI", "Organización Marítima Internacional (OMI)"),
    ("Radio Sur) Como", "Radio Sur Como"),
    ("Operación “Tormenta", "Operación “Tormenta”"),
    ('Luis Ramos" Paz', "Luis Ramos Paz"),
    ('Perú ( "Lima )', 'Perú ( Lima )'),
])
def test_an_unpaired_bracket_is_closed_or_dropped(normalize, written, canonical):
    assert normalize(written) == canonical


@pytest.mark.parametrize("name", ["O'Higgins", "O’Higgins", "Fondo S/1’000.000"])
def test_apostrophes_inside_a_name_are_kept(normalize, name):
    assert normalize(name) == name


@pytest.mark.parametrize("written,canonical", [
    ("embajador en EE.UU.", "embajador en EE.UU."),
    ("Textiles Andinos S.A.C.", "Textiles Andinos S.A.C."),
    ("gobernador de Lima.", "gobernador de Lima"),
    ("U.S.A", "Estados Unidos"),
])
def test_an_abbreviation_keeps_its_final_point(normalize, written, canonical):
    assert normalize(written) == canonical


# -- articles that belong to a name -------------------------------------------------------------------


@pytest.mark.parametrize("written,canonical", [
    ("El Salvador", "El Salvador"), ("La Haya", "La Haya"), ("al El Salvador", "El Salvador"),
    ("el Comercio", "El Comercio"), ("La Libertad Avanza", "La Libertad Avanza"),
    ("el comercio", "comercio"), ("La Cancillería", "Cancillería"),
    ("La Tercera Sala Penal", "Tercera Sala Penal"),
])
def test_an_article_that_belongs_to_the_name_stays(normalize, written, canonical):
    assert normalize(written) == canonical


# -- properties over generated phrases ----------------------------------------------------------------

_ALIASES = {"Organización de las Naciones Unidas": "ONU", "Naciones Unidas": "ONU", "Unión Europea": "UE",
            "Ministerio de Salud": "Minsa", "Poder Ejecutivo": "Ejecutivo",
            "Organización del Tratado del Atlántico Norte": "OTAN"}
_NAME_HEADS = ["Fondo de Población de las", "Alto Comisionado de las", "Oficina de la", "Misión de",
               "Consejo de Seguridad de la", "Secretaría General del"]
# Continuations the rule sees: through connectors ("de", "para", "y", ...) to a capitalised word.
_NAME_TAILS = ["para los Refugiados", "Pública de Ecuador", "y Protección Social", "del Perú", "de la Mujer"]
_CONTEXTS = ["representante ante la", "jefe de la", "miembro de la", "asesor del", "enviado de la"]
_TAILS = ["en Lima", "desde 2020", "por dos años", ""]
_PIECES = ["(", ")", "[", "]", "“", "”", '"', "«", "»", "'", "’", ",", ".", ":", "la", "de", "El",
           "Perú", "ONU", "(OMI)", "EE.UU.", "Naciones Unidas", "S.A.", "-", "Lima"]


def _random_phrase(rng):
    return " ".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 8)))


def test_normalising_never_unbalances_brackets_or_quotes(normalize):
    from pipeline.extract.normalize import balanced

    rng = random.Random(9)
    for _ in range(3000):
        phrase = _random_phrase(rng)
        assert balanced(normalize(phrase)), phrase


def test_a_balanced_phrase_keeps_every_bracketed_word(normalize):
    from pipeline.extract.normalize import balanced

    rng = random.Random(11)
    for _ in range(2000):
        inner = rng.choice(["OMI", "OEA", "Lima", "FAO"])
        phrase = f"{rng.choice(_CONTEXTS)} {rng.choice(_NAME_HEADS)} Salud ({inner}){rng.choice(['', ',', '.'])}"
        assert balanced(phrase)
        assert normalize(phrase).endswith(f"({inner})"), phrase


def test_an_alias_inside_a_longer_name_is_never_replaced(normalize):
    rng = random.Random(5)
    for _ in range(2000):
        alias = rng.choice(list(_ALIASES))
        head = rng.choice(_NAME_HEADS + [""])
        tail = rng.choice(_NAME_TAILS + ([""] if head else []))
        name = " ".join(part for part in (head, alias, tail) if part)
        phrase = " ".join(part for part in (rng.choice(_CONTEXTS), name, rng.choice(_TAILS)) if part)
        assert name in normalize(phrase), phrase


def test_an_alias_standing_alone_is_always_replaced(normalize):
    rng = random.Random(6)
    for _ in range(2000):
        alias = rng.choice(list(_ALIASES))
        context, tail = rng.choice(_CONTEXTS), rng.choice(_TAILS)
        phrase = " ".join(part for part in (context, alias, tail) if part)
        assert normalize(phrase) == " ".join(part for part in (context, _ALIASES[alias], tail) if part), phrase


def test_normalising_twice_changes_nothing(normalize):
    rng = random.Random(13)
    for _ in range(3000):
        once = normalize(_random_phrase(rng))
        assert normalize(once) == once


# -- the file is validated ----------------------------------------------------------------------------


@pytest.mark.parametrize("text,message", [
    ('[names]\nlinks = ["de"]\n', "Unknown key"),
    ('[names]\nconnectors = "de"\n', "must be a list of words"),
    ('[names]\nwith_article = ["Salvador"]\n', "names of one word"),
    ('[strip]\ntrailing = ["y"]\n', "Unknown key"),
    ('[aliases]\n"A" = ["."]\n', "is empty"),
])
def test_bad_alias_files_are_config_errors(tmp_path, text, message):
    from pipeline.errors import ConfigError

    path = tmp_path / "aliases.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_normalizer(path)
