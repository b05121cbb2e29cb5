"""The ledger on hand-worked examples: every expected figure is derived in the comments."""
from datetime import date
from decimal import Decimal as D

import pytest

from tracker.domain import ledger
from tracker.domain.ledger import Book, Lot
from tracker.domain.model import (BUY, RATIO_CHANGE, SELL, SPLIT, Conversion, CorporateAction, Dividend, Fee,
                                  Instrument, Trade)
from tracker.domain.money import HKD_PER_USD

BABA = Instrument("BABA", "Alibaba Group ADS", "NYSE", "USD", "ADS", D(8), date(2014, 9, 19))
HK = Instrument("9988.HK", "Alibaba Group ordinary shares", "HKEX", "HKD", "ORD", D(1), date(2019, 11, 26))
INSTRUMENTS = {"BABA": BABA, "9988.HK": HK}
# the two facts seeded in every database
SUBDIVISION_2019 = (CorporateAction("9988.HK", date(2019, 7, 30), SPLIT, D(8), id=1),
                    CorporateAction("BABA", date(2019, 7, 30), RATIO_CHANGE, D(8), id=2))


def book(trades=(), dividends=(), fees=(), conversions=(), actions=SUBDIVISION_2019) -> Book:
    return Book(INSTRUMENTS, tuple(trades), tuple(dividends), tuple(fees), tuple(conversions), tuple(actions))


def buy(day, qty, price, fee="0", symbol="BABA", id=None):
    return Trade(symbol, BUY, day, D(qty), D(price), D(fee), id=id)


def sell(day, qty, price, fee="0", symbol="BABA", id=None):
    return Trade(symbol, SELL, day, D(qty), D(price), D(fee), id=id)


# --- FIFO and moving average on three buys and two sells -------------------------------------------
THREE_BUYS_TWO_SELLS = [
    buy(date(2024, 1, 2), 10, "70", "2", id=1),     # lot 1: 10 x 70 + 2 = 702
    buy(date(2024, 2, 1), 20, "75", "3", id=2),     # lot 2: 20 x 75 + 3 = 1503
    sell(date(2024, 3, 1), 15, "85", "2.50", id=4),  # proceeds 15 x 85 - 2.50 = 1272.50
    buy(date(2024, 4, 1), 10, "80", "1", id=3),     # lot 3: 10 x 80 + 1 = 801
    sell(date(2024, 5, 1), 20, "90", "4", id=5),    # proceeds 20 x 90 - 4 = 1796
]
CLOSES = [(date(2024, 1, 2), D("70")), (date(2024, 5, 31), D("88"))]


def test_fifo_consumes_oldest_lots_first_with_their_buy_fees():
    p = ledger.compute_position("BABA", book(THREE_BUYS_TWO_SELLS), date(2024, 6, 3), CLOSES)
    # sell 4 takes lot 1 (702) and 5 of lot 2's 20 (1503 x 5/20 = 375.75): 1272.50 - 1077.75 = 194.75
    # sell 5 takes lot 2's other 15 (1503 - 375.75 = 1127.25) and 5 of lot 3 (801 x 5/10 = 400.50):
    #   1796 - 1527.75 = 268.25
    assert p.realized_by_trade == {4: D("194.75"), 5: D("268.25")}
    assert p.realized_pnl == D("463.00")
    # left: 5 of lot 3, cost 400.50, 80.10 each; worth 5 x 88 = 440
    assert (p.shares, p.cost_basis, p.average_cost) == (D(5), D("400.50"), D("80.10"))
    assert (p.last_price, p.last_price_date, p.market_value) == (D(88), date(2024, 5, 31), D(440))
    assert p.unrealized_pnl == D("39.50")
    assert p.total_return == D("502.50")    # 463 + 39.50
    assert ledger.open_lots("BABA", book(THREE_BUYS_TWO_SELLS), date(2024, 6, 3)) == [
        Lot(date(2024, 4, 1), D(5), D("400.50"))]


