"""The buyback arithmetic on plain records (tracker.domain.buyback), worked by hand."""
from datetime import date
from decimal import Decimal as D
from fractions import Fraction

import pytest

from tracker.domain import buyback as bb
from tracker.domain.model import BuybackQuarter

M = D(1_000_000)
B = D(1_000_000_000)


def quarter(end, amount_bn=None, bought_mn=None, outstanding_mn=None, remaining_bn=None):
    return BuybackQuarter(
        date.fromisoformat(end),
        None if amount_bn is None else D(amount_bn) * B,
        None if bought_mn is None else D(bought_mn) * M,
        None if outstanding_mn is None else D(outstanding_mn) * M,
        None if remaining_bn is None else D(remaining_bn) * B,
    )


# Alibaba's published figures for calendar 2022-2024 (Share Repurchase Updates), in bn USD / mn ADS
REAL = [
    quarter("2022-03-31"),                                  # no figure found: a placeholder
    quarter("2022-06-30", "3.5", 39, 2648),
    quarter("2022-09-30", "2.1", 24, 2626),
    quarter("2022-12-31", "3.3", 45, 2585),
    quarter("2023-03-31", "1.9", 22, 2566),
    quarter("2023-06-30", "3.1", 36, 2549),
    quarter("2023-09-30", "1.7", 19, 2531),
    quarter("2023-12-31", "2.9", "36.6", 2499, "11.7"),
    quarter("2024-03-31", "4.8", 65, 2434, "31.9"),
    quarter("2024-06-30", "5.8", 77, 2378, "26.1"),
    quarter("2024-09-30", "4.1", 52, 2327, "22.0"),
]


def test_ordinary_shares_convert_at_eight_per_ads():
    assert bb.ordinary_to_ads(D(8)) == 1
    assert bb.ordinary_to_ads(D(20_000_000_000)) == D(2_500_000_000)
    assert bb.ordinary_to_ads(D(119_000_000)) == D(14_875_000)          # Dec-2024 quarter, ordinary only
    assert bb.ordinary_to_ads(D(12)) == D("1.5")


def test_ads_figure_wins_over_ordinary_and_missing_stays_missing():
    assert bb.ads_count(D(2_499_000_000), D(20_000_000_000)) == D(2_499_000_000)   # published ADS count kept
    assert bb.ads_count(None, D(18_552_000_000)) == D(2_319_000_000)
    assert bb.ads_count(None, None) is None


def test_quarter_calendar():
    assert bb.shift_quarters(date(2023, 12, 31), 1) == date(2024, 3, 31)
    assert bb.shift_quarters(date(2024, 3, 31), -4) == date(2023, 3, 31)
    assert bb.shift_quarters(date(2024, 6, 30), -1) == date(2024, 3, 31)
    assert bb.quarter_end_on_or_before(date(2024, 5, 1)) == date(2024, 3, 31)
    assert bb.quarter_end_on_or_before(date(2024, 6, 30)) == date(2024, 6, 30)
    assert bb.fiscal_label(date(2023, 12, 31)) == "FY2024Q3"
    assert bb.fiscal_label(date(2025, 3, 31)) == "FY2025Q4"
    assert bb.check_quarter_end(date(2024, 6, 30)) is None
    assert "last day of a calendar quarter" in bb.check_quarter_end(date(2024, 6, 29))


def test_outstanding_steps_at_reported_quarter_ends():
    assert bb.outstanding_on(REAL, date(2022, 6, 29)) is None              # nothing reported yet
    assert bb.outstanding_on(REAL, date(2023, 5, 10)) == (date(2023, 3, 31), D(2_566_000_000))
    assert bb.outstanding_on(REAL, date(2023, 6, 30)) == (date(2023, 6, 30), D(2_549_000_000))


