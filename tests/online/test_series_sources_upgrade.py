"""A schema-5 database, bars already imported, opened by this build: migration m006 adds the
series' source records; the old bars keep working and simply have no source until the next write."""
from __future__ import annotations

from tests.shared_data import shared_file
from tracker.app.tracker import Tracker
from tracker.store.db import connect, schema_version
from tracker.store.migrations import SCHEMA_VERSION


def _as_schema_5(path) -> None:
    """Take this build's database back to how schema 5 left it (no series_sources)."""
    db = connect(path)
    for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                              "AND tbl_name = 'series_sources'").fetchall():
        db.execute(f"DROP TRIGGER {name}")
    db.execute("DROP TABLE series_sources")
    db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm006_series_sources'")
    for column in ("received", "received_currency", "fx_rate"):      # and the later m007's columns
        db.execute(f"ALTER TABLE dividends DROP COLUMN {column}")
    db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm007_dividends_received'")
    db.execute("PRAGMA user_version = 5")
    db.close()


def test_bars_imported_before_the_upgrade_have_no_source_until_the_next_write(db_path):
    with Tracker(db_path) as t:
        t.import_prices(shared_file("prices_BABA_daily.csv"), "BABA")
    _as_schema_5(db_path)
    with Tracker(db_path) as t:
        assert schema_version(t.db) == SCHEMA_VERSION >= 6
        before = t.price_updates.freshness()["BABA"]
        assert (before.origin, before.name, before.updated_at) == (None, "", None)
        assert before.source_text() == "" and before.last_bar is not None
        t.import_prices(shared_file("prices_BABA_daily_2024_2026.csv"), "BABA")
        assert t.price_updates.freshness()["BABA"].source_text() == "from file prices_BABA_daily_2024_2026.csv"
