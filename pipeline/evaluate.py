"""`designa evaluate`: the scorer of RELATION.md over a gold JSONL file."""
from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.errors import GoldFileError

FIELDS = ("designee", "role", "designator")
# Leading words RELATION.md drops: articles, prepositions (with the
# contractions "al", "del") and "como".
_ARTICLES = "el la los las lo un una unos unas"
_PREPOSITIONS = ("a ante bajo cabe con contra de desde durante en entre hacia hasta mediante para por "
                 "segun sin so sobre tras versus via al del")
_DROP_LEADING = frozenset(f"{_ARTICLES} {_PREPOSITIONS} como".split())
# "Punctuation dropped": removed, not turned into a space ("EE.UU." -> "eeuu").
_PUNCT = re.compile(r"[^\w\s]|_", re.UNICODE)
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """RELATION.md's normalisation: NFC, lower case, no accents, no punctuation,
    no leading articles, prepositions or "como", collapsed white space."""
    text = unicodedata.normalize("NFC", text or "").lower()
    text = "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")
    text = _SPACE.sub(" ", _PUNCT.sub("", text)).strip()
    words = text.split(" ") if text else []
    while words and words[0] in _DROP_LEADING:
        words = words[1:]
    return " ".join(words)


def token_f1(predicted: str, gold: str) -> float:
    pred, ref = predicted.split(), gold.split()
    if not pred and not ref:
        return 1.0
    if not pred or not ref:
        return 0.0
    common = 0
    remaining = list(ref)
    for word in pred:
        if word in remaining:
            remaining.remove(word)
            common += 1
    if not common:
        return 0.0
    precision, recall = common / len(pred), common / len(ref)
    return 2 * precision * recall / (precision + recall)


def strict_match(pred: dict[str, str], gold: dict[str, str]) -> bool:
    return all(normalise(pred.get(f, "")) == normalise(gold.get(f, "")) for f in FIELDS)


def lenient_score(pred: dict[str, str], gold: dict[str, str]) -> float | None:
    """Sum of the three fields' token F1, or None when one is under 0.5."""
    total = 0.0
    for f in FIELDS:
        p, g = normalise(pred.get(f, "")), normalise(gold.get(f, ""))
        if bool(p) != bool(g):
            return None
        score = token_f1(p, g)
        if score < 0.5:
            return None
        total += score
    return total


def pair(predicted: list[dict], gold: list[dict], *, strict: bool) -> list[tuple[int, int]]:
    """One-to-one pairs (prediction index, gold index) of matching rows.

    The pairing has the most pairs possible (a maximum bipartite matching,
    so that a greedy choice never costs a match); among the edges of each
    prediction, better lenient scores are tried first.
    """
    edges: dict[int, list[tuple[float, int]]] = {}
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            if strict:
                if strict_match(p, g):
                    edges.setdefault(i, []).append((3.0, j))
            else:
                score = lenient_score(p, g)
                if score is not None:
                    edges.setdefault(i, []).append((score, j))
    for options in edges.values():
        options.sort(key=lambda e: (-e[0], e[1]))
    owner: dict[int, int] = {}  # gold index -> prediction index

    def augment(i: int, seen: set[int]) -> bool:
        for _, j in edges.get(i, []):
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    best_first = sorted(edges, key=lambda i: (-edges[i][0][0], i))
    for i in best_first:
        augment(i, set())
    return sorted((i, j) for j, i in owner.items())


