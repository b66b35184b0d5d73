"""Bytes to text: byte-order marks, UTF-8 first, legacy code pages only when UTF-8 clearly fails.

The rules, the same for a whole file, a JSONL or CSV line and a WARC payload:

- A UTF-32 or UTF-16 byte-order mark decides the encoding (the BOM is dropped).
- Without a BOM, NUL bytes mean binary content, wherever they are in the
  bytes (a document, not only its first kilobytes, is judged).
- Bytes that are UTF-8 except for a few invalid bytes are UTF-8: the invalid
  bytes become U+FFFD and the record's reason says how many. "A few" means
  no more invalid bytes than valid multi-byte characters: a Latin-1 or
  CP1252 text has almost no valid UTF-8 sequences and an invalid byte at
  every accent, a UTF-8 text with one stray byte the other way round.
- Otherwise CP1252 (a superset of Latin-1 for the printable range, the code
  page of Spanish legacy archives) whenever it decodes, unless
  charset-normalizer finds a multi-byte encoding (CJK, UTF-16 without BOM);
  charset detection on short Spanish text is unreliable (cp1250, cp1257 or
  iso8859-4 for plain Latin-1 text), so it only decides what CP1252 cannot.
"""
from __future__ import annotations

import codecs
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_SAMPLE_BYTES = 1 << 20
_ESCAPED = re.compile("[\udc80-\udcff]")
# charset-normalizer's names of encodings with multi-byte characters.
_MULTI_BYTE = re.compile(r"^(utf_16|utf_32|big5|gb|hz|cp9[345]|shift_jis|euc|iso2022|johab|cp932)")


@dataclass
class Decoded:
    """Text, or the reason there is none; `note` goes into an ok record's reason."""

    text: str | None
    problem: str | None = None
    note: str = ""
    encoding: str = "utf-8"


def bom_encoding(raw: bytes) -> tuple[str | None, int]:
    """The encoding a byte-order mark names, and the mark's length (None, 0 without one)."""
    for mark, encoding in _BOMS:
        if raw.startswith(mark):
            return encoding, len(mark)
    return None, 0


def _replaced_note(count: int, encoding: str) -> str:
    return f"{count:,} invalid byte(s) in {encoding} replaced with U+FFFD" if count else ""


def _decode_with_bom(raw: bytes, encoding: str) -> Decoded:
    text = raw.decode(encoding, errors="replace")
    # A U+FFFD that was not in the bytes is a replacement.
    replaced = text.count("\ufffd") - raw.decode(encoding, errors="ignore").count("\ufffd")
    return Decoded(text, note=_replaced_note(replaced, encoding.upper()), encoding=encoding)


def nul_problem(raw: bytes) -> str | None:
    """The reason bytes without a BOM are binary, or None."""
    count = raw.count(b"\x00")
    return f"binary content ({count:,} NUL byte(s)), not text" if count else None


