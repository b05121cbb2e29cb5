"""The bars a chart shows, addressed by index: bar i sits at x = i, so weekends, holidays and nights
take no room (an index axis). This module maps between indexes and exchange-local times.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import lru_cache

import numpy as np

from tracker.ui.chart.lod import Pyramid

EPOCH = datetime(1970, 1, 1)
DAY = 86_400
MA_WINDOWS = (20, 50, 200)


def to_epoch(when: date | datetime) -> int:
    """Epoch seconds of a naive exchange-local time (a date means its midnight)."""
    if not isinstance(when, datetime):
        return _midnight(when)
    return int((when.replace(tzinfo=None) - EPOCH).total_seconds())


@lru_cache(maxsize=1 << 16)
def _midnight(day: date) -> int:
    """Remembered: every refresh places every trade and event again, on the same few dates."""
    return int((datetime(day.year, day.month, day.day) - EPOCH).total_seconds())


def to_datetime(ts: int) -> datetime:
    return EPOCH + timedelta(seconds=int(ts))


def moving_average(close: np.ndarray, window: int) -> np.ndarray:
    """Simple moving average of the closes; NaN until `window` bars exist."""
    out = np.full(len(close), np.nan)
    if len(close) >= window:
        csum = np.cumsum(np.concatenate(([0.0], close)))
        out[window - 1:] = (csum[window:] - csum[:-window]) / window
    return out


class Series:
    """One listing's bars (sorted by time) with its level-of-detail pyramid and moving averages."""

    def __init__(self, symbol: str, currency: str, ts, open_, high, low, close, volume):
        self.symbol = symbol
        self.currency = currency
        self.ts = _column("ts", ts, np.int64)
        n = len(self.ts)
        self.intraday = bool(n and (self.ts % DAY != 0).any())
        self.open, self.high, self.low, self.close = (
            _column(name, values, np.float64, n) for name, values in
            (("open", open_), ("high", high), ("low", low), ("close", close)))
        self.volume = np.nan_to_num(_column("volume", volume, np.float64, n), nan=0.0)
        for name, values in (("open", self.open), ("high", self.high), ("low", self.low),
                             ("close", self.close)):
            if n and not np.isfinite(values).all():
                bad = int(np.flatnonzero(~np.isfinite(values))[0])
                raise ValueError(f"{name}: missing value in bar {bad} ({self.when(bad)})")
        if n > 1 and not (np.diff(self.ts) > 0).all():
            bad = int(np.flatnonzero(np.diff(self.ts) <= 0)[0]) + 1
            raise ValueError(f"ts: bars must be in increasing time order (bar {bad}, {self.when(bad)})")
        self.pyramid = Pyramid(self.open, self.high, self.low, self.close, self.volume)
        self.ma = {w: moving_average(self.close, w) for w in MA_WINDOWS}

    def __len__(self) -> int:
        return len(self.ts)

    def when(self, i: int) -> date | datetime:
        """The bar's date (daily bars) or date and time (intraday bars)."""
        moment = to_datetime(self.ts[i])
        return moment if self.intraday else moment.date()

    def index_on_or_before(self, when: date | datetime) -> int:
        """The last bar at or before `when` (a date covers its whole day); -1 when none is."""
        t = to_epoch(when)
        if not isinstance(when, datetime):
            t += DAY - 1
        return int(np.searchsorted(self.ts, t, side="right")) - 1

    def index_on_or_after(self, when: date | datetime) -> int:
        """The first bar at or after `when`; len(self) when none is."""
        return int(np.searchsorted(self.ts, to_epoch(when), side="left"))

    def index_of(self, when: date | datetime) -> int:
        """The bar a dated thing belongs to: that day's last bar, else the next trading bar
        (a trade booked on a holiday shows on the next session), clamped to the data."""
        i = self.index_on_or_before(when)
        if i < 0 or self.day_of(i) != _day(when):
            i = min(self.index_on_or_after(when), len(self) - 1)
        return max(i, 0)

    def indexes_of(self, whens) -> np.ndarray:
        """`index_of` for many dated things at once (one searchsorted over all of them): the
        bar each belongs to, as an int64 array in the order given."""
        if not len(self) or not len(whens):
            return np.zeros(len(whens), dtype=np.int64)
        t = np.fromiter((to_epoch(w) for w in whens), dtype=np.int64, count=len(whens))
        whole_day = np.fromiter((not isinstance(w, datetime) for w in whens), dtype=bool, count=len(whens))
        before = np.searchsorted(self.ts, np.where(whole_day, t + DAY - 1, t), side="right") - 1
        same_day = (before >= 0) & (self.ts[np.maximum(before, 0)] // DAY == t // DAY)
        after = np.minimum(np.searchsorted(self.ts, t, side="left"), len(self) - 1)
        return np.maximum(np.where(same_day, before, after), 0)

    def covers(self, whens) -> np.ndarray:
        """For each dated thing: does its day fall within the first..last bar's days?"""
        if not len(self) or not len(whens):
            return np.zeros(len(whens), dtype=bool)
        days = np.fromiter((to_epoch(_day(w)) for w in whens), dtype=np.int64, count=len(whens)) // DAY
        return (days >= self.ts[0] // DAY) & (days <= self.ts[-1] // DAY)

    def day_of(self, i: int) -> date:
        return to_datetime(self.ts[i]).date()


def _day(when: date | datetime) -> date:
    return when.date() if isinstance(when, datetime) else when


def _column(name: str, values, dtype, n: int | None = None) -> np.ndarray:
    array = np.ascontiguousarray(values, dtype=dtype)
    if array.ndim != 1:
        raise ValueError(f"{name}: expected a one-dimensional array")
    if n is not None and len(array) != n:
        raise ValueError(f"{name}: {len(array)} values for {n} bars")
    return array
