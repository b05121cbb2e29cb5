"""Backups through SQLite's online backup API (a plain file copy beside a live -wal can be torn)."""
from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from tracker.errors import TrackerError
from tracker.paths import backup_dir

KEEP = 10
_STAMP = "%Y%m%d-%H%M%S"


def copy_to(db: Database, target: Path) -> Path:
    """Write a consistent snapshot of `db` to `target` (replaced if it exists)."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    tmp.unlink(missing_ok=True)
    dest = sqlite3.connect(str(tmp))
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
    tmp.replace(target)
    return target


def make_backup(db: Database, db_path: Path, reason: str = "manual") -> Path:
    folder = backup_dir(db_path)
    name = f"{Path(db_path).stem}-{datetime.now().strftime(_STAMP)}-{reason}.db"
    path = copy_to(db, folder / name)
    _rotate(folder, Path(db_path).stem)
    return path


def daily_backup(db: Database, db_path: Path) -> Path | None:
    """At most one automatic backup per calendar day."""
    today = datetime.now().strftime("%Y%m%d")
    folder = backup_dir(db_path)
    if any(p.name.startswith(f"{Path(db_path).stem}-{today}") for p in folder.glob("*.db")):
        return None
    return make_backup(db, db_path, reason="daily")


def _rotate(folder: Path, stem: str) -> None:
    backups = sorted(folder.glob(f"{stem}-*.db"))
    for old in backups[:-KEEP]:
        old.unlink(missing_ok=True)


def list_backups(db_path: Path) -> list[Path]:
    return sorted(backup_dir(db_path).glob(f"{Path(db_path).stem}-*.db"))


def validate_backup(path: Path, max_version: int) -> None:
    """Refuse anything that is not a complete Tracker database this version can open."""
    path = Path(path)
    if not path.is_file():
        raise TrackerError(f"{path}: no such file")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise TrackerError(f"{path} is damaged (integrity check failed)")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise TrackerError(f"{path} is not an SQLite database ({exc})") from None
    if not {"instruments", "trades", "prices"} <= tables or version < 1:
        raise TrackerError(f"{path} is not a Tracker database")
    if version > max_version:
        raise TrackerError(f"{path} was written by a newer version of Tracker (schema {version})")


def restore(db_path: Path, source: Path, max_version: int) -> Path:
    """Replace the database at `db_path` with `source`, after validating it and backing up the
    current database. Returns the safety backup's path (None when there was nothing to back up)."""
    validate_backup(source, max_version)
    db_path = Path(db_path)
    safety = None
    if db_path.exists():
        current = Database(sqlite3.connect(str(db_path)))
        try:
            safety = make_backup(current, db_path, reason="before-restore")
        finally:
            current.close()
    src = sqlite3.connect(f"file:{Path(source)}?mode=ro", uri=True)
    dest = sqlite3.connect(str(db_path))
    try:
        src.backup(dest)   # page-by-page into the live file, so its -wal stays consistent
    finally:
        src.close()
        dest.close()
    return safety
