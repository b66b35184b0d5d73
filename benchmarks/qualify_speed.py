"""Qualifier speed: rows qualified per second, against extraction's own cost per row.

Qualifies the gold rows of tests/gold/qualifiers.jsonl (placed in their
sentences, as `designa evaluate --qualifiers-on-gold` does) `--repeat`
times, and prints rows per second and microseconds per row. No model is
needed; on a busy machine, read the figure as an order of magnitude.

    .venv/bin/python benchmarks/qualify_speed.py --repeat 20
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.config import load_config  # noqa: E402
from pipeline.evaluate import located_gold_rows, read_gold  # noqa: E402
from pipeline.qualify import Qualifier  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=ROOT / "tests" / "gold" / "qualifiers.jsonl")
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args(argv)
    qualifier = Qualifier.from_config(load_config())
    items = [(located_gold_rows(item), item.get("published"), item["text"]) for item in read_gold(args.gold)]
    rows = sum(len(r) for r, _, _ in items) * args.repeat
    started = time.perf_counter()
    for _ in range(args.repeat):
        for found, published, text in items:
            qualifier.qualify(found, published, text)
    seconds = time.perf_counter() - started
    print(f"rows qualified: {rows:,} in {seconds:.2f} s: {rows / seconds:,.0f} rows/s, "
          f"{1e6 * seconds / rows:.0f} µs per row")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
