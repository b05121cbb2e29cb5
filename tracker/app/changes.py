"""What a change touched, so that each view refreshes only what depends on it.

Every facade operation records one, and so does the watcher that notices another process's
commit; the window routes them to its views (the shape of Anki's `OpChanges`).
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Changes:
    activities: frozenset[str] = frozenset()   # listings whose trades, dividends, fees, conversions or transfers changed
    prices: frozenset[str] = frozenset()       # series whose bars changed
    reference: bool = False                    # earnings, buybacks and other bundled or entered facts
    settings: bool = False
    everything: bool = False                   # another file, a restore: reload it all
    accounts: bool = False                     # an account was added, renamed or removed

    def __bool__(self) -> bool:
        return bool(self.activities or self.prices or self.reference or self.settings or self.everything
                    or self.accounts)

    def __or__(self, other: "Changes") -> "Changes":
        return Changes(self.activities | other.activities, self.prices | other.prices,
                       self.reference or other.reference, self.settings or other.settings,
                       self.everything or other.everything, self.accounts or other.accounts)

    def touches_prices(self, symbol: str) -> bool:
        return self.everything or symbol in self.prices

    def touches_activities(self) -> bool:
        return self.everything or bool(self.activities)

    def touches_accounts(self) -> bool:
        """The accounts themselves (their names in a filter or a dialog); what belongs to them is
        `activities`."""
        return self.everything or self.accounts

    @classmethod
    def from_kinds(cls, kinds: set[str]) -> "Changes":
        """From the `revisions` counters that moved (`activities:BABA`, `prices:9988.HK`, ...)."""
        activities = frozenset(k.split(":", 1)[1] for k in kinds if k.startswith("activities:"))
        prices = frozenset(k.split(":", 1)[1] for k in kinds if k.startswith("prices:"))
        return cls(activities, prices, "reference" in kinds, "settings" in kinds, accounts="accounts" in kinds)


EVERYTHING = Changes(everything=True)
NOTHING = Changes()
