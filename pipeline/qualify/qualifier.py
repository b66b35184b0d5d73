"""The qualifiers of a triples row: date, predecessor, office and body.

`Qualifier.qualify(rows, published)` adds the columns of
`QUALIFIER_COLUMNS` (pipeline.tables) to the rows of one document, from each row's sentence,
its offsets and status, and the document's publication date. It needs no
parse: the rows carry everything it reads, so it runs wherever triples meet
their document (the extract stage, `designa run`, `designa evaluate`).
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from typing import Any

from pipeline.config import Config
from pipeline.qualify.dates import DateFinder, DateMention
from pipeline.qualify.predecessors import Predecessor, PredecessorFinder
from pipeline.qualify.roles import RoleReader
from pipeline.qualify.words import QualifierWords, load_words

DATE_SOURCES = ("sentence", "published", "none")
# A cue of an ending ("dio por concluida la designación") is looked for this far before the trigger.
_ENDING_WINDOW = 40
_WORDS = re.compile(r"[^\W\d_]+")

Span = tuple[int, int]
# Words that may stand between a relative word and the date that opens its clause.
_LINK_WORDS = frozenset("a al en el la los las de del desde hasta durante ya también recién".split())


def publication_date(value: str | None) -> dt.date | None:
    """The calendar date of a `published` value, read as the export reads it."""
    from pipeline.export import published_date  # the one reader of published dates

    day = published_date(value)
    return dt.date.fromisoformat(day) if day else None


class Qualifier:
    """Adds date, predecessor and role parts to triples rows."""

    def __init__(self, words: QualifierWords, normalize: Callable[[str], str],
                 is_designation_verb: Callable[[str], bool] | None = None) -> None:
        """
        Args:
            words: the validated word lists of configs/qualifiers.toml.
            normalize: the canonical form of a name (for `replaces_norm`).
            is_designation_verb: whether a word is a form of a trigger verb ("designada"): a
                date nearer such a word than the row's trigger is that designation's.
        """
        self.words = words
        self.normalize = normalize
        self.is_designation_verb = is_designation_verb or (lambda word: False)
        self.dates = DateFinder(words)
        self.predecessors = PredecessorFinder(words)
        self.roles = RoleReader(words)
        a = words.attachment
        self.openers = frozenset(a["clause_openers"])
        self.ending_cues = [c.split() for c in a["ending_cues"]]
        self.comma_penalty = a["comma_penalty"]
        self.infinitive_endings = tuple(a["infinitive_endings"])
        self.past_endings = tuple(a["past_endings"])
        # ", y el 8 de marzo ...": a comma and a conjunction start another clause.
        self.coordinated = re.compile(r",\s*(?:%s)\b" % "|".join(map(re.escape, a["clause_coordinators"])),
                                      re.IGNORECASE)

    @classmethod
    def from_config(cls, config: Config) -> Qualifier:
        from pipeline.extract.lexicon import load_lexicon
        from pipeline.extract.normalize import load_normalizer

        lexicon = load_lexicon(config.data_path("extract.triggers"))

        def is_designation_verb(word: str) -> bool:
            entry = lexicon.lookup(word)
            return entry is not None and entry.kind == "verb"

        return cls(load_words(config.data_path("qualify.words")),
                   load_normalizer(config.data_path("extract.aliases")), is_designation_verb)

    def fingerprint(self, config: Config) -> str:
        """What qualified rows depend on (computed with every other fingerprint, in
        `pipeline.fingerprints`)."""
        from pipeline.fingerprints import qualify_fingerprint

        return qualify_fingerprint(config)

    # -- rows -----------------------------------------------------------------------

    def qualify(self, rows: Iterable[dict[str, Any]], published: str | None,
                text: str | None = None) -> list[dict[str, Any]]:
        """The rows of one document with the qualifier columns filled in (new dicts).

        Args:
            rows: triples rows of one document (with their sentence and offsets).
            published: the document's publication date, as ingested.
            text: the document text, when known: a sentence inside an anniversary line
                ("2011.- ... .- El Papa ... es proclamado beato") takes the line's year.
        """
        anchor = publication_date(published)
        rows = [dict(r) for r in rows]
        by_sentence: dict[tuple[Any, str], list[tuple[dict[str, Any], int | None]]] = {}
        for row in rows:
            key = (row.get("sent_index"), row.get("sentence") or "")
            by_sentence.setdefault(key, []).append((row, sentence_start(row)))
        for (_, sentence), members in by_sentence.items():
            mentions = self.dates.mentions(sentence)
            predecessors = self.predecessors.mentions(sentence)
            owners = self._owners(predecessors, members)
            line_year = self.dates.line_year(text, members[0][1]) if text else None
            triggers = {(row["trigger_start"] - start, row["trigger_end"] - start)
                        for row, start in members if start is not None}
            # Designation verbs that gave no row ("quien el 1 de enero fue designada ...") count too.
            triggers |= {(m.start(), m.end()) for m in _WORDS.finditer(sentence)
                         if self.is_designation_verb(m.group())}
            for row, start in members:
                row.update(self._date(row, sentence, start, mentions, anchor, line_year, triggers))
                row.update(self._replaces(row, start, owners.get(id(row))))
                parts = self.roles(row.get("role") or "")
                row["role_head"], row["role_org"] = parts.head, parts.org
        return rows

    # -- dates ----------------------------------------------------------------------

    def direction(self, row: dict[str, Any]) -> str:
        """Where a relative date of the row points: planned acts look ahead, done acts back."""
        status = row.get("status")
        if status == "planned":
            return "future"
        if status == "hypothetical":
            trigger = (row.get("trigger") or "").lower()
            return "past" if trigger.endswith(self.past_endings) else "future"
        return "past"

    def attached_mention(self, row: dict[str, Any], sentence: str, start: int | None,
                         mentions: list[DateMention], triggers: set[Span] = frozenset()) -> DateMention | None:
        """The date phrase that dates this row's designation, if any (README, "Dates, predecessors
        and role parts"); `triggers` are the spans of the sentence's other designations' triggers."""
        if start is None:
            return None
        trigger = (row["trigger_start"] - start, row["trigger_end"] - start)
        slots = [_span(row, name, start) for name in ("designee", "role", "designator")]
        before = sentence[max(0, trigger[0] - _ENDING_WINDOW):trigger[0]].lower()
        before_words = _WORDS.findall(before)
        if any(_contains(before_words, cue) for cue in self.ending_cues):
            return None  # the sentence dates the end of the post, not the designation
        # "presentaron el miércoles un proyecto para designar": for a proposed or planned act named
        # by an infinitive, a date before it dates the proposal; a decided act keeps it ("el 23 de
        # junio, ... adoptaron la decisión de conceder").
        infinitive = row.get("status") in {"hypothetical", "planned"} and (
            row.get("trigger") or "").lower().endswith(self.infinitive_endings)
        best: tuple[float, DateMention] | None = None
        for mention in mentions:
            if mention.kind == "anniversary":
                continue
            if any(s is not None and s[0] < mention.end and mention.start < s[1] for s in slots):
                continue  # a date inside the role or a name ("misión programada para el 2025")
            if mention.end <= trigger[0]:
                if infinitive:
                    continue  # "presentaron el miércoles un proyecto para designar": the proposal's date
                between = sentence[mention.end:trigger[0]]
            elif mention.start >= trigger[1]:
                between = sentence[trigger[1]:mention.start]
            else:
                continue
            if self._opens_clause_between(sentence, mention, trigger) or self.coordinated.search(between):
                continue  # the date belongs to another clause
            if self._nearer_designation(sentence, mention, trigger, triggers):
                continue  # "quien el 1 de enero fue designada X y Luis fue nombrado Y": the date is X's
            if self._in_aside(sentence, mention, trigger):
                continue  # "Duvalier, que ejerce desde 1957, es investido": a relative clause's date
            score = len(between) + self.comma_penalty * (between.count(",") + between.count(";"))
            if best is None or score < best[0]:
                best = (score, mention)
        return best[1] if best else None

    def _opens_clause_between(self, sentence: str, mention: DateMention, trigger: Span) -> bool:
        """Whether a relative or subordinate word between the date and the trigger opens a clause
        that holds the later of the two ("a los republicanos que proponen designar"); a clause
        closed by a comma before it does not count ("El 3 de marzo, Paz, exjuez que estuvo en
        el cargo hasta el 2022, fue nombrado")."""
        low, high = (mention.end, trigger[0]) if mention.end <= trigger[0] else (trigger[1], mention.start)
        for word in _WORDS.finditer(sentence, low, high):
            if word.group().lower() in self.openers:
                rest = sentence[word.end():high]
                if "," not in rest and ";" not in rest:
                    return True
        return False

    @staticmethod
    def _nearer_designation(sentence: str, mention: DateMention, trigger: Span, triggers: set[Span]) -> bool:
        """Whether another designation's trigger stands between the date and this trigger, in the
        date's own stretch of text (no comma between them: "En 2003, dos años antes de ser electo
        Papa, ... lo eligió" keeps 2003 for "eligió")."""
        for other in triggers:
            if other == trigger:
                continue
            if mention.end <= other[0] and other[1] <= trigger[0]:
                gap = sentence[mention.end:other[0]]
            elif trigger[1] <= other[0] and other[1] <= mention.start:
                gap = sentence[other[1]:mention.start]
            else:
                continue
            if "," not in gap and ";" not in gap:
                return True
        return False

    def _in_aside(self, sentence: str, mention: DateMention, trigger: Span) -> bool:
        """Whether the date lies in a comma-delimited clause opened by a relative word that does
        not hold the trigger."""
        left = max(sentence.rfind(",", 0, mention.start), sentence.rfind(";", 0, mention.start))
        right_comma = [p for p in (sentence.find(",", mention.end), sentence.find(";", mention.end)) if p != -1]
        right = min(right_comma) if right_comma else len(sentence)
        if left < trigger[0] < right:
            return False
        words = [w.lower() for w in _WORDS.findall(sentence, left + 1, mention.start)]
        opener = next((k for k, w in enumerate(words) if w in self.openers), None)
        # "..., quien a fines de agosto, ..., fue nombrado": the date opens the relative clause
        # that holds the trigger; "..., que ejerce desde 1957, es investido": a clause of its own.
        return opener is not None and any(w not in _LINK_WORDS for w in words[opener + 1:])

    def _date(self, row: dict[str, Any], sentence: str, start: int | None, mentions: list[DateMention],
              anchor: dt.date | None, line_year: tuple[int, str] | None = None,
              triggers: set[Span] | None = None) -> dict[str, Any]:
        anniversary = next((m for m in mentions if m.kind == "anniversary"), None)
        if anniversary is None and line_year is not None:
            anniversary = DateMention(0, 0, line_year[1], "anniversary", year=line_year[0])
        base_year = anniversary.year if anniversary is not None else None
        mention = self.attached_mention(row, sentence, start, mentions, triggers or set())
        if mention is not None:
            resolved = self.dates.resolve(mention, anchor, self.direction(row), base_year)
            if resolved is not None:
                return _date_columns(resolved.date, resolved.precision, mention.text, "sentence")
        if anniversary is not None:
            return _date_columns(dt.date(anniversary.year, 1, 1), "year", anniversary.text, "sentence")
        if anchor is not None:
            return _date_columns(anchor, "day", "", "published")
        return _date_columns(None, "", "", "none")

    # -- predecessors ---------------------------------------------------------------

    def _owners(self, predecessors: list[Predecessor],
                members: list[tuple[dict[str, Any], int | None]]) -> dict[int, Predecessor]:
        """Which row each predecessor phrase belongs to: the designation just before its cue
        (the one whose designee or role ends nearest before it), else the first one after it."""
        owners: dict[int, Predecessor] = {}
        placed = [(row, start) for row, start in members if start is not None]
        for predecessor in predecessors:
            spans = {id(row): [s for s in (_span(row, n, start) for n in ("designee", "role", "designator"))
                               if s is not None] for row, start in placed}
            if any(s[0] < predecessor.end and predecessor.start < s[1] for ss in spans.values() for s in ss):
                continue  # the phrase is a slot of a row ("designado como sucesor de X")
            ends = {id(row): max(s[1] for s in spans[id(row)][:2]) for row, start in placed}
            before = [(row, ends[id(row)]) for row, _ in placed if ends[id(row)] <= predecessor.cue_start]
            if before:
                nearest = max(end for _, end in before)
                chosen = [row for row, end in before if end == nearest]
            else:
                after = [(row, row["trigger_start"] - start) for row, start in placed]
                if not after:
                    continue
                first = min(position for _, position in after)
                chosen = [row for row, position in after if position == first][:1]
            for row in chosen:
                owners.setdefault(id(row), predecessor)
        return owners

    def _replaces(self, row: dict[str, Any], start: int | None, predecessor: Predecessor | None) -> dict[str, Any]:
        if predecessor is None or start is None:
            return {"replaces": "", "replaces_norm": "", "replaces_start": None, "replaces_end": None}
        return {"replaces": predecessor.text, "replaces_norm": self.normalize(predecessor.text),
                "replaces_start": start + predecessor.start, "replaces_end": start + predecessor.end}


