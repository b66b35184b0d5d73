"""Peak memory of `designa run` for archives of different sizes: it should not grow with the archive.

    .venv/bin/python benchmarks/memory.py --articles 1000 all --n-process 2 --tables all triples

Runs `designa run` (a fresh work folder each time) as a child process over
the first N El Comercio articles (round-robin over the monthly files), or
over all the corpus's JSONL files for `all`, and reports:

- the largest single process's peak RSS (getrusage of the children, exact);
- peak memory of the whole process tree (the main process plus its workers)
  as the sum of PSS (shared pages such as the forked model counted once),
  sampled from /proc every 0.2 s;

and, for two sizes, the ratio of the larger archive's peaks to the smaller's,
for each run mode (`--tables all`, `--tables triples`).
Reads ../shared/corpora (measuring only; temporary files are deleted).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import CORPUS, load_articles  # noqa: E402


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def _pss_kb(pid: int) -> int:
    """Proportional set size: shared pages (the model in forked workers) counted once overall."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def tree_pss_kb(root: int) -> int:
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += _pss_kb(pid)
        stack.extend(_children(pid))
    return total


def _rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def measure(sources: list[Path], folder: Path, n_process: int, tables: str = "all") -> dict:
    """Run designa over `sources`; return seconds, peaks and counts."""
    command = [sys.executable, "-m", "pipeline", "run", *map(str, sources), "--work", str(folder / "work"),
               "--out", str(folder / "out"), "--quiet", "--n-process", str(n_process), "--tables", tables]
    # A small wrapper process per measurement, so that getrusage(RUSAGE_CHILDREN) is this run's alone.
    wrapper = ("import resource, subprocess, sys; code = subprocess.call(sys.argv[1:]); "
               "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); sys.exit(code)")
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", wrapper, *command],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak_tree = peak_main = peak_worker = 0
    while child.poll() is None:
        peak_tree = max(peak_tree, tree_pss_kb(child.pid))
        for main in _children(child.pid):  # the designa process; its children are the workers
            peak_main = max(peak_main, _rss_kb(main))
            for worker in _children(main):
                peak_worker = max(peak_worker, _rss_kb(worker))
        time.sleep(0.2)
    seconds = time.perf_counter() - started
    if child.returncode != 0:
        raise SystemExit(f"designa run failed: {child.stderr.read()[-2000:]}")
    max_process_kb = int(child.stdout.read().strip().splitlines()[-1])
    info = json.loads((folder / "out" / "run.json").read_text(encoding="utf-8"))
    return {
        "seconds": round(seconds, 1),
        "peak_tree_pss_mb": round(peak_tree / 1024, 1),
        "max_process_rss_mb": round(max_process_kb / 1024, 1),
        "main_peak_rss_mb": round(peak_main / 1024, 1),
        "worker_peak_rss_mb": round(peak_worker / 1024, 1),
        "documents": info.get("documents"),
        "tokens": info.get("nlp", {}).get("tokens"),
        "triples": info.get("triples"),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", nargs="+", default=["1000", "all"],
                        help="archive sizes: numbers of articles, or 'all' (the whole corpus folder)")
    parser.add_argument("--n-process", type=int, default=2)
    parser.add_argument("--tables", nargs="+", default=["all", "triples"], choices=["all", "triples"],
                        help="run modes to measure")
    parser.add_argument("--json", type=Path, help="write the figures to this file too")
    args = parser.parse_args()
    results: dict = {}
    for tables in args.tables:
        results[tables] = by_size = {}
        for size in args.articles:
            with tempfile.TemporaryDirectory(prefix="designa-mem-") as tmp:
                folder = Path(tmp)
                if size == "all":
                    sources = sorted(CORPUS.glob("*.jsonl"))
                else:
                    sources = [folder / "archive.jsonl"]
                    with sources[0].open("w", encoding="utf-8") as handle:
                        for article in load_articles(int(size)):
                            handle.write(json.dumps(article, ensure_ascii=False) + "\n")
                by_size[size] = measure(sources, folder, args.n_process, tables)
            print(f"--tables {tables}, {size} articles: {json.dumps(by_size[size], ensure_ascii=False)}",
                  flush=True)
        sizes = list(by_size)
        if len(sizes) >= 2:
            small, large = by_size[sizes[0]], by_size[sizes[-1]]
            ratio = large["peak_tree_pss_mb"] / small["peak_tree_pss_mb"]
            single = large["max_process_rss_mb"] / small["max_process_rss_mb"]
            print(f"--tables {tables}: largest process peak RSS {sizes[-1]} / {sizes[0]}: {single:.2f}x "
                  f"({large['max_process_rss_mb']} MB / {small['max_process_rss_mb']} MB)")
            print(f"--tables {tables}: peak memory of the process tree (PSS) {sizes[-1]} / {sizes[0]}: "
                  f"{ratio:.2f}x ({large['peak_tree_pss_mb']} MB / {small['peak_tree_pss_mb']} MB); "
                  f"cores: {os.cpu_count()}", flush=True)
            by_size["ratio_tree_pss"] = round(ratio, 3)
            by_size["ratio_max_process_rss"] = round(single, 3)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
