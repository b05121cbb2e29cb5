"""Updates through the facade: what lands, and every failure leaving the database as it was."""
from __future__ import annotations

import socket
from datetime import date, timedelta
from decimal import Decimal

import pytest

from tests.online.conftest import content
from tests.shared_data import shared_file
from tracker.app.price_checks import AdjustedMixError
from tracker.app.price_update import OnlineSettings
from tracker.domain.model import Dividend, Trade
from tracker.errors import TrackerError
from tracker.online.http import HttpOptions, ProviderError, UpdateCancelled

QUICK = HttpOptions(timeout=2, backoff=(0.01, 0.02))


def test_update_fills_what_is_missing_after_the_last_stored_bar(raw_history, market, baba_recent):
    t = raw_history
    before = len(t.bars("BABA"))
    report = t.price_updates.update(["BABA"], options=QUICK)
    (series,) = report.series
    assert series.start == date(2024, 3, 8) - timedelta(days=10)   # a few days fetched again
    assert series.added == len(baba_recent.days) - 1                 # 2024-03-08 was stored
    # 2024-03-08: the two real sources differ by float noise in prices (no change) and in volume
    # (16,402,500 against 16,430,400: a revision, so the stored bar is updated)
    assert series.updated == 1
    assert t.bars("BABA", date(2024, 3, 8), date(2024, 3, 8)).volume.tolist() == [16_430_400]
    assert len(t.bars("BABA")) == before + series.added
    assert t.last_price_date("BABA") == date(2026, 10, 9)
    assert t.close_on_or_before("BABA", date(2025, 1, 13)) == (date(2025, 1, 13), 80.54)
    source = t.price_updates.freshness()["BABA"]
    assert source.origin == "provider" and source.name == "yahoo" and source.updated_at is not None
    again = t.price_updates.update(["BABA"], options=QUICK)
    assert (again.added, again.updated) == (0, 0)


def test_an_empty_series_gets_its_whole_history_and_stooq_works_the_same(tracker, market, hk_series):
    report = tracker.price_updates.update(["9988.HK"], provider="stooq", options=QUICK)
    assert report.series[0].start == date(2019, 11, 26)             # the listing's first day
    assert report.added == len(hk_series.days)
    assert "s=9988.hk" in market.requests[-1]
    assert tracker.price_updates.freshness()["9988.HK"].name == "stooq"


def test_every_series_lands_in_one_transaction_or_none_does(raw_history, market):
    t = raw_history
    del market.series["9988.HK"]                                     # the second answer fails
    before = content(t)
    with pytest.raises(ProviderError, match="yahoo does not know the symbol 9988.HK"):
        t.price_updates.update(["BABA", "9988.HK"], options=QUICK)
    assert content(t) == before


def test_dividends_reported_are_suggestions_never_recorded(raw_history, market):
    t = raw_history
    t.add_trade(Trade("BABA", "buy", date(2024, 3, 1), Decimal(100), Decimal("73.00")))
    report = t.price_updates.update(["BABA"], options=QUICK)
    assert [(e.day, e.amount) for e in report.events] == [
        (date(2024, 6, 13), 1.66), (date(2025, 6, 12), 2.0), (date(2026, 6, 11), 1.05)]
    assert t.dividends() == []
    suggested = t.price_updates.suggested_dividend(report.events[0])
    assert (suggested.pay_date, suggested.gross, suggested.currency) == (date(2024, 6, 13), Decimal("166.00"), "USD")
    t.add_dividend(Dividend("BABA", date(2024, 7, 11), Decimal("166.00")))
    again = t.price_updates.update(["BABA"], start=date(2024, 6, 1), options=QUICK)
    assert [e.day for e in again.events] == [date(2025, 6, 12), date(2026, 6, 11)]   # recorded: not offered


def test_no_dividend_is_suggested_where_nothing_was_held(raw_history, market):
    report = raw_history.price_updates.update(["BABA"], options=QUICK)
    assert raw_history.price_updates.suggested_dividend(report.events[0]) is None


