"""Bundled results data: it matches the sourced facts, loads on every open, never overwrites the user."""
import csv
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from tests.shared_data import shared_file

from tracker.store import earnings as store
from tracker.store.db import connect
from tracker.store.migrations import migrations

SESSION_WORDS = {"before-market": "before", "after-market": "after", "": None}


@pytest.fixture
def db(tmp_path):
    db = connect(tmp_path / "store.db")
    migrations.apply(db)
    yield db
    db.close()


def _dec(text):
    return Decimal(text) if text else None


def test_bundled_rows_match_the_shared_csv():
    path = shared_file("earnings.csv")
    with path.open(newline="", encoding="utf-8") as f:
        shared = list(csv.DictReader(f))
    bundled = {e.fiscal_period: e for e in store.load_bundled()}
    assert len(bundled) == len(shared) == 28
    for row in shared:
        e = bundled[row["fiscal_period"]]
        assert e.period_end == date.fromisoformat(row["period_end"])
        assert e.release_date == (date.fromisoformat(row["release_date"]) if row["release_date"] else None)
        assert e.session == SESSION_WORDS[row["session"]]
        assert e.revenue_rmb_bn == _dec(row["revenue_rmb_bn"])
        assert e.eps_diluted_rmb == _dec(row["diluted_eps_per_ads_rmb"])
        assert e.eps_non_gaap_rmb == _dec(row["non_gaap_diluted_eps_per_ads_rmb"])
        assert (e.consensus_revenue or "") == row["consensus_revenue"]
        assert (e.consensus_eps or "") == row["consensus_eps"]
        assert e.source == row["source_url"] and e.source
        assert e.note.startswith(row["note"])
        assert e.origin == "bundled"
    # two spot checks typed by hand from the releases
    assert bundled["FY2026Q2"].revenue_rmb_bn == Decimal("247.795")
    assert bundled["FY2022Q3"].consensus_eps_rmb == Decimal("16.18")


def test_sync_loads_everything_once_and_is_idempotent(db):
    assert store.sync_bundled(db) == 28
    assert store.sync_bundled(db) == 0                  # unchanged file: skipped by its hash
    assert store.sync_bundled(db, force=True) == 0      # and nothing to change anyway
    events = store.load_events(db)
    assert [e.fiscal_period for e in events][:2] == ["FY2019Q3", "FY2019Q4"]
    assert events[-1].fiscal_period == "FY2026Q2" and events[-1].release_date == date(2025, 11, 25)
    # money stays exact text in SQLite
    raw = db.execute("SELECT revenue_rmb_bn, typeof(revenue_rmb_bn) FROM earnings_events "
                     "WHERE fiscal_period = 'FY2026Q2'").fetchone()
    assert raw == ("247.795", "text")


def _new_bundle(tmp_path, edit):
    """A copy of the bundled file with `edit(line) -> line` applied to data lines."""
    text = store.bundled_path().read_text(encoding="utf-8")
    path = tmp_path / "earnings.csv"
    path.write_text("\n".join(edit(line) if line.startswith("FY") else line for line in text.splitlines()) + "\n",
                    encoding="utf-8")
    return path


def test_user_edit_survives_a_reload_of_bundled_data(db, tmp_path):
    store.sync_bundled(db)
    edited = store.get_event(db, "FY2025Q3")
    with db.atomic():
        store.update_event(db, replace(edited, release_date=date(2025, 2, 21), origin="edited"))
        store.insert_event(db, store.EarningsEvent("FY2026Q3", date(2025, 12, 31), date(2026, 2, 19),
                                                   "before", origin="user"))
    # a new app version ships corrected figures for every quarter
    newer = _new_bundle(tmp_path, lambda line: line.replace(",before,", ",after,", 1))
    changed = store.sync_bundled(db, newer)
    assert changed > 0
    assert store.get_event(db, "FY2025Q3").release_date == date(2025, 2, 21)     # the user's edit
    assert store.get_event(db, "FY2025Q3").origin == "edited"
    assert store.get_event(db, "FY2026Q3").origin == "user"                       # the user's row
    assert store.get_event(db, "FY2025Q4").session == "after"                      # bundled follows
    # reopening with the original file restores bundled rows, the user's rows still untouched
    store.sync_bundled(db)
    assert store.get_event(db, "FY2025Q4").session == "before"
    assert store.get_event(db, "FY2025Q3").release_date == date(2025, 2, 21)


def test_quarter_dropped_from_the_bundle_disappears_unless_the_user_owns_it(db, tmp_path):
    store.sync_bundled(db)
    smaller = _new_bundle(tmp_path, lambda line: "" if line.startswith(("FY2019Q3", "FY2019Q4")) else line)
    with db.atomic():
        e = store.get_event(db, "FY2019Q4")
        store.update_event(db, replace(e, note="checked", origin="edited"))
    store.sync_bundled(db, smaller)
    assert store.get_event(db, "FY2019Q3") is None
    assert store.get_event(db, "FY2019Q4").note == "checked"
