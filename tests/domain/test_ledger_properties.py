"""Properties of the ledger on random valid histories of buys, sells and conversions (hypothesis)."""
from datetime import date, timedelta
from decimal import Decimal as D

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.domain import ledger
from tracker.domain.ledger import Book
from tracker.domain.model import (BUY, RATIO_CHANGE, SELL, SPLIT, Conversion, CorporateAction, Dividend, Fee,
                                  Instrument, Trade)

BABA = Instrument("BABA", "Alibaba Group ADS", "NYSE", "USD", "ADS", D(8), date(2014, 9, 19))
HK = Instrument("9988.HK", "Alibaba Group ordinary shares", "HKEX", "HKD", "ORD", D(1), date(2019, 11, 26))
INSTRUMENTS = {"BABA": BABA, "9988.HK": HK}
ACTIONS = (CorporateAction("9988.HK", date(2019, 7, 30), SPLIT, D(8)),
           CorporateAction("BABA", date(2019, 7, 30), RATIO_CHANGE, D(8)))
START = date(2019, 12, 2)
SYMBOLS = ("BABA", "9988.HK")

cents = st.integers(min_value=100, max_value=50_000).map(lambda c: D(c) / 100)        # 1.00 .. 500.00
fees = st.integers(min_value=0, max_value=500).map(lambda c: D(c) / 100)              # 0.00 .. 5.00
step = st.tuples(
    st.sampled_from(("buy", "buy", "sell", "convert", "dividend", "fee")),
    st.sampled_from(SYMBOLS),
    st.integers(min_value=1, max_value=400),       # units wanted (ADS for BABA; x8 shares for HK)
    cents, fees,
    st.integers(min_value=1, max_value=20),        # days to the next event
)


def build(steps, fx_rate: D | None = None) -> tuple[Book, dict]:
    """A valid history from raw steps: sells and conversions are capped at what is held, each event
    on its own day. Also returns what a user would count by hand: units bought and sold."""
    held = {s: D(0) for s in SYMBOLS}
    trades, conversions, dividends, standalone = [], [], [], []
    counted = {"bought_ads": D(0), "sold_ads": D(0)}
    day = START
    for n, (kind, symbol, units, price, fee, gap) in enumerate(steps, start=1):
        day += timedelta(days=gap)
        qty = D(units) * (8 if symbol == "9988.HK" else 1)
        per_ads = D(1) / 8 if symbol == "9988.HK" else D(1)
        if kind == "buy":
            trades.append(Trade(symbol, BUY, day, qty, price, fee, id=n))
            held[symbol] += qty
            counted["bought_ads"] += qty * per_ads
        elif kind == "sell" and held[symbol]:
            qty = min(qty, held[symbol])
            trades.append(Trade(symbol, SELL, day, qty, price, fee, id=n))
            held[symbol] -= qty
            counted["sold_ads"] += qty * per_ads
        elif kind == "convert" and held[symbol]:
            other = "9988.HK" if symbol == "BABA" else "BABA"
            qty = min(qty, held[symbol])
            rate = fx_rate if fx_rate is not None else (D("7.80") if symbol == "BABA" else 1 / D("7.80"))
            conversions.append(Conversion(day, symbol, other, qty, fee, rate, id=n))
            held[symbol] -= qty
            held[other] += qty * 8 if symbol == "BABA" else qty / 8
        elif kind == "dividend":
            dividends.append(Dividend(symbol, day, price + fee, fee / 2, fee / 2, id=n))
        elif kind == "fee":
            standalone.append(Fee(symbol, day, fee + D("0.01"), id=n))
    book = Book(INSTRUMENTS, tuple(trades), tuple(dividends), tuple(standalone), tuple(conversions), ACTIONS)
    return book, {"held": held, "last_day": day, **counted}


def closes_for(book: Book, last_day: date, price: D) -> dict:
    """One close per listing, on the last day, so every position is valued at a known price."""
    return {s: [(START, price), (last_day, price)] for s in SYMBOLS}


