"""What a benchmark series must look like before it is stored."""
from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from tracker.domain.model import FieldError, Instrument

# Yahoo's and Stooq's spellings: SPY, KWEB, ^HSI, 2800.HK, ^SPX, EURUSD=X
_SYMBOL = re.compile(r"[A-Z0-9^][A-Z0-9.^=_-]{0,19}")
_CURRENCY = re.compile(r"[A-Z]{3}")
EARLIEST = date(1900, 1, 1)     # a benchmark's prices may start any time


def benchmark(symbol: str, name: str, currency: str, exchange: str = "") -> tuple[Instrument | None, list[FieldError]]:
    """The benchmark record (symbol and currency upper-cased), or every reason it is refused."""
    symbol, currency, name = symbol.strip().upper(), currency.strip().upper(), name.strip()
    errors = []
    if not _SYMBOL.fullmatch(symbol):
        errors.append(FieldError("symbol", "use 1 to 20 letters, digits or . ^ = _ - (such as SPY or ^HSI)",
                                 text=symbol))
    if not _CURRENCY.fullmatch(currency):
        errors.append(FieldError("currency", "use a three-letter code such as USD or HKD", text=currency))
    if len(name) > 100:
        errors.append(FieldError("name", "at most 100 characters"))
    if errors:
        return None, errors
    return Instrument(symbol, name or symbol, exchange.strip() or "INDEX", currency, "INDEX", Decimal(0), EARLIEST), []