def test_moving_average_sells_at_the_current_average():
    p = ledger.compute_position("BABA", book(THREE_BUYS_TWO_SELLS), date(2024, 6, 3), CLOSES, "average")
    # after two buys: 30 units cost 702 + 1503 = 2205 (73.50 each)
    # sell 4: 15 x 73.50 = 1102.50 removed; 1272.50 - 1102.50 = 170.00; left 15 units, 1102.50
    # buy 3: 25 units, 1102.50 + 801 = 1903.50 (76.14 each)
    # sell 5: 1903.50 x 20/25 = 1522.80 removed; 1796 - 1522.80 = 273.20; left 5 units, 380.70
    assert p.realized_by_trade == {4: D("170.00"), 5: D("273.20")}
    assert (p.shares, p.cost_basis, p.average_cost) == (D(5), D("380.70"), D("76.14"))
    assert p.realized_pnl == D("443.20")
    assert p.unrealized_pnl == D("59.30")   # 440 - 380.70
    # the same money went in and out, so the total is the FIFO total
    assert p.total_return == D("502.50")
    assert p.method == "average"


def test_realized_by_sell_matches_the_position():
    b = book(THREE_BUYS_TWO_SELLS)
    assert ledger.realized_by_sell("BABA", b, "fifo") == {4: D("194.75"), 5: D("268.25")}
    assert ledger.realized_by_sell("BABA", b, "average") == {4: D("170.00"), 5: D("273.20")}
    assert ledger.realized_by_sell("9988.HK", b, "fifo") == {}


def test_as_of_only_counts_events_up_to_that_day():
    p = ledger.compute_position("BABA", book(THREE_BUYS_TWO_SELLS), date(2024, 4, 1), CLOSES)
    # three buys and the first sell: 40 - 15 = 25 left, cost 702 + 1503 + 801 - 1077.75 = 1928.25
    assert (p.shares, p.cost_basis, p.realized_pnl) == (D(25), D("1928.25"), D("194.75"))
    # the last close on or before 2024-04-01 is the one of 2024-01-02, but the buy of 2024-04-01
    # at 80 is a more recent price of the listing, and that is the one the holding is valued at
    assert (p.last_price, p.last_price_date, p.price_source) == (D(80), date(2024, 4, 1), "trade")
    assert p.market_value == 25 * D(80)


def test_average_cost_series_steps_after_each_change():
    b = book(THREE_BUYS_TWO_SELLS + [sell(date(2024, 6, 3), 5, "90", id=6)])
    assert ledger.average_cost_series("BABA", b) == [
        (date(2024, 1, 2), D("70.2")),     # 702 / 10
        (date(2024, 2, 1), D("73.5")),     # 2205 / 30
        (date(2024, 3, 1), D("75.15")),    # (2205 - 1077.75) / 15
        (date(2024, 4, 1), D("77.13")),    # (1127.25 + 801) / 25
        (date(2024, 5, 1), D("80.1")),     # 400.50 / 5
        (date(2024, 6, 3), None),          # flat
    ]
    # with the average method a sell leaves the average alone
    assert ledger.average_cost_series("BABA", b, "average")[2] == (date(2024, 3, 1), D("73.5"))


