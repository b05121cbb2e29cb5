"""Trade CSV files parsed into `Trade` records, every row checked. Nothing is written here.

The header names the columns, in any order and any case: `date, symbol, side, quantity, price`
and optionally `fee, currency, note` (`type` or `action` may stand for `side`). Side is buy or sell
in any case; numbers may be written `1,234.50` or `$92.70`; dates as `YYYY-MM-DD` (or MM/DD/YYYY
when only one reading is a real date). A currency, when given, must be the listing's own.

A cell that our own export guarded against spreadsheet formulas (`'=...`) is read without the
guard (domain.spreadsheet), so an export imports back unchanged.

Each trade gets an import key: the SHA-1 of its normalized content plus `#n`, n counting earlier
rows of the same file with the same content. Two genuinely identical rows in one file therefore both
import, and importing the same file again adds nothing.
"""
from __future__ import annotations

import csv
import hashlib
import io
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import IO, Iterator

from tracker.domain import aliases
from tracker.domain.checks import check_trade, parse_date, parse_decimal
from tracker.domain.model import SIDES, FieldError, Instrument, Trade
from tracker.domain.money import plain
from tracker.domain.spreadsheet import unguard_formula
from tracker.importers.csvsniff import ENCODING, MAX_LINE, normalize, read_head, unclosed_quote

REQUIRED = ("date", "symbol", "side", "quantity", "price")
OPTIONAL = ("fee", "currency", "note")
ALIASES = {"side": ("side", "type", "action")}


@dataclass
class ParsedTrades:
    """Trades read from one file (ids None), each with its import key and file line.
    A file with any error must not be imported at all."""
    trades: list[Trade] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)
    rows: int = 0                                  # data rows read (blank lines not counted)
    errors: list[FieldError] = field(default_factory=list)


def parse_trades_csv(source: str | Path | IO, instruments: dict[str, Instrument],
                     today: date | datetime) -> ParsedTrades:
    """Read and check every row (see the module docstring). Raises TrackerError only when the
    file cannot be read; problems in it come back in `errors`, each with its line."""
    head = read_head(source)
    result = ParsedTrades()
    if head.problem:
        result.errors.append(head.problem)
        return result
    if not head.header:
        result.errors.append(FieldError("header", "the file is empty; expected a header line "
                                        "such as date,symbol,side,quantity,price,fee", line=1))
        return result
    columns, error = _columns(head.header)
    if error:
        result.errors.append(error)
        return result
    position = {name: k for k, name in reversed(list(enumerate(head.header)))}  # error order
    seen: Counter[str] = Counter()
    records, error = _rows(head)
    if error:
        result.errors.append(error)
        return result
    day = today.date() if isinstance(today, datetime) else today
    for line, cells in records:
        if not any(cell.strip() for cell in cells):
            continue
        result.rows += 1
        if len(cells) > len(head.header) and any(c.strip() for c in cells[len(head.header):]):
            result.errors.append(FieldError(
                "row", f"{len(cells)} fields where the header has {len(head.header)} columns",
                line=line))
            continue
        trade, errors = _trade(cells, columns, head.header, instruments, today, day)
        errors.sort(key=lambda e: position.get(e.field, len(position)))
        result.errors += [replace(e, line=line) for e in errors]
        if trade is not None and not errors:
            content = _content(trade)
            result.keys.append(f"{hashlib.sha1(content.encode()).hexdigest()}#{seen[content]}")
            seen[content] += 1
            result.trades.append(trade)
            result.lines.append(line)
    if not result.rows:
        result.errors.append(FieldError("rows", "no trades after the header",
                                        line=head.first_data_line))
    return result


def is_trade_header(header: list[str]) -> bool:
    """Whether a file's header names the columns of a trade file (else it may be a price file)."""
    return bool(header) and _columns(header)[1] is None


def _columns(header: list[str]) -> tuple[dict[str, int], FieldError | None]:
    """Role -> column index; an error naming the missing columns."""
    names = [normalize(name) for name in header]
    columns = {}
    for role in REQUIRED + OPTIONAL:
        index = next((names.index(n) for n in ALIASES.get(role, (role,)) if n in names), None)
        if index is not None:
            columns[role] = index
    missing = [role for role in REQUIRED if role not in columns]
    if missing:
        return {}, FieldError("header", "missing column: " + ", ".join(missing)
                              + " (expected date,symbol,side,quantity,price[,fee,currency,note])",
                              line=1, text=",".join(header))
    return columns, None


