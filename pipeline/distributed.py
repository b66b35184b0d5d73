"""The NLP stage on a Dask cluster (`--scheduler ADDRESS`).

The client sends batches of texts; each worker loads the model once (kept in
this module of the worker process) and parses with the same code as a local
run (`pipeline.ner.parse_texts`), returning the docs as a DocBin. The client
deserialises, extracts and stores, so outputs are the same tables as a local
run. A bounded window of batches in flight keeps memory flat.

The trigger lexicon travels with the tasks (its bytes), so workers on other
machines parse the same sentences; the model and designa itself must be
installed on the workers, and a worker whose model differs is refused.
"""
from __future__ import annotations

import hashlib
import tempfile
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, DocBin
from spacy.util import minibatch
from spacy.vocab import Vocab

from pipeline.config import Config
from pipeline.errors import DesignaError

# Worker-process state: the loaded model per (model settings) and trigger files by hash.
_MODELS: dict[str, Any] = {}
_TRIGGERS: dict[str, Path] = {}


class ClusterError(DesignaError):
    """The Dask cluster cannot be reached or a worker cannot do the work."""


def _worker_model(config: Config) -> tuple[Any, str]:
    from pipeline.nlp import load_nlp

    wanted = repr((config.data["model"], config.get("run.parse")))
    if wanted not in _MODELS:
        nlp, info = load_nlp(config)
        _MODELS[wanted] = (nlp, f"{info.name} {info.version} on spaCy {info.spacy_version}")
    return _MODELS[wanted]


def _worker_triggers(content: bytes) -> Path:
    digest = hashlib.sha256(content).hexdigest()[:16]
    if digest not in _TRIGGERS:
        path = Path(tempfile.gettempdir()) / f"designa-triggers-{digest}.toml"
        path.write_bytes(content)
        _TRIGGERS[digest] = path
    return _TRIGGERS[digest]


def parse_batch(config: Config, triggers: bytes, texts: list[str], batch_size: int) -> tuple[str, bytes]:
    """Run on a worker: parse texts, return (the worker's model, the docs as DocBin bytes)."""
    from pipeline.ner import parse_texts

    nlp, key = _worker_model(config)
    docbin = DocBin(store_user_data=False)
    for doc, _ in parse_texts(nlp, ((text, i) for i, text in enumerate(texts)),
                              mode=config.get("run.parse"), triggers=_worker_triggers(triggers),
                              batch_size=batch_size, n_process=1):
        docbin.add(doc)
    return key, docbin.to_bytes()


def parse_on_cluster(address: str, config: Config, vocab: Vocab, items: Iterable[tuple[str, Any]], *,
                     batch_size: int = 64, expected_model: str | None = None,
                     in_flight_per_worker: int = 2) -> Iterator[tuple[Doc, Any]]:
    """Parse (text, context) pairs on the cluster at `address`; yield (doc, context) in input order.

    Raises:
        ClusterError: the scheduler cannot be reached, or a worker runs another model.
    """
    try:
        from distributed import Client
    except ImportError as error:  # pragma: no cover - a declared dependency
        raise ClusterError("--scheduler needs dask[distributed]; `pip install 'dask[distributed]'`.") from error
    try:
        client = Client(address, timeout="20s", set_as_default=False)
    except (OSError, TimeoutError) as error:
        raise ClusterError(f"Cannot reach the Dask scheduler at {address}: {error}") from error
    triggers = config.data_path("extract.triggers").read_bytes()
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        window: deque = deque()
        for batch in minibatch(items, size=batch_size):
            texts = [text for text, _ in batch]
            contexts = [context for _, context in batch]
            future = client.submit(parse_batch, config, triggers, texts, batch_size, pure=False)
            window.append((future, contexts))
            while len(window) >= workers * in_flight_per_worker:
                yield from _collect(*window.popleft(), vocab, expected_model)
        while window:
            yield from _collect(*window.popleft(), vocab, expected_model)
    finally:
        client.close()


def _collect(future: Any, contexts: list[Any], vocab: Vocab,
             expected_model: str | None) -> Iterator[tuple[Doc, Any]]:
    try:
        key, data = future.result()
    except Exception as error:
        raise ClusterError(f"A Dask worker failed to parse a batch: {type(error).__name__}: {error}") from error
    if expected_model is not None and key != expected_model:
        raise ClusterError(
            f"A Dask worker parses with {key}, this machine with {expected_model}: install the "
            "same model, spaCy and designa on the workers.")
    docs = list(DocBin().from_bytes(data).get_docs(vocab))
    yield from zip(docs, contexts)
