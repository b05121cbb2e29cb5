"""Bundled results data: it matches the sourced facts, loads on every open, never overwrites the user."""
import csv
import hashlib
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from tests.shared_data import TODAY, flagged_secondary, only_filings, shared_file

from tracker.app.tracker import Tracker
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
    assert len(bundled) == len(shared) == 30
    for row in shared:
        e = bundled[row["fiscal_period"]]
        assert e.period_end == date.fromisoformat(row["period_end"])
        assert e.release_date == (date.fromisoformat(row["release_date"]) if row["release_date"] else None)
        assert e.session == SESSION_WORDS[row["session"]]
        assert e.revenue_rmb_bn == _dec(row["revenue_rmb_bn"])
        assert e.eps_diluted_rmb == _dec(row["diluted_eps_per_ads_rmb"])
        assert e.eps_non_gaap_rmb == _dec(row["non_gaap_diluted_eps_per_ads_rmb"])
        assert e.revenue_usd_bn == _dec(row["revenue_usd_bn"])
        assert e.eps_diluted_usd == _dec(row["diluted_eps_per_ads_usd"])
        assert e.eps_non_gaap_usd == _dec(row["non_gaap_diluted_eps_per_ads_usd"])
        assert (e.consensus_revenue or "") == row["consensus_revenue"]
        assert (e.consensus_eps or "") == row["consensus_eps"]
        assert e.source == row["source_url"] and e.source
        assert e.note.startswith(row["note"])
        assert e.origin == "bundled"
    # two spot checks typed by hand from the releases
    assert bundled["FY2026Q2"].revenue_rmb_bn == Decimal("247.795")
    assert bundled["FY2022Q3"].consensus_eps_rmb == Decimal("16.18")
    assert bundled["FY2021Q2"].revenue_usd_bn == Decimal("22.84")        # a quarter sourced in US$ only
    assert bundled["FY2021Q2"].revenue_rmb_bn is None
    assert bundled["FY2024Q3"].eps_diluted_usd == Decimal("0.80")
    assert sum(e.revenue_usd_bn is not None for e in bundled.values()) == 25
    assert bundled["FY2026Q4"].revenue_rmb_bn == Decimal("243.380")
    assert bundled["FY2026Q4"].release_date == date(2026, 5, 13)
    assert bundled["FY2026Q1"].eps_diluted_usd == Decimal("2.51")


def test_each_release_says_how_good_its_source_is():
    path = shared_file("earnings.csv")
    with path.open(newline="", encoding="utf-8") as f:
        shared = {r["fiscal_period"]: r for r in csv.DictReader(f)}
    bundled = {e.fiscal_period: e for e in store.load_bundled()}
    for period, row in shared.items():
        quality = bundled[period].source_quality
        if flagged_secondary(row["note"]):
            assert quality == "secondary", period
        elif only_filings(row["source_url"]):
            assert quality == "primary", period
        assert quality in ("primary", "secondary"), period         # every release cites a source
    # FY2026Q1's GAAP EPS was read in Chinese-language summaries; FY2026Q4 in the BusinessWire release
    assert bundled["FY2026Q1"].source_quality == "secondary"
    assert bundled["FY2026Q4"].source_quality == "primary"
    assert bundled["FY2019Q3"].source_quality == "secondary"          # a Benzinga preview only


def test_sync_loads_everything_once_and_is_idempotent(db):
    assert store.sync_bundled(db) == 30
    assert store.sync_bundled(db) == 0                  # unchanged file: skipped by its hash
    assert store.sync_bundled(db, force=True) == 0      # and nothing to change anyway
    events = store.load_events(db)
    assert [e.fiscal_period for e in events][:2] == ["FY2019Q3", "FY2019Q4"]
    assert events[-1].fiscal_period == "FY2026Q4" and events[-1].release_date == date(2026, 5, 13)
    # money stays exact text in SQLite
    raw = db.execute("SELECT revenue_rmb_bn, typeof(revenue_rmb_bn) FROM earnings_events "
                     "WHERE fiscal_period = 'FY2026Q2'").fetchone()
    assert raw == ("247.795", "text")
    raw = db.execute("SELECT revenue_usd_bn, eps_non_gaap_usd, typeof(eps_non_gaap_usd) FROM earnings_events "
                     "WHERE fiscal_period = 'FY2024Q4'").fetchone()
    assert raw == ("30.73", "1.4", "text")


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
        store.insert_event(db, store.EarningsEvent("FY2027Q1", date(2026, 6, 30), date(2026, 8, 10),
                                                   "before", origin="user"))
    # a new app version ships corrected figures for every quarter
    newer = _new_bundle(tmp_path, lambda line: line.replace(",before,", ",after,", 1))
    changed = store.sync_bundled(db, newer)
    assert changed > 0
    assert store.get_event(db, "FY2025Q3").release_date == date(2025, 2, 21)     # the user's edit
    assert store.get_event(db, "FY2025Q3").origin == "edited"
    assert store.get_event(db, "FY2027Q1").origin == "user"                       # the user's row
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


