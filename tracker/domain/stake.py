"""The combined Alibaba stake: both listings as one holding in one base currency, and the ADS premium.

Definitions (the README's glossary quotes them):

- **Units** are ADS-equivalents: ordinary shares / ordinary shares per ADS on the day (80 9988.HK
  shares + 5 BABA = 15).
- **Money in a base currency** (USD, HKD or CNY): every amount at the rate of its own day
  (`fx.Rates`: the previous rate when that day has none, the peg or the earliest rate where none
  exists, marked approximate). A lot's cost is its listing's cost at the rate of the day it was
  bought; a sell's proceeds at the rate of the day it was sold; the market value is each leg's
  units x its last price at the rate of the day shown.
- **A conversion** between the listings is not a flow of the stake: its lots move across with
  their acquisition dates and their cost in the base currency unchanged (the conversion fee, if
  any, is money put in and is added to their cost), and the ADS-equivalents held do not change.
  A transfer between accounts likewise: only its fee is money put in (added to the lots' cost).
- **One account's stake** (`account`): its own trades, dividends and fees; units arriving in it by
  conversion or transfer are money put in, units leaving it money taken out, at their transfer
  value (the giving listing's price that day x the day's rate), as the ledger values one account.
- **Realized P&L**: each sell's proceeds - the cost of the lots it consumed, per listing (FIFO or
  average within a listing, as the ledger does), in the base currency.
- **Total return** = market value + money taken out - money put in (buys, fees, conversion fees
  in; sells, net dividends out), which equals realized + unrealized P&L + net dividends - fees.
- **XIRR and TWR** as for one listing (`returns`), on the stake's flows; TWR values each day as the
  sum of both legs, units x the day's price (the last close or a later trade price) x the day's
  rate.
- **ADS premium**: BABA's close / (ordinary shares per ADS x the 9988.HK close / USDHKD) - 1 on
  each day both listings closed. Hong Kong closes about 12 hours before New York: each NYSE close is
  paired with the same calendar day's HKEX close (earlier that day) and that day's rate.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Callable, Sequence

from tracker.domain import checkpoints, fx, ledger, returns
from tracker.domain.ledger import (EVENT_BUY, EVENT_CONVERSION, EVENT_DIVIDEND, EVENT_FEE,
                                   EVENT_OVERSOLD, EVENT_SELL, EVENT_SPLIT, EVENT_TRANSFER, FIFO, PRICE_FROM_CLOSE,
                                   PRICE_FROM_CONVERSION, PRICE_FROM_TRADE, Book, Closes)
from tracker.domain.model import Position
from tracker.domain.money import PRICE_QUANTUM, quantize_cost

STAKE = "BABA+9988.HK"           # the combined position's `symbol`
STAKE_NAME = "Alibaba (both listings)"
ZERO = Decimal(0)


class _Leg:
    """One listing's part of the stake: its closes, unit changes and trade prices, in its currency."""

    def __init__(self, symbol: str, currency: str, closes: Closes):
        self.symbol, self.currency = symbol, currency
        self.closes = closes or ()
        self.close_days = [d for d, _ in self.closes]
        self.unit_changes: list[tuple[date, Decimal]] = []     # units held at the end of each day they changed
        self.marks: list[tuple[date, Decimal]] = []            # trade / transfer prices
        self.mark_source: str | None = None

    def close_on_or_before(self, day: date) -> tuple[date, Decimal] | None:
        i = bisect_right(self.close_days, day)
        return self.closes[i - 1] if i else None

    def price_on(self, day: date) -> tuple[Decimal, date, str] | None:
        """The most recent price seen on `day`: the last close, or a later trade price; on the same
        day the close wins (as the ledger values a listing)."""
        close = self.close_on_or_before(day)
        i = bisect_right(self.marks, day, key=lambda m: m[0])
        mark = self.marks[i - 1] if i else None
        if mark is not None and (close is None or mark[0] > close[0]):
            return mark[1], mark[0], self.mark_source or PRICE_FROM_TRADE
        if close is not None:
            return close[1], close[0], PRICE_FROM_CLOSE
        return None


