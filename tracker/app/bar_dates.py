"""Bar dates a listing cannot have: after today on its exchange, before its first trading day, or
(a daily bar) on a Saturday or a Sunday, when no exchange of a listing trades, or on a weekday its
exchange was closed (a holiday of its calendar). A price file holding one (a file of another
listing, a future date typed by hand) is refused before anything is written: once stored, such a
bar would value the position on a day that never traded. Hong Kong's file imported as BABA, say,
has bars on the US holidays that HKEX trades through; vendors' real files have none.
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


def bar_date_errors(instrument: Instrument | None, ts: np.ndarray, now: date | datetime,
                    lines: np.ndarray | None = None) -> list[FieldError]:
    """The reasons to refuse bars at epoch seconds `ts` (read from file lines `lines`) for
    `instrument` (none for a series that is not a listing: exchange rates and indexes keep their
    own calendars): one per bar for the first few of each reason, by line; the rest in one more."""
    if instrument is None or instrument.kind not in LISTING_KINDS or not len(ts):
        return []
    ts = np.asarray(ts, dtype=np.int64)
    days = ts // SECONDS_PER_DAY
    today = exchange_today(instrument, now)
    first = instrument.first_trading_day
    reasons = [(days > (today - _EPOCH).days, "{} is in the future")]
    if first is not None:         # most often another listing's file
        reasons.append((days < (first - _EPOCH).days, f"{{}} is before {instrument.symbol} first traded on {first}"))
    if (ts % SECONDS_PER_DAY == 0).all():         # a daily file (intraday bars have their times)
        weekend = (days + 3) % 7 >= 5               # 1970-01-01 was a Thursday: 0 is Monday
        reasons.append((weekend, f"{{}} is a weekend, when {instrument.exchange} does not trade"))
        reasons.append((~weekend & _closed(instrument.exchange, days),
                        f"{{}} is a weekday {instrument.exchange} was closed (a holiday)"))
    errors = []
    for wrong, reason in reasons:
        at = np.flatnonzero(wrong)
        for i in at[:NAMED]:
            errors.append(FieldError("date", reason.format(_day(days[i])),
                                     line=int(lines[i]) if lines is not None else None))
        if len(at) > NAMED:
            errors.append(FieldError("date", reason.format(_named(days[at[NAMED:]]))))
    return errors


def _closed(exchange: str, days: np.ndarray) -> np.ndarray:
    """Which of `days` (since the epoch) its calendar covers without a session of `exchange`
    (all False for an exchange without a calendar)."""
    from tracker.app.price_age import CALENDAR_OF_EXCHANGE
    code = CALENDAR_OF_EXCHANGE.get(exchange)
    if code is None:
        return np.zeros(len(days), dtype=bool)
    from tracker.app.earnings import trading_calendar
    sessions = trading_calendar(code).sessions
    if not sessions:
        return np.zeros(len(days), dtype=bool)
    open_days = np.array([(d - _EPOCH).days for d in sessions], dtype=np.int64)
    covered = (days >= open_days[0]) & (days <= open_days[-1])
    return covered & ~np.isin(days, open_days)


def _day(day: int) -> str:
    return str(_EPOCH + timedelta(days=int(day)))


def _named(days: np.ndarray) -> str:
    """`2024-03-09`, or the first few dates, an ellipsis and how many more (`… (+33)`)."""
    named = ", ".join(_day(d) for d in days[:NAMED])
    return named + (f", … (+{len(days) - NAMED:,})" if len(days) > NAMED else "")
