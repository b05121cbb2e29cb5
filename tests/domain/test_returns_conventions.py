"""The conventions behind the return figures, on hand-worked examples: Portfolio Performance's TWR
flow timing, no annualizing under a year, the price a holding is valued at, stale prices, and one
valuation of a conversion for every figure of a listing."""
from datetime import date, timedelta
from decimal import Decimal as D

import pytest

from tracker.domain import ledger
from tracker.domain.ledger import Book
from tracker.domain.model import BUY, SELL, Conversion, Dividend, Instrument, Trade

BABA = Instrument("BABA", "Alibaba Group ADS", "NYSE", "USD", "ADS", D(8), date(2014, 9, 19))
HK = Instrument("9988.HK", "Alibaba Group ordinary shares", "HKEX", "HKD", "ORD", D(1), date(2019, 11, 26))
INSTRUMENTS = {"BABA": BABA, "9988.HK": HK}


def period_irr(flows, end: date, lo=-0.99, hi=10.0) -> float:
    """The money-weighted return over the period from the first flow to `end`, by plain bisection
    with the period as the unit of time (written independently of `returns`)."""
    first = min(d for d, _ in flows)
    length = (end - first).days

    def npv(r):
        return sum(a / (1 + r) ** ((d - first).days / length) for d, a in flows)
    f_lo = npv(lo)
    for _ in range(200):
        mid = (lo + hi) / 2
        if (npv(mid) < 0) == (f_lo < 0):
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


# --- the BABA example: TWR with money in at the start of the day ------------------------------
# Real BABA closes of March 2022 (the price file's 77.760002 read to 4 decimals, as the ledger does).
MARCH_2022 = [(date(2022, 3, 14), D("77.76")), (date(2022, 3, 15), D("76.76")), (date(2022, 3, 16), D("104.98")),
              (date(2022, 3, 17), D("100.37")), (date(2022, 3, 18), D("108.30")), (date(2022, 3, 21), D("103.59")),
              (date(2022, 3, 22), D("114.99")), (date(2022, 3, 23), D("117.24")), (date(2022, 3, 24), D("115.15")),
              (date(2022, 3, 25), D("112.99")), (date(2022, 3, 28), D("115.09")), (date(2022, 3, 29), D("116.71")),
              (date(2022, 3, 30), D("116.58")), (date(2022, 3, 31), D("108.80"))]
TWO_BUYS = (Trade("BABA", BUY, date(2022, 3, 14), D(1), D("77.76")),
            Trade("BABA", BUY, date(2022, 3, 16), D(100), D("92.00")))

# r(3/14) = 77.76 / (0 + 77.76) - 1 = 0
# r(3/15) = 76.76 / 77.76 - 1
# r(3/16) = (101 x 104.98) / (76.76 + 9200) - 1: the 9200 bought at the open shares the day's move
# r(3/17 .. 3/31) telescope to (101 x 108.80) / (101 x 104.98)
# TWR = 76.76 / 77.76 x (101 x 108.80) / 9276.76 - 1 = +16.93 %      (the stock: 108.80 / 77.76 - 1)
PP_TWR = 76.76 / 77.76 * (101 * 108.80) / (76.76 + 9200) - 1
# counting the 9200 at the close instead credited its intraday gain to the one unit held before:
# (10602.98 - 9200) / 76.76 - 1 = +1,727.7 % that day, +1,770 % in all
CLOSE_TIMED_TWR = 76.76 / 77.76 * (101 * 104.98 - 9200) / 76.76 * (108.80 / 104.98) - 1


def test_twr_of_the_baba_example_follows_portfolio_performance():
    p = ledger.compute_position("BABA", Book(INSTRUMENTS, trades=TWO_BUYS), date(2022, 3, 31), MARCH_2022)
    assert PP_TWR == pytest.approx(0.1693, abs=1e-4)
    assert p.twr == pytest.approx(PP_TWR, rel=1e-12)
    assert CLOSE_TIMED_TWR == pytest.approx(17.70, abs=0.01) and p.twr != pytest.approx(CLOSE_TIMED_TWR)
    assert 108.80 / 77.76 - 1 == pytest.approx(0.399, abs=1e-3)
    # 17 days: neither rate is annualized (it would be 1.1693 ** (365 / 17) - 1 = +2,736 % a year)
    assert (p.period_days, p.twr_annualized, p.xirr) == (17, None, None)
    # the money-weighted return over those 17 days: -77.76 on 3/14, -9200 on 3/16, +101 x 108.80
    flows = [(date(2022, 3, 14), -77.76), (date(2022, 3, 16), -9200.0), (date(2022, 3, 31), 101 * 108.80)]
    assert p.xirr_period == pytest.approx(period_irr(flows, date(2022, 3, 31)), abs=1e-9)


