"""Exchange rates by day, the combined stake and the ADS premium, on hand-worked examples."""
from datetime import date
from decimal import Decimal as D

import pytest

from tracker.domain import fx, stake
from tracker.domain.ledger import Book
from tracker.domain.model import BUY, SELL, Conversion, Dividend, Fee, Instrument, Trade

BABA = Instrument("BABA", "Alibaba Group ADS", "NYSE", "USD", "ADS", D(8), date(2014, 9, 19))
HK = Instrument("9988.HK", "Alibaba Group ordinary shares", "HKEX", "HKD", "ORD", D(1), date(2019, 11, 26))
INSTRUMENTS = {"BABA": BABA, "9988.HK": HK}

# USD/HKD with a gap: nothing on Thursday 2024-01-04 (and nothing before 2024-01-02)
HKD_RATES = [(date(2024, 1, 2), D("7.8100")), (date(2024, 1, 3), D("7.8000")), (date(2024, 1, 5), D("7.8200"))]
CNY_RATES = [(date(2024, 1, 3), D("7.1000"))]
RATES = fx.Rates({"HKD": HKD_RATES, "CNY": CNY_RATES})


# --- the day's rate ---------------------------------------------------------------------------------
def test_a_day_without_a_rate_takes_the_previous_one():
    thursday = RATES.per_usd("HKD", date(2024, 1, 4))
    assert (thursday.value, thursday.quoted, thursday.approximate) == (D("7.8000"), date(2024, 1, 3), False)
    assert RATES.per_usd("HKD", date(2024, 1, 5)).value == D("7.8200")


def test_before_any_rate_hkd_falls_back_to_the_peg_and_says_so():
    before = RATES.per_usd("HKD", date(2023, 12, 29))
    assert (before.value, before.approximate) == (D("7.80"), True)
    # 100 USD on 2023-12-29 = 100 x 7.80 = 780 HKD, approximate
    assert RATES.convert(D(100), "USD", "HKD", date(2023, 12, 29)) == (D("780.00"), True)
    assert fx.PEG_ONLY.convert(D(780), "HKD", "USD", date(2024, 1, 3)) == (D(100), True)


def test_cny_has_no_peg_before_its_first_rate_the_earliest_is_used_and_marked():
    early = RATES.per_usd("CNY", date(2024, 1, 2))
    assert (early.value, early.approximate) == (D("7.1000"), True)
    with pytest.raises(fx.MissingRate, match="USDCNY"):
        fx.PEG_ONLY.per_usd("CNY", date(2024, 1, 2))


def test_hkd_to_cny_goes_through_the_dollar():
    # 781 HKD on 2024-01-04: / 7.8000 (Wednesday's rate) = 100.128205... USD x 7.1000 = 710.9102564103 CNY
    amount, approximate = RATES.convert(D(781), "HKD", "CNY", date(2024, 1, 4))
    assert amount == D("710.9102564103") and not approximate


# --- dividends declared in dollars, credited in HKD -------------------------------------------------
def test_the_rate_is_derived_from_both_amounts_and_the_amount_from_the_rate():
    declared = Dividend("9988.HK", date(2024, 1, 4), D("1.00"), received=D("7.83"), received_currency="HKD")
    assert fx.completed_dividend(declared).fx_rate == D("7.83")          # 7.83 / 1.00
    by_rate = Dividend("9988.HK", date(2024, 1, 4), D("2.50"), withholding=D("0.25"), fx_rate=D("7.8"),
                       received_currency="HKD")
    assert fx.completed_dividend(by_rate).received == D("17.55")          # (2.50 - 0.25) x 7.8


def test_a_dividend_credited_in_hkd_counts_as_received_on_the_hk_line():
    div = Dividend("9988.HK", date(2024, 1, 4), D("10"), received=D("78.30"), received_currency="HKD",
                   fx_rate=D("7.83"))
    assert fx.dividend_in(div, "HKD", RATES) == (D("78.30"), False)
    assert fx.dividend_in(div, "USD", RATES) == (D(10), False)
    # without a received amount: the day's rate, 10 x 7.8000 (Thursday takes Wednesday's rate)
    plain = Dividend("9988.HK", date(2024, 1, 4), D("10"))
    assert fx.dividend_in(plain, "HKD", RATES) == (D("78.0000"), False)


# --- the combined stake --------------------------------------------------------------------------
BABA_CLOSES = [(date(2024, 1, 2), D("72.00")), (date(2024, 1, 3), D("74.00")), (date(2024, 1, 4), D("73.00")),
               (date(2024, 1, 5), D("75.00"))]
HK_CLOSES = [(date(2024, 1, 2), D("70.00")), (date(2024, 1, 3), D("72.00")), (date(2024, 1, 4), D("71.00")),
             (date(2024, 1, 5), D("73.00"))]
CLOSES = {"BABA": BABA_CLOSES, "9988.HK": HK_CLOSES}


