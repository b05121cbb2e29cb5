"""Backups and restore: names per database, checked copies, validated restores (issue 15, 1-10)."""
from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime, timedelta

import pytest

from tests.store.db_files import (damage_a_page, facts, foreign_file, populated, rows,
                                  stale_wal_of_another_database)
from tracker.app.tracker import Tracker
from tracker.errors import DatabaseProblem, TrackerError
from tracker.store import backup
from tracker.store.db import open_database
from tracker.store.migrations import SCHEMA_VERSION


@pytest.fixture
def clock(monkeypatch):
    """The backups' clock, frozen and moved by hand."""
    class Clock(datetime):
        current = datetime(2026, 11, 20, 9, 30, 0)

        @classmethod
        def now(cls, tz=None):
            return cls.current

    monkeypatch.setattr(backup, "datetime", Clock)
    return Clock


def _without_migrations_table(d):
    return {k: v for k, v in d.items() if k != "_sqlite_migrations"}


# --- 1, 2: names ---------------------------------------------------------------------------------
def test_two_databases_in_one_folder_keep_their_own_backups(tmp_path):
    main, old = populated(tmp_path / "tracker.db"), populated(tmp_path / "tracker-old.db")
    with Tracker(main, make_backups=False) as a, Tracker(old, make_backups=False) as b:
        for _ in range(backup.KEEP + 3):
            a.backup()
            b.backup()
    mine, theirs = backup.list_backups(main), backup.list_backups(old)
    assert len(mine) == len(theirs) == backup.KEEP
    assert all(b.path.exists() for b in mine + theirs)
    assert not {b.path for b in mine} & {b.path for b in theirs}
    assert all(b.name.startswith("tracker.db.") for b in mine)
    assert all(b.name.startswith("tracker-old.db.") for b in theirs)


def test_backups_taken_within_one_clock_tick_never_overwrite_each_other(tmp_path, clock):
    path = populated(tmp_path / "tracker.db")
    with Tracker(path, make_backups=False) as t:
        first, second = t.backup(), t.backup()
    assert first != second and first.exists() and second.exists()
    good = tmp_path / "good.db"
    shutil.copy(first, good)
    one, two = Tracker.restore(path, good), Tracker.restore(path, good)     # same instant
    assert one.safety != two.safety and one.safety.exists() and two.safety.exists()
    assert len(backup.list_backups(path)) == 4


def test_backups_named_the_old_way_are_listed_but_never_rotated(tmp_path, clock):
    path = populated(tmp_path / "tracker.db")
    folder = backup.backup_dir(path)
    folder.mkdir()
    with Tracker(path, make_backups=False) as t:
        legacy = t.backup(folder / "tracker-20250101-120000-daily.db")
        for _ in range(backup.KEEP + 1):
            clock.current += timedelta(seconds=1)
            t.backup()
    listed = backup.list_backups(path)
    assert legacy.exists() and listed[-1].path == legacy and listed[-1].legacy
    assert len([b for b in listed if not b.legacy]) == backup.KEEP


# --- 3: backup --to beside leftovers -------------------------------------------------------------
def test_backup_to_a_file_with_a_leftover_wal_is_a_clean_copy(tmp_path):
    path = populated(tmp_path / "tracker.db")
    target = tmp_path / "copy.db"
    shutil.copy(stale_wal_of_another_database(tmp_path), f"{target}-wal")
    with Tracker(path, make_backups=False) as t:
        t.backup(target)
    assert not (tmp_path / "copy.db-wal").exists()
    assert _without_migrations_table(rows(target)) == _without_migrations_table(rows(path))


def test_backup_over_a_database_that_has_a_wal_beside_it_is_refused(tmp_path):
    path = populated(tmp_path / "tracker.db")
    target = populated(tmp_path / "other.db", trades=1)
    shutil.copy(stale_wal_of_another_database(tmp_path), f"{target}-wal")
    before = facts(target)
    with Tracker(path, make_backups=False) as t, pytest.raises(TrackerError, match="other.db-wal is beside"):
        t.backup(target)
    assert facts(target) == before