def test_twr_of_the_baba_example_on_the_real_price_file(tracker):
    from tests.shared_data import shared_file
    tracker.import_prices(shared_file("prices_BABA_daily.csv"), "BABA")
    for trade in TWO_BUYS:
        tracker.add_trade(trade)
    p = tracker.position("BABA", date(2022, 3, 31))
    assert (p.last_price, p.last_price_date, p.price_stale) == (D("108.80"), date(2022, 3, 31), False)
    assert p.twr == pytest.approx(PP_TWR, rel=1e-12)
    assert f"{p.twr:+.1%}" == "+16.9%"


# --- annualizing ----------------------------------------------------------------------------------
def test_returns_over_less_than_a_year_are_given_for_the_period():
    # 1000 in, worth 1100 after 100 days: +10 % over the period, whichever way it is weighted
    b = Book(INSTRUMENTS, trades=(Trade("BABA", BUY, date(2024, 1, 2), D(10), D(100)),))
    closes = [(date(2024, 1, 2), D(100)), (date(2024, 4, 11), D(110))]
    p = ledger.compute_position("BABA", b, date(2024, 4, 11), closes)
    assert (p.period_days, p.annualized) == (100, False)
    assert p.twr == pytest.approx(0.10, abs=1e-12) and p.xirr_period == pytest.approx(0.10, abs=1e-9)
    assert p.xirr is None and p.twr_annualized is None
    # held on to a year and a day (2024 is a leap year: 366 days) at 121: 21 % over 366 days
    closes.append((date(2025, 1, 2), D(121)))
    year = ledger.compute_position("BABA", b, date(2025, 1, 2), closes)
    assert (year.period_days, year.annualized) == (366, True)
    assert year.twr_annualized == pytest.approx(1.21 ** (365 / 366) - 1, rel=1e-9)
    assert year.xirr == pytest.approx(1.21 ** (365 / 366) - 1, rel=1e-7)
    assert year.xirr_period == pytest.approx(0.21, rel=1e-7)


# --- the price a holding is valued at --------------------------------------------------------------
def test_without_any_close_the_holding_is_valued_at_the_latest_trade_price():
    b = Book(INSTRUMENTS, trades=(Trade("9988.HK", BUY, date(2024, 1, 2), D(800), D(70)),
                                  Trade("9988.HK", BUY, date(2024, 2, 1), D(400), D("72.5")),
                                  Trade("9988.HK", SELL, date(2024, 3, 1), D(200), D(75), D(10))))
    p = ledger.compute_position("9988.HK", b, date(2024, 3, 20), [])
    assert (p.last_price, p.last_price_date, p.price_source) == (D(75), date(2024, 3, 1), "trade")
    # 1000 left x 75 = 75,000; cost 600 x 70 + 400 x 72.5 = 71,000 -> unrealized +4,000
    assert (p.market_value, p.unrealized_pnl) == (D(75000), D(4000))
    # realized 200 x 75 - 10 - 200 x 70 = 990; total 4,000 + 990
    assert p.total_return == D(4990) == p.total_return_at_cost
    # TWR on the same prices: 56,000 in at 70; the day of the second buy the 800 held are marked
    # at its 72.5 with 29,000 in: (1200 x 72.5) / (800 x 70 + 29,000); the sell day, all at 75:
    # (1000 x 75 + 14,990) / (1200 x 72.5)
    expected = (1200 * 72.5) / (800 * 70 + 29000) * (1000 * 75 + 14990) / (1200 * 72.5) - 1
    assert p.twr == pytest.approx(expected, rel=1e-12)


def test_a_trade_after_the_last_close_is_the_more_recent_price():
    b = Book(INSTRUMENTS, trades=(Trade("BABA", BUY, date(2024, 1, 2), D(10), D(70)),
                                  Trade("BABA", BUY, date(2024, 6, 3), D(10), D(80))))
    closes = [(date(2024, 1, 2), D(70)), (date(2024, 3, 8), D("73.55"))]
    p = ledger.compute_position("BABA", b, date(2024, 6, 10), closes)
    assert (p.last_price, p.last_price_date, p.price_source) == (D(80), date(2024, 6, 3), "trade")
    assert p.market_value == 20 * D(80)
    # a close on the trade's own day wins over the trade price
    same_day = ledger.compute_position("BABA", b, date(2024, 6, 10), closes + [(date(2024, 6, 3), D(81))])
    assert (same_day.last_price, same_day.price_source) == (D(81), "close")


