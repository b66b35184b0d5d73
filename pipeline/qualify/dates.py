"""When a designation happened: date phrases in a sentence, and their calendar date.

`DateFinder.mentions(sentence)` yields every date phrase of a sentence in
order ("el 12 de octubre", "en marzo del 2020", "este miércoles", "ayer",
"en 1997", "1997.-" opening an anniversary line); `resolve` turns one into
a calendar date and a precision (day, month or year) against the article's
publication date, looking back or ahead; `attached_mention` picks the phrase
that dates a given trigger. The words come from configs/qualifiers.toml.

Relative phrases are resolved with inclusive bounds ("este miércoles" in an
article of Wednesday is that day), which is how news is written; phrases
marked "pasado" or "próximo" exclude the day itself.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from pipeline.qualify.words import QualifierWords

PRECISIONS = ("day", "month", "year")
# Bare years outside this range are numbers, not dates ("1.500 efectivos").
_BARE_YEARS = (1800, 2100)
_TOKEN = re.compile(r"\d+|[^\W\d_]+|\S")
# "1997.-" opening an item of an anniversary list.
_YEAR_MARK = re.compile(r"(?:^|(?<=[\s.]))(\d{3,4}) ?\. ?[-–]")


@dataclass(frozen=True)
class Token:
    text: str
    lower: str
    start: int
    end: int


@dataclass(frozen=True)
class DateMention:
    """A date phrase of a sentence, with the parts it states (offsets in the sentence)."""

    start: int
    end: int
    text: str
    kind: str  # full, daymonth, month, year, weekday, weekday_day, relative_day, relative_month,
    #            relative_year, relative_week, ago, anniversary
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    offset: int = 0
    unit: str = ""
    year_offset: int | None = None  # "de este año": a year relative to the publication
    direction: str = ""  # "past" or "future" when the phrase says so ("pasado", "próximo")


@dataclass(frozen=True)
class ResolvedDate:
    date: dt.date
    precision: str


def tokens(text: str) -> list[Token]:
    return [Token(m.group(), m.group().lower(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _phrase(words: list[str]) -> list[list[str]]:
    return [[t.lower for t in tokens(w)] for w in words]


class DateFinder:
    """Finds and resolves date phrases with the words of the data file."""

    def __init__(self, words: QualifierWords) -> None:
        d = words.dates
        self.months: dict[str, int] = d["months"]
        self.weekdays: dict[str, int] = d["weekdays"]
        self.relative_days = {tuple(p): v for p, v in zip(_phrase(list(d["relative_days"])), d["relative_days"].values())}
        self.blockers = set(d["relative_blockers"])
        self.determiners = set(d["determiners"])
        self.past = set(d["past_words"])
        self.future_phrases = _phrase(d["future_words"])
        self.year_phrases = list(zip(_phrase(list(d["year_phrases"])), d["year_phrases"].values()))
        self.periods: list[tuple[list[str], int, str]] = []
        for key, kind in (("relative_years", "relative_year"), ("relative_months", "relative_month"),
                          ("relative_weeks", "relative_week")):
            self.periods += [(p, v, kind) for p, v in zip(_phrase(list(d[key])), d[key].values())]
        self.periods.sort(key=lambda item: -len(item[0]))
        self.ago = d["ago_word"]
        self.units: dict[str, str] = d["units"]
        self.numbers: dict[str, int] = d["numbers"]
        self.year_preps = _phrase(d["year_prepositions"])
        self.month_preps = _phrase(d["month_prepositions"])
        self.joiners = sorted(_phrase(d["year_joiners"]), key=len, reverse=True)
        self.range_words = set(d["range_words"])
        self.relative_sorted = sorted(self.relative_days.items(), key=lambda p: -len(p[0]))
        self.relative_by_first: dict[str, list[tuple[tuple[str, ...], int]]] = {}
        for phrase, offset in self.relative_sorted:
            self.relative_by_first.setdefault(phrase[0], []).append((phrase, offset))
        self.periods_by_first: dict[str, list[tuple[list[str], int, str]]] = {}
        for period in self.periods:
            self.periods_by_first.setdefault(period[0][0], []).append(period)
        # The words a date phrase can start with (besides numbers): other tokens are skipped fast.
        self.starts = (set(self.months) | set(self.weekdays) | self.determiners | self.past
                       | {p[0] for p in self.future_phrases} | {p[0][0] for p in self.relative_sorted}
                       | {p[0] for p, _, _ in self.periods} | {self.ago}
                       | {p[0] for p in self.month_preps} | {p[0] for p in self.year_preps})

    # -- finding ----------------------------------------------------------------

    def mentions(self, sentence: str) -> list[DateMention]:
        """Every date phrase of `sentence`, in order of appearance, without overlaps."""
        toks = tokens(sentence)
        found: list[DateMention] = []
        anniversary = self._anniversary(sentence, toks)
        i = 0
        if anniversary is not None:
            found.append(anniversary)
            i = next(k for k, t in enumerate(toks) if t.start >= anniversary.end)
        skip_until = -1
        while i < len(toks):
            mention, end = self._at(sentence, toks, i) if i > skip_until else (None, i + 1)
            if mention is None:
                i += 1
                continue
            if mention.kind == "year" and self._in_range(toks, i):
                skip_until = self._range_end(toks, i)
                i += 1
                continue
            found.append(mention)
            i = end
        return found

    def line_year(self, text: str, sentence_start: int | None) -> tuple[int, str] | None:
        """The year of the anniversary item a sentence belongs to, with its text.

        Lists of anniversaries write "2011.- Entra en vigor ... . .- El Papa
        ... es proclamado beato": an item that follows a bare ".-" continues
        the year before it. A sentence takes that year when its line opens
        with "YYYY.-", or when it continues an item (".-" right before it).
        """
        if sentence_start is None or not 0 <= sentence_start <= len(text):
            return None
        line_start = text.rfind("\n", 0, sentence_start) + 1
        head = text[line_start:line_start + 12]
        mention = self._anniversary(head, tokens(head))
        if mention is not None:
            return mention.year, mention.text
        before = text[max(0, sentence_start - 4000):sentence_start].rstrip()
        opening = text[sentence_start:sentence_start + 6].lstrip()
        if not (before.endswith((".-", ".–")) or opening.startswith((".-", ".–", ". .-"))):
            return None
        marks = list(_YEAR_MARK.finditer(before))
        if not marks:
            return None
        last = marks[-1]
        return int(last.group(1)), last.group(0).strip()

    def _anniversary(self, sentence: str, toks: list[Token]) -> DateMention | None:
        """"1997.- ..." opening the sentence: a line of an anniversary list."""
        if len(toks) >= 3 and toks[0].text.isdigit() and 3 <= len(toks[0].text) <= 4 and \
                toks[1].text == "." and toks[2].text in {"-", "–"}:
            return DateMention(toks[0].start, toks[2].end, sentence[toks[0].start:toks[2].end], "anniversary",
                               year=int(toks[0].text))
        return None

    def _at(self, s: str, toks: list[Token], i: int) -> tuple[DateMention | None, int]:
        if not toks[i].text.isdigit() and toks[i].lower not in self.starts:
            return None, i + 1
        for method in (self._numeric, self._day_month, self._weekday, self._month, self._period,
                       self._relative_day, self._ago, self._year):
            result = method(s, toks, i)
            if result is not None:
                return result
        return None, i + 1

    @staticmethod
    def _matches(toks: list[Token], i: int, phrase: list[str]) -> bool:
        return i + len(phrase) <= len(toks) and all(toks[i + k].lower == w for k, w in enumerate(phrase))

    @staticmethod
    def _ends_before(toks: list[Token], i: int, phrases: list[list[str]]) -> int | None:
        """The start index of a phrase of `phrases` that ends right before token i."""
        for phrase in sorted(phrases, key=len, reverse=True):
            k = i - len(phrase)
            if k >= 0 and all(toks[k + n].lower == w for n, w in enumerate(phrase)):
                return k
        return None

    def _mention(self, s: str, toks: list[Token], first: int, last: int, kind: str, **parts) -> tuple[DateMention, int]:
        start, end = toks[first].start, toks[last].end
        return DateMention(start, end, s[start:end], kind, **parts), last + 1

    def _direction_after(self, toks: list[Token], i: int) -> tuple[str, int]:
        """A "pasado"/"próximo" word at token i: its direction and how many tokens it takes."""
        if i < len(toks) and toks[i].lower in self.past:
            return "past", 1
        for phrase in self.future_phrases:
            if self._matches(toks, i, phrase):
                return "future", len(phrase)
        return "", 0

    def _lead(self, toks: list[Token], i: int) -> tuple[int, str]:
        """Extend a phrase back over "el pasado", "este", "el próximo" and a weekday; its direction."""
        first, direction = i, ""
        k = i - 1
        if k >= 0 and toks[k].lower in self.weekdays:
            first, k = k, k - 1
        if k >= 0 and toks[k].lower in self.past:
            first, direction, k = k, "past", k - 1
        elif k >= 0 and any(toks[k].lower == p[-1] and len(p) == 1 for p in self.future_phrases):
            first, direction, k = k, "future", k - 1
        if k >= 0 and toks[k].lower in self.determiners:
            first = k
        return first, direction

    def _year_after(self, toks: list[Token], i: int) -> tuple[int | None, int | None, int]:
        """A year joined after token i-1 ("de 2020", "del año pasado"): (year, offset, tokens taken)."""
        if i < len(toks) and toks[i].text.isdigit() and len(toks[i].text) == 4 and \
                _BARE_YEARS[0] <= int(toks[i].text) <= _BARE_YEARS[1]:
            return int(toks[i].text), None, 1  # "el 1 de enero 2022"
        for joiner in self.joiners:
            if not self._matches(toks, i, joiner):
                continue
            k = i + len(joiner)
            if k < len(toks) and toks[k].text.isdigit() and len(toks[k].text) == 4:
                return int(toks[k].text), None, len(joiner) + 1
            for phrase, offset in self.year_phrases:
                if self._matches(toks, k, phrase):
                    return None, offset, len(joiner) + len(phrase)
        return None, None, 0

    def _numeric(self, s: str, toks: list[Token], i: int) -> tuple[DateMention, int] | None:
        if i + 4 >= len(toks) or not toks[i].text.isdigit():
            return None
        a, sep1, b, sep2, c = toks[i:i + 5]
        if sep1.text != sep2.text or sep1.text not in {"/", "-", "."} or not (b.text.isdigit() and c.text.isdigit()):
            return None
        if sep1.end != b.start or b.end != sep2.start or sep2.end != c.start or a.end != sep1.start:
            return None
        if len(a.text) == 4 and sep1.text == "-":
            year, month, day = int(a.text), int(b.text), int(c.text)
        elif len(c.text) == 4 and len(a.text) <= 2:
            day, month, year = int(a.text), int(b.text), int(c.text)
        else:
            return None
        return self._mention(s, toks, i, i + 4, "full", year=year, month=month, day=day)

    def _day_month(self, s: str, toks: list[Token], i: int) -> tuple[DateMention, int] | None:
        t = toks[i]
        if not (t.text.isdigit() and len(t.text) <= 2 and 1 <= int(t.text) <= 31):
            return None
        k = i + 1
        if k < len(toks) and toks[k].text in {"º", "°"}:
            k += 1
        if k < len(toks) and toks[k].lower == "de":
            k += 1
        if k >= len(toks) or toks[k].text not in self.months:  # months in lower case only
            return None
        month, last = self.months[toks[k].text], k
        if last + 1 < len(toks) and toks[last + 1].text == "." and toks[k].text in {"sept", "set", "ene", "feb", "abr",
                                                                                      "jun", "jul", "ago", "oct",
                                                                                      "nov", "dic"}:
            last += 1
        first, direction = self._lead(toks, i)
        after, taken = self._direction_after(toks, last + 1)
        if taken:
            direction, last = after, last + taken
        year, year_offset, taken = self._year_after(toks, last + 1)
        last += taken
        return self._mention(s, toks, first, last, "full" if year else "daymonth", year=year, month=month,
                             day=int(t.text), year_offset=year_offset, direction=direction)

    def _weekday(self, s: str, toks: list[Token], i: int) -> tuple[DateMention, int] | None:
        if toks[i].lower not in self.weekdays or i == 0:
            return None
        k = i - 1
        direction = ""
        if toks[k].lower in self.past:
            direction, k = "past", k - 1
        elif toks[k].lower in {p[0] for p in self.future_phrases if len(p) == 1}:
            direction, k = "future", k - 1
        if k < 0 or toks[k].lower not in self.determiners:
            return None
        last = i
        after, taken = self._direction_after(toks, i + 1)
        if taken:
            direction, last = after, i + taken
        nxt = last + 1
        if nxt < len(toks) and toks[nxt].text.isdigit() and len(toks[nxt].text) <= 2:
            # "este jueves 2 de febrero" is read at the number; "el jueves 16" here.
            probe = nxt + 1 + (nxt + 1 < len(toks) and toks[nxt + 1].lower == "de")
            if probe < len(toks) and toks[probe].text in self.months:
                return None
            return self._mention(s, toks, k, nxt, "weekday_day", weekday=self.weekdays[toks[i].lower],
                                 day=int(toks[nxt].text), direction=direction)
        return self._mention(s, toks, k, last, "weekday", weekday=self.weekdays[toks[i].lower],
                             direction=direction)

    def _month(self, s: str, toks: list[Token], i: int) -> tuple[DateMention, int] | None:
        if toks[i].text not in self.months:
            return None
        last = i
        direction, taken = self._direction_after(toks, i + 1)
        last += taken
        year, year_offset, taken = self._year_after(toks, last + 1)
        first = self._ends_before(toks, i, self.month_preps)
        if taken == 0 and first is None:
            return None  # a month alone is a date only after "en", "desde", ...
        return self._mention(s, toks, i if first is None else first, last + taken, "month",
                             year=year, month=self.months[toks[i].text], year_offset=year_offset,
                             direction=direction)

    def _period(self, s: str, toks: list[Token], i: int) -> tuple[DateMention, int] | None:
        for phrase, offset, kind in self.periods_by_first.get(toks[i].lower, ()):
            if self._matches(toks, i, phrase):
                return self._mention(s, toks, i, i + len(phrase) - 1, kind, offset=offset)
        return None

    def _relative_day(self, s: str, toks: list[Token], i: int) -> tuple[DateMention, int] | None:
        for phrase, offset in self.relative_by_first.get(toks[i].lower, ()):
            if self._matches(toks, i, list(phrase)):
                if len(phrase) == 1 and i > 0 and toks[i - 1].lower in self.blockers:
                    return None  # "la mañana", "el hoy jefe de Estado"
                return self._mention(s, toks, i, i + len(phrase) - 1, "relative_day", offset=offset)
        return None

    def _ago(self, s: str, toks: list[Token], i: int) -> tuple[DateMention, int] | None:
        if toks[i].lower != self.ago or i + 2 >= len(toks):
            return None
        amount = toks[i + 1]
        number = int(amount.text) if amount.text.isdigit() else self.numbers.get(amount.lower)
        unit = self.units.get(toks[i + 2].lower)
        if number is None or unit is None:
            return None  # "hace unas semanas": no number, no date
        return self._mention(s, toks, i, i + 2, "ago", offset=number, unit=unit)

    def _year(self, s: str, toks: list[Token], i: int) -> tuple[DateMention, int] | None:
        t = toks[i]
        if not (t.text.isdigit() and len(t.text) == 4 and _BARE_YEARS[0] <= int(t.text) <= _BARE_YEARS[1]):
            return None
        before = toks[i - 1] if i > 0 else None
        after = toks[i + 1] if i + 1 < len(toks) else None
        if before is not None and before.text in {"-", "/", "°", "º", "."} and before.end == t.start:
            return None  # "077-2023-RE", "N°2023"
        if after is not None and after.text in {"-", "/", "–"}:
            return None  # "2022-2023", "2023-PCM"
        parenthesised = before is not None and before.text == "(" and after is not None and after.text == ")"
        first = self._ends_before(toks, i, self.year_preps)
        if first is None and not parenthesised:
            return None
        return self._mention(s, toks, i if first is None else first, i, "year", year=int(t.text))

    def _in_range(self, toks: list[Token], i: int) -> bool:
        """A year after "entre (el)": one end of a range."""
        k = i - 1
        if k >= 0 and toks[k].lower == "el":
            k -= 1
        return k >= 0 and toks[k].lower in self.range_words

    @staticmethod
    def _range_end(toks: list[Token], i: int) -> int:
        """The token index of the range's other year ("entre el 2016 y el 2022")."""
        for k in range(i + 1, min(i + 5, len(toks))):
            if toks[k].text.isdigit() and len(toks[k].text) == 4:
                return k
        return i

    # -- resolving --------------------------------------------------------------

    def resolve(self, mention: DateMention, anchor: dt.date | None, direction: str,
                base_year: int | None = None) -> ResolvedDate | None:
        """The calendar date of a phrase, or None when it needs an anchor it lacks.

        Args:
            mention: the phrase.
            anchor: the publication date, which relative phrases count from.
            direction: "past" or "future": where a phrase that does not say so points.
            base_year: the year of an anniversary line, for a day and month without a year.
        """
        direction = mention.direction or direction
        strict = bool(mention.direction)
        try:
            return self._resolve(mention, anchor, direction, strict, base_year)
        except (ValueError, OverflowError):
            return None  # "31 de febrero", or a year out of range

    def _resolve(self, m: DateMention, anchor: dt.date | None, direction: str, strict: bool,
                 base_year: int | None) -> ResolvedDate | None:
        if m.kind in {"year", "anniversary"}:
            return ResolvedDate(dt.date(m.year, 1, 1), "year")
        if m.kind in {"full", "daymonth", "month"}:
            year = m.year
            if year is None and m.year_offset is not None:
                year = None if anchor is None else anchor.year + m.year_offset
            if year is None and base_year is not None:
                year = base_year
            if year is None:
                if anchor is None:
                    return None
                year = _year_for(m.month, m.day, anchor, direction, strict)
            if m.kind == "month":
                return ResolvedDate(dt.date(year, m.month, 1), "month")
            return ResolvedDate(dt.date(year, m.month, m.day), "day")
        if anchor is None:
            return None
        if m.kind == "relative_day":
            return ResolvedDate(anchor + dt.timedelta(days=m.offset), "day")
        if m.kind == "weekday":
            return ResolvedDate(_weekday(anchor, m.weekday, direction, strict), "day")
        if m.kind == "weekday_day":
            return ResolvedDate(_day_of_month(anchor, m.day, direction), "day")
        if m.kind == "relative_year":
            return ResolvedDate(dt.date(anchor.year + m.offset, 1, 1), "year")
        if m.kind == "relative_month":
            return ResolvedDate(_add_months(anchor, m.offset).replace(day=1), "month")
        if m.kind == "relative_week":
            return ResolvedDate((anchor + dt.timedelta(weeks=m.offset)).replace(day=1), "month")
        if m.kind == "ago":
            if m.unit == "day":
                return ResolvedDate(anchor - dt.timedelta(days=m.offset), "day")
            if m.unit == "week":
                return ResolvedDate((anchor - dt.timedelta(weeks=m.offset)).replace(day=1), "month")
            if m.unit == "month":
                return ResolvedDate(_add_months(anchor, -m.offset).replace(day=1), "month")
            return ResolvedDate(dt.date(anchor.year - m.offset, 1, 1), "year")
        return None


