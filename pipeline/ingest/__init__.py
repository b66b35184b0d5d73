"""Stage 1, ingest: sources (files and folders) to the documents table.

Every input record gets exactly one documents row, processed or not, with a
status and a reason in words. Nothing is dropped silently.
"""
from __future__ import annotations

import gzip
import hashlib
import os
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.config import Config
from pipeline.errors import InputNotFound
from pipeline.ingest.language import is_spanish
from pipeline.ingest.readers import Record, TooLarge, reader_for, safe_message
from pipeline.store import WorkStore


def text_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


@dataclass
class IngestSummary:
    """What `ingest` did: documents by status."""

    statuses: Counter = field(default_factory=Counter)
    files: int = 0

    @property
    def documents(self) -> int:
        return sum(self.statuses.values())


def iter_files(sources: Iterable[Path]) -> Iterator[Path]:
    """Files under the sources, recursively, in a stable order.

    Symbolic links to folders are followed (once: a link back up the tree is
    not a loop). A folder that cannot be listed is yielded as itself, so that
    the reader reports it with a documents row instead of losing it silently.

    Raises:
        InputNotFound: a source does not exist.
    """
    for source in sources:
        source = Path(source)
        if not source.exists():
            raise InputNotFound(f"Input {source} does not exist.")
        if not source.is_dir():
            yield source
            continue
        yield from _walk(source, source, set())


def _walk(root: Path, folder: Path, seen: set[Path]) -> Iterator[Path]:
    real = folder.resolve()
    if real in seen:
        return
    seen.add(real)
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError:
        yield folder
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()  # follows a link to a folder
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(root, path, seen)
        else:
            yield path


def iter_records(sources: Iterable[Path], config: Config) -> Iterator[Record]:
    """Records from every readable file; a file of an unknown kind is reported, not read."""
    for path in iter_files(sources):
        if path.is_dir():
            yield Record(source=str(path), problem=(
                "unreadable", "cannot list the folder (permission denied?); its files were not read"))
            continue
        if not path.exists():
            yield Record(source=str(path), problem=("unreadable", "broken symbolic link"))
            continue
        reader = reader_for(path)
        if reader is None:
            yield Record(source=str(path),
                         problem=("unreadable", f"unsupported file type '{path.suffix or path.name}'"))
            continue
        yielded = 0
        try:
            for record in reader(path, config):
                yielded += 1
                yield record
        except TooLarge:
            yield Record(source=str(path), record=str(yielded + 1), problem=(
                "too_long", "the file decompresses to more than input.max_gz_bytes "
                            f"({int(config.get('input.max_gz_bytes')):,} bytes); refused, not "
                            f"expanded: the rest of the file after record {yielded} was not read "
                            "(raise input.max_gz_bytes to read it)"))
        except (EOFError, zlib.error, gzip.BadGzipFile) as error:
            yield Record(source=str(path), record=str(yielded + 1), problem=(
                "unreadable", f"corrupt gzip data after {yielded} record(s): {safe_message(error)}"))
        except OSError as error:
            yield Record(source=str(path), record=str(yielded + 1),
                         problem=("unreadable", f"cannot read file: {safe_message(error.strerror or error)}"))
        except Exception as error:  # a reader's surprise must not stop the batch
            yield Record(source=str(path), record=str(yielded + 1), problem=(
                "unreadable", f"reading failed after {yielded} record(s): "
                              f"{type(error).__name__}: {safe_message(error)}"))


def classify(records: Iterable[Record], config: Config) -> Iterator[dict[str, Any]]:
    """Give every record a doc_id, a status and a reason; yield documents rows."""
    # The first copy of every text, for "duplicate of ..." (a short string per document).
    first_by_hash: dict[str, str] = {}
    used_ids: set[str] = set()
    min_chars = int(config.get("input.min_chars"))
    max_chars = int(config.get("input.max_chars"))
    for seq, record in enumerate(records):
        text = record.text or ""
        digest = text_hash(text) if record.text is not None else text_hash(
            f"{record.source}\x00{record.record}")
        doc_id = record.own_id or digest[:16]
        renamed = ""
        if doc_id in used_ids:
            suffix = 2
            while f"{doc_id}~{suffix}" in used_ids:
                suffix += 1
            renamed = f"id {doc_id} already used by an earlier record; renamed {doc_id}~{suffix}"
            doc_id = f"{doc_id}~{suffix}"
        used_ids.add(doc_id)
        status, reason = "ok", record.note
        if record.problem is not None:
            status, reason = record.problem
        elif len(text) < min_chars or not text.strip():
            status, reason = "empty", "no text"
        elif len(text) > max_chars:
            status, reason = "too_long", f"{len(text):,} characters, over input.max_chars ({max_chars:,})"
        elif digest in first_by_hash:
            status, reason = "duplicate", f"same text as {first_by_hash[digest]}"
        else:
            spanish, why = is_spanish(text)
            if not spanish:
                status, reason = "not_spanish", why
        if renamed:
            reason = f"{reason}; {renamed}" if reason else renamed
        if status == "ok":
            where = f"{record.source}, record {record.record}" if record.record else record.source
            first_by_hash[digest] = f"{doc_id} ({where})"
        yield {
            "doc_id": doc_id,
            # The outlet the record names, else the file; the file is always in `path`.
            "source": record.outlet or record.source,
            "record": record.record,
            "title": record.title,
            "published": record.published,
            "url": record.url,
            "n_chars": len(text),
            "status": status,
            "reason": reason,
            "path": record.source,
            "text_hash": digest,
            "text": text if status == "ok" else None,
            "seq": seq,
        }


def _append(store: WorkStore, staging: str, batch: list[dict[str, Any]]) -> None:
    store.store_texts([(row["text_hash"], row["text"]) for row in batch if row["text"] is not None])
    store.append(staging, batch)


def ingest(sources: list[Path], work: Path, config: Config,
           progress: Callable[[int, int], None] | None = None) -> IngestSummary:
    """Read the sources into the documents table of the work folder.

    Args:
        progress: called as progress(1, 0) after each record (records, no tokens yet).

    Raises:
        InputNotFound: a source path does not exist.
    """
    sources = [Path(s) for s in sources]
    for source in sources:
        if not source.exists():
            raise InputNotFound(f"Input {source} does not exist.")
    summary = IngestSummary()
    with WorkStore(work, lock_wait=float(config.get("run.lock_wait"))) as store:
        staging = store.start_table("documents")
        batch: list[dict[str, Any]] = []
        for row in classify(iter_records(sources, config), config):
            summary.statuses[row["status"]] += 1
            batch.append(row)
            if progress is not None:
                progress(1, 0)
            if len(batch) >= 1000:
                _append(store, staging, batch)
                batch = []
        _append(store, staging, batch)
        store.commit_table("documents", {"ingest.sources": "\n".join(map(str, sources))})
    return summary
