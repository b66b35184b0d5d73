"""Settings: the defaults in configs/default.toml, a user's file, then `--set`.

The default file is also the schema: a key it does not have is an error that
names the key, and a value must have the type of the default.
"""
from __future__ import annotations

import codecs
import copy
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.errors import ConfigError


def configs_dir() -> Path:
    """The folder of the shipped data files (installed package or source checkout)."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "configs", here.parent / "configs"):
        if (candidate / "default.toml").is_file():
            return candidate
    raise ConfigError("configs/default.toml not found; the installation is incomplete.")


@dataclass
class Config:
    """Validated settings plus where relative data paths are resolved from."""

    data: dict[str, dict[str, Any]]
    sources: list[Path] = field(default_factory=list)
    base_dirs: dict[str, Path] = field(default_factory=dict)

    def __getitem__(self, section: str) -> dict[str, Any]:
        return self.data[section]

    def get(self, dotted: str) -> Any:
        section, key = dotted.split(".", 1)
        return self.data[section][key]

    def data_path(self, dotted: str) -> Path:
        """Resolve a data-file setting (e.g. `extract.patterns`) to a path."""
        value = Path(self.get(dotted))
        if value.is_absolute():
            return value
        base = self.base_dirs.get(dotted, configs_dir())
        return base / value


def _merge(base: dict, override: dict, origin: str) -> None:
    for section, values in override.items():
        if section not in base:
            raise ConfigError(f"Unknown config section [{section}] in {origin}.")
        if not isinstance(values, dict):
            raise ConfigError(f"[{section}] in {origin} must be a table.")
        for key, value in values.items():
            if key not in base[section]:
                known = ", ".join(sorted(base[section]))
                raise ConfigError(
                    f"Unknown config key '{section}.{key}' in {origin}. Known keys: {known}."
                )
            base[section][key] = _coerce(section, key, value, base[section][key], origin)


def _coerce(section: str, key: str, value: Any, default: Any, origin: str) -> Any:
    name = f"{section}.{key}"
    if isinstance(default, bool):
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in {"true", "false", "1", "0", "yes", "no"}:
            return value.lower() in {"true", "1", "yes"}
    elif isinstance(default, int):
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(value, str):
            try:
                return int(value)
            except ValueError:
                pass
    elif isinstance(default, float):
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
        if isinstance(value, str):
            try:
                return float(value)
            except ValueError:
                pass
    elif isinstance(default, list):
        if isinstance(value, list):
            return value
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
    elif isinstance(default, str):
        if isinstance(value, str):
            return value
    else:
        return value
    raise ConfigError(
        f"'{name}' in {origin} must be {type(default).__name__}, got {value!r}."
    )


def _parse_set(item: str) -> tuple[str, str, Any]:
    if "=" not in item or "." not in item.split("=", 1)[0]:
        raise ConfigError(f"--set takes section.key=value, got {item!r}.")
    dotted, raw = item.split("=", 1)
    section, key = dotted.strip().split(".", 1)
    try:
        value = tomllib.loads(f"v = {raw}")["v"]
    except tomllib.TOMLDecodeError:
        value = raw
    return section, key, value


def load_config(path: Path | None = None, overrides: list[str] | None = None) -> Config:
    """Load the defaults, then the user's file, then `--set` overrides.

    Args:
        path: a TOML file that overrides only the keys it sets.
        overrides: `section.key=value` strings, applied last.

    Raises:
        ConfigError: unknown key, wrong type, or unreadable file.
    """
    default_path = configs_dir() / "default.toml"
    with default_path.open("rb") as handle:
        data = tomllib.load(handle)
    config = Config(data=copy.deepcopy(data), sources=[default_path])
    if path is not None:
        path = Path(path)
        if not path.is_file():
            raise ConfigError(f"Config file {path} does not exist.")
        try:
            with path.open("rb") as handle:
                user = tomllib.load(handle)
        except tomllib.TOMLDecodeError as error:
            raise ConfigError(f"Config file {path} is not valid TOML: {error}") from error
        except UnicodeDecodeError:
            raise ConfigError(f"Config file {path} is not a text (TOML) file: it holds bytes "
                              "that are not UTF-8.") from None
        except OSError as error:
            raise ConfigError(f"Config file {path} cannot be read: {error.strerror or error}.") from None
        _merge(config.data, user, str(path))
        config.sources.append(path)
        for section, values in user.items():
            for key in values:
                config.base_dirs[f"{section}.{key}"] = path.resolve().parent
    for item in overrides or []:
        section, key, value = _parse_set(item)
        _merge(config.data, {section: {key: value}}, "--set")
        config.base_dirs[f"{section}.{key}"] = Path.cwd()
    validate(config)
    return config


# (setting, lowest, highest) for the numbers that must be in a range to make sense.
_RANGES = (
    ("run.n_process", 1, 1024),
    ("run.batch_size", 1, 1_000_000),
    ("run.lock_wait", 0, 7 * 24 * 3600),
    ("model.max_length", 200, 10_000_000),
    ("input.min_chars", 0, None),
    ("input.max_chars", 1, None),
    ("input.max_gz_bytes", 1, None),
    ("input.max_html_bytes", 1, None),
)


def validate(config: Config) -> None:
    """Check the values whose type is right but whose value would fail later, deep in a run.

    Raises:
        ConfigError: naming the setting, the value and what it must be.
    """
    for dotted, low, high in _RANGES:
        value = config.get(dotted)
        if value < low or (high is not None and value > high):
            span = f"between {low:,} and {high:,}" if high is not None else f"at least {low:,}"
            raise ConfigError(f"'{dotted}' must be {span}, got {value!r}.")
    if config.get("model.matmul") not in ("numpy", "blis"):
        raise ConfigError(f"'model.matmul' must be 'numpy' or 'blis', got {config.get('model.matmul')!r}.")
    if config.get("run.parse") not in ("fast", "full"):
        raise ConfigError(f"'run.parse' must be 'fast' or 'full', got {config.get('run.parse')!r}.")
    encoding = config.get("export.csv_encoding")
    try:
        text_codec = codecs.lookup(encoding)._is_text_encoding
    except LookupError:
        text_codec = False
    if not text_codec:
        raise ConfigError(f"export.csv_encoding {encoding!r} is not a text encoding Python knows "
                          "(e.g. utf-8-sig, utf-8, cp1252).")
    sep = config.get("export.csv_sep")
    sep = {"tab": "\t", "\\t": "\t"}.get(sep.lower(), sep)
    if len(sep) != 1 or sep in {'"', "\n", "\r"}:
        raise ConfigError(f"export.csv_sep must be one character such as ',' or ';' (or 'tab'), "
                          f"got {config.get('export.csv_sep')!r}.")