def test_backup_to_a_folder_or_onto_the_database_is_refused_without_a_part_file(tmp_path):
    path = populated(tmp_path / "tracker.db")
    with Tracker(path, make_backups=False) as t:
        with pytest.raises(TrackerError, match="is a folder"):
            t.backup(tmp_path)
        for target in (path, tmp_path / "tracker.db-wal", tmp_path / "." / "tracker.db"):
            with pytest.raises(TrackerError, match="the database itself"):
                t.backup(target)
    assert not list(tmp_path.glob("*.part")) and populated and rows(path)["trades"]


# --- 4: a damaged database is not backed up ------------------------------------------------------
def test_the_daily_backup_refuses_a_damaged_database_and_keeps_every_good_one(tmp_path, clock):
    path = populated(tmp_path / "tracker.db", trades=40)
    for day in range(backup.KEEP):
        clock.current = datetime(2026, 11, 1 + day, 9, 0)
        open_database(path).close()                        # one daily backup a day
    good = backup.list_backups(path)
    assert len(good) == backup.KEEP
    damage_a_page(path)
    for day in range(3):                                   # three more days on the damaged file
        clock.current = datetime(2026, 11, 20 + day, 9, 0)
        with pytest.raises(DatabaseProblem) as refused:
            open_database(path)
        assert refused.value.kind == "damaged"
        message = str(refused.value)
        assert "is damaged" in message and "tracker restore" in message and str(backup.backup_dir(path)) in message
    assert backup.list_backups(path) == good and all(b.path.exists() for b in good)
    assert not list(backup.backup_dir(path).glob("*.part"))


def test_a_manual_backup_of_a_damaged_database_is_refused(tmp_path):
    path = populated(tmp_path / "tracker.db", trades=40)
    damage_a_page(path)
    db = sqlite3.connect(path)
    from sqlite_utils import Database
    with pytest.raises(DatabaseProblem, match="damaged"):
        backup.make_backup(Database(db), path)
    db.close()
    assert backup.list_backups(path) == []


# --- 5: restore validates the schema --------------------------------------------------------------
def _live_and_backup(tmp_path):
    live = populated(tmp_path / "tracker.db")
    with Tracker(live, make_backups=False) as t:
        saved = t.backup(tmp_path / "saved.db")
    return live, saved


def test_round_trip_backup_restore_is_equal_row_for_row(tmp_path):
    live, saved = _live_and_backup(tmp_path)
    snapshot = rows(live)
    with Tracker(live, make_backups=False) as t:
        t.delete_fee(t.fees()[0].id)
        t.delete_dividend(t.dividends()[0].id)
        t.add_trade(t.trades()[0].__class__("9988.HK", "buy", t.trades()[0].trade_date.replace(year=2024),
                                            t.trades()[0].quantity, t.trades()[0].price))
    assert rows(live) != snapshot
    done = Tracker.restore(live, saved)
    assert rows(live) == snapshot            # every table, the migrations record and sequences too
    assert done.safety and rows(done.safety)["fees"] == []


@pytest.mark.parametrize("spoil, why", [
    ("ALTER TABLE trades DROP COLUMN note", "trades table lacks column note"),
    ("DROP TABLE fees", "has a fees table"),
    ("ALTER TABLE trades ADD COLUMN colour TEXT", "unknown column colour"),
    (f"PRAGMA user_version = {SCHEMA_VERSION + 1}", "newer version"),
    ("DELETE FROM _sqlite_migrations WHERE name LIKE 'm002%'", "recorded migrations"),
])
def test_restore_refuses_a_file_whose_schema_is_not_this_versions(tmp_path, spoil, why):
    live, saved = _live_and_backup(tmp_path)
    conn = sqlite3.connect(saved)
    conn.execute(spoil)
    conn.commit()
    conn.close()
    before = facts(live)
    with pytest.raises(TrackerError, match=why):
        Tracker.restore(live, saved)
    assert facts(live) == before and backup.list_backups(live) == []


