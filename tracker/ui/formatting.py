"""How numbers read on screen: thousands separators, a fixed number of decimals, the currency code.

Plain functions on `Decimal` / `float` so the table, the summary cards and the dialogs agree.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from tracker.domain.money import quantize_money

DASH = "–"   # shown where a figure cannot be computed (no price yet, nothing sold, ...)

# HKEX quotes in steps of 0.001 HKD below 0.25, but Alibaba's price range needs 2 decimals; NYSE too.
MONEY_DECIMALS = 2
PRICE_DECIMALS = 2


def _quantized(value: Decimal | float, decimals: int) -> Decimal:
    return quantize_money(Decimal(str(value)), decimals)


def number(value: Decimal | float | None, decimals: int = 2, signed: bool = False) -> str:
    """`1234.5` -> `1,234.50`; `signed` puts `+` on gains (and `−` is always shown on losses)."""
    if value is None:
        return DASH
    q = _quantized(value, decimals)
    if q == 0:
        q = abs(q)   # no "-0.00"
    text = f"{q:,.{decimals}f}"
    if signed and q > 0:
        text = "+" + text
    return text


def money(value: Decimal | float | None, currency: str = "", signed: bool = False,
          decimals: int = MONEY_DECIMALS) -> str:
    """`12,345.67 USD`; a dash when the value is unknown."""
    if value is None:
        return DASH
    text = number(value, decimals, signed)
    return f"{text} {currency}" if currency else text


def price(value: Decimal | float | None, currency: str = "", max_decimals: int = 6) -> str:
    """A unit price: at least two decimals, more when the price has them (12.3456), at most
    `max_decimals` (an average cost is a quotient and may have many)."""
    if value is None:
        return DASH
    places = max(PRICE_DECIMALS, -Decimal(str(value)).normalize().as_tuple().exponent)
    return money(value, currency, decimals=min(places, max_decimals))


def quantity(value: Decimal | None) -> str:
    """Units held or traded: no trailing zeros (`1,200`, `0.5`)."""
    if value is None:
        return DASH
    q = Decimal(value).normalize()
    places = max(0, -q.as_tuple().exponent)
    return f"{q:,.{places}f}"


def percent(value: Decimal | float | None, signed: bool = True, decimals: int = 2) -> str:
    """A fraction shown as a percentage: `0.1234` -> `+12.34%`."""
    if value is None:
        return DASH
    return number(Decimal(str(value)) * 100, decimals, signed) + "%"


def day(value: date | None) -> str:
    return value.isoformat() if value else DASH


def sign(value: Decimal | float | None) -> int:
    """+1 gain, -1 loss, 0 flat or unknown: what decides green or red."""
    if value is None:
        return 0
    return (value > 0) - (value < 0)
