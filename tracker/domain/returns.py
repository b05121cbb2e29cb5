"""Rates of return on plain sequences: XIRR (money-weighted) and TWR (time-weighted).

Rates are floats (fractions: -0.0914 is -9.14 %). Money stays Decimal in the ledger; a rate is an
estimate solved numerically, so float is the honest type for it.
"""
from __future__ import annotations

import math
import operator
from datetime import date
from typing import Iterable, Sequence

YEAR_DAYS = 365.0

# XIRR is searched for between -99.99 % and +100,000,000 % a year.
XIRR_LOW = -0.9999
XIRR_HIGH = 1e6
_XIRR_TOLERANCE = 1e-12
_XIRR_MAX_STEPS = 200
# rates where the NPV's sign is probed, walking outward from 0
_XIRR_GRID = (XIRR_LOW, -0.999, -0.99, -0.95, -0.9, -0.75, -0.5, -0.25, -0.1, 0.0, 0.1, 0.25, 0.5, 1.0,
              2.0, 5.0, 10.0, 100.0, 1e3, 1e4, 1e5, XIRR_HIGH)


def _aggregate(flows: Sequence[tuple[date, float]], period_days: float = YEAR_DAYS
               ) -> tuple[list[float], list[float]]:
    """Same-day flows summed; returns (periods of `period_days` since the first flow, amount), zero
    amounts dropped."""
    by_day: dict[date, float] = {}
    for day, amount in flows:
        by_day[day] = by_day.get(day, 0.0) + float(amount)
    if not by_day:
        return [], []
    first = min(by_day)
    items = sorted((d, a) for d, a in by_day.items() if a != 0.0)
    return [(d - first).days / period_days for d, _ in items], [a for _, a in items]


class _NPV:
    """Net present value of the flows at rate r, and its derivative, both scaled by a positive
    factor that keeps every term <= 1 in size (so nothing overflows at extreme rates). The factor
    changes neither the sign nor the Newton step f/f'."""

    def __init__(self, years: list[float], amounts: list[float]):
        self.years, self.amounts = years, amounts
        self.horizon = years[-1]

    def value(self, r: float) -> float:
        base = 1.0 + r
        anchor = 0.0 if r >= 0 else self.horizon
        return math.fsum([a * base ** (anchor - t) for t, a in zip(self.years, self.amounts)])

    def value_and_slope(self, r: float) -> tuple[float, float]:
        base = 1.0 + r
        anchor = 0.0 if r >= 0 else self.horizon
        terms = [a * base ** (anchor - t) for t, a in zip(self.years, self.amounts)]
        return math.fsum(terms), -math.fsum(map(operator.mul, self.years, terms)) / base


def xirr(flows: Sequence[tuple[date, float]], period_days: float = YEAR_DAYS) -> float | None:
    """Money-weighted annual return: the rate r with  sum_i cf_i / (1 + r) ** (days_i / 365) = 0.

    `flows` are (date, amount) from the investor's side: money put in is negative, money taken out
    (and the final market value) positive. Days count from the earliest flow; a year is 365 days;
    flows of one day are summed first. Returns None when no such rate exists between -99.99 % and
    +100,000,000 % a year: fewer than two non-zero days, or all flows of one sign.

    With `period_days` other than 365 the rate is per that many days: the money-weighted return
    over a period shorter than a year is `xirr(flows, period_days=its length)`, solved directly
    (and kept inside the same bounds), never a yearly rate taken back to the period.

    Flows that change sign more than once can have several such rates; the one returned is the first
    found walking outward from 0 % (see `_bracket`), so normally the one nearest to 0 %. Solved by Newton's method kept inside a bracket where the NPV
    changes sign, bisecting whenever a step would leave it, so it always converges.
    """
    years, amounts = _aggregate(flows, period_days)
    if len(amounts) < 2 or all(a > 0 for a in amounts) or all(a < 0 for a in amounts):
        return None
    npv = _NPV(years, amounts)
    bracket = _bracket(npv)
    return _bisect_newton(npv, *bracket) if bracket else None


def _bisect_newton(npv: _NPV, lo: float, hi: float, f_lo: float, f_hi: float) -> float:
    """Newton kept inside [lo, hi] (where the NPV changes sign), bisecting whenever a Newton step
    would leave the bracket: it always converges. Starts where the chord between the ends crosses 0."""
    if f_lo == 0.0:
        return lo
    if f_hi == 0.0:
        return hi
    r = lo - f_lo * (hi - lo) / (f_hi - f_lo)
    if not lo < r < hi:
        r = (lo + hi) / 2
    for _ in range(_XIRR_MAX_STEPS):
        f, df = npv.value_and_slope(r)
        if f == 0.0:
            return r
        if (f < 0) == (f_lo < 0):
            lo, f_lo = r, f
        else:
            hi = r
        nxt = r - f / df if df != 0.0 else hi
        if not lo < nxt < hi:       # Newton would leave the bracket: bisect instead
            nxt = (lo + hi) / 2
        if abs(nxt - r) <= _XIRR_TOLERANCE * max(1.0, abs(r)):
            return nxt
        r = nxt
    return r


