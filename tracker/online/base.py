"""What every provider gives back, and the one method each implements."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from tracker.importers.prices import ParsedBars
from tracker.online.http import HttpOptions

DIVIDEND, SPLIT = "dividend", "split"


@dataclass(frozen=True)
class ProviderEvent:
    """A dividend or split a provider reported: a suggestion for the user, never applied as is."""
    symbol: str
    kind: str                      # DIVIDEND or SPLIT
    day: date                      # ex-date of a dividend, effective day of a split
    amount: float | None = None    # dividend per unit, in the listing's currency as the provider says
    numerator: float | None = None     # split numerator:denominator (8:1 → 8, 1)
    denominator: float | None = None

    def describe(self) -> str:
        if self.kind == DIVIDEND:
            return f"{self.symbol} dividend of {self.amount:g} per unit, ex-date {self.day}"
        return f"{self.symbol} split {self.numerator:g}:{self.denominator:g} on {self.day}"


@dataclass
class Fetched:
    """One series as a provider answered it: bars validated like a price file, and its events."""
    provider: str
    symbol: str                    # the series in the database
    remote: str                    # the provider's name for it
    url: str
    bars: ParsedBars
    events: list[ProviderEvent] = field(default_factory=list)
    parse_seconds: float = 0.0     # of the time fetch_daily took, how much went into parsing


class Provider(Protocol):
    name: str

    def fetch_daily(self, symbol: str, start: date, end: date,
                    should_cancel: Callable[[], bool] | None = None) -> Fetched:
        """Daily bars of `symbol` from `start` to `end` (both included); ProviderError when the
        provider cannot be reached, does not know the symbol or answers in another shape."""
        ...


def base_url(url: str) -> str:
    return url.rstrip("/")