def _rows(head) -> tuple[list[tuple[int, list[str]]], FieldError | None]:
    """(first line of the record, cells) for every record after the header, or the error that
    stops the file from being read as CSV (a quoted field that never closes, say)."""
    if isinstance(head.body, Path):
        with open(head.body, encoding=ENCODING, newline="") as handle:   # checked UTF-8 by read_head
            text = handle.read()
    else:
        text = head.body.removeprefix("\ufeff")
    lines = _Lines(io.StringIO(text, newline=""))
    reader = csv.reader(lines, delimiter=head.delimiter)
    records, previous = [], 0
    try:
        for cells in reader:
            start, previous = previous + 1, reader.line_num
            if lines.ended:
                # the csv module ends a quoted field at the end of the file without a word; the
                # rows after the quote would be imported as that field's text
                return [], unclosed_quote(start + sum(_line_breaks(cell) for cell in cells[:-1]))
            if start > head.header_lines:
                records.append((start, [unguard_formula(cell) for cell in cells]))
    except csv.Error as exc:
        reason = str(exc)
        if "field larger than field limit" in reason:
            reason = f"a field is longer than {MAX_LINE:,} characters"
        return [], FieldError("file", f"not a well-formed CSV file: {reason}", line=previous + 1)
    return records, None


class _Lines:
    """The lines of a text, noting when a reader asks past the last one: a record only does that
    when the file ends inside a quoted field (a complete last line ends its record by itself)."""

    def __init__(self, stream: IO[str]):
        self._stream = stream
        self.ended = False

    def __iter__(self) -> Iterator[str]:
        yield from self._stream
        self.ended = True


def _line_breaks(text: str) -> int:
    """Line breaks in a cell: LF, CRLF and a lone CR each count one (as the csv module reads them)."""
    return text.count("\n") + text.count("\r") - text.count("\r\n")


def _trade(cells: list[str], columns: dict[str, int], header: list[str],
           instruments: dict[str, Instrument], today: date | datetime, day: date
           ) -> tuple[Trade | None, list[FieldError]]:
    """The row's Trade, or None and every problem with it (fields named as in the file)."""
    def cell(role: str) -> str:
        index = columns.get(role)
        return cells[index].strip() if index is not None and index < len(cells) else ""

    def named(role: str) -> str:
        return header[columns[role]] if role in columns else role

    errors: list[FieldError] = []
    failed: set[str] = set()       # roles already reported; the record checks skip them

    def refuse(role: str, message: str, text: str | None = None) -> None:
        errors.append(FieldError(named(role), message, text=text))
        failed.add(role)

    def parsed(parse, role: str, placeholder):
        text = cell(role)
        if not text and role in OPTIONAL:
            return placeholder
        value, error = parse(text, named(role))
        if error:
            errors.append(error)
            failed.add(role)
            return placeholder
        return value

    trade_date = parsed(parse_date, "date", day)
    quantity = parsed(parse_decimal, "quantity", Decimal(1))
    price = parsed(parse_decimal, "price", Decimal(1))
    fee = parsed(parse_decimal, "fee", Decimal(0))
    side, why = aliases.side_of(cell("side"))
    if side is None:
        refuse("side", why, cell("side"))
    typed = cell("symbol")
    symbol, why = aliases.listing_of(typed, instruments)
    instrument = instruments.get(symbol) if symbol else None
    if not typed:
        refuse("symbol", "a symbol is required (" + " or ".join(sorted(instruments)) + ")")
    elif instrument is None:
        symbol = typed.upper()
        refuse("symbol", why, typed)
    currency = cell("currency").upper()
    if instrument is not None:
        if currency and currency != instrument.currency:
            refuse("currency", f"{symbol} trades in {instrument.currency}", cell("currency"))
        currency = instrument.currency
    trade = Trade(symbol=symbol, side=side if side in SIDES else SIDES[0], trade_date=trade_date,
                  quantity=quantity, price=price, fee=fee, currency=currency, note=cell("note"))
    errors += [replace(e, field=named(e.field))
               for e in check_trade(trade, instrument, today) if e.field not in failed]
    return (None, errors) if errors else (trade, [])


def _content(trade: Trade) -> str:
    """What makes two rows the same trade: every field, numbers without trailing zeros."""
    return "|".join([trade.trade_date.isoformat(), trade.symbol, trade.side, plain(trade.quantity),
                     plain(trade.price), plain(trade.fee), trade.currency, trade.note])
