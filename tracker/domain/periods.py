"""Returns over a reporting period: YTD, 1Y, 3Y, 5Y, since inception or any range of days.

Portfolio Performance's reporting-period semantics:

- A period is the days after its **opening day** up to and including its **end**: YTD opens on
  31 December of the year before, 1Y on the same date a year before the end (so it is 365 or 366
  days long), `custom(first, last)` on the day before `first`. Since inception has no opening day.
- **Opening value**: what the holding was worth at the end of the opening day (the most recent
  price seen, as every day's value). It counts as the period's first inflow: money put in at the
  start of the first day, for TWR and XIRR alike. The value at the end is the last outflow.
- When nothing was held at the opening day, the period starts at the first day money went in and
  bought something (the first day TWR links); its length in days, which decides whether the rates
  are annualized (a year or more), counts from that start.

The functions read plain rows, so they serve one listing (`ledger.daily_rows`) or any sum of
listings alike: (day, value at the end of the day, money put in that day, money taken out that
day), ascending by day, one row for each day with a price or a flow, money as floats in one currency.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Sequence

from tracker.domain import returns
from tracker.domain.model import Position

Row = tuple[date, float, float, float]     # (day, value at its end, money in, money out)

YTD, ONE_YEAR, THREE_YEARS, FIVE_YEARS, INCEPTION, CUSTOM = "ytd", "1y", "3y", "5y", "inception", "custom"
PERIOD_KEYS = (YTD, ONE_YEAR, THREE_YEARS, FIVE_YEARS, INCEPTION)
LABELS = {YTD: "YTD", ONE_YEAR: "1Y", THREE_YEARS: "3Y", FIVE_YEARS: "5Y", INCEPTION: "Since inception"}
_YEARS = {ONE_YEAR: 1, THREE_YEARS: 3, FIVE_YEARS: 5}


@dataclass(frozen=True)
class Period:
    key: str                     # one of PERIOD_KEYS, or CUSTOM
    opening: date | None         # the day whose closing value opens the period; None: since inception
    end: date

    @property
    def label(self) -> str:
        if self.key == CUSTOM:
            return f"{self.opening + timedelta(days=1)} – {self.end}"
        return LABELS[self.key]


def years_before(day: date, years: int) -> date:
    """The same date `years` earlier (28 February for a 29 February that year lacks)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def period(key: str, end: date) -> Period:
    """The named period ending on `end` (YTD, 1Y, 3Y, 5Y or since inception)."""
    if key == YTD:
        return Period(key, date(end.year - 1, 12, 31), end)
    if key in _YEARS:
        return Period(key, years_before(end, _YEARS[key]), end)
    if key == INCEPTION:
        return Period(key, None, end)
    raise ValueError(f"period: use one of {', '.join(PERIOD_KEYS)} (got {key!r})")


def custom(first: date, last: date) -> Period:
    """The days `first` to `last`, both included: it opens at the end of the day before `first`."""
    if last < first:
        raise ValueError(f"period: it ends ({last}) before it starts ({first})")
    return Period(CUSTOM, first - timedelta(days=1), last)


@dataclass(frozen=True)
class PeriodReturn:
    """TWR and XIRR over one period (fractions; see `returns` for the definitions)."""
    period: Period
    start: date | None           # the opening day, or the first day money went in; None: nothing held
    end: date
    days: int | None             # calendar days from start to end
    opening_value: float         # 0 when nothing was held at the opening day
    closing_value: float
    twr: float | None            # over the period itself
    twr_annualized: float | None   # None under a year
    xirr: float | None           # a yearly rate; None under a year
    xirr_period: float | None    # the money-weighted return over the period itself
    index: tuple[tuple[date, float], ...] = ()   # cumulative TWR after each day of the period

    @property
    def annualized(self) -> bool:
        return returns.can_annualize(self.days)


def _links(prev: float, value: float, inflow: float, outflow: float) -> bool:
    """Whether a day has a TWR return (the rule of `returns.twr`)."""
    return prev + inflow > 0.0 and (prev > 0.0 or value > 0.0 or outflow > 0.0)


