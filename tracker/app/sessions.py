"""Trading sessions of a listing's exchange, for entry: the default date of a new entry and the
soft warnings an entry dialog shows (a day the exchange was closed, a price outside that day's
stored range). Calendars load only when a dialog asks (never for a read command)."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta

from tracker.app.price_age import CALENDAR_OF_EXCHANGE


def _calendar(exchange: str):
    code = CALENDAR_OF_EXCHANGE.get(exchange)
    if code is None:
        return None
    from tracker.app.earnings import trading_calendar    # exchange_calendars: loaded when needed
    calendar = trading_calendar(code)
    return calendar if calendar.sessions else None


OPENS_AT = {"NYSE": time(9, 30), "HKEX": time(9, 30)}      # the exchange's local time


def has_opened(exchange: str, local: datetime) -> bool:
    """Whether `exchange`'s session of the day has begun by `local` (its own time), on a day it
    trades: a trade typed then is most likely of that day."""
    opens = OPENS_AT.get(exchange)
    return opens is not None and local.time() >= opens and is_session(exchange, local.date()) is not False


def _previous_weekday(day: date) -> date:
    day -= timedelta(days=1)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


def sessions_between(exchange: str, first: date, last: date) -> list[date]:
    """The days `exchange` traded from `first` to `last`: its calendar's sessions where the
    calendar reaches, weekdays beyond it (what a price file of the listing may hold)."""
    calendar = _calendar(exchange)
    days, day = [], first
    while day <= last:
        if is_session(exchange, day) if calendar is not None and calendar.covers(day) else day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days


def is_session(exchange: str, day: date) -> bool | None:
    """Whether `exchange` traded on `day`; None when its calendar does not reach that day."""
    calendar = _calendar(exchange)
    if calendar is None or not calendar.covers(day):
        return None if calendar is not None or day.weekday() < 5 else False
    return calendar.has_session(day)


def last_session(exchange: str, today: date, last_bar: date | None = None) -> date:
    """The listing's last complete session before `today` (its exchange's date), or today when a
    bar of today is already stored. Never a weekend or a holiday while the calendar covers it."""
    if last_bar == today and is_session(exchange, today) is not False:
        return today
    calendar = _calendar(exchange)
    if calendar is not None and calendar.covers(today - timedelta(days=1)):
        found = calendar.last_before(today)
        if found is not None:
            return found
    return _previous_weekday(today)
