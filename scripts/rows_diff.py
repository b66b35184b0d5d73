"""Compare two row files of `scripts/corpus_sample.py --rows`: the sentences whose rows changed.

A change to the rules is judged by what it does to the rows of a whole corpus, read by hand,
not by its score on the gold sentences alone. Write the rows of the old and the new rules
(`corpus_sample.py ... --rows old.jsonl`, from a checkout of the old commit, then
`--rows new.jsonl`), and list every sentence whose rows differ:

    .venv/bin/python scripts/rows_diff.py old.jsonl new.jsonl
    .venv/bin/python scripts/rows_diff.py old.jsonl new.jsonl --fields designee,role

A row is compared on designator, designee, role and status (or the fields given).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

FIELDS = ("designator", "designee", "role", "status")


def load(path: Path, fields: tuple[str, ...]) -> tuple[dict[tuple[str, str], set[tuple[str, ...]]], int]:
    """Rows keyed by (document, sentence); unreadable lines are reported and skipped."""
    rows: dict[tuple[str, str], set[tuple[str, ...]]] = defaultdict(set)
    count = 0
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                key = (row["doc_id"], row.get("sentence", ""))
                rows[key].add(tuple(str(row.get(f, "")) for f in fields))
            except (json.JSONDecodeError, KeyError, TypeError) as error:
                print(f"{path}:{number}: skipped ({error})", file=sys.stderr)
                continue
            count += 1
    return rows, count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path, help="rows of the old rules (JSONL)")
    parser.add_argument("new", type=Path, help="rows of the new rules (JSONL)")
    parser.add_argument("--fields", default=",".join(FIELDS), help="fields that make a row (comma-separated)")
    args = parser.parse_args(argv)
    fields = tuple(f.strip() for f in args.fields.split(",") if f.strip())
    for path in (args.old, args.new):
        if not path.is_file():
            print(f"Error: {path} is not a file.", file=sys.stderr)
            return 1
    old, old_count = load(args.old, fields)
    new, new_count = load(args.new, fields)
    changed = [key for key in sorted(set(old) | set(new)) if old.get(key, set()) != new.get(key, set())]
    gone = sum(len(old.get(k, set()) - new.get(k, set())) for k in changed)
    came = sum(len(new.get(k, set()) - old.get(k, set())) for k in changed)
    print(f"rows: {old_count} -> {new_count}; sentences changed: {len(changed)}; rows gone: {gone}, came: {came}")
    for key in changed:
        doc_id, sentence = key
        print(f"\n[{doc_id}] {sentence}")
        for row in sorted(old.get(key, set()) - new.get(key, set())):
            print("  -", row)
        for row in sorted(new.get(key, set()) - old.get(key, set())):
            print("  +", row)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # "| head": the reader has what it wanted
        sys.stderr.close()
        sys.exit(0)