def book(*records):
    return Book(INSTRUMENTS,
                trades=tuple(r for r in records if isinstance(r, Trade)),
                dividends=tuple(r for r in records if isinstance(r, Dividend)),
                fees=tuple(r for r in records if isinstance(r, Fee)),
                conversions=tuple(r for r in records if isinstance(r, Conversion)))


def test_combined_units_cost_and_value_by_hand():
    b = book(Trade("BABA", BUY, date(2024, 1, 2), D(10), D("72.00"), D(0), "USD", id=1),
             Trade("9988.HK", BUY, date(2024, 1, 3), D(80), D("72.00"), D(0), "HKD", id=2))
    p = stake.compute_stake(b, date(2024, 1, 5), CLOSES, RATES, "USD")
    # 10 ADS + 80 shares / 8 = 20 ADS-equivalents
    assert p.shares == D(20)
    # cost: 10 x 72.00 = 720 USD + 80 x 72.00 = 5,760 HKD / 7.8000 (2024-01-03) = 738.4615384615 USD
    assert p.cost_basis == D("1458.4615384615")
    # value on 2024-01-05: 10 x 75.00 = 750 USD + 80 x 73.00 = 5,840 HKD / 7.8200 = 746.8030690537 USD
    assert p.market_value == D("1496.8030690537")
    assert p.unrealized_pnl == p.market_value - p.cost_basis
    assert p.total_return == p.total_return_at_cost == p.unrealized_pnl
    assert (p.symbol, p.currency, p.fx_approximate) == (stake.STAKE, "USD", False)
    # TWR by hand, values in USD: day 1 (01-02): 10 x 72 = 720 in, ends 720: r = 0
    # day 2 (01-03): in 738.4615 (5,760 HKD / 7.80); end 10 x 74 + 80 x 72 / 7.80 = 740 + 738.4615
    # day 3 (01-04, rate 7.80 carried): 730 + 80 x 71 / 7.80 = 730 + 728.2051
    # day 4 (01-05, rate 7.82): 750 + 5,840 / 7.82 = 750 + 746.8031
    d2 = (740 + 5760 / 7.80) / (720 + 5760 / 7.80)
    d3 = (730 + 5680 / 7.80) / (740 + 5760 / 7.80)
    d4 = (750 + 5840 / 7.82) / (730 + 5680 / 7.80)
    assert p.twr == pytest.approx(d2 * d3 * d4 - 1, rel=1e-7)   # rates into USD kept to 10 decimals


def test_a_conversion_changes_neither_units_nor_cost_nor_acquisition_dates():
    buy = Trade("BABA", BUY, date(2024, 1, 2), D(10), D("72.00"), D(0), "USD", id=1)
    conv = Conversion(date(2024, 1, 4), "BABA", "9988.HK", D(5), fx_rate=D("7.80"), id=1)
    before = stake.compute_stake(book(buy), date(2024, 1, 5), CLOSES, RATES, "HKD")
    after = stake.compute_stake(book(buy, conv), date(2024, 1, 5), CLOSES, RATES, "HKD")
    # 10 ADS, or 5 ADS + 40 shares: 10 ADS-equivalents either way; cost 720 USD x 7.8100 = 5,623.20 HKD
    assert before.shares == after.shares == D(10)
    assert before.cost_basis == after.cost_basis == D("5623.20")
    # no money in or out: the first (and only) money in is still the buy of 2024-01-02
    assert after.period_days == before.period_days == 3
    # value in HKD on 01-05: 5 x 75.00 x 7.82 = 2,932.50 + 40 x 73.00 = 2,920 -> 5,852.50
    assert after.market_value == D("5852.5000")
    # the sum of both legs at the day's rate
    assert after.market_value == D(5) * D("75.00") * D("7.8200") + D(40) * D("73.00")


def test_realized_pnl_dividends_and_fees_in_the_base_currency():
    b = book(Trade("BABA", BUY, date(2024, 1, 2), D(10), D("72.00"), D(0), "USD", id=1),
             Trade("BABA", SELL, date(2024, 1, 5), D(4), D("75.00"), D("1.00"), "USD", id=2),
             Dividend("9988.HK", date(2024, 1, 5), D("1.00"), received=D("7.82"), received_currency="HKD"),
             Fee("BABA", date(2024, 1, 3), D("2.00"), "USD"))
    p = stake.compute_stake(b, date(2024, 1, 5), CLOSES, RATES, "HKD")
    # sell: (4 x 75 - 1) = 299 USD x 7.82 = 2,338.18 HKD; cost of 4 lots: 4 x 72 = 288 USD x 7.81 = 2,249.28
    assert p.realized_pnl == D("88.90")
    assert p.realized_by_trade == {2: D("88.90")}
    assert p.dividends_net == D("7.82")               # as received
    assert p.fees == D("2.00") * D("7.8000")           # 2 USD on 2024-01-03 = 15.60 HKD
    assert p.total_return == p.total_return_at_cost == p.realized_pnl + p.unrealized_pnl + p.dividends_net - p.fees


