"""Opening, migrating, refusing and backing up the database file."""
import sqlite3
from decimal import Decimal

import pytest

from tracker.errors import TrackerError
from tracker.store import backup
from tracker.store.db import open_database, schema_version
from tracker.store.migrations import SCHEMA_VERSION


def test_new_database_is_created_with_schema_pragmas_and_instruments(tmp_path):
    path = tmp_path / "sub" / "new.db"
    db = open_database(path)
    assert path.exists()
    assert schema_version(db) == SCHEMA_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    baba, hk = (db["instruments"].get(s) for s in ("BABA", "9988.HK"))
    assert (baba["exchange"], baba["currency"], baba["kind"], baba["ordinary_per_unit"],
            baba["first_trading_day"]) == ("NYSE", "USD", "ADS", "8", "2014-09-19")
    assert (hk["exchange"], hk["currency"], hk["kind"], hk["ordinary_per_unit"],
            hk["first_trading_day"]) == ("HKEX", "HKD", "ORD", "1", "2019-11-26")


def test_money_columns_are_text_never_real(tmp_path):
    db = open_database(tmp_path / "t.db")
    money = {"trades": ["quantity", "price", "fee"], "dividends": ["gross", "withholding", "fee"],
             "conversions": ["quantity", "fee", "fx_rate"], "fees": ["amount"]}
    for table, columns in money.items():
        types = {c.name: c.type for c in db[table].columns}
        for column in columns:
            assert types[column] == "TEXT", (table, column)


def test_reopening_is_idempotent(tmp_path):
    path = tmp_path / "t.db"
    open_database(path).close()
    db = open_database(path)
    assert db["instruments"].count_where("kind IN ('ADS', 'ORD')") == 2
    assert db["instruments"].count_where("kind = 'FX'") == 2        # USDHKD, USDCNY
    assert db["corporate_actions"].count == 2


def test_database_from_a_newer_app_is_refused_untouched(tmp_path):
    path = tmp_path / "t.db"
    db = open_database(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    before = path.read_bytes()
    with pytest.raises(TrackerError, match="newer version of Tracker"):
        open_database(path)
    assert path.read_bytes() == before


def test_foreign_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()
    with pytest.raises(TrackerError, match="not a Tracker database"):
        open_database(path)


def test_garbage_file_is_refused(tmp_path):
    path = tmp_path / "garbage.db"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(TrackerError, match="not a Tracker database"):
        open_database(path)


def test_pending_migration_takes_a_backup_first(tmp_path, monkeypatch):
    from tracker.store import migrations as m
    path = tmp_path / "t.db"
    open_database(path).close()

    @m.migrations(name="m999_test_add_column")
    def _add(db):
        db.execute("ALTER TABLE trades ADD COLUMN extra TEXT")
    try:
        monkeypatch.setattr("tracker.store.db.SCHEMA_VERSION", SCHEMA_VERSION + 1)
        db = open_database(path)
        assert "extra" in {c.name for c in db["trades"].columns}
        assert schema_version(db) == SCHEMA_VERSION + 1
        names = [p.name for p in backup.list_backups(path)]
        assert any("before-v" in n for n in names)
    finally:
        m.migrations._migrations.pop()


def test_daily_backup_happens_once_a_day_and_keeps_ten(tmp_path):
    path = tmp_path / "t.db"
    open_database(path).close()
    assert backup.list_backups(path) == []          # nothing to protect on creation
    open_database(path).close()
    open_database(path).close()
    assert len(backup.list_backups(path)) == 1       # at most once a day
    db = open_database(path)
    for _ in range(14):
        backup.make_backup(db, path, reason=f"manual")
        import time; time.sleep(0.001)
    assert len(backup.list_backups(path)) <= backup.KEEP


def test_backup_is_a_consistent_database_with_the_data(tracker, tmp_path):
    from datetime import date
    from tracker.domain.model import Trade
    tracker.add_trade(Trade("BABA", "buy", date(2020, 1, 2), Decimal(10), Decimal("210.5")))
    out = tracker.backup(tmp_path / "copy.db")
    conn = sqlite3.connect(out)
    assert conn.execute("SELECT quantity, price FROM trades").fetchall() == [("10", "210.5")]
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_restore_validates_before_replacing(tracker, tmp_path):
    from datetime import date
    from tracker.app.tracker import Tracker
    from tracker.domain.model import Trade
    tracker.add_trade(Trade("BABA", "buy", date(2020, 1, 2), Decimal(10), Decimal("210.5")))
    saved = tracker.backup(tmp_path / "good.db")
    tracker.add_trade(Trade("BABA", "buy", date(2021, 1, 4), Decimal(5), Decimal("220")))
    path = tracker.path
    tracker.close()

    bad = tmp_path / "bad.db"
    bad.write_bytes(b"nope" * 1000)
    with pytest.raises(TrackerError):
        Tracker.restore(path, bad)
    with Tracker(path) as t:
        assert len(t.trades()) == 2                   # untouched by the refused restore

    safety = Tracker.restore(path, saved).safety
    assert safety is not None and safety.exists()
    with Tracker(path) as t:
        assert [x.quantity for x in t.trades()] == [Decimal(10)]
