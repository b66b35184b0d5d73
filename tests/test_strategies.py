"""Slot strategies are named in patterns.json and resolved through registries."""
from __future__ import annotations

import json

import pytest
import spacy

from pipeline.config import configs_dir
from pipeline.errors import ConfigError
from pipeline.extract.patterns import load_patterns
from pipeline.extract.strategies import DESIGNATOR, DESIGNEE, ROLE


def test_every_shipped_pattern_names_registered_strategies():
    data = json.loads((configs_dir() / "patterns.json").read_text(encoding="utf-8"))
    for raw in data["patterns"]:
        assert raw.get("designee", "slot") in DESIGNEE.names()
        assert raw.get("role", "slot") in ROLE.names()
        assert raw.get("designator", "none") in DESIGNATOR.names()


def test_unknown_strategy_fails_at_load_with_the_known_ones(tmp_path):
    data = json.loads((configs_dir() / "patterns.json").read_text(encoding="utf-8"))
    data["patterns"][0]["designee"] = "telepathy"
    path = tmp_path / "patterns.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ConfigError, match=r"unknown designee strategy 'telepathy'; known: slot, .*antecedent"):
        load_patterns(path, spacy.blank("es").vocab)