def decode_bytes_document(raw: bytes, fallback: str | None = None) -> Decoded:
    """Decode one document's (or one line's) bytes by the rules of this module.

    Args:
        fallback: the legacy encoding already chosen for this file (lines of one file
            share it), or None to choose one here.
    """
    encoding, skip = bom_encoding(raw)
    if encoding is not None:
        return _decode_with_bom(raw[skip:], encoding)
    problem = nul_problem(raw)
    if problem is not None:
        return Decoded(None, problem)
    try:
        return Decoded(raw.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    escaped = raw.decode("utf-8", errors="surrogateescape")
    invalid = len(_ESCAPED.findall(escaped))
    non_ascii = len(escaped) - len(escaped.encode("ascii", "ignore"))
    valid_multibyte = non_ascii - invalid
    if valid_multibyte >= invalid:
        return Decoded(_ESCAPED.sub("\ufffd", escaped), note=_replaced_note(invalid, "UTF-8"))
    legacy = fallback or legacy_encoding(raw[:_SAMPLE_BYTES])
    if legacy is None:
        return Decoded(None, "undecodable bytes: no text encoding fits (binary file?)")
    try:
        text = raw.decode(legacy)
        note = f"not UTF-8; decoded as {legacy}"
    except (UnicodeDecodeError, LookupError):
        text = raw.decode("latin-1")  # every byte is a Latin-1 character: nothing lost
        note = f"not UTF-8 and not all {legacy}; decoded as latin-1"
    return Decoded(text, note=note, encoding=legacy)


def legacy_encoding(sample: bytes) -> str | None:
    """CP1252 unless the detector finds a multi-byte encoding; None for binary content."""
    import charset_normalizer

    try:
        sample.decode("cp1252")
        cp1252 = True
    except UnicodeDecodeError:
        cp1252 = False
    best = charset_normalizer.from_bytes(sample).best()
    if best is not None and _MULTI_BYTE.match(best.encoding):
        return best.encoding
    if cp1252:
        return "cp1252"
    return best.encoding if best is not None else None


# -- lines with a bound -----------------------------------------------------------------


@dataclass
class Line:
    """One line of a text file: its number, its text, or why it has none."""

    number: int
    text: str | None
    note: str = ""
    problem: tuple[str, str] | None = None


def _bounded_raw_lines(handle: IO[bytes], limit: int) -> Iterator[tuple[bytes | None, int]]:
    """Raw lines of at most `limit` bytes; a longer line is (None, its length), skipped unread."""
    while True:
        raw = handle.readline(limit + 1)
        if not raw:
            return
        if len(raw) <= limit or raw.endswith(b"\n"):
            yield raw, len(raw)
            continue
        # Past the bound: drop the rest of the line a chunk at a time, never holding it.
        size = len(raw)
        while raw and not raw.endswith(b"\n"):
            raw = handle.readline(1 << 20)
            size += len(raw)
        yield None, size


def text_lines(handle: IO[bytes], limit: int, what: str) -> Iterator[Line]:
    """The lines of a text stream, each decoded on its own and at most `limit` bytes long.

    A UTF-16 or UTF-32 stream (with its byte-order mark) is decoded as such;
    otherwise each line follows `decode_bytes_document`, with the legacy
    encoding chosen once per file. A line over the bound is a `too_long`
    problem, skipped without being held in memory.
    """
    start = handle.peek(4)[:4] if hasattr(handle, "peek") else b""
    encoding, _ = bom_encoding(start)
    if encoding is not None and encoding != "utf-8":
        yield from _wide_lines(handle, encoding, limit, what)
        return
    fallback: str | None = None
    for number, (raw, size) in enumerate(_bounded_raw_lines(handle, limit), start=1):
        if raw is None:
            yield Line(number, None, problem=("too_long", f"line {number} of {what} has {size:,} bytes, "
                                              f"over the bound of {limit:,} (input.max_chars)"))
            continue
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8):]
        decoded = decode_bytes_document(raw, fallback)
        if decoded.text is None:
            yield Line(number, None, problem=("unreadable", f"line {number} of {what}: {decoded.problem}"))
            continue
        if decoded.encoding != "utf-8":
            fallback = decoded.encoding
        yield Line(number, decoded.text, decoded.note)


def _wide_lines(handle: IO[bytes], encoding: str, limit: int, what: str) -> Iterator[Line]:
    # "utf-16"/"utf-32" read the mark themselves and keep reading in its byte order.
    wide = io.TextIOWrapper(handle, encoding=encoding.rsplit("-", 1)[0], errors="replace", newline="")
    chars = max(limit // 2, 1)
    number = 0
    while True:
        text = wide.readline(chars + 1)
        if not text:
            return
        number += 1
        if len(text) > chars and not text.endswith(("\n", "\r")):
            while text and not text.endswith(("\n", "\r")):
                text = wide.readline(1 << 18)
            yield Line(number, None, problem=("too_long", f"line {number} of {what} is over the bound "
                                              f"of {limit:,} bytes (input.max_chars)"))
            continue
        if number == 1:
            text = text.removeprefix("\ufeff")
        replaced = text.count("\ufffd")
        yield Line(number, text, _replaced_note(replaced, encoding.upper()) if replaced else "")
