"""Validation of what a user types or imports: lists of `FieldError`, never an exception.

Every check looks at one record on its own and reports every problem it finds, so a form can mark
all the wrong fields at once. Whether the record fits the rest of history (selling more than was
held then) is `ledger.history_errors`. Messages are meant to be read after the field's name
("quantity: must be greater than 0").
"""
from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta, timezone, tzinfo
from decimal import Decimal

from tracker.domain.fx import CURRENCIES
from tracker.domain.model import (SIDES, Account, Conversion, Dividend, Fee, FieldError, Instrument, Trade,
                                  Transfer)
from tracker.domain.money import (MAX_AMOUNT, MAX_QUANTITY, MAX_RATE, DecimalFormatError, can_convert,
                                  out_of_bounds, parse_decimal as _parse_decimal)

NOTE_MAX = 1000   # characters
FIRST_YEAR = 1900  # no date before this is a real trade, dividend or bar; keeps date arithmetic safe
# Bar times (epoch seconds of the naive local time) from 1900-01-01 to the end of 9999.
FIRST_BAR_TS = int((datetime(FIRST_YEAR, 1, 1) - datetime(1970, 1, 1)).total_seconds())
LAST_BAR_TS = int((datetime(9999, 12, 31, 23, 59, 59) - datetime(1970, 1, 1)).total_seconds())

# "Today" on a listing's exchange: a Hong Kong trade made this morning in Hong Kong is still
# "yesterday" on a machine in New York. Fixed offsets stand in when the time-zone database is absent
# (Hong Kong has kept UTC+8 without daylight saving since 1979).
EXCHANGE_ZONES = {"HKEX": ("Asia/Hong_Kong", 8), "NYSE": ("America/New_York", -5),
                  "NASDAQ": ("America/New_York", -5)}

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
    m, year_last = _ISO.fullmatch(s), _YEAR_LAST.fullmatch(s)
    year = int(m[1]) if m else int(year_last[3]) if year_last else None
    if year is not None and year < FIRST_YEAR:        # a real date, before any trade or bar
        return None, FieldError(field, f"{s} is before {FIRST_YEAR}")
    if m:
        day = _make_date(int(m[1]), int(m[3]), int(m[4]))
        if day is None:
            return None, FieldError(field, f"no such date {s}")
        return day, None
    if year_last:
        first, second, year = (int(g) for g in year_last.groups())
        readings = {d for d in (_make_date(year, first, second), _make_date(year, second, first)) if d}
        if len(readings) == 1:
            return readings.pop(), None
        if readings:
            return None, FieldError(field, f"ambiguous date {s}: use YYYY-MM-DD")
        return None, FieldError(field, f"no such date {s}")
    return None, FieldError(field, "not a date: use YYYY-MM-DD", text=text)


def _make_date(year: int, month: int, day: int) -> date | None:
    if year < FIRST_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def exchange_zone(instrument: Instrument | None) -> tzinfo:
    """The time zone of the listing's exchange (UTC for an unknown exchange)."""
    name, hours = EXCHANGE_ZONES.get(instrument.exchange if instrument else "", ("UTC", 0))
    try:
        from zoneinfo import ZoneInfo
        return ZoneInfo(name)
    except Exception:          # no time-zone database on this machine
        return timezone(timedelta(hours=hours))


def exchange_today(instrument: Instrument | None, today: date | datetime) -> date:
    """The date on the listing's exchange. `today` is either a fixed date (used as it is, for every
    listing) or an aware moment such as `datetime.now(timezone.utc)`."""
    if isinstance(today, datetime):
        moment = today if today.tzinfo else today.astimezone()
        return moment.astimezone(exchange_zone(instrument)).date()
    return today


# --- single values -------------------------------------------------------------------------------
def bounded(value: Decimal, field: str, limit: Decimal) -> list[FieldError]:
    """A finite number within +-`limit` (see money.MAX_AMOUNT and its kin), or the error naming `field`."""
    if not isinstance(value, Decimal):
        return [FieldError(field, "must be a number", text=_shown(value))]
    problem = out_of_bounds(value, limit)
    return [FieldError(field, problem, text=_shown(value))] if problem else []


def _positive(value: Decimal, field: str, limit: Decimal = MAX_AMOUNT) -> list[FieldError]:
    errors = bounded(value, field, limit)
    if errors:
        return errors
    return [] if value > 0 else [FieldError(field, "must be greater than 0", text=str(value))]


def _not_negative(value: Decimal, field: str, limit: Decimal = MAX_AMOUNT) -> list[FieldError]:
    errors = bounded(value, field, limit)
    if errors:
        return errors
    return [] if value >= 0 else [FieldError(field, "cannot be negative", text=str(value))]


