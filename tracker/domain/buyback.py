"""What Alibaba's share repurchases do to a holder's stake. Pure arithmetic on Decimal.

Definitions of every figure the buyback panel and `tracker buybacks` show:

- **Shares outstanding (S)** at a quarter end, in ADS-equivalents (8 ordinary shares = 1 ADS), as the
  company reported it. Between quarter ends the count is not published: S on any day is the latest
  count reported for a quarter ending on or before that day (a step that moves at quarter ends).
- **Ownership fraction** = ADS-equivalents the user holds across both listings / S on the same day.
  Shown per billion: 400 per billion = the user owns 400 of every 1,000,000,000 ADS.
- **Accretion at constant holdings** from day 0 to day t = S₀ / Sₜ − 1: how much larger the same
  number of ADS became as a slice of the company (+5% means 5% more of the company per ADS).
- **Decomposition of a change in ownership** between two days into the part that came from the
  company's buybacks and the part that came from the user's own trades; they add up to the change.
  See `decompose_ownership_change`.
- **Net reduction** of a quarter = (S of the previous quarter − S of this quarter) / S of the previous
  quarter: the change in shares outstanding after employee share issuance, not the gross repurchase.
- **User's share of a quarter's buyback** (money) = ownership fraction at the quarter end × the
  amount the company spent on repurchases in that quarter.
- **Trailing-four-quarter repurchases** at a quarter end = the amounts of that quarter and the three
  before it (all four must be known).
- **Buyback yield** = trailing-four-quarter repurchases / market capitalisation at the quarter end,
  where market capitalisation = BABA close on the quarter end (or the last close at most
  `MAX_PRICE_AGE_DAYS` before it) × S.
- **Runway** = remaining authorization / (trailing-four-quarter repurchases / 4): the number of
  quarters the remaining authorization lasts if the company keeps spending at that pace.
- **Projection** of S: from the last quarter of the pace, S falls each quarter by the trailing-four-
  quarter average net reduction in shares, until the runway is used up. A projection, not a forecast.
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_CEILING, Decimal
from typing import Iterable, Sequence

from tracker.domain.fiscal import is_quarter_end, quarter_of
from tracker.domain.model import BuybackQuarter

ORDINARY_PER_ADS = Decimal(8)
BILLION = Decimal(1_000_000_000)
MAX_PRICE_AGE_DAYS = 7          # a quarter-end close older than this is no quarter-end market cap
MAX_PROJECTION_QUARTERS = 40    # a slow pace would otherwise draw decades of line


# --- units -----------------------------------------------------------------------------------------
def ordinary_to_ads(ordinary: Decimal) -> Decimal:
    """Ordinary shares in ADS-equivalents: 8 ordinary shares make one ADS."""
    return Decimal(ordinary) / ORDINARY_PER_ADS


def ads_count(ads: Decimal | None, ordinary: Decimal | None) -> Decimal | None:
    """A share count in ADS: the ADS figure when the company published one, else the ordinary-share
    figure converted at 8 per ADS, else unknown."""
    if ads is not None:
        return ads
    if ordinary is not None:
        return ordinary_to_ads(ordinary)
    return None


# --- quarter calendar ------------------------------------------------------------------------------
def quarter_end_on_or_before(day: date) -> date:
    end = quarter_of(day).end
    return end if end <= day else quarter_of(day).previous().end


def shift_quarters(quarter_end: date, n: int) -> date:
    """The calendar quarter end `n` quarters after (negative: before) `quarter_end`."""
    months = quarter_end.year * 12 + (quarter_end.month - 1) + 3 * n
    year, month = divmod(months, 12)
    month += 1
    return date(year, month, calendar.monthrange(year, month)[1])


def fiscal_label(quarter_end: date) -> str:
    """"FY2024Q3" for the quarter ended 2023-12-31 (Alibaba's fiscal year ends 31 March)."""
    return quarter_of(quarter_end).code


def check_quarter_end(day: date) -> str | None:
    """Why `day` cannot be a quarter end, or None. Alibaba reports calendar quarters."""
    if not is_quarter_end(day):
        return "must be the last day of a calendar quarter (31 Mar, 30 Jun, 30 Sep or 31 Dec)"
    return None


# --- ownership -------------------------------------------------------------------------------------
def outstanding_on(quarters: Iterable[BuybackQuarter], day: date) -> tuple[date, Decimal] | None:
    """(quarter end, S) of the latest reported count for a quarter ending on or before `day`."""
    best = None
    for q in quarters:
        if q.outstanding_ads is not None and q.quarter_end <= day:
            if best is None or q.quarter_end > best[0]:
                best = (q.quarter_end, q.outstanding_ads)
    return best


def ownership_fraction(held_ads: Decimal, outstanding_ads: Decimal | None) -> Decimal | None:
    """Held / outstanding, both in ADS-equivalents; None when outstanding is unknown."""
    if outstanding_ads is None or outstanding_ads <= 0:
        return None
    return Decimal(held_ads) / outstanding_ads


def per_billion(fraction: Decimal | None) -> Decimal | None:
    return None if fraction is None else fraction * BILLION


def accretion(outstanding_then: Decimal | None, outstanding_now: Decimal | None) -> Decimal | None:
    """S₀ / Sₜ − 1: growth of a constant holding's slice of the company."""
    if outstanding_then is None or outstanding_now is None or outstanding_now <= 0:
        return None
    return outstanding_then / outstanding_now - 1


@dataclass(frozen=True)
class OwnershipPoint:
    day: date
    held_ads: Decimal
    outstanding_ads: Decimal

    @property
    def fraction(self) -> Decimal:
        return self.held_ads / self.outstanding_ads


@dataclass(frozen=True)
class OwnershipChange:
    """Change in ownership fraction from `start` to `end`, split by cause (the parts add up)."""
    start: date
    end: date
    start_fraction: Decimal
    end_fraction: Decimal
    from_buybacks: Decimal
    from_trades: Decimal

    @property
    def total(self) -> Decimal:
        return self.end_fraction - self.start_fraction


def decompose_ownership_change(points: Sequence[OwnershipPoint]) -> OwnershipChange | None:
    """Split the change in ownership H/S across `points` (ascending days) into buybacks and trades.

    Between consecutive points i−1 and i:
      from buybacks = H(i−1) × (1/S(i) − 1/S(i−1))   the old holding, against the new share count
      from trades   = (H(i) − H(i−1)) / S(i)         the change in holding, at the new share count
    Their sum is exactly H(i)/S(i) − H(i−1)/S(i−1); summed over the steps it telescopes to the
    whole change. Points should include every trade day and every quarter end in between, so a
    holding bought mid-quarter takes part in that quarter's buyback.
    """
    if len(points) < 1:
        return None
    buybacks = trades = Decimal(0)
    for prev, cur in zip(points, points[1:]):
        buybacks += prev.held_ads * (1 / cur.outstanding_ads - 1 / prev.outstanding_ads)
        trades += (cur.held_ads - prev.held_ads) / cur.outstanding_ads
    first, last = points[0], points[-1]
    return OwnershipChange(first.day, last.day, first.fraction, last.fraction, buybacks, trades)


# --- per quarter -----------------------------------------------------------------------------------
def net_reduction(previous_outstanding: Decimal | None, outstanding: Decimal | None) -> Decimal | None:
    """(S previous − S) / S previous; positive when the count fell."""
    if previous_outstanding is None or outstanding is None or previous_outstanding <= 0:
        return None
    return (previous_outstanding - outstanding) / previous_outstanding


def user_share_usd(fraction: Decimal | None, amount_usd: Decimal | None) -> Decimal | None:
    """The user's pro-rata part of a quarter's repurchase spending."""
    if fraction is None or amount_usd is None:
        return None
    return fraction * amount_usd


def trailing_four_quarters(by_end: dict[date, BuybackQuarter], quarter_end: date) -> Decimal | None:
    """Sum of the amounts of `quarter_end` and the three quarters before it; None if any is unknown."""
    total = Decimal(0)
    for back in range(4):
        q = by_end.get(shift_quarters(quarter_end, -back))
        if q is None or q.amount_usd is None:
            return None
        total += q.amount_usd
    return total


def missing_for_trailing_four(by_end: dict[date, BuybackQuarter], quarter_end: date) -> list[date]:
    """The quarters whose amount is missing for the trailing four quarters ending at `quarter_end`."""
    wanted = [shift_quarters(quarter_end, -back) for back in range(3, -1, -1)]
    return [d for d in wanted if by_end.get(d) is None or by_end[d].amount_usd is None]


def quarter_end_market_cap(close: Decimal | None, close_day: date | None, quarter_end: date,
                           outstanding_ads: Decimal | None) -> Decimal | None:
    """BABA close × S, when the close is from the quarter end or at most MAX_PRICE_AGE_DAYS before."""
    if close is None or close_day is None or outstanding_ads is None:
        return None
    if close_day > quarter_end or (quarter_end - close_day).days > MAX_PRICE_AGE_DAYS:
        return None
    return close * outstanding_ads


def buyback_yield(trailing_four_usd: Decimal | None, market_cap_usd: Decimal | None) -> Decimal | None:
    if trailing_four_usd is None or market_cap_usd is None or market_cap_usd <= 0:
        return None
    return trailing_four_usd / market_cap_usd


# --- runway ----------------------------------------------------------------------------------------
def quarters_of_runway(remaining_usd: Decimal | None, trailing_four_usd: Decimal | None) -> Decimal | None:
    """Remaining authorization / quarterly pace, the pace being trailing-four-quarter spending / 4."""
    if remaining_usd is None or trailing_four_usd is None or trailing_four_usd <= 0:
        return None
    return remaining_usd / (trailing_four_usd / 4)


def project_outstanding(start: date, start_outstanding: Decimal, reduction_per_quarter: Decimal,
                        quarters: Decimal) -> list[tuple[date, Decimal]]:
    """S at `start` and at each following quarter end while the runway lasts (at most
    MAX_PROJECTION_QUARTERS), falling by `reduction_per_quarter` a quarter; the last quarter is
    partial when the runway ends mid-quarter."""
    if quarters <= 0:
        return [(start, start_outstanding)]
    steps = int(quarters.to_integral_value(rounding=ROUND_CEILING))
    steps = min(steps, MAX_PROJECTION_QUARTERS)
    points = [(start, start_outstanding)]
    for k in range(1, steps + 1):
        used = min(Decimal(k), quarters)
        points.append((shift_quarters(start, k), start_outstanding - used * reduction_per_quarter))
    return points


# --- the whole picture -----------------------------------------------------------------------------
@dataclass(frozen=True)
class QuarterFigures:
    """One row of the per-quarter table."""
    quarter: BuybackQuarter
    fiscal_quarter: str
    net_reduction: Decimal | None
    held_ads: Decimal
    ownership_fraction: Decimal | None
    user_share_usd: Decimal | None
    trailing_four_usd: Decimal | None
    market_cap_usd: Decimal | None
    buyback_yield: Decimal | None


def quarter_figures(quarters: Sequence[BuybackQuarter], held_at: dict[date, Decimal],
                    closes: dict[date, tuple[date, Decimal] | None]) -> list[QuarterFigures]:
    """Figures for each quarter (ascending). `held_at` maps quarter end -> ADS-equivalents held at the
    end of that day; `closes` maps quarter end -> (day, BABA close) of the last close on or before."""
    by_end = {q.quarter_end: q for q in quarters}
    rows = []
    for q in sorted(quarters, key=lambda q: q.quarter_end):
        prev = by_end.get(shift_quarters(q.quarter_end, -1))
        held = held_at.get(q.quarter_end, Decimal(0))
        fraction = ownership_fraction(held, q.outstanding_ads)
        t4 = trailing_four_quarters(by_end, q.quarter_end)
        close = closes.get(q.quarter_end)
        cap = quarter_end_market_cap(close[1] if close else None, close[0] if close else None,
                                     q.quarter_end, q.outstanding_ads)
        rows.append(QuarterFigures(
            quarter=q,
            fiscal_quarter=fiscal_label(q.quarter_end),
            net_reduction=net_reduction(prev.outstanding_ads if prev else None, q.outstanding_ads),
            held_ads=held,
            ownership_fraction=fraction,
            user_share_usd=user_share_usd(fraction, q.amount_usd),
            trailing_four_usd=t4,
            market_cap_usd=cap,
            buyback_yield=buyback_yield(t4, cap),
        ))
    return rows


@dataclass(frozen=True)
class Runway:
    """How long the remaining authorization lasts at the recent pace (see the module docstring)."""
    remaining_usd: Decimal | None
    remaining_as_of: date | None
    pace_quarter_end: date | None          # the last quarter of the trailing four
    trailing_four_usd: Decimal | None
    missing_quarters: tuple[date, ...]     # quarters whose amount the pace needs and lacks
    missing_counts: tuple[date, ...]       # quarter ends whose share count the projection lacks
    quarters_left: Decimal | None
    net_reduction_per_quarter: Decimal | None
    projection: tuple[tuple[date, Decimal], ...]

    @property
    def pace_per_quarter_usd(self) -> Decimal | None:
        return None if self.trailing_four_usd is None else self.trailing_four_usd / 4

    @property
    def exhausted_on(self) -> date | None:
        """The day the authorization runs out at this pace (quarters counted as 91.3 days after the
        pace quarter end)."""
        if self.quarters_left is None or self.pace_quarter_end is None:
            return None
        return self.pace_quarter_end + timedelta(days=round(float(self.quarters_left) * 365.25 / 4))


def runway(quarters: Sequence[BuybackQuarter], as_of: date) -> Runway:
    """Runway and projection from the quarters that ended on or before `as_of`."""
    known = [q for q in quarters if q.quarter_end <= as_of]
    by_end = {q.quarter_end: q for q in known}
    with_remaining = [q for q in known if q.remaining_usd is not None]
    last_remaining = max(with_remaining, key=lambda q: q.quarter_end) if with_remaining else None
    with_amount = [q for q in known if q.amount_usd is not None]
    pace_end = max(q.quarter_end for q in with_amount) if with_amount else None
    t4 = trailing_four_quarters(by_end, pace_end) if pace_end else None
    missing = tuple(missing_for_trailing_four(by_end, pace_end)) if pace_end and t4 is None else ()
    remaining = last_remaining.remaining_usd if last_remaining else None
    left = quarters_of_runway(remaining, t4)
    per_quarter = None
    projection: tuple = ()
    missing_counts: tuple = ()
    if pace_end is not None:
        year_ago = shift_quarters(pace_end, -4)
        now = by_end[pace_end].outstanding_ads
        before = by_end[year_ago].outstanding_ads if year_ago in by_end else None
        missing_counts = tuple(d for d, count in ((year_ago, before), (pace_end, now)) if count is None)
        if now is not None and before is not None:
            per_quarter = (before - now) / 4
            if left is not None:
                projection = tuple(project_outstanding(pace_end, now, per_quarter, left))
    return Runway(remaining, last_remaining.quarter_end if last_remaining else None, pace_end, t4,
                  missing, missing_counts, left, per_quarter, projection)
