"""Turning command-line text into domain values, with errors that name the option."""
from __future__ import annotations

import sys
from datetime import date
from decimal import Decimal

from tracker.domain import aliases, checks
from tracker.domain.model import FieldError
from tracker.errors import ValidationError

MAX_ROW_ID = 2**63 - 1           # SQLite's largest integer
STDIO = "-"                      # a file argument of "-": standard input (or output)
PATH_OPTIONS = {"db", "file", "to", "out"}   # file names may hold any bytes the file system allows


def input_source(name: str):
    """A file argument as the importers read it: "-" is standard input (bytes: the importers
    check the encoding themselves), anything else a path."""
    return sys.stdin.buffer if name == STDIO else name


def decimal_arg(text: str | None, field: str, default: Decimal | None = None) -> Decimal | None:
    if text is None:
        return default
    value, error = checks.parse_decimal(text, field)
    if error:
        raise ValidationError([error])
    return value


def date_arg(text: str | None, field: str) -> date | None:
    if text is None:
        return None
    value, error = checks.parse_date(text, field)
    if error:
        raise ValidationError([error])
    return value


def id_arg(text: str, field: str = "id") -> int:
    """A row id as typed: a whole number from 1 to SQLite's largest integer."""
    cleaned = text.strip()
    if not cleaned.isascii() or not cleaned.isdigit() or not 1 <= int(cleaned) <= MAX_ROW_ID:
        raise ValidationError([FieldError(field, "must be a whole number from 1 to 9223372036854775807",
                                          text=text if len(text) <= 40 else text[:37] + "...")])
    return int(cleaned)


def refuse_undecodable(args) -> None:
    """Options holding bytes the terminal could not decode as UTF-8 (Python keeps them as lone
    surrogates, which no database or file can store) are refused by name. File names are exempt."""
    errors = []
    for name, value in vars(args).items():
        values = value if isinstance(value, list) else [value]
        if name not in PATH_OPTIONS:
            for item in values:
                if isinstance(item, str):
                    errors += checks.text_errors(item, name.replace("_", "-"))
    if errors:
        raise ValidationError(errors[:1])


LISTING_OPTIONS = ("symbol", "from_symbol", "to_symbol")
NEW_SYMBOL_COMMANDS = {"benchmarks"}       # these name a series of their own, never a listing


def resolve_listing_args(args, known_series) -> None:
    """Listing options as brokers write them (`baba`, `BABA.N`, `09988`, `HK.09988`) become the
    listing's symbol; a known series (USDHKD, a benchmark) is left as typed; the RMB counter is
    refused with the reason."""
    if getattr(args, "command", None) in NEW_SYMBOL_COMMANDS:
        return
    for name in LISTING_OPTIONS:
        value = getattr(args, name, None)
        if isinstance(value, str):
            setattr(args, name, _listing(value, name, known_series))
    if isinstance(getattr(args, "symbols", None), list):
        args.symbols = [_listing(v, "symbol", known_series) for v in args.symbols]


def _listing(value: str, name: str, known_series) -> str:
    if value in known_series:
        return value
    symbol, why = aliases.listing_of(value)
    if symbol:
        return symbol
    if aliases.RMB_COUNTER in why:
        raise ValidationError([FieldError(name.replace("_symbol", "").replace("_", "-"), why, text=value)])
    return value


def side_arg(text: str, field: str = "side") -> str:
    side, error = aliases.side_error(text, field)
    if error:
        raise ValidationError([error])
    return side
