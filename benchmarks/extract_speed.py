"""Extraction speed: the pattern set as shipped against spaCy's own expansion of "{0,N}".

Both sides run in the same process on the same parsed sentences (the seed
article in data/raw and the sentences of tests/test_extract_model.py,
repeated), so that the ratio holds on a busy machine. Prints milliseconds
per sentence for each side, the ratio, and whether both found the same rows.

    .venv/bin/python benchmarks/extract_speed.py --repeat 20
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from pipeline.config import load_config  # noqa: E402
from pipeline.extract.extractor import Extractor  # noqa: E402
from pipeline.extract.lexicon import load_lexicon  # noqa: E402
from pipeline.extract.normalize import load_normalizer  # noqa: E402
from pipeline.extract.patterns import load_patterns  # noqa: E402
from pipeline.session import Session  # noqa: E402
from test_extract_model import CASES, NOT_DESIGNATIONS  # noqa: E402


def timed(extractor: Extractor, docs) -> tuple[float, list]:
    started = time.perf_counter()
    rows = [extractor.rows(doc, "b") for doc in docs]
    return time.perf_counter() - started, rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=10, help="times each sentence is extracted")
    args = parser.parse_args()
    config = load_config()
    session = Session.load(config)
    texts = [text for text, _ in CASES] + NOT_DESIGNATIONS
    seed = ROOT / "data" / "raw" / "peru-aliado-principal-otan.txt"
    if seed.exists():
        texts += [line for line in seed.read_text(encoding="utf-8").splitlines() if line.strip()]
    docs = list(session.nlp.pipe(texts)) * args.repeat
    sides = {}
    for name, cheap in (("shipped ('*' + bound)", True), ("spaCy {0,N} expansion", False)):
        extractor = Extractor(
            load_lexicon(config.data_path("extract.triggers")),
            load_patterns(config.data_path("extract.patterns"), session.nlp.vocab, cheap_ranges=cheap),
            load_normalizer(config.data_path("extract.aliases")),
            session.nlp.vocab,
        )
        timed(extractor, docs[:5])  # warm up
        seconds, rows = timed(extractor, docs)
        sides[name] = (seconds, rows)
        print(f"{name:24s} {seconds / len(docs) * 1000:8.3f} ms/sentence  ({len(docs)} sentences)")
    (fast, fast_rows), (slow, slow_rows) = sides.values()
    print(f"ratio (expansion / shipped): {slow / fast:.1f}x; same rows: {fast_rows == slow_rows}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
