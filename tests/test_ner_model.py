"""The NER component in place of the model's own (`entities.model`) and its rebuild (`train-ner`).

Rule and plumbing logic on tiny pipelines built here (no statistical model);
the shipped component with the installed model is a separate, marked layer.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.tokens import DocBin

from pipeline.config import load_config
from pipeline.errors import ConfigError, GoldFileError
from pipeline.ner_train import convert_corpus, package_model
from pipeline.nlp import component_sources, entity_model, use_entity_model

ROOT = Path(__file__).resolve().parent.parent

CONLL = """Ana B-PER
Torres I-PER
visitó O
Lima B-LOC
. O

La O
OTAN B-ORG
habló O
"""


def tiny_ner(folder: Path, *, extra_word: str = "") -> Path:
    """A blank Spanish pipeline with an initialised `ner` (untrained), saved to `folder`."""
    nlp = spacy.blank("es")
    ner = nlp.add_pipe("ner")
    for label in ("PER", "LOC", "ORG", "MISC"):
        ner.add_label(label)
    nlp.initialize()
    if extra_word:
        nlp.vocab.strings.add(extra_word)
    nlp.to_disk(folder)
    return folder


def test_base_means_the_model_s_own_ner():
    assert entity_model(load_config(None, ['entities.model="base"'])) is None


def test_a_folder_without_a_pipeline_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="neither an installed spaCy package"):
        entity_model(load_config(None, [f'entities.model="{tmp_path}"']))


def test_the_default_names_the_shipped_folder():
    model = entity_model(load_config())
    assert model is not None and Path(model.source) == (ROOT / "models" / "ner-es-conll2002").resolve()


def test_the_ner_is_replaced_in_place_and_named(tmp_path):
    source = tiny_ner(tmp_path / "ner")
    nlp = spacy.blank("es")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("ner")
    nlp.add_pipe("designa_line_breaks")
    own = nlp.get_pipe("ner")
    model = entity_model(load_config(None, [f'entities.model="{source}"']))
    described = use_entity_model(nlp, model)
    assert nlp.pipe_names == ["sentencizer", "ner", "designa_line_breaks"]
    assert nlp.get_pipe("ner") is not own
    assert set(nlp.get_pipe("ner").labels) == {"PER", "LOC", "ORG", "MISC"}
    sources = dict(component_sources(nlp, "base 1.0", described))
    assert sources["sentencizer"] == "base 1.0"
    assert str(source) in sources["ner"]
    assert "designa rule" in sources["designa_line_breaks"]


def test_a_retrained_component_changes_the_fingerprint(tmp_path):
    folder = tiny_ner(tmp_path / "ner")
    settings = load_config(None, [f'entities.model="{folder}"'])
    before = entity_model(settings).fingerprint
    tiny_ner(folder)  # a new initialisation: other weights
    assert entity_model(settings).fingerprint != before


def write_corpus(folder: Path) -> Path:
    folder.mkdir()
    for name in ("esp.train", "esp.testa", "esp.testb"):
        (folder / name).write_text(CONLL, encoding="utf-8")
    return folder


def test_the_corpus_becomes_docs_of_its_own_tokens(tmp_path):
    files = convert_corpus(write_corpus(tmp_path / "corpus"), tmp_path / "build")
    assert set(files) == {"train", "dev", "test"}
    docs = list(DocBin().from_disk(files["train"]).get_docs(spacy.blank("es").vocab))
    assert [[t.text for t in doc] for doc in docs] == [
        ["Ana", "Torres", "visitó", "Lima", "."], ["La", "OTAN", "habló"]]
    assert [(e.text, e.label_) for e in docs[0].ents] == [("Ana Torres", "PER"), ("Lima", "LOC")]
    assert [(e.text, e.label_) for e in docs[1].ents] == [("OTAN", "ORG")]


def test_a_missing_corpus_file_says_which(tmp_path):
    folder = write_corpus(tmp_path / "corpus")
    (folder / "esp.testa").unlink()
    with pytest.raises(GoldFileError, match="esp.testa"):
        convert_corpus(folder, tmp_path / "build")


def test_the_package_keeps_the_component_and_not_the_corpus_words(tmp_path):
    best = tiny_ner(tmp_path / "best", extra_word="Palabradelcorpusxyz")
    target = package_model(best, tmp_path / "models" / "ner", seconds=12.3)
    strings = json.loads((target / "vocab" / "strings.json").read_text(encoding="utf-8"))
    assert "Palabradelcorpusxyz" not in strings
    loaded = spacy.load(target)
    assert loaded.pipe_names == ["ner"]
    assert set(loaded.get_pipe("ner").labels) == {"PER", "LOC", "ORG", "MISC"}
    assert loaded.meta["designa"]["seconds"] == 12


# --- the shipped component with the installed model ---------------------------------------


@pytest.mark.model
def test_the_shipped_pipeline_takes_its_ner_from_models(nlp_session):
    sources = dict(nlp_session.info.sources)
    assert "ner-es-conll2002" in sources["ner"]
    assert any(name.startswith("tok2vec") for name in sources)  # syntax from the spaCy model


@pytest.mark.model
def test_the_shipped_component_is_small():
    folder = ROOT / "models" / "ner-es-conll2002"
    size = sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())
    assert size < 20_000_000
