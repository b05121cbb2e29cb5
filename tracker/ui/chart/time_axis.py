"""Date labels for an index axis, readable at every zoom.

Ticks sit on the first bar of a calendar period (a year, a quarter, a month, a week, a day, an
hour, a few minutes); the period is the finest one whose labels still fit. A label names the
largest period that starts at its bar: "2021" on the first bar of a year, "Mar" on the first bar
of a month, "12" on other days, "Mar 12" where a new day starts among intraday times, else "10:30".
"""
from __future__ import annotations

import numpy as np

from tracker.ui import formatting as fmt
from tracker.ui.chart.axis import FastAxis

MIN_LABEL_PX = 64     # room one label needs, with its gap
MONTHS = fmt.SHORT_MONTHS

# (unit, step): boundaries every `step` units, aligned to multiples of the step.
_INTRADAY_STEPS = [("m", 1), ("m", 2), ("m", 5), ("m", 10), ("m", 15), ("m", 30),
                   ("h", 1), ("h", 2), ("h", 3), ("h", 4), ("h", 6), ("h", 12)]
_DAILY_STEPS = [("D", 1), ("W", 1), ("M", 1), ("M", 2), ("M", 3), ("M", 6),
                ("Y", 1), ("Y", 2), ("Y", 5), ("Y", 10), ("Y", 20), ("Y", 50)]
_SECONDS = {"m": 60, "h": 3600, "D": 86_400, "W": 7 * 86_400, "M": 30 * 86_400, "Y": 365 * 86_400}


def _boundaries(unit: str, step: int, t0: int, t1: int) -> np.ndarray:
    """Epoch seconds of the period starts in (t0, t1], aligned to the step."""
    if unit in ("m", "h", "D"):
        size = _SECONDS[unit] * step
        first = (t0 // size + 1) * size
        return np.arange(first, t1 + 1, size, dtype=np.int64)
    if unit == "W":   # Mondays (1970-01-01 was a Thursday, so Mondays are 4 days after a multiple)
        size, offset = 7 * 86_400, 4 * 86_400
        first = ((t0 - offset) // size + 1) * size + offset
        return np.arange(first, t1 + 1, size, dtype=np.int64)
    code = "M" if unit == "M" else "Y"
    start = np.datetime64(int(t0), "s").astype(f"datetime64[{code}]").astype(np.int64)
    end = np.datetime64(int(t1), "s").astype(f"datetime64[{code}]").astype(np.int64)
    if unit == "Y":   # align to calendar years divisible by the step (1970 is year 0)
        start, end = start + 1970, end + 1970
        periods = np.arange((start // step + 1) * step, end + 1, step) - 1970
    else:
        periods = np.arange((start // step + 1) * step, end + 1, step)
    stamps = periods.astype(f"datetime64[{code}]").astype("datetime64[s]").astype(np.int64)
    return stamps[(stamps > t0) & (stamps <= t1)]


def date_ticks(ts: np.ndarray, x0: float, x1: float, px_width: float,
               min_px: float = MIN_LABEL_PX) -> list[tuple[int, str]]:
    """(bar index, label) for the bars visible between x0 and x1 on an axis px_width pixels long."""
    n = len(ts)
    a, b = max(0, int(np.ceil(x0))), min(n - 1, int(np.floor(x1)))
    if n == 0 or b < a or px_width <= 0 or x1 <= x0:
        return []
    px_per_bar = px_width / (x1 - x0)
    max_labels = max(1, int(px_width // min_px))
    t0 = int(ts[a - 1]) if a > 0 else int(ts[a]) - 1     # a period starting at bar a counts
    t1 = int(ts[b])
    intraday = bool((ts[a:b + 1:max(1, (b - a) // 64)] % 86_400 != 0).any())
    steps = (_INTRADAY_STEPS if intraday else []) + _DAILY_STEPS
    for unit, step in steps:
        if (t1 - t0) / (_SECONDS[unit] * step) > 50 * max_labels:
            continue          # far too dense even after gaps (nights, weekends) are removed
        idx = _first_bars(ts, _boundaries(unit, step, t0, t1), a, b)
        if len(idx) > max_labels and not (unit == "Y" and step == 50):
            continue
        # the first bar of a larger period always gets a tick, so a month or year is never unnamed
        times = unit in ("m", "h")     # label times of day, else dates
        ticks = {int(i): _label(ts, int(i), times) for i in idx}
        for big in (("D",) if times else ()) + ("M", "Y"):
            if _SECONDS[big] > _SECONDS[unit] * step:
                for i in _first_bars(ts, _boundaries(big, 1, t0, t1), a, b).tolist():
                    ticks[i] = _label(ts, i, times)
        return _spaced(ticks, px_per_bar, min_px)
    return []


def _first_bars(ts: np.ndarray, starts: np.ndarray, a: int, b: int) -> np.ndarray:
    idx = np.unique(np.searchsorted(ts, starts, side="left"))
    return idx[(idx >= a) & (idx <= b)]


def _rank(label: str) -> int:
    """Which labels win when two would overlap: years, then months, then days, then times."""
    if label.isdigit() and len(label) == 4:
        return 3
    if label in MONTHS or label.endswith("月"):
        return 2
    return 0 if ":" in label else 1


def _spaced(ticks: dict[int, str], px_per_bar: float, min_px: float) -> list[tuple[int, str]]:
    """Keep the highest-ranked ticks first and drop any that would crowd one already kept."""
    kept: list[int] = []
    for i in sorted(ticks, key=lambda i: (-_rank(ticks[i]), i)):
        if all(abs(i - k) * px_per_bar >= min_px for k in kept):
            kept.append(i)
    return [(i, ticks[i]) for i in sorted(kept)]


def _label(ts: np.ndarray, i: int, times: bool) -> str:
    """The largest period starting at bar i: a year, a month, a day, else the time of day
    (`times`: the ticks are hours or minutes, so a new day reads "Mar 12")."""
    moment = np.datetime64(int(ts[i]), "s").astype(object)
    if i == 0:
        return fmt.month_and_day(moment) if times else str(moment.year)
    before = np.datetime64(int(ts[i - 1]), "s").astype(object)
    if before.year != moment.year:
        return str(moment.year)
    if before.month != moment.month and not times:
        return fmt.short_month(moment.month)
    if before.date() != moment.date():
        return fmt.month_and_day(moment) if times else str(moment.day)
    return f"{moment.hour:02d}:{moment.minute:02d}"


class DateAxis(FastAxis):
    """Bottom axis of an index-x chart: labels from `date_ticks` over the bars' timestamps.
    With show_values=False it draws only the vertical grid lines (for a pane above another)."""

    # The price pane's grid and the volume pane's labels ask for the same ticks on every frame:
    # the last answer is kept with the very array it was computed from.
    _last: tuple = (None, None, [])

    def __init__(self, show_values: bool = True):
        super().__init__("bottom", show_values=show_values)
        self._ts = np.zeros(0, dtype=np.int64)
        if show_values:
            self.setHeight(22)
        else:
            self.setStyle(tickLength=0)
            self.setHeight(0)

    def set_times(self, ts: np.ndarray) -> None:
        self._ts = ts
        self.update()

    def ticks(self, lo, hi, length_px):
        ts, key, ticks = DateAxis._last
        wanted = (lo, hi, length_px, fmt.locale_key())    # (month names follow the language)
        if ts is not self._ts or key != wanted:
            ticks = [(float(i), text) for i, text in date_ticks(self._ts, lo, hi, length_px)]
            DateAxis._last = (self._ts, wanted, ticks)
        return ticks
