"""Our own export read back: one CSV (a `kind` column first) or one JSON document holding every
activity kind. Each row is checked as the entry dialogs check it; nothing is written here."""
from __future__ import annotations

import hashlib
import json
from collections import Counter
from datetime import date, datetime
from decimal import Decimal

from tracker.domain.checks import (check_account, check_conversion, check_dividend, check_fee, check_trade,
                                   check_transfer, parse_date, parse_decimal)
from tracker.domain.model import (ACTION_KINDS, SIDES, Account, Conversion, CorporateAction, Dividend, Fee,
                                  FieldError, Instrument, Trade, Transfer)
from tracker.importers.activities import Entry, ParsedActivities
from tracker.importers.csvsniff import read_head
from tracker.importers.trades import _rows

COLUMNS = ("kind", "date", "symbol", "side", "quantity", "price", "fee", "currency", "note", "gross",
           "withholding", "received", "received_currency", "fx_rate", "to_symbol", "amount", "factor",
           "account", "to_account", "broker", "external_id")
KINDS = ("account", "trade", "dividend", "fee", "conversion", "transfer") + ACTION_KINDS
JSON_FORMAT = "tracker-activities"


def parse_csv_export(source, instruments: dict[str, Instrument], today: date | datetime) -> ParsedActivities:
    result = ParsedActivities("export")
    head = read_head(source)
    if head.problem:
        result.errors.append(head.problem)
        return result
    header = [h.strip().lower() for h in head.header]
    missing = [c for c in ("kind", "date") if c not in header]
    if missing:
        result.errors.append(FieldError("header", "missing column: " + ", ".join(missing), line=1))
        return result
    records, error = _rows(head)
    if error:
        result.errors.append(error)
        return result
    rows = []
    for line, cells in records:
        if any(c.strip() for c in cells):
            rows.append((line, {name: (cells[i].strip() if i < len(cells) else "") for i, name in enumerate(header)}))
    return _parsed(result, rows, instruments, today)


def parse_json_export(data: bytes, instruments: dict[str, Instrument], today: date | datetime) -> ParsedActivities:
    result = ParsedActivities("json")
    try:
        document = json.loads(data.decode("utf-8-sig"))
        if document.get("format") != JSON_FORMAT:
            raise ValueError(f"expected \"format\": \"{JSON_FORMAT}\"")
        activities = list(document["activities"])
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as exc:
        result.errors.append(FieldError("file", f"not a Tracker JSON export ({exc})", line=1))
        return result
    rows = [(n, {str(k): ("" if v is None else str(v)) for k, v in dict(a).items()})
            for n, a in enumerate(activities, start=1) if isinstance(a, dict)]
    if len(rows) != len(activities):
        result.errors.append(FieldError("activities", "every activity must be an object", line=1))
        return result
    return _parsed(result, rows, instruments, today)


def _parsed(result: ParsedActivities, rows, instruments, today) -> ParsedActivities:
    seen: Counter[str] = Counter()
    for line, row in rows:
        result.rows += 1
        if row.get("kind", "").lower() == "account":
            _account(row, line, result)
            continue
        record, errors = _record(row, instruments, today)
        result.errors += [FieldError(e.field, e.message, line=line, text=e.text) for e in errors]
        if record is not None:
            text = "|".join(f"{k}={row.get(k, '')}" for k in COLUMNS)
            key = f"export:{hashlib.sha1(text.encode()).hexdigest()}#{seen[text]}"
            seen[text] += 1
            result.entries.append(Entry(record, line, key, row.get("account", ""), row.get("to_account", "")))
    if not result.rows:
        result.errors.append(FieldError("rows", "no activities in the file", line=2))
    return result


def _account(row: dict, line: int, result: ParsedActivities) -> None:
    """An account the export lists: made on import unless one of that name exists."""
    account = Account(None, row.get("account", ""), row.get("broker", ""), row.get("currency", ""),
                      row.get("external_id", "") or None)
    errors = check_account(account, {})
    if errors:
        result.errors += [FieldError(e.field if e.field != "name" else "account", e.message, line=line, text=e.text)
                          for e in errors]
    else:
        result.accounts.append(account)


def _record(row: dict, instruments, today):
    errors: list[FieldError] = []

    def number(name: str, default: Decimal | None = None, optional: bool = False) -> Decimal | None:
        text = row.get(name, "")
        if not text:
            if default is None and not optional:
                errors.append(FieldError(name, "a number is required"))
            return default
        value, error = parse_decimal(text, name)
        if error:
            errors.append(error)
        return value

    kind = row.get("kind", "").lower()
    day, error = parse_date(row.get("date", ""), "date")
    if error:
        errors.append(error)
    symbol = row.get("symbol", "")
    if kind not in KINDS:
        return None, [FieldError("kind", "use one of " + ", ".join(KINDS), text=row.get("kind", ""))]
    record = None
    if kind == "trade":
        if row.get("side", "") not in SIDES:
            errors.append(FieldError("side", "must be buy or sell", text=row.get("side", "")))
        record = Trade(symbol, row.get("side", ""), day, number("quantity"), number("price"),
                       number("fee", Decimal(0)), row.get("currency", ""), row.get("note", ""))
        check = lambda r: check_trade(r, instruments.get(symbol), today)   # noqa: E731
    elif kind == "dividend":
        record = Dividend(symbol, day, number("gross"), number("withholding", Decimal(0)), number("fee", Decimal(0)),
                          row.get("currency", "") or "USD", row.get("note", ""),
                          received=number("received", optional=True),
                          received_currency=row.get("received_currency", ""),
                          fx_rate=number("fx_rate", optional=True))
        check = lambda r: check_dividend(r, instruments.get(symbol), today)   # noqa: E731
    elif kind == "fee":
        record = Fee(symbol, day, number("amount"), row.get("currency", ""), row.get("note", ""))
        check = lambda r: check_fee(r, instruments.get(symbol), today)   # noqa: E731
    elif kind == "conversion":
        record = Conversion(day, symbol, row.get("to_symbol", ""), number("quantity"), number("fee", Decimal(0)),
                            number("fx_rate", Decimal(1)), row.get("note", ""))
        check = lambda r: check_conversion(r, instruments, today)   # noqa: E731
    elif kind == "transfer":
        # the accounts are named in the file; two stand-ins let the field checks run here
        ends = (1, 2) if row.get("account", "") != row.get("to_account", "") else (1, 1)
        record = Transfer(day, symbol, number("quantity"), *ends, number("fee", Decimal(0)),
                          row.get("currency", ""), row.get("note", ""))
        stand_ins = {1: Account(1, row.get("account", "") or "from"), 2: Account(2, row.get("to_account", "") or "to")}
        check = lambda r: check_transfer(r, instruments.get(symbol), stand_ins, today)   # noqa: E731
    else:
        if symbol not in instruments:
            errors.append(FieldError("symbol", "unknown listing", text=symbol))
        record = CorporateAction(symbol, day, kind, number("factor"), row.get("note", ""))
        check = lambda r: []   # noqa: E731
    if errors:
        return None, errors
    errors = check(record)
    return (None, errors) if errors else (record, [])
