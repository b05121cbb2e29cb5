"""Bundled declared dividends: faithful to the sourced facts, and what one comes to on a holding."""
import csv
from datetime import date
from decimal import Decimal as D

import pytest

from tests.shared_data import readable, shared_file
from tracker import paths
from tracker.domain.model import Trade
from tracker.store import declared_dividends as store


def test_every_declared_dividend_matches_the_published_facts():
    with open(shared_file("dividends.csv"), newline="", encoding="utf-8") as f:
        published = list(csv.DictReader(f))
    bundled = {(d.fiscal_year, d.kind): d for d in store.read_bundled()}
    assert len(bundled) == len(published) == 6
    for row in published:
        d = bundled[(row["fiscal_year"], row["type"])]
        assert d.per_ads_usd == D(row["per_ads_usd"]) and d.per_share_usd == D(row["per_share_usd"])
        assert d.per_ads_usd == d.per_share_usd * 8                  # 1 ADS = 8 ordinary shares
        assert d.ex_date == date.fromisoformat(row["ex_date"])
        for name, column in (("announced", "announced_date"), ("record_date", "record_date"),
                             ("pay_date", "payment_date")):
            assert getattr(d, name) == (date.fromisoformat(row[column]) if row[column] else None)
        assert d.note == readable(row["note"])
        assert d.source.startswith(readable(row["source_url"]))
    # Hong Kong ex-dates only where a source gives one (FY2024's is not known)
    assert {k: d.hk_ex_date for k, d in bundled.items() if d.hk_ex_date} == {
        ("FY2023", "annual"): date(2023, 12, 20), ("FY2025", "annual"): date(2025, 6, 11),
        ("FY2025", "special"): date(2025, 6, 11), ("FY2026", "annual"): date(2026, 6, 10)}
    assert bundled[("FY2026", "annual")].source_quality == "secondary"    # from a price file's column
    assert bundled[("FY2024", "special")].source_quality == "primary"     # the 20-F's dividend note


def test_parts_going_ex_together_are_one_payout_per_listing(tracker):
    service = tracker.declared_dividends
    baba = {p.ex_date: p for p in service.payouts("BABA")}
    hk = {p.ex_date: p for p in service.payouts("9988.HK")}
    assert baba[date(2025, 6, 12)].per_unit_usd == D("2.00")             # 1.05 annual + 0.95 special
    assert baba[date(2025, 6, 12)].title == "FY2025 annual + special dividend"
    assert hk[date(2025, 6, 11)].per_unit_usd == D("0.25")               # the HK line goes ex a day earlier
    assert hk[date(2024, 6, 13)].ex_date_assumed and not hk[date(2025, 6, 11)].ex_date_assumed
    assert sorted(baba) == [date(2023, 12, 20), date(2024, 6, 13), date(2025, 6, 12), date(2026, 6, 11)]


def test_proposal_is_the_declared_amount_times_the_units_entitled(tracker):
    tracker.add_trade(Trade("BABA", "buy", date(2025, 1, 2), D(100), D("85")))
    tracker.add_trade(Trade("BABA", "buy", date(2025, 6, 12), D(50), D("120")))     # on the ex-date: too late
    tracker.add_trade(Trade("BABA", "sell", date(2025, 6, 12), D(30), D("121")))    # sold on it: still entitled
    p = tracker.declared_dividends.proposal("BABA", date(2025, 7, 3))
    assert p.payout.ex_date == date(2025, 6, 12)
    assert p.units == 100 and p.gross == D("200.00") and not p.held_none and p.nearest is None
    # 8,000 HK shares bought before the HK ex-date: 8,000 x US$0.13125
    tracker.add_trade(Trade("9988.HK", "buy", date(2026, 6, 9), D(8000), D("120")))
    hk = tracker.declared_dividends.proposal("9988.HK", date(2026, 7, 6))
    assert (hk.payout.ex_date, hk.units, hk.gross) == (date(2026, 6, 10), D(8000), D("1050.00"))


def test_the_facts_of_nothing_held_and_no_dividend_near(tracker):
    tracker.add_trade(Trade("BABA", "buy", date(2026, 6, 11), D(10), D("120")))      # bought on the ex-date
    late = tracker.declared_dividends.proposal("BABA", date(2026, 7, 1))
    assert late.units == 0 and late.gross == D("0.00") and late.held_none
    assert late.payout.title == "FY2026 annual dividend"
    none = tracker.declared_dividends.proposal("BABA", date(2026, 3, 2))
    assert none.payout is None and none.gross is None and not none.held_none
    assert (none.nearest.title, none.nearest.ex_date) == ("FY2026 annual dividend", date(2026, 6, 11))
    # paid more than 60 days after the ex-date: not that payout's any more
    assert tracker.declared_dividends.proposal("BABA", date(2026, 8, 11)).payout is None
    assert tracker.declared_dividends.proposal("BABA", date(2026, 8, 10)).payout is not None


def test_the_chart_marks_the_listings_ex_dates(tracker):
    baba = tracker.declared_dividends.payouts("BABA")
    hk = tracker.declared_dividends.payouts("9988.HK")
    assert [p.ex_date for p in baba] == [date(2023, 12, 20), date(2024, 6, 13), date(2025, 6, 12), date(2026, 6, 11)]
    assert [p.ex_date for p in hk] == [date(2023, 12, 20), date(2024, 6, 13), date(2025, 6, 11), date(2026, 6, 10)]
    fy2025 = baba[2]
    assert [(d.kind, d.per_ads_usd) for d in fy2025.parts] == [("annual", D("1.05")), ("special", D("0.95"))]
    assert fy2025.pay_date is None and fy2025.source_quality == "primary"
    assert baba[3].source_quality == "secondary"
    assert hk[1].ex_date_assumed


def test_a_malformed_bundle_is_refused_whole(tmp_path, tracker):
    folder = tmp_path / "resources"
    folder.mkdir()
    original = (paths.resources_dir() / store.BUNDLED_FILE).read_text(encoding="utf-8")
    (folder / store.BUNDLED_FILE).write_text(original.replace(",1.05,0.13125,2026-06-11,", ",1.05,0.13125,11/06/2026,"),
                                             encoding="utf-8")
    tracker.db.execute("DELETE FROM meta WHERE key = ?", [store.META_KEY])
    with pytest.raises(store.BundledDataError, match="line 7 ex_date: not a date"):
        store.sync_bundled(tracker.db, folder)
    assert len(store.load(tracker.db)) == 6                         # the loaded rows stay



def test_a_series_that_is_not_a_listing_has_no_payouts(tracker):
    assert tracker.db["instruments"].get("USDHKD")["kind"] == "FX"      # stored beside the listings
    assert tracker.declared_dividends.payouts("USDHKD") == []
