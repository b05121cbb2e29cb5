"""A schema-4 database holding the bundle of the previous release and the user's own rows, opened by
this build: migration m005 adds the source quality and the declared dividends, the new bundled facts
arrive, and nothing the user entered or corrected is overwritten."""
from dataclasses import replace
from datetime import date
from decimal import Decimal as D

import pytest

from tracker.store import backup, buybacks, declared_dividends, earnings
from tracker.store.db import connect, open_database, schema_version
from tracker.store.migrations import SCHEMA_VERSION, migrations

M, B = D(1_000_000), D(1_000_000_000)
ADDED_QUARTERS = ("FY2026Q3", "FY2026Q4")     # results the December 2026 update added


def _previous_earnings():
    """The results as the previous release bundled them: without the two quarters the update added
    and without the FY2026Q1/Q2 EPS it filled in."""
    previous = []
    for e in earnings.load_bundled():
        if e.fiscal_period in ADDED_QUARTERS:
            continue
        if e.fiscal_period == "FY2026Q1":
            e = replace(e, eps_diluted_rmb=None, eps_diluted_usd=None)
        if e.fiscal_period == "FY2026Q2":
            e = replace(e, eps_diluted_rmb=None, eps_diluted_usd=None, eps_non_gaap_rmb=None)
        previous.append(e)
    return previous


def _previous_quarters():
    """Buyback quarters as previously bundled: up to September 2025, FY2026Q1 an empty placeholder."""
    previous = []
    for q in buybacks.read_bundled_quarters():
        if q.quarter_end > date(2025, 9, 30):
            continue
        if q.quarter_end == date(2025, 6, 30):
            q = replace(q, amount_usd=None, shares_repurchased_ads=None, remaining_usd=None, source="",
                        note="Quarter figure not found (Jul-2025 update not in sources read).")
        previous.append(q)
    return previous


def _schema_4_database(path):
    """What the previous release leaves on disk: schema 4, its bundle loaded (recorded as synced),
    and the user's rows: an edited results row, a results row of their own, an edited buyback
    quarter and a buyback quarter of their own."""
    db = connect(path)
    migrations.apply(db, stop_before="m005_source_quality_and_declared_dividends")
    db.execute("PRAGMA user_version = 4")
    db.execute("PRAGMA journal_mode = WAL")
    event_columns = {c.name for c in db["earnings_events"].columns} - {"id"}
    quarter_columns = {c.name for c in db["buyback_quarters"].columns} - {"id"}
    assert "source_quality" not in event_columns | quarter_columns
    assert "declared_dividends" not in db.table_names()
    with db.atomic():
        for event in _previous_earnings():
            row = earnings._row(event)
            if event.fiscal_period == "FY2026Q1":          # the user typed the GAAP EPS in
                row.update(eps_diluted_rmb="18.00", origin="edited", note="from the 6-K")
            db["earnings_events"].insert({k: v for k, v in row.items() if k in event_columns})
        db["earnings_events"].insert({"fiscal_period": "FY2026Q3", "period_end": "2025-12-31",
                                      "release_date": "2026-02-19", "session": "before",
                                      "revenue_rmb_bn": "285", "origin": "user"})
        for q in _previous_quarters():
            row = buybacks._quarter_row(q)
            if q.quarter_end == date(2025, 6, 30):          # the user filled the empty quarter
                row.update(amount_usd="900000000", origin="edited")
            db["buyback_quarters"].insert({k: v for k, v in row.items() if k in quarter_columns})
        db["buyback_quarters"].insert({"quarter_end": "2020-03-31", "amount_usd": "500000000",
                                       "origin": "user"})
        db["buyback_programs"].insert_all(buybacks._program_row(text, p)
                                          for text, p in buybacks.read_bundled_programs())
        # the previous build recorded its sync, so an unchanged bundle would be skipped
        for key, value in ((earnings.SHA_KEY, "synced by the previous release"),
                           (earnings.COLUMNS_KEY, ",".join(c for c in earnings._FIELDS if c != "source_quality")),
                           (buybacks.META_KEY, "synced by the previous release")):
            earnings.set_meta(db, key, value)
    db.close()


