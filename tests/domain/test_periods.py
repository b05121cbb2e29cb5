"""Returns over reporting periods (Portfolio Performance's semantics), worked by hand: the value
held at the end of the opening day is the period's first inflow, the value at the end its last
outflow; under a year nothing is annualized."""
from datetime import date
from decimal import Decimal as D

import pytest

from tests.domain.test_returns_conventions import INSTRUMENTS, period_irr
from tracker.domain import ledger, periods
from tracker.domain.ledger import Book
from tracker.domain.model import BUY, Trade

CLOSES = [(date(2023, 12, 15), D(100)), (date(2023, 12, 29), D(110)), (date(2024, 1, 2), D(121)),
          (date(2024, 3, 28), D("133.1")), (date(2025, 3, 28), D("146.41"))]
BOOK = Book(INSTRUMENTS, trades=(Trade("BABA", BUY, date(2023, 12, 15), D(10), D(100)),
                                 Trade("BABA", BUY, date(2024, 1, 2), D(10), D(121))))


def rows(as_of):
    return ledger.daily_rows("BABA", BOOK, as_of, CLOSES)


def test_year_to_date_opens_with_the_value_held_on_31_december():
    end = date(2024, 3, 28)
    r = periods.period_return(rows(end), periods.period("ytd", end))
    # opening day 2023-12-31 (a Sunday): 10 x 110 (the 29 December close) = 1,100, put in at the start
    assert (r.start, r.opening_value) == (date(2023, 12, 31), 1100.0)
    # 2 Jan: 1,210 bought at the open, 20 x 121 at the close: 2420 / (1100 + 1210) - 1 = +4.76 %
    # 28 Mar: 20 x 133.1 = 2,662: 2662 / 2420 - 1 = +10 %
    assert r.twr == pytest.approx(2420 / 2310 * 1.1 - 1, rel=1e-12)
    assert f"{r.twr:.2%}" == "15.24%"
    # 88 days: not annualized, the money-weighted return over the period itself
    assert (r.days, r.annualized, r.twr_annualized, r.xirr) == (88, False, None, None)
    flows = [(date(2023, 12, 31), -1100.0), (date(2024, 1, 2), -1210.0), (end, 2662.0)]
    assert r.xirr_period == pytest.approx(period_irr(flows, end), abs=1e-9)
    # the index: the cumulative TWR after each day of the period
    assert [d for d, _ in r.index] == [date(2024, 1, 2), date(2024, 3, 28)]
    assert r.index[-1][1] == pytest.approx(r.twr)


def test_since_inception_matches_the_position():
    end = date(2024, 3, 28)
    r = periods.period_return(rows(end), periods.period("inception", end))
    p = ledger.compute_position("BABA", BOOK, end, CLOSES)
    # 15 Dec: 1,000 in, worth 1,000: 0 %; 29 Dec: 1100 / 1000; then as above
    assert r.twr == pytest.approx(1.1 * 2420 / 2310 * 1.1 - 1, rel=1e-12) == pytest.approx(p.twr, rel=1e-12)
    assert (r.start, r.days) == (date(2023, 12, 15), p.period_days) == (date(2023, 12, 15), 104)
    assert r.xirr_period == pytest.approx(p.xirr_period, rel=1e-9)


def test_a_period_starting_before_the_first_buy_starts_at_the_first_inflow():
    end = date(2024, 3, 28)
    one_year = periods.period_return(rows(end), periods.period("1y", end))
    inception = periods.period_return(rows(end), periods.period("inception", end))
    # nothing was held on 2023-03-28: the period begins with the first buy, as since inception
    assert (one_year.opening_value, one_year.start) == (0.0, date(2023, 12, 15))
    assert one_year.twr == pytest.approx(inception.twr, rel=1e-12)
    assert one_year.xirr_period == pytest.approx(inception.xirr_period, rel=1e-12)


