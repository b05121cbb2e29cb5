"""A schema-5 database, bars already imported, opened by this build: migration m006 adds the
series' source records; the old bars keep working and simply have no source until the next write.

The database is the schema-5 fixture, written by the app version that shipped schema 5 (with
real BABA bars in it; see tests/store/fixtures/make_schema_fixtures.py)."""
from __future__ import annotations

import shutil
from pathlib import Path

from tests.shared_data import shared_file
from tracker.app.tracker import Tracker
from tracker.store.db import schema_version
from tracker.store.migrations import SCHEMA_VERSION

SCHEMA_5 = Path(__file__).resolve().parents[1] / "store" / "fixtures" / "schema_v5.db"


def test_bars_imported_before_the_upgrade_have_no_source_until_the_next_write(tmp_path):
    db_path = tmp_path / "tracker.db"
    shutil.copyfile(SCHEMA_5, db_path)
    with Tracker(db_path) as t:
        assert schema_version(t.db) == SCHEMA_VERSION >= 6
        before = t.price_updates.freshness()["BABA"]
        assert (before.origin, before.name, before.updated_at) == (None, "", None)
        assert before.source_text() == "" and before.last_bar is not None
        t.import_prices(shared_file("prices_BABA_daily_2024_2026.csv"), "BABA")
        assert t.price_updates.freshness()["BABA"].source_text() == "from file prices_BABA_daily_2024_2026.csv"