def test_ownership_and_accretion_of_a_holding_across_quarters():
    # 1,000 ADS bought 2023-05-10, 1,000 more on 2023-08-15, 500 sold 2023-11-20.
    points = [
        bb.OwnershipPoint(date(2023, 5, 10), D(1000), D(2566) * M),   # S = Mar-2023 count
        bb.OwnershipPoint(date(2023, 6, 30), D(1000), D(2549) * M),
        bb.OwnershipPoint(date(2023, 8, 15), D(2000), D(2549) * M),
        bb.OwnershipPoint(date(2023, 9, 30), D(2000), D(2531) * M),
        bb.OwnershipPoint(date(2023, 11, 20), D(1500), D(2531) * M),
        bb.OwnershipPoint(date(2023, 12, 31), D(1500), D(2499) * M),
    ]
    # ownership at the end: 1500 / 2,499,000,000 = 600.24 per billion
    end = bb.ownership_fraction(D(1500), D(2499) * M)
    assert float(bb.per_billion(end)) == pytest.approx(1500 / 2.499, rel=1e-12)
    assert float(bb.per_billion(end)) == pytest.approx(600.2400960, rel=1e-9)
    # accretion at constant holdings since the first buy: 2566 / 2499 − 1 = 67 / 2499 = 2.681%
    acc = bb.accretion(D(2566) * M, D(2499) * M)
    assert float(acc) == pytest.approx(67 / 2499, rel=1e-12)
    assert round(float(acc) * 100, 3) == 2.681

    change = bb.decompose_ownership_change(points)
    # per billion = per million × 1000; S in millions below
    buybacks = 1000 * (Fraction(1, 2549) - Fraction(1, 2566)) \
        + 2000 * (Fraction(1, 2531) - Fraction(1, 2549)) \
        + 1500 * (Fraction(1, 2499) - Fraction(1, 2531))
    trades = Fraction(1000, 2549) - Fraction(500, 2531)
    total = Fraction(1500, 2499) - Fraction(1000, 2566)
    assert buybacks + trades == total
    assert float(change.from_buybacks * B) == pytest.approx(float(buybacks * 1000), rel=1e-12)
    assert float(change.from_trades * B) == pytest.approx(float(trades * 1000), rel=1e-12)
    assert float(change.total * B) == pytest.approx(float(total * 1000), rel=1e-12)
    # per billion, by hand:
    #   buybacks: 1000·17/(2549·2566)·1000 = 2.599, 2000·18/(2531·2549)·1000 = 5.580,
    #             1500·32/(2499·2531)·1000 = 7.589  -> +15.77
    #   trades:   1000/2549·1000 = 392.31, −500/2531·1000 = −197.55  -> +194.76
    #   total:    1500/2499·1000 − 1000/2566·1000 = 600.24 − 389.71  -> +210.53
    assert round(float(change.total * B), 2) == 210.53
    assert round(float(change.from_buybacks * B), 2) == 15.77
    assert round(float(change.from_trades * B), 2) == 194.76


def test_a_constant_holding_gains_only_from_buybacks():
    points = [bb.OwnershipPoint(date(2023, 3, 31), D(800), D(2566) * M),
              bb.OwnershipPoint(date(2023, 12, 31), D(800), D(2499) * M)]
    change = bb.decompose_ownership_change(points)
    assert change.from_trades == 0
    assert change.from_buybacks > 0
    assert abs(change.total - change.from_buybacks) < D("1e-30")          # equal up to Decimal rounding
    # relative growth equals the accretion S0/St − 1
    growth = change.end_fraction / change.start_fraction - 1
    assert abs(growth - bb.accretion(D(2566) * M, D(2499) * M)) < D("1e-20")


def test_net_reduction_and_users_share_of_a_quarter():
    figures = {f.quarter.quarter_end: f for f in bb.quarter_figures(
        REAL, {date(2023, 9, 30): D(2000)}, {})}
    sep = figures[date(2023, 9, 30)]
    # (2549 − 2531) / 2549 = 0.706% net reduction after employee issuance
    assert float(sep.net_reduction) == pytest.approx(18 / 2549, rel=1e-12)
    # 2000 / 2,531,000,000 × US$1.7bn = US$1,343.34
    assert sep.user_share_usd.quantize(D("0.01")) == D("1343.34")
    assert figures[date(2022, 6, 30)].net_reduction is None               # previous quarter unknown
    assert figures[date(2023, 12, 31)].user_share_usd == 0                # held nothing then
    assert figures[date(2022, 3, 31)].ownership_fraction is None          # placeholder stays empty


