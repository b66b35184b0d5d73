"""Readers: one generator per input format, each yielding `Record`s.

A reader never raises for a bad record: it yields a Record with `problem`
set, so that one bad line, row or file never stops the batch. Readers stream
(line by line, row by row, record by record), so memory does not grow with
the size of a file.

Formats: .txt .md (one document a file), .jsonl .ndjson (one JSON object a
line), .csv .tsv (one row a document, header names the fields), .html .htm
(main text, title and date through trafilatura), .warc .warc.gz (response
records through warcio), and `.gz` of any of the text formats.
"""
from __future__ import annotations

import csv
import gzip
import io
import json
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from pipeline.config import Config

# Encodings that Spanish legacy archives use; preferred when the detector
# lists one of them at all (it often ranks cp1250 first on short Spanish text,
# which turns "ñ" into "ń").
_SPANISH_LEGACY = ("cp1252", "latin_1", "iso8859_15")
_SAMPLE_BYTES = 1 << 20


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


class TooLarge(Exception):
    """A decompressed stream went past `input.max_gz_bytes`."""


# -- bytes to text --------------------------------------------------------------


def detect_encoding(sample: bytes) -> str | None:
    """The encoding of a sample of bytes: UTF-8 if it decodes, else what charset-normalizer finds.

    Returns None when no text encoding fits (binary content).
    """
    try:
        sample.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as error:
        if error.start >= len(sample) - 3 and error.reason == "unexpected end of data":
            return "utf-8"  # a character cut at the end of the sample
    import charset_normalizer

    candidates = [match.encoding for match in charset_normalizer.from_bytes(sample)]
    for encoding in candidates:
        if encoding in _SPANISH_LEGACY:
            return "cp1252"
    return candidates[0] if candidates else None


def decode_bytes(raw: bytes) -> tuple[str | None, str | None]:
    """Decode a whole document's bytes, detecting the encoding.

    Returns:
        (text, None) on success, (None, reason) for binary or undecodable content.
    """
    if b"\x00" in raw[:8192] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, "binary content (NUL bytes), not text"
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    encoding = detect_encoding(raw[:_SAMPLE_BYTES]) if raw else "utf-8"
    if encoding is None:
        return None, "undecodable bytes: no text encoding fits (binary file?)"
    return decode_with(raw, encoding), None


def decode_with(raw: bytes, encoding: str) -> str:
    """Decode with `encoding`; bytes it leaves undefined fall back to Latin-1, never lost."""
    try:
        return raw.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        pass
    if encoding == "utf-8":
        try:
            return raw.decode("cp1252")
        except UnicodeDecodeError:
            pass
    return raw.decode("latin-1")


def clean_text(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "").strip()


# -- opening files (gzip with a bound) ------------------------------------------


def is_gzip_text(path: Path) -> bool:
    """A .gz of one of the text formats (a .warc.gz is read record by record instead)."""
    name = path.name.lower()
    return name.endswith(".gz") and not name.endswith(".warc.gz")


class _Bounded(io.RawIOBase):
    """A read-only stream that raises TooLarge past `limit` bytes."""

    def __init__(self, inner: IO[bytes], limit: int) -> None:
        self.inner, self.limit, self.seen = inner, limit, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self.inner.read(len(buffer))
        self.seen += len(data)
        if self.seen > self.limit:
            raise TooLarge(self.seen)
        buffer[:len(data)] = data
        return len(data)

    def close(self) -> None:
        self.inner.close()
        super().close()


def gzip_size_problem(path: Path, limit: int) -> tuple[str, str] | None:
    """Check a .gz before reading it: too large once expanded, or corrupt.

    Decompresses into nothing, a chunk at a time, and stops at the limit: a
    gzip bomb is refused without being expanded.
    """
    seen = 0
    try:
        with gzip.open(path, "rb") as handle:
            while chunk := handle.read(1 << 20):
                seen += len(chunk)
                if seen > limit:
                    return ("too_long", f"the file decompresses to more than input.max_gz_bytes "
                                        f"({limit:,} bytes); refused, not expanded (raise "
                                        "input.max_gz_bytes to read it)")
    except (OSError, EOFError, zlib.error) as error:
        return ("unreadable", f"corrupt gzip file: {error}")
    return None