def test_flat_position_and_missing_prices():
    everything_sold = THREE_BUYS_TWO_SELLS + [sell(date(2024, 6, 3), 5, "90", id=6)]
    flat = ledger.compute_position("BABA", book(everything_sold), date(2024, 6, 3), [])
    # nothing held: worth 0 even without prices; 5 x 90 - 400.50 = 49.50 more realized
    assert (flat.shares, flat.cost_basis, flat.average_cost) == (D(0), D(0), None)
    assert (flat.market_value, flat.unrealized_pnl, flat.realized_pnl) == (D(0), D(0), D("512.50"))
    # the last price is the sell's (no close): nothing is held, so it values nothing
    assert flat.total_return == D("512.50") and (flat.last_price, flat.price_source) == (D(90), "trade")
    held = ledger.compute_position("BABA", book(THREE_BUYS_TWO_SELLS), date(2024, 6, 3), [])
    # units held but no close at all: valued at the latest trade price, the sell of 2024-05-01 at 90
    assert (held.last_price, held.last_price_date, held.price_source) == (D(90), date(2024, 5, 1), "trade")
    # 5 x 90 = 450 held; cost 400.50 (half of lot 3's 801) -> unrealized 49.50
    assert (held.market_value, held.unrealized_pnl) == (D(450), D("49.50"))
    assert held.realized_pnl == D("463.00")
    # in 702 + 1503 + 801, out 1272.50 + 1796, left 450: 1272.50 + 1796 + 450 - 3006 = 512.50
    assert held.total_return == D("512.50") == held.total_return_at_cost
    # 153 days from the first buy: under a year, so the rates are given for the period only
    assert held.period_days == 153 and held.xirr is None and held.twr_annualized is None
    assert held.xirr_period is not None and held.twr is not None


def test_nothing_recorded_gives_an_empty_position():
    p = ledger.compute_position("9988.HK", book(), date(2024, 6, 3), [])
    assert (p.shares, p.cost_basis, p.market_value, p.realized_pnl, p.dividends_net, p.fees) == (0, 0, 0, 0, 0, 0)
    assert p.currency == "HKD" and p.xirr is None and p.twr is None and p.realized_by_trade == {}


def test_unknown_symbol_or_method_is_refused():
    with pytest.raises(ValueError, match="TSLA"):
        ledger.compute_position("TSLA", book(), date(2024, 6, 3), [])
    with pytest.raises(ValueError, match="method"):
        ledger.compute_position("BABA", book(), date(2024, 6, 3), [], method="lifo")


# --- dividends and standalone fees ----------------------------------------------------------------
def test_dividend_net_is_gross_minus_withholding_minus_fees():
    b = book([buy(date(2023, 6, 1), 10, "85"), buy(date(2023, 6, 1), 800, "80", symbol="9988.HK")],
             dividends=[Dividend("BABA", date(2024, 1, 11), D("10.00"), D("1.00"), D("0.50")),
                        Dividend("9988.HK", date(2024, 1, 11), D("100.00"), D("10.00"))],
             fees=[Fee("BABA", date(2024, 2, 1), D("0.30"), "USD")])
    baba = ledger.compute_position("BABA", b, date(2024, 3, 1), [(date(2024, 3, 1), D(85))])
    assert baba.dividends_net == D("8.50")        # 10.00 - 1.00 - 0.50
    assert baba.fees == D("0.30")
    # 10 x 85 = 850 worth, cost 850: total = 0 + 0 + 8.50 - 0.30
    assert baba.total_return == D("8.20")
    hk = ledger.compute_position("9988.HK", b, date(2024, 3, 1), [(date(2024, 3, 1), D(80))])
    # Alibaba pays US dollars on 9988.HK too: (100 - 10) USD x 7.80 = 702 HKD
    assert HKD_PER_USD == D("7.80")
    assert hk.dividends_net == D("702.00") and hk.currency == "HKD"


def test_a_dividend_or_fee_does_not_change_units_or_cost():
    b = book(THREE_BUYS_TWO_SELLS, dividends=[Dividend("BABA", date(2024, 4, 15), D("15"))],
             fees=[Fee("BABA", date(2024, 4, 20), D("2"))])
    p = ledger.compute_position("BABA", b, date(2024, 6, 3), CLOSES)
    assert (p.shares, p.cost_basis, p.realized_pnl) == (D(5), D("400.50"), D("463.00"))
    assert p.total_return == D("502.50") + 15 - 2


