"""Validation: what users type is accepted or refused with a message naming the field."""
from datetime import date
from decimal import Decimal as D

import pytest

from tracker.domain import checks, money
from tracker.domain.model import BUY, Conversion, Dividend, Fee, Instrument, Trade

BABA = Instrument("BABA", "Alibaba Group ADS", "NYSE", "USD", "ADS", D(8), date(2014, 9, 19))
HK = Instrument("9988.HK", "Alibaba Group ordinary shares", "HKEX", "HKD", "ORD", D(1), date(2019, 11, 26))
INSTRUMENTS = {"BABA": BABA, "9988.HK": HK}
TODAY = date(2026, 11, 24)


def fields(errors) -> list[str]:
    return [e.field for e in errors]


# --- numbers ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("1234.5", D("1234.5")), ("1,234.50", D("1234.50")), ("1,234,567", D("1234567")), ("  12 ", D(12)),
    ("$12.50", D("12.50")), ("US$3", D(3)), ("HK$ 1,000.5", D("1000.5")), ("-$4.20", D("-4.20")),
    ("$-4.20", D("-4.20")), ("\u22123", D(-3)), (".5", D("0.5")), ("0", D(0)), ("+7", D(7)),
])
def test_numbers_people_write_are_accepted(text, value):
    parsed, error = checks.parse_decimal(text, "price")
    assert error is None and parsed == value
    assert money.parse_decimal(text, "price") == value


@pytest.mark.parametrize("text, words", [
    ("1.234,5", "dot for decimals"), ("12,34", "groups of three"), ("1,2.3", "groups of three"),
    ("1,2345", "groups of three"), ("", "required"), ("   ", "required"), ("abc", "not a number"),
    ("NaN", "not a number"), ("Infinity", "not a number"), ("1e3", "exponent"), ("1_000", "not a number"),
    ("12.5.1", "not a number"), ("$", "not a number"), ("--3", "not a number"),
])
def test_ambiguous_or_malformed_numbers_are_refused_naming_the_field(text, words):
    parsed, error = checks.parse_decimal(text, "quantity")
    assert parsed is None
    assert error.field == "quantity" and words in error.message
    assert str(error).startswith("quantity: ")
    with pytest.raises(ValueError, match="quantity"):
        money.parse_decimal(text, "quantity")


def test_market_prices_become_the_decimal_they_were_written_as():
    assert money.to_decimal(93.89) == D("93.89")
    assert money.to_decimal(0.1 + 0.2) == D("0.30000000000000004")   # what the float really is
    assert money.to_decimal(100) == D(100)
    with pytest.raises(ValueError):
        money.to_decimal(float("nan"))


def test_quantize_for_display():
    assert money.quantize_money(D("7321.505")) == D("7321.50")        # half to even
    assert money.quantize_money(D("7321.515")) == D("7321.52")
    assert money.quantize_money(D("93.894449"), 4) == D("93.8944")


def test_hkd_conversion_of_us_dollars():
    assert money.convert(D("90"), "USD", "HKD") == D("702.00")
    assert money.convert(D("702"), "HKD", "USD") == D(90)
    assert money.convert(D("5"), "USD", "USD") == D(5) and money.convert(D("5"), "", "HKD") == D(5)
    with pytest.raises(ValueError, match="EUR"):
        money.convert(D(1), "EUR", "USD")


# --- dates -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, day", [
    ("2024-03-01", date(2024, 3, 1)), ("2024/03/01", date(2024, 3, 1)), ("2024-3-1", date(2024, 3, 1)),
    ("03/14/2024", date(2024, 3, 14)),       # only March 14 is possible
    ("14/03/2024", date(2024, 3, 14)),       # only 14 March is possible
    ("03/03/2024", date(2024, 3, 3)),        # both readings are the same day
    (" 2024-02-29 ", date(2024, 2, 29)),
])
def test_dates_are_read_when_only_one_reading_exists(text, day):
    assert checks.parse_date(text, "date") == (day, None)


@pytest.mark.parametrize("text, message", [
    ("03/04/2024", "ambiguous date 03/04/2024: use YYYY-MM-DD"),
    ("2024-02-30", "no such date 2024-02-30"),
    ("2023-02-29", "no such date 2023-02-29"),
    ("13/13/2024", "no such date 13/13/2024"),
    ("2024-03/01", "not a date: use YYYY-MM-DD"),
    ("yesterday", "not a date: use YYYY-MM-DD"),
    ("", "a date is required (YYYY-MM-DD)"),
])
def test_bad_dates_are_refused_naming_the_field(text, message):
    day, error = checks.parse_date(text, "date")
    assert day is None and (error.field, error.message) == ("date", message)


# --- trades ----------------------------------------------------------------------------------------
def trade(**changes) -> Trade:
    values = dict(symbol="BABA", side=BUY, trade_date=date(2024, 1, 2), quantity=D(10), price=D(80), fee=D(1))
    values.update(changes)
    return Trade(**values)


def test_a_valid_trade_passes():
    assert checks.check_trade(trade(), BABA, TODAY) == []
    assert checks.check_trade(trade(trade_date=TODAY, fee=D(0)), BABA, TODAY) == []


