"""Who may write: an exclusive lock on a separate file beside the database (`x.db.lock`).

SQLite's own locks are POSIX record locks, which the kernel drops for the whole process as soon as
any descriptor of the file is closed anywhere in it (a file dialog sniffing MIME types is enough).
Another process then believes it is the database's last user and deletes the `-wal` that is still
being written. This lock is an `flock()` on a file nobody else writes: it belongs to its own open
file description, so no close elsewhere can drop it, and the kernel releases it when the holder
dies, so a killed window never blocks anyone. Whoever holds it writes; everyone else opens the
database read-only, and a read-only connection never checkpoints or deletes the `-wal` on close.
"""
from __future__ import annotations

import json
import os
import socket
import time
from dataclasses import dataclass
from pathlib import Path

try:
    import fcntl
except ImportError:          # Windows: byte-range locks through msvcrt instead
    fcntl = None
    import msvcrt

WINDOW = "window"
COMMAND = "command"


@dataclass(frozen=True)
class Holder:
    """What the lock file says about the process holding (or last holding) the lock."""
    pid: int
    kind: str          # WINDOW or COMMAND
    host: str = ""

    def describe(self) -> str:
        what = "a Tracker window" if self.kind == WINDOW else "another tracker command"
        return f"{what} (process {self.pid})"


def lock_path(db_path: Path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".lock")


class WriterLock:
    """The right to write to one database. `acquire()` returns False when another process has it;
    `holder()` then names that process. `stale` is the holder that ended without releasing it
    (killed or crashed), when this lock was taken over from one."""

    def __init__(self, db_path: Path):
        self.path = lock_path(db_path)
        self._fd: int | None = None
        self.stale: Holder | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self, kind: str) -> bool:
        if self._fd is not None:
            return True
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        if not _try_lock(fd):
            os.close(fd)
            return False
        self.stale = _read_holder(fd)        # a clean release empties the file
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, json.dumps({"pid": os.getpid(), "kind": kind, "host": socket.gethostname()}).encode())
        os.fsync(fd)
        self._fd = fd
        return True

    def wait(self, kind: str, timeout: float, *, give_up_on_window: bool = True) -> bool:
        """Try until `timeout` seconds have passed. A window holds the lock for as long as it is
        open, so waiting for one is pointless: give up at once unless told otherwise."""
        deadline = time.monotonic() + timeout
        delay = 0.02
        while not self.acquire(kind):
            holder = self.holder()
            if (give_up_on_window and holder is not None and holder.kind == WINDOW) \
                    or time.monotonic() >= deadline:
                return False
            time.sleep(delay)
            delay = min(delay * 2, 0.25)
        return True

    def intact(self) -> bool:
        """Whether the file at the lock's path is still the one this lock holds: a user may delete
        a lock file that looks stale, or a program write another file in its place."""
        if self._fd is None:
            return False
        try:
            on_disk = os.stat(self.path)
        except OSError:
            return False
        held = os.fstat(self._fd)
        return (on_disk.st_dev, on_disk.st_ino) == (held.st_dev, held.st_ino)

    def reassert(self, kind: str) -> bool:
        """After the lock file was deleted or replaced: take the file now at the path, so that no
        newcomer can believe it is the only writer. False when another process already has it."""
        if self.intact():
            return True
        orphan, self._fd = self._fd, None
        try:
            taken = self.acquire(kind)
        except OSError:
            taken = False
        if orphan is not None:
            os.close(orphan)     # the deleted file's lock protects nobody any more
        return taken

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            os.ftruncate(fd, 0)
        finally:
            os.close(fd)          # closing the descriptor releases the flock

    def holder(self) -> Holder | None:
        """Who holds the lock now (None when nobody does, or the file names nobody)."""
        try:
            fd = os.open(self.path, os.O_RDONLY)
        except FileNotFoundError:
            return None
        try:
            return _read_holder(fd)
        finally:
            os.close(fd)


def _read_holder(fd: int) -> Holder | None:
    os.lseek(fd, 0, os.SEEK_SET)
    raw = os.read(fd, 4096)
    try:
        data = json.loads(raw)
        return Holder(int(data["pid"]), str(data["kind"]), str(data.get("host", "")))
    except (ValueError, KeyError, TypeError):
        return None


def _try_lock(fd: int) -> bool:
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        else:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        return True
    except OSError:
        return False
