"""Backups through SQLite's online backup API (a plain file copy beside a live -wal can be torn).

A backup of `tracker.db` is named `tracker.db.20261201-072346-123456.daily.db`: the database's
whole file name, a timestamp to the microsecond (unique, bumped when taken), the reason, `.db`.
A name is read from its end (the stamp and the reason have fixed forms), so every file in the
backups folder belongs to exactly one database and rotating one database's backups never touches
another's (`tracker.db` and `tracker-old.db` share a folder safely).

Every backup is written in rollback-journal mode (it opens on read-only media) and is checked with
`PRAGMA quick_check` before it is kept: a damaged database is reported, never backed up, so the
last good backups are never rotated out by copies of the damage.
"""
from __future__ import annotations

import glob
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlite_utils import Database

from tracker.errors import DatabaseProblem, TrackerError
from tracker.paths import backup_dir
from tracker.store import problems, verify

KEEP = 10
_STAMP = "%Y%m%d-%H%M%S-%f"
_NAME = re.compile(r"^(?P<db>.+)\.(?P<stamp>\d{8}-\d{6}-\d{6})\.(?P<reason>[a-z0-9-]+)\.db$")
# names of older versions, `{stem}-{YYYYmmdd-HHMMSS}-{reason}.db`: listed (matched on the exact
# stem) so they can still be restored, never rotated (the stem alone cannot tell tracker.db's
# from tracker.sqlite's)
_LEGACY = re.compile(r"^(?P<db>.+)-(?P<stamp>\d{8}-\d{6})-(?P<reason>[a-z0-9-]+)\.db$")
SIDECARS = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken: datetime
    reason: str
    size: int
    legacy: bool = False

    @property
    def name(self) -> str:
        return self.path.name


@dataclass(frozen=True)
class Restored:
    """What a restore did: where the previous database went (a checked backup, or for a damaged
    one the file itself, moved aside)."""
    safety: Path | None = None
    set_aside: Path | None = None


# --- names and listing ---------------------------------------------------------------------------
def backup_name(db_path: Path, when: datetime, reason: str) -> str:
    return f"{Path(db_path).name}.{when.strftime(_STAMP)}.{reason}.db"


def _parse(name: str, db_path: Path) -> tuple[datetime, str, bool] | None:
    found = _NAME.match(name)
    if found and found["db"] == Path(db_path).name:
        return datetime.strptime(found["stamp"], _STAMP), found["reason"], False
    found = _LEGACY.match(name)
    if found and found["db"] == Path(db_path).stem:
        return datetime.strptime(found["stamp"], "%Y%m%d-%H%M%S"), found["reason"], True
    return None


def list_backups(db_path: Path) -> list[BackupFile]:
    """This database's backups in its backups folder, newest first."""
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        parsed = _parse(path.name, db_path)
        if parsed is None or not path.is_file():
            continue
        taken, reason, legacy = parsed
        found.append(BackupFile(path, taken, reason, path.stat().st_size, legacy))
    return sorted(found, key=lambda b: b.taken, reverse=True)


def _unique_path(folder: Path, db_path: Path, reason: str) -> Path:
    """A name no backup has yet: two backups within one clock tick get different stamps."""
    when = datetime.now()
    taken = {b.taken for b in list_backups(db_path)}
    while when in taken or (folder / backup_name(db_path, when, reason)).exists():
        when += timedelta(microseconds=1)
    return folder / backup_name(db_path, when, reason)


# --- writing -------------------------------------------------------------------------------------
def copy_to(db: Database, target: Path, *, db_path: Path | None = None) -> Path:
    """Write a checked snapshot of `db` to `target` (replaced if it exists), in rollback-journal
    mode. Refused when `target` is the database itself, one of its -wal/-shm, a folder, or a file
    with -wal/-shm beside it (a database in use, whose leftovers would be replayed over the copy)."""
    target = Path(target)
    live = Path(db_path) if db_path else None
    if live is not None and is_database_file(target, live):
        raise TrackerError(f"{target} is the database itself (or its journal): choose another file")
    if target.is_dir():
        raise TrackerError(f"{target} is a folder: give the backup a file name, e.g. {target / 'tracker-copy.db'}")
    beside = [Path(f"{target}{s}") for s in SIDECARS if Path(f"{target}{s}").exists()]
    if beside and target.exists():
        raise TrackerError(f"{beside[0].name} is beside {target}: that file may be a database in use. "
                           "Choose another file name, or delete the -wal/-shm files if nothing uses it")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        for leftover in beside:       # with no database file they belong to nothing
            leftover.unlink()
    except OSError as exc:
        raise TrackerError(f"cannot write {target}: {exc.strerror or exc}") from None
    tmp = target.with_name(target.name + ".part")
    _remove_with_sidecars(tmp)
    try:
        _write_checked(db, tmp, live or target)
        tmp.replace(target)
    except BaseException:
        _remove_with_sidecars(tmp)
        raise
    return target


