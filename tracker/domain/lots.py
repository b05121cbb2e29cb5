"""Entry hints (never refusals): 9988.HK trades in board lots of 100 shares, ADS convert whole
(1 ADS = 8 ordinary shares), and a trade's fee is a small part of what it is worth."""
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


FEE_SHARE_HIGH = Decimal("0.1")     # brokers' minimum charges stay under this even on a one-ADS trade


def fee_share_high(quantity: Decimal, price: Decimal, fee: Decimal) -> Decimal | None:
    """The fee's share of the trade's gross (quantity x price) when it is over `FEE_SHARE_HIGH`
    (a fee typed in the wrong field, or cents typed as units), else None."""
    gross = quantity * price
    if gross <= 0 or fee <= FEE_SHARE_HIGH * gross:
        return None
    return fee / gross
