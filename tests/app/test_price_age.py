"""Stale prices: counted in trading sessions of the listing's exchange, flagged on the position."""
from datetime import date
from decimal import Decimal

import pytest

from tests.shared_data import shared_file
from tracker.app import price_age
from tracker.domain.model import Trade


def test_sessions_follow_the_exchange_calendars():
    # NYSE: after Friday 2026-11-20 come 23, 24, 25, (Thanksgiving), 27, 30 November and 1 December
    assert price_age.sessions_after("NYSE", date(2026, 11, 20), date(2026, 11, 30)) == 5
    assert not price_age.is_stale("NYSE", date(2026, 11, 20), date(2026, 11, 30))    # 10 days, 5 sessions
    assert price_age.is_stale("NYSE", date(2026, 11, 20), date(2026, 12, 1))         # the 6th session
    # HKEX: Lunar New Year 2025 closed 29-31 January, so a close of 2025-01-27 is fresh until the
    # 5th session after it: 28 January, 3, 4, 5 and 6 February
    assert price_age.sessions_after("HKEX", date(2025, 1, 27), date(2025, 2, 6)) == 5
    assert not price_age.is_stale("HKEX", date(2025, 1, 27), date(2025, 2, 6))
    assert price_age.is_stale("HKEX", date(2025, 1, 27), date(2025, 2, 7))
    # a week-old price is never stale, whatever the exchange
    assert not price_age.is_stale("OTHER", date(2026, 11, 20), date(2026, 11, 27))


@pytest.fixture
def priced(tracker):
    tracker.import_prices(shared_file("prices_BABA_daily.csv"), "BABA")          # ends 2024-03-08
    tracker.add_trade(Trade("BABA", "buy", date(2022, 3, 8), Decimal(10), Decimal(100)))
    return tracker


def test_the_position_flags_a_stale_price_and_ends_its_rates_there(priced):
    p = priced.position("BABA", date(2026, 12, 1))
    assert (p.price_stale, p.last_price_date, p.price_age_days) == (True, date(2024, 3, 8), 998)
    assert p.returns_to == date(2024, 3, 8)
    # the rates are those of the last price's date: nothing is spread over the 998 days after it
    at_price = priced.position("BABA", date(2024, 3, 8))
    assert not at_price.price_stale
    assert (p.xirr, p.twr, p.twr_annualized) == (at_price.xirr, at_price.twr, at_price.twr_annualized)
    # five sessions later (11-15 March 2024) the price still stands for the day; the sixth is stale
    assert not priced.position("BABA", date(2024, 3, 15)).price_stale
    assert priced.position("BABA", date(2024, 3, 18)).price_stale
