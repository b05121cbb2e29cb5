"""Level-of-detail pyramid for OHLCV bars, so a frame never touches more bars than it has pixels.

Level k groups the bars into buckets of 2**k consecutive bars. A bucket's candle is the first
open, the highest high, the lowest low and the last close of its bars, so zooming out never hides
a spike or a crash; its volume is the mean volume per bar of the bucket, so the volume axis keeps
meaning "shares per bar" at every zoom. The last bucket of a level may hold fewer bars.

Level 0 is the bars themselves (no copy). Each further level is built from the previous one in
O(n) numpy, so the whole pyramid costs about one extra copy of the bars.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

# Below this many pixels per bar the chart draws buckets instead of bars.
MIN_BUCKET_PX = 2.0
# Building stops once a level has this few buckets: no window is that narrow.
SMALLEST_LEVEL = 16


@dataclass(frozen=True)
class Level:
    """One level of the pyramid: `bucket` bars per candle (the last candle may hold fewer)."""
    bucket: int
    n_bars: int
    open: np.ndarray
    high: np.ndarray
    low: np.ndarray
    close: np.ndarray
    volume: np.ndarray   # mean volume per bar of the bucket

    def __len__(self) -> int:
        return len(self.open)

    def span(self, x0: float, x1: float) -> tuple[int, int]:
        """Buckets [j0, j1) that touch the bar positions x0..x1 (bar i sits at x = i, ±0.5)."""
        j0 = max(0, math.floor((x0 + 0.5) / self.bucket))
        j1 = min(len(self), math.floor((x1 + 0.5) / self.bucket) + 1)
        return j0, max(j0, j1)

    def first_bar(self, j0: int, j1: int) -> np.ndarray:
        return np.arange(j0, j1, dtype=np.int64) * self.bucket

    def last_bar(self, j0: int, j1: int) -> np.ndarray:
        return np.minimum(np.arange(j0 + 1, j1 + 1, dtype=np.int64) * self.bucket, self.n_bars) - 1

    def centers(self, j0: int, j1: int) -> np.ndarray:
        """x of each bucket's candle: the middle of its bars."""
        return (self.first_bar(j0, j1) + self.last_bar(j0, j1)) * 0.5


class Pyramid:
    """Every level from single bars up to a handful of buckets."""

    def __init__(self, open_, high, low, close, volume):
        n = len(close)
        base = Level(1, n, open_, high, low, close, volume)
        self.levels = [base]
        level = base
        while len(level) > SMALLEST_LEVEL:
            level = _halve(level)
            self.levels.append(level)

    def level_for(self, px_per_bar: float) -> Level:
        """The finest level whose candles are at least MIN_BUCKET_PX wide."""
        if px_per_bar >= MIN_BUCKET_PX or px_per_bar <= 0:
            return self.levels[0]
        k = math.ceil(math.log2(MIN_BUCKET_PX / px_per_bar))
        return self.levels[min(k, len(self.levels) - 1)]

    def extent(self, x0: float, x1: float, px_per_bar: float) -> tuple[float, float] | None:
        """(lowest low, highest high) of the candles drawn for x0..x1, or None when none are."""
        level = self.level_for(px_per_bar)
        j0, j1 = level.span(x0, x1)
        if j1 <= j0:
            return None
        return float(level.low[j0:j1].min()), float(level.high[j0:j1].max())

    def volume_max(self, x0: float, x1: float, px_per_bar: float) -> float | None:
        level = self.level_for(px_per_bar)
        j0, j1 = level.span(x0, x1)
        if j1 <= j0:
            return None
        return float(level.volume[j0:j1].max())

    @property
    def nbytes(self) -> int:
        return sum(a.nbytes for lv in self.levels[1:]
                   for a in (lv.open, lv.high, lv.low, lv.close, lv.volume))


def _halve(level: Level) -> Level:
    """The next level: pairs of buckets merged (an odd last bucket carried over alone)."""
    m = len(level)
    pairs = m // 2
    odd = m % 2
    size = pairs + odd

    def merged(a: np.ndarray, pick) -> np.ndarray:
        out = np.empty(size, dtype=np.float64)
        out[:pairs] = pick(a[0:2 * pairs:2], a[1:2 * pairs:2])
        if odd:
            out[-1] = a[-1]
        return out

    bucket = level.bucket * 2
    # mean volume: weight each half by how many bars it holds (only the last half can be short)
    counts = np.full(m, level.bucket, dtype=np.float64)
    counts[-1] = level.n_bars - (m - 1) * level.bucket
    total = level.volume * counts
    summed = merged(total, np.add)
    new_counts = merged(counts, np.add)
    return Level(bucket, level.n_bars,
                 open=merged(level.open, lambda first, _second: first),
                 high=merged(level.high, np.maximum),
                 low=merged(level.low, np.minimum),
                 close=merged(level.close, lambda _first, second: second),
                 volume=summed / new_counts)
