"""Bar dates a listing cannot have: after today on its exchange, before its first trading day, or
(a daily bar) on a Saturday or a Sunday, when no exchange of a listing trades. A price file
holding one (a file of another listing, a future date typed by hand) is refused before anything
is written: once stored, such a bar would value the position on a day that never traded.
(Intraday files are not judged by weekday: their sessions cross midnight in UTC.)"""
from __future__ import annotations

from datetime import date, datetime, timedelta

import numpy as np

from tracker.domain.checks import exchange_today
from tracker.domain.model import FieldError, Instrument
from tracker.store.migrations import LISTING_KINDS
from tracker.store.prices import SECONDS_PER_DAY

NAMED = 3            # dates quoted in a message; an ellipsis says there are more
_EPOCH = date(1970, 1, 1)


def bar_date_errors(instrument: Instrument | None, ts: np.ndarray, now: date | datetime) -> list[FieldError]:
    """The reasons to refuse bars at epoch seconds `ts` for `instrument` (none for a series that
    is not a listing: exchange rates and indexes keep their own calendars)."""
    if instrument is None or instrument.kind not in LISTING_KINDS or not len(ts):
        return []
    ts = np.asarray(ts, dtype=np.int64)
    days = ts // SECONDS_PER_DAY
    errors = []
    today = exchange_today(instrument, now)
    later = days[days > (today - _EPOCH).days]
    if len(later):
        errors.append(FieldError("date", f"{_named(later)} is in the future"))
    first = instrument.first_trading_day
    earlier = days[days < (first - _EPOCH).days] if first is not None else days[:0]
    if len(earlier):        # most often another listing's file
        errors.append(FieldError("date", f"{_named(earlier)} is before {instrument.symbol} first traded on {first}"))
    if (ts % SECONDS_PER_DAY == 0).all():         # a daily file (intraday bars have their times)
        weekend = days[(days + 3) % 7 >= 5]       # 1970-01-01 was a Thursday: 0 is Monday
        if len(weekend):
            errors.append(FieldError("date", f"{_named(weekend)} is a weekend, when {instrument.exchange} "
                                             "does not trade"))
    return errors


def _named(days: np.ndarray) -> str:
    """`2024-03-09`, or the first few dates and an ellipsis."""
    named = ", ".join(str(_EPOCH + timedelta(days=int(d))) for d in days[:NAMED])
    return named + (", …" if len(days) > NAMED else "")
