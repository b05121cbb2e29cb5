"""Never mix adjusted and raw bars in one series, nor two series in one.

A vendor's "adjusted" history scales every close before a dividend or split by a factor that stays
the same from one event to the next, so against raw closes of the same days the ratio new / stored
is a staircase: steady over long runs, on one side of 1. A corrected print or the rounding of a
float (73.550003 against 73.55) looks nothing like that. The check compares the closes of the days
both hold and refuses when enough of them differ beyond rounding by such a steady factor, and
they are (nearly) all the common days up to the last one that differs, as an adjustment for an
event moves every close before it.

Closes that differ from the stored ones widely and without such a factor, on a good share of the
days both hold, are another series' (Hong Kong's closes per ordinary share read much like BABA's
per ADS, 8 shares ÷ 7.8 HKD per USD ≈ 1.03): the check refuses those too. Vendors agree on a
listing's official closes, so a file of the same listing differs on a corrected day or two.
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
FOREIGN_GAP = 0.01         # closes of another series differ by over 1% ...
FOREIGN_SHARE = 0.2        # ... on at least this share of the common days


class MixedSeriesError(ValidationError):
    """New bars would mix with stored ones they do not belong with; nothing was written. The
    user may replace the stored bars anyway (they may be the wrong ones)."""

class SteadyFactorError(MixedSeriesError):
    """New closes a steady factor off the stored ones; `differing`, `overlap` and the ratio range
    say why, and each kind words what that means (`error`: whole sentences, so the window's
    translation table can read them from the source)."""

    def __init__(self, symbol: str, differing: int, overlap: int, low: float, high: float):
        self.symbol, self.differing, self.overlap = symbol, differing, overlap
        self.ratio_range = (low, high)
        super().__init__([self.error(symbol, differing, overlap, low, high)])

    @staticmethod
    def error(symbol: str, differing: int, overlap: int, low: float, high: float) -> FieldError:
        raise NotImplementedError


class AdjustedMixError(SteadyFactorError):
    """New bars look adjusted where the stored ones are raw (or the reverse); nothing was written.
    The window may ask to replace anyway."""

    @staticmethod
    def error(symbol: str, differing: int, overlap: int, low: float, high: float) -> FieldError:
        return FieldError("close", (f"{differing:,} of {overlap:,} stored {symbol} closes differ by a steady "
                                    f"factor ({low:.3f}–{high:.3f}): adjusted and raw bars would mix"))


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


class ScaledSeriesError(SteadyFactorError):
    """New closes a steady factor far from 1 off the stored ones (8: per share against per ADS;
    7.8: another currency): not a vendor's adjustment, which stays within a few per cent a year."""

    @staticmethod
    def error(symbol: str, differing: int, overlap: int, low: float, high: float) -> FieldError:
        return FieldError("close", (f"{differing:,} of {overlap:,} stored {symbol} closes differ by a steady "
                                    f"factor ({low:.3f}–{high:.3f}): prices at another scale (per share "
                                    f"against per ADS, or in another currency)"))


ADJUSTED_RANGE = (0.5, 2.0)    # a steady factor outside it is a scale, not an adjustment


class ForeignSeriesError(MixedSeriesError):
    """New closes differ widely from the stored ones, as another series' would."""

    def __init__(self, symbol: str, differing: int, overlap: int, typical: float):
        self.symbol, self.differing, self.overlap, self.typical = symbol, differing, overlap, typical
        super().__init__([FieldError("close", (
            f"{differing:,} of {overlap:,} stored {symbol} closes differ from the new ones by over 1% "
            f"(by {typical:.1%} at the median), not by one steady factor: another listing's or "
            f"series' prices?"))])


def scattered_between(stored_ts: np.ndarray, stored_close: np.ndarray, new_ts: np.ndarray,
                      new_close: np.ndarray) -> tuple[int, int, float] | None:
    """(differing, overlap, median relative gap of those) when the new closes differ from the
    stored ones by over FOREIGN_GAP on at least FOREIGN_SHARE of the common days (and three)."""
    common, stored_at, new_at = np.intersect1d(np.asarray(stored_ts), np.asarray(new_ts),
                                               assume_unique=True, return_indices=True)
    if len(common) < MIN_DIFFERING:
        return None
    old = np.asarray(stored_close, dtype=np.float64)[stored_at]
    gap = np.abs(np.asarray(new_close, dtype=np.float64)[new_at] / old - 1)
    differ = gap > FOREIGN_GAP
    count = int(differ.sum())
    if count < MIN_DIFFERING or count < FOREIGN_SHARE * len(common):
        return None
    return count, len(common), float(np.median(gap[differ]))


def refuse_mixed_series(symbol: str, stored: dict[str, np.ndarray], new_ts: np.ndarray,
                        new_close: np.ndarray) -> None:
    """Raise AdjustedMixError when the new bars would mix adjusted and raw closes, ScaledSeriesError
    when they are the stored ones at another scale, and ForeignSeriesError when they look like
    another series' closes."""
    found = adjustment_between(stored["ts"], stored["close"], new_ts, new_close)
    if found is not None:
        low, high = found[2], found[3]
        adjusted = ADJUSTED_RANGE[0] <= low and high <= ADJUSTED_RANGE[1]
        raise (AdjustedMixError if adjusted else ScaledSeriesError)(symbol, *found)
    scattered = scattered_between(stored["ts"], stored["close"], new_ts, new_close)
    if scattered is not None:
        raise ForeignSeriesError(symbol, *scattered)