def test_amounts_before_any_rate_are_marked_approximate():
    early = Trade("9988.HK", BUY, date(2023, 12, 28), D(80), D("70.00"), D(0), "HKD", id=1)
    p = stake.compute_stake(book(early), date(2024, 1, 5), CLOSES, RATES, "USD")
    # the cost: 5,600 HKD / 7.80 (the peg: no rate on or before 2023-12-28) = 717.9487179487 USD
    assert p.cost_basis == D("717.9487179487") and p.fx_approximate
    late = Trade("9988.HK", BUY, date(2024, 1, 2), D(80), D("70.00"), D(0), "HKD", id=1)
    assert not stake.compute_stake(book(late), date(2024, 1, 5), CLOSES, RATES, "USD").fx_approximate


def test_cny_without_rates_cannot_be_shown():
    b = book(Trade("BABA", BUY, date(2024, 1, 2), D(1), D("72.00"), D(0), "USD", id=1))
    with pytest.raises(fx.MissingRate):
        stake.compute_stake(b, date(2024, 1, 5), CLOSES, fx.PEG_ONLY, "CNY")


# --- the ADS premium ---------------------------------------------------------------------------------
def test_premium_pairs_same_day_closes_at_that_days_rate():
    ads = [(date(2024, 1, 3), D("74.00")), (date(2024, 1, 4), D("73.00")), (date(2024, 1, 8), D("70.00"))]
    hk = [(date(2024, 1, 3), D("72.00")), (date(2024, 1, 4), D("71.00")), (date(2024, 1, 5), D("73.00"))]
    points = stake.premium_series(ads, hk, D(8), RATES)
    # 2024-01-08 has no HKEX close of its own: not compared; 2024-01-05 has no NYSE close here
    assert [p.day for p in points] == [date(2024, 1, 3), date(2024, 1, 4)]
    # 01-03: 8 x 72.00 / 7.8000 = 73.8461538462 USD per ADS; 74.00 / 73.8461538462 - 1 = +0.2083 %
    assert points[0].parity == D("73.8461538462")
    assert points[0].premium == pytest.approx(74 / (8 * 72 / 7.8) - 1)
    # 01-04 (Wednesday's rate carried): 8 x 71 / 7.80 = 72.8205; 73 / 72.8205 - 1 = +0.2465 %
    assert points[1].premium == pytest.approx(73 / (8 * 71 / 7.8) - 1)
    assert not any(p.approximate for p in points)
    assert stake.latest_premium(points, date(2024, 1, 10)) == points[1]
    before = stake.premium_series([(date(2023, 12, 29), D("78"))], [(date(2023, 12, 29), D("76"))], D(8), RATES)
    assert before[0].approximate           # no rate yet: the peg, marked


def test_each_accounts_stake_adds_up_to_the_whole_with_transfers_and_conversions_between_them():
    from tracker.domain.model import Account, Transfer
    accounts = {1: Account(1, "Main"), 2: Account(2, "IBKR"), 3: Account(3, "Futu")}
    b = Book(INSTRUMENTS,
             trades=(Trade("BABA", BUY, date(2024, 1, 2), D(10), D("72.00"), D("1"), "USD", id=1),
                     Trade("BABA", BUY, date(2024, 1, 3), D(4), D("74.00"), D(0), "USD", id=2, account_id=2),
                     Trade("BABA", SELL, date(2024, 1, 5), D(3), D("75.00"), D(0), "USD", id=3, account_id=2)),
             conversions=(Conversion(date(2024, 1, 4), "BABA", "9988.HK", D(2), D("3"), fx_rate=D("7.80"), id=1,
                                     from_account_id=1, to_account_id=3),),
             transfers=(Transfer(date(2024, 1, 3), "BABA", D(5), 1, 2, fee=D("2"), currency="USD", id=1),),
             accounts=accounts)
    whole = stake.compute_stake(b, date(2024, 1, 5), CLOSES, RATES, "USD")
    parts = [stake.compute_stake(b, date(2024, 1, 5), CLOSES, RATES, "USD", account=a) for a in accounts]
    # 10 - 5 - 2 = 3 in Main, 4 + 5 - 3 = 6 in IBKR, 16 shares (2 ADS-eq.) in Futu
    assert [p.shares for p in parts] == [3, 6, 2] and whole.shares == 11
    for figure in ("shares", "cost_basis", "market_value", "realized_pnl", "total_return"):
        assert sum(getattr(p, figure) for p in parts) == pytest.approx(getattr(whole, figure)), figure
    # IBKR's sell of 3 consumes the 5 moved in first (bought 2024-01-02 at 72 + a share of both fees)
    assert parts[1].realized_pnl == 3 * D("75.00") - 3 * (D("72.00") + D("0.1") + D("0.4"))