@pytest.mark.parametrize("kind", ["corrupt", "garbage", "foreign", "missing", "empty"])
def test_restore_refuses_a_bad_file_without_touching_the_live_database(tmp_path, kind):
    live, saved = _live_and_backup(tmp_path)
    bad = tmp_path / "bad.db"
    if kind == "corrupt":
        populated(bad, trades=40)
        damage_a_page(bad)
    elif kind == "garbage":
        bad.write_bytes(b"nope" * 1000)
    elif kind == "foreign":
        foreign_file(bad, 1)
    elif kind == "empty":
        bad.write_bytes(b"")
    before = facts(live)
    with pytest.raises(TrackerError):
        Tracker.restore(live, bad)
    assert facts(live) == before and backup.list_backups(live) == []


def test_a_csv_picked_as_a_backup_is_named_for_what_it_is(tmp_path):
    """Not "damaged beyond repair" (that is said of a database that cannot be read): a text file
    picked by mistake, the way to read it, and the database untouched."""
    live, _ = _live_and_backup(tmp_path)
    picked = tmp_path / "trades.csv"
    picked.write_text("date,symbol,side,quantity,price\n2024-03-01,BABA,buy,10,80\n")
    before = facts(live)
    with pytest.raises(TrackerError) as refused:
        Tracker.restore(live, picked)
    message = str(refused.value)
    assert message.startswith(f"{picked} is not a Tracker backup: it is not an SQLite database file; nothing was "
                              "changed.")
    assert "tracker trades import" in message and "damaged" not in message
    assert facts(live) == before and backup.list_backups(live) == []


# --- 6: names that are not plain in a URI --------------------------------------------------------
@pytest.mark.parametrize("name", ["backup#2.db", "50%25 off.db", "why?.db", "a#b%c?d.db"])
def test_restore_from_a_file_whose_name_has_uri_characters(tmp_path, name):
    live = populated(tmp_path / "tracker.db", trades=1)
    decoy_folder = tmp_path / "decoys"
    decoy_folder.mkdir()
    for decoy in ("backup", "50", "why", "a"):                 # what an unescaped URI would open
        populated(decoy_folder / decoy, trades=5)
    folder = tmp_path / "odd #%? folder"
    folder.mkdir()
    source = populated(folder / name, trades=2)
    shutil.copytree(decoy_folder, folder, dirs_exist_ok=True)
    Tracker.restore(live, source)
    with Tracker(live, make_backups=False) as t:
        assert len(t.trades()) == 2
    with Tracker(folder / name, make_backups=False) as t:        # opening and backing it up works too
        assert t.backup().exists()


# --- 7: restore over a damaged database ------------------------------------------------------------
@pytest.mark.parametrize("damage", ["page", "header"])
def test_restore_over_a_damaged_database_moves_it_aside_and_restores(tmp_path, damage):
    live, saved = _live_and_backup(tmp_path)
    if damage == "page":
        populated(tmp_path / "big.db", trades=40).replace(live)
        damage_a_page(live)
    else:
        live.write_bytes(b"\x00garbage" * 4096)
    damaged_bytes = live.read_bytes()
    done = Tracker.restore(live, saved)
    assert done.set_aside is not None and done.set_aside.read_bytes() == damaged_bytes
    assert done.set_aside.parent == backup.backup_dir(live)
    assert done.set_aside not in [b.path for b in backup.list_backups(live)]
    with Tracker(live, make_backups=False) as t:
        assert len(t.trades()) == 3


# --- 8: backups open on read-only media -----------------------------------------------------------
def test_backups_are_written_in_rollback_journal_mode(tmp_path):
    path = populated(tmp_path / "tracker.db")
    with Tracker(path, make_backups=False) as t:
        written = [t.backup(), t.backup(tmp_path / "to.db")]
    for file in written:
        assert file.read_bytes()[18:20] == b"\x01\x01"         # 2, 2 would be WAL
        assert not list(file.parent.glob(f"{file.name}-*"))