def open_binary(path: Path, config: Config) -> IO[bytes]:
    """The file's bytes, decompressed for a .gz (bounded by input.max_gz_bytes)."""
    if is_gzip_text(path):
        raw = _Bounded(gzip.open(path, "rb"), int(config.get("input.max_gz_bytes")))
        return io.BufferedReader(raw, buffer_size=1 << 16)
    return path.open("rb")


def read_all(path: Path, config: Config) -> bytes:
    with open_binary(path, config) as handle:
        return handle.read()


def inner_name(path: Path) -> str:
    """The file name without a .gz ending: the format of what is inside."""
    name = path.name.lower()
    return name[:-3] if is_gzip_text(path) else name


def decoded_lines(handle: IO[bytes]) -> Iterator[str]:
    """Text lines of a binary stream, each decoded on its own.

    The encoding is detected once from the first line that is not UTF-8, so a
    mostly-UTF-8 file with one Latin-1 line keeps both readable.
    """
    fallback: str | None = None
    for raw in handle:
        try:
            yield raw.decode("utf-8")
            continue
        except UnicodeDecodeError:
            pass
        if fallback is None:
            fallback = detect_encoding(raw) or "cp1252"
        yield decode_with(raw, fallback)


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
    else:
        result.text = clean_text(str(text))
    return result


# -- readers ------------------------------------------------------------------------


def _too_big(path: Path, config: Config) -> Record | None:
    """A whole-file document over the size limit is reported without reading it."""
    limit = int(config.get("input.max_chars")) * 4  # at most 4 bytes a character
    if not is_gzip_text(path) and path.stat().st_size > limit:
        return Record(source=str(path), problem=(
            "too_long", f"{path.stat().st_size:,} bytes, over input.max_chars "
                        f"({int(config.get('input.max_chars')):,} characters)"))
    return None


def read_text_file(path: Path, config: Config) -> Iterator[Record]:
    """A .txt or .md file is one document; a Markdown `# heading` is its title."""
    if (big := _too_big(path, config)) is not None:
        yield big
        return
    text, problem = decode_bytes(read_all(path, config))
    if text is None:
        yield Record(source=str(path), problem=("unreadable", problem or "undecodable"))
        return
    text = clean_text(text)
    title = ""
    if inner_name(path).endswith(".md"):
        for line in text.splitlines():
            if line.startswith("# "):
                title = line[2:].strip()
                break
    yield Record(source=str(path), text=text, title=title)


