"""One writer per work folder: a lock file held for the whole command.

Two commands writing the same work folder would share its staging tables
and caches, and their rows would mix (one run's documents under the other's
entities). So every command that opens the work store holds
`<work>/designa.lock` with an exclusive `flock` for as long as it runs; a
second command on the same folder waits up to `run.lock_wait` seconds and then
stops with a message naming the holder (pid, host, command, start time).

Why `fcntl.flock` and not a lock file that merely exists (or the `filelock`
package): the kernel releases the lock when its holder dies, even by `kill -9`,
so a crashed run never leaves a stale lock behind; and unlike `filelock`, which
truncates the file on every attempt, the holder's details stay readable by the
process that is refused. A forked process (the NLP workers) closes its
inherited copy at once, so a worker that outlives a killed parent for a
moment does not keep the folder locked.

The lock is re-entrant within one process: `run` holds it across its stages,
and the stores those stages open take it again without blocking themselves.
"""
from __future__ import annotations

import datetime as dt
import functools
import inspect
import json
import os
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, TypeVar

from pipeline.errors import NotWritable, WorkFolderBusy

LOCK_NAME = "designa.lock"
_POLL_SECONDS = 0.2

# Locks this process holds: resolved work folder -> (open lock file, depth).
_held: dict[Path, tuple[IO[str], int]] = {}
_guard = threading.Lock()


def _forget_in_child() -> None:
    """After fork, in the child: close the inherited lock files (the parent keeps the locks)."""
    global _guard
    _guard = threading.Lock()  # another thread may have held it at the fork
    for handle, _ in list(_held.values()):
        try:
            handle.close()  # the lock stays with the parent's open copy
        except OSError:
            pass
    _held.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_in_child)


def holder_info(work: Path) -> dict[str, object]:
    """What the lock file says about its holder ({} when unreadable or empty)."""
    try:
        return json.loads((Path(work) / LOCK_NAME).read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        return {}


def describe_holder(info: dict[str, object]) -> str:
    if not info:
        return "another designa process"
    return (f"pid {info.get('pid', '?')} on {info.get('host', '?')} "
            f"(`{info.get('command', '?')}`, started {info.get('started', '?')})")


def _command_line() -> str:
    program = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else "python"
    # `python -m pipeline` runs pipeline/__main__.py: the same program as `designa`.
    words = ["designa" if program == "__main__.py" else program, *sys.argv[1:]]
    line = " ".join(words)
    return line if len(line) <= 300 else line[:297] + "..."


def _try_lock(handle: IO[str]) -> bool:
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


@contextmanager
def hold_work(work: Path, *, wait: float = 0.0, command: str | None = None) -> Iterator[None]:
    """Hold the work folder's lock for the duration of the block.

    Args:
        work: the work folder (created if missing).
        wait: seconds to wait for another holder before giving up.
        command: what to record as the holder's command (default: this process's argv).

    Raises:
        WorkFolderBusy: another process holds the folder after `wait` seconds.
    """
    work = Path(work)
    try:
        work.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise NotWritable(f"Work folder {work} cannot be created: {error.strerror or error}.") from None
    key = work.resolve()
    with _guard:
        if key in _held:
            handle, depth = _held[key]
            _held[key] = (handle, depth + 1)
            reentered = True
        else:
            reentered = False
    if reentered:
        try:
            yield
        finally:
            _release(key)
        return
    # "a+": opening must neither truncate a holder's details nor fail when absent.
    try:
        handle = (work / LOCK_NAME).open("a+", encoding="utf-8")
    except OSError as error:
        raise NotWritable(f"Work folder {work} cannot be written ({error.strerror or error}); "
                          "choose a writable --work.") from None
    deadline = time.monotonic() + max(wait, 0.0)
    while not _try_lock(handle):
        if time.monotonic() >= deadline:
            handle.close()
            waited = f" after waiting {wait:g} s" if wait > 0 else ""
            raise WorkFolderBusy(
                f"Work folder {work} is in use by {describe_holder(holder_info(work))}{waited}. "
                "Only one designa command can write a work folder at a time: wait for it to "
                "finish, use another --work, or set run.lock_wait to wait longer.")
        time.sleep(_POLL_SECONDS)
    handle.seek(0)
    handle.truncate()
    handle.write(json.dumps({
        "pid": os.getpid(), "host": socket.gethostname(), "command": command or _command_line(),
        "started": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
    }, ensure_ascii=False))
    handle.flush()
    with _guard:
        _held[key] = (handle, 1)
    try:
        yield
    finally:
        _release(key)


def _release(key: Path) -> None:
    with _guard:
        handle, depth = _held[key]
        if depth > 1:
            _held[key] = (handle, depth - 1)
            return
        del _held[key]
    try:
        # Empty the details first: a reader between the two steps sees no stale holder.
        handle.seek(0)
        handle.truncate()
        handle.flush()
    except OSError:
        pass
    handle.close()  # closing releases the flock


F = TypeVar("F", bound=Callable[..., Any])


def locks_work(func: F) -> F:
    """Hold the lock of the function's `work` argument while it runs.

    The wait comes from `run.lock_wait` of its `config` (or `session.config`) argument.
    """
    signature = inspect.signature(func)

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        bound = signature.bind(*args, **kwargs)
        config = bound.arguments.get("config")
        if config is None and "session" in bound.arguments:
            config = bound.arguments["session"].config
        wait = float(config.get("run.lock_wait")) if config is not None else 0.0
        with hold_work(Path(bound.arguments["work"]), wait=wait):
            return func(*args, **kwargs)

    return wrapper  # type: ignore[return-value]