# --- stale sidecars beside a restored file ---------------------------------------------------------
def test_a_stale_wal_beside_the_backup_is_not_replayed_into_the_restore(tmp_path):
    live, saved = _live_and_backup(tmp_path)
    expected = rows(saved)
    shutil.copy(stale_wal_of_another_database(tmp_path), f"{saved}-wal")
    Tracker.restore(live, saved)
    assert _without_migrations_table(rows(live)) == _without_migrations_table(expected)


def test_leftover_wal_where_the_database_was_is_set_aside_before_restoring(tmp_path):
    live, saved = _live_and_backup(tmp_path)
    expected = rows(saved)
    live.unlink()
    shutil.copy(stale_wal_of_another_database(tmp_path), f"{live}-wal")
    Tracker.restore(live, saved)
    assert rows(live) == expected and not (tmp_path / "tracker.db-wal").exists()
    assert list(backup.backup_dir(live).glob("tracker.db.*.leftover-wal"))


# --- 10: a foreign file is never written -----------------------------------------------------------
@pytest.mark.parametrize("version", [0, 1])
def test_a_foreign_sqlite_file_with_an_instruments_table_is_never_modified(tmp_path, version):
    path = foreign_file(tmp_path / "their.db", version)
    before = facts(path)
    with pytest.raises(TrackerError, match="not a Tracker database"):
        Tracker(path)
    assert facts(path) == before
    assert not backup.backup_dir(path).exists()
    live = populated(tmp_path / "tracker.db")
    with pytest.raises(TrackerError, match="not a Tracker database"):
        Tracker.restore(path, live)                 # nor replaced by a restore
    assert facts(path) == before


def test_restore_is_refused_while_a_window_holds_the_database(tmp_path):
    from tests.safety.support import hold_lock
    from tracker.store.lock import WINDOW
    live, saved = _live_and_backup(tmp_path)
    with Tracker(live, make_backups=False) as t:
        t.delete_fee(t.fees()[0].id)
    before = facts(live)
    holder = hold_lock(live, WINDOW, 30)
    try:
        with pytest.raises(TrackerError, match="open for writing in a Tracker window"):
            Tracker.restore(live, saved, wait_s=0.2)
    finally:
        holder.kill()
        holder.wait()
    assert facts(live) == before and backup.list_backups(live) == []


def test_a_read_only_open_refuses_a_foreign_file_at_this_schema_version(tmp_path):
    from tracker.app.tracker import READ
    path = foreign_file(tmp_path / "their.db", SCHEMA_VERSION)
    before = facts(path)
    with pytest.raises(TrackerError, match="not a Tracker database"):
        Tracker(path, access=READ)
    assert facts(path) == before


def test_copies_left_half_written_by_a_killed_backup_are_removed(tmp_path):
    """A killed backup leaves a `.part` as large as the database; the next backup removes it once
    it is clearly abandoned (an hour old), and never one still being written."""
    import os
    import time as clock
    from tracker.app.tracker import Tracker
    db = tmp_path / "t.db"
    with Tracker(db, create=True) as t:
        folder = backup.backup_dir(db)
        folder.mkdir(exist_ok=True)
        old = folder / "t.db.20260101-000000-000000.manual.db.part"
        fresh = folder / "t.db.20261201-000000-000000.manual.db.part-journal"
        other = folder / "other.db.20260101-000000-000000.manual.db.part"
        for leftover in (old, fresh, other):
            leftover.write_bytes(b"x" * 100)
        hour_ago = clock.time() - 2 * 3600
        os.utime(old, (hour_ago, hour_ago))
        os.utime(other, (hour_ago, hour_ago))
        t.backup()
    assert not old.exists() and fresh.exists() and other.exists()
