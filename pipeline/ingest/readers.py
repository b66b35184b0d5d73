"""Readers: one generator per input format, each yielding `Record`s.

A reader never raises for a bad record: it yields a Record with `problem`
set, so that one bad line or file never stops the batch.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.config import Config


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
    # (status, reason) when the record cannot be used at all.
    problem: tuple[str, str] | None = None


def decode_bytes(raw: bytes) -> tuple[str | None, str | None]:
    """Decode bytes as UTF-8, else as the usual Spanish legacy encoding.

    Returns:
        (text, None) on success, (None, reason) for binary content.
    """
    if b"\x00" in raw[:8192]:
        return None, "binary content (NUL bytes)"
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252"), None
    except UnicodeDecodeError:
        return raw.decode("latin-1"), None


def clean_text(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


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


def read_text_file(path: Path, config: Config) -> Iterator[Record]:
    """A .txt or .md file is one document; a Markdown `# heading` is its title."""
    text, problem = decode_bytes(path.read_bytes())
    if text is None:
        yield Record(source=str(path), problem=("unreadable", problem or "undecodable"))
        return
    text = clean_text(text)
    title = ""
    if path.suffix.lower() == ".md":
        for line in text.splitlines():
            if line.startswith("# "):
                title = line[2:].strip()
                break
    yield Record(source=str(path), text=text, title=title)


def read_jsonl(path: Path, config: Config) -> Iterator[Record]:
    """One JSON object a line; a malformed line is reported with its number."""
    raw = path.read_bytes()
    text, problem = decode_bytes(raw)
    if text is None:
        yield Record(source=str(path), problem=("unreadable", problem or "undecodable"))
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as error:
            yield Record(source=str(path), record=str(number),
                         problem=("unreadable", f"malformed JSON on line {number}: {error.msg}"))
            continue
        if not isinstance(value, dict):
            yield Record(source=str(path), record=str(number),
                         problem=("unreadable", f"line {number} is not a JSON object"))
            continue
        yield record_from_mapping(value, str(path), str(number), config)


Reader = Callable[[Path, Config], Iterator[Record]]

READERS: dict[str, Reader] = {
    ".txt": read_text_file,
    ".md": read_text_file,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
}


def reader_for(path: Path) -> Reader | None:
    name = path.name.lower()
    for suffix in sorted(READERS, key=len, reverse=True):
        if name.endswith(suffix):
            return READERS[suffix]
    return None