def read_jsonl(path: Path, config: Config) -> Iterator[Record]:
    """One JSON object a line; a malformed line is reported with its number."""
    with open_binary(path, config) as handle:
        for number, line in enumerate(decoded_lines(handle), start=1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError as error:
                yield Record(source=str(path), record=str(number), problem=(
                    "unreadable", f"malformed JSON on line {number} of {path.name}: {error.msg} "
                                  f"(column {error.colno})"))
                continue
            if not isinstance(value, dict):
                yield Record(source=str(path), record=str(number), problem=(
                    "unreadable", f"line {number} of {path.name} is not a JSON object"))
                continue
            yield record_from_mapping(value, str(path), str(number), config)


def read_csv(path: Path, config: Config) -> Iterator[Record]:
    """One row a document; the header row names the fields. A malformed row is reported by line."""
    delimiter = "\t" if inner_name(path).endswith(".tsv") else None
    csv.field_size_limit(max(int(config.get("input.max_chars")) + 1, 1 << 17))
    with open_binary(path, config) as handle:
        lines = decoded_lines(handle)
        head: list[str] = []
        for line in lines:  # the sample for the dialect: first lines, header included
            head.append(line)
            if sum(map(len, head)) > 65536 or len(head) >= 50:
                break
        if delimiter is None:
            try:
                delimiter = csv.Sniffer().sniff("".join(head[:20]), delimiters=",;\t|").delimiter
            except csv.Error:
                delimiter = ","

        def all_lines() -> Iterator[str]:
            yield from head
            yield from lines

        reader = csv.reader(all_lines(), delimiter=delimiter)
        header: list[str] | None = None
        while True:
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as error:
                yield Record(source=str(path), record=str(reader.line_num), problem=(
                    "unreadable", f"malformed CSV row on line {reader.line_num} of {path.name}: {error}"))
                continue
            if not any(cell.strip() for cell in row):
                continue
            if header is None:
                header = [cell.strip() for cell in row]
                continue
            if len(row) != len(header):
                yield Record(source=str(path), record=str(reader.line_num), problem=(
                    "unreadable", f"malformed CSV row on line {reader.line_num} of {path.name}: "
                                  f"{len(row)} fields, the header has {len(header)}"))
                continue
            yield record_from_mapping(dict(zip(header, row)), str(path), str(reader.line_num), config)


def html_record(raw: bytes, source: str, record: str = "", url: str = "", published: str = "",
                own_id: str | None = None) -> Record:
    """The main text (no menus, scripts or footers), title and date of an HTML page."""
    import trafilatura

    result = Record(source=source, record=record, url=url, published=published, own_id=own_id)
    if b"\x00" in raw[:8192]:
        result.problem = ("unreadable", "binary content (NUL bytes), not HTML")
        return result
    text, problem = decode_bytes(raw)
    if text is None:
        result.problem = ("unreadable", problem or "undecodable")
        return result
    try:
        extracted = trafilatura.bare_extraction(text, url=url or None, with_metadata=True,
                                                include_comments=False)
    except Exception as error:  # one odd page must not stop the batch
        result.problem = ("unreadable", f"HTML extraction failed: {type(error).__name__}: {error}")
        return result
    if extracted is None:
        result.text = ""
        return result
    fields = extracted.as_dict() if hasattr(extracted, "as_dict") else dict(extracted)
    result.text = clean_text(fields.get("text") or "")
    result.title = str(fields.get("title") or "")
    result.published = str(fields.get("date") or "") or published
    result.url = url or str(fields.get("url") or "")
    return result


def read_html(path: Path, config: Config) -> Iterator[Record]:
    """An HTML page is one document: its main text, with its title and date."""
    if (big := _too_big(path, config)) is not None:
        yield big
        return
    yield html_record(read_all(path, config), str(path))


def read_warc(path: Path, config: Config) -> Iterator[Record]:
    """Response (and resource) records of a WARC file; HTML through trafilatura, text decoded."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    limit = int(config.get("input.max_gz_bytes"))
    number = 0
    with path.open("rb") as handle:
        try:
            for entry in ArchiveIterator(handle):
                if entry.rec_type not in ("response", "resource"):
                    continue
                number += 1
                yield _warc_record(entry, path, number, limit)
        except (ArchiveLoadFailed, OSError, EOFError, zlib.error, ValueError) as error:
            yield Record(source=str(path), record=str(number + 1), problem=(
                "unreadable", f"corrupt WARC after record {number}: {error}"))


def _warc_record(entry: Any, path: Path, number: int, limit: int) -> Record:
    headers = entry.rec_headers
    url = headers.get_header("WARC-Target-URI") or ""
    record_id = (headers.get_header("WARC-Record-ID") or "").strip("<>").removeprefix("urn:uuid:")
    published = (headers.get_header("WARC-Date") or "")[:10]
    base = Record(source=str(path), record=str(number), url=url, own_id=record_id or None,
                  published=published)
    http = entry.http_headers
    if http is not None and entry.rec_type == "response":
        status = http.get_statuscode() or ""
        if not status.startswith("2"):
            base.problem = ("unreadable", f"HTTP status {status} for {url}")
            return base
        content_type = (http.get_header("Content-Type") or "").lower()
    else:
        content_type = (headers.get_header("Content-Type") or "").lower()
    raw = entry.content_stream().read(limit + 1)
    if len(raw) > limit:
        base.problem = ("too_long", f"record content over input.max_gz_bytes ({limit:,} bytes)")
        return base
    if "html" in content_type or (not content_type and raw.lstrip()[:1] == b"<"):
        return html_record(raw, str(path), str(number), url, published, base.own_id)
    if content_type.startswith("text/") or not content_type:
        text, problem = decode_bytes(raw)
        if text is None:
            base.problem = ("unreadable", problem or "undecodable")
        else:
            base.text = clean_text(text)
        return base
    base.problem = ("unreadable", f"not a text document ({content_type.split(';')[0]})")
    return base


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
