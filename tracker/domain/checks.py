"""Validation of what a user types or imports: lists of `FieldError`, never an exception.

Every check looks at one record on its own and reports every problem it finds, so a form can mark
all the wrong fields at once. Whether the record fits the rest of history (selling more than was
held then) is `ledger.history_errors`. Messages are meant to be read after the field's name
("quantity: must be greater than 0").
"""
from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from tracker.domain.model import SIDES, Conversion, Dividend, Fee, FieldError, Instrument, Trade
from tracker.domain.money import DecimalFormatError, can_convert, parse_decimal as _parse_decimal

NOTE_MAX = 1000   # characters

_ISO = re.compile(r"(\d{4})([-/])(\d{1,2})\2(\d{1,2})")
_YEAR_LAST = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


def parse_decimal(text: str, field: str) -> tuple[Decimal | None, FieldError | None]:
    """(value, None) or (None, error naming `field`); see `money.parse_decimal` for what is accepted."""
    try:
        return _parse_decimal(text, field), None
    except DecimalFormatError as e:
        return None, FieldError(field, e.reason, text=e.text)


def parse_date(text: str, field: str) -> tuple[date | None, FieldError | None]:
    """(day, None) or (None, error naming `field`).

    Accepted: `YYYY-MM-DD` and `YYYY/MM/DD`, and `MM/DD/YYYY` or `DD/MM/YYYY` when only one reading
    is a real date (`03/14/2024`, `14/03/2024`, `03/03/2024`). `03/04/2024` is refused as ambiguous.
    """
    s = (text or "").strip()
    if not s:
        return None, FieldError(field, "a date is required (YYYY-MM-DD)", text=text)
    m = _ISO.fullmatch(s)
    if m:
        day = _make_date(int(m[1]), int(m[3]), int(m[4]))
        if day is None:
            return None, FieldError(field, f"no such date {s}")
        return day, None
    m = _YEAR_LAST.fullmatch(s)
    if m:
        first, second, year = (int(g) for g in m.groups())
        readings = {d for d in (_make_date(year, first, second), _make_date(year, second, first)) if d}
        if len(readings) == 1:
            return readings.pop(), None
        if readings:
            return None, FieldError(field, f"ambiguous date {s}: use YYYY-MM-DD")
        return None, FieldError(field, f"no such date {s}")
    return None, FieldError(field, "not a date: use YYYY-MM-DD", text=text)


def _make_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# --- single values -------------------------------------------------------------------------------
def _positive(value: Decimal, field: str) -> list[FieldError]:
    if not isinstance(value, Decimal) or not value.is_finite():
        return [FieldError(field, "must be a number", text=str(value))]
    return [] if value > 0 else [FieldError(field, "must be greater than 0", text=str(value))]


def _not_negative(value: Decimal, field: str) -> list[FieldError]:
    if not isinstance(value, Decimal) or not value.is_finite():
        return [FieldError(field, "must be a number", text=str(value))]
    return [] if value >= 0 else [FieldError(field, "cannot be negative", text=str(value))]


def _day(day: date, instrument: Instrument | None, today: date, field: str = "date") -> list[FieldError]:
    if not isinstance(day, date):
        return [FieldError(field, "not a date: use YYYY-MM-DD", text=str(day))]
    if day > today:
        return [FieldError(field, f"{day.isoformat()} is in the future")]
    if instrument is not None and day < instrument.first_trading_day:
        return [FieldError(field, f"{day.isoformat()} is before {instrument.symbol} first traded on "
                                  f"{instrument.first_trading_day.isoformat()}")]
    return []


def _symbol(symbol: str, instrument: Instrument | None, field: str = "symbol") -> list[FieldError]:
    return [] if instrument is not None else [FieldError(field, f"unknown listing {symbol!r}")]


def _note(note: str) -> list[FieldError]:
    if note and len(note) > NOTE_MAX:
        return [FieldError("note", f"is {len(note)} characters long; keep it under {NOTE_MAX}")]
    return []


