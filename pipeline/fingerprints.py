"""Every fingerprint designa records, computed in one place.

Two keys decide what a re-run may reuse from the work folder:

- the **parse key** (`pipeline_key`): model, spaCy, pipeline, parse mode,
  segmentation, the trigger forms (they choose the sentences the parser
  sees) and the entity layer (its settings and data files). Stored parses
  are valid for one parse key.
- the **rows fingerprint** (`rows_fingerprint`): the extraction settings,
  every rule file the extractor may read (the configured triggers, patterns
  and aliases, and every data file under the shipped `configs/`), and the
  extraction code (every module under `pipeline/extract/`, recursively).
  Cached triple rows are valid for one parse key and one rows fingerprint.

`config_fingerprint` identifies the whole configuration in run.json.
"""
from __future__ import annotations

import hashlib
import json
import tomllib
from pathlib import Path

import spacy

from pipeline import __version__
from pipeline.config import Config, configs_dir

PACKAGE = Path(__file__).resolve().parent
EXTRACT_CODE = PACKAGE / "extract"
RULE_FILES = ("extract.triggers", "extract.patterns", "extract.aliases")
QUALIFY_CODE = PACKAGE / "qualify"
ENTITY_FILES = ("places", "organisations", "misc", "given_names", "rules")
# The version of the engine's segmentation and storage: a change that alters parses bumps it.
ENGINE_VERSION = "v6-almanac-entries"
# Data files under configs/ (the entity layer's gazetteer has its own fingerprint).
_RULE_SUFFIXES = (".toml", ".json", ".txt")


def _file_bytes(path: Path) -> bytes:
    return path.read_bytes() if path.is_file() else b""


def config_fingerprint(config: Config) -> str:
    """The settings and the content of every rule file they name."""
    digest = hashlib.sha256(json.dumps(config.data, sort_keys=True).encode())
    for dotted in (*RULE_FILES, "qualify.words"):
        digest.update(_file_bytes(config.data_path(dotted)))
    return digest.hexdigest()[:16]


def rule_files(config: Config) -> list[Path]:
    """The rule files rows depend on: the configured ones (in a fixed order), then every other data
    file under the shipped configs/ (but the entity layer's, which belongs to the parse key, and
    default.toml, whose settings are hashed as settings)."""
    shipped = configs_dir()
    with (shipped / "default.toml").open("rb") as handle:
        defaults = tomllib.load(handle).get("extract", {})
    # The shipped files that the rule settings name by default are hashed as configured files (or
    # not at all when replaced), so that a Dask worker given the client's copies agrees.
    standard = {shipped / value for value in defaults.values() if isinstance(value, str)}
    others = sorted(path for path in shipped.rglob("*") if path.suffix in _RULE_SUFFIXES
                    and path.name != "default.toml" and path not in standard
                    and "gazetteer" not in path.relative_to(shipped).parts)
    return [config.data_path(dotted) for dotted in RULE_FILES] + others


def code_files() -> list[Path]:
    """Every module of the extraction code, recursively."""
    return sorted(EXTRACT_CODE.rglob("*.py"))


def rows_fingerprint(config: Config) -> str:
    """What cached triple rows depend on besides the parse: settings, rule files, extraction code."""
    digest = hashlib.sha256(__version__.encode())
    # Settings, not where the rule files lie: their content is hashed below.
    settings = {k: v for k, v in config.data.get("extract", {}).items() if f"extract.{k}" not in RULE_FILES}
    digest.update(json.dumps(settings, sort_keys=True).encode())
    # Content only, in a fixed order: a Dask worker reads the same rules from other paths.
    for path in rule_files(config) + code_files():
        digest.update(_file_bytes(path))
    return digest.hexdigest()[:16]


def qualify_fingerprint(config: Config) -> str:
    """What qualified rows (dates, predecessors, role parts) depend on: the word and alias files and
    the qualifiers' code."""
    digest = hashlib.sha256()
    for dotted in ("qualify.words", "extract.aliases"):
        digest.update(_file_bytes(config.data_path(dotted)))
    for path in sorted(QUALIFY_CODE.glob("*.py")):
        digest.update(_file_bytes(path))
    return digest.hexdigest()[:16]


def entity_paths(config: Config) -> dict[str, Path]:
    """The entity layer's data files, by setting name."""
    return {key: config.data_path(f"entities.{key}") for key in ENTITY_FILES}


def entity_layer_fingerprint(config: Config) -> str:
    """A hash of the entity layer's settings and data files (part of the parse key)."""
    digest = hashlib.sha256(repr(sorted(config["entities"].items())).encode())
    if config.get("entities.enabled"):
        import babel

        digest.update(babel.__version__.encode())
        for path in entity_paths(config).values():
            digest.update(_file_bytes(path))
    return digest.hexdigest()[:10]


def trigger_forms_fingerprint(config: Config) -> str:
    """A hash of the trigger forms alone: they decide which sentences are parsed, so they belong
    to the parse key; status cues, patterns and aliases do not."""
    try:
        with config.data_path("extract.triggers").open("rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError):
        return "unreadable"  # the extractor reports the file; the key just must not match
    forms = sorted(
        f"{section}.{lemma}={spec.get('forms', '')}"
        for section in ("verbs", "nouns") for lemma, spec in data.get(section, {}).items()
        if isinstance(spec, dict)
    )
    return hashlib.sha256("\n".join(forms).encode()).hexdigest()[:10]


def folder_fingerprint(folder: Path) -> str:
    """A hash of a model component's files: a retrained model must not reuse cached parses."""
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            digest.update(path.relative_to(folder).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


def pipeline_key(name: str, version: str, config: Config, components: list[str] | None = None,
                 ner: str = "") -> str:
    """Identifies everything that changes a stored parse.

    Model, spaCy, pipeline, parse mode, the engine's segmentation, the
    trigger forms, the entity layer, the library of matrix products and
    `ner`, the NER component put in place of the model's own
    (`entities.model`); not which tables a run
    writes (a triples-only run stores the same trigger-sentence parses as a
    full one).
    """
    mode = config.get("run.parse")
    settings = "|".join([
        name, version, spacy.__version__, ",".join(components or []), mode, ENGINE_VERSION,
        f"max_tokens:{config.get('run.max_sentence_tokens')}",
        f"entities:{entity_layer_fingerprint(config)}", f"triggers:{trigger_forms_fingerprint(config)}",
        f"ner:{ner}", f"matmul:{config.get('model.matmul')}",
    ])
    return f"{name}-{version}-{mode}-" + hashlib.sha256(settings.encode()).hexdigest()[:10]
