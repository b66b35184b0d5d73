"""Run the extractor over a news corpus and draw a fixed-seed sample of rows to judge by hand.

Reads the El Comercio corpus from ../shared (never copied into the
repository), parses only the sentences that hold a trigger word form (the
extractor cannot fire elsewhere), and prints the number of rows and a
sample of them with their sentences. Parses are cached (``--cache``) so
that a changed extractor can be measured again without parsing again.

    .venv/bin/python scripts/corpus_sample.py ../shared/corpora/elcomercio-pe-2023 \\
        --sample 50 --seed 13 --out /tmp/designa-sample.md
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import time
from pathlib import Path

from spacy.tokens import DocBin

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.config import load_config  # noqa: E402
from pipeline.session import Session  # noqa: E402

# A cheap sentence split for choosing what to parse; the parser splits again.
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[¿¡“\"'‘(A-ZÁÉÍÓÚÑ0-9])")


def candidate_sentences(corpus: Path, has_trigger) -> list[tuple[str, str]]:
    """(doc_id, sentence) for every sentence of the corpus that holds a trigger form."""
    found = []
    for path in sorted(corpus.glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                for sentence in _SENTENCE.split(record.get("text", "")):
                    if has_trigger(sentence):
                        found.append((record["id"], sentence))
    return found


def parse_cached(session: Session, sentences: list[tuple[str, str]], cache: Path | None, batch_size: int):
    """Parsed docs of the sentences, read from or written to a DocBin cache."""
    key = hashlib.sha1((session.info.key + "".join(s for _, s in sentences)).encode()).hexdigest()[:16]
    path = cache / f"corpus-{key}.spacy" if cache else None
    if path is not None and path.exists():
        return list(DocBin().from_disk(path).get_docs(session.nlp.vocab))
    docs = list(session.nlp.pipe((s for _, s in sentences), batch_size=batch_size))
    if path is not None:
        cache.mkdir(parents=True, exist_ok=True)
        bin_ = DocBin(store_user_data=False)
        for doc in docs:
            bin_.add(doc)
        bin_.to_disk(path)
    return docs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="folder of JSONL articles (fields id, text)")
    parser.add_argument("--sample", type=int, default=50, help="rows to draw")
    parser.add_argument("--seed", type=int, default=13, help="random seed of the draw")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/designa-corpus-cache"), help="parse cache folder")
    parser.add_argument("--batch-size", type=int, default=256)
    parser.add_argument("--out", type=Path, help="write the sample as Markdown here")
    parser.add_argument("--rows", type=Path, help="write every row as JSONL here")
    args = parser.parse_args(argv)

    if not args.corpus.is_dir():
        print(f"Error: corpus folder {args.corpus} does not exist.", file=sys.stderr)
        return 1
    session = Session.load(load_config())
    lexicon = session.extractor.lexicon
    started = time.perf_counter()
    sentences = candidate_sentences(args.corpus, lexicon.has_trigger)
    selected = time.perf_counter()
    docs = parse_cached(session, sentences, args.cache, args.batch_size)
    parsed = time.perf_counter()
    rows = []
    for (doc_id, _), doc in zip(sentences, docs):
        rows.extend(session.extractor.rows(doc, doc_id))
    extracted = time.perf_counter()
    articles = sum(1 for path in args.corpus.glob("*.jsonl") for _ in path.open(encoding="utf-8"))
    print(f"articles: {articles}")
    print(f"sentences with a trigger form: {len(sentences)}")
    print(f"rows: {len(rows)} (documents with rows: {len({r['doc_id'] for r in rows})})")
    by_pattern: dict[str, int] = {}
    for row in rows:
        by_pattern[row["pattern"]] = by_pattern.get(row["pattern"], 0) + 1
    print("rows by pattern: " + ", ".join(f"{k} {v}" for k, v in sorted(by_pattern.items(), key=lambda x: -x[1])))
    print(f"seconds: select {selected - started:.1f}, parse {parsed - selected:.1f}, "
          f"extract {extracted - parsed:.1f}")
    if args.rows:
        with args.rows.open("w", encoding="utf-8") as handle:
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    sample = random.Random(args.seed).sample(rows, min(args.sample, len(rows)))
    lines = [f"# Sample of {len(sample)} rows (seed {args.seed}) of {len(rows)}", ""]
    for n, row in enumerate(sample, start=1):
        lines += [f"{n}. ({row['designator']!r}, {row['designee']!r}, {row['role']!r}) "
                  f"trigger={row['trigger']} status={row['status']} voice={row['voice']} "
                  f"pattern={row['pattern']} doc={row['doc_id']}",
                  f"   > {row['sentence']}", ""]
    text = "\n".join(lines)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
        print(f"sample written to {args.out}")
    else:
        print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