# --- the 2019 subdivision ---------------------------------------------------------------------------
def test_a_2018_baba_holding_is_unchanged_by_the_2019_events():
    b = book([buy(date(2018, 6, 1), 10, "200", "1")])
    closes = [(date(2018, 6, 1), D(200)), (date(2019, 7, 29), D(190)), (date(2019, 7, 30), D(192)),
              (date(2020, 1, 2), D(215))]
    before = ledger.compute_position("BABA", b, date(2019, 7, 29), closes)
    after = ledger.compute_position("BABA", b, date(2020, 1, 2), closes)
    # still 10 ADS at 200.10 each (2000 + 1 fee): an ADS was 1 ordinary share and became 8,
    # so no ADS count and no ADS price moved
    assert (before.shares, before.average_cost) == (D(10), D("200.1"))
    assert (after.shares, after.cost_basis, after.average_cost) == (D(10), D(2001), D("200.1"))
    assert after.market_value == D(2150)
    assert ledger.holdings_on(b, date(2020, 1, 2)) == {"BABA": D(10), "9988.HK": D(0)}
    assert ledger.ordinary_per_unit("BABA", b, date(2019, 7, 29)) == 1
    assert ledger.ordinary_per_unit("BABA", b, date(2019, 7, 30)) == 8
    # 10 ADS stood for 10 ordinary shares in 2018 and 80 in 2020: 10 ADS-equivalents either way
    assert ledger.ads_equivalent({"BABA": D(10)}, b, date(2018, 6, 1)) == 10
    assert ledger.ads_equivalent({"BABA": D(10)}, b, date(2020, 1, 2)) == 10


def test_a_split_multiplies_units_held_before_it_and_keeps_their_cost():
    # a hypothetical 2-for-1 split of the HK shares in 2024, on top of the real 2019 facts
    split = CorporateAction("9988.HK", date(2024, 6, 3), SPLIT, D(2))
    b = book([buy(date(2024, 1, 2), 100, "70", "10", symbol="9988.HK"),     # cost 7010
              buy(date(2024, 6, 3), 50, "36", symbol="9988.HK")],           # after the split: 1800
             actions=SUBDIVISION_2019 + (split,))
    before = ledger.compute_position("9988.HK", b, date(2024, 5, 31), [])
    after = ledger.compute_position("9988.HK", b, date(2024, 6, 3), [(date(2024, 6, 3), D(36))])
    assert (before.shares, before.average_cost) == (D(100), D("70.1"))
    # 100 become 200 (7010 -> 35.05 each), plus 50 bought that day: 250 units, cost 8810
    assert (after.shares, after.cost_basis) == (D(250), D(8810))
    assert ledger.holdings_on(b, date(2024, 6, 2))["9988.HK"] == 100
    assert ledger.average_cost_series("9988.HK", b) == [(date(2024, 1, 2), D("70.1")),
                                                        (date(2024, 6, 3), D("35.24"))]   # 8810 / 250


# --- conversions ----------------------------------------------------------------------------------
CONVERSION_BOOK = book(
    [buy(date(2023, 3, 1), 10, "90", "1", id=1),                      # BABA lot: 10 ADS, 901 USD
     buy(date(2023, 5, 2), 100, "85", "10", symbol="9988.HK", id=2),  # HK lot: 100 shares, 8510 HKD
     buy(date(2023, 6, 1), 10, "80", "1", id=3),                      # BABA lot: 10 ADS, 801 USD
     sell(date(2024, 2, 1), 150, "75", "15", symbol="9988.HK", id=4)],
    # 15 ADS -> 120 shares, fee 3 USD, 7.80 HKD per USD
    conversions=[Conversion(date(2024, 1, 10), "BABA", "9988.HK", D(15), D(3), D("7.80"), id=1)])