def _currency(currency: str, instrument: Instrument | None, what: str) -> list[FieldError]:
    if currency and instrument is not None and not can_convert(currency, instrument.currency):
        return [FieldError("currency", f"{what} in {currency} cannot be shown on {instrument.symbol} "
                                       f"({instrument.currency}): use USD or HKD")]
    return []


# --- records -------------------------------------------------------------------------------------
def check_trade(trade: Trade, instrument: Instrument | None, today: date) -> list[FieldError]:
    """Known listing, side buy/sell, quantity > 0, price > 0, fee >= 0, and a date from the
    listing's first trading day up to `today`."""
    errors = _symbol(trade.symbol, instrument)
    if trade.side not in SIDES:
        errors.append(FieldError("side", "must be buy or sell", text=str(trade.side)))
    errors += _day(trade.trade_date, instrument, today)
    errors += _positive(trade.quantity, "quantity")
    errors += _positive(trade.price, "price")
    errors += _not_negative(trade.fee, "fee")
    errors += _note(trade.note)
    return errors


def check_dividend(div: Dividend, instrument: Instrument | None, today: date) -> list[FieldError]:
    """Known listing, gross > 0, withholding >= 0, fee >= 0, withholding + fee <= gross (net >= 0),
    a currency that can be shown on the listing, and a pay date from its first trading day up to
    `today`."""
    errors = _symbol(div.symbol, instrument)
    errors += _day(div.pay_date, instrument, today)
    amounts = _positive(div.gross, "gross")
    amounts += _not_negative(div.withholding, "withholding")
    amounts += _not_negative(div.fee, "fee")
    if not amounts and div.withholding + div.fee > div.gross:
        amounts.append(FieldError(
            "withholding", f"withholding tax and fee ({div.withholding + div.fee}) exceed the gross "
                           f"dividend ({div.gross})"))
    errors += amounts
    errors += _currency(div.currency, instrument, "a dividend")
    errors += _note(div.note)
    return errors


def check_fee(fee: Fee, instrument: Instrument | None, today: date) -> list[FieldError]:
    """Known listing, amount > 0, a currency that can be shown on the listing, and a date from its
    first trading day up to `today`."""
    errors = _symbol(fee.symbol, instrument)
    errors += _day(fee.fee_date, instrument, today)
    errors += _positive(fee.amount, "amount")
    errors += _currency(fee.currency, instrument, "a fee")
    errors += _note(fee.note)
    return errors


def check_conversion(conv: Conversion, instruments: dict[str, Instrument], today: date) -> list[FieldError]:
    """Both listings known, one the ADS and the other the ordinary shares, quantity > 0, fee >= 0,
    fx_rate > 0 (exactly 1 between listings of one currency), and a date from the later first
    trading day of the two up to `today`."""
    source, target = instruments.get(conv.from_symbol), instruments.get(conv.to_symbol)
    errors = _symbol(conv.from_symbol, source, "from") + _symbol(conv.to_symbol, target, "to")
    if source is not None and target is not None:
        if source.symbol == target.symbol:
            errors.append(FieldError("to", f"converting {source.symbol} into itself changes nothing"))
        elif {source.kind, target.kind} != {"ADS", "ORD"}:
            errors.append(FieldError("to", f"a conversion exchanges ADS for ordinary shares or back; "
                                           f"{source.symbol} and {target.symbol} are both {source.kind}"))
    later = max((i for i in (source, target) if i is not None),
                key=lambda i: i.first_trading_day, default=None)
    errors += _day(conv.conversion_date, later, today)
    errors += _positive(conv.quantity, "quantity")
    errors += _not_negative(conv.fee, "fee")
    rate = _positive(conv.fx_rate, "fx_rate")
    if (not rate and source is not None and target is not None and source is not target
            and source.currency == target.currency and conv.fx_rate != 1):
        rate.append(FieldError("fx_rate", f"both listings trade in {source.currency}, so the rate is 1",
                               text=str(conv.fx_rate)))
    errors += rate
    errors += _note(conv.note)
    return errors
