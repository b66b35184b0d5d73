from __future__ import annotations

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