# --- refusals: adjusted bars ----------------------------------------------------------------------
def test_an_update_of_adjusted_bars_over_raw_ones_is_refused(raw_history, baba_recent, monkeypatch):
    from tests.online.loopback import MarketServer, Series
    from tracker.importers.prices import parse_price_csv
    adjusted = Series.from_parsed(parse_price_csv(shared_file("prices_BABA_daily_2021_2026_adjusted.csv")))
    t = raw_history
    before = content(t)
    with MarketServer({"BABA": adjusted}) as server:
        monkeypatch.setenv("TRACKER_YAHOO_URL", server.url)
        with pytest.raises(AdjustedMixError, match="800 of 800 stored BABA closes") as caught:
            t.price_updates.update(["BABA"], start=date(2021, 1, 1), options=QUICK)
        assert content(t) == before
        assert 0.94 < caught.value.ratio_range[0] < caught.value.ratio_range[1] < 0.97
        report = t.price_updates.update(["BABA"], start=date(2021, 1, 1), allow_adjusted=True, options=QUICK)
        assert report.updated == 800                                 # the user said yes in the window


def test_an_adjusted_price_file_no_longer_replaces_raw_closes(raw_history):
    t = raw_history
    before = content(t)
    with pytest.raises(AdjustedMixError, match="adjusted and raw bars would mix"):
        t.import_prices(shared_file("prices_BABA_daily_2021_2026_adjusted.csv"), "BABA")
    assert content(t) == before
    report = t.import_prices(shared_file("prices_BABA_daily_2024_2026.csv"), "BABA")   # raw: fine
    assert report.added == 649 and t.price_updates.freshness()["BABA"].name == "prices_BABA_daily_2024_2026.csv"


def test_a_raw_file_over_an_adjusted_series_is_refused_too(tracker):
    tracker.import_prices(shared_file("prices_BABA_daily_2021_2026_adjusted.csv"), "BABA")
    with pytest.raises(AdjustedMixError):
        tracker.import_prices(shared_file("prices_BABA_daily_2024_2026.csv"), "BABA")


# --- refusals: the network and the provider -------------------------------------------------------
def _refused(tracker, match, **kwargs):
    before = content(tracker)
    with pytest.raises(ProviderError, match=match) as caught:
        tracker.price_updates.update(["BABA"], options=kwargs.pop("options", QUICK), **kwargs)
    assert content(tracker) == before
    assert "\n" not in str(caught.value)
    return caught.value


def test_no_network(raw_history, monkeypatch):
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()                                    # nothing listens there any more
    monkeypatch.setenv("TRACKER_YAHOO_URL", f"http://127.0.0.1:{port}")
    _refused(raw_history, rf"yahoo: cannot connect to 127.0.0.1:{port} \(connection refused\)")


def test_dns_failure(raw_history, monkeypatch):
    def no_such_host(host, *args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)
    monkeypatch.setenv("TRACKER_YAHOO_URL", "http://quotes.invalid")
    _refused(raw_history, r"cannot find quotes.invalid \(DNS lookup failed\)")


def test_timeout(raw_history, market):
    market.delay = 1.0
    _refused(raw_history, r"no answer from 127.0.0.1:\d+ within 0.2 s \(timed out\)",
             options=HttpOptions(timeout=0.2, retries=0))


@pytest.mark.parametrize("status", [429, 503])
def test_busy_answers_are_retried_twice_then_rate_limited(raw_history, market, status):
    market.fail_next(status, times=3)
    _refused(raw_history, rf"yahoo: rate limited, try later \(HTTP {status} on 3 tries\)")
    assert len(market.requests) == 3


def test_one_busy_answer_is_retried_and_the_update_lands(raw_history, market):
    market.fail_next(429, times=2)
    report = raw_history.price_updates.update(["BABA"], options=QUICK)
    assert report.added == 649 and len(market.requests) == 3


def test_an_answer_that_is_not_chart_data(raw_history, market):
    market.body = b"<html><body>Please enable cookies</body></html>"
    _refused(raw_history, "yahoo: the answer for BABA is not the expected chart data")


def test_an_answer_with_impossible_bars(raw_history, market, baba_recent):
    baba_recent.high[-1], baba_recent.low[-1] = baba_recent.low[-1], baba_recent.high[-1] + 5
    try:
        _refused(raw_history, "holds bars that cannot be stored .*2026-10-09")
    finally:
        baba_recent.high[-1], baba_recent.low[-1] = baba_recent.low[-1] - 5, baba_recent.high[-1]