def compute_stake(book: Book, as_of: date, closes: dict[str, Closes], rates: fx.Rates,
                  currency: str = fx.USD, method: str = FIFO,
                  is_stale: dict[str, Callable[[date], bool]] | None = None,
                  days_out: list | None = None, account: int | None = None,
                  since_inception: bool = True) -> Position:
    """Both listings as one position at the end of `as_of`, money in `currency` (see the module
    docstring). `closes`: daily closes per listing; `is_stale`: per listing, whether a price date
    is too old to stand for as_of (the caller knows the exchanges' calendars). Raises
    `fx.MissingRate` when `currency` (or a listing's) has no rate and no peg. `days_out`, when
    given, receives the dated daily rows TWR chained (`periods.Row`: the stake's value at the end
    of each day, money in, money out), from which `periods` computes any reporting period;
    `since_inception` False then leaves the rates over all of history unsolved (None)."""
    symbols = list(book.instruments)          # the listings (the book holds no other series)
    legs = {s: _Leg(s, book.instruments[s].currency, closes.get(s, ())) for s in symbols}
    approximate = False

    native = {s for s, leg in legs.items() if leg.currency == currency}

    def in_base(symbol: str, amount: Decimal, day: date) -> Decimal:
        nonlocal approximate
        if symbol in native:
            return amount
        value, approx = rates.convert(amount, legs[symbol].currency, currency, day)
        approximate |= approx
        return value

    replay = ledger.Replay(book, method, set(symbols), in_base=in_base)

    def mine(account_id: int) -> bool:
        return account is None or account_id == account

    def value_of(leg: _Leg, quantity, day: date, carried) -> Decimal:
        """Units of `leg` moved on `day` at its price then, in the base currency (their carried
        cost when it has no price yet)."""
        nonlocal approximate
        price = leg.price_on(day)
        if price is None:
            return carried
        value, approx = rates.convert(quantity * price[0], leg.currency, currency, day)
        approximate |= approx
        return value
    realized = dividends = fees = ZERO
    by_trade: dict[int, Decimal] = {}
    by_day: dict[date, tuple[Decimal, Decimal]] = {}     # day -> (money in, money out), base currency
    first_in: date | None = None

    # resumed from a state saved by the same computation over a book with the same first events
    key = ("stake", method, as_of, account, currency)
    inputs = (book.instruments, book.actions, book.accounts, rates, *(closes.get(s) for s in symbols))
    events = replay.timeline()
    start, saved = checkpoints.resume(key, inputs, events)
    kept_rows = changed_from = None         # the daily rows of the computation resumed from
    if start and (found := checkpoints.result(key)) is not None:
        before, kept_rows = found
        changed_from = ledger.first_difference(before, events, start, as_of)
    if start:
        lots, realized, dividends, fees, kept_by_trade, kept_by_day, first_in, approximate, kept_legs = saved[-1][1]
        replay.restore(lots)
        by_trade.update(kept_by_trade)
        by_day.update(kept_by_day)
        for leg, (unit_changes, marks, mark_source) in zip(legs.values(), kept_legs):
            leg.unit_changes, leg.marks, leg.mark_source = list(unit_changes), list(marks), mark_source

    def save(index: int) -> None:         # called by the replay between two events
        kept_legs = tuple((list(leg.unit_changes), list(leg.marks), leg.mark_source) for leg in legs.values())
        saved.append((index, (replay.snapshot(), realized, dividends, fees, dict(by_trade), dict(by_day),
                              first_in, approximate, kept_legs)))

    save_at = checkpoints.points(events, replay.end(as_of), start)
    for kind, day, rec, a, b in replay.run(as_of, start, save_at, save):
        inflow = outflow = ZERO
        if kind == EVENT_OVERSOLD:
            continue
        if kind == EVENT_BUY or kind == EVENT_SELL:
            leg = legs[rec.symbol]
            ledger.at_day_end(leg.marks, day, rec.price)
            leg.mark_source = PRICE_FROM_TRADE
            if not mine(rec.account_id):       # another account's trade: only its price counts
                continue
            ledger.at_day_end(leg.unit_changes, day, replay.units(rec.symbol, account))
            if kind == EVENT_BUY:
                inflow = a
                first_in = first_in or day
            else:
                outflow = a
                realized += a - b
                if rec.id is not None:
                    by_trade[rec.id] = a - b
        elif kind == EVENT_CONVERSION:
            source, target = legs[rec.from_symbol], legs[rec.to_symbol]
            gives, gets = mine(rec.from_account_id), mine(rec.to_account_id)
            if not gives and not gets:
                continue
            for leg in (source, target):
                ledger.at_day_end(leg.unit_changes, day, replay.units(leg.symbol, account))
            fee = in_base(rec.from_symbol, rec.fee, day) if rec.fee and gets else ZERO
            if gives and gets:
                inflow = fee
            elif gives:
                outflow = value_of(source, rec.quantity, day, a)
            else:
                inflow = value_of(source, rec.quantity, day, a) + fee
                first_in = first_in or day
            given = source.price_on(day)
            if given is not None and b:      # units arriving carry the giving listing's price
                value, approx = rates.convert(rec.quantity * given[0], source.currency, target.currency, day)
                approximate |= approx
                ledger.at_day_end(target.marks, day, value / b)
                target.mark_source = PRICE_FROM_CONVERSION
        elif kind == EVENT_TRANSFER:
            if account is None:           # between accounts of the stake: only its fee is money
                inflow = in_base(rec.symbol, rec.fee, day) if rec.fee else ZERO
            elif account in (rec.from_account_id, rec.to_account_id):
                leg = legs[rec.symbol]
                ledger.at_day_end(leg.unit_changes, day, replay.units(rec.symbol, account))
                value = value_of(leg, rec.quantity, day, a)
                if rec.from_account_id == account:
                    outflow = value
                else:
                    inflow = value + (in_base(rec.symbol, rec.fee, day) if rec.fee else ZERO)
                    first_in = first_in or day
        elif kind == EVENT_SPLIT:
            leg = legs[rec.symbol]
            ledger.at_day_end(leg.unit_changes, day, replay.units(rec.symbol, account))
            if leg.marks:
                ledger.at_day_end(leg.marks, day, leg.marks[-1][1] / a)
        elif not mine(rec.account_id):        # a dividend or fee of another account
            continue
        elif kind == EVENT_DIVIDEND:
            outflow, approx = fx.dividend_in(rec, currency, rates)
            approximate |= approx
            dividends += outflow
        elif kind == EVENT_FEE:
            inflow, approx = rates.convert(rec.amount, rec.currency or legs[rec.symbol].currency,
                                           currency, rec.fee_date)
            approximate |= approx
            fees += inflow
        if inflow or outflow:
            acc = by_day.get(day)
            by_day[day] = (inflow, outflow) if acc is None else (acc[0] + inflow, acc[1] + outflow)
    checkpoints.keep(key, inputs, events, saved)

    held = {s: replay.units(s, account) for s in symbols}
    cost_basis = sum((replay.held(s, account).cost for s in symbols), ZERO)
    shares = ledger.ads_equivalent(held, book, as_of) if any(held.values()) else ZERO
    market_value = ZERO
    priced: list[tuple[date, str, str]] = []          # (price date, source, listing) of legs held
    for s, units in held.items():
        if not units:
            continue
        found = legs[s].price_on(as_of)
        if found is None:          # units always arrive with a price: a safeguard
            market_value = None
            break
        price, price_day, source = found
        value, approx = rates.convert(units * price, legs[s].currency, currency, as_of)
        approximate |= approx
        market_value += value
        priced.append((price_day, source, s))

    cash = sorted((d, out - inn) for d, (inn, out) in by_day.items())
    unrealized = total = at_cost = None
    if market_value is not None:
        unrealized = market_value - cost_basis
        at_cost = realized + unrealized + dividends - fees
        total = market_value + sum((amount for _, amount in cash), ZERO)
    oldest = min(priced) if priced else None
    newest = max(priced)[0] if priced else None
    stale_checks = is_stale or {}
    stale = any(stale_checks.get(s, lambda d: False)(d) for d, _, s in priced)
    last_date = oldest[0] if oldest else None
    returns_to = max([last_date] + [d for d, _ in cash[-1:]]) if stale else as_of

    xirr = xirr_period = twr = twr_year = period_days = None
    if first_in is not None and market_value is not None:
        period_days = (returns_to - first_in).days
        kept = kept_rows[1] if kept_rows is not None and kept_rows[0] == first_in else ()
        rows = _day_rows(first_in, as_of, legs.values(), by_day, rates, currency, kept,
                         changed_from if kept else None)
        checkpoints.attach(key, (first_in, rows))
        if days_out is not None:
            days_out.extend(rows)
        if since_inception:
            xirr, xirr_period = returns.money_weighted(cash, market_value, returns_to, period_days)
            twr = returns.twr((value, inflow, outflow) for _, value, inflow, outflow in rows)
            twr_year = returns.annualized(twr, period_days)

    per_unit = (market_value / shares).quantize(PRICE_QUANTUM) if shares and market_value is not None else None
    return Position(
        symbol=STAKE, currency=currency, method=method, as_of=as_of, shares=shares,
        cost_basis=cost_basis, average_cost=quantize_cost(cost_basis / shares) if shares else None,
        last_price=per_unit, last_price_date=last_date, market_value=market_value,
        unrealized_pnl=unrealized, realized_pnl=realized, dividends_net=dividends, fees=fees,
        total_return=total, xirr=xirr, twr=twr, twr_annualized=twr_year, realized_by_trade=by_trade,
        price_source=oldest[1] if oldest else None, price_stale=stale, returns_to=returns_to,
        period_days=period_days, xirr_period=xirr_period, total_return_at_cost=at_cost,
        fx_approximate=approximate, newest_price_date=newest if oldest and newest != oldest[0] else None)


