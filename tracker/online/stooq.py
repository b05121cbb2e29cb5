"""Stooq's daily CSV download: `/q/d/l/?s={symbol}&d1=YYYYMMDD&d2=YYYYMMDD&i=d`.

The answer is `Date,Open,High,Low,Close,Volume` (volume absent for currencies), the same layout as
a Stooq file, so it goes through the price-file parser and its checks. Stooq answers with HTTP 200
and a plain-text body when something is wrong: `No data` for a symbol it does not know (or no bar
in the range) and `Exceeded the daily hits limit` when it rations requests. It reports no
dividends or splits.
"""
from __future__ import annotations

import io
import time
from collections.abc import Callable
from datetime import date
from urllib.parse import urlencode

from tracker.importers.prices import parse_price_csv
from tracker.online.base import Fetched, base_url
from tracker.online.http import HttpOptions, ProviderError, fetch
from tracker.online.symbols import remote_symbol

DEFAULT_URL = "https://stooq.com"
NAME = "stooq"
NO_DATA = "no data"
RATIONED = "exceeded the daily hits limit"


class StooqDaily:
    name = NAME

    def __init__(self, url: str = DEFAULT_URL, options: HttpOptions = HttpOptions()):
        self.url = base_url(url)
        self.options = options

    def request_url(self, remote: str, start: date, end: date) -> str:
        query = urlencode({"s": remote, "d1": start.strftime("%Y%m%d"),
                           "d2": end.strftime("%Y%m%d"), "i": "d"})
        return f"{self.url}/q/d/l/?{query}"

    def fetch_daily(self, symbol: str, start: date, end: date,
                    should_cancel: Callable[[], bool] | None = None) -> Fetched:
        remote = remote_symbol(symbol, NAME)
        url = self.request_url(remote, start, end)
        status, body = fetch(url, NAME, self.options, should_cancel)
        if status == 404:
            raise ProviderError(f"stooq does not know the symbol {remote} (HTTP 404)")
        began = time.perf_counter()
        bars = parse_daily_csv(body, remote)
        return Fetched(NAME, symbol, remote, url, bars, parse_seconds=time.perf_counter() - began)


def parse_daily_csv(body: bytes, remote: str):
    text = body.decode("utf-8-sig", errors="replace")
    first = text.strip().splitlines()[0].strip().lower() if text.strip() else ""
    if first.startswith(RATIONED):
        raise ProviderError("stooq: rate limited, try later (daily hits limit exceeded)")
    if first == NO_DATA or not first:
        raise ProviderError(f"stooq does not know the symbol {remote}, or has no bars for "
                            "those dates (it answered 'No data')")
    if not first.startswith("date,"):
        raise ProviderError(f"stooq: the answer for {remote} is not the expected daily CSV "
                            f"(it starts {text.strip()[:40]!r})")
    parsed = parse_price_csv(io.StringIO(text), fmt="stooq")
    if parsed.intraday:
        raise ProviderError(f"stooq: the answer for {remote} holds intraday bars, not daily ones")
    return parsed
