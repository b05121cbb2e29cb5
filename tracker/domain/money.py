"""Exact money: parsing user text into `Decimal`, quantizing, and the one exchange rate the ledger uses.

Money and quantities are `Decimal` everywhere in the domain. Market prices arrive as floats (price
bars are float64) and enter the ledger through `to_decimal`, which keeps the shortest decimal text
of the float, so a close of 93.89 is exactly 93.89 and not 93.8900000000000005684...
"""
from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_EVEN, Context, Decimal, InvalidOperation

# The Hong Kong dollar is pegged to the US dollar inside a band of 7.75-7.85 HKD per USD (the
# Linked Exchange Rate System). The centre of the band, 7.80, is used only where the ledger has to
# express a US-dollar amount on a HKD position: Alibaba pays its dividends in US dollars on both
# listings, so a dividend booked on 9988.HK is shown in HKD at this rate. Conversions between the
# listings carry their own rate (`Conversion.fx_rate`); 7.80 is only the default a user is offered.
HKD_PER_USD = Decimal("7.80")

# Internal precision of costs split across lots (a partial sell, an average-cost sell, a conversion
# fee shared among lots, an HKD amount in USD). A ten-billionth of a currency unit: far below a
# cent, and small enough that every sum of such amounts stays exact in Decimal's 28 digits.
COST_QUANTUM = Decimal("1e-10")

MONEY_QUANTUM = Decimal("0.01")

# What the ledger can hold. Far above anything real (Alibaba's whole market value is about 10^11
# US dollars; it has about 2 x 10^10 ordinary shares) and far below where sums of them would lose
# exactness in Decimal's 28 digits or overflow a float64 in a chart or a JSON number.
MAX_AMOUNT = Decimal(10) ** 12     # prices, fees and amounts, in the listing's currency
MAX_QUANTITY = Decimal(10) ** 10   # units of a listing (shares or ADS)
MAX_RATE = Decimal(10) ** 6        # exchange rates, exclusive
MAX_VOLUME = 10.0 ** 12            # shares traded in one price bar
LIMIT_TEXT = {MAX_AMOUNT: "10^12", MAX_QUANTITY: "10^10", MAX_RATE: "10^6"}
PRICE_QUANTUM = Decimal("0.0001")

_CURRENCY_PREFIXES = ("HK$", "US$", "$")
_PLAIN = re.compile(r"(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
_GROUPED = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]*)?")
_EXPONENT = re.compile(r"[0-9.]+[eE][+-]?[0-9]+")


class DecimalFormatError(ValueError):
    """Text that is not a plain decimal number; the message names the field."""

    def __init__(self, field: str, reason: str, text: str):
        self.field, self.reason, self.text = field, reason, text
        super().__init__(f"{field}: {reason} (got {text!r})")


def parse_decimal(text: str, field: str) -> Decimal:
    """A decimal number typed by a user, or `DecimalFormatError` naming `field`.

    Accepted: `1234.5`, `-12`, `.5`, `1,234.50` (commas only between groups of three digits),
    a leading `$`, `US$` or `HK$` (also after the sign), surrounding spaces, and `−` as minus.
    Refused: empty text, `1.234,5` and `12,34` (comma decimals or irregular grouping), exponents
    (`1e3`), `NaN`, `Infinity` and anything else.
    """
    raw = text
    s = (text or "").strip().replace("\u2212", "-")
    if not s:
        raise DecimalFormatError(field, "a number is required", raw)
    sign = ""
    if s[0] in "+-":
        sign, s = ("-" if s[0] == "-" else ""), s[1:].lstrip()
    for prefix in _CURRENCY_PREFIXES:
        if s.upper().startswith(prefix):
            s = s[len(prefix):].lstrip()
            break
    if not sign and s[:1] in ("+", "-"):          # "$-12.50"
        sign, s = ("-" if s[0] == "-" else ""), s[1:]
    if _PLAIN.fullmatch(s):
        digits = s
    elif _GROUPED.fullmatch(s):
        digits = s.replace(",", "")
    elif _EXPONENT.fullmatch(s):
        raise DecimalFormatError(field, "write the number without an exponent (1000, not 1e3)", raw)
    elif "," in s:
        raise DecimalFormatError(
            field, "use a dot for decimals and commas only between groups of three digits (1,234.50)", raw)
    else:
        raise DecimalFormatError(field, "not a number", raw)
    try:
        return Decimal(sign + digits)
    except InvalidOperation:   # pragma: no cover - the patterns above admit only valid literals
        raise DecimalFormatError(field, "not a number", raw) from None