histories = st.lists(step, min_size=1, max_size=40)
settings_ = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@settings_
@given(histories)
def test_generated_histories_are_valid_and_units_are_conserved(steps):
    book, facts = build(steps)
    assert ledger.history_errors(book) == []
    last = facts["last_day"]
    held = ledger.holdings_on(book, last)
    assert held == facts["held"]
    # conversions move units between listings without creating or destroying any:
    # ADS-equivalents held = ADS-equivalents bought - sold
    assert ledger.ads_equivalent(held, book, last) == facts["bought_ads"] - facts["sold_ads"]
    for symbol in SYMBOLS:
        assert ledger.compute_position(symbol, book, last, []).shares == held[symbol]


@settings_
@given(histories, cents)
def test_total_return_is_the_sum_of_its_parts(steps, price):
    book, facts = build(steps)
    closes = closes_for(book, facts["last_day"], price)
    for symbol in SYMBOLS:
        for method in ledger.METHODS:
            p = ledger.compute_position(symbol, book, facts["last_day"], closes[symbol], method, closes)
            # at carried cost the total is the sum of the parts; at market it is what came out
            # plus what is left minus what went in, conversions at their transfer value
            assert p.total_return_at_cost == p.realized_pnl + p.unrealized_pnl + p.dividends_net - p.fees
            flows = ledger.cash_flows(symbol, book, facts["last_day"], closes[symbol], method, closes)
            assert p.total_return == p.market_value + sum((a for _, a in flows), D(0))
            if not book.conversions:
                assert p.total_return == p.total_return_at_cost
            assert p.realized_pnl == sum(p.realized_by_trade.values(), D(0))
            assert p.market_value == p.shares * price
            assert p.cost_basis >= 0 and (p.shares == 0) == (p.average_cost is None)


@settings_
@given(histories, cents)
def test_fifo_and_average_agree_on_units_cash_and_total_pnl(steps, price):
    # with fx_rate 1 the carried cost is the same number in both listings, so the two methods must
    # split the same total P&L differently between realized and unrealized, and between listings
    book, facts = build(steps, fx_rate=D(1))
    last = facts["last_day"]
    closes = closes_for(book, last, price)
    totals = {}
    for method in ledger.METHODS:
        positions = [ledger.compute_position(s, book, last, closes[s], method, closes) for s in SYMBOLS]
        totals[method] = (
            [p.shares for p in positions],
            [ledger.cash_flows(s, book, last, closes[s], method, closes) for s in SYMBOLS],
            sum((p.realized_pnl + p.unrealized_pnl for p in positions), D(0)),
        )
    fifo, avg = totals["fifo"], totals["average"]
    assert fifo[0] == avg[0]                # units
    assert fifo[1] == avg[1]                # every day's money in and out
    assert fifo[2] == avg[2]                # realized + unrealized, exactly


@settings_
@given(histories, cents)
def test_every_flow_is_counted_once_in_total_return(steps, price):
    # without conversions a position's total return is simply money out + value - money in
    book, facts = build([s for s in steps if s[0] != "convert"])
    last = facts["last_day"]
    closes = closes_for(book, last, price)
    for symbol in SYMBOLS:
        for method in ledger.METHODS:
            p = ledger.compute_position(symbol, book, last, closes[symbol], method)
            cash = sum((amount for _, amount in ledger.cash_flows(symbol, book, last, method=method)), D(0))
            assert p.total_return == cash + p.market_value


@settings_
@given(histories)
def test_removing_any_buy_either_keeps_history_valid_or_names_the_oversell(steps):
    book, facts = build(steps)
    buys = [t for t in book.trades if t.side == BUY]
    if not buys:
        return
    removed = buys[len(buys) // 2]
    smaller = Book(book.instruments, tuple(t for t in book.trades if t is not removed), book.dividends,
                   book.fees, book.conversions, book.actions)
    errors = ledger.history_errors(smaller)
    assert all(e.field == "quantity" and "exceeds" in e.message for e in errors)
    if not errors:
        held = ledger.holdings_on(smaller, facts["last_day"])
        assert all(units >= 0 for units in held.values())
    # positions still compute, skipping what can no longer be done
    for symbol in SYMBOLS:
        assert ledger.compute_position(symbol, smaller, facts["last_day"], []).shares >= 0