def _day_rows(start: date, end: date, legs, by_day: dict[date, tuple[Decimal, Decimal]], rates: fx.Rates,
              currency: str, kept: Sequence[tuple] = (), kept_until: date | None = None
              ) -> list[tuple[date, float, float, float]]:
    """(t, V_t, In_t, Out_t) for every day from `start` to `end` with a close of either leg or a flow:
    V_t = the sum over the legs of units held at the end of day t x the leg's price that day (its
    close, else the most recent price seen) x the day's rate into `currency`. `kept`: rows computed
    before from the same closes and rates and the same events before `kept_until`; those of the
    days before it are taken as they are."""
    rows = []
    if kept_until is not None and kept_until > start:
        rows = list(kept[:bisect_left(kept, (kept_until,))])
        start = kept_until
    legs = list(legs)
    days = {d for d in by_day if start <= d <= end}
    for leg in legs:
        days.update(leg.close_days[bisect_left(leg.close_days, start):bisect_right(leg.close_days, end)])
    days = sorted(days)
    values = [0.0] * len(days)
    for leg in legs:                  # one pass per leg, summed day by day
        _add_leg_values(values, days, leg, rates, currency)
    for day, value in zip(days, values):
        flow = by_day.get(day)
        rows.append((day, value, float(flow[0]), float(flow[1])) if flow else (day, value, 0.0, 0.0))
    return rows


