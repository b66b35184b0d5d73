"""Shared fixtures. Three layers, as STYLE.md asks:

- rule logic on hand-built `Doc`s (no model): `vocab`, `make_doc`;
- integration with the installed model: `nlp` (skipped when none is installed);
- data from ../shared (corpora, gold): `shared_dir` (skipped when absent).
"""
from __future__ import annotations

from pathlib import Path

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.config import load_config
from pipeline.nlp import installed_models

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def config():
    return load_config()


@pytest.fixture(scope="session")
def vocab() -> Vocab:
    return Vocab()


@pytest.fixture
def make_doc(vocab):
    """Build a parsed Doc by hand: make_doc("w1 w2 ...", pos=[...], heads=[...], deps=[...])."""

    def build(text: str | list[str], **annotations) -> Doc:
        words = text.split() if isinstance(text, str) else list(text)
        if "sent_starts" not in annotations and "heads" not in annotations:
            annotations["sent_starts"] = [True] + [False] * (len(words) - 1)
        return Doc(vocab, words=words, **annotations)

    return build


@pytest.fixture(scope="session")
def nlp_session(config):
    if not installed_models(config.get("model.names")):
        pytest.skip("no Spanish spaCy model installed (run `make setup`)")
    from pipeline.session import Session

    return Session.load(config)


@pytest.fixture(scope="session")
def nlp(nlp_session):
    return nlp_session.nlp


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is absent (corpora and gold files live there)")
    return SHARED