def _bracket(npv: _NPV) -> tuple[float, float, float, float] | None:
    """(lo, hi, npv(lo), npv(hi)) around the sign change nearest to 0 %, or None when there is none.

    Walks outward from 0 over `_XIRR_GRID`, one new point at a time, alternating up and down, so a
    usual return (between -10 % and +10 %) is bracketed after three evaluations. Two rates between
    the same two grid points cancel out and are not seen.
    """
    grid = _XIRR_GRID
    zero = grid.index(0.0)
    values = {zero: npv.value(0.0)}
    if values[zero] == 0.0:
        return 0.0, 0.0, 0.0, 0.0
    up, down = zero, zero            # grid[down..up] is evaluated, with no sign change inside
    while up < len(grid) - 1 or down > 0:
        for step in (1, -1):
            i = up + 1 if step == 1 else down - 1
            if not 0 <= i < len(grid):
                continue
            values[i] = npv.value(grid[i])
            j = i - step              # its neighbour on the side already evaluated
            if values[i] == 0.0 or (values[i] < 0) != (values[j] < 0):
                lo, hi = (j, i) if step == 1 else (i, j)
                return grid[lo], grid[hi], values[lo], values[hi]
            if step == 1:
                up = i
            else:
                down = i
    return None


def twr(days: Iterable[tuple[float, float, float]]) -> float | None:
    """Time-weighted return over consecutive days, chain-linked: prod(1 + r_t) - 1.

    Each item is (V_t, In_t, Out_t) for one day in order: the value held at the end of the day, the
    money put into the position that day and the money taken out of it. The first item's previous
    value is 0. Portfolio Performance's convention: money in arrives at the start of the day (it
    takes part in the day's move), money out leaves at its end (it took part too):
        r_t = (V_t + Out_t) / (V_{t-1} + In_t) - 1
    A day with nothing held at its start and nothing put in has no return and is skipped; so is a
    day that neither starts nor ends with anything held and takes nothing out (a fee booked while
    nothing is held: it has no units to earn a return on). Returns None when no day has a return.

    Buy 1 at 77.76 (close 77.76), next day close 76.76, then buy 100 at 92.00 (close 104.98):
    r = 0, 76.76 / 77.76 - 1, (101 x 104.98) / (76.76 + 9200) - 1: the day's jump from the 92.00
    buy price to the close is earned by all 101 units, not credited to the one held before.
    """
    growth = 1.0
    linked = False
    prev = 0.0
    for value, inflow, outflow in days:
        base = prev + inflow
        if base > 0.0 and (prev > 0.0 or value > 0.0 or outflow > 0.0):
            growth *= (value + outflow) / base
            linked = True
        prev = value
    return growth - 1.0 if linked else None


# Returns over less than a year are not annualized (the GIPS rule): the yearly rate of a few days'
# move is a projection, not a result.
MIN_ANNUALIZED_DAYS = 365
NOT_ANNUALIZED = "not annualized: period under a year"


def can_annualize(days: int | None) -> bool:
    return days is not None and days >= MIN_ANNUALIZED_DAYS


def annualized(total: float | None, days: int) -> float | None:
    """(1 + total) ** (365 / days) - 1: a return over `days` calendar days expressed per year.

    None when `total` is None, the period is shorter than `MIN_ANNUALIZED_DAYS` (a year), or
    everything was lost (1 + total <= 0, where a yearly rate is not defined).
    """
    if total is None or not can_annualize(days) or 1.0 + total <= 0.0:
        return None
    try:
        return (1.0 + total) ** (YEAR_DAYS / days) - 1.0
    except OverflowError:
        return math.inf


def over_period(yearly: float | None, days: int) -> float | None:
    """A yearly rate turned back into the return over `days`: (1 + yearly) ** (days / 365) - 1
    (None when it would not fit a float)."""
    if yearly is None:
        return None
    try:
        return (1.0 + yearly) ** (days / YEAR_DAYS) - 1.0
    except OverflowError:
        return None


def money_weighted(cash: Sequence[tuple[date, object]], market_value, returns_to: date,
                   period_days: int) -> tuple[float | None, float | None]:
    """(XIRR a year, the same over the period) of dated cash flows and a closing market value:
    a year or more is annualized, a shorter period only solved over itself (the GIPS rule)."""
    flows = [(d, float(amount)) for d, amount in cash]
    if market_value:
        flows.append((returns_to, float(market_value)))
    if can_annualize(period_days):
        yearly = xirr(flows)
        return yearly, over_period(yearly, period_days)
    if period_days > 0:
        return None, xirr(flows, period_days=period_days)
    return None, None
