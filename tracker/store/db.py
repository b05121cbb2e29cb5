"""Opening the database file: checks, pragmas, migrations, bundled reference data, the daily backup.

An existing file is first inspected read-only (is it a Tracker database, of a version this build
knows, with the tables and columns that version has?); only then is it opened for writing. SQLite
errors about the file itself (full disk, read-only file or folder, damage) become one clear
`DatabaseProblem`, on open and on every write (`TrackerDatabase.atomic`).
"""
from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from tracker.errors import TrackerError
from tracker.store import backup, problems, verify
from tracker.store.migrations import SCHEMA_VERSION, migrations

BUSY_TIMEOUT_MS = 5000


class TrackerDatabase(Database):
    """A sqlite-utils Database whose transactions report file problems as `DatabaseProblem`."""

    path: Path

    @contextmanager
    def atomic(self):
        try:
            with super().atomic():
                yield self
        except sqlite3.DatabaseError as exc:
            found = problems.from_sqlite_error(exc, self.path)
            if found is None:
                raise
            raise found from None


def connect(path: Path, read_only: bool = False) -> Database:
    """A connection in autocommit mode: every write goes through `db.atomic()` explicitly.
    Read-only connections never checkpoint or delete the `-wal` when they close, so they are safe
    beside a writer in another process whatever that process's own locks look like."""
    if read_only:
        conn = sqlite3.connect(verify.file_uri(path, mode="ro"), uri=True,
                               isolation_level=None, check_same_thread=False)
    else:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    db = TrackerDatabase(conn, execute_plugins=False)  # no plugins: scanning for them slows every open
    db.path = Path(path)
    return db


def schema_version(db: Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def open_database(path: Path, *, make_backups: bool = True, create: bool = True) -> Database:
    """Open and bring the schema up to this build's version; with `create`, a missing file (and
    its folder) is made as a new database, else refused.

    Refuses a database written by a newer version of the app, a damaged file and any file that is
    not a Tracker database, without writing to it. A backup is taken before any migration of an
    existing database and at most once a day (checked first: a damaged database is refused).
    """
    path = Path(path)
    if path.is_dir():
        raise TrackerError(f"{path} is a folder: give the database file inside it, e.g. {path / 'tracker.db'}")
    existed = path.exists() and path.stat().st_size > 0
    if not path.exists():
        if not create:
            raise problems.missing(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise problems.from_os_error(exc, path) from None
    # (a refused WAL-mode file may keep the empty -wal and -shm that SQLite makes for any reader:
    # removing them is not safe, another process may have opened the file since)
    if existed:
        verify.inspect(path, SCHEMA_VERSION)
    try:
        db = connect(path)
    except sqlite3.Error as exc:
        raise problems.from_sqlite_error(exc, path) or problems.not_a_database(path) from None
    try:
        _prepare(db, path, existed, make_backups)
    except BaseException as exc:
        db.close()
        if isinstance(exc, sqlite3.DatabaseError):
            found = problems.from_sqlite_error(exc, path)
            if found is not None:
                raise found from None
        raise
    return db


def _prepare(db: Database, path: Path, existed: bool, make_backups: bool) -> None:
    # the daily backup comes first: it checks every page, so a damaged file is refused before
    # anything (the switch to WAL, a migration, the bundled data) writes to it
    if make_backups and existed:
        backup.daily_backup(db, path)
    db.execute("PRAGMA journal_mode = WAL")
    pending = migrations.pending(db)
    if pending:
        if existed and schema_version(db) > 0 and make_backups:
            backup.make_backup(db, path, reason=f"before-v{SCHEMA_VERSION}")
        # every pending migration and the version that records them in one transaction: a kill
        # half-way leaves the file whole at its old version, and the next open upgrades it
        with db.atomic():
            migrations.apply(db)
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    _sync_bundled_reference(db)


def open_read_only(path: Path) -> Database:
    """Open an existing Tracker database for reading only: nothing is migrated, synced or backed up.
    Refused when its schema is not this version's (the writer must bring it up to date first)."""
    db = open_read_only_if_current(path)
    if db is None:
        raise TrackerError(f"{path} needs an upgrade to this version of Tracker, which can only "
                           "happen while no other Tracker is writing to it")
    return db


def open_read_only_if_current(path: Path) -> Database | None:
    """A read-only connection when the file is a Tracker database at this version's schema;
    None when it needs an upgrade (or is empty), so that the caller opens it for writing.
    Anything else (newer, damaged, not a Tracker database) is refused, as `open_database` does."""
    try:
        db = connect(path, read_only=True)
    except sqlite3.Error as exc:
        raise problems.from_sqlite_error(exc, path) or problems.not_a_database(path) from None
    try:
        version = verify.check_schema(db.conn, path, SCHEMA_VERSION)
    except BaseException as exc:
        db.close()
        if isinstance(exc, sqlite3.DatabaseError):
            raise problems.from_sqlite_error(exc, path) or problems.not_a_database(path) from None
        raise
    if version != SCHEMA_VERSION:
        db.close()
        return None
    return db


def _sync_bundled_reference(db: Database) -> None:
    """Bundled earnings, buyback and dividend facts; user-entered and edited rows are never overwritten."""
    from tracker.store import buybacks, declared_dividends, earnings
    earnings.sync_bundled(db)
    buybacks.sync_bundled(db)
    declared_dividends.sync_bundled(db)
