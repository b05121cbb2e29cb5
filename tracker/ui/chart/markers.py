"""Records the chart draws on top of the prices: the user's trades and company events.

Plain data so the window can build them from the app's records without the chart knowing about
the database or the facade.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Callable

BUY = "buy"
SELL = "sell"

DIVIDEND = "dividend"
EARNINGS = "earnings"
BUYBACK = "buyback"
MOVE = "move"           # the user's conversions (ADS <-> HK) and transfers between accounts
EVENT_KINDS = (DIVIDEND, EARNINGS, BUYBACK, MOVE)


@dataclass(frozen=True)
class TradeMarker:
    """One trade drawn at its bar and price: an up triangle for a buy, a down triangle for a sell,
    bigger for a bigger quantity. `when` is a date (daily charts) or a naive exchange-local datetime;
    hovering the marker shows `label`, or what `describe()` says (worded only when hovered: a
    hundred thousand trades need not be worded to be drawn)."""
    when: date | datetime
    side: str
    price: float
    quantity: float
    label: str = ""
    describe: Callable[[], str] | None = field(default=None, compare=False, repr=False)

    def __post_init__(self):
        if self.side not in (BUY, SELL):
            raise ValueError(f"side: expected 'buy' or 'sell', got {self.side!r}")

    @property
    def hover_text(self) -> str:
        return self.describe() if self.describe is not None else self.label


@dataclass(frozen=True)
class EventMarker:
    """A dated company event (a dividend, an earnings release, the end of a buyback quarter).
    `title` is the short line shown on hover, `detail` the lines under it. A `hollow` marker is
    drawn as an outline: a declared ex-dividend date beside the filled dividends the user received."""
    when: date
    title: str
    detail: str = ""
    hollow: bool = False
