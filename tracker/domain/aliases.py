"""The forms brokers (and people) write Alibaba's listings and trade sides in.

One table for every importer and the command line: `baba`, `BABA.N`, `US:BABA` are the ADS;
`9988`, `09988`, `HK.09988`, `9988 HK` the Hong Kong shares. The renminbi counter `89988` is the same
shares traded in RMB on HKEX: a separate line with its own prices that this app does not track, so
it is refused with that reason rather than read as 9988.HK.
"""
from __future__ import annotations

import re

from tracker.domain.model import BUY, SELL, FieldError

ADS, HK = "BABA", "9988.HK"
RMB_COUNTER = "89988"

_SEPARATORS = re.compile(r"[\s.:_/-]+")
# exchange tags that may come before or after the code, once separators are dropped
_US_TAGS = ("US", "N", "NYSE", "NY", "UN")
_HK_TAGS = ("HK", "HKG", "HKEX", "SEHK", "XHKG")

SIDE_WORDS = {
    "buy": BUY, "b": BUY, "bought": BUY, "bot": BUY, "买入": BUY, "買入": BUY, "买": BUY, "買": BUY,
    "sell": SELL, "s": SELL, "sold": SELL, "sld": SELL, "卖出": SELL, "賣出": SELL, "卖": SELL, "賣": SELL,
}


# what brokers' activity exports write in the side (action) column of rows that are no trade
NOT_A_TRADE = ("dividend", "interest", "deposit", "withdraw", "wire", "fee", "tax", "journal", "transfer",
               "reinvest", "split", "分红", "派息", "股息", "存入", "入金", "出金", "利息")


def is_not_a_trade(text: str) -> bool:
    """A side cell that names another kind of activity ("Qualified Dividend", "Wire Funds", 派息)."""
    word = (text or "").strip().lower()
    return bool(word) and word not in SIDE_WORDS and any(w in word for w in NOT_A_TRADE)


def _parts(text: str) -> list[str]:
    return [p for p in _SEPARATORS.split(text.strip().upper()) if p]


def _strip_tag(parts: list[str], tags: tuple[str, ...]) -> list[str]:
    if len(parts) == 2 and parts[0] in tags:
        return parts[1:]
    if len(parts) == 2 and parts[1] in tags:
        return parts[:1]
    return parts


def listing_of(text: str, known: set[str] | dict | None = None) -> tuple[str | None, str | None]:
    """(symbol, None) for a recognised form, or (None, the reason in a sentence)."""
    raw = (text or "").strip()
    if not raw:
        return None, "a symbol is required (BABA or 9988.HK)"
    if known and raw in known:
        return raw, None
    parts = _parts(raw)
    codes = {p.lstrip("0") for p in parts if p.isdigit()}
    if RMB_COUNTER in codes:
        return None, ("89988 is the renminbi-traded counter of the same Hong Kong shares: a separate "
                      "line with its own prices, which this app does not track; record the trade as "
                      "9988.HK only if it was in HKD")
    us = _strip_tag(parts, _US_TAGS)
    if us == ["BABA"]:
        return ADS, None
    hk = _strip_tag(parts, _HK_TAGS)
    if len(hk) == 1 and hk[0].isdigit() and hk[0].lstrip("0") == "9988":
        return HK, None
    listed = " or ".join(sorted(known)) if known else f"{ADS} or {HK}"
    return None, f"unknown listing (known: {listed}; also written BABA.N, US:BABA, 09988, HK.09988, 9988 HK)"


def side_of(text: str) -> tuple[str | None, str | None]:
    """(BUY or SELL, None), or (None, why): buy/sell, B/S, Bought/Sold, 买入/卖出, 買入/賣出."""
    word = (text or "").strip().lower()
    side = SIDE_WORDS.get(word)
    if side is None:
        return None, "must be buy or sell (also B/S, Bought/Sold, 买入/卖出, 買入/賣出)"
    return side, None


def listing_error(text: str, field: str = "symbol", known=None) -> tuple[str | None, FieldError | None]:
    symbol, why = listing_of(text, known)
    return symbol, (None if symbol else FieldError(field, why, text=(text or "").strip() or None))


def side_error(text: str, field: str = "side") -> tuple[str | None, FieldError | None]:
    side, why = side_of(text)
    return side, (None if side else FieldError(field, why, text=(text or "").strip()))