def _add_leg_values(values: list[float], days: list[date], leg: _Leg, rates: fx.Rates, currency: str) -> None:
    """values[i] += units of `leg` at the end of days[i] x its price that day x the day's rate
    (what was last seen before days[0] carries into it)."""
    changes, closes, marks = leg.unit_changes, leg.closes, leg.marks
    n_changes, n_closes, n_marks = len(changes), len(closes), len(marks)
    first = days[0] if days else None
    u = bisect_left(changes, (first,)) if first else 0
    c = bisect_left(leg.close_days, first) if first else 0
    m = bisect_left(marks, (first,)) if first else 0
    units = float(changes[u - 1][1]) if u else 0.0
    price_day, price = (closes[c - 1][0], float(closes[c - 1][1])) if c else (None, None)
    mark_day, mark = (marks[m - 1][0], float(marks[m - 1][1])) if m else (None, None)
    same = leg.currency == currency
    for i, day in enumerate(days):
        while u < n_changes and changes[u][0] <= day:
            units = float(changes[u][1])
            u += 1
        while c < n_closes and closes[c][0] <= day:
            price_day, price = closes[c][0], float(closes[c][1])
            c += 1
        while m < n_marks and marks[m][0] <= day:
            mark_day, mark = marks[m][0], float(marks[m][1])
            m += 1
        if not units:
            continue
        if mark_day is not None and (price_day is None or mark_day > price_day):
            today = mark
        else:
            today = price if price is not None else 0.0
        rate = 1.0 if same else float(rates.convert(Decimal(1), leg.currency, currency, day)[0])
        values[i] += units * today * rate


# --- the ADS premium -----------------------------------------------------------------------------
@dataclass(frozen=True)
class PremiumPoint:
    day: date
    ads_close: Decimal          # BABA, USD
    parity: Decimal             # ordinary per ADS x the 9988.HK close / USDHKD: USD per ADS
    premium: float              # ads_close / parity - 1
    approximate: bool           # the day had no USD/HKD rate on or before it: the peg was used


def premium_series(ads_closes: Closes, ord_closes: Closes, ordinary_per_ads: Decimal,
                   rates: fx.Rates, ads_currency: str = fx.USD, ord_currency: str = fx.HKD
                   ) -> list[PremiumPoint]:
    """The ADS premium (positive) or discount (negative) on every calendar day on which both
    listings closed (see the module docstring for which closes are compared)."""
    hk = dict(ord_closes)
    points = []
    for day, ads in ads_closes:
        ordinary = hk.get(day)
        if ordinary is None or not ads:
            continue
        parity, approximate = rates.convert(ordinary_per_ads * Decimal(ordinary), ord_currency,
                                            ads_currency, day)
        if parity:
            points.append(PremiumPoint(day, Decimal(ads), parity, float(Decimal(ads) / parity) - 1.0,
                                       approximate))
    return points


def latest_premium(points: Sequence[PremiumPoint], as_of: date) -> PremiumPoint | None:
    """The last premium on or before `as_of`."""
    i = bisect_right(points, as_of, key=lambda p: p.day)
    return points[i - 1] if i else None
