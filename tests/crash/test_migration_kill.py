"""A database written by an earlier version, opened by today's app and killed while it migrates.

The first open of an old database backs it up, runs each pending migration in its own transaction
and records the new schema version. Wherever a kill lands in that, the next open must finish the
job: the same database as an uninterrupted migration, with every fact of the old one. The kills
land just before chosen SQL statements (every statement of every connection is traced), so each
crash point is exact and replayable.
"""
from __future__ import annotations

import random
import re
import signal
import sqlite3
import time
from datetime import date
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import pytest

from tests.crash import harness
from tracker.app.tracker import Tracker
from tracker.domain.model import Trade
from tracker.errors import TrackerError
from tracker.store.migrations import SCHEMA_VERSION

OLDEST = Path(__file__).parents[1] / "store" / "fixtures" / "schema_v1.db"   # every migration pending
KILLS = 5
RECORDS_VERSION = re.compile(r"PRAGMA user_version\s*=", re.IGNORECASE)


@pytest.fixture(scope="module")
def migration(tmp_path_factory):
    folder = tmp_path_factory.mktemp("migration")
    env = harness.environment(folder)
    reference = harness.fresh_copy(OLDEST, folder / "reference")
    before = harness.state(reference)
    sql = harness.statements(reference, ("position",), env, folder / "statements.log")
    return SimpleNamespace(env=env, before=before, after=harness.state(reference), sql=sql)


def killed_at(migration, k: int, folder: Path) -> Path:
    db = harness.fresh_copy(OLDEST, folder)
    done = harness.run_until_statement(db, ("position",), migration.env, k)
    assert done.returncode == -signal.SIGKILL, (k, migration.sql[k - 1], done.stderr)
    return db


def reopen_for_writing(db: Path) -> None:
    """The next writer's open (a window, a write command): read commands open a current schema
    read-only and leave the rest of an interrupted first open (the bundled data) to a writer."""
    Tracker(db).close()


def next_second() -> None:
    time.sleep(1.02 - time.time() % 1)


def user_version(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def interrupted_upgrade(sql: list[tuple[str, str]]) -> tuple[list[int], int]:
    """(the file's COMMIT of each migration, the statement recording the schema version): from the
    first commit to the version, the file's user_version disagrees with its recorded migrations."""
    records = [k for k, (where, s) in enumerate(sql, 1)
               if where == "file" and s.startswith('INSERT INTO "_sqlite_migrations"')]
    commits = [next(k for k in range(r, len(sql) + 1) if sql[k - 1] == ("file", "COMMIT")) for r in records]
    version = next(k for k, (where, s) in enumerate(sql, 1) if where == "file" and RECORDS_VERSION.match(s))
    return commits, version


def test_the_first_open_of_an_old_database_migrates_it_in_one_transaction(migration):
    """Every migration and the version that records them commit together: no moment of the file
    has a newer schema under an older version."""
    assert migration.before["user_version"] == "1" and migration.after["user_version"] == str(SCHEMA_VERSION)
    commits, version = interrupted_upgrade(migration.sql)
    assert len(commits) == SCHEMA_VERSION - 1 and len(set(commits)) == 1 and version < commits[0]


def test_a_kill_anywhere_in_the_migration_is_finished_by_the_next_open(migration, seed, tmp_path):
    candidates = list(range(1, len(migration.sql) + 1))
    for k in sorted(random.Random(f"{seed}:migration").sample(candidates, KILLS)):
        where = f"seed {seed}: killed before statement {k} of {len(migration.sql)}: {migration.sql[k - 1]}"
        db = killed_at(migration, k, tmp_path / f"kill-{k}")
        assert harness.integrity(db) == "ok", where
        reopen_for_writing(db)   # at once: a backup taken in the same second must not replace another
        found = harness.state(db)
        assert found == migration.after, (
            where, harness.describe_difference(found, [("old", migration.before), ("migrated", migration.after)]))
        backups = sorted((db.parent / "backups").glob("*.db"))
        for backup in backups:   # whole snapshots (a resumed migration backs up where it resumes)
            assert harness.integrity(backup) == "ok", (where, backup.name)
        assert any(b.name.endswith(f"before-v{SCHEMA_VERSION}.db") and harness.state(b) == migration.before
                   for b in backups), (where, "no whole backup of the old database")
        reopened = harness.run(db, ("position",), migration.env)
        assert reopened.returncode == 0, (where, reopened.stderr)


def test_a_kill_between_the_migrations_of_an_upgrade_is_finished_by_the_next_open(migration, tmp_path):
    commits, version = interrupted_upgrade(migration.sql)
    failures = []
    for k in [c + 1 for c in commits[:-1]] + [version]:
        db = killed_at(migration, k, tmp_path / f"kill-{k}")
        try:
            reopen_for_writing(db)
        except TrackerError as exc:
            failures.append(f"killed before statement {k} ({migration.sql[k - 1][1]}): {exc}")
            continue
        if user_version(db) != SCHEMA_VERSION:
            failures.append(f"killed before statement {k}: user_version stays {user_version(db)}")
    assert not failures, "\n".join(failures)


def test_two_backups_in_the_same_second_are_both_kept(tmp_path):
    with Tracker(tmp_path / "tracker.db") as t:
        next_second()
        first = t.backup()
        t.add_trade(Trade("BABA", "buy", date(2024, 1, 2), Decimal(10), Decimal("80.00")))
        second = t.backup()
    assert second != first and first.exists()
