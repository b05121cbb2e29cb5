"""BuybackService through the facade: a hand-worked holding, real prices, user corrections."""
import csv
from datetime import date, datetime, timezone
from decimal import Decimal as D

import pytest

from tracker.domain.model import BuybackQuarter, Trade
from tracker.errors import ValidationError
from tests.shared_data import shared_file

M = D(1_000_000)
B = D(1_000_000_000)


def add_holding(tracker):
    """1,000 BABA bought 2023-05-10; 8,000 9988.HK (= 1,000 ADS) bought 2023-08-15; 500 BABA sold 2023-11-20."""
    tracker.add_trade(Trade("BABA", "buy", date(2023, 5, 10), D(1000), D("90.10")))
    tracker.add_trade(Trade("9988.HK", "buy", date(2023, 8, 15), D(8000), D("85.00")))
    tracker.add_trade(Trade("BABA", "sell", date(2023, 11, 20), D(500), D("78.00")))


def load_baba_closes(tracker):
    path = shared_file("prices_BABA_daily.csv")
    rows = []
    with open(path, newline="") as f:
        for r in csv.DictReader(f):
            d = date.fromisoformat(r["Date"])
            ts = int(datetime(d.year, d.month, d.day, tzinfo=timezone.utc).timestamp())
            rows.append({"symbol": "BABA", "ts": ts, "open": float(r["Open"]), "high": float(r["High"]),
                         "low": float(r["Low"]), "close": float(r["Close"]), "volume": float(r["Volume"])})
    with tracker.db.atomic():
        tracker.db["prices"].insert_all(rows)


def by_end(report):
    return {f.quarter.quarter_end: f for f in report.quarters}


def test_stake_of_a_holding_across_several_quarters(tracker):
    add_holding(tracker)
    report = tracker.buybacks.report(date(2023, 12, 31))
    s = report.stake
    # held at 2023-12-31: 1000 + 8000/8 − 500 = 1,500 ADS-equivalents
    assert s.held_ads_equiv == 1500
    # ownership: 1,500 / 2,499,000,000 (Dec-2023 count) = 600.240 per billion
    assert s.outstanding_ads == D(2499) * M and s.outstanding_as_of == date(2023, 12, 31)
    assert round(float(s.ownership_per_billion), 3) == 600.240
    # accretion since the first buy: S on 2023-05-10 is the Mar-2023 count, 2,566M; 2566/2499 − 1
    assert s.first_buy_date == date(2023, 5, 10)
    assert float(s.accretion_since_first_buy) == pytest.approx(67 / 2499, rel=1e-12)
    # decomposition per billion (by hand, S in millions, ×1000):
    #   buybacks: 1000·(1/2549 − 1/2566) + 2000·(1/2531 − 1/2549) + 1500·(1/2499 − 1/2531) = 15.768
    #   trades:   1000/2549 − 500/2531 = 194.760
    #   total:    1500/2499 − 1000/2566 = 210.528
    c = s.change_since_first_buy
    assert round(float(c.from_buybacks * B), 3) == 15.768
    assert round(float(c.from_trades * B), 3) == 194.760
    assert round(float(c.total * B), 3) == 210.528
    # the user's share of the Sep-2023 buyback: 2,000 / 2,531,000,000 × US$1.7bn
    sep = by_end(report)[date(2023, 9, 30)]
    assert sep.held_ads == 2000
    assert sep.user_share_usd.quantize(D("0.01")) == D("1343.34")
    # a quarter before the first buy: nothing held, no share
    assert by_end(report)[date(2023, 3, 31)].user_share_usd == 0


