"""Real Alibaba bars served from a loopback server; databases that already hold older bars."""
from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from tests.online.loopback import MarketServer, Series
from tests.shared_data import shared_file
from tracker.importers.prices import parse_price_csv

# the ex-dates and amounts Yahoo's BABA series reports in the real 2024-2026 file's dividend column
BABA_DIVIDENDS = [(date(2024, 6, 13), 1.66), (date(2025, 6, 12), 2.0), (date(2026, 6, 11), 1.05)]


@pytest.fixture(scope="session")
def baba_recent() -> Series:
    """Raw BABA bars 2024-03-08 .. 2026-10-09 with the dividends Yahoo reported."""
    return Series.from_parsed(parse_price_csv(shared_file("prices_BABA_daily_2024_2026.csv")),
                              dividends=BABA_DIVIDENDS)


@pytest.fixture(scope="session")
def hk_series() -> Series:
    return Series.from_parsed(parse_price_csv(shared_file("prices_9988HK_daily.csv")))


def made_up_rate(center: float, swing: float) -> Series:
    """A smooth daily exchange rate on every weekday of 2016-01-04 .. 2026-10-09 (the shared data
    hold no exchange-rate history; the rates stand in for the two FX series the database seeds)."""
    days = np.arange(np.datetime64("2016-01-04"), np.datetime64("2026-10-10"))
    days = days[np.is_busday(days)]
    close = center + swing * np.sin(np.arange(len(days)) / 60)
    return Series(days, close, close * 1.0005, close * 0.9995, close, np.zeros(len(days)))


USDHKD, USDCNY = made_up_rate(7.80, 0.04), made_up_rate(6.90, 0.35)


@pytest.fixture
def market(baba_recent, hk_series, monkeypatch):
    """The server, and both providers pointed at it through the environment."""
    with MarketServer({"BABA": baba_recent, "9988.HK": hk_series, "USDHKD": USDHKD,
                       "USDCNY": USDCNY}) as server:
        monkeypatch.setenv("TRACKER_YAHOO_URL", server.url)
        monkeypatch.setenv("TRACKER_STOOQ_URL", server.url)
        yield server


@pytest.fixture
def raw_history(tracker):
    """The tracker with BABA's raw daily bars 2014-09-19 .. 2024-03-08 imported from a file."""
    tracker.import_prices(shared_file("prices_BABA_daily.csv"), "BABA")
    return tracker


def content(tracker) -> list[str]:
    return list(tracker.db.conn.iterdump())
