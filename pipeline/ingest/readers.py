"""Readers: one generator per input format, each yielding `Record`s.

A reader never raises for a bad record: it yields a Record with `problem`
set, so that one bad line, row or file never stops the batch. Readers stream
(line by line, row by row, record by record), so memory does not grow with
the size of a file, and every read is bounded as the bytes arrive: a document
(a file, a JSONL or CSV line, a WARC record) is refused past input.max_chars
(4 bytes a character), an HTML page past input.max_html_bytes, a `.gz` past
input.max_gz_bytes; nothing is inflated whole only to be refused.
Bytes become text by the rules of `pipeline.ingest.decode`.

Formats: .txt .md (one document a file), .jsonl .ndjson (one JSON object a
line), .csv .tsv (one row a document, header names the fields), .html .htm
(main text, title and date through trafilatura), .warc .warc.gz (response
records through warcio), and `.gz` of any of the text formats.
"""
from __future__ import annotations

import gzip
import io
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import IO, Any

from pipeline.config import Config
from pipeline.ingest.decode import decode_bytes_document, text_lines

# Bytes a character takes at most in UTF-8: the byte bound of input.max_chars.
_BYTES_PER_CHAR = 4
# Bytes a JSON line may take beyond its text: escapes ("\u00e9" is six bytes for one
# character) and the other fields.
_LINE_SLACK = 1 << 20


@dataclass
class Record:
    """One input record, before classification."""

    source: str
    record: str = ""
    text: str | None = None
    own_id: str | None = None
    title: str = ""
    published: str = ""
    url: str = ""
    # The record's own source field (the outlet: "El Universal"), when it has one.
    outlet: str = ""
    # (status, reason) when the record cannot be used at all.
    problem: tuple[str, str] | None = None
    # Said in the reason of a record that is processed (bytes replaced, encoding guessed).
    note: str = ""


class TooLarge(Exception):
    """A decompressed stream went past `input.max_gz_bytes`."""


# -- bytes to text --------------------------------------------------------------


def decode_bytes(raw: bytes) -> tuple[str | None, str | None]:
    """Decode a whole document's bytes (rules in `pipeline.ingest.decode`).

    Returns:
        (text, None) on success, (None, reason) for binary or undecodable content.
    """
    decoded = decode_bytes_document(raw)
    return decoded.text, decoded.problem


def safe_message(error: BaseException, limit: int = 200) -> str:
    """An exception's message without raw bytes or control characters, cut to `limit`."""
    text = str(error).encode("ascii", "backslashreplace").decode("ascii")
    text = re.sub(r"[\x00-\x1f\x7f]", " ", text)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 3] + "..."


def clean_text(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "").strip()


def max_document_bytes(config: Config) -> int:
    """The most bytes one document may take before it is too_long unread."""
    return int(config.get("input.max_chars")) * _BYTES_PER_CHAR


# -- opening files (gzip with a bound) ------------------------------------------


def is_gzip_text(path: Path) -> bool:
    """A .gz of one of the text formats (a .warc.gz is read record by record instead)."""
    name = path.name.lower()
    return name.endswith(".gz") and not name.endswith(".warc.gz")


class _Bounded(io.RawIOBase):
    """A read-only stream that raises TooLarge past `limit` bytes, as they arrive."""

    def __init__(self, inner: IO[bytes], limit: int) -> None:
        self.inner, self.limit, self.seen = inner, limit, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        # Never ask the decompressor for more than the bound leaves (plus one byte to see it).
        want = min(len(buffer), self.limit - self.seen + 1)
        data = self.inner.read(want)
        self.seen += len(data)
        if self.seen > self.limit:
            raise TooLarge(self.seen)
        buffer[:len(data)] = data
        return len(data)

    def close(self) -> None:
        self.inner.close()
        super().close()


def open_binary(path: Path, config: Config) -> IO[bytes]:
    """The file's bytes, decompressed for a .gz (bounded by input.max_gz_bytes as they arrive)."""
    if is_gzip_text(path):
        raw = _Bounded(gzip.open(path, "rb"), int(config.get("input.max_gz_bytes")))
        return io.BufferedReader(raw, buffer_size=1 << 16)
    return io.BufferedReader(path.open("rb", buffering=0), buffer_size=1 << 16)


def read_document_bytes(path: Path, config: Config, limit: int | None = None) -> bytes | None:
    """A whole-file document's bytes, or None when it has more than `limit` (`max_document_bytes`).

    Reads at most one byte past the bound, so a large (or decompressing) file is
    never held whole just to be refused.
    """
    limit = max_document_bytes(config) if limit is None else limit
    with open_binary(path, config) as handle:
        raw = handle.read(limit + 1)
    return None if len(raw) > limit else raw