def _shown(value) -> str:
    """A value as quoted in a message: short, whatever its size (10^400 is not printed in full)."""
    text = str(value)
    if len(text) <= 40:
        return text
    return format(value, ".6g") if isinstance(value, Decimal) else text[:37] + "..."


def _day(day: date, instrument: Instrument | None, today: date | datetime,
         field: str = "date") -> list[FieldError]:
    if not isinstance(day, date):
        return [FieldError(field, "not a date: use YYYY-MM-DD", text=str(day))]
    if day.year < FIRST_YEAR:
        return [FieldError(field, f"{day.isoformat()} is before {FIRST_YEAR}")]
    if day > exchange_today(instrument, today):
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
    return text_errors(note, "note")


def text_errors(text: str | None, field: str) -> list[FieldError]:
    """Refuses text that cannot be stored as UTF-8: bytes the terminal or file did not decode
    (Python keeps them as lone surrogates)."""
    if text and any("\ud800" <= ch <= "\udfff" for ch in text):
        return [FieldError(field, "holds bytes that are not UTF-8 text; retype it or save the file as UTF-8")]
    return []


def _currency(currency: str, instrument: Instrument | None, what: str) -> list[FieldError]:
    if currency and instrument is not None and not can_convert(currency, instrument.currency):
        return [FieldError("currency", f"{what} in {currency} cannot be shown on {instrument.symbol} "
                                       f"({instrument.currency}): use USD or HKD")]
    return []


# --- records -------------------------------------------------------------------------------------
def check_trade(trade: Trade, instrument: Instrument | None, today: date | datetime) -> list[FieldError]:
    """Known listing, side buy/sell, quantity > 0, price > 0, fee >= 0, and a date from the
    listing's first trading day up to `today`."""
    errors = _symbol(trade.symbol, instrument)
    if trade.side not in SIDES:
        errors.append(FieldError("side", "must be buy or sell", text=str(trade.side)))
    errors += _day(trade.trade_date, instrument, today)
    errors += _positive(trade.quantity, "quantity", MAX_QUANTITY)
    errors += _positive(trade.price, "price")
    errors += _not_negative(trade.fee, "fee")
    errors += _note(trade.note)
    return errors


def check_dividend(div: Dividend, instrument: Instrument | None, today: date | datetime) -> list[FieldError]:
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
    errors += _received(div)
    errors += _note(div.note)
    return errors


RECEIVED_TOLERANCE = Decimal("0.01")


def _received(div: Dividend) -> list[FieldError]:
    """Received > 0 and rate > 0, in a currency other than the declared one, and when both are
    given they agree to the cent (received = net x rate)."""
    if div.received is None and div.fx_rate is None:
        return []
    errors = []
    if div.received is not None:
        errors += _positive(div.received, "received")
    if div.fx_rate is not None:
        errors += _positive(div.fx_rate, "fx_rate")
    if not div.received_currency:
        errors.append(FieldError("received_currency", "name the currency the dividend was credited in"))
    elif div.received_currency == div.currency:
        errors.append(FieldError("received_currency", f"the dividend was declared in {div.currency}; "
                                 "a received amount is for a dividend credited in another currency",
                                 text=div.received_currency))
    elif div.received_currency not in CURRENCIES:
        errors.append(FieldError("received_currency", "use USD, HKD or CNY", text=div.received_currency))
    if (not errors and div.received is not None and div.fx_rate is not None
            and abs(div.net * div.fx_rate - div.received) > RECEIVED_TOLERANCE):
        errors.append(FieldError("fx_rate", f"net {div.net} {div.currency} x {div.fx_rate} is "
                                 f"{(div.net * div.fx_rate).quantize(RECEIVED_TOLERANCE)} "
                                 f"{div.received_currency}, not the {div.received} received; give "
                                 "one of the two and the other is derived", text=str(div.fx_rate)))
    return errors


def check_fee(fee: Fee, instrument: Instrument | None, today: date | datetime) -> list[FieldError]:
    """Known listing, amount > 0, a currency that can be shown on the listing, and a date from its
    first trading day up to `today`."""
    errors = _symbol(fee.symbol, instrument)
    errors += _day(fee.fee_date, instrument, today)
    errors += _positive(fee.amount, "amount")
    errors += _currency(fee.currency, instrument, "a fee")
    errors += _note(fee.note)
    return errors


