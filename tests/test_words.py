"""The word classes file (configs/words.toml) is validated at load."""
from __future__ import annotations

import pytest

from pipeline.errors import ConfigError
from pipeline.extract.words import CLASSES, WORDS, WORDS_FILE, load_words


def test_shipped_word_classes_load_lower_case():
    assert set(WORDS) == set(CLASSES)
    assert "de" in WORDS["prepositions"] and all(w == w.lower() for words in WORDS.values() for w in words)


def test_unknown_class_names_the_known_ones(tmp_path):
    path = tmp_path / "words.toml"
    path.write_text(WORDS_FILE.read_text(encoding="utf-8") + '\nfavourite_words = ["hola"]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"favourite_words.*known: articles"):
        load_words(path)


def test_missing_class_and_bad_values_are_errors(tmp_path):
    text = WORDS_FILE.read_text(encoding="utf-8")
    missing = tmp_path / "missing.toml"
    missing.write_text("\n".join(l for l in text.splitlines() if not l.startswith("honorifics")), encoding="utf-8")
    with pytest.raises(ConfigError, match="honorifics"):
        load_words(missing)
    bad = tmp_path / "bad.toml"
    bad.write_text(text.replace('honorifics = ["señor"', 'honorifics = [1, "señor"'), encoding="utf-8")
    with pytest.raises(ConfigError, match="honorifics"):
        load_words(bad)