def inner_name(path: Path) -> str:
    """The file name without a .gz ending: the format of what is inside."""
    name = path.name.lower()
    return name[:-3] if is_gzip_text(path) else name


def line_bound(config: Config) -> int:
    """The most bytes one JSONL or CSV line may take before it is too_long unread."""
    return max_document_bytes(config) + _LINE_SLACK


# -- records from fields ----------------------------------------------------------


def _first(record: dict[str, Any], fields: list[str]) -> Any:
    lowered = {str(k).lower(): v for k, v in record.items()}
    for field_name in fields:
        if field_name.lower() in lowered and lowered[field_name.lower()] not in (None, ""):
            return lowered[field_name.lower()]
    return None


def record_from_mapping(fields: dict[str, Any], source: str, record: str, config: Config) -> Record:
    """Build a Record from a JSON object or CSV row, using the configured field names."""
    text = _first(fields, config.get("input.text_fields"))
    own_id = _first(fields, config.get("input.id_fields"))
    result = Record(
        source=source,
        record=record,
        own_id=None if own_id is None else str(own_id),
        title=str(_first(fields, config.get("input.title_fields")) or ""),
        published=str(_first(fields, config.get("input.published_fields")) or ""),
        url=str(_first(fields, config.get("input.url_fields")) or ""),
        outlet=str(_first(fields, config.get("input.source_fields")) or ""),
    )
    if text is None:
        tried = ", ".join(config.get("input.text_fields"))
        if any(str(k).lower() in {f.lower() for f in config.get("input.text_fields")} for k in fields):
            result.text = ""
        else:
            result.problem = ("unreadable", f"no text field (tried: {tried})")
    elif isinstance(text, list) and all(isinstance(part, str) for part in text):
        # Paragraphs as a list: their text, a blank line apart (never the list's repr).
        result.text = clean_text("\n\n".join(text))
    elif isinstance(text, (list, dict, bool)):
        result.problem = ("unreadable", f"the text field is a JSON {type(text).__name__}, not a string")
    else:
        result.text = clean_text(str(text))
    return result


# -- readers ------------------------------------------------------------------------


def _too_big(path: Path, config: Config) -> Record | None:
    """A whole-file document over the size limit is reported without reading it."""
    limit = max_document_bytes(config)
    if not is_gzip_text(path) and path.stat().st_size > limit:
        return Record(source=str(path), problem=(
            "too_long", f"{path.stat().st_size:,} bytes, over input.max_chars "
                        f"({int(config.get('input.max_chars')):,} characters)"))
    return None


def _over_bound(path: Path, config: Config) -> Record:
    return Record(source=str(path), problem=(
        "too_long", f"decompresses to more than {max_document_bytes(config):,} bytes, over "
                    f"input.max_chars ({int(config.get('input.max_chars')):,} characters); "
                    "refused, not expanded"))


def read_text_file(path: Path, config: Config) -> Iterator[Record]:
    """A .txt or .md file is one document; a Markdown `# heading` is its title."""
    if (big := _too_big(path, config)) is not None:
        yield big
        return
    raw = read_document_bytes(path, config)
    if raw is None:
        yield _over_bound(path, config)
        return
    decoded = decode_bytes_document(raw)
    del raw
    if decoded.text is None:
        yield Record(source=str(path), problem=("unreadable", decoded.problem or "undecodable"))
        return
    text = clean_text(decoded.text)
    title = ""
    if inner_name(path).endswith(".md"):
        for line in text.splitlines():
            if line.startswith("# "):
                title = line[2:].strip()
                break
    yield Record(source=str(path), text=text, title=title, note=decoded.note)


def no_records(path: Path, what: str) -> Record:
    """The one row of a file that holds no record at all, so that it is not lost silently."""
    return Record(source=str(path), problem=("empty", f"the file holds no record ({what})"))


def read_jsonl(path: Path, config: Config) -> Iterator[Record]:
    """One JSON object a line; a malformed line is reported with its number."""
    records = 0
    with open_binary(path, config) as handle:
        for line in text_lines(handle, line_bound(config), path.name):
            number = line.number
            if line.problem is not None:
                records += 1
                yield Record(source=str(path), record=str(number), problem=line.problem)
                continue
            if not line.text.strip():
                continue
            records += 1
            try:
                value = json.loads(line.text)
            except json.JSONDecodeError as error:
                yield Record(source=str(path), record=str(number), problem=(
                    "unreadable", f"malformed JSON on line {number} of {path.name}: {error.msg} "
                                  f"(column {error.colno})"))
                continue
            if not isinstance(value, dict):
                yield Record(source=str(path), record=str(number), problem=(
                    "unreadable", f"line {number} of {path.name} is not a JSON object"))
                continue
            record = record_from_mapping(value, str(path), str(number), config)
            record.note = line.note
            yield record
    if not records:
        yield no_records(path, "no JSON line")


