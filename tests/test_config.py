from __future__ import annotations

import pytest

from pipeline.config import load_config
from pipeline.errors import ConfigError


def test_defaults_hold_every_section():
    config = load_config()
    assert config.get("model.names")[0] == "es_core_news_md"
    assert config.get("export.csv_encoding") == "utf-8-sig"


def test_user_file_overrides_only_its_keys(tmp_path):
    user = tmp_path / "mine.toml"
    user.write_text('[run]\nbatch_size = 8\n', encoding="utf-8")
    config = load_config(user)
    assert config.get("run.batch_size") == 8
    assert config.get("run.n_process") == 1


def test_set_overrides_the_user_file(tmp_path):
    user = tmp_path / "mine.toml"
    user.write_text('[run]\nbatch_size = 8\n', encoding="utf-8")
    config = load_config(user, ["run.batch_size=16", 'export.csv_sep=";"'])
    assert config.get("run.batch_size") == 16
    assert config.get("export.csv_sep") == ";"


def test_unknown_key_is_an_error_that_names_it(tmp_path):
    user = tmp_path / "mine.toml"
    user.write_text('[run]\nbatch_sise = 8\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="run.batch_sise"):
        load_config(user)


def test_unknown_set_key_is_an_error():
    with pytest.raises(ConfigError, match="export.colour"):
        load_config(None, ["export.colour=red"])


def test_wrong_type_is_an_error():
    with pytest.raises(ConfigError, match="run.batch_size"):
        load_config(None, ["run.batch_size=many"])


def test_data_paths_resolve_beside_the_file_that_names_them(tmp_path):
    (tmp_path / "my_aliases.toml").write_text("[aliases]\n", encoding="utf-8")
    user = tmp_path / "mine.toml"
    user.write_text('[extract]\naliases = "my_aliases.toml"\n', encoding="utf-8")
    config = load_config(user)
    assert config.data_path("extract.aliases") == tmp_path / "my_aliases.toml"


def test_fingerprint_changes_with_a_data_file(tmp_path):
    from pipeline.fingerprints import config_fingerprint

    aliases = tmp_path / "a.toml"
    aliases.write_text('[aliases]\n"X" = ["Y"]\n', encoding="utf-8")
    first = config_fingerprint(load_config(None, [f'extract.aliases="{aliases}"']))
    aliases.write_text('[aliases]\n"X" = ["Z"]\n', encoding="utf-8")
    second = config_fingerprint(load_config(None, [f'extract.aliases="{aliases}"']))
    assert first != second