# --- stale prices -----------------------------------------------------------------------------------
def test_a_stale_price_ends_the_rates_at_its_date():
    b = Book(INSTRUMENTS, trades=(Trade("BABA", BUY, date(2022, 3, 8), D(10), D(100)),))
    closes = [(date(2022, 3, 8), D(100)), (date(2024, 3, 8), D(121))]
    as_of = date(2026, 12, 1)
    fresh = ledger.compute_position("BABA", b, date(2024, 3, 8), closes)
    stale = ledger.compute_position("BABA", b, as_of, closes, is_stale=lambda day: day < as_of - timedelta(days=7))
    assert (stale.price_stale, stale.price_age_days, stale.returns_to) == (True, 998, date(2024, 3, 8))
    # 21 % over the 731 days to the price's date (2024 is a leap year), about 10 % a year: not
    # spread over 2026 as well
    assert stale.period_days == 731 and stale.twr_annualized == pytest.approx(1.21 ** (365 / 731) - 1, rel=1e-9)
    assert stale.twr_annualized == fresh.twr_annualized
    assert stale.xirr == pytest.approx(1.21 ** (365 / 731) - 1, rel=1e-7)
    # without the staleness rule the same 21 % would read 1.21 ** (365 / 1729) - 1 = 4.1 % a year
    unflagged = ledger.compute_position("BABA", b, as_of, closes)
    assert not unflagged.price_stale and unflagged.twr_annualized == pytest.approx(1.21 ** (365 / 1729) - 1)


def test_money_in_or_out_after_a_stale_price_extends_the_period_to_it():
    b = Book(INSTRUMENTS, trades=(Trade("BABA", BUY, date(2022, 3, 8), D(10), D(100)),),
             dividends=(Dividend("BABA", date(2024, 7, 11), D(10)),))
    closes = [(date(2022, 3, 8), D(100)), (date(2024, 3, 8), D(121))]
    p = ledger.compute_position("BABA", b, date(2026, 12, 1), closes, is_stale=lambda day: True)
    assert p.returns_to == date(2024, 7, 11) and p.period_days == (date(2024, 7, 11) - date(2022, 3, 8)).days


# --- one valuation of a conversion ------------------------------------------------------------------
def _converted_book() -> Book:
    # 20 BABA bought at 216.39 in January 2021, converted to 160 9988.HK on 2022-10-24 (BABA closed
    # at 63.15) at 7.80 HKD per USD with a 5 USD fee
    return Book(INSTRUMENTS, trades=(Trade("BABA", BUY, date(2021, 1, 4), D(20), D("216.39")),),
                conversions=(Conversion(date(2022, 10, 24), "BABA", "9988.HK", D(20), D(5), D("7.80")),))


def test_a_converted_holding_has_one_total_return_with_xirr_and_the_position_view():
    b = _converted_book()
    baba = [(date(2021, 1, 4), D("216.39")), (date(2022, 10, 24), D("63.15"))]
    hk = [(date(2022, 10, 24), D("61.4745")), (date(2023, 6, 1), D("75.25")), (date(2024, 5, 2), D("78.60"))]
    others = {"BABA": baba, "9988.HK": hk}
    for as_of in (date(2023, 6, 1), date(2024, 5, 2)):
        p = ledger.compute_position("9988.HK", b, as_of, hk, other_closes=others)
        view = {row[0]: row for row in ledger.value_series("9988.HK", b, hk, others)}
        # the position view's cumulative P&L on that day is the card's total return
        assert p.total_return == view[as_of][4]
    # by hand on 2024-05-02: 160 x 78.60 = 12,576 worth; in (20 x 63.15 + 5) x 7.80 = 9,890.40
    assert p.total_return == D("12576") - D("9890.40") == D("2685.60")
    # at carried cost the lots came in at (20 x 216.39 + 5) x 7.80 = 33,795.84: the loss made on
    # BABA before the conversion is counted here too
    assert p.total_return_at_cost == D("12576") - D("33795.84")
    # and on the giving side: out at 20 x 63.15 = 1,263 after 4,327.80 in
    gave = ledger.compute_position("BABA", b, date(2024, 5, 2), baba, other_closes=others)
    assert gave.total_return == D("1263") - D("4327.80") and gave.total_return_at_cost == 0


def test_units_that_arrived_by_conversion_bring_their_transfer_price():
    b = Book(INSTRUMENTS, trades=(Trade("BABA", BUY, date(2024, 1, 2), D(10), D(70)),),
             conversions=(Conversion(date(2024, 2, 1), "BABA", "9988.HK", D(10), D(2), D("7.8")),))
    baba = [(date(2024, 1, 2), D(70)), (date(2024, 2, 1), D(72))]
    p = ledger.compute_position("9988.HK", b, date(2024, 2, 5), [], other_closes={"BABA": baba})
    # no 9988.HK close: 10 x 72 USD x 7.8 for 80 shares = 70.20 HKD a share (the fee is not a price)
    assert (p.last_price, p.last_price_date, p.price_source) == (D("70.2"), date(2024, 2, 1), "conversion")
    assert p.market_value == 80 * D("70.2") == D("5616")
    # in: (720 + 2 fee) x 7.8 = 5631.60; TWR = 5616 / 5631.60 - 1, the fee's cost, like the total
    assert p.twr == pytest.approx(5616 / 5631.6 - 1, rel=1e-12)
    assert p.total_return == D("5616") - D("5631.60")
