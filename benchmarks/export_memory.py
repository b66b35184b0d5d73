"""Peak memory and time of `designa export` and `designa report` at two sizes.

Builds two synthetic work stores (N and SCALE*N triples, five entities per
triple; the text is generated here, not taken from any corpus), runs each
format and the report in a fresh process, and prints peak RSS, seconds and
the big/small ratios. Flat memory means a RSS ratio near 1 while rows grow
SCALE times.

    .venv/bin/python benchmarks/export_memory.py [N] [SCALE]
"""
from __future__ import annotations

import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from store_builder import build_store, document, entity, triple  # noqa: E402

NAMES = ["Ana Ruiz", "Luis Díaz", "Marta Gil", "Pedro Soto", "Rosa Gil", "Hugo Vega"]
ROLES = ["jefa del SIS", "ministro del Interior", "embajador en Chile", "defensora del Pueblo",
         "- gerente general", "viceministro de Salud"]
AGENTS = ["Gobierno", "Ejecutivo", "Pleno", "Cancillería", "directorio"]


def make_store(work: Path, triples: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    documents, rows, entities = [], [], []
    for index in range(triples):
        doc_id = f"doc-{index // 3:08d}"
        if index % 3 == 0:
            documents.append(document(doc_id, f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2023",
                                      title=f"Nota {index}", url=f"https://example.org/{index}"))
        agent, name, role = rng.choice(AGENTS), rng.choice(NAMES), rng.choice(ROLES)
        filler = " ".join(rng.choice(["que", "la", "del", "sesión", "hoy", "según", "fuentes"])
                          for _ in range(rng.randint(5, 40)))
        sentence = f"El {agent} designó a {name} como {role} {filler}."
        rows.append(triple(doc_id, sentence, agent, name, role, "designó", sent_index=index % 3,
                           status=rng.choice(["asserted", "asserted", "planned", "negated"])))
        entities += [entity(doc_id, name, "PER", 100 * (index % 3) + k) for k in range(5)]
    build_store(work, documents, rows, entities)


def child(args: list[str]) -> tuple[float, float]:
    """Seconds and peak RSS (MB) of one command, measured inside a wrapper process."""
    code = ("import resource,subprocess,sys,time;t=time.perf_counter();"
            "subprocess.run(sys.argv[1:],check=True,stdout=subprocess.DEVNULL);"
            "print(time.perf_counter()-t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss/1024)")
    out = subprocess.run([sys.executable, "-c", code, *args], check=True, capture_output=True, text=True)
    seconds, rss = out.stdout.split()
    return float(seconds), float(rss)


def main() -> None:
    if any(arg in ("-h", "--help") for arg in sys.argv[1:]):
        print(__doc__)
        return
    small = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    scale = int(sys.argv[2]) if len(sys.argv) > 2 else 4
    designa = str(ROOT / ".venv" / "bin" / "designa")
    with tempfile.TemporaryDirectory() as tmp:
        results = {}
        for size in (small, small * scale):
            work = Path(tmp) / f"work-{size}"
            make_store(work, size)
            for fmt in ("csv", "jsonl", "parquet", "xlsx", "report"):
                out = Path(tmp) / f"out-{size}-{fmt}"
                args = ([designa, "report", "--work", str(work), "--out", str(out), "--quiet"]
                        if fmt == "report" else
                        [designa, "export", "--work", str(work), "--out", str(out), "--format", fmt, "--quiet"])
                seconds, rss = child(args)
                size_mb = sum(p.stat().st_size for p in out.iterdir()) / 1e6
                results[(size, fmt)] = (seconds, rss, size_mb)
                print(f"{size:>8,} triples {size * 5:>9,} entities  {fmt:8} {seconds:7.1f} s  "
                      f"peak RSS {rss:7.1f} MB  output {size_mb:7.1f} MB", flush=True)
        print(f"\nratios, {small * scale:,} vs {small:,} triples (x{scale} rows):")
        for fmt in ("csv", "jsonl", "parquet", "xlsx", "report"):
            (s1, r1, _), (s2, r2, _) = results[(small, fmt)], results[(small * scale, fmt)]
            print(f"  {fmt:8} time x{s2 / s1:4.2f}   peak RSS x{r2 / r1:4.2f}")


if __name__ == "__main__":
    main()
