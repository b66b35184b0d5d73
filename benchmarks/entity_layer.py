"""Cost of the entity layer: the pipeline with and without it, in one run.

Usage: python benchmarks/entity_layer.py [JSONL] [--docs N]

Reads N articles (default 100) from a JSONL news file (default: the first
El Comercio politics month under ../shared), parses them with the pipeline as
`designa run` loads it, with `entities.enabled` true and false, alternating
the two twice so that both see the same machine load, and prints tokens per
second and the ratio. Timings on a shared machine are noisy: read the ratio.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

# The checkout's own package, also when designa is not installed in this Python.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.config import load_config  # noqa: E402
from pipeline.nlp import load_nlp  # noqa: E402

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "elcomercio-pe-2023" / "politica-2023-01.jsonl"


def texts(path: Path, limit: int) -> list[str]:
    found = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            text = json.loads(line).get("text", "")
            if text.strip():
                found.append(text)
            if len(found) >= limit:
                break
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("jsonl", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--docs", type=int, default=100)
    args = parser.parse_args()
    articles = texts(args.jsonl, args.docs)
    pipelines = {setting: load_nlp(load_config(overrides=[f"entities.enabled={setting}"]))[0]
                 for setting in ("false", "true")}
    seconds = {setting: 0.0 for setting in pipelines}
    tokens = {setting: 0 for setting in pipelines}
    entities = {setting: 0 for setting in pipelines}
    for _ in range(2):
        for setting, nlp in pipelines.items():
            started = time.perf_counter()
            docs = list(nlp.pipe(articles, batch_size=32))
            seconds[setting] += time.perf_counter() - started
            tokens[setting] += sum(len(doc) for doc in docs)
            entities[setting] += sum(len(doc.ents) for doc in docs)
    for setting, label in (("false", "without layer"), ("true", "with layer")):
        print(f"{label:14s} {tokens[setting] / seconds[setting]:10,.0f} tokens/s  "
              f"{entities[setting] // 2:7,d} entities  ({len(articles)} articles, 2 passes)")
    print(f"speed ratio with/without: {seconds['false'] / seconds['true']:.3f}")


if __name__ == "__main__":
    main()
