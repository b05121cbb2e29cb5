"""Each provider turns a recorded-shape answer into checked daily bars and reported events."""
from __future__ import annotations

import json
from datetime import date

import numpy as np
import pytest

from tests.online.loopback import yahoo_chart
from tracker.online.config import make_provider, resolve_url
from tracker.online.http import ProviderError
from tracker.online.stooq import StooqDaily, parse_daily_csv
from tracker.online.symbols import remote_symbol
from tracker.online.yahoo import YahooChart, parse_chart


def _day(parsed, i):
    return str(np.datetime64(int(parsed.ts[i]), "s").astype("datetime64[D]"))


def test_yahoo_bars_are_the_raw_ohlc_on_the_exchange_day(market, baba_recent):
    fetched = YahooChart(market.url).fetch_daily("BABA", date(2024, 6, 10), date(2024, 6, 14))
    bars = fetched.bars
    assert bars.ok and len(bars) == 5
    # 13 June 2024 09:30 New York is 13:30 UTC: stored as the daily bar of 13 June
    assert _day(bars, 3) == "2024-06-13"
    assert bars.close[3] == 75.68 and bars.open[3] == 76.5           # raw, as in the real file
    assert fetched.remote == "BABA" and "/v8/finance/chart/BABA?" in market.requests[-1]
    assert [(e.kind, e.day, e.amount) for e in fetched.events] == [("dividend", date(2024, 6, 13), 1.66)]


def test_yahoo_adjclose_is_never_what_is_stored(baba_recent):
    week = baba_recent.between(date(2024, 6, 10), date(2024, 6, 14))
    answer = yahoo_chart("BABA", week)
    answer["chart"]["result"][0]["indicators"]["adjclose"][0]["adjclose"] = [1.0] * 5
    bars = parse_chart(json.dumps(answer).encode(), "BABA", "BABA").bars
    assert bars.close.tolist() == week.close.tolist()


def test_a_hong_kong_session_stays_on_its_own_date(market):
    bars = YahooChart(market.url).fetch_daily("9988.HK", date(2020, 1, 2), date(2020, 1, 3)).bars
    # 09:30 in Hong Kong is 01:30 UTC: the date must not slip to the day before
    assert [_day(bars, i) for i in range(len(bars))] == ["2020-01-02", "2020-01-03"]


def test_yahoo_days_with_every_price_null_are_dropped_and_half_null_days_refused(baba_recent):
    answer = yahoo_chart("BABA", baba_recent.between(date(2024, 6, 10), date(2024, 6, 14)))
    quote = answer["chart"]["result"][0]["indicators"]["quote"][0]
    for name in ("open", "high", "low", "close", "volume"):
        quote[name][1] = None
    bars = parse_chart(json.dumps(answer).encode(), "BABA", "BABA").bars
    assert bars.ok and len(bars) == 4
    quote["close"][2] = None
    bars = parse_chart(json.dumps(answer).encode(), "BABA", "BABA").bars
    assert [str(e) for e in bars.errors] == ["close: missing, or not a price above zero (got '2024-06-12')"]


def test_yahoo_splits_are_reported_with_their_ratio(baba_recent):
    series = baba_recent.between(date(2024, 6, 10), date(2024, 6, 14))
    series.splits = [(date(2024, 6, 12), 8, 1)]
    fetched = parse_chart(json.dumps(yahoo_chart("BABA", series)).encode(), "BABA", "BABA")
    split = [e for e in fetched.events if e.kind == "split"]
    assert [(e.day, e.numerator, e.denominator) for e in split] == [(date(2024, 6, 12), 8.0, 1.0)]
    assert split[0].describe() == "BABA split 8:1 on 2024-06-12"


@pytest.mark.parametrize("body, expected", [
    (b"<html><body>Service Unavailable</body></html>", "not JSON"),
    (b'{"finance":{"result":null}}', "no 'chart' object"),
    (b'{"chart":{"result":[],"error":null}}', "no result"),
    (b'{"chart":{"result":[{"timestamp":[1718285400],"indicators":{"quote":[{"open":[1]}]}}],"error":null}}',
     "high does not match the timestamps"),
])
def test_yahoo_answers_in_another_shape_are_refused_by_name(body, expected):
    with pytest.raises(ProviderError, match="not the expected chart data") as caught:
        parse_chart(body, "BABA", "BABA")
    assert expected in str(caught.value)


def test_stooq_csv_goes_through_the_price_file_checks(market):
    fetched = StooqDaily(market.url).fetch_daily("BABA", date(2025, 6, 10), date(2025, 6, 13))
    assert fetched.remote == "baba.us" and fetched.bars.ok and len(fetched.bars) == 4
    assert "s=baba.us" in market.requests[-1] and "d1=20250610" in market.requests[-1]
    assert fetched.events == []
    bad = parse_daily_csv(b"Date,Open,High,Low,Close,Volume\r\n2025-06-10,10,9,11,10,5\r\n", "baba.us")
    assert [e.line for e in bad.errors] == [2]


@pytest.mark.parametrize("body, expected", [
    (b"No data", "stooq does not know the symbol zz.us"),
    (b"Exceeded the daily hits limit", "stooq: rate limited, try later"),
    (b"<html>maintenance</html>", "not the expected daily CSV"),
])
def test_stooq_plain_text_answers(body, expected):
    with pytest.raises(ProviderError, match=expected):
        parse_daily_csv(body, "zz.us")


def test_symbol_table_names_each_series_per_provider():
    assert remote_symbol("9988.HK", "stooq") == "9988.hk"
    assert remote_symbol("USDHKD", "yahoo") == "HKD=X" and remote_symbol("USDCNY", "stooq") == "usdcny"
    assert remote_symbol("^GSPC", "yahoo") == "^GSPC"       # a benchmark under its own name


def test_base_urls_come_from_the_environment_before_the_setting(monkeypatch):
    monkeypatch.delenv("TRACKER_YAHOO_URL", raising=False)
    assert resolve_url("yahoo", None) == "https://query1.finance.yahoo.com"
    assert resolve_url("yahoo", "http://mirror.example:8080/") == "http://mirror.example:8080"
    monkeypatch.setenv("TRACKER_YAHOO_URL", "http://127.0.0.1:8765")
    assert resolve_url("yahoo", "http://mirror.example:8080") == "http://127.0.0.1:8765"
    monkeypatch.setenv("TRACKER_STOOQ_URL", "127.0.0.1:8765")
    with pytest.raises(Exception, match="TRACKER_STOOQ_URL: expected a base URL"):
        make_provider("stooq")
