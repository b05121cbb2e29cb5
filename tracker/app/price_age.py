"""Whether a listing's last price is too old to stand for a day.

- **Stale price**: more than `STALE_AFTER_SESSIONS` trading sessions of the listing's exchange
  (the NYSE calendar for BABA, HKEX for 9988.HK, from `exchange_calendars`) lie after the price's
  date, up to and including the day shown. A price from Friday is fresh all of the next week; so is
  one from before a run of holidays. Beyond the calendar's years every weekday counts as a session.
"""
from __future__ import annotations

from bisect import bisect_right
from datetime import date, timedelta

STALE_AFTER_SESSIONS = 5
CALENDAR_OF_EXCHANGE = {"NYSE": "XNYS", "HKEX": "XHKG"}
_WEEK = timedelta(days=7)


def _weekdays_between(after: date, through: date) -> int:
    """Monday-to-Friday days in (after, through]."""
    if through <= after:
        return 0
    days = (through - after).days
    weeks, rest = divmod(days, 7)
    count = weeks * 5
    for i in range(1, rest + 1):
        if (after + timedelta(days=weeks * 7 + i)).weekday() < 5:
            count += 1
    return count


MAX_HOLIDAYS_A_YEAR = 25     # weekday closures: HKEX has about 17 a year, NYSE about 10


def sessions_after(exchange: str, price_day: date, as_of: date) -> int:
    """Trading sessions of `exchange` ("NYSE", "HKEX") in (price_day, as_of]."""
    code = CALENDAR_OF_EXCHANGE.get(exchange)
    if code is None:
        return _weekdays_between(price_day, as_of)
    from tracker.app.earnings import trading_calendar    # exchange_calendars loads only when needed
    sessions = trading_calendar(code).sessions
    if not sessions or as_of < sessions[0] or price_day > sessions[-1]:
        return _weekdays_between(price_day, as_of)
    inside = bisect_right(sessions, min(as_of, sessions[-1])) - bisect_right(sessions, price_day)
    return inside + _weekdays_between(max(price_day, sessions[-1]), as_of)


def is_stale(exchange: str, price_day: date, as_of: date) -> bool:
    # any 7 consecutive days hold exactly 5 weekdays, so a price at most a week old is never stale
    if as_of - price_day <= _WEEK:
        return False
    # weekdays less the most holidays an exchange closes for in that span: stale for certain, and
    # no need to load the calendars (half a second) to say so
    years = (as_of - price_day).days // 365 + 1
    if _weekdays_between(price_day, as_of) - years * MAX_HOLIDAYS_A_YEAR > STALE_AFTER_SESSIONS:
        return True
    return sessions_after(exchange, price_day, as_of) > STALE_AFTER_SESSIONS
