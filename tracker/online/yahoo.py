"""Yahoo Finance's chart JSON: `/v8/finance/chart/{symbol}?period1=&period2=&interval=1d&events=div,split`.

The answer holds `chart.result[0]` with `meta` (the exchange's time zone), `timestamp` (epoch
seconds of each session's open), `indicators.quote[0]` (raw open, high, low, close, volume: prices
are split-adjusted by Yahoo but not dividend-adjusted) and `events.dividends` / `events.splits`.
`indicators.adjclose` is dividend-adjusted and is never stored. An unknown symbol comes back as a
404 with `chart.error.description`.

Each timestamp becomes the exchange-local date of the session, stored as a daily bar at midnight.
Days Yahoo lists with every price null (a halt, a holiday it still lists) are dropped.
"""
from __future__ import annotations

import json
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from urllib.parse import quote, urlencode
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import numpy as np

from tracker.online.bars import checked_bars
from tracker.online.base import DIVIDEND, SPLIT, Fetched, ProviderEvent, base_url
from tracker.online.http import HttpOptions, ProviderError, fetch
from tracker.online.symbols import remote_symbol

DEFAULT_URL = "https://query1.finance.yahoo.com"
NAME = "yahoo"
FORMAT = "yahoo chart"
_EPOCH = date(1970, 1, 1)


class YahooChart:
    name = NAME

    def __init__(self, url: str = DEFAULT_URL, options: HttpOptions = HttpOptions()):
        self.url = base_url(url)
        self.options = options

    def request_url(self, remote: str, start: date, end: date) -> str:
        period1 = _epoch(start)
        period2 = _epoch(end + timedelta(days=1))      # period2 is exclusive
        query = urlencode({"period1": period1, "period2": period2, "interval": "1d",
                           "events": "div,split", "includeAdjustedClose": "true"})
        return f"{self.url}/v8/finance/chart/{quote(remote, safe='')}?{query}"

    def fetch_daily(self, symbol: str, start: date, end: date,
                    should_cancel: Callable[[], bool] | None = None) -> Fetched:
        remote = remote_symbol(symbol, NAME)
        url = self.request_url(remote, start, end)
        status, body = fetch(url, NAME, self.options, should_cancel)
        began = time.perf_counter()
        fetched = parse_chart(body, symbol, remote, status)
        fetched.url, fetched.parse_seconds = url, time.perf_counter() - began
        return fetched


def _epoch(day: date) -> int:
    return int(datetime(day.year, day.month, day.day, tzinfo=timezone.utc).timestamp())


def _shape_error(remote: str, what: str) -> ProviderError:
    return ProviderError(f"yahoo: the answer for {remote} is not the expected chart data ({what})")


def parse_chart(body: bytes, symbol: str, remote: str, status: int = 200) -> Fetched:
    """The bars and events of one chart answer (see the module docstring)."""
    try:
        payload = json.loads(body)
    except (UnicodeDecodeError, ValueError):
        raise _shape_error(remote, "not JSON") from None
    chart = payload.get("chart") if isinstance(payload, dict) else None
    if not isinstance(chart, dict):
        raise _shape_error(remote, "no 'chart' object")
    error = chart.get("error")
    if error or status == 404:
        description = error.get("description") if isinstance(error, dict) else None
        raise ProviderError(f"yahoo does not know the symbol {remote} "
                            f"({description or 'not found'})")
    results = chart.get("result")
    if not isinstance(results, list) or not results or not isinstance(results[0], dict):
        raise _shape_error(remote, "no result")
    result = results[0]
    zone = _zone(result.get("meta") or {})
    stamps = result.get("timestamp") or []
    quotes = ((result.get("indicators") or {}).get("quote") or [None])[0]
    if stamps and not isinstance(quotes, dict):
        raise _shape_error(remote, "no indicators.quote")
    columns = {}
    for name in ("open", "high", "low", "close", "volume"):
        values = (quotes or {}).get(name, [])
        if not isinstance(values, list) or len(values) != len(stamps):
            raise _shape_error(remote, f"{name} does not match the timestamps")
        columns[name] = _floats(values, remote, name)
    try:
        days = np.array([_local_day(int(t), zone) for t in stamps], dtype=np.int64)
    except (TypeError, ValueError, OverflowError):
        raise _shape_error(remote, "a timestamp is not a number") from None
    prices = np.vstack([columns[n] for n in ("open", "high", "low", "close")]) if len(days) else None
    keep = ~np.all(np.isnan(prices), axis=0) if prices is not None else np.zeros(0, dtype=bool)
    volume = np.where(np.isnan(columns["volume"]), 0.0, columns["volume"])   # none reported: 0
    bars = checked_bars(FORMAT, days[keep], columns["open"][keep], columns["high"][keep],
                        columns["low"][keep], columns["close"][keep], volume[keep])
    events = _events(result.get("events") or {}, symbol, zone, remote)
    return Fetched(NAME, symbol, remote, "", bars, events)


def _floats(values: list, remote: str, name: str) -> np.ndarray:
    try:
        return np.array([np.nan if v is None else float(v) for v in values], dtype=np.float64)
    except (TypeError, ValueError):
        raise _shape_error(remote, f"a {name} value is not a number") from None


def _zone(meta: dict):
    """The exchange's time zone (its daylight-saving rules), else its fixed offset, else UTC."""
    name = meta.get("exchangeTimezoneName")
    if isinstance(name, str):
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    offset = meta.get("gmtoffset")
    if isinstance(offset, (int, float)):
        return timezone(timedelta(seconds=int(offset)))
    return timezone.utc


def _local_day(stamp: int, zone) -> int:
    local = datetime.fromtimestamp(stamp, tz=timezone.utc).astimezone(zone)
    return (local.date() - _EPOCH).days


def _events(events: dict, symbol: str, zone, remote: str) -> list[ProviderEvent]:
    if not isinstance(events, dict):
        raise _shape_error(remote, "events is not an object")
    found = []
    for item in _items(events.get("dividends"), remote):
        amount = item.get("amount")
        if isinstance(amount, (int, float)) and amount > 0:
            found.append(ProviderEvent(symbol, DIVIDEND, _event_day(item, zone, remote), float(amount)))
    for item in _items(events.get("splits"), remote):
        num, den = item.get("numerator"), item.get("denominator")
        if isinstance(num, (int, float)) and isinstance(den, (int, float)) and num > 0 and den > 0:
            found.append(ProviderEvent(symbol, SPLIT, _event_day(item, zone, remote),
                                       numerator=float(num), denominator=float(den)))
    return sorted(found, key=lambda e: (e.day, e.kind))


def _items(section, remote: str) -> list[dict]:
    if section is None:
        return []
    if not isinstance(section, dict):
        raise _shape_error(remote, "an events section is not an object")
    return [item for item in section.values() if isinstance(item, dict)]


def _event_day(item: dict, zone, remote: str) -> date:
    stamp = item.get("date")
    if not isinstance(stamp, (int, float)):
        raise _shape_error(remote, "an event has no date")
    return _EPOCH + timedelta(days=_local_day(int(stamp), zone))