@pytest.fixture
def upgraded(tmp_path):
    path = tmp_path / "old.db"
    _schema_4_database(path)
    db = open_database(path)
    yield path, db
    db.close()


def test_the_upgrade_backs_up_first_and_reaches_this_schema(upgraded):
    path, db = upgraded
    assert schema_version(db) == SCHEMA_VERSION >= 5
    assert any(f"before-v{SCHEMA_VERSION}" in p.name for p in backup.list_backups(path))
    for table in ("earnings_events", "buyback_quarters", "declared_dividends"):
        assert "source_quality" in {c.name for c in db[table].columns}


def test_new_results_arrive_and_the_users_results_stay(upgraded):
    _path, db = upgraded
    events = {e.fiscal_period: e for e in earnings.load_events(db)}
    assert len(events) == 30
    q4 = events["FY2026Q4"]                                      # new in the bundle
    assert (q4.origin, q4.release_date, q4.revenue_rmb_bn, q4.source_quality) == \
        ("bundled", date(2026, 5, 13), D("243.380"), "primary")
    mine = events["FY2026Q3"]                                    # the user's row beats the bundle's
    assert (mine.origin, mine.release_date, mine.revenue_rmb_bn) == ("user", date(2026, 2, 19), D("285"))
    assert mine.source_quality == ""
    edited = events["FY2026Q1"]                                  # the user's correction stays...
    assert (edited.origin, edited.eps_diluted_rmb, edited.note) == ("edited", D("18.00"), "from the 6-K")
    assert edited.eps_diluted_usd is None                        # ...and no bundled figure is mixed in
    assert edited.source_quality == "secondary"                  # only the new column is filled
    q2 = events["FY2026Q2"]                                      # a bundled row follows the bundle
    assert (q2.eps_diluted_rmb, q2.eps_non_gaap_rmb, q2.source_quality) == (D("8.75"), D("4.36"), "secondary")


def test_new_buyback_facts_arrive_and_the_users_quarters_stay(upgraded):
    _path, db = upgraded
    quarters = {q.quarter_end: q for q in buybacks.load_quarters(db)}
    assert len(quarters) == 27                                   # 26 bundled + the user's own
    jun25 = quarters[date(2025, 6, 30)]                          # the user's figure, not the bundle's 815M
    assert (jun25.origin, jun25.amount_usd, jun25.shares_repurchased_ads) == ("edited", D("0.9") * B, None)
    assert jun25.source_quality == "secondary"
    assert quarters[date(2020, 3, 31)].origin == "user"
    assert quarters[date(2020, 3, 31)].amount_usd == D("0.5") * B
    placing = quarters[date(2026, 9, 30)]                        # a note-only quarter, no invented count
    assert placing.outstanding_ads is None and "HK$80 BILLION PLACING" in placing.note
    assert quarters[date(2024, 9, 30)].source_quality == "primary"


def test_declared_dividends_are_loaded_as_reference_data(upgraded):
    _path, db = upgraded
    declared = declared_dividends.load(db)
    assert [(d.fiscal_year, d.kind) for d in declared] == [
        ("FY2023", "annual"), ("FY2024", "annual"), ("FY2024", "special"),
        ("FY2025", "annual"), ("FY2025", "special"), ("FY2026", "annual")]
    fy26 = declared[-1]
    assert (fy26.per_ads_usd, fy26.ex_date, fy26.hk_ex_date, fy26.source_quality) == \
        (D("1.05"), date(2026, 6, 11), date(2026, 6, 10), "secondary")
    raw = db.execute("SELECT per_share_usd, typeof(per_share_usd) FROM declared_dividends "
                     "WHERE fiscal_year = 'FY2026'").fetchone()
    assert raw == ("0.13125", "text")                             # money stays exact text


def test_reopening_after_the_upgrade_changes_nothing(upgraded):
    path, db = upgraded
    before = [list(db[t].rows) for t in ("earnings_events", "buyback_quarters", "declared_dividends")]
    db.close()
    again = open_database(path)
    try:
        assert [list(again[t].rows) for t in ("earnings_events", "buyback_quarters", "declared_dividends")] == before
        assert earnings.sync_bundled(again) == 0 and buybacks.sync_bundled(again) is False
        assert declared_dividends.sync_bundled(again) is False
    finally:
        again.close()