def test_conversion_carries_lots_with_their_dates_and_cost():
    before_sell = date(2024, 1, 31)
    # 15 ADS leave FIFO: all of the 2023-03-01 lot (10, 901) and 5 of the 2023-06-01 lot (801 x 5/10
    # = 400.50). The fee of 3 is shared by quantity: 2 and 1. Each arrives as 8 shares per ADS at
    # (cost + fee share) x 7.80:  80 shares (901 + 2) x 7.8 = 7043.40,  40 shares (400.50 + 1) x 7.8
    # = 3131.70, in date order around the HK lot bought 2023-05-02.
    assert ledger.open_lots("9988.HK", CONVERSION_BOOK, before_sell) == [
        Lot(date(2023, 3, 1), D(80), D("7043.40")),
        Lot(date(2023, 5, 2), D(100), D(8510)),
        Lot(date(2023, 6, 1), D(40), D("3131.70")),
    ]
    assert ledger.open_lots("BABA", CONVERSION_BOOK, before_sell) == [Lot(date(2023, 6, 1), D(5), D("400.50"))]
    baba = ledger.compute_position("BABA", CONVERSION_BOOK, before_sell, [])
    assert (baba.shares, baba.cost_basis, baba.realized_pnl) == (D(5), D("400.50"), D(0))   # not a sale
    assert ledger.holdings_on(CONVERSION_BOOK, before_sell) == {"BABA": D(5), "9988.HK": D(220)}


def test_selling_converted_shares_in_hkd_uses_the_carried_cost():
    hk = ledger.compute_position("9988.HK", CONVERSION_BOOK, date(2024, 2, 1), [(date(2024, 2, 1), D(75))])
    # the sell of 150 at 75 HKD, fee 15: proceeds 11235. FIFO: the carried 2023-03-01 lot (80,
    # 7043.40) then 70 of the 2023-05-02 lot (8510 x 70/100 = 5957): 11235 - 13000.40 = -1765.40
    assert hk.realized_by_trade == {4: D("-1765.40")}
    # left: 30 of the HK lot (2553) and the 40 carried shares (3131.70)
    assert (hk.shares, hk.cost_basis) == (D(70), D("5684.70"))
    assert hk.market_value == D(5250) and hk.unrealized_pnl == D("-434.70")
    assert hk.currency == "HKD"


def test_conversion_with_the_average_method_moves_average_cost():
    lots = ledger.open_lots("9988.HK", CONVERSION_BOOK, date(2024, 1, 31), "average")
    # BABA pool: 20 ADS, 1702 (85.10 each); 15 leave at 1276.50, + fee 3 = 1279.50 x 7.8 = 9980.10,
    # pooled with the HK lot (8510): 220 shares, 18490.10
    assert lots == [Lot(date(2023, 3, 1), D(220), D("18490.10"))]


def test_converting_back_divides_by_the_ratio():
    b = book([buy(date(2024, 1, 2), 100, "70", symbol="9988.HK")],
             conversions=[Conversion(date(2024, 2, 1), "9988.HK", "BABA", D(36), D(0), D(1) / D("7.8"))])
    held = ledger.holdings_on(b, date(2024, 2, 1))
    assert held == {"9988.HK": D(64), "BABA": D("4.5")}      # 36 / 8 = 4.5 ADS
    assert ledger.ads_equivalent(held, b, date(2024, 2, 1)) == D("12.5")   # 64/8 + 4.5


def test_ads_equivalent_across_both_listings():
    b = book()
    # 120 HK shares are 15 ADS (8 per ADS), plus 5 ADS
    assert ledger.ads_equivalent({"BABA": D(5), "9988.HK": D(120)}, b, date(2024, 1, 31)) == 20
    assert ledger.ads_equivalent(ledger.holdings_on(CONVERSION_BOOK, date(2024, 1, 31)), b,
                                 date(2024, 1, 31)) == D("32.5")   # 5 + 220/8
    with pytest.raises(ValueError, match="TSLA"):
        ledger.ads_equivalent({"TSLA": D(1)}, b, date(2024, 1, 31))


# --- history errors -------------------------------------------------------------------------------
def test_deleting_an_early_buy_makes_a_later_sell_oversell():
    trades = [buy(date(2024, 1, 2), 10, "80", id=1), sell(date(2024, 2, 1), 8, "85", id=2),
              buy(date(2024, 3, 1), 10, "75", id=3)]
    assert ledger.history_errors(book(trades)) == []
    errors = ledger.history_errors(book(trades[1:]))          # without buy 1
    assert [(e.field, e.message) for e in errors] == [
        ("quantity", "sell of 8 BABA on 2024-02-01 exceeds the 0 held then")]


