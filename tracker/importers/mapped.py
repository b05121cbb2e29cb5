"""Any broker's trade CSV, read through a column mapping the user chose (and saved as a preset).

A mapping names, for each role, the file's column: date, time, symbol, side, quantity, price, fee,
tax, currency, amount, account, note. Date, symbol and quantity are required, and a price or an
amount (the trade's value before fees: the price is amount / quantity). Without a side column a
negative quantity (or amount) is a sell, as many brokers write it. Dates are read in the order
chosen (YMD, DMY, MDY; any of - / . between the parts, or none), with any time after them ignored;
numbers with the decimal separator chosen (`70,50` and `1.234,56` with a comma). The fee and the
tax (stamp duty) together are the trade's fee. Symbols and sides are read in every form brokers
write them (domain.aliases).
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from tracker.domain import aliases
from tracker.domain.checks import check_trade, parse_decimal
from tracker.domain.model import SELL, FieldError, Instrument, Trade
from tracker.domain.money import plain
from tracker.importers.activities import Entry, ParsedActivities, Skipped
from tracker.importers.csvsniff import read_head
from tracker.importers.trades import _rows

ROLES = ("date", "time", "symbol", "side", "quantity", "price", "fee", "tax", "currency", "amount",
         "account", "note")
REQUIRED = ("date", "symbol", "quantity")
DATE_ORDERS = ("YMD", "DMY", "MDY")
DECIMAL_SEPARATORS = (".", ",")
ROLE_HELP = {
    "date": "the trade date", "time": "the time of day (shown, not stored)",
    "symbol": "the listing (BABA, 9988.HK, 09988, HK.09988, BABA US, ...)",
    "side": "buy or sell (B/S, Bought/Sold, 买入/卖出); without it a negative quantity is a sell",
    "quantity": "units traded (ADS or shares)", "price": "price per unit",
    "fee": "commission", "tax": "taxes such as Hong Kong stamp duty (added to the fee)",
    "currency": "the trade's currency (must be the listing's)",
    "amount": "the trade's value before fees, used for the price when no price column is mapped",
    "account": "the broker account's name or number", "note": "free text",
}


@dataclass(frozen=True)
class Mapping:
    columns: dict[str, str] = field(default_factory=dict)    # role -> the file's column name
    date_order: str = "YMD"
    decimal: str = "."
    name: str = ""

    def problems(self) -> list[FieldError]:
        errors = [FieldError(role, "unknown role (use " + ", ".join(ROLES) + ")")
                  for role in self.columns if role not in ROLES]
        errors += [FieldError(role, "a column is required") for role in REQUIRED if not self.columns.get(role)]
        if not (self.columns.get("price") or self.columns.get("amount")):
            errors.append(FieldError("price", "map a price column or an amount column"))
        if self.date_order not in DATE_ORDERS:
            errors.append(FieldError("date-order", "use YMD, DMY or MDY", text=self.date_order))
        if self.decimal not in DECIMAL_SEPARATORS:
            errors.append(FieldError("decimal", "use . or ,", text=self.decimal))
        return errors

    def as_json(self) -> dict:
        return {"columns": dict(self.columns), "date_order": self.date_order, "decimal": self.decimal}

    @classmethod
    def from_json(cls, name: str, data: dict) -> "Mapping":
        return cls({str(k): str(v) for k, v in dict(data.get("columns", {})).items() if v},
                   str(data.get("date_order", "YMD")), str(data.get("decimal", ".")), name)


_DATE_PARTS = re.compile(r"(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})")


def read_date(text: str, order: str) -> date | None:
    s = (text or "").strip().replace("T", " ").split(" ")[0]
    if re.fullmatch(r"\d{8}", s) and order == "YMD":
        parts = (s[:4], s[4:6], s[6:])
    else:
        m = _DATE_PARTS.fullmatch(s)
        if not m:
            return None
        parts = m.groups()
    by = dict(zip(order, parts))
    year = int(by["Y"])
    if len(by["Y"]) == 2:
        year += 2000 if year < 70 else 1900
    try:
        return date(year, int(by["M"]), int(by["D"]))
    except ValueError:
        return None


def read_number(text: str, decimal: str, field_name: str) -> tuple[Decimal | None, FieldError | None]:
    """`1.234,56` with a comma decimal, `1,234.56` with a point; a sign, spaces and $ allowed."""
    s = (text or "").strip().replace("\u00a0", "").replace(" ", "").replace("'", "")
    if decimal == ",":
        s = s.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"-?\d+,\d{1,2}", s):
        return None, FieldError(field_name, "looks like a comma decimal; choose the , separator", text=text)
    negative = s.startswith("-")
    value, error = parse_decimal(s.lstrip("-+"), field_name)
    if error:
        return None, FieldError(field_name, error.message, text=text)
    return (-value if negative else value), None


def parse_mapped_csv(source, mapping: Mapping, instruments: dict[str, Instrument],
                     today: date | datetime) -> ParsedActivities:
    result = ParsedActivities("mapped")
    result.errors += mapping.problems()
    if result.errors:
        return result
    head = read_head(source)
    if head.problem:
        result.errors.append(head.problem)
        return result
    names = [h.strip() for h in head.header]
    lowered = [n.lower() for n in names]
    columns: dict[str, int] = {}
    for role, column in mapping.columns.items():
        if column.strip().lower() not in lowered:
            result.errors.append(FieldError(role, f"the file has no column {column!r} (it has: "
                                            + ", ".join(names) + ")", line=1))
        else:
            columns[role] = lowered.index(column.strip().lower())
    if result.errors:
        return result
    records, error = _rows(head)
    if error:
        result.errors.append(error)
        return result
    seen: Counter[str] = Counter()
    for line, cells in records:
        if not any(c.strip() for c in cells):
            continue
        result.rows += 1
        side_cell = cells[columns["side"]].strip() if "side" in columns and columns["side"] < len(cells) else ""
        if aliases.is_not_a_trade(side_cell):
            result.skipped.append(Skipped(line, side_cell, "not a trade: only trades are read from this file"))
            continue
        trade, account, errors = _trade(cells, columns, names, mapping, instruments, today)
        result.errors += [FieldError(e.field, e.message, line=line, text=e.text) for e in errors]
        if trade is not None:
            text = "|".join([trade.trade_date.isoformat(), trade.symbol, trade.side, plain(trade.quantity),
                             plain(trade.price), plain(trade.fee), trade.note, account])
            key = f"mapped:{hashlib.sha1(text.encode()).hexdigest()}#{seen[text]}"
            seen[text] += 1
            result.entries.append(Entry(trade, line, key, account))
    if not result.rows:
        result.errors.append(FieldError("rows", "no trades after the header", line=2))
    return result


def _trade(cells, columns, names, mapping: Mapping, instruments, today):
    errors: list[FieldError] = []

    def cell(role: str) -> str:
        i = columns.get(role)
        return cells[i].strip() if i is not None and i < len(cells) else ""

    def named(role: str) -> str:
        return names[columns[role]] if role in columns else role

    def number(role: str, default: Decimal | None = None) -> Decimal | None:
        if not cell(role):
            if default is None:
                errors.append(FieldError(named(role), "a number is required"))
            return default
        value, error = read_number(cell(role), mapping.decimal, named(role))
        if error:
            errors.append(error)
        return value

    trade_date = read_date(cell("date"), mapping.date_order)
    if trade_date is None:
        errors.append(FieldError(named("date"), f"not a date in {mapping.date_order} order", text=cell("date")))
    symbol, why = aliases.listing_of(cell("symbol"), instruments)
    if symbol is None:
        errors.append(FieldError(named("symbol"), why, text=cell("symbol") or None))
    quantity = number("quantity")
    amount = number("amount", Decimal(0)) if "amount" in columns else None
    price = number("price") if "price" in columns else None
    if "side" in columns:
        side, why = aliases.side_of(cell("side"))
        if side is None:
            errors.append(FieldError(named("side"), why, text=cell("side")))
    else:
        signed = quantity if quantity is not None and quantity != 0 else amount
        side = SELL if signed is not None and signed < 0 else "buy"
    fee = abs(number("fee", Decimal(0)) or Decimal(0)) + abs(number("tax", Decimal(0)) or Decimal(0))
    if price is None and amount is not None and quantity:
        price = (abs(amount) / abs(quantity)).quantize(Decimal("0.000001")).normalize()
    instrument = instruments.get(symbol) if symbol else None
    currency = cell("currency").upper()
    if instrument is not None and currency and currency != instrument.currency:
        errors.append(FieldError(named("currency"), f"{symbol} trades in {instrument.currency}", text=cell("currency")))
    if errors:
        return None, "", errors
    trade = Trade(symbol, side or "buy", trade_date, abs(quantity), abs(price), fee,
                  instrument.currency if instrument else currency, cell("note"))
    errors = [FieldError(named({"trade_date": "date"}.get(e.field, e.field)), e.message, text=e.text)
              for e in check_trade(trade, instrument, today)]
    return (None, "", errors) if errors else (trade, cell("account"), [])
