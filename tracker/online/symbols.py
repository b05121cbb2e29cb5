"""Which name each provider uses for a series the database knows.

One row per series; a series missing from the table is asked for under its own name (Yahoo) or its
lower-cased name (Stooq), which is how both spell most benchmark indices and tickers.
"""
from __future__ import annotations

PROVIDERS = ("yahoo", "stooq")
PROVIDER_NAMES = {"yahoo": "Yahoo Finance", "stooq": "Stooq"}

PROVIDER_SYMBOLS: dict[str, dict[str, str]] = {
    "BABA": {"yahoo": "BABA", "stooq": "baba.us"},
    "9988.HK": {"yahoo": "9988.HK", "stooq": "9988.hk"},
    "USDHKD": {"yahoo": "HKD=X", "stooq": "usdhkd"},
    "USDCNY": {"yahoo": "CNY=X", "stooq": "usdcny"},
}


def remote_symbol(symbol: str, provider: str) -> str:
    """The provider's name for `symbol` (the table first, then the provider's usual spelling)."""
    known = PROVIDER_SYMBOLS.get(symbol, {}).get(provider)
    if known:
        return known
    return symbol.lower() if provider == "stooq" else symbol