def test_accretion_since_a_chosen_date_and_today(tracker):
    add_holding(tracker)
    service = tracker.buybacks
    # from the Jun-2023 count (2,549M) to the latest one (Sep-2025, 2,319M): 2549/2319 − 1 = 9.918%
    assert float(service.accretion_since(date(2023, 7, 1))) == pytest.approx(2549 / 2319 - 1, rel=1e-12)
    assert service.accretion_since(date(2021, 1, 1)) is None        # no count reported by then
    stake = service.report().stake                                   # today: 2026-11-24
    assert stake.outstanding_ads == D(2319) * M
    assert float(stake.accretion_since_first_buy) == pytest.approx(2566 / 2319 - 1, rel=1e-12)
    # with no trades since, every change after the last trade comes from buybacks
    late = service.ownership_change(date(2024, 1, 1))
    assert late.from_trades == 0 and late.from_buybacks > 0


def test_first_buy_before_any_count_has_no_accretion(tracker):
    tracker.add_trade(Trade("BABA", "buy", date(2021, 3, 1), D(10), D(230)))
    stake = tracker.buybacks.report(date(2024, 1, 2)).stake
    assert stake.first_buy_date == date(2021, 3, 1)
    assert stake.accretion_since_first_buy is None and stake.change_since_first_buy is None
    assert stake.ownership_fraction == D(10) / (D(2499) * M)


def test_buyback_yield_on_real_prices(tracker):
    load_baba_closes(tracker)
    report = tracker.buybacks.report(date(2024, 6, 30))
    rows = by_end(report)
    # four quarters' repurchases / (quarter-end close × shares outstanding)
    expected = {
        date(2023, 3, 31): (D("10.8"), D("102.18"), 2566),           # 3.5+2.1+3.3+1.9; close 2023-03-31
        date(2023, 6, 30): (D("10.4"), D("83.349998"), 2549),        # 2.1+3.3+1.9+3.1
        date(2023, 9, 30): (D("10.0"), D("86.739998"), 2531),        # close 2023-09-29
        date(2023, 12, 31): (D("9.6"), D("77.510002"), 2499),        # close 2023-12-29
    }
    for end, (t4_bn, close, outstanding_mn) in expected.items():
        got = rows[end].buyback_yield
        assert got is not None, end
        assert float(got) == pytest.approx(float(t4_bn * B / (close * outstanding_mn * M)), rel=1e-6)
    assert round(float(rows[date(2023, 12, 31)].buyback_yield), 4) == 0.0496   # about 5% a year
    assert rows[date(2022, 12, 31)].buyback_yield is None     # the Mar-2022 amount is not on file
    assert rows[date(2024, 3, 31)].buyback_yield is None      # prices end 2024-03-08: no quarter-end close
    assert rows[date(2024, 6, 30)].buyback_yield is None


def test_runway_as_of_autumn_2024(tracker):
    r = tracker.buybacks.report(date(2024, 10, 15)).runway
    assert r.remaining_usd == D("22") * B and r.quarters_left == 5
    assert r.projection[-1] == (date(2025, 12, 31), D(2072) * M)


def test_runway_today_waits_for_the_missing_quarters(tracker):
    r = tracker.buybacks.report().runway
    assert r.remaining_usd == D("19.1") * B
    assert r.quarters_left is None
    assert r.missing_quarters == (date(2025, 3, 31),)           # the one gap in the last four quarters


def test_users_fill_a_gap_and_the_runway_appears(tracker):
    service = tracker.buybacks
    saved = service.save_quarter(BuybackQuarter(date(2025, 3, 31), D("2.0") * B, D(24) * M, D(2330) * M))
    assert saved.origin == "edited"                       # the bundle had an empty placeholder
    r = service.report().runway
    # 1.3 + 2.0 + 0.815 + 0.241 = US$4.356bn a year; 19.1 / (4.356 / 4) = 17.54 quarters
    assert r.trailing_four_usd == D("4.356") * B
    assert float(r.quarters_left) == pytest.approx(19.1 / (4.356 / 4), rel=1e-12)
    # shares outstanding: 2,327M (Sep-2024) -> 2,319M (Sep-2025) = 2M fewer a quarter
    assert r.net_reduction_per_quarter == 2 * M
    assert r.projection[0] == (date(2025, 9, 30), D(2319) * M)
    assert r.projection[-1] == (date(2030, 3, 31), D(2319) * M - r.quarters_left * 2 * M)   # 18th quarter end


