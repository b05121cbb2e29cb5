"""Changing recorded dividends, fees and conversions: one checked step each."""
from datetime import date
from decimal import Decimal as D
from dataclasses import replace

import pytest

from tracker.domain.model import Conversion, Dividend, Fee, Trade
from tracker.errors import TrackerError, ValidationError


@pytest.fixture
def holding(tracker):
    tracker.add_trade(Trade("BABA", "buy", date(2023, 6, 1), D(10), D(85)))
    return tracker


def test_update_dividend_and_fee_in_place(holding):
    div = holding.add_dividend(Dividend("BABA", date(2024, 1, 11), D("10"), D("1")))
    holding.update_dividend(replace(div, withholding=D("1.50")))
    assert [d.net for d in holding.dividends()] == [D("8.50")]
    fee = holding.add_fee(Fee("BABA", date(2024, 1, 5), D("0.50")))
    assert fee.currency == "USD"
    holding.update_fee(replace(fee, amount=D("0.75")))
    assert [(f.id, f.amount) for f in holding.fees()] == [(fee.id, D("0.75"))]
    with pytest.raises(ValidationError):
        holding.update_fee(replace(fee, amount=D("-1")))
    assert holding.fees()[0].amount == D("0.75")


def test_update_conversion_is_checked_without_the_old_one(holding):
    conv = holding.add_conversion(Conversion(date(2024, 2, 1), "BABA", "9988.HK", D(10), fx_rate=D("7.8")))
    holding.add_trade(Trade("9988.HK", "sell", date(2024, 3, 1), D(80), D(70)))
    # moving the whole conversion one day later is fine even though the sell needs all 80 shares
    holding.update_conversion(replace(conv, conversion_date=date(2024, 2, 2)))
    assert holding.conversions()[0].conversion_date == date(2024, 2, 2)
    # converting fewer ADS would leave the later sell short: refused, nothing changed
    with pytest.raises(ValidationError) as exc:
        holding.update_conversion(replace(conv, quantity=D(5)))
    assert any(e.field == "quantity" for e in exc.value.errors)
    assert holding.conversions()[0].quantity == D(10)


def test_missing_ids_are_user_errors(holding):
    for call in (lambda: holding.delete_dividend(99), lambda: holding.delete_fee(99),
                 lambda: holding.delete_conversion(99),
                 lambda: holding.update_fee(Fee("BABA", date(2024, 1, 5), D(1), id=99))):
        with pytest.raises(TrackerError, match="no .* with id 99"):
            call()
