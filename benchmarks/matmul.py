"""Matrix products by blis (spaCy's default) against numpy's BLAS (`model.matmul`), on this machine.

    .venv/bin/python benchmarks/matmul.py --sentences 2500

Prints, for one thread and each library:
- a plain product of the shape the networks multiply (tokens x 288 by 288 x 288), in GFLOP/s;
- the model's time per token on news sentences: the whole pipeline (the
  trigger sentences' treatment) and the NER side alone (every other sentence
  of a run with entities), best of `--repeat` rounds, in CPU time;
- whether both libraries gave the same entities, parts of speech and parses.

Reads sentences of the El Comercio articles from ../shared/corpora (measuring
only; nothing is copied into the repository).
"""
from __future__ import annotations

import argparse
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def product_speed(ops, rows: int, rounds: int = 200) -> float:
    """GFLOP/s of (rows x 288) @ (288 x 288) in single precision, in CPU time."""
    import numpy

    left = numpy.random.rand(rows, 288).astype("float32")
    right = numpy.random.rand(288, 288).astype("float32")
    ops.gemm(left, right)
    started = time.process_time()
    for _ in range(rounds):
        ops.gemm(left, right)
    return 2 * rows * 288 * 288 * rounds / (time.process_time() - started) / 1e9


def sentences(limit: int) -> list[str]:
    """News sentences: the first `limit` sentences of the benchmark's articles, 5 to 80 tokens long."""
    import re

    from throughput import load_articles

    found: list[str] = []
    for article in load_articles(limit // 10 + 50):
        for sentence in re.split(r"(?<=[.!?])\s+", article["text"]):
            if 5 <= len(sentence.split()) <= 80:
                found.append(sentence)
                if len(found) >= limit:
                    return found
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sentences", type=int, default=2500)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from threadpoolctl import threadpool_limits
    from thinc.api import NumpyOps

    from pipeline.analyse.component import Plan, apply
    from pipeline.config import load_config
    from pipeline.nlp import load_nlp

    threadpool_limits(1, user_api="blas")
    libraries = {"blis": NumpyOps(), "numpy": NumpyOps(use_blis=False)}
    for name, ops in libraries.items():
        print(f"{name}: {product_speed(ops, 2000):.1f} GFLOP/s (2000 x 288 by 288 x 288, one thread)", flush=True)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        nlp, _ = load_nlp(load_config(None, ["model.matmul=\"blis\""]))
    plan = Plan.of(nlp)
    texts = sentences(args.sentences)
    nodes = [node for _, component in nlp.pipeline
             if hasattr(getattr(component, "model", None), "walk") for node in component.model.walk()]
    best: dict[tuple[str, str], float] = {}
    output: dict[str, list] = {}
    for _ in range(args.repeat):
        for name, ops in libraries.items():
            for node in nodes:
                node.ops = ops
            for part, names in (("whole pipeline", plan.parse), ("NER side", plan.ner)):
                docs = [nlp.make_doc(text) for text in texts]
                tokens = sum(len(doc) for doc in docs)
                started = time.process_time()
                docs = apply(nlp, names, docs, 64)
                seconds = time.process_time() - started
                key = (name, part)
                best[key] = min(best.get(key, seconds), seconds)
                output[f"{name} {part}"] = [
                    ([(e.start, e.end, e.label_) for e in doc.ents],
                     [(t.pos_, t.dep_, t.head.i) for t in doc] if part == "whole pipeline" else [])
                    for doc in docs]
    print(f"{len(texts):,} sentences, {tokens:,} tokens; CPU microseconds per token, best of {args.repeat}:")
    for part in ("whole pipeline", "NER side"):
        blis, numpy = best[("blis", part)], best[("numpy", part)]
        same = output[f"blis {part}"] == output[f"numpy {part}"]
        print(f"  {part}: blis {1e6 * blis / tokens:.1f}, numpy {1e6 * numpy / tokens:.1f} "
              f"({blis / numpy:.2f}x); same entities{' and parses' if part == 'whole pipeline' else ''}: "
              f"{'yes' if same else 'NO'}")


if __name__ == "__main__":
    main()