def test_trailing_four_quarters_need_all_four_amounts():
    by_end = {q.quarter_end: q for q in REAL}
    assert bb.trailing_four_quarters(by_end, date(2023, 12, 31)) == D("9.6") * B   # 1.9+3.1+1.7+2.9
    assert bb.trailing_four_quarters(by_end, date(2022, 12, 31)) is None           # Mar-2022 unknown
    assert bb.missing_for_trailing_four(by_end, date(2022, 12, 31)) == [date(2022, 3, 31)]


def test_buyback_yield_uses_a_quarter_end_close_only():
    # US$9.6bn over the four quarters / (77.51 × 2,499,000,000) = 4.956%
    cap = bb.quarter_end_market_cap(D("77.51"), date(2023, 12, 29), date(2023, 12, 31), D(2499) * M)
    assert cap == D("77.51") * D(2499) * M
    assert round(float(bb.buyback_yield(D("9.6") * B, cap)), 5) == 0.04956
    # a close three weeks before the quarter end is not that quarter's market cap
    assert bb.quarter_end_market_cap(D("73.55"), date(2024, 3, 8), date(2024, 3, 31), D(2434) * M) is None
    assert bb.buyback_yield(None, cap) is None


def test_runway_and_projection():
    r = bb.runway(REAL, date(2024, 10, 15))
    # remaining US$22.0bn at 2024-09-30; pace 2.9+4.8+5.8+4.1 = US$17.6bn a year = US$4.4bn a quarter
    assert r.remaining_usd == D("22.0") * B and r.remaining_as_of == date(2024, 9, 30)
    assert r.trailing_four_usd == D("17.6") * B
    assert r.pace_per_quarter_usd == D("4.4") * B
    assert r.quarters_left == D(5)                                        # 22.0 / 4.4
    # over the same four quarters (from the 2023-09-30 count to the 2024-09-30 count) shares
    # outstanding fell (2531 − 2327) / 4 = 51M ADS a quarter
    assert r.net_reduction_per_quarter == D(51) * M
    assert r.projection[0] == (date(2024, 9, 30), D(2327) * M)
    assert r.projection[-1] == (date(2025, 12, 31), D(2327 - 5 * 51) * M)
    assert len(r.projection) == 6


def test_runway_is_unknown_when_a_quarter_of_the_pace_is_missing():
    quarters = REAL + [quarter("2024-12-31", "1.3"), quarter("2025-03-31"),
                       quarter("2025-06-30"), quarter("2025-09-30", "0.241", 2, 2319, "19.1")]
    r = bb.runway(quarters, date(2026, 1, 1))
    assert r.remaining_usd == D("19.1") * B
    assert r.trailing_four_usd is None and r.quarters_left is None and r.projection == ()
    assert r.missing_quarters == (date(2025, 3, 31), date(2025, 6, 30))
    assert r.missing_counts == ()        # 2024-09-30 and 2025-09-30 both have a count


def test_projection_names_the_missing_share_count():
    # the pace is known (2.9 + 4.8 + 5.8 + 4.1) but the count of a year before 2024-09-30 is not
    quarters = [q for q in REAL if q.quarter_end != date(2023, 9, 30)] + [quarter("2023-09-30", "1.7", 19)]
    r = bb.runway(quarters, date(2024, 10, 15))
    assert r.quarters_left == D(5)
    assert r.projection == () and r.net_reduction_per_quarter is None
    assert r.missing_counts == (date(2023, 9, 30),)


def test_partial_last_quarter_of_projection():
    points = bb.project_outstanding(date(2024, 9, 30), D(1000), D(10), D("2.5"))
    assert points == [(date(2024, 9, 30), D(1000)), (date(2024, 12, 31), D(990)),
                      (date(2025, 3, 31), D(980)), (date(2025, 6, 30), D(975))]
