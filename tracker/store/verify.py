"""Is a file a complete Tracker database this version can use? Answered read-only, before anything
opens it for writing (a foreign file is never switched to WAL, migrated or written to).

The expected schema of each version is what this build's migrations create, replayed once in
memory, so it can never drift from the migrations themselves.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from tracker import cached
from tracker.errors import TrackerError
from tracker.store import problems
from tracker.store import migrations as migrations_module
from tracker.store.migrations import migrations

MIGRATIONS_TABLE = migrations.migrations_table
_schemas: dict[tuple[str, ...], dict[int, dict[str, tuple[str, ...]]]] = {}


def file_uri(path: Path, **params: str) -> str:
    """An SQLite URI for `path`: `as_uri()` escapes `#`, `%` and `?`, which a plain `file:{path}`
    would take for a fragment, an escape or the start of the parameters."""
    query = "&".join(f"{k}={v}" for k, v in params.items())
    return Path(path).resolve().as_uri() + (f"?{query}" if query else "")


def open_read_only(path: Path, *, not_live: bool = False) -> sqlite3.Connection:
    """A connection that cannot write to `path` (`mode=ro`, which reads a WAL file's own `-wal`).

    With `not_live` (a backup about to be restored, never the open database) a file in
    rollback-journal mode, as every backup Tracker writes, is opened `immutable`: SQLite then
    ignores any `-wal` or `-shm` beside it, which for such a file can only be leftovers of some
    other database that SQLite would otherwise replay over it; and it works on read-only media.
    """
    path = Path(path)
    if not_live and _rollback_mode(path):
        return sqlite3.connect(file_uri(path, immutable="1"), uri=True)
    try:
        conn = sqlite3.connect(file_uri(path, mode="ro"), uri=True)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        # a WAL file on read-only media: readable as it stands only when it has no -wal beside it
        if Path(f"{path}-wal").exists():
            raise TrackerError(f"{path} is in WAL mode and its {path.name}-wal cannot be read here "
                               "(read-only folder): copy both files to a writable folder first") from None
        return sqlite3.connect(file_uri(path, immutable="1"), uri=True)


def _rollback_mode(path: Path) -> bool:
    """Bytes 18-19 of the header are 1 in rollback-journal mode, 2 in WAL mode. (Read as a plain
    file, so only ever for a file no connection of this process has open: closing any descriptor
    of a database drops every SQLite lock the process holds on it.)"""
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError:
        return False
    return header.startswith(b"SQLite format 3\x00") and header[18:20] == b"\x01\x01"


def expected_schemas() -> dict[int, dict[str, tuple[str, ...]]]:
    """{version: {table: columns}} for every version this build's migrations reach: replayed in
    memory once, then kept in `tracker.cached` for this very migrations module (about 40 ms a
    process otherwise, before the first answer of every command)."""
    names = tuple(m.name for m in migrations._migrations)
    if names not in _schemas:
        key = _migrations_key(names)
        text = cached.load("schemas.json", key)
        try:
            schemas = {int(v): {t: tuple(c) for t, c in tables.items()}
                       for v, tables in json.loads(text).items()} if text is not None else None
        except (ValueError, AttributeError, TypeError):
            schemas = None
        if schemas is None:
            schemas = _replayed_schemas(names)
            cached.save("schemas.json", key, json.dumps(schemas))
        _schemas[names] = schemas
    return _schemas[names]


def _migrations_key(names: tuple[str, ...]) -> str:
    """The migrations' own source, their names and the SQLite library: what the replay depends on."""
    source = Path(migrations_module.__file__).read_bytes()
    digest = hashlib.sha256(source + "\n".join(names).encode()).hexdigest()
    return f"{digest} sqlite {sqlite3.sqlite_version}"


def _replayed_schemas(names: tuple[str, ...]) -> dict[int, dict[str, tuple[str, ...]]]:
    db = Database(sqlite3.connect(":memory:"), execute_plugins=False)
    schemas = {}
    for version, name in enumerate(names, start=1):
        later = names[version:]
        migrations.apply(db, stop_before=later[0] if later else None)
        schemas[version] = _tables(db.conn)
    db.close()
    return schemas


def _tables(conn: sqlite3.Connection) -> dict[str, tuple[str, ...]]:
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    return {name: tuple(r[1] for r in conn.execute(f'PRAGMA table_info("{name}")'))
            for name in names if name != MIGRATIONS_TABLE}


def check_schema(conn: sqlite3.Connection, path: Path, max_version: int) -> int:
    """The file's schema version, after checking that its tables, columns and recorded migrations
    are exactly what this build's migrations make at that version (extra tables are tolerated).
    Raises DatabaseProblem naming what is wrong."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = _tables(conn)
    if version > max_version:
        raise problems.newer(path, version, max_version)
    if version == 0:
        if tables:
            raise problems.foreign(path, "it has no Tracker schema version")
        return 0
    if "instruments" not in tables:
        raise problems.foreign(path, "it has no instruments table")
    expected = expected_schemas().get(version)
    if expected is None:
        raise problems.foreign(path, f"unknown schema version {version}")
    for table, columns in expected.items():
        if table not in tables:
            raise problems.foreign(path, f"schema {version} has a {table} table, this file has none")
        if set(tables[table]) != set(columns):
            lacking = sorted(set(columns) - set(tables[table]))
            extra = sorted(set(tables[table]) - set(columns))
            what = (f"lacks column {', '.join(lacking)}" if lacking else f"has unknown column {', '.join(extra)}")
            raise problems.foreign(path, f"its {table} table {what}")
    recorded = _recorded_migrations(conn)
    wanted = [m.name for m in migrations._migrations[:version]]
    if recorded != wanted:
        raise problems.foreign(path, f"its recorded migrations do not match schema {version}")
    return version


def _recorded_migrations(conn: sqlite3.Connection) -> list[str]:
    try:
        return [r[0] for r in conn.execute(
            f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid", [migrations.name])]
    except sqlite3.OperationalError:
        return []


def inspect(path: Path, max_version: int, *, integrity: str | None = None,
            db_path: Path | None = None, not_live: bool = False) -> int:
    """Open `path` read-only and check it is a Tracker database of at most `max_version`;
    `integrity` ("quick_check" or "integrity_check") also checks every page. Returns its version."""
    path = Path(path)
    try:
        conn = open_read_only(path, not_live=not_live)
    except sqlite3.Error as exc:
        raise problems.from_sqlite_error(exc, path) or problems.not_a_database(path) from None
    try:
        try:
            version = check_schema(conn, path, max_version)
            if integrity:
                verdict = conn.execute(f"PRAGMA {integrity}").fetchone()[0]
                if verdict != "ok":
                    raise problems.damaged(path, f"{integrity}: {verdict}", db_path=db_path)
        except sqlite3.DatabaseError as exc:
            found = problems.from_sqlite_error(exc, path)
            if found is None:
                raise
            if found.kind == "damaged" and db_path is not None:
                found = problems.damaged(path, str(exc), db_path=db_path)
            raise found from None
    finally:
        conn.close()
    return version
