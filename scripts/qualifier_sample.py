"""Rows of a news corpus with their dates and predecessors, to judge the qualifiers by hand.

Reads the El Comercio corpus from ../shared (never copied into the
repository). Two draws, both over sentences that hold a trigger word form:

- every sentence that also holds a predecessor cue ("en reemplazo de", ...),
  parsed and qualified: each row is printed with its `replaces`, so that
  precision (rows with a predecessor) and recall (cue sentences whose row
  got none) can be judged;
- a fixed-seed sample of sentences with a date phrase: the rows dated by
  their sentence are printed with the phrase and the resolved date, then
  the rows that kept the publication date (to judge the phrases missed).

Each sentence is qualified against its article's publication date.

    .venv/bin/python scripts/qualifier_sample.py ../shared/corpora/elcomercio-pe-2023 \\
        --dates 60 --seed 14 --out /tmp/designa-qualifiers.md
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.config import load_config  # noqa: E402
from pipeline.session import Session  # noqa: E402

# A cheap sentence split for choosing what to parse; the parser splits again.
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[¿¡“\"'‘(A-ZÁÉÍÓÚÑ0-9])")


def corpus_sentences(corpus: Path, has_trigger) -> list[tuple[str, str, str]]:
    """(doc_id, published, sentence) for every sentence of the corpus that holds a trigger form."""
    found = []
    for path in sorted(corpus.glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                published = str(record.get("date") or record.get("published") or "")
                for sentence in _SENTENCE.split(record.get("text", "")):
                    if has_trigger(sentence):
                        found.append((record["id"], published, sentence))
    return found


def qualified_rows(session: Session, chosen: list[tuple[str, str, str]]) -> list[dict]:
    rows = []
    for (doc_id, published, sentence), doc in zip(chosen, session.nlp.pipe(s for _, _, s in chosen)):
        rows.extend(session.qualifier.qualify(session.extractor.rows(doc, doc_id), published, sentence))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="folder of JSONL articles (fields id, date, text)")
    parser.add_argument("--dates", type=int, default=60, help="sentences with a date phrase to draw")
    parser.add_argument("--seed", type=int, default=14, help="random seed of the draw")
    parser.add_argument("--out", type=Path, help="write the rows as Markdown here")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"Error: corpus folder {args.corpus} does not exist.", file=sys.stderr)
        return 1
    session = Session.load(load_config())
    sentences = corpus_sentences(args.corpus, session.extractor.lexicon.has_trigger)
    finder, cues = session.qualifier.dates, session.qualifier.predecessors
    with_cue = [s for s in sentences if cues.has_cue(s[2])]
    with_date = [s for s in sentences if finder.mentions(s[2]) and s not in with_cue]
    drawn = random.Random(args.seed).sample(with_date, min(args.dates, len(with_date)))
    cue_rows = qualified_rows(session, with_cue)
    drawn_rows = qualified_rows(session, drawn)
    date_rows = [r for r in drawn_rows if r["date_source"] == "sentence"]
    other_rows = [r for r in drawn_rows if r["date_source"] != "sentence"]
    lines = [f"# Qualifiers on {args.corpus.name}", "",
             f"sentences with a trigger form: {len(sentences)}; with a predecessor cue: {len(with_cue)}; "
             f"with a date phrase: {len(with_date)} (drawn: {len(drawn)}, seed {args.seed})", "",
             f"## Rows of the predecessor-cue sentences ({len(cue_rows)}; "
             f"{sum(1 for r in cue_rows if r['replaces'])} with a predecessor)", ""]
    for n, row in enumerate(cue_rows, start=1):
        lines += [f"{n}. ({row['designee']!r}, {row['role']!r}) replaces={row['replaces']!r} "
                  f"status={row['status']} doc={row['doc_id']}", f"   > {row['sentence']}", ""]
    lines += [f"## Rows dated by their sentence ({len(date_rows)})", ""]
    for n, row in enumerate(date_rows, start=1):
        lines += [f"{n}. ({row['designee']!r}, {row['role']!r}) date={row['date']} ({row['date_precision']}) "
                  f"from {row['date_text']!r} status={row['status']} doc={row['doc_id']}",
                  f"   > {row['sentence']}", ""]
    lines += ["", f"## Rows of the drawn sentences dated otherwise ({len(other_rows)}): "
              "a date phrase the row did not take", ""]
    for n, row in enumerate(other_rows, start=1):
        lines += [f"{n}. ({row['designee']!r}, {row['role']!r}) date={row['date']} ({row['date_source']}) "
                  f"status={row['status']} doc={row['doc_id']}", f"   > {row['sentence']}", ""]
    text = "\n".join(lines)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