def read_csv(path: Path, config: Config) -> Iterator[Record]:
    """One row a document; the header row names the fields (`pipeline.ingest.csvrows`)."""
    from pipeline.ingest.csvrows import read_csv_records

    yield from read_csv_records(path, config)


def html_record(raw: bytes, source: str, record: str = "", url: str = "", published: str = "",
                own_id: str | None = None, max_bytes: int | None = None) -> Record:
    """The main text (no menus, scripts or footers), title and date of an HTML page.

    Args:
        max_bytes: a larger page is too_long, not parsed (input.max_html_bytes).
    """
    import trafilatura

    result = Record(source=source, record=record, url=url, published=published, own_id=own_id)
    if max_bytes is not None and len(raw) > max_bytes:
        result.problem = ("too_long", f"HTML page of {len(raw):,} bytes, over input.max_html_bytes "
                                      f"({max_bytes:,}); not parsed")
        return result
    decoded = decode_bytes_document(raw)
    if decoded.text is None:
        result.problem = ("unreadable", (decoded.problem or "undecodable").replace("not text", "not HTML"))
        return result
    text, result.note = decoded.text, decoded.note
    try:
        extracted = trafilatura.bare_extraction(text, url=url or None, with_metadata=True,
                                                include_comments=False)
    except Exception as error:  # one odd page must not stop the batch
        result.problem = ("unreadable", f"HTML extraction failed: {type(error).__name__}: {error}")
        return result
    fields = {} if extracted is None else (
        extracted.as_dict() if hasattr(extracted, "as_dict") else dict(extracted))
    result.text = clean_text(fields.get("text") or "")
    if not result.text:
        # trafilatura (lxml) gives up on very deep or odd markup: keep all the page's text.
        result.text = clean_text(all_text(text))
        if result.text:
            result.note = "; ".join(filter(None, [result.note, "no main text found; all the "
                                                  "page's text kept"]))
    result.title = str(fields.get("title") or "")
    result.published = str(fields.get("date") or "") or published
    result.url = url or str(fields.get("url") or "")
    return result


def read_html(path: Path, config: Config) -> Iterator[Record]:
    """An HTML page is one document: its main text, with its title and date."""
    max_html = int(config.get("input.max_html_bytes"))
    limit = min(max_document_bytes(config), max_html)
    size = None if is_gzip_text(path) else path.stat().st_size
    raw = None if size is not None and size > limit else read_document_bytes(path, config, limit)
    if raw is None:
        what = f"of {size:,} bytes" if size is not None else f"that decompresses to more than {limit:,} bytes"
        yield Record(source=str(path), problem=(
            "too_long", f"HTML page {what}, over input.max_html_bytes ({max_html:,}) or "
                        "input.max_chars; not parsed"))
        return
    yield html_record(raw, str(path), max_bytes=max_html)


class _TextOnly(HTMLParser):
    """Every text node of a page outside scripts and styles, at any depth (no tree is built)."""

    _SKIP = frozenset({"script", "style", "noscript", "template", "head"})
    _BLOCK = frozenset({"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
                        "article", "section", "blockquote", "title"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self._SKIP:
            self.skipping += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self.skipping:
            self.skipping -= 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def all_text(html: str) -> str:
    """The text of a page by a streaming parser: no depth limit, no tree in memory."""
    parser = _TextOnly()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)


def read_warc(path: Path, config: Config) -> Iterator[Record]:
    """Response and resource records of a WARC (`pipeline.ingest.warc`)."""
    from pipeline.ingest.warc import read_warc as read_warc_records

    yield from read_warc_records(path, config)


Reader = Callable[[Path, Config], Iterator[Record]]

READERS: dict[str, Reader] = {
    ".txt": read_text_file,
    ".md": read_text_file,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".csv": read_csv,
    ".tsv": read_csv,
    ".html": read_html,
    ".htm": read_html,
    ".warc": read_warc,
    ".warc.gz": read_warc,
}


def reader_for(path: Path) -> Reader | None:
    """The reader for a file by its name; `.gz` of a text format reads what is inside."""
    name = path.name.lower()
    if name.endswith(".warc.gz"):
        return READERS[".warc.gz"]
    if name.endswith(".gz"):
        name = name[:-3]
        if name.endswith(".warc"):
            return READERS[".warc"]
    for suffix in sorted(READERS, key=len, reverse=True):
        if name.endswith(suffix):
            return READERS[suffix]
    return None
