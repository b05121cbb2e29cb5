"""Units the markets deal in, for entry hints (never refusals): 9988.HK trades in board lots of
100 shares, and ADS convert whole (1 ADS = 8 ordinary shares)."""
from __future__ import annotations

from decimal import Decimal

BOARD_LOTS = {"9988.HK": 100}


def board_lot_missed(symbol: str, quantity: Decimal) -> int | None:
    """The listing's board lot when `quantity` is not a whole number of lots (odd lots trade
    apart, often at a worse price), else None."""
    lot = BOARD_LOTS.get(symbol)
    if lot is None or quantity <= 0 or quantity % lot == 0:
        return None
    return lot


def fractional_ads(quantity: Decimal, from_per_unit: Decimal, to_per_unit: Decimal) -> Decimal | None:
    """The ADS a conversion of `quantity` units would give or take when that is not a whole number
    (ordinary shares convert in multiples of 8), else None."""
    if quantity <= 0:
        return None
    ads_per_unit = max(from_per_unit, to_per_unit)
    ordinary = quantity * from_per_unit
    if ads_per_unit <= 1 or ordinary % ads_per_unit == 0:
        return None
    return ordinary / ads_per_unit