def _write_checked(db: Database | sqlite3.Connection, tmp: Path, db_path: Path) -> None:
    conn = db.conn if isinstance(db, Database) else db
    try:
        dest = sqlite3.connect(str(tmp))
    except sqlite3.Error as exc:
        raise TrackerError(f"cannot write {tmp.parent}: {exc}") from None
    try:
        try:
            conn.backup(dest)
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError) and not _names_damage(exc):
                raise problems.from_sqlite_error(exc, tmp) or TrackerError(f"cannot write {tmp}: {exc}") from None
            raise problems.damaged(db_path, f"{exc}; not backed up, so the earlier backups are kept") from None
        dest.execute("PRAGMA journal_mode = DELETE")        # opens on read-only media
        try:
            verdict = dest.execute("PRAGMA quick_check").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            if not _names_damage(exc):
                raise
            verdict = str(exc)                # SQLite may report the damage as an error
    except sqlite3.OperationalError as exc:
        raise problems.from_sqlite_error(exc, tmp) or TrackerError(f"cannot write {tmp}: {exc}") from None
    finally:
        dest.close()
    if verdict != "ok":
        raise problems.damaged(db_path, f"quick_check: {verdict}; not backed up, so the earlier backups are kept")


def _names_damage(exc: sqlite3.Error) -> bool:
    name = getattr(exc, "sqlite_errorname", "") or ""
    return name.startswith("SQLITE_CORRUPT") or name == "SQLITE_NOTADB" or "malformed" in str(exc)


def _remove_with_sidecars(path: Path) -> None:
    for p in (path, *(Path(f"{path}{s}") for s in SIDECARS)):
        p.unlink(missing_ok=True)


def is_database_file(target: Path, db_path: Path) -> bool:
    """Is `target` the database at `db_path` or one of its -wal/-shm/-journal files?"""
    target, db_path = Path(target).resolve(), Path(db_path).resolve()
    for candidate in (db_path, *(Path(f"{db_path}{s}") for s in SIDECARS)):
        if target == candidate:
            return True
        try:
            if target.exists() and candidate.exists() and os.path.samefile(target, candidate):
                return True
        except OSError:
            pass
    return False


