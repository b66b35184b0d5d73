"""The export folder's safety: designa's own temporary names, the guard, writability.

Files are written under `.designa-tmp-<pid>-<name>` (a name no user picks,
whose pid says whether its writer still lives) and renamed into place. The
guard refuses to overwrite files designa did not write; designa's own are
those of a finished export (run.json beside them) or those an interrupted
export announced in its manifest (`.designa-export.json`) before writing.
Disk errors become `NotWritable` in words.
"""
from __future__ import annotations

import errno
import json
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pipeline.errors import NotWritable, OutputExists

FORMATS = ("csv", "xlsx", "jsonl", "parquet")
TABLES = ("triples", "facts", "entities", "documents")
WORKBOOK = "designa.xlsx"
REPORT = "report.html"
RUN_FILE = "run.json"
MANIFEST = ".designa-export.json"
# Temporary files are `.designa-tmp-<pid>-<final name>`: a name no user picks, and the
# pid says whether the process that wrote it is still alive.
TMP_PREFIX = ".designa-tmp-"
_TMP_NAME = re.compile(r"^\.designa-tmp-(\d+)-(.+)$")


def temporary_path(path: Path) -> Path:
    """The temporary name beside `path` that designa writes `path` under."""
    return path.with_name(f"{TMP_PREFIX}{os.getpid()}-{path.name}")


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside `path`; rename it over `path` on success.

    Raises:
        NotWritable: the disk is full, read-only, or the folder not ours to write.
    """
    tmp = temporary_path(path)
    try:
        with writing(path):
            yield tmp
            os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


_DISK_ERRORS = {errno.ENOSPC: "the disk is full", errno.EROFS: "the file system is read-only",
                errno.EACCES: "permission denied", errno.EPERM: "permission denied",
                errno.EDQUOT: "the disk quota is exceeded"}


@contextmanager
def writing(path: Path, after: str = " The files that were there before are left as they were."
            ) -> Iterator[None]:
    """Turn an OSError while writing `path` into NotWritable, in words."""
    try:
        yield
    except OSError as error:
        why = _DISK_ERRORS.get(error.errno, error.strerror or str(error))
        raise NotWritable(f"Cannot write {path}: {why}.{after}") from error


def remove_stale_temporaries(out: Path) -> None:
    """Remove designa's temporary files left by a process that died (never a user's file)."""
    if not Path(out).is_dir():
        return
    for path in Path(out).iterdir():
        match = _TMP_NAME.match(path.name)
        if match is None or _alive(int(match.group(1))):
            continue
        path.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return False  # an earlier export of this process that failed
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def output_names() -> set[str]:
    """The names of every file designa writes in an export folder."""
    names = {f"{t}.{ext}" for t in TABLES for ext in FORMATS if ext != "xlsx"}
    return names | {WORKBOOK, REPORT}


def guard_output(out: Path, force: bool) -> None:
    """Refuse to write into a folder of other files unless `force` (or designa wrote it).

    designa's own files are those of a finished export (run.json beside them)
    or those an interrupted export announced in its manifest before writing.

    Raises:
        OutputExists: `out` holds files with designa's names that designa did not write.
    """
    if force or not out.is_dir():
        return
    produced = sorted(p.name for p in out.iterdir() if p.name in output_names())
    if not produced or (out / RUN_FILE).exists():
        return
    announced = set(_manifest(out).get("files", []))
    foreign = [name for name in produced if name not in announced]
    if foreign:
        raise OutputExists(
            f"{out} holds {', '.join(foreign[:3])} not written by designa; use --force to overwrite."
        )


def _manifest(out: Path) -> dict[str, Any]:
    try:
        value = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def prepare_output(out: Path, force: bool) -> None:
    """Check, before any work, that `out` may be written: the guard, then a test write.

    Raises:
        OutputExists: the guard refuses.
        NotWritable: the folder cannot be created or written.
    """
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise NotWritable(f"Cannot write {out}: it is a file, not a folder; choose another --out.")
    guard_output(out, force)
    probe = temporary_path(out / "probe")
    with writing(out, " Choose a writable --out."):
        out.mkdir(parents=True, exist_ok=True)
        probe.write_bytes(b"")
        probe.unlink()
