"""The NLP stage on a Dask cluster (`--scheduler ADDRESS`).

The client sends batches of (doc_id, text_hash, text); each worker loads the
model and the extractor once (kept in this module of the worker process) and
runs the same `Analyser` as a local run, returning serialised parses and
rows. The client only stores them, so the outputs are the same tables as a
local run. A bounded window of batches in flight keeps memory flat.

The rule files (triggers, patterns, aliases) travel with the tasks, so
workers on other machines use the client's rules; the model and designa
itself must be installed on the workers, and a worker whose model or
extraction code differs is refused.
"""
from __future__ import annotations

import copy
import hashlib
import tempfile
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from pipeline.analyse.workers import text_batches
from pipeline.config import Config
from pipeline.errors import DesignaError
from pipeline.fingerprints import RULE_FILES, rows_fingerprint

# Worker-process state: one analyser per (settings, rules), and rule files by content hash.
_ANALYSERS: dict[str, tuple[Any, str]] = {}


class ClusterError(DesignaError):
    """The Dask cluster cannot be reached or a worker cannot do the work."""


def _rule_file(dotted: str, content: bytes) -> Path:
    digest = hashlib.sha256(content).hexdigest()[:16]
    suffix = Path(dotted.split(".")[1]).name + (".json" if dotted.endswith("patterns") else ".toml")
    path = Path(tempfile.gettempdir()) / f"designa-{digest}-{suffix}"
    if not path.exists():
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_bytes(content)
        tmp.replace(path)
    return path


def _worker_analyser(config: Config, rules: dict[str, bytes], tables: str,
                     batch_size: int) -> tuple[Any, str]:
    from pipeline.fingerprints import rows_fingerprint
    from pipeline.session import Session

    local = copy.deepcopy(config)
    for dotted, content in rules.items():
        section, key = dotted.split(".")
        local.data[section][key] = str(_rule_file(dotted, content))
    wanted = repr((local.data, tables, batch_size))
    if wanted not in _ANALYSERS:
        session = Session.load(local)
        info = session.info
        identity = f"{info.name} {info.version} on spaCy {info.spacy_version}, rules {rows_fingerprint(local)}"
        _ANALYSERS[wanted] = (session.analyser(tables=tables, batch_size=batch_size), identity)
    return _ANALYSERS[wanted]


def analyse_batch(config: Config, rules: dict[str, bytes], batch: list[tuple[str, str, str]],
                  tables: str, batch_size: int) -> tuple[str, list[Any]]:
    """Run on a worker: the analyses of a batch, with the worker's identity (model, rules)."""
    analyser, identity = _worker_analyser(config, rules, tables, batch_size)
    return identity, analyser(batch)


def analyse_on_cluster(address: str, config: Config, items: Iterable[tuple[str, str, str]], *,
                       batch_size: int = 64, tables: str = "all", expected_model: str | None = None,
                       in_flight_per_worker: int = 2) -> Iterator[Any]:
    """Analyses of (doc_id, text_hash, text) items on the cluster at `address`, in input order.

    Raises:
        ClusterError: the scheduler cannot be reached, or a worker runs another model or code.
    """
    from distributed import Client

    try:
        client = Client(address, timeout="20s", set_as_default=False)
    except (OSError, TimeoutError) as error:
        raise ClusterError(f"Cannot reach the Dask scheduler at {address}: {error}") from error
    rules = {dotted: config.data_path(dotted).read_bytes() for dotted in RULE_FILES}
    expected = f"{expected_model}, rules {rows_fingerprint(config)}" if expected_model else None
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        window: deque = deque()
        for batch in text_batches(items, batch_size):
            window.append(client.submit(analyse_batch, config, rules, batch, tables,
                                        batch_size, pure=False))
            while len(window) >= workers * in_flight_per_worker:
                yield from _collect(window.popleft(), expected)
        while window:
            yield from _collect(window.popleft(), expected)
    finally:
        client.close()


def _collect(future: Any, expected: str | None) -> list[Any]:
    try:
        identity, analyses = future.result()
    except Exception as error:
        raise ClusterError(f"A Dask worker failed on a batch: {type(error).__name__}: {error}") from error
    if expected is not None and identity != expected:
        raise ClusterError(
            f"A Dask worker runs {identity}; this machine runs {expected}. Install the same "
            "model, spaCy and designa on the workers.")
    return analyses
