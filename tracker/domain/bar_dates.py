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

LISTING_KINDS = ("ADS", "ORD")
SECONDS_PER_DAY = 86_400
NAMED = 3            # dates quoted in a message; the rest are counted
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
    _refuse(errors, days[days > (today - _EPOCH).days], f"is after today on {instrument.exchange} ({today})")
    first = instrument.first_trading_day
    if first is not None:
        _refuse(errors, days[days < (first - _EPOCH).days],
                f"is before {instrument.symbol}'s first trading day ({first}): is it another listing's file?")
    if (ts % SECONDS_PER_DAY == 0).all():         # a daily file (intraday bars have their times)
        weekday = (days + 3) % 7                  # 1970-01-01 was a Thursday: 0 is Monday
        _refuse(errors, days[weekday >= 5], f"is a weekend: {instrument.exchange} does not trade then")
    return errors


def _refuse(errors: list[FieldError], days: np.ndarray, reason: str) -> None:
    if not len(days):
        return
    named = ", ".join(str(_EPOCH + timedelta(days=int(d))) for d in days[:NAMED])
    more = f" and {len(days) - NAMED:,} more" if len(days) > NAMED else ""
    errors.append(FieldError("date", f"{len(days):,} bar{'s' if len(days) > 1 else ''} dated {named}{more}: "
                                     f"the date {reason}"))