def check_conversion(conv: Conversion, instruments: dict[str, Instrument], today: date | datetime) -> list[FieldError]:
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
    errors += _positive(conv.quantity, "quantity", MAX_QUANTITY)
    errors += _not_negative(conv.fee, "fee")
    rate = _positive(conv.fx_rate, "fx_rate", MAX_RATE)
    if not rate and conv.fx_rate >= MAX_RATE:
        rate.append(FieldError("fx_rate", "must be less than 10^6", text=_shown(conv.fx_rate)))
    if (not rate and source is not None and target is not None and source is not target
            and source.currency == target.currency and conv.fx_rate != 1):
        rate.append(FieldError("fx_rate", f"both listings trade in {source.currency}, so the rate is 1",
                               text=str(conv.fx_rate)))
    errors += rate
    errors += _note(conv.note)
    return errors


def check_transfer(transfer: Transfer, instrument: Instrument | None, accounts: dict[int, Account],
                   today: date | datetime) -> list[FieldError]:
    """Known listing, two different known accounts, quantity > 0, fee >= 0 in the listing's
    currency, and a date from the listing's first trading day up to `today`."""
    errors = _symbol(transfer.symbol, instrument)
    errors += account_errors(transfer.from_account_id, accounts, "from")
    errors += account_errors(transfer.to_account_id, accounts, "to")
    if transfer.from_account_id == transfer.to_account_id:
        errors.append(FieldError("to", "a transfer moves units to another account; both are "
                                       f"{_account_name(transfer.to_account_id, accounts)}"))
    errors += _day(transfer.transfer_date, instrument, today)
    errors += _positive(transfer.quantity, "quantity", MAX_QUANTITY)
    errors += _not_negative(transfer.fee, "fee")
    if instrument is not None and transfer.currency not in ("", instrument.currency):
        errors.append(FieldError("currency", f"a transfer fee on {instrument.symbol} is in "
                                             f"{instrument.currency}", text=transfer.currency))
    errors += _note(transfer.note)
    return errors


def account_errors(account_id: int, accounts: dict[int, Account], field: str = "account") -> list[FieldError]:
    """The account an activity names must be stored (`accounts` by id)."""
    if account_id in accounts:
        return []
    known = ", ".join(a.name for a in accounts.values())
    return [FieldError(field, f"no account with id {account_id} (known: {known})")]


def _account_name(account_id: int, accounts: dict[int, Account]) -> str:
    found = accounts.get(account_id)
    return found.name if found else f"account {account_id}"


ACCOUNT_NAME_MAX = 60


# Bidirectional controls reorder the text after them (a name could read backwards in a message).
_BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _breaks_a_line(ch: str) -> bool:
    """A name is shown in tables, menus and one-line messages: no control characters, line or
    paragraph separators, or direction overrides in it."""
    return unicodedata.category(ch) in ("Cc", "Zl", "Zp") or ch in _BIDI_CONTROLS


EXTERNAL_ID_MAX = 40          # brokers' account ids are short ("U1234567")


def _one_line_errors(text: str, field: str, longest: int) -> list[FieldError]:
    """What keeps `text` from showing as itself on one line of a table, a menu or a message: spaces
    around it, more than `longest` characters, a line break or a direction override in it."""
    if text != text.strip():
        return [FieldError(field, "starts or ends with a space", text=text)]
    if len(text) > longest:
        return [FieldError(field, f"at most {longest} characters")]
    if any(_breaks_a_line(ch) for ch in text):
        return [FieldError(field, "holds a control character (a line break, a tab, ...)")]
    return []


def check_account(account: Account, others: dict[int, Account]) -> list[FieldError]:
    """A name (unique, trimmed, at most 60 characters), a currency among USD, HKD, CNY or none, and a
    broker's account id no other account has. `others`: the stored accounts, this one excluded."""
    errors = []
    name = account.name
    if not name or not name.strip():
        errors.append(FieldError("name", "an account needs a name"))
    elif one_line := _one_line_errors(name, "name", ACCOUNT_NAME_MAX):
        errors += one_line
    elif taken := next((a for a in others.values() if a.name.casefold() == name.casefold()), None):
        # names match whatever their case: say which stored name this one collides with
        errors.append(FieldError("name", f"an account named {taken.name!r} already exists"))
    if account.broker:
        errors += _one_line_errors(account.broker, "broker", ACCOUNT_NAME_MAX)
    errors += text_errors(name, "name") + text_errors(account.broker, "broker")
    if account.currency and account.currency not in CURRENCIES:
        errors.append(FieldError("currency", f"use one of {', '.join(CURRENCIES)} or none", text=account.currency))
    if account.external_id is not None:
        if not account.external_id.strip():
            errors.append(FieldError("external_id", "leave it out rather than empty"))
        elif one_line := _one_line_errors(account.external_id, "external_id", EXTERNAL_ID_MAX):
            errors += one_line
        elif any(a.external_id == account.external_id for a in others.values()):
            errors.append(FieldError("external_id", f"another account has the broker id {account.external_id}"))
        errors += text_errors(account.external_id, "external_id")
    return errors