@pytest.mark.parametrize("provider, match", [
    ("yahoo", r"yahoo does not know the symbol BABA \(No data found, symbol may be delisted\)"),
    ("stooq", "stooq does not know the symbol baba.us"),
])
def test_a_symbol_the_provider_does_not_know(raw_history, market, provider, match):
    del market.series["BABA"]
    _refused(raw_history, match, provider=provider)


def test_stooq_rationing(raw_history, market):
    market.body = b"Exceeded the daily hits limit"
    _refused(raw_history, "stooq: rate limited, try later", provider="stooq")


def test_only_series_the_database_knows_are_fetched(tracker, market):
    with pytest.raises(TrackerError, match=r"unknown series '\^GSPC' \(known: 9988.HK, BABA, USDCNY, USDHKD\)"):
        tracker.price_updates.update(["^GSPC"], options=QUICK)
    assert market.requests == []


@pytest.mark.parametrize("provider, names", [("yahoo", ["HKD%3DX", "CNY%3DX"]), ("stooq", ["s=usdhkd", "s=usdcny"])])
def test_the_exchange_rates_are_asked_for_under_each_providers_name(tracker, market, provider, names):
    report = tracker.price_updates.update(["USDHKD", "USDCNY"], provider=provider, options=QUICK)
    assert [s.added for s in report.series] == [len(market.series["USDHKD"].days)] * 2
    assert all(any(name in r for r in market.requests) for name in names)
    fx = tracker.price_updates.freshness()["USDHKD"]
    assert (fx.name, fx.last_bar) == (provider, date(2026, 10, 9))


def test_cancel_between_series_writes_nothing(raw_history, market):
    before = content(raw_history)
    asked = []
    with pytest.raises(UpdateCancelled):
        raw_history.price_updates.update(["9988.HK", "BABA"], options=QUICK,
                                         should_cancel=lambda: bool(asked.append(1)) or len(asked) > 2)
    assert content(raw_history) == before


def test_settings_are_checked_and_shared_through_the_database(tracker, market, monkeypatch):
    monkeypatch.delenv("TRACKER_YAHOO_URL")
    updates = tracker.price_updates
    with pytest.raises(TrackerError, match="yahoo URL: expected a base URL"):
        updates.save_settings(OnlineSettings(yahoo_url="localhost:8765"))
    updates.save_settings(OnlineSettings(provider="yahoo", yahoo_url=market.url + "/", timeout=3))
    assert updates.settings().yahoo_url == market.url and updates.settings().timeout == 3
    assert updates.update(["BABA"]).added == 650


def test_a_series_is_stale_after_five_sessions_of_its_exchange(db_path):
    from tracker.app.sources import series_freshness
    from tracker.app.tracker import Tracker

    def freshness_on(today):
        with Tracker(db_path, today=today) as t:
            return series_freshness(t)
    with Tracker(db_path) as t:
        t.import_prices(shared_file("prices_BABA_daily.csv"), "BABA")    # last bar: Friday 2024-03-08
    assert not freshness_on(date(2024, 3, 15))["BABA"].stale              # five NYSE sessions later
    monday = freshness_on(date(2024, 3, 18))["BABA"]
    assert monday.stale and monday.age_sessions == 6
    # Good Friday 2024-03-29 is no NYSE session: the same calendar as the summary's stale prices
    assert freshness_on(date(2024, 4, 1))["BABA"].age_sessions == 15
    assert freshness_on(date(2024, 3, 18))["9988.HK"].stale               # no bars at all


def test_undoing_an_import_puts_the_series_source_back(raw_history):
    t = raw_history
    report = t.import_prices(shared_file("prices_BABA_daily_2024_2026.csv"), "BABA")
    assert t.price_updates.freshness()["BABA"].name == "prices_BABA_daily_2024_2026.csv"
    t.revert_price_import(report)
    assert t.price_updates.freshness()["BABA"].name == "prices_BABA_daily.csv"


def test_an_update_that_brings_no_bar_still_tells_other_windows_its_freshness(raw_history, market):
    t = raw_history
    t.price_updates.update(["BABA"], options=QUICK)
    t.poll()
    again = t.price_updates.update(["BABA"], options=QUICK)
    assert (again.added, again.updated) == (0, 0)
    assert t.poll().prices == {"BABA"}            # the source's time moved: a prices revision
