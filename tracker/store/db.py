"""Opening the database file: pragmas, migrations, bundled reference data, the daily backup."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from tracker.errors import TrackerError
from tracker.store import backup
from tracker.store.migrations import SCHEMA_VERSION, migrations

BUSY_TIMEOUT_MS = 5000


def connect(path: Path, read_only: bool = False) -> Database:
    """A connection in autocommit mode: every write goes through `db.atomic()` explicitly.
    Read-only connections never checkpoint or delete the `-wal` when they close, so they are safe
    beside a writer in another process whatever that process's own locks look like."""
    if read_only:
        # as_uri() percent-encodes '#', '?' and '%', which would otherwise end the path
        conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True,
                               isolation_level=None, check_same_thread=False)
    else:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    return Database(conn, execute_plugins=False)   # no plugins: scanning for them slows every open


def schema_version(db: Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def open_database(path: Path, *, make_backups: bool = True) -> Database:
    """Open (creating it if needed) and bring the schema up to this build's version.

    Refuses a database written by a newer version of the app rather than guessing at its schema.
    A backup is taken before any migration of an existing database and at most once a day.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    existed = path.exists() and path.stat().st_size > 0
    try:
        db = connect(path)
        version = schema_version(db)
    except sqlite3.DatabaseError as exc:
        raise TrackerError(f"{path} is not a Tracker database ({exc})") from None
    if version > SCHEMA_VERSION:
        db.close()
        raise TrackerError(
            f"{path} was written by a newer version of Tracker (schema {version}, this version "
            f"knows {SCHEMA_VERSION}); update Tracker to open it")
    if existed and version and not db["instruments"].exists():
        db.close()
        raise TrackerError(f"{path} is an SQLite file but not a Tracker database")
    if existed and version == 0 and db.table_names():
        db.close()
        raise TrackerError(f"{path} is an SQLite file but not a Tracker database")
    db.execute("PRAGMA journal_mode = WAL")
    pending = migrations.pending(db)
    if pending:
        if existed and version > 0 and make_backups:
            backup.make_backup(db, path, reason=f"before-v{SCHEMA_VERSION}")
        migrations.apply(db)
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    _sync_bundled_reference(db)
    if make_backups and existed:
        backup.daily_backup(db, path)
    return db


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
    None when it needs an upgrade (or is empty), so that the caller opens it for writing."""
    try:
        db = connect(path, read_only=True)
        version = schema_version(db)
        if version != SCHEMA_VERSION:
            db.close()
            return None
        if not db["instruments"].exists():
            db.close()
            raise TrackerError(f"{path} is an SQLite file but not a Tracker database")
    except sqlite3.DatabaseError as exc:
        raise TrackerError(f"{path} is not a Tracker database ({exc})") from None
    return db


def _sync_bundled_reference(db: Database) -> None:
    """Bundled earnings, buyback and dividend facts; user-entered and edited rows are never overwritten."""
    from tracker.store import buybacks, declared_dividends, earnings
    earnings.sync_bundled(db)
    buybacks.sync_bundled(db)
    declared_dividends.sync_bundled(db)
