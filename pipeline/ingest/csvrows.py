"""CSV and TSV: one row a document, and a reader that resynchronises after a broken quote.

Python's csv module reads a quote that is never closed as the start of one
field that runs to the end of the file: a thousand-row file becomes one
document and 999 records vanish. Here every row is checked as it comes: a
row that spans several lines is broken when

- the file ends inside its quoted field, or a field outgrows its bound;
- it spans more than `MAX_ROW_LINES` lines;
- it has not the header's number of fields; or
- every line after its first parses on its own as a complete row, quotes
  balanced (the lines of swallowed rows, as a quote that closes later
  leaves them; the last line of a real multi-line field holds its closing
  quote, so its quotes are not balanced).

A broken row is reported `unreadable` with its line number, and reading
resumes at the line after its first, so every other row gets its own
documents row. A multi-line field that is really one field (paragraphs of
an article in quotes) passes these checks: its last line ends the row and
does not hold a whole row of fields.
"""
from __future__ import annotations

import csv
from collections import deque
from collections.abc import Iterator
from pathlib import Path

from pipeline.config import Config
from pipeline.ingest.decode import Line, text_lines
from pipeline.ingest.readers import (
    Record,
    inner_name,
    line_bound,
    no_records,
    open_binary,
    record_from_mapping,
)

# A quoted field longer than this many lines is taken for an unclosed quote.
MAX_ROW_LINES = 2000
_SNIFF_LINES = 20


class _RowTooLong(Exception):
    """The row being read spans more lines than MAX_ROW_LINES."""


class _Feed:
    """Lines for csv.reader, one at a time, remembering which lines the current row took."""

    def __init__(self, lines: Iterator[Line]) -> None:
        self.lines = lines
        self.pushed: deque[Line] = deque()
        self.taken: list[Line] = []
        self.problems: deque[Line] = deque()

    def __iter__(self) -> _Feed:
        return self

    def __next__(self) -> str:
        while True:
            line = self.pushed.popleft() if self.pushed else next(self.lines)
            if line.problem is not None and not self.taken:
                self.problems.append(line)  # a bad line between rows: reported on its own
                continue
            if line.problem is not None:
                line = Line(line.number, "", problem=line.problem)
            if len(self.taken) >= MAX_ROW_LINES:
                self.pushed.appendleft(line)
                raise _RowTooLong
            self.taken.append(line)
            return line.text or ""

    def start_row(self) -> None:
        self.taken = []

    def replay_after_first(self) -> None:
        """Give back every line of the current row but its first, to be read again."""
        self.pushed.extendleft(reversed(self.taken[1:]))
        self.taken = []


def _sniff(head: list[Line], tsv: bool) -> str:
    if tsv:
        return "\t"
    sample = "".join(line.text or "" for line in head[:_SNIFF_LINES])
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        return ","


def _fields(text: str, delimiter: str) -> list[str] | None:
    """A line parsed on its own, strictly (None when it is no complete row)."""
    try:
        rows = list(csv.reader([text], delimiter=delimiter, strict=True))
    except csv.Error:
        return None
    return rows[0] if len(rows) == 1 else None


def _swallowed(taken: list[Line], delimiter: str, width: int) -> bool:
    """Whether the lines after a row's first are rows of their own (an unclosed quote ate them).

    Such a line has the header's number of fields and an even number of quote
    characters; the last line of a real multi-line field holds its closing
    quote, so its count is odd.
    """
    later = [line.text for line in taken[1:] if line.text and line.text.strip()]
    if not later or width < 2:
        return False
    return all(text.count('"') % 2 == 0 and (fields := _fields(text, delimiter)) is not None
               and len(fields) == width for text in later)


def read_csv_records(path: Path, config: Config) -> Iterator[Record]:
    """One row a document; the header row names the fields; a broken row is reported by line."""
    tsv = inner_name(path).endswith(".tsv")
    csv.field_size_limit(max(int(config.get("input.max_chars")) + 1, 1 << 17))
    records = 0
    with open_binary(path, config) as handle:
        lines = text_lines(handle, line_bound(config), path.name)
        head: list[Line] = []
        for line in lines:  # the sample for the dialect: first lines, header included
            head.append(line)
            if len(head) >= _SNIFF_LINES:
                break
        delimiter = _sniff(head, tsv)
        feed = _Feed(iter([*head, *lines]))
        reader = csv.reader(feed, delimiter=delimiter)
        header: list[str] | None = None
        while True:
            feed.start_row()
            broken: str | None = None
            try:
                row = next(reader)
            except StopIteration:
                row = None
            except _RowTooLong:
                row, broken = [], f"a quoted field runs over {MAX_ROW_LINES:,} lines (a quote never closed?)"
                reader = csv.reader(feed, delimiter=delimiter)
            except csv.Error as error:
                row, broken = [], f"{error}"
                reader = csv.reader(feed, delimiter=delimiter)
            while feed.problems:
                problem = feed.problems.popleft()
                records += 1
                yield Record(source=str(path), record=str(problem.number), problem=problem.problem)
            if row is None and broken is None:
                break
            taken = list(feed.taken)
            first = taken[0].number if taken else 0
            if broken is None and len(taken) > 1 and header is not None and (
                    len(row) != len(header) or _swallowed(taken, delimiter, len(header))):
                broken = "a quote opened here closes only on a later line, swallowing the rows between"
            if broken is not None:
                records += 1
                yield Record(source=str(path), record=str(first), problem=(
                    "unreadable", f"malformed CSV row on line {first} of {path.name}: {broken}; "
                                  "reading resumed at the next line"))
                feed.replay_after_first()
                continue
            if not any(cell.strip() for cell in row):
                continue
            if header is None:
                header = [cell.strip() for cell in row]
                continue
            records += 1
            if len(row) != len(header):
                yield Record(source=str(path), record=str(first), problem=(
                    "unreadable", f"malformed CSV row on line {first} of {path.name}: "
                                  f"{len(row)} fields, the header has {len(header)}"))
                continue
            record = record_from_mapping(dict(zip(header, row)), str(path), str(first), config)
            record.note = "; ".join(dict.fromkeys(line.note for line in taken if line.note))
            yield record
    if not records:
        yield no_records(path, "no row under the header" if header else "no header row")