def _year_for(month: int, day: int | None, anchor: dt.date, direction: str, strict: bool) -> int:
    """The year that puts (month, day) on the `direction` side of the anchor (inclusive unless strict)."""
    here = (month, day or 0)
    now = (anchor.month, anchor.day if day else 0)
    if direction == "future":
        return anchor.year if (here > now or (here == now and not strict)) else anchor.year + 1
    return anchor.year if (here < now or (here == now and not strict)) else anchor.year - 1


def _weekday(anchor: dt.date, weekday: int, direction: str, strict: bool) -> dt.date:
    if direction == "future":
        days = (weekday - anchor.weekday()) % 7
        return anchor + dt.timedelta(days=days or (7 if strict else 0))
    days = (anchor.weekday() - weekday) % 7
    return anchor - dt.timedelta(days=days or (7 if strict else 0))


def _day_of_month(anchor: dt.date, day: int, direction: str) -> dt.date:
    """The nearest date with this day of the month on the `direction` side of the anchor."""
    step = 1 if direction == "future" else -1
    month = anchor.replace(day=1)
    for _ in range(13):
        if day <= calendar.monthrange(month.year, month.month)[1]:
            candidate = month.replace(day=day)
            if (candidate >= anchor) if step > 0 else (candidate <= anchor):
                return candidate
        month = _add_months(month, step)
    raise ValueError(f"no month has day {day}")


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))