def test_new_quarter_is_the_users_and_edits_can_be_reverted(tracker):
    service = tracker.buybacks
    # the bundle starts at FY2021Q1: an earlier quarter is the user's own
    mine = service.save_quarter(BuybackQuarter(date(2020, 3, 31), D("0.5") * B, D(5) * M, D(2680) * M,
                                               source="https://example.org/6-k"))
    assert mine.origin == "user"
    again = service.save_quarter(BuybackQuarter(date(2020, 3, 31), D("0.6") * B, D(6) * M, D(2680) * M))
    assert again.origin == "user" and again.amount_usd == D("0.6") * B
    edited = service.save_quarter(BuybackQuarter(date(2024, 9, 30), D("4.2") * B, D(52) * M, D(2327) * M))
    assert edited.origin == "edited" and edited.source_quality == "primary"     # of the published figures
    assert mine.source_quality == again.source_quality == ""
    restored = service.revert_quarter(date(2024, 9, 30))
    assert restored.origin == "bundled" and restored.amount_usd == D("4.1") * B
    assert restored.remaining_usd == D("22") * B and restored.source.startswith("https://www.sec.gov/")
    assert service.revert_quarter(date(2020, 3, 31)) is None
    assert service.quarter(date(2020, 3, 31)) is None


def test_edits_survive_reopening(db_path):
    from tracker.app.tracker import Tracker
    from tracker.store import buybacks as store
    with Tracker(db_path, today=date(2026, 11, 24)) as t:
        t.buybacks.save_quarter(BuybackQuarter(date(2023, 6, 30), D("3.0") * B, D(35) * M, D(2549) * M))
        t.db.execute("DELETE FROM meta WHERE key = ?", [store.META_KEY])     # force a full re-sync
    with Tracker(db_path, today=date(2026, 11, 24)) as t:
        q = t.buybacks.quarter(date(2023, 6, 30))
        assert q.origin == "edited" and q.amount_usd == D("3.0") * B
        assert t.buybacks.quarter(date(2023, 9, 30)).amount_usd == D("1.7") * B


@pytest.mark.parametrize("quarter, field", [
    (BuybackQuarter(date(2025, 12, 30), D(1), D(1), D(1)), "quarter_end"),
    (BuybackQuarter(date(2026, 12, 31), D(1), D(1), D(1)), "quarter_end"),
    (BuybackQuarter(date(2020, 3, 31), D(-1), D(1), D(1)), "amount_usd"),
    (BuybackQuarter(date(2020, 3, 31), D(1), D(1), D(0)), "outstanding_ads"),
    (BuybackQuarter(date(2020, 3, 31), None, None, None), "amount_usd"),
])
def test_bad_quarters_are_refused_naming_the_field(tracker, quarter, field):
    with pytest.raises(ValidationError) as exc:
        tracker.buybacks.save_quarter(quarter)
    assert exc.value.errors[0].field == field
    assert tracker.buybacks.quarter(quarter.quarter_end) is None          # nothing written


def test_chart_markers(tracker):
    markers = tracker.buybacks.chart_markers()
    dec23 = [m for m in markers if m.day == date(2023, 12, 31)]
    assert len(dec23) == 1 and dec23[0].program is None and dec23[0].fiscal_label == "FY2024Q3"
    q = dec23[0].quarter
    assert (q.amount_usd, q.shares_repurchased_ads, q.outstanding_ads, q.remaining_usd) == (
        D("2.9e9"), D("36.6e6"), D("2499e6"), D("11.7e9"))
    assert not [m for m in markers if m.day == date(2025, 3, 31)]          # empty placeholder: no marker
    programs = [m.program for m in markers if m.program is not None]
    assert len(programs) == 6 and programs[3].announced == date(2022, 3, 22)
    assert programs[3].amount_usd == D("25e9") and programs[3].effective_through == "March 2024"
    assert [m.day for m in markers] == sorted(m.day for m in markers)
