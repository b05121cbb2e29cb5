"""Risk of a TWR index: drawdowns and volatility, on Portfolio Performance's definitions.

The index is the cumulative time-weighted return after each day, (day, TWR so far) as
`periods.period_return` gives it; its level is 1 + TWR, and the period opens at level 1.

- **Maximum drawdown**: the largest fall of the level from its highest point so far,
  (peak − trough) / peak, a positive fraction (0.25: a quarter lost from the peak), with the peak's
  and the trough's dates. The period's opening level (1) counts as a peak.
- **Current drawdown**: (highest level so far − last level) / highest level so far.
- **Volatility** (PP's): the standard deviation of the daily log returns ln(1 + rₜ) over the
  period, scaled to its length: √(n · Σ(ln(1 + rₜ) − mean)² / (n − 1)) for n daily returns
  (n ≥ 2). It is the volatility over the period, not a yearly figure.
- **Volatility a year**: the daily standard deviation √(Σ(ln(1 + rₜ) − mean)² / (n − 1)) × √252
  (252 trading days a year), the figure most quotes use.
Daily returns are those of the days the index has: trading days, and days money moved.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from typing import Sequence

TRADING_DAYS_A_YEAR = 252


@dataclass(frozen=True)
class Drawdown:
    maximum: float                  # (peak - trough) / peak, >= 0
    peak: date | None               # the day of the peak before the largest fall (None: the opening)
    trough: date | None             # the day that fall bottomed out (None: no fall)
    current: float                  # (highest so far - last) / highest so far, >= 0
    current_peak: date | None       # the day of that highest level (None: the opening)


@dataclass(frozen=True)
class Volatility:
    period: float | None            # PP's: over the period's length
    annualized: float | None        # daily x sqrt(252)
    days: int                       # daily returns it was computed from


def drawdown(index: Sequence[tuple[date, float]]) -> Drawdown:
    peak_level, peak_day = 1.0, None
    worst, worst_peak, worst_trough = 0.0, None, None
    level = 1.0
    for day, cumulative in index:
        level = 1.0 + cumulative
        if level > peak_level:
            peak_level, peak_day = level, day
        elif peak_level > 0.0:
            fall = (peak_level - level) / peak_level
            if fall > worst:
                worst, worst_peak, worst_trough = fall, peak_day, day
    current = (peak_level - level) / peak_level if peak_level > 0.0 else 0.0
    return Drawdown(worst, worst_peak, worst_trough, max(current, 0.0), peak_day)


def daily_returns(index: Sequence[tuple[date, float]]) -> list[float]:
    """rₜ of each day of the index: (1 + TWRₜ) / (1 + TWRₜ₋₁) − 1, the first from the opening level."""
    out, prev = [], 1.0
    for _, cumulative in index:
        level = 1.0 + cumulative
        if prev > 0.0:
            out.append(level / prev - 1.0)
        prev = level
    return out


def volatility(index: Sequence[tuple[date, float]]) -> Volatility:
    logs = [math.log1p(r) for r in daily_returns(index) if r > -1.0]
    n = len(logs)
    if n < 2:
        return Volatility(None, None, n)
    mean = math.fsum(logs) / n
    variance = math.fsum((x - mean) ** 2 for x in logs) / (n - 1)
    return Volatility(math.sqrt(variance * n), math.sqrt(variance * TRADING_DAYS_A_YEAR), n)
