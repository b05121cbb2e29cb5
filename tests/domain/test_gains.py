"""Closed lots and realized gains by tax year, worked by hand, across the UK year boundary."""
from datetime import date
from decimal import Decimal as D

import pytest

from tests.domain.test_returns_conventions import INSTRUMENTS
from tracker.domain import gains
from tracker.domain.ledger import Book
from tracker.domain.model import BUY, SELL, Conversion, Trade

BOOK = Book(INSTRUMENTS, trades=(
    Trade("BABA", BUY, date(2024, 1, 10), D(10), D(80), D(1), id=1),     # cost 801
    Trade("BABA", BUY, date(2024, 2, 1), D(10), D(90), D(1), id=2),      # cost 901
    Trade("BABA", SELL, date(2024, 4, 5), D(15), D(100), D(3), id=3),    # proceeds 1,497
    Trade("BABA", SELL, date(2024, 4, 6), D(5), D(110), D(2), id=4),     # proceeds 548
))


def test_fifo_closed_lots_share_the_proceeds_by_quantity():
    lots = gains.closed_lots("BABA", BOOK, "fifo")
    # sell of 15: the whole first lot (10, cost 801) and half the second (5, cost 901 / 2 = 450.50);
    # proceeds 1,497 x 10/15 = 998.00 and the rest, 499.00
    assert [(l.bought, l.sold, l.quantity, l.proceeds, l.cost, l.gain) for l in lots] == [
        (date(2024, 1, 10), date(2024, 4, 5), D(10), D("998.00"), D(801), D("197.00")),
        (date(2024, 2, 1), date(2024, 4, 5), D(5), D("499.00"), D("450.50"), D("48.50")),
        (date(2024, 2, 1), date(2024, 4, 6), D(5), D(548), D("450.50"), D("97.50")),
    ]
    # 10 January to 5 April 2024: 21 + 29 + 31 + 5 = 86 days; 197 / 801 = +24.59 %
    assert lots[0].holding_days == 86
    assert f"{lots[0].return_fraction:.2%}" == "24.59%"


def test_the_uk_tax_year_splits_sells_on_5_and_6_april():
    lots = gains.closed_lots("BABA", BOOK, "fifo")
    uk = gains.by_tax_year(lots, gains.UK_TAX_YEAR)
    # 5 April 2024 closes the UK year 2023/24; 6 April 2024 opens 2024/25
    assert [(y.label, y.first, y.last, y.gain) for y in uk] == [
        ("2023/24", date(2023, 4, 6), date(2024, 4, 5), D("245.50")),     # 197 + 48.50
        ("2024/25", date(2024, 4, 6), date(2025, 4, 5), D("97.50")),
    ]
    calendar = gains.by_tax_year(lots)
    assert [(y.label, y.proceeds, y.cost, y.gain) for y in calendar] == [
        ("2024", D(2045), D("1702.00"), D("343.00"))]                     # 1,497 + 548; 801 + 901
    hk = gains.by_tax_year(lots, gains.HK_TAX_YEAR)
    assert [y.label for y in hk] == ["2024/25"]                         # both after 1 April


def test_average_cost_closes_the_pool():
    lots = gains.closed_lots("BABA", BOOK, "average")
    # pool of 20 costing 1,702 (85.10 each): 15 cost 1,276.50, the last 5 cost 425.50
    assert [(l.bought, l.quantity, l.cost, l.gain) for l in lots] == [
        (None, D(15), D("1276.50"), D("220.50")), (None, D(5), D("425.50"), D("122.50"))]
    assert lots[0].holding_days is None


def test_lots_carried_by_a_conversion_keep_their_date_and_cost():
    book = Book(INSTRUMENTS, trades=(
        Trade("BABA", BUY, date(2023, 5, 2), D(10), D(80), id=1),
        Trade("9988.HK", SELL, date(2024, 5, 2), D(80), D(100), D(10), id=2)),
        conversions=(Conversion(date(2024, 1, 2), "BABA", "9988.HK", D(10), D(0), D("7.80"), id=1),))
    [lot] = gains.closed_lots("9988.HK", book)
    # 10 ADS bought for 800 USD became 80 shares costing 800 x 7.80 = 6,240 HKD, bought 2023-05-02
    assert (lot.bought, lot.currency, lot.cost, lot.proceeds, lot.gain) == (
        date(2023, 5, 2), "HKD", D("6240.00"), D(7990), D("1750.00"))


def test_tax_year_starts():
    start = gains.TaxYearStart.parse("04-06")
    assert start == gains.UK_TAX_YEAR and str(start) == "04-06"
    assert (start.year_of(date(2025, 4, 5)), start.year_of(date(2025, 4, 6))) == (2024, 2025)
    for bad in ("02-29", "13-01", "4/6", "x"):
        with pytest.raises(ValueError, match="tax year start"):
            gains.TaxYearStart.parse(bad)


def test_the_csv_export_defuses_formula_text_and_keeps_numbers(tmp_path):
    from tracker.app.gains_export import gains_rows, write_gains_csv
    from tracker.domain.spreadsheet import guard_formula
    assert [guard_formula(t) for t in ("=1+1", "+1", "-2", "@SUM(A1)", "BABA", "")] == [
        "'=1+1", "'+1", "'-2", "'@SUM(A1)", "BABA", ""]
    years = gains.by_tax_year(gains.closed_lots("BABA", BOOK), gains.UK_TAX_YEAR)
    rows = gains_rows(years)
    # a loss stays a number a spreadsheet can sum; the gains here: 197.00, 48.50, 97.50
    assert [r[9] for r in rows] == ["197.00", "48.50", "97.50"]
    assert rows[0][:6] == ["2023/24", "BABA", "USD", "2024-01-10", "2024-04-05", "86"]
    out = write_gains_csv(tmp_path / "g.csv", years, gains.UK_TAX_YEAR, {1: "=HYPERLINK(\"x\")"})
    lines = out.read_text().splitlines()
    assert lines[0] == ("tax_year,symbol,currency,bought,sold,holding_days,quantity,"
                        "proceeds,cost,gain,return,account")
    assert lines[1].endswith(",\"'=HYPERLINK(\"\"x\"\")\"")       # the account's name, defused
    assert not (tmp_path / "g.csv.part").exists()