def precision_recall_f1(matched: int, predicted: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts (0.0 where a denominator is 0)."""
    precision = matched / predicted if predicted else 0.0
    recall = matched / gold if gold else 0.0
    total = precision + recall
    return precision, recall, (2 * precision * recall / total if total else 0.0)


@dataclass
class Scores:
    predictions: int = 0
    gold: int = 0
    matched: int = 0

    @property
    def precision(self) -> float:
        return precision_recall_f1(self.matched, self.predictions, self.gold)[0]

    @property
    def recall(self) -> float:
        return precision_recall_f1(self.matched, self.predictions, self.gold)[1]

    @property
    def f1(self) -> float:
        return precision_recall_f1(self.matched, self.predictions, self.gold)[2]


@dataclass
class SentenceResult:
    id: str
    text: str
    predicted: list[dict[str, Any]]
    gold: list[dict[str, Any]]
    lenient_pairs: list[tuple[int, int]]

    @property
    def false_positives(self) -> list[dict[str, Any]]:
        used = {i for i, _ in self.lenient_pairs}
        return [p for i, p in enumerate(self.predicted) if i not in used]

    @property
    def false_negatives(self) -> list[dict[str, Any]]:
        used = {j for _, j in self.lenient_pairs}
        return [g for j, g in enumerate(self.gold) if j not in used]


@dataclass
class QualifierScores:
    """Scores of the qualifiers (README, "Dates, predecessors and role parts"), on matched rows.

    Only gold rows that carry a `date` (or `replaces`) key are scored for it,
    so a gold file without them scores nothing here.
    """

    date_right: int = 0
    date_total: int = 0  # matched gold rows with a date
    sentence_date_right: int = 0
    sentence_date_total: int = 0  # ... whose date the sentence gives
    dated_gold: int = 0  # gold rows with a date, matched or not
    replaces_predicted: int = 0  # predicted rows with a predecessor, in sentences annotated for it
    replaces_gold: int = 0  # gold rows with a predecessor
    replaces_right: int = 0

    @property
    def date_accuracy(self) -> float:
        return self.date_right / self.date_total if self.date_total else 0.0

    @property
    def sentence_date_accuracy(self) -> float:
        return self.sentence_date_right / self.sentence_date_total if self.sentence_date_total else 0.0

    @property
    def replaces(self) -> tuple[float, float, float]:
        return precision_recall_f1(self.replaces_right, self.replaces_predicted, self.replaces_gold)

    def as_dict(self) -> dict[str, Any]:
        precision, recall, f1 = self.replaces
        return {
            "date_accuracy": self.date_accuracy, "date_right": self.date_right, "date_total": self.date_total,
            "sentence_date_accuracy": self.sentence_date_accuracy,
            "sentence_date_right": self.sentence_date_right, "sentence_date_total": self.sentence_date_total,
            "dated_gold": self.dated_gold,
            "replaces": {"precision": precision, "recall": recall, "f1": f1, "right": self.replaces_right,
                         "predicted": self.replaces_predicted, "gold": self.replaces_gold},
        }


def date_matches(predicted: dict[str, Any], gold: dict[str, Any]) -> bool:
    """The predicted date equals the gold one at the gold's precision (and states that precision)."""
    precision = gold.get("date_precision") or "day"
    width = {"day": 10, "month": 7, "year": 4}.get(precision, 10)
    return (predicted.get("date_precision") == precision
            and (predicted.get("date") or "")[:width] == (gold.get("date") or "")[:width])


@dataclass
class Evaluation:
    strict: Scores = field(default_factory=Scores)
    lenient: Scores = field(default_factory=Scores)
    status_right: int = 0
    status_total: int = 0
    sentences: list[SentenceResult] = field(default_factory=list)
    qualifiers: QualifierScores = field(default_factory=QualifierScores)

    @property
    def has_qualifiers(self) -> bool:
        q = self.qualifiers
        return bool(q.dated_gold or q.replaces_gold or q.replaces_predicted)

    @property
    def status_accuracy(self) -> float:
        return self.status_right / self.status_total if self.status_total else 0.0

    def failures(self, *, min_precision: float | None = None, min_recall: float | None = None,
                 min_strict_f1: float | None = None, min_status: float | None = None,
                 min_date: float | None = None, min_replaces: float | None = None) -> list[str]:
        """The floors this evaluation is below, in words (empty: all floors met)."""
        failed = []
        q = self.qualifiers
        for name, value, floor in (("date accuracy", q.date_accuracy, min_date),
                                   ("replaces precision", q.replaces[0], min_replaces),
                                   ("replaces recall", q.replaces[1], min_replaces)):
            if floor is not None and value < floor:
                failed.append(f"{name} {value:.3f} < {floor:.3f}")
        for name, value, floor in (("lenient precision", self.lenient.precision, min_precision),
                                   ("lenient recall", self.lenient.recall, min_recall),
                                   ("strict F1", self.strict.f1, min_strict_f1),
                                   ("status accuracy", self.status_accuracy, min_status)):
            if floor is not None and value < floor:
                failed.append(f"{name} {value:.3f} < {floor:.3f}")
        return failed

    def as_dict(self) -> dict[str, Any]:
        return {
            "sentences": len(self.sentences),
            "gold": self.lenient.gold,
            "predictions": self.lenient.predictions,
            "strict": {"precision": self.strict.precision, "recall": self.strict.recall,
                       "f1": self.strict.f1},
            "lenient": {"precision": self.lenient.precision, "recall": self.lenient.recall,
                        "f1": self.lenient.f1},
            "status_accuracy": self.status_accuracy,
            **({"qualifiers": self.qualifiers.as_dict()} if self.has_qualifiers else {}),
        }


def read_gold(path: Path) -> list[dict[str, Any]]:
    """Read a gold file (RELATION.md, "Gold files").

    Raises:
        GoldFileError: missing file, malformed line, or a line without text/triples.
    """
    path = Path(path)
    if not path.is_file():
        raise GoldFileError(f"Gold file {path} does not exist.")
    items = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            raise GoldFileError(f"{path}, line {number}: not JSON ({error.msg}).") from error
        if not isinstance(item, dict) or "text" not in item or not isinstance(item.get("triples"), list):
            raise GoldFileError(f"{path}, line {number}: needs 'text' and a 'triples' list.")
        item.setdefault("id", f"line-{number}")
        items.append(item)
    return items


def score(items: Iterable[tuple[dict[str, Any], list[dict[str, Any]]]]) -> Evaluation:
    """Score (gold item, predicted rows) pairs by the rules of RELATION.md."""
    evaluation = Evaluation()
    for item, predicted in items:
        gold = item["triples"]
        strict_pairs = pair(predicted, gold, strict=True)
        lenient_pairs = pair(predicted, gold, strict=False)
        for scores, pairs in ((evaluation.strict, strict_pairs), (evaluation.lenient, lenient_pairs)):
            scores.predictions += len(predicted)
            scores.gold += len(gold)
            scores.matched += len(pairs)
        for i, j in lenient_pairs:
            evaluation.status_total += 1
            evaluation.status_right += predicted[i].get("status") == gold[j].get("status")
        _score_qualifiers(evaluation.qualifiers, predicted, gold, lenient_pairs)
        evaluation.sentences.append(
            SentenceResult(item["id"], item["text"], predicted, gold, lenient_pairs))
    return evaluation


def _score_qualifiers(scores: QualifierScores, predicted: list[dict], gold: list[dict],
                      pairs: list[tuple[int, int]]) -> None:
    scores.dated_gold += sum(1 for g in gold if g.get("date"))
    for i, j in pairs:
        if gold[j].get("date"):
            right = date_matches(predicted[i], gold[j])
            scores.date_total += 1
            scores.date_right += right
            if gold[j].get("date_source") == "sentence":
                scores.sentence_date_total += 1
                scores.sentence_date_right += right
    if any("replaces" in g for g in gold):  # a sentence annotated for predecessors
        scores.replaces_gold += sum(1 for g in gold if g.get("replaces"))
        scores.replaces_predicted += sum(1 for p in predicted if p.get("replaces"))
        for i, j in pairs:
            p, g = predicted[i].get("replaces") or "", gold[j].get("replaces") or ""
            scores.replaces_right += bool(p and g and normalise(p) == normalise(g))


def located_gold_rows(item: dict[str, Any]) -> list[dict[str, Any]]:
    """The gold rows of an item as triples rows of a one-sentence document: each slot placed at
    its occurrence in the sentence nearest the trigger (for scoring qualifiers apart from extraction)."""
    text = item["text"]
    rows = []
    for gold in item["triples"]:
        trigger = gold.get("trigger") or ""
        at = text.find(trigger) if trigger else -1
        row: dict[str, Any] = {"doc_id": item.get("id", ""), "sent_index": 0, "sentence": text,
                               "status": gold.get("status", ""), "trigger": trigger,
                               "trigger_start": at if at >= 0 else None,
                               "trigger_end": at + len(trigger) if at >= 0 else None}
        for name in ("designee", "role", "designator"):
            value = gold.get(name) or ""
            spots = [m.start() for m in re.finditer(re.escape(value), text)] if value else []
            best = min(spots, key=lambda s: abs(s - max(at, 0))) if spots else None
            row[name] = value
            row[f"{name}_start"] = best
            row[f"{name}_end"] = best + len(value) if best is not None else None
        rows.append(row)
    return rows


def evaluate(gold_path: Path, predict, qualify=None, *, qualifiers_on_gold: bool = False) -> Evaluation:
    """Run `predict(text) -> list of rows` over a gold file and score it.

    With `qualify(rows, published, text) -> rows`, the predicted rows also
    get their qualifiers (dates resolved against the item's `published`),
    which are scored where the gold rows carry them. With
    `qualifiers_on_gold`, the qualifiers are computed on the gold rows
    themselves instead of on predictions, to score them apart from
    extraction (the triple scores are then trivially 1.0).
    """
    items = read_gold(gold_path)

    def rows(item: dict[str, Any]) -> list[dict[str, Any]]:
        found = located_gold_rows(item) if qualifiers_on_gold else predict(item["text"])
        return qualify(found, item.get("published"), item["text"]) if qualify is not None else found

    return score((item, rows(item)) for item in items)