def out_of_bounds(value: Decimal, limit: Decimal) -> str | None:
    """Why `value` cannot be stored (not finite, or beyond `limit` either way), or None."""
    if not isinstance(value, Decimal) or not value.is_finite():
        return "must be a number"
    if abs(value) > limit:
        shown = LIMIT_TEXT.get(limit, str(limit))
        return f"must be at most {shown}" if value > 0 else f"must be at least -{shown}"
    return None


def to_decimal(x: float | int | Decimal) -> Decimal:
    """A market price (float) as the Decimal it was written as: 93.89 stays 93.89.

    Uses the float's shortest round-trip text (`repr`), not its binary expansion.
    """
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return Decimal(x)
    if not math.isfinite(x):
        raise ValueError(f"price is not a finite number: {x!r}")
    return Decimal(repr(float(x)))


# Quantizing to a fixed number of places needs as many digits as the result has. Amounts within the
# bounds above stay far inside 28 digits, but a cost carried through a conversion at an extreme rate
# can pass them; a wider context keeps that a rounded figure instead of an InvalidOperation.
_WIDE = Context(prec=80, rounding=ROUND_HALF_EVEN)
_quantize_half_even = _WIDE.quantize     # the context's own method: a third of the keyword call's time


def market_price(x: float | int | Decimal) -> Decimal:
    """A market price as the ledger reads it: to 4 decimal places (a hundredth of a cent), rounded
    half-even. Price files carry float noise such as 73.550003 that must not leak into money."""
    return _quantize_half_even(to_decimal(x), PRICE_QUANTUM)


def quantize_money(d: Decimal, places: int = 2) -> Decimal:
    """`d` rounded half-even to `places` decimals (2 for money, 4 for unit prices) for display/JSON."""
    return _quantize_half_even(d, Decimal(1).scaleb(-places))


def quantize_cost(d: Decimal) -> Decimal:
    """An internal cost share rounded to `COST_QUANTUM` (see there why)."""
    return _quantize_half_even(d, COST_QUANTUM)


def convert(amount: Decimal, from_currency: str, to_currency: str) -> Decimal:
    """`amount` in `from_currency` expressed in `to_currency` at `HKD_PER_USD`.

    Same currency (or an empty one, meaning "the position's own") needs no conversion. Only USD and
    HKD are known; any other pair raises `ValueError`.
    """
    if not from_currency or not to_currency or from_currency == to_currency:
        return amount
    if (from_currency, to_currency) == ("USD", "HKD"):
        return amount * HKD_PER_USD
    if (from_currency, to_currency) == ("HKD", "USD"):
        return quantize_cost(amount / HKD_PER_USD)
    raise ValueError(f"no exchange rate from {from_currency} to {to_currency}")


def can_convert(from_currency: str, to_currency: str) -> bool:
    try:
        convert(Decimal(0), from_currency, to_currency)
    except ValueError:
        return False
    return True


def plain(d: Decimal) -> str:
    """A quantity as people write it: `50`, `0.375`, `1200` (no exponent, no trailing zeros)."""
    text = format(d.normalize(), "f")
    return "0" if text in ("-0", "0") else text


def money_text(d: Decimal) -> str:
    """An amount of money as a statement writes it: at least the cents (`72.50`, `1.20`, `0.00`),
    more places only when the amount has them (`72.345`)."""
    text = plain(d)
    whole, _, places = text.partition(".")
    return f"{whole}.{places.ljust(2, '0')}"