def test_a_custom_range_opens_the_day_before_its_first_day():
    end = date(2024, 3, 28)
    per = periods.custom(date(2024, 1, 2), end)
    r = periods.period_return(rows(end), per)
    assert per.label == "2024-01-02 – 2024-03-28"
    # opens at the end of 1 January: still the 1,100 of the 29 December close; 87 days
    assert (r.start, r.opening_value, r.days) == (date(2024, 1, 1), 1100.0, 87)
    assert r.twr == pytest.approx(2420 / 2310 * 1.1 - 1, rel=1e-12)
    with pytest.raises(ValueError, match="ends"):
        periods.custom(end, date(2024, 1, 2))


def test_a_year_is_annualized_and_xirr_is_the_yearly_rate():
    end = date(2025, 3, 28)
    r = periods.period_return(rows(end), periods.period("1y", end))
    # opens 2024-03-28 at 20 x 133.1 = 2,662, ends at 20 x 146.41 = 2,928.20: +10 % in 365 days
    assert (r.start, r.days, r.annualized) == (date(2024, 3, 28), 365, True)
    assert r.twr == pytest.approx(2928.2 / 2662 - 1, rel=1e-12) == pytest.approx(0.1, rel=1e-12)
    assert r.twr_annualized == pytest.approx(0.1, rel=1e-12)
    # -2,662 and +2,928.20 exactly 365 days apart: 10 % a year
    assert r.xirr == pytest.approx(0.1, abs=1e-9)


def test_three_and_five_years_open_on_the_same_date_earlier():
    assert periods.period("3y", date(2024, 2, 29)).opening == date(2021, 2, 28)
    assert periods.period("5y", date(2025, 6, 30)).opening == date(2020, 6, 30)
    assert periods.period("ytd", date(2025, 6, 30)).opening == date(2024, 12, 31)
    with pytest.raises(ValueError, match="period"):
        periods.period("2y", date(2025, 6, 30))


def test_a_stale_end_stops_the_period_at_the_price_date():
    end = date(2024, 12, 31)
    per = periods.period("ytd", end)
    r = periods.period_return(rows(end), per, end=date(2024, 3, 28))
    assert (r.end, r.days) == (date(2024, 3, 28), 88)
    assert r.twr == pytest.approx(2420 / 2310 * 1.1 - 1, rel=1e-12)


def test_a_period_after_the_last_price_has_no_figures():
    # the last close is 2025-03-28; YTD 2026 opens on 2025-12-31, after it: nothing can be valued
    end = date(2026, 6, 30)
    r = periods.period_return(rows(end), periods.period("ytd", end), end=date(2025, 3, 28))
    assert (r.start, r.days, r.twr, r.xirr_period, r.end) == (None, None, None, None, date(2025, 3, 28))


def test_nothing_held_and_nothing_in_has_no_return():
    r = periods.period_return(rows(date(2023, 12, 1)), periods.period("ytd", date(2023, 12, 1)))
    assert (r.start, r.twr, r.xirr_period, r.days) == (None, None, None, None)


def test_a_benchmark_index_starts_from_the_close_on_the_opening_day():
    spy = [(date(2023, 12, 29), 475.0), (date(2024, 1, 2), 470.25), (date(2024, 3, 28), 522.5)]
    # opening 2023-12-31: the 29 December close 475 is the base
    index = periods.price_index(spy, date(2023, 12, 31), date(2024, 3, 28))
    assert index == ((date(2024, 1, 2), pytest.approx(470.25 / 475 - 1)), (date(2024, 3, 28), pytest.approx(0.1)))
    end = date(2024, 3, 28)
    r = periods.period_return(rows(end), periods.period("ytd", end))
    assert periods.opening_day(r) == date(2023, 12, 31)
    compared = periods.relative_to(r.index, index)
    # 28 Mar: the stake +15.24 %, the benchmark +10 %: +5.24 points ahead
    assert compared[-1][3] == pytest.approx(2420 / 2310 * 1.1 - 1 - 0.1)