def make_backup(db: Database, db_path: Path, reason: str = "manual") -> Path:
    """A checked backup in the backups folder, then the oldest beyond `KEEP` removed (only ever
    after a good one was written, so the newest good backups always stay)."""
    folder = backup_dir(db_path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise problems.from_os_error(exc, Path(db_path)) from None
    path = copy_to(db, _unique_path(folder, db_path, reason), db_path=db_path)
    _rotate(db_path)
    return path


def daily_backup(db: Database, db_path: Path) -> Path | None:
    """At most one automatic backup per calendar day (a damaged database gets none, and is
    checked again on the next open)."""
    today = datetime.now().date()
    if any(b.taken.date() == today and not b.legacy for b in list_backups(db_path)):
        return None
    return make_backup(db, db_path, reason="daily")


def _rotate(db_path: Path) -> None:
    current = [b for b in list_backups(db_path) if not b.legacy]
    for old in current[KEEP:]:
        old.path.unlink(missing_ok=True)
    _remove_abandoned_copies(db_path)


ABANDONED_AFTER_S = 3600     # a copy still unfinished after an hour was left by a killed process


def _remove_abandoned_copies(db_path: Path) -> None:
    """Half-written copies (`….part`, `….part-journal`) of this database's backups that a killed
    backup left behind: each is as large as the database and nothing else would remove them."""
    folder, prefix = backup_dir(db_path), Path(db_path).name + "."
    cutoff = time.time() - ABANDONED_AFTER_S
    for leftover in folder.glob(f"{glob.escape(prefix)}*.part*"):
        if not leftover.name.endswith((".part", ".part-journal")):
            continue
        try:
            if leftover.stat().st_mtime < cutoff:
                leftover.unlink()
        except OSError:
            pass


# --- restoring -----------------------------------------------------------------------------------
def validate_backup(path: Path, max_version: int) -> None:
    """Refuse anything that is not a complete, undamaged Tracker database this version can open."""
    path = Path(path)
    if not path.exists():
        raise TrackerError(f"{path}: no such file")
    if not path.is_file():
        raise TrackerError(f"{path} is a folder, not a backup file")
    try:
        version = verify.inspect(path, max_version, integrity="integrity_check", not_live=True)
    except DatabaseProblem as exc:
        if exc.kind != "not-a-database":
            raise
        # a file picked by mistake (a price or trade CSV): the database itself is not in question
        raise TrackerError(f"{path} is not a Tracker backup: it is not an SQLite database file; nothing was "
                           "changed. A backup is a database file Tracker wrote; a CSV file of trades is read "
                           "by Import trades (`tracker trades import` on the command line)") from None
    if version == 0:
        raise TrackerError(f"{path} is an empty database, not a Tracker backup")


def restore(db_path: Path, source: Path, max_version: int) -> Restored:
    """Replace the database at `db_path` with `source`, after validating it.

    A healthy current database is first backed up (checked), then overwritten page by page through
    the backup API into the live file, so its -wal stays consistent for any other connection. A
    damaged one cannot be copied: it is moved aside into the backups folder (with its -wal/-shm)
    and the validated copy is written to a temporary file and renamed into place, all while no
    connection to it is open.
    """
    db_path, source = Path(db_path), Path(source)
    if is_database_file(source, db_path):
        raise TrackerError(f"{source} is the database itself: choose a backup to restore from")
    validate_backup(source, max_version)
    state = _current_state(db_path, max_version)
    if state == "foreign":
        verify.inspect(db_path, max_version)         # raises the problem, naming why
    src = verify.open_read_only(source, not_live=True)
    try:
        if state == "healthy":
            current = Database(sqlite3.connect(str(db_path)), execute_plugins=False)
            try:
                try:
                    safety = make_backup(current, db_path, reason="before-restore")
                except TrackerError as exc:
                    if getattr(exc, "kind", "") != "damaged":
                        raise
                    state = "damaged"      # found only now: copying it read every page
                else:
                    _backup_into(src, current.conn, db_path)
                    return Restored(safety=safety)
            finally:
                current.close()
        # the copy is complete and checked before anything is moved: a failure leaves all as it was
        tmp = db_path.with_name(db_path.name + ".restoring")
        _remove_with_sidecars(tmp)
        try:
            _write_checked(src, tmp, source)
            set_aside = _move_aside(db_path, "damaged" if state == "damaged" else "leftover")
            tmp.replace(db_path)
        except BaseException:
            _remove_with_sidecars(tmp)
            raise
        return Restored(set_aside=set_aside if state == "damaged" else None)
    finally:
        src.close()


def _current_state(db_path: Path, max_version: int) -> str:
    """"missing", "healthy" (a Tracker database of any version, backed up before it is replaced),
    "foreign" (another program's SQLite file: never replaced) or "damaged"."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return "missing"
    try:
        verify.inspect(db_path, max_version)
    except TrackerError as exc:
        kind = getattr(exc, "kind", "")
        if kind == "newer":
            return "healthy"
        if kind == "foreign":
            return "foreign"
        if kind in ("damaged", "not-a-database"):
            return "damaged"
        raise
    return "healthy"


def _backup_into(src: sqlite3.Connection, dest: sqlite3.Connection, db_path: Path) -> None:
    try:
        src.backup(dest)   # page by page into the live file, so its -wal stays consistent
    except sqlite3.Error as exc:
        raise problems.from_sqlite_error(exc, db_path) or TrackerError(
            f"cannot restore into {db_path}: {exc}") from None


def _move_aside(db_path: Path, label: str) -> Path | None:
    """Rename the database file (and its -wal/-shm/-journal, which belong with it) into the
    backups folder as `{name}.{stamp}.{label}`: kept for salvage, never listed or rotated."""
    present = [p for p in (db_path, *(Path(f"{db_path}{s}") for s in SIDECARS)) if p.exists()]
    if not present:
        return None
    folder = backup_dir(db_path)
    aside = folder / f"{db_path.name}.{datetime.now().strftime(_STAMP)}.{label}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for p in present:
            p.replace(Path(f"{aside}{p.name[len(db_path.name):]}"))
    except OSError as exc:
        raise problems.from_os_error(exc, db_path) from None
    return aside if db_path in present else None