def _date_columns(day: dt.date | None, precision: str, text: str, source: str) -> dict[str, Any]:
    return {"date": day.isoformat() if day else "", "date_precision": precision, "date_text": text,
            "date_source": source}


def _contains(words: list[str], phrase: list[str]) -> bool:
    n = len(phrase)
    return any(words[k:k + n] == phrase for k in range(len(words) - n + 1))


def _span(row: dict[str, Any], name: str, start: int) -> Span | None:
    begin, end = row.get(f"{name}_start"), row.get(f"{name}_end")
    if begin is None or end is None or begin == "" or end == "":
        return None
    return int(begin) - start, int(end) - start


def sentence_start(row: dict[str, Any]) -> int | None:
    """Where the row's sentence starts in the document, from its offsets and texts.

    The row keeps the sentence text and document offsets of its slots; the
    start is the one placement of the sentence at which the trigger, the
    designee and the role all read as written. None when no placement fits.
    """
    sentence, trigger = row.get("sentence") or "", row.get("trigger") or ""
    if not trigger or row.get("trigger_start") is None:
        return None
    at = sentence.find(trigger)
    while at != -1:
        start = int(row["trigger_start"]) - at
        if all(_reads(sentence, row, name, start) for name in ("designee", "role")):
            return start
        at = sentence.find(trigger, at + 1)
    return None


def _reads(sentence: str, row: dict[str, Any], name: str, start: int) -> bool:
    span = _span(row, name, start)
    return span is None or sentence[span[0]:span[1]] == (row.get(name) or "")
