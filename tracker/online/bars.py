"""Checks on bars that arrive as arrays (a JSON answer), worded like the price-file checks.

Every bar must have four finite prices above zero and at most 10^12, low <= open, close <= high
(within the same float tolerance as files), a finite volume from 0 to 10^12 and a date of its own
from 1900 to 9999 (the bounds of every stored bar, domain.money and domain.checks).
"""
from __future__ import annotations

import numpy as np

from tracker.domain.checks import FIRST_BAR_TS, LAST_BAR_TS
from tracker.domain.model import FieldError
from tracker.domain.money import MAX_AMOUNT, MAX_VOLUME
from tracker.importers.prices import RANGE_TOLERANCE, ParsedBars

SECONDS_PER_DAY = 86_400
MAX_LISTED = 20


def checked_bars(fmt: str, days: np.ndarray, open_: np.ndarray, high: np.ndarray, low: np.ndarray,
                 close: np.ndarray, volume: np.ndarray) -> ParsedBars:
    """ParsedBars of daily bars (days = int64 days since 1970-01-01), sorted; every bad bar is an
    error naming its date, and a result with errors must not be written."""
    ts = np.asarray(days, dtype=np.int64) * SECONDS_PER_DAY
    o, h, lo, c, v = (np.asarray(a, dtype=np.float64) for a in (open_, high, low, close, volume))
    errors: list[FieldError] = []

    def report(mask: np.ndarray, name: str, message: str) -> None:
        for row in np.flatnonzero(mask)[:MAX_LISTED]:
            errors.append(FieldError(name, message, text=_day(ts[row])))

    prices = {"open": o, "high": h, "low": lo, "close": c}
    for name, values in prices.items():
        report(~np.isfinite(values) | (values <= 0), name, "missing, or not a price above zero")
        report(np.isfinite(values) & (values > float(MAX_AMOUNT)), name, "must be at most 10^12")
    report(~np.isfinite(v) | (v < 0), "volume", "missing, or a negative volume")
    report(np.isfinite(v) & (v > MAX_VOLUME), "volume", "must be at most 10^12")
    report((ts < FIRST_BAR_TS) | (ts > LAST_BAR_TS), "date", "not a date from 1900 to 9999")
    usable = np.all([np.isfinite(a) & (a > 0) for a in prices.values()], axis=0)
    top, bottom = h * (1 + RANGE_TOLERANCE), lo * (1 - RANGE_TOLERANCE)
    report(usable & (top < lo), "high", "high is below low")
    report(usable & ((o > top) | (o < bottom)), "open", "open is outside low..high")
    report(usable & ((c > top) | (c < bottom)), "close", "close is outside low..high")
    order = np.argsort(ts, kind="stable")
    ts, o, h, lo, c, v = (a[order] for a in (ts, o, h, lo, c, v))
    report(np.append(False, ts[1:] == ts[:-1]), "date", "two bars on the same day")
    return ParsedBars(fmt, ts, o, h, lo, c, v, rows=len(ts), errors=errors)


def _day(ts: np.int64) -> str:
    return str(np.datetime64(int(ts), "s").astype("datetime64[D]"))
