"""WARC and WARC.gz: response and resource records, read through warcio, one bad record at a time.

warcio stops at the first record it cannot parse; an archive with one
corrupt record in the middle would lose every record after it. So reading
restarts after a failure at the next record start: in a `.warc.gz` each
record is its own gzip member, found by its gzip header whose first bytes
inflate to `WARC/`; in a plain `.warc`, a line that starts with `WARC/1.`.

The same jump skips large records that are not documents (metadata,
request, video responses) without inflating them: a 20 GB metadata record
costs a scan of its compressed bytes, not 20 GB of decompression. Record
content is read with a bound (`input.max_chars` in bytes) as it arrives.
"""
from __future__ import annotations

import gzip
import re
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from pipeline.config import Config
from pipeline.ingest.decode import decode_bytes_document
from pipeline.ingest.readers import Record, clean_text, html_record, max_document_bytes, safe_message

DOCUMENT_TYPES = ("response", "resource")
# Records not read whose declared length is above this are jumped over, not read through.
JUMP_BYTES = 1 << 22
_SCAN_CHUNK = 1 << 20
_GZIP_MAGIC = b"\x1f\x8b\x08"
_WARC_LINE = re.compile(rb"(?:^|\n)(WARC/1\.[01]\r?\n)")


def next_record_start(handle: IO[bytes], start: int, compressed: bool) -> int | None:
    """The offset of the first record start at or after `start`, or None at the end of the file."""
    position = start
    while True:
        handle.seek(position)
        chunk = handle.read(_SCAN_CHUNK + 64)
        if not chunk:
            return None
        if compressed:
            index = chunk.find(_GZIP_MAGIC)
            while index != -1:
                if _inflates_to_warc(handle, position + index):
                    return position + index
                index = chunk.find(_GZIP_MAGIC, index + 1)
        else:
            match = _WARC_LINE.search(chunk)
            while match is not None:
                at = position + match.start(1)
                if at >= start:
                    return at
                match = _WARC_LINE.search(chunk, match.end(1))
        if len(chunk) <= _SCAN_CHUNK:
            return None
        position += _SCAN_CHUNK


def _inflates_to_warc(handle: IO[bytes], offset: int) -> bool:
    """Whether a gzip member starts at `offset` and its first bytes are a WARC header line."""
    here = handle.tell()
    handle.seek(offset)
    head = handle.read(4096)
    handle.seek(here)
    try:
        return zlib.decompressobj(31).decompress(head, 16).startswith(b"WARC/")
    except zlib.error:
        return False


def _declared_length(entry: Any) -> int:
    try:
        return int(entry.rec_headers.get_header("Content-Length") or 0)
    except ValueError:
        return 0


class _SingleStream(Exception):
    """The .warc.gz is one gzip stream, not one member a record; `done` records were read."""

    def __init__(self, done: int) -> None:
        super().__init__(done)
        self.done = done


def read_warc(path: Path, config: Config) -> Iterator[Record]:
    """Response and resource records of a WARC; HTML through trafilatura, text decoded.

    A `.warc.gz` compressed as one stream (warcio refuses it after its first
    record) is read again as the plain WARC inside the stream, from the record
    after those already given.
    """
    compressed = path.name.lower().endswith(".gz")
    with path.open("rb") as handle:
        try:
            yield from _read(handle, path, config, compressed, skip=0)
            return
        except _SingleStream as single:
            done = single.done
    with gzip.open(path, "rb") as stream:
        yield from _read(stream, path, config, False, skip=done)


def _read(handle: IO[bytes], path: Path, config: Config, compressed: bool, skip: int) -> Iterator[Record]:
    from warcio.archiveiterator import ArchiveIterator

    limit = max_document_bytes(config)
    number = 0
    offset: int | None = 0
    while offset is not None:
        handle.seek(offset)
        iterator = ArchiveIterator(handle)
        record_start = offset
        jump_to: int | None = None
        try:
            for entry in iterator:
                record_start = iterator.offset
                length = _declared_length(entry)
                if entry.rec_type in DOCUMENT_TYPES:
                    number += 1
                    if number <= skip:
                        pass  # given before the file was found to be one gzip stream
                    elif length > limit + (1 << 16):
                        yield Record(source=str(path), record=str(number), problem=(
                            "too_long", f"record of {length:,} bytes, over input.max_chars "
                                        f"({int(config.get('input.max_chars')):,} characters); "
                                        "not read"))
                    else:
                        yield _warc_record(entry, path, number, limit,
                                           int(config.get("input.max_html_bytes")))
                        continue
                if length > JUMP_BYTES:
                    here = handle.tell()
                    jump_to = _jump(handle, record_start, length, compressed)
                    if jump_to is not None:
                        break
                    handle.seek(here)  # no later record found: let warcio read through
            offset = jump_to
        except Exception as error:  # a corrupt record: report it, go on at the next one
            if compressed and "non-chunked gzip" in str(error):
                raise _SingleStream(number) from None
            failed_at = max(record_start, getattr(iterator, "offset", record_start) or 0)
            number += 1
            if number > skip:
                yield Record(source=str(path), record=str(number), problem=(
                    "unreadable", f"corrupt WARC record at byte {failed_at:,}"
                                  f"{' of the decompressed stream' if skip else ''}: "
                                  f"{type(error).__name__}: {safe_message(error)}; reading went on "
                                  "at the next record"))
            offset = next_record_start(handle, failed_at + 1, compressed)
        finally:
            iterator.close()


def _jump(handle: IO[bytes], record_start: int, length: int, compressed: bool) -> int | None:
    """Where the record after a large one starts, found without reading the large one."""
    # A plain record's content ends `length` bytes after its headers, so the next start
    # is past record_start + length; a compressed record's member is shorter than that.
    return next_record_start(handle, record_start + 1 if compressed else record_start + length,
                             compressed)


def _warc_record(entry: Any, path: Path, number: int, limit: int, max_html: int) -> Record:
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
    is_html = "html" in content_type
    if content_type and not is_html and not content_type.startswith("text/"):
        # Not a document: say so without reading the content.
        base.problem = ("unreadable", f"not a text document ({content_type.split(';')[0]})")
        return base
    if is_html:
        limit = min(limit, max_html)
    raw = entry.content_stream().read(limit + 1)
    if len(raw) > limit and is_html:
        base.problem = ("too_long", f"HTML page over input.max_html_bytes ({max_html:,} bytes); "
                                    "not parsed")
        return base
    if len(raw) > limit:
        base.problem = ("too_long", f"record content over {limit:,} bytes (input.max_chars); not read further")
        return base
    if is_html or (not content_type and raw.lstrip()[:1] == b"<"):
        return html_record(raw, str(path), str(number), url, published, base.own_id, max_html)
    decoded = decode_bytes_document(raw)
    if decoded.text is None:
        base.problem = ("unreadable", decoded.problem or "undecodable")
    else:
        base.text, base.note = clean_text(decoded.text), decoded.note
    return base
