"""List the trigger words of a news corpus that gave no row, grouped by their syntactic frame.

For corpus work on the rules: which shapes of sentence hold a trigger form
(the extractor's lexicon, configs/triggers.toml) but yield no designation,
and how often. Each trigger occurrence gets a compact *frame* read from the
dependency parse (see `frame_of`); frames are listed by their number of
misses, most frequent first, with a few example sentences each, and
optionally (``--covered``) the frames that did give rows, for contrast.

Articles are drawn with a fixed seed; only the sentences that hold a
trigger form are parsed (the extractor cannot fire elsewhere), with the
model and extractor loaded as the pipeline loads them. Corpora stay in
../shared: write the listing outside the repository.

    .venv/bin/python scripts/misses.py ../shared/corpora/elcomercio-pe-2023 \\
        --sample 1500 --seed 7 --out /tmp/misses.txt
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc, Token

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.errors import DesignaError  # noqa: E402
from pipeline.extract import tokens  # noqa: E402
from pipeline.extract.extractor import Extractor  # noqa: E402

# A cheap sentence split for choosing what to parse (as scripts/corpus_sample.py); the parser
# splits again, and every trigger is read in the sentence the extractor reads it in.
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[¿¡“\"'‘(A-ZÁÉÍÓÚÑ0-9])")
_SPACE = re.compile(r"\s+")
# The dependents that make a frame: arguments, voice, complements. Adjuncts (adverbs, adverbial
# clauses, coordination, modifiers, punctuation) vary freely and would split every frame.
_FRAME_CHILDREN = frozenset({
    "nsubj", "nsubj:pass", "csubj", "obj", "iobj", "xcomp", "ccomp", "expl", "expl:pass",
    "expl:impers", "aux:pass", "cop", "mark", "nmod", "obl", "obl:arg", "obl:agent", "acl", "appos",
})
# Dependents shown with the preposition or conjunction that introduces them ("obl[por]").
_MARKED_CHILDREN = frozenset({"obl", "obl:arg", "obl:agent", "nmod", "obj", "iobj", "mark", "xcomp", "ccomp"})
# The prepositions and conjunctions that introduce designees, roles and agents: an oblique with
# any other ("en marzo", "tras su renuncia"; "en" is far more often time or place than
# "en el cargo de") is an adjunct and left out of the frame.
DEFAULT_MARKERS = frozenset({"a", "al", "como", "de", "del", "para", "por"})
# Lemmas of "ser" as the models give them ("fue" is sometimes lemmatised as "ir"): an auxiliary
# "ser" makes the passive that the parser often labels plain "aux".
_SER_LEMMAS = frozenset({"ser", "ir"})


@dataclass(frozen=True)
class Occurrence:
    """One trigger word in one sentence, and whether the extractor gave it a row."""

    doc_id: str
    sentence: str
    frame: str
    governor: str
    rows: int
    office: bool = False  # the sentence names an office ("ministro", "jefa"): likelier a designation


@dataclass
class FrameTally:
    """All occurrences of one frame: how many, how many gave rows, and examples."""

    frame: str
    total: int = 0
    covered: int = 0
    missed_examples: list[Occurrence] = field(default_factory=list)
    covered_examples: list[Occurrence] = field(default_factory=list)
    missed_governors: Counter = field(default_factory=Counter)

    @property
    def missed(self) -> int:
        return self.total - self.covered


def _marker(token: Token) -> str:
    """The preposition or conjunction that introduces `token` ("por", "como", "a"), or ""."""
    if token.dep_ == "mark":
        return token.lower_
    for child in token.children:
        if child.dep_ in {"case", "mark"} and child.i < token.i:
            return child.lower_
    return ""


def _child_label(child: Token, markers: frozenset[str]) -> str | None:
    """How a dependent of the trigger shows in its frame, or None when it is left out."""
    label = child.dep_
    if label == "aux":
        return "aux[ser]" if child.lemma_.lower() in _SER_LEMMAS else None
    if label not in _FRAME_CHILDREN:
        return None
    marker = _marker(child) if label in _MARKED_CHILDREN else ""
    if label.startswith("obl") and marker not in markers:
        return None  # an adjunct: "en marzo", "esta semana", "tras su renuncia"
    return f"{label}[{marker}]" if marker in markers and marker else label


def frame_of(trigger: Token, lemma: str, *, markers: frozenset[str] = DEFAULT_MARKERS,
             ordered: bool = True) -> str:
    """A compact key for the syntactic frame of a trigger word.

    Reads: the lexicon lemma, the trigger's part of speech and dependency
    label; the labels of its argument-like dependents, each once, in sentence
    order with the trigger itself as `_` (or, not `ordered`, sorted and
    without `_`): obliques, objects and markers with their preposition or
    conjunction when it is one of `markers`, other obliques left out as
    adjuncts, an auxiliary "ser" as `aux[ser]`; and the part of speech of its
    head (the head's own label is left out: it varies with the clause, not
    with the trigger's construction). For example
    ``nombrar VERB/ROOT: nsubj _ obj[a] obl[como]`` or
    ``designación NOUN/obj: _ nmod[de] <- VERB``.

    Args:
        trigger: the trigger token, in a parsed Doc.
        lemma: the lemma of its lexicon entry (steadier than the model's).
        markers: the prepositions and conjunctions worth showing.
        ordered: keep the dependents in sentence order around the trigger.
    """
    labels: list[str] = []
    for child in trigger.children:
        if child.i > trigger.i and "_" not in labels:
            labels.append("_")
        label = _child_label(child, markers)
        if label is not None and label not in labels:
            labels.append(label)
    if "_" not in labels:
        labels.append("_")
    if not ordered:
        labels = sorted(label for label in labels if label != "_")
    head = trigger.head
    where = "" if head.i == trigger.i else f" <- {head.pos_ or '?'}"
    return f"{lemma} {trigger.pos_ or '?'}/{trigger.dep_ or '?'}: {' '.join(labels) or '-'}{where}"


def _governor(trigger: Token) -> str:
    """The lemma of the verb a trigger depends on ("decidir" of "decidió nombrar"), or ""."""
    head = trigger.head
    if head.i != trigger.i and head.pos_ in {"VERB", "AUX"}:
        return head.lemma_.lower() or head.lower_
    return ""


def occurrences(doc: Doc, extractor: Extractor, doc_id: str, *,
                markers: frozenset[str] = DEFAULT_MARKERS, ordered: bool = True) -> list[Occurrence]:
    """Every trigger word of `doc` with its frame and the number of rows it gave."""
    rows = Counter(designation.trigger.i for designation in extractor(doc))
    offices = extractor.lexicon.words("office_words")
    found = []
    for trigger, entry in extractor.mark_triggers(doc):
        start, end = tokens.sentence_bounds(trigger)
        sentence = _SPACE.sub(" ", doc[start:end].text).strip()
        frame = frame_of(trigger, entry.lemma, markers=markers, ordered=ordered)
        office = any(token.lower_ in offices for token in doc[start:end])
        found.append(Occurrence(doc_id, sentence, frame, _governor(trigger), rows[trigger.i], office))
    return found


def tally(found: Iterable[Occurrence], *, examples: int = 2) -> list[FrameTally]:
    """Group occurrences by frame, most misses first (then most occurrences, then the frame).

    Examples are the first `examples` distinct sentences of each frame, in input order.
    """
    by_frame: dict[str, FrameTally] = {}
    for occurrence in found:
        frame = by_frame.setdefault(occurrence.frame, FrameTally(occurrence.frame))
        frame.total += 1
        if occurrence.rows:
            frame.covered += 1
            kept = frame.covered_examples
        else:
            kept = frame.missed_examples
            if occurrence.governor:
                frame.missed_governors[occurrence.governor] += 1
        if len(kept) < examples and all(o.sentence != occurrence.sentence for o in kept):
            kept.append(occurrence)
    return sorted(by_frame.values(), key=lambda t: (-t.missed, -t.total, t.frame))


def _clip(text: str, limit: int = 400) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def by_lemma(frames: Iterable[FrameTally]) -> list[tuple[str, int, int]]:
    """(lemma, misses, occurrences) per trigger lemma, most misses first, then most occurrences."""
    totals: dict[str, list[int]] = {}
    for frame in frames:
        counts = totals.setdefault(frame.frame.split(" ", 1)[0], [0, 0])
        counts[0] += frame.missed
        counts[1] += frame.total
    return sorted(((lemma, m, t) for lemma, (m, t) in totals.items()), key=lambda x: (-x[1], -x[2], x[0]))


def render(frames: list[FrameTally], *, header: list[str], top: int, covered: bool) -> str:
    """The listing as plain text: misses by lemma, the missed frames, then (optionally) the covered ones."""
    missed = [f for f in frames if f.missed]
    lines = [*header, "", "== Misses by trigger lemma ==", "misses / occurrences  lemma"]
    lines += [f"{m:5d} / {t:<5d}  {lemma}" for lemma, m, t in by_lemma(frames)]
    lines += ["", f"== Frames with misses: {len(missed)} (top {min(top, len(missed))}) ==",
             "misses / occurrences  frame", ""]
    for frame in missed[:top]:
        lines.append(f"{frame.missed:5d} / {frame.total:<5d}  {frame.frame}")
        if frame.missed_governors:
            lines.append("      governed by: " + ", ".join(
                f"{lemma} {n}" for lemma, n in frame.missed_governors.most_common(5)))
        lines += [f"      - [{o.doc_id}] {_clip(o.sentence)}" for o in frame.missed_examples]
        lines.append("")
    if covered:
        rows = sorted((f for f in frames if f.covered), key=lambda t: (-t.covered, t.frame))
        lines += [f"== Frames that gave rows: {len(rows)} (top {min(top, len(rows))}) ==",
                  "with rows / occurrences  frame", ""]
        for frame in rows[:top]:
            lines.append(f"{frame.covered:5d} / {frame.total:<5d}  {frame.frame}")
            lines += [f"      + [{o.doc_id}] {_clip(o.sentence)}" for o in frame.covered_examples]
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


# -- corpus ---------------------------------------------------------------------------------------


def read_articles(corpus: Path, pattern: str) -> list[tuple[str, str]]:
    """(id, text) of every article in the JSONL files of `corpus` that match `pattern`.

    Raises:
        DesignaError: no file matches; a line that is not a JSON object is skipped, not fatal.
    """
    paths = sorted(corpus.glob(pattern))
    if not paths:
        raise DesignaError(f"No file matches {pattern!r} in {corpus}.")
    articles = []
    for path in paths:
        with path.open(encoding="utf-8", errors="replace") as handle:
            for number, line in enumerate(handle, start=1):
                try:
                    record = json.loads(line)
                except json.JSONDecodeError:
                    print(f"skipped {path.name}:{number}: not JSON", file=sys.stderr)
                    continue
                if isinstance(record, dict) and isinstance(record.get("text"), str):
                    articles.append((str(record.get("id", f"{path.stem}:{number}")), record["text"]))
    return articles


def trigger_sentences(articles: Iterable[tuple[str, str]],
                      has_trigger: Callable[[str], bool]) -> Iterator[tuple[str, str]]:
    """(id, sentence) for each distinct sentence that holds a trigger form."""
    seen: set[str] = set()
    for doc_id, text in articles:
        for sentence in _SENTENCE.split(text):
            sentence = sentence.strip()
            if sentence and sentence not in seen and has_trigger(sentence):
                seen.add(sentence)
                yield doc_id, sentence


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="folder of JSONL articles (fields id, text)")
    parser.add_argument("--glob", default="*.jsonl", help="which files of the folder (default *.jsonl)")
    parser.add_argument("--sample", type=int, default=1500, help="articles to draw; 0 = all (default 1500)")
    parser.add_argument("--seed", type=int, default=7, help="random seed of the draw (default 7)")
    parser.add_argument("--top", type=int, default=60, help="frames to list (default 60)")
    parser.add_argument("--examples", type=int, default=2, help="example sentences per frame (default 2)")
    parser.add_argument("--covered", action="store_true", help="also list the frames that gave rows")
    parser.add_argument("--lemmas", help="only these trigger lemmas, comma-separated (e.g. designar,nombrar)")
    parser.add_argument("--with-office", action="store_true",
                        help="only sentences that name an office (the lexicon's office_words: "
                             "\"ministro\", \"jefa\", ...): fewer trigger words in other senses")
    parser.add_argument("--markers", default=",".join(sorted(DEFAULT_MARKERS)),
                        help="prepositions shown in frames; obliques with others are left out as adjuncts "
                             "(default %(default)s)")
    parser.add_argument("--coarse", action="store_true",
                        help="dependents as a sorted set, word order ignored (fewer, larger frames)")
    parser.add_argument("--batch-size", type=int, default=128)
    parser.add_argument("--config", type=Path, help="a designa config file (default: the shipped one)")
    parser.add_argument("--out", type=Path, help="write the listing here (default: standard output)")
    args = parser.parse_args(argv)

    from pipeline.config import load_config
    from pipeline.extract import load_extractor
    from pipeline.nlp import load_nlp

    try:
        if not args.corpus.is_dir():
            raise DesignaError(f"Corpus folder {args.corpus} does not exist.")
        articles = read_articles(args.corpus, args.glob)
        config = load_config(args.config)
        nlp, info = load_nlp(config)
        extractor = load_extractor(config, nlp.vocab)
    except DesignaError as error:
        print(f"Error: {error}", file=sys.stderr)
        return 1
    total_articles = len(articles)
    markers = frozenset(m.strip().lower() for m in args.markers.split(",") if m.strip())
    lemmas = frozenset(m.strip().lower() for m in args.lemmas.split(",")) if args.lemmas else None
    if 0 < args.sample < len(articles):
        articles = random.Random(args.seed).sample(articles, args.sample)
    started = time.perf_counter()
    sentences = list(trigger_sentences(articles, extractor.lexicon.has_trigger))
    found: list[Occurrence] = []
    rows = 0
    silent_sentences = 0
    kept_sentences = 0
    for doc, doc_id in nlp.pipe(((s, i) for i, s in sentences), as_tuples=True, batch_size=args.batch_size):
        here = [o for o in occurrences(doc, extractor, doc_id, markers=markers, ordered=not args.coarse)
                if (lemmas is None or o.frame.split(" ", 1)[0] in lemmas) and (o.office or not args.with_office)]
        found.extend(here)
        kept_sentences += bool(here)
        rows += sum(o.rows for o in here)
        silent_sentences += bool(here) and not any(o.rows for o in here)
    seconds = time.perf_counter() - started
    frames = tally(found, examples=args.examples)
    covered = sum(1 for o in found if o.rows)
    header = [
        f"# Trigger words without rows, by syntactic frame ({args.corpus.name}, files {args.glob})",
        f"articles: {len(articles)} of {total_articles} (seed {args.seed}); model {info.name} {info.version}",
        f"filters: lemmas {args.lemmas or 'all'}; "
        + ("only sentences naming an office" if args.with_office else "all sentences"),
        f"sentences with a trigger form: {len(sentences)}; kept by the filters: {kept_sentences}; "
        f"of them without any row: {silent_sentences}",
        f"trigger occurrences: {len(found)}; with rows: {covered}; without: {len(found) - covered}; "
        f"rows: {rows}; distinct frames: {len(frames)}",
        f"parse + extract seconds: {seconds:.1f}",
        "frame = lemma POS/dep: dependents " + ("as a set" if args.coarse else "in order (_ = the trigger)")
        + "; obl[por] = oblique with 'por'; aux[ser] = passive 'ser'; <- head POS",
    ]
    text = render(frames, header=header, top=args.top, covered=args.covered)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
        print(f"{len(found) - covered} of {len(found)} trigger occurrences without rows, "
              f"{sum(1 for f in frames if f.missed)} frames; written to {args.out} ({seconds:.0f} s)")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