# --- a database from before the US$ columns (schema 1) -------------------------------------------------
USD_COLUMNS = ("revenue_usd_bn", "eps_diluted_usd", "eps_non_gaap_usd")


def _schema_1_database(path):
    """What the previous version left on disk: schema 1, the bundled rows loaded without US$ figures
    and the bundled file's hash recorded, so an unchanged file would be skipped on the next open."""
    db = connect(path)
    migrations.apply(db, stop_before="m002_earnings_usd")
    db.execute("PRAGMA user_version = 1")
    columns = [c.name for c in db["earnings_events"].columns if c.name != "id"]
    assert not set(USD_COLUMNS) & set(columns)
    with db.atomic():
        for event in store.load_bundled():
            row = store._row(event)
            db["earnings_events"].insert({name: row[name] for name in columns})
        store.set_meta(db, store.SHA_KEY, hashlib.sha256(store.bundled_path().read_bytes()).hexdigest())
        edited = db.execute("SELECT id FROM earnings_events WHERE fiscal_period = 'FY2024Q4'").fetchone()[0]
        db["earnings_events"].update(edited, {"origin": "edited", "note": "my note"})
    db.close()


def test_a_database_synced_before_the_us_dollar_columns_gets_them_on_reopen(tmp_path):
    path = tmp_path / "old.db"
    _schema_1_database(path)
    with Tracker(path, today=TODAY) as t:
        events = {e.fiscal_period: e for e in t.earnings.events()}
        assert events["FY2021Q2"].revenue_usd_bn == Decimal("22.84")
        assert events["FY2020Q4"].eps_non_gaap_usd == Decimal("1.30")
        assert events["FY2024Q3"].eps_diluted_usd == Decimal("0.80")
        # the user's edited row keeps the user's change and gains the columns it never had
        assert events["FY2024Q4"].origin == "edited" and events["FY2024Q4"].note == "my note"
        assert events["FY2024Q4"].revenue_usd_bn == Decimal("30.73")
        # ...so its US$ surprise shows
        assert next(r for r in t.earnings.results() if r.event.fiscal_period == "FY2024Q4").eps_surprise \
            == pytest.approx(1.40 / 1.41 - 1)
    with Tracker(path) as t:                     # the next open skips the sync again
        assert store.sync_bundled(t.db) == 0


def test_new_columns_are_filled_into_an_edited_row_only_where_empty(db):
    store.sync_bundled(db)
    with db.atomic():
        e = store.get_event(db, "FY2021Q1")
        store.update_event(db, replace(e, revenue_usd_bn=Decimal("21.8"), eps_non_gaap_usd=None, origin="edited"))
        store.set_meta(db, store.SHA_KEY, "from an older build")
        store.set_meta(db, store.COLUMNS_KEY, ",".join(c for c in store._FIELDS if c not in USD_COLUMNS))
    store.sync_bundled(db)
    e = store.get_event(db, "FY2021Q1")
    assert e.revenue_usd_bn == Decimal("21.8")                # the user's value stays
    assert e.eps_non_gaap_usd == Decimal("2.10")              # the empty new column is filled
    # once the columns are recorded, a user's later blank stays blank
    with db.atomic():
        store.update_event(db, replace(e, eps_non_gaap_usd=None))
    store.sync_bundled(db, force=True)
    assert store.get_event(db, "FY2021Q1").eps_non_gaap_usd is None


def test_an_unknown_source_quality_in_the_bundle_is_refused_naming_the_row(db, tmp_path):
    bad = _new_bundle(tmp_path, lambda line: line[:-len(",primary")] + ",tertiary"
                      if line.startswith("FY2025Q4") else line)
    from tracker.store.bundled import BundledDataError
    with pytest.raises(BundledDataError, match="earnings.csv FY2025Q4: source_quality must be one of"):
        store.sync_bundled(db, bad)
    assert store.load_events(db) == []                      # nothing half-loaded
