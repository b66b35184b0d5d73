"""Throughput: bare spaCy against `designa run` and `designa run --tables triples`, same texts.

    .venv/bin/python benchmarks/throughput.py --articles 1500 --n-process 2
    .venv/bin/python benchmarks/throughput.py --articles 200 --set entities.model=base

Side A: `nlp.pipe` with the full model (the one designa loads, without
designa's additions), same n_process and batch size, counting tokens; its
matrix products by spaCy's default library (blis), or with --bare-matmul numpy
by the one designa uses by default (model.matmul), to see what designa's
ratio owes to that choice.
Side B: `designa run` end to end (ingest, NLP, extract, export) over a JSONL
file of the same texts, from an empty work folder.
Side C: the same with `--tables triples` (designations only).
Model loading is outside every timing; tokens/s are bare spaCy's token count
over each side's time. Prints the tokens/s of each side, both ratios to bare
spaCy, and whether B and C wrote byte-identical triples.csv and facts.csv.
With --compare-full also runs `designa run` with run.parse="full" and prints
how its triples and entities differ from those of the default parse.

Reads the El Comercio articles from ../shared/corpora (measuring only; nothing
is copied into the repository; the temporary files are deleted).
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The checkout's own package, also when designa is not installed in this Python.
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpora" / "elcomercio-pe-2023"


def load_articles(limit: int | None) -> list[dict]:
    """The first `limit` articles, taken round-robin over the monthly files (a mix of sections)."""
    files = sorted(CORPUS.glob("*.jsonl"))
    if not files:
        raise SystemExit(f"No corpus at {CORPUS}: this benchmark reads ../shared/corpora.")
    handles = [path.open(encoding="utf-8") for path in files]
    articles: list[dict] = []
    while handles and (limit is None or len(articles) < limit):
        for handle in list(handles):
            line = handle.readline()
            if not line:
                handle.close()
                handles.remove(handle)
                continue
            articles.append(json.loads(line))
            if limit is not None and len(articles) >= limit:
                break
    for handle in handles:
        handle.close()
    return articles


def load_bare(model: str):
    import spacy

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return spacy.load(model)


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the worker processes) so far."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def bare_spacy(nlp, texts: list[str], n_process: int, batch_size: int) -> tuple[int, float, float]:
    started, cpu = time.perf_counter(), cpu_seconds()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, n_process=n_process, batch_size=batch_size))
    return tokens, time.perf_counter() - started, cpu_seconds() - cpu


def load_session(overrides: list[str]):
    from pipeline.config import load_config
    from pipeline.session import Session

    return Session.load(load_config(None, overrides))


def designa_run(session, archive: Path, folder: Path, n_process: int,
                batch_size: int, tables: str = "all") -> tuple[object, float, float]:
    from pipeline.runner import run

    started, cpu = time.perf_counter(), cpu_seconds()
    summary = run([archive], folder / "work", folder / "out", session, n_process=n_process,
                  batch_size=batch_size, tables=tables)
    return summary, time.perf_counter() - started, cpu_seconds() - cpu


def read_rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle))


TRIPLE_KEY = ("doc_id", "designator", "designee", "role", "trigger", "status", "voice",
              "designator_start", "designee_start", "designee_end", "role_start", "role_end",
              "trigger_start", "pattern")


def compare(fast_out: Path, full_out: Path) -> dict:
    """How the fast parse's triples and entities differ from those of a full parse."""
    fast, full = read_rows(fast_out / "triples.csv"), read_rows(full_out / "triples.csv")
    key = lambda row: tuple(row[c] for c in TRIPLE_KEY)
    fast_keys, full_keys = {key(r) for r in fast}, {key(r) for r in full}
    same = fast_keys & full_keys
    full_by_key = {key(r): r for r in full}
    moved = sum(1 for r in fast if key(r) in full_by_key and (
        r["sent_index"] != full_by_key[key(r)]["sent_index"]
        or r["sentence"] != full_by_key[key(r)]["sentence"]))
    ent = lambda row: (row["doc_id"], row["start"], row["end"], row["label"])
    fast_ents = {ent(r) for r in read_rows(fast_out / "entities.csv")}
    full_ents = {ent(r) for r in read_rows(full_out / "entities.csv")}
    return {
        "triples_fast": len(fast), "triples_full": len(full), "triples_same": len(same),
        "only_fast": sorted(fast_keys - full_keys)[:20], "only_full": sorted(full_keys - fast_keys)[:20],
        "n_only_fast": len(fast_keys - full_keys), "n_only_full": len(full_keys - fast_keys),
        "same_triple_other_sentence_index_or_text": moved,
        "entities_fast": len(fast_ents), "entities_full": len(full_ents),
        "entities_same": len(fast_ents & full_ents),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1500)
    parser.add_argument("--n-process", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--repeat", type=int, default=2, help="alternating rounds of both sides")
    parser.add_argument("--compare-full", action="store_true",
                        help="also run designa with run.parse=full and compare triples")
    parser.add_argument("--json", type=Path, help="write the figures to this file too")
    parser.add_argument("--bare-matmul", choices=("blis", "numpy"), default="blis",
                        help="the library of bare spaCy's matrix products: blis (spaCy's default) or "
                             "numpy (designa's model.matmul default), to see what designa's gain owes to it")
    parser.add_argument("--set", action="append", default=[], metavar="SECTION.KEY=VALUE",
                        help="a designa setting for side B, e.g. entities.model=base (repeatable)")
    args = parser.parse_args()

    from pipeline.config import load_config
    from pipeline.nlp import installed_models

    model = installed_models(load_config().get("model.names"))[0]
    articles = load_articles(args.articles)
    texts = [a["text"] for a in articles]
    figures: dict = {"articles": len(articles), "n_process": args.n_process, "settings": args.set,
                     "batch_size": args.batch_size, "cores": os.cpu_count(), "model": model}
    with tempfile.TemporaryDirectory(prefix="designa-bench-") as tmp:
        folder = Path(tmp)
        archive = folder / "archive.jsonl"
        with archive.open("w", encoding="utf-8") as handle:
            for article in articles:
                handle.write(json.dumps(article, ensure_ascii=False) + "\n")

        # The sides alternate, `--repeat` times, on a machine whose other load varies:
        # the best time of each side is the least disturbed one.
        bare_nlp, session = load_bare(model), load_session(args.set)
        if args.bare_matmul == "numpy":
            from pipeline.nlp import use_matmul

            use_matmul(bare_nlp, "numpy")
        figures["bare_matmul"] = args.bare_matmul
        figures["designa_matmul"] = session.config.get("model.matmul")
        times: dict[str, list[float]] = {"bare": [], "all": [], "triples": []}
        cpu: dict[str, list[float]] = {"bare": [], "all": [], "triples": []}
        summaries: dict[str, object] = {}
        for round_ in range(args.repeat):
            tokens, seconds, cpu_used = bare_spacy(bare_nlp, texts, args.n_process, args.batch_size)
            times["bare"].append(seconds)
            cpu["bare"].append(cpu_used)
            print(f"[{round_ + 1}] bare spaCy ({model}, n_process={args.n_process}, matrix products by "
                  f"{args.bare_matmul}): {tokens:,} tokens "
                  f"in {seconds:.1f} s = {tokens / seconds:,.0f} tokens/s (CPU {cpu_used:.1f} s)", flush=True)
            for tables in ("all", "triples"):
                summary, seconds, cpu_used = designa_run(session, archive, folder / f"{tables}{round_}",
                                                         args.n_process, args.batch_size, tables)
                times[tables].append(seconds)
                cpu[tables].append(cpu_used)
                summaries[tables] = summary
                print(f"[{round_ + 1}] designa run --tables {tables} (n_process={args.n_process}, ingest "
                      f"to export): {seconds:.1f} s = {tokens / seconds:,.0f} tokens/s (CPU {cpu_used:.1f} s), "
                      f"{summary.triples} triples, {summary.parse.parsed_tokens:,} tokens through the model "
                      f"(stages: { {k: round(v, 1) for k, v in summary.seconds.items()} })", flush=True)
        best = {side: min(values) for side, values in times.items()}
        least_cpu = {side: min(values) for side, values in cpu.items()}
        figures["tokens"] = tokens
        figures["seconds"] = {side: [round(t, 2) for t in values] for side, values in times.items()}
        figures["cpu_seconds"] = {side: [round(t, 2) for t in values] for side, values in cpu.items()}
        figures["tokens_per_s"] = {side: round(tokens / t) for side, t in best.items()}
        figures["ratio_all"] = round(best["bare"] / best["all"], 2)
        figures["ratio_triples"] = round(best["bare"] / best["triples"], 2)
        # On a shared machine the wall clock measures the neighbours too; CPU time measures the work.
        figures["cpu_ratio_all"] = round(least_cpu["bare"] / least_cpu["all"], 2)
        figures["cpu_ratio_triples"] = round(least_cpu["bare"] / least_cpu["triples"], 2)
        figures["load_average"] = os.getloadavg()
        figures["triples"] = {side: summaries[side].triples for side in ("all", "triples")}
        identical = {name: all((folder / f"all{r}" / "out" / name).read_bytes()
                               == (folder / f"triples{r}" / "out" / name).read_bytes()
                               for r in range(args.repeat))
                     for name in ("triples.csv", "facts.csv")}
        figures["identical"] = identical
        rate = figures["tokens_per_s"]
        print(f"best: bare spaCy {rate['bare']:,} tokens/s; designa run {rate['all']:,} tokens/s "
              f"= {figures['ratio_all']:.2f}x bare spaCy; designa run --tables triples "
              f"{rate['triples']:,} tokens/s = {figures['ratio_triples']:.2f}x bare spaCy", flush=True)
        print(f"CPU time (all processes): designa run {figures['cpu_ratio_all']:.2f}x less than bare spaCy, "
              f"--tables triples {figures['cpu_ratio_triples']:.2f}x less; load average "
              f"{', '.join(f'{x:.1f}' for x in figures['load_average'])} on {os.cpu_count()} cores", flush=True)
        print(f"triples of both modes identical: {'yes' if identical['triples.csv'] else 'NO'} "
              f"({figures['triples']['all']} and {figures['triples']['triples']} rows; facts.csv "
              f"{'identical' if identical['facts.csv'] else 'DIFFERENT'})", flush=True)

        if args.compare_full:
            full, full_seconds, _ = designa_run(load_session([*args.set, 'run.parse="full"']), archive,
                                             folder / "full", args.n_process, args.batch_size)
            figures["designa_full_seconds"] = round(full_seconds, 2)
            figures["designa_full_tokens_per_s"] = round(tokens / full_seconds)
            figures["fast_vs_full"] = compare(folder / "all0" / "out", folder / "full" / "out")
            diff = figures["fast_vs_full"]
            print(f"designa run (parse=full): {full_seconds:.1f} s = {tokens / full_seconds:,.0f} tokens/s")
            print(f"triples fast {diff['triples_fast']}, full {diff['triples_full']}, identical "
                  f"{diff['triples_same']}, only fast {diff['n_only_fast']}, only full "
                  f"{diff['n_only_full']}; same triple with another sentence index/text: "
                  f"{diff['same_triple_other_sentence_index_or_text']}")
            print(f"entities fast {diff['entities_fast']}, full {diff['entities_full']}, identical "
                  f"{diff['entities_same']}")
            for label in ("only_fast", "only_full"):
                for row in diff[label][:10]:
                    print(f"  {label}: {row}")
    if args.json:
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
