"""What is wrong with a database file, in one line a user can act on.

Every refusal to open or write names which problem it is (damaged file, not a database, newer
schema, read-only file or folder, full disk, missing file or folder) and, where restoring is the way
out, where the automatic backups are and the command that restores one.
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from tracker.errors import DatabaseProblem
from tracker.paths import backup_dir


def backups_hint(db_path: Path) -> str:
    from tracker.store.backup import list_backups   # (backup names its own problems with these)
    folder = backup_dir(db_path)
    try:
        found = list_backups(db_path)
    except OSError:
        found = []
    if not found:
        return f"There are no automatic backups of it in {folder}."
    newest = found[0]
    return (f"Automatic backups are in {folder} (newest: {newest.name}, {newest.taken:%Y-%m-%d %H:%M}); "
            f"restore one with `tracker restore FILE`.")


def damaged(path: Path, detail: str, *, db_path: Path | None = None) -> DatabaseProblem:
    db_path = Path(db_path or path)
    return DatabaseProblem(f"{path} is damaged ({detail}); nothing was changed. {backups_hint(db_path)}",
                           path, "damaged")


def not_a_database(path: Path) -> DatabaseProblem:
    return DatabaseProblem(f"{path} is not a Tracker database: it is not an SQLite database file at all. "
                           f"If it was your database, it is damaged beyond repair. {backups_hint(path)}",
                           path, "not-a-database")


def foreign(path: Path, why: str) -> DatabaseProblem:
    return DatabaseProblem(f"{path} is an SQLite file but not a Tracker database ({why}); it was not "
                           "changed.", path, "foreign")


def newer(path: Path, version: int, known: int) -> DatabaseProblem:
    return DatabaseProblem(
        f"{path} was written by a newer version of Tracker (schema {version}, this version knows "
        f"{known}); update Tracker to open it, or restore an older backup. {backups_hint(path)}",
        path, "newer")


def missing(path: Path) -> DatabaseProblem:
    folder = Path(path).parent
    if not folder.is_dir():
        return DatabaseProblem(f"the folder {folder} does not exist: check the database path, or pass "
                               "--create to make the folder and a new database in it", path,
                               "missing-folder")
    return DatabaseProblem(f"no database at {path}: check the path, or make a new database there "
                           "(--create on the command line, File ▸ New database in the window)", path, "missing")


def read_only(path: Path) -> DatabaseProblem:
    path = Path(path)
    folder = path.parent
    if os.access(folder, os.W_OK):
        return DatabaseProblem(f"{path} is read-only: Tracker cannot save to it. Make the file writable, "
                               "or copy it to a writable folder and open the copy", path, "read-only-file")
    return DatabaseProblem(f"the folder {folder} is read-only: Tracker writes its journal ({path.name}-wal) "
                           "and its backups beside the database. Make the folder writable, or copy the "
                           "database to a writable folder and open the copy", path, "read-only-folder")


def disk_full(path: Path) -> DatabaseProblem:
    return DatabaseProblem(f"the disk holding {path} is full (or the database reached its size limit): "
                           "the change was not saved and the database is as it was. Free some space and "
                           "try again", path, "disk-full")


def from_sqlite_error(exc: sqlite3.Error, path: Path) -> DatabaseProblem | None:
    """The problem an SQLite error reports about the file, or None for errors that are not about
    the file (constraint failures and the like are the caller's to handle)."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc)
    path = Path(path)
    if name == "SQLITE_FULL" or "database or disk is full" in text:
        return disk_full(path)
    if name.startswith("SQLITE_READONLY") or "readonly database" in text:
        return read_only(path)
    if name.startswith("SQLITE_CORRUPT") or "malformed" in text:
        return damaged(path, text)
    if name == "SQLITE_NOTADB" or "file is not a database" in text:
        return not_a_database(path)
    if name.startswith("SQLITE_CANTOPEN") or "unable to open database file" in text:
        if not path.parent.is_dir():
            return missing(path)
        if not os.access(path.parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
            return read_only(path)
        return DatabaseProblem(f"cannot open {path} ({text})", path, "cannot-open")
    if name.startswith("SQLITE_IOERR") or "disk I/O error" in text:
        return DatabaseProblem(f"cannot read or write {path}: the disk reported an error ({text}). "
                               f"{backups_hint(path)}", path, "io-error")
    return None


def from_os_error(exc: OSError, path: Path) -> DatabaseProblem:
    """A file operation around the database (its folder, a backup, a restore) that failed."""
    import errno
    if exc.errno == errno.ENOSPC:
        return disk_full(path)
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return read_only(path)
    return DatabaseProblem(f"cannot write beside {path}: {exc.strerror or exc}", path, "cannot-open")