@pytest.mark.parametrize("changes, field, message", [
    (dict(quantity=D(0)), "quantity", "must be greater than 0"),
    (dict(quantity=D(-3)), "quantity", "must be greater than 0"),
    (dict(quantity=D("NaN")), "quantity", "must be a number"),
    (dict(price=D(0)), "price", "must be greater than 0"),
    (dict(fee=D("-0.01")), "fee", "cannot be negative"),
    (dict(side="short"), "side", "must be buy or sell"),
    (dict(trade_date=date(2014, 9, 18)), "date", "2014-09-18 is before BABA first traded on 2014-09-19"),
    (dict(trade_date=date(2026, 11, 25)), "date", "2026-11-25 is in the future"),
    (dict(note="x" * 1001), "note", "is 1001 characters long; keep it under 1000"),
])
def test_each_bad_trade_field_is_named(changes, field, message):
    errors = checks.check_trade(trade(**changes), BABA, TODAY)
    assert [(e.field, e.message) for e in errors] == [(field, message)]


def test_every_problem_is_reported_at_once():
    errors = checks.check_trade(trade(symbol="TSLA", quantity=D(0), price=D(-1), fee=D(-1)), None, TODAY)
    assert fields(errors) == ["symbol", "quantity", "price", "fee"]
    assert errors[0].message == "unknown listing 'TSLA'"


def test_9988_hk_trades_start_at_its_listing():
    hk_trade = trade(symbol="9988.HK", trade_date=date(2019, 11, 25))
    assert [e.message for e in checks.check_trade(hk_trade, HK, TODAY)] == [
        "2019-11-25 is before 9988.HK first traded on 2019-11-26"]


# --- dividends and fees ----------------------------------------------------------------------------
def test_dividend_amounts():
    ok = Dividend("BABA", date(2024, 1, 11), D("10.00"), D("1.00"), D("0.50"))
    assert checks.check_dividend(ok, BABA, TODAY) == []
    assert checks.check_dividend(Dividend("9988.HK", date(2024, 1, 11), D(10)), HK, TODAY) == []
    too_much = Dividend("BABA", date(2024, 1, 11), D("10.00"), D("9.00"), D("1.50"))
    assert [(e.field, e.message) for e in checks.check_dividend(too_much, BABA, TODAY)] == [
        ("withholding", "withholding tax and fee (10.50) exceed the gross dividend (10.00)")]
    bad = Dividend("BABA", date(2027, 1, 1), D(0), D(-1), D(-1), currency="EUR")
    assert fields(checks.check_dividend(bad, BABA, TODAY)) == ["date", "gross", "withholding", "fee", "currency"]
    assert fields(checks.check_dividend(ok, None, TODAY)) == ["symbol"]


def test_fee_amounts():
    assert checks.check_fee(Fee("BABA", date(2024, 1, 2), D("0.05"), "USD"), BABA, TODAY) == []
    assert fields(checks.check_fee(Fee("BABA", date(2024, 1, 2), D(0)), BABA, TODAY)) == ["amount"]
    assert fields(checks.check_fee(Fee("BABA", date(2013, 1, 2), D(1), "JPY"), BABA, TODAY)) == ["date", "currency"]


# --- conversions -----------------------------------------------------------------------------------
def conversion(**changes) -> Conversion:
    values = dict(conversion_date=date(2024, 2, 1), from_symbol="BABA", to_symbol="9988.HK",
                  quantity=D(10), fee=D(5), fx_rate=D("7.80"))
    values.update(changes)
    return Conversion(**values)


def test_a_valid_conversion_passes_both_ways():
    assert checks.check_conversion(conversion(), INSTRUMENTS, TODAY) == []
    back = conversion(from_symbol="9988.HK", to_symbol="BABA", quantity=D(80), fx_rate=1 / D("7.8"))
    assert checks.check_conversion(back, INSTRUMENTS, TODAY) == []


@pytest.mark.parametrize("changes, field", [
    (dict(from_symbol="TSLA"), "from"),
    (dict(to_symbol="TSLA"), "to"),
    (dict(to_symbol="BABA"), "to"),
    (dict(quantity=D(0)), "quantity"),
    (dict(fee=D(-1)), "fee"),
    (dict(fx_rate=D(0)), "fx_rate"),
    (dict(conversion_date=date(2019, 11, 25)), "date"),      # before 9988.HK listed
    (dict(conversion_date=date(2026, 12, 1)), "date"),
])
def test_each_bad_conversion_field_is_named(changes, field):
    assert fields(checks.check_conversion(conversion(**changes), INSTRUMENTS, TODAY)) == [field]


def test_conversion_is_between_the_ads_and_the_ordinary_shares():
    other_ads = Instrument("BABA2", "x", "NYSE", "USD", "ADS", D(8), date(2014, 9, 19))
    errors = checks.check_conversion(conversion(to_symbol="BABA2", fx_rate=D(1)),
                                     {**INSTRUMENTS, "BABA2": other_ads}, TODAY)
    assert fields(errors) == ["to"] and "both ADS" in errors[0].message
    # two listings in one currency leave no room for an exchange rate
    errors = checks.check_conversion(conversion(to_symbol="BABA2"), {**INSTRUMENTS, "BABA2": other_ads}, TODAY)
    assert "fx_rate" in fields(errors)


def test_a_date_before_1900_says_so_rather_than_no_such_date():
    from tracker.domain.checks import parse_date
    assert parse_date("1899-12-31", "date")[1].message == "1899-12-31 is before 1900"
    assert parse_date("12/31/1899", "date")[1].message == "12/31/1899 is before 1900"
    assert parse_date("2023-02-30", "date")[1].message == "no such date 2023-02-30"
    assert parse_date("1900-01-01", "date") == (__import__("datetime").date(1900, 1, 1), None)
