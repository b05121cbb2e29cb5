"""Never mix adjusted and raw bars in one series.

A vendor's "adjusted" history scales every close before a dividend or split by a factor that stays
the same from one event to the next, so against raw closes of the same days the ratio new / stored
is a staircase: steady over long runs, on one side of 1. A corrected print or the rounding of a
float (73.550003 against 73.55) looks nothing like that. The check compares the closes of the days
both hold and refuses when enough of them differ beyond rounding by such a steady factor, and
they are (nearly) all the common days up to the last one that differs, as an adjustment for an
event moves every close before it.
"""
from __future__ import annotations

import numpy as np

from tracker.domain.model import FieldError
from tracker.errors import ValidationError

ROUNDING = 0.0005          # relative; a cent on a 20-dollar close
ROUNDING_ABS = 0.006       # prices quoted to the cent
MIN_DIFFERING = 3          # a vendor correcting one or two prints is not an adjustment
STEADY = 0.002             # neighbouring ratios this close are "the same factor"
STEADY_SHARE = 0.8         # ... on one side of 1, for at least this share of the differing days


class AdjustedMixError(ValidationError):
    """New bars look adjusted where the stored ones are raw (or the reverse); nothing was written.
    `differing`, `overlap` and the ratio range say why; the window may ask to replace anyway."""

    def __init__(self, symbol: str, differing: int, overlap: int, low: float, high: float):
        self.symbol, self.differing, self.overlap = symbol, differing, overlap
        self.ratio_range = (low, high)
        super().__init__([FieldError("close", (
            f"{differing:,} of {overlap:,} stored {symbol} closes differ by a steady factor "
            f"({low:.3f}–{high:.3f}): adjusted and raw bars would mix"))])


def adjustment_between(stored_ts: np.ndarray, stored_close: np.ndarray, new_ts: np.ndarray,
                       new_close: np.ndarray) -> tuple[int, int, float, float] | None:
    """(differing, overlap, lowest ratio, highest ratio) when the new closes look like an
    adjusted version of the stored ones (or the reverse), else None."""
    common, stored_at, new_at = np.intersect1d(np.asarray(stored_ts), np.asarray(new_ts),
                                               assume_unique=True, return_indices=True)
    if len(common) < MIN_DIFFERING:
        return None
    old = np.asarray(stored_close, dtype=np.float64)[stored_at]
    new = np.asarray(new_close, dtype=np.float64)[new_at]
    gap = np.abs(new - old)
    differ = (gap > ROUNDING * np.abs(old)) & (gap > ROUNDING_ABS)
    if differ.sum() < MIN_DIFFERING:
        return None
    days = np.flatnonzero(differ)
    ratio = new[days] / old[days]
    below = ratio < 1
    one_side = below if below.mean() >= 0.5 else ~below
    side, days = ratio[one_side], days[one_side]
    if len(side) < STEADY_SHARE * len(ratio) or len(side) < MIN_DIFFERING:
        return None                    # scattered both ways: corrections, not an adjustment
    if len(side) < STEADY_SHARE * (days[-1] + 1):
        return None                    # an adjustment moves every day before its event
    steps = np.abs(np.diff(side)) <= STEADY * side[1:]
    if steps.mean() < STEADY_SHARE:
        return None
    return len(side), len(common), float(side.min()), float(side.max())


def refuse_adjusted_mix(symbol: str, stored: dict[str, np.ndarray], new_ts: np.ndarray,
                        new_close: np.ndarray) -> None:
    """Raise AdjustedMixError when the new bars would mix adjusted and raw closes."""
    found = adjustment_between(stored["ts"], stored["close"], new_ts, new_close)
    if found is not None:
        raise AdjustedMixError(symbol, *found)
