"""`designa evaluate-ner`: entity-level scores of the pipeline's NER on a CoNLL file.

The file gives one token and one BIO tag per line (any middle columns are
ignored; the tag is the last column) and a blank line between sentences.
Each sentence becomes a `Doc` of the file's own tokens, so that the offsets
of gold and predicted entities are the same tokens, and runs through every
component of the loaded pipeline, exactly as `designa run` configures it.

Scoring follows conlleval: an entity is a maximal B-/I- run of one type
(an I- after O or after another type starts a new entity), and a prediction
counts only when its span and its type are both right. Precision, recall and
F1 are micro-averaged over all entities, and given per label too.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.errors import GoldFileError
from pipeline.evaluate import precision_recall_f1

Span = tuple[int, int, str]


@dataclass
class Sentence:
    """One sentence of the gold file: its tokens and their gold tags."""

    tokens: list[str]
    tags: list[str]
    line: int


@dataclass
class Scores:
    """Counts and the precision, recall and F1 they give."""

    true_positives: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return precision_recall_f1(self.true_positives, self.predicted, self.gold)[0]

    @property
    def recall(self) -> float:
        return precision_recall_f1(self.true_positives, self.predicted, self.gold)[1]

    @property
    def f1(self) -> float:
        return precision_recall_f1(self.true_positives, self.predicted, self.gold)[2]

    def as_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "true_positives": self.true_positives,
                "predicted": self.predicted, "gold": self.gold}


@dataclass
class NerResult:
    """Overall and per-label scores, and every sentence's gold and predicted tags."""

    overall: Scores
    labels: dict[str, Scores]
    sentences: list[Sentence] = field(default_factory=list)
    predictions: list[list[str]] = field(default_factory=list)

    def failures(self, *, min_f1: float | None = None,
                 min_label_f1: dict[str, float] | None = None) -> list[str]:
        """The floors this evaluation is below, in words (empty: all floors met)."""
        failed = []
        if min_f1 is not None and self.overall.f1 < min_f1:
            failed.append(f"micro F1 {self.overall.f1:.3f} < {min_f1:.3f}")
        for label, floor in sorted((min_label_f1 or {}).items()):
            value = self.labels.get(label, Scores()).f1
            if value < floor:
                failed.append(f"{label} F1 {value:.3f} < {floor:.3f}")
        return failed

    def as_dict(self) -> dict:
        return {"sentences": len(self.sentences),
                "tokens": sum(len(s.tokens) for s in self.sentences),
                "overall": self.overall.as_dict(),
                "labels": {label: scores.as_dict() for label, scores in sorted(self.labels.items())}}


def read_conll(path: Path) -> list[Sentence]:
    """Sentences of a CoNLL file (token ... tag per line, blank line between sentences).

    Lines starting with `-DOCSTART-` are document separators and are skipped.

    Raises:
        GoldFileError: missing or unreadable file, a line without a tag, or a tag
            that is neither O nor B-/I- followed by a label.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise GoldFileError(f"Cannot read CoNLL file {path}: {error}") from error
    sentences: list[Sentence] = []
    tokens: list[str] = []
    tags: list[str] = []
    start = 1
    for number, line in enumerate(text.splitlines(), start=1):
        columns = line.split()
        if not columns or columns[0] == "-DOCSTART-":
            if tokens:
                sentences.append(Sentence(tokens, tags, start))
            tokens, tags, start = [], [], number + 1
            continue
        if len(columns) < 2:
            raise GoldFileError(f"{path}:{number}: expected 'TOKEN TAG', got {line!r}.")
        tag = columns[-1]
        if tag != "O" and not (tag[:2] in ("B-", "I-") and len(tag) > 2):
            raise GoldFileError(f"{path}:{number}: tag {tag!r} is not O, B-LABEL or I-LABEL.")
        tokens.append(columns[0])
        tags.append(tag)
    if tokens:
        sentences.append(Sentence(tokens, tags, start))
    if not sentences:
        raise GoldFileError(f"CoNLL file {path} holds no sentences.")
    return sentences


def spans_from_tags(tags: Iterable[str]) -> set[Span]:
    """Entities (start, end, label) of a BIO sequence, with conlleval's reading of I- tags."""
    spans: set[Span] = set()
    start, label = -1, ""
    position = -1
    for position, tag in enumerate(tags):
        prefix, _, kind = tag.partition("-")
        continues = prefix == "I" and kind == label and start >= 0
        if start >= 0 and not continues:
            spans.add((start, position, label))
            start, label = -1, ""
        if prefix in ("B", "I") and not continues:
            start, label = position, kind
    if start >= 0:
        spans.add((start, position + 1, label))
    return spans


def tags_from_doc(doc: Doc) -> list[str]:
    """The BIO tag of every token of a doc, from its entities."""
    tags = ["O"] * len(doc)
    for ent in doc.ents:
        tags[ent.start] = f"B-{ent.label_}"
        for i in range(ent.start + 1, ent.end):
            tags[i] = f"I-{ent.label_}"
    return tags


def score(gold: list[list[str]], predicted: list[list[str]]) -> tuple[Scores, dict[str, Scores]]:
    """Micro P/R/F1 of exact span-and-type matches, overall and per label."""
    overall = Scores()
    counts: dict[str, Counter] = {}
    for gold_tags, predicted_tags in zip(gold, predicted, strict=True):
        gold_spans = spans_from_tags(gold_tags)
        predicted_spans = spans_from_tags(predicted_tags)
        for key, spans in (("gold", gold_spans), ("predicted", predicted_spans),
                           ("true_positives", gold_spans & predicted_spans)):
            for _, _, label in spans:
                counts.setdefault(label, Counter())[key] += 1
    labels = {label: Scores(c["true_positives"], c["predicted"], c["gold"])
              for label, c in counts.items()}
    for scores in labels.values():
        overall.true_positives += scores.true_positives
        overall.predicted += scores.predicted
        overall.gold += scores.gold
    return overall, labels


def docs_from_sentences(nlp: Language, sentences: Iterable[Sentence]) -> Iterator[Doc]:
    """Docs of the file's own tokens, one per sentence, not yet annotated."""
    for sentence in sentences:
        yield Doc(nlp.vocab, words=sentence.tokens, spaces=[True] * len(sentence.tokens))


def evaluate_ner(path: Path, nlp: Language, *, batch_size: int = 64) -> NerResult:
    """Run the loaded pipeline on the file's tokens and score its entities.

    Args:
        path: a CoNLL file (token ... tag per line, blank line between sentences).
        nlp: the pipeline as `designa run` loads it (`load_nlp`).
        batch_size: sentences per `nlp.pipe` batch.

    Raises:
        GoldFileError: the file cannot be read or is malformed.
    """
    sentences = read_conll(path)
    predictions = [tags_from_doc(doc) for doc in
                   nlp.pipe(docs_from_sentences(nlp, sentences), batch_size=batch_size)]
    overall, labels = score([s.tags for s in sentences], predictions)
    return NerResult(overall, labels, sentences, predictions)


def write_predictions(result: NerResult, out: Path) -> None:
    """Token, gold tag and predicted tag per line, a blank line between sentences."""
    out = Path(out)
    temporary = out.with_name(out.name + ".tmp")
    with temporary.open("w", encoding="utf-8") as handle:
        for sentence, predicted in zip(result.sentences, result.predictions, strict=True):
            for token, gold_tag, predicted_tag in zip(sentence.tokens, sentence.tags, predicted,
                                                      strict=True):
                handle.write(f"{token} {gold_tag} {predicted_tag}\n")
            handle.write("\n")
    temporary.replace(out)
