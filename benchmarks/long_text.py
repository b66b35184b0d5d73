"""Long and pathological documents: time and peak memory of `designa run` on one huge record.

    .venv/bin/python benchmarks/long_text.py --sizes 50000 1000000 --tables all triples

Inputs, written to a temporary folder (nothing is kept):

- `line`: a single line of N characters with no punctuation at all, built
  from common Spanish words, with a trigger phrase ("designó a Ana Torres
  como ministra de Salud") every ~2,000 words: the worst case of sentence
  splitting (one "sentence" of N characters);
- `article` (with ../shared/corpora present): El Comercio articles joined
  with blank lines into one document of N characters: a normal long text.

For each, prints the wall time, the CPU time (model loading included), the
peak RSS of the largest process and the triples found, so that cost can be read as a function of length. The goal:
a 1 MB line in under a minute, with memory that does not follow the length.
"""
from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import CORPUS, load_articles  # noqa: E402

WORDS = ("el gobierno de la ciudad informó que las obras en la avenida principal continúan con "
         "normalidad según los vecinos del barrio y los comerciantes de la zona").split()
TRIGGER = "designó a Ana Torres como ministra de Salud"


def pathological_line(size: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    words: list[str] = []
    length = 0
    while length < size:
        word = TRIGGER if len(words) % 2000 == 1000 else rng.choice(WORDS)
        words.append(word)
        length += len(word) + 1
    return " ".join(words)[:size]


def long_article(size: int) -> str | None:
    if not any(CORPUS.glob("*.jsonl")):
        return None
    parts: list[str] = []
    length = 0
    for article in load_articles(None):
        parts.append(article["text"])
        length += len(article["text"]) + 2
        if length >= size:
            break
    return "\n\n".join(parts)[:size]


def measure(text: str, folder: Path, tables: str) -> dict:
    (folder / "in").mkdir(parents=True, exist_ok=True)
    (folder / "in" / "document.txt").write_text(text, encoding="utf-8")
    command = [sys.executable, "-m", "pipeline", "run", str(folder / "in"), "--work", str(folder / "work"),
               "--out", str(folder / "out"), "--quiet", "--tables", tables, "--set",
               f"input.max_chars={max(len(text) + 1, 50_000_000)}"]
    wrapper = ("import resource, subprocess, sys; code = subprocess.call(sys.argv[1:]); "
               "usage = resource.getrusage(resource.RUSAGE_CHILDREN); "
               "print(usage.ru_utime + usage.ru_stime, usage.ru_maxrss); sys.exit(code)")
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", wrapper, *command], capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"designa run failed: {done.stderr[-2000:]}")
    info = json.loads((folder / "out" / "run.json").read_text(encoding="utf-8"))
    cpu, peak_kb = done.stdout.split()[-2:]
    # CPU time (model loading included) reads the work on a shared machine; wall time reads the load too.
    return {"seconds": round(seconds, 1), "cpu_seconds": round(float(cpu), 1),
            "peak_rss_mb": round(int(peak_kb) / 1024, 1),
            "tokens": info["nlp"]["tokens"], "model_tokens": info["nlp"]["model_tokens"],
            "sentences_cut": info["nlp"]["sentences_cut"], "triples": info["triples"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[50_000, 1_000_000])
    parser.add_argument("--kinds", nargs="+", default=["line", "article"], choices=["line", "article"])
    parser.add_argument("--tables", nargs="+", default=["all", "triples"], choices=["all", "triples"])
    args = parser.parse_args()
    for kind in args.kinds:
        for size in args.sizes:
            text = pathological_line(size) if kind == "line" else long_article(size)
            if text is None:
                print(f"{kind}: no corpus at {CORPUS}; skipped")
                continue
            for tables in args.tables:
                with tempfile.TemporaryDirectory(prefix="designa-long-") as tmp:
                    figures = measure(text, Path(tmp), tables)
                print(f"{kind} of {len(text):,} characters, --tables {tables}: {json.dumps(figures)}",
                      flush=True)


if __name__ == "__main__":
    main()