def period_return(rows: Sequence[Row], per: Period, end: date | None = None) -> PeriodReturn:
    """TWR, XIRR and the TWR index of the rows over `per`, ending at `end` (default `per.end`; a
    caller whose last price is stale passes that price's date, as the position does). When that
    is not after the opening day, the period has no figures (start None).

    TWR chains rₜ = (MVₜ + outₜ) / (MVₜ₋₁ + inₜ) − 1 over the days after the opening day, with
    MV of the opening day = the opening value. XIRR solves the flows: −opening value on the opening
    day, out − in on each day of the period, +closing value at the end.
    """
    end = per.end if end is None else min(end, per.end)
    if per.opening is not None and end <= per.opening:
        # the last price (a stale one) is from before the period: no day of it can be valued
        return PeriodReturn(per, None, end, None, 0.0, 0.0, None, None, None, None)
    days = [r[0] for r in rows]
    hi = bisect_right(days, end)
    if per.opening is None:
        lo, opening_value = 0, 0.0
    else:
        lo = bisect_right(days, per.opening)
        opening_value = rows[lo - 1][1] if lo else 0.0
    start = per.opening if opening_value > 0.0 else None
    growth, prev = 1.0, opening_value
    index: list[tuple[date, float]] = []
    flows: list[tuple[date, float]] = [(per.opening, -opening_value)] if start is not None else []
    for i in range(lo, hi):
        day, value, inflow, outflow = rows[i]
        if _links(prev, value, inflow, outflow):
            growth *= (value + outflow) / (prev + inflow)
            if start is None:
                start = day
            index.append((day, growth - 1.0))
        # since inception every flow counts, as in the position's XIRR (a fee before the first buy)
        if (start is not None or per.opening is None) and outflow != inflow:
            flows.append((day, outflow - inflow))
        prev = value
    closing_value = rows[hi - 1][1] if hi > lo else opening_value
    if start is None:
        return PeriodReturn(per, None, end, None, opening_value, closing_value, None, None, None, None)
    twr = growth - 1.0 if index else None
    length = (end - start).days
    if closing_value:
        flows.append((end, closing_value))
    xirr = xirr_period = None
    if returns.can_annualize(length):
        xirr = returns.xirr(flows)
        xirr_period = returns.over_period(xirr, length)
    elif length > 0:
        xirr_period = returns.xirr(flows, period_days=length)
    return PeriodReturn(per, start, end, length, opening_value, closing_value, twr,
                        returns.annualized(twr, length), xirr, xirr_period, tuple(index))


def opening_day(result: PeriodReturn) -> date | None:
    """The day whose close a comparison starts from: the opening day when something was held then,
    else the day before money first went in (it arrived at the start of its day)."""
    if result.start is None:
        return None
    if result.period.opening is not None and result.opening_value > 0.0:
        return result.period.opening
    return result.start - timedelta(days=1)


def price_index(closes: Sequence[tuple[date, float]], opening: date, end: date
                ) -> tuple[tuple[date, float], ...]:
    """A benchmark's cumulative return after `opening` up to `end`: close / opening close − 1 on
    each day with a close, the opening close being the last one on or before `opening` (or, when
    the series starts later, its first close, which then reads 0)."""
    days = [d for d, _ in closes]
    lo, hi = bisect_right(days, opening), bisect_right(days, end)
    base_at = lo - 1 if lo else 0
    if base_at >= hi:
        return ()
    base = float(closes[base_at][1])
    if base <= 0.0:
        return ()
    return tuple((days[i], float(closes[i][1]) / base - 1.0) for i in range(max(lo, base_at), hi))


def relative_to(index: Sequence[tuple[date, float]], benchmark: Sequence[tuple[date, float]]
                ) -> tuple[tuple[date, float, float, float], ...]:
    """(day, index, benchmark, index − benchmark) on the days of `index`, the benchmark at its
    most recent close on or before each day (0 before its first one)."""
    bench_days = [d for d, _ in benchmark]
    out = []
    for day, value in index:
        i = bisect_right(bench_days, day)
        other = benchmark[i - 1][1] if i else 0.0
        out.append((day, value, other, value - other))
    return tuple(out)


def applied(p: Position, result: PeriodReturn) -> Position:
    """`p` with its XIRR and TWR figures replaced by those over `result`'s period."""
    return replace(p, xirr=result.xirr, xirr_period=result.xirr_period, twr=result.twr,
                   twr_annualized=result.twr_annualized, period_days=result.days, returns_to=result.end,
                   period=result.period, period_start=result.start)