def test_every_oversell_is_reported_and_the_rest_still_counts():
    trades = [buy(date(2024, 1, 2), 30, "80"), sell(date(2024, 3, 1), 50, "85"),
              sell(date(2024, 3, 2), 20, "85"), sell(date(2024, 3, 3), "10.5", "85")]
    errors = ledger.history_errors(book(trades))
    # the 50 is refused; the 20 fits (30 held); then 10.5 exceeds the 10 left
    assert [e.message for e in errors] == ["sell of 50 BABA on 2024-03-01 exceeds the 30 held then",
                                           "sell of 10.5 BABA on 2024-03-03 exceeds the 10 held then"]


def test_converting_more_than_held_is_a_history_error():
    b = book([buy(date(2024, 1, 2), 10, "80")],
             conversions=[Conversion(date(2024, 2, 1), "BABA", "9988.HK", D(12), D(0), D("7.8"))])
    assert [e.message for e in ledger.history_errors(b)] == [
        "conversion of 12 BABA on 2024-02-01 exceeds the 10 held then"]
    # and a later sell of the shares that never arrived is refused too
    b2 = book([buy(date(2024, 1, 2), 10, "80"), sell(date(2024, 3, 1), 80, "70", symbol="9988.HK")],
              conversions=b.conversions)
    assert len(ledger.history_errors(b2)) == 2


def test_same_day_buy_funds_a_same_day_sell_whatever_order_they_were_entered():
    b = book([sell(date(2024, 1, 2), 5, "81"), buy(date(2024, 1, 2), 10, "80")])
    assert ledger.history_errors(b) == []
    assert ledger.holdings_on(b, date(2024, 1, 2))["BABA"] == 5


# --- value series ---------------------------------------------------------------------------------
def test_value_series_tracks_money_in_and_value():
    b = book([buy(date(2024, 1, 2), 10, "70", "2"), sell(date(2024, 1, 4), 5, "73", "1")],
             dividends=[Dividend("BABA", date(2024, 1, 4), D(3))])
    closes = [(date(2023, 12, 29), D(69)), (date(2024, 1, 2), D(71)), (date(2024, 1, 3), D(72)),
              (date(2024, 1, 4), D(73))]
    assert ledger.value_series("BABA", b, closes) == [
        # invested 10 x 70 + 2 = 702; worth 10 x 71
        (date(2024, 1, 2), D(10), D(710), D(702), D(8)),
        (date(2024, 1, 3), D(10), D(720), D(702), D(18)),
        # the sell returns 5 x 73 - 1 = 364 and the dividend 3: invested 702 - 367 = 335
        (date(2024, 1, 4), D(5), D(365), D(335), D(30)),
    ]
    assert ledger.value_series("9988.HK", b, []) == []


def test_holdings_timeline_agrees_with_holdings_on_every_day():
    """The one-replay timeline the app uses for many dates gives what a replay per date gives."""
    from datetime import timedelta
    from tracker.domain.ledger import holdings_timeline
    timeline_book = Book(
        instruments=INSTRUMENTS,
        trades=(Trade("BABA", "buy", date(2020, 1, 2), D(10), D(200), id=1),
                Trade("BABA", "sell", date(2020, 3, 2), D(4), D(180), id=2),
                Trade("9988.HK", "buy", date(2020, 3, 2), D(100), D(190), id=3)),
        conversions=(Conversion(date(2020, 6, 1), "BABA", "9988.HK", D(2), fx_rate=D("7.8")),),
        actions=SUBDIVISION_2019,
    )
    steps = holdings_timeline(timeline_book)
    day = date(2019, 12, 30)
    while day <= date(2020, 6, 5):
        expected = ledger.holdings_on(timeline_book, day)
        past = [held for d, held in steps if d <= day]
        got = past[-1] if past else {s: D(0) for s in INSTRUMENTS}
        assert got == expected, day
        day += timedelta(days=1)
