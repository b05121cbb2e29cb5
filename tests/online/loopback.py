"""A market-data server on 127.0.0.1 (port 0, its own thread) answering like Yahoo and Stooq.

Answers are built in the shape of recorded responses: Yahoo's chart JSON (`chart.result[0]` with
`meta`, `timestamp` at each session's open, `events.dividends` / `events.splits`,
`indicators.quote[0]` and `indicators.adjclose`, or a 404 with `chart.error` for an unknown
symbol) and Stooq's daily CSV (`Date,Open,High,Low,Close,Volume`, `No data` for an unknown symbol,
`Exceeded the daily hits limit` when rationed). The bars come from real price files.

Faults for the failure tests: `fail_next(status, times)` answers that status before the real one,
`delay` holds every answer back, `body` replaces every answer's body.
"""
from __future__ import annotations

import json
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote, urlsplit
from zoneinfo import ZoneInfo

import numpy as np

from tracker.online.symbols import PROVIDER_SYMBOLS

# exchange time zone and session open of each series Yahoo serves
SESSIONS = {"BABA": ("America/New_York", -14400, "NYQ", "USD", (9, 30)),
            "9988.HK": ("Asia/Hong_Kong", 28800, "HKG", "HKD", (9, 30))}
NOT_FOUND = {"chart": {"result": None,
                       "error": {"code": "Not Found",
                                 "description": "No data found, symbol may be delisted"}}}


@dataclass
class Series:
    """Daily bars of one series (days as datetime64[D]) and the events the provider reports."""
    days: np.ndarray
    open: np.ndarray
    high: np.ndarray
    low: np.ndarray
    close: np.ndarray
    volume: np.ndarray
    dividends: list[tuple[date, float]] = field(default_factory=list)
    splits: list[tuple[date, int, int]] = field(default_factory=list)

    @classmethod
    def from_parsed(cls, parsed, dividends=(), splits=()) -> "Series":
        days = (parsed.ts // 86_400).astype("datetime64[D]")
        return cls(days, parsed.open, parsed.high, parsed.low, parsed.close, parsed.volume,
                   list(dividends), list(splits))

    def between(self, first: date, last: date) -> "Series":
        keep = (self.days >= np.datetime64(first)) & (self.days <= np.datetime64(last))
        return Series(self.days[keep], self.open[keep], self.high[keep], self.low[keep],
                      self.close[keep], self.volume[keep],
                      [d for d in self.dividends if first <= d[0] <= last],
                      [s for s in self.splits if first <= s[0] <= last])


def _open_stamp(day: date, zone: ZoneInfo, at: tuple[int, int]) -> int:
    return int(datetime(day.year, day.month, day.day, *at, tzinfo=zone).timestamp())


def yahoo_chart(symbol: str, series: Series) -> dict:
    """A chart answer for `series`, shaped like Yahoo's."""
    zone_name, offset, exchange, currency, at = SESSIONS.get(
        symbol, ("Europe/London", 0, "CCY", "USD", (0, 0)))
    zone = ZoneInfo(zone_name)
    days = [d.item() for d in series.days]
    stamps = [_open_stamp(d, zone, at) for d in days]
    meta = {"currency": currency, "symbol": symbol, "exchangeName": exchange,
            "instrumentType": "EQUITY" if symbol in SESSIONS else "CURRENCY",
            "firstTradeDate": stamps[0] if stamps else None,
            "regularMarketTime": stamps[-1] if stamps else None, "gmtoffset": offset,
            "timezone": "EDT" if offset == -14400 else "HKT", "exchangeTimezoneName": zone_name,
            "regularMarketPrice": float(series.close[-1]) if len(days) else None,
            "priceHint": 2, "dataGranularity": "1d", "range": "",
            "validRanges": ["1d", "5d", "1mo", "3mo", "6mo", "1y", "2y", "5y", "10y", "ytd", "max"]}
    result = {"meta": meta, "timestamp": stamps, "indicators": {
        "quote": [{"open": series.open.tolist(), "low": series.low.tolist(),
                   "high": series.high.tolist(), "volume": [int(v) for v in series.volume.tolist()],
                   "close": series.close.tolist()}],
        "adjclose": [{"adjclose": series.close.tolist()}]}}
    events = {}
    if series.dividends:
        events["dividends"] = {str(_open_stamp(d, zone, at)): {"amount": amount,
                                                               "date": _open_stamp(d, zone, at)}
                               for d, amount in series.dividends}
    if series.splits:
        events["splits"] = {str(_open_stamp(d, zone, at)): {
            "date": _open_stamp(d, zone, at), "numerator": n, "denominator": m,
            "splitRatio": f"{n}:{m}"} for d, n, m in series.splits}
    if events:
        result["events"] = events
    return {"chart": {"result": [result], "error": None}}


def stooq_csv(series: Series) -> str:
    lines = ["Date,Open,High,Low,Close,Volume"]
    for d, o, h, lo, c, v in zip(series.days.astype(str), series.open, series.high, series.low,
                                 series.close, series.volume):
        lines.append(f"{d},{o:g},{h:g},{lo:g},{c:g},{int(v)}")
    return "\r\n".join(lines) + "\r\n"


def _symbol_of(provider: str, remote: str) -> str:
    for symbol, names in PROVIDER_SYMBOLS.items():
        if names.get(provider) == remote:
            return symbol
    return remote


class MarketServer:
    """Serves `series` (symbol -> Series) as both providers would; use as a context manager."""

    def __init__(self, series: dict[str, Series]):
        self.series = series
        self.requests: list[str] = []
        self.delay = 0.0
        self.body: bytes | None = None
        self._faults: deque[int] = deque()
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.02,), daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def fail_next(self, status: int, times: int = 1) -> None:
        self._faults.extend([status] * times)

    def __enter__(self) -> "MarketServer":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)

    def answer(self, path: str) -> tuple[int, str, bytes]:
        """(status, content type, body) for a request path with its query."""
        with self._lock:
            self.requests.append(path)
            fault = self._faults.popleft() if self._faults else None
        if fault is not None:
            return fault, "text/plain", f"HTTP {fault}".encode()
        if self.body is not None:
            return 200, "text/plain", self.body
        parts = urlsplit(path)
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        if parts.path.startswith("/v8/finance/chart/"):
            remote = unquote(parts.path.rsplit("/", 1)[1])
            found = self.series.get(_symbol_of("yahoo", remote))
            if found is None:
                return 404, "application/json", json.dumps(NOT_FOUND).encode()
            first = datetime.fromtimestamp(int(query["period1"]), timezone.utc).date()
            last = datetime.fromtimestamp(int(query["period2"]), timezone.utc).date() - timedelta(days=1)
            body = yahoo_chart(remote, found.between(first, last))
            return 200, "application/json", json.dumps(body, separators=(",", ":")).encode()
        if parts.path.rstrip("/") == "/q/d/l":
            found = self.series.get(_symbol_of("stooq", query.get("s", "")))
            if found is None:
                return 200, "text/plain", b"No data"
            window = found.between(datetime.strptime(query["d1"], "%Y%m%d").date(),
                                   datetime.strptime(query["d2"], "%Y%m%d").date())
            if not len(window.days):
                return 200, "text/plain", b"No data"
            return 200, "text/csv", stooq_csv(window).encode()
        return 404, "text/plain", b"not found"

    def _handler(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (the http.server API)
                if server.delay:
                    time.sleep(server.delay)
                status, kind, body = server.answer(self.path)
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", kind)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass                       # the client gave up (a timeout test)

            def log_message(self, *args):
                pass

        return Handler
