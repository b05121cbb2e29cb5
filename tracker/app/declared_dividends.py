"""DeclaredDividendService (`tracker.declared_dividends`): the dividends Alibaba declared, what one
of them comes to on the user's holding, and their ex-dates for the chart.

Definitions (also in README's glossary):

- **Declared amount**: the US-dollar amount per ADS (BABA) or per ordinary share (9988.HK) of every
  part (annual, special) that goes ex on the same day.
- **Units entitled**: units of the listing held at the end of the day before the ex-date.
- **Proposed gross**: declared amount × units entitled, to the cent, in US dollars (Alibaba pays
  in US dollars on both listings).
- A dividend belongs to the payout whose ex-date is on or before its date and at most
  `declared.PAYMENT_WINDOW_DAYS` days earlier; outside every such window it gets a warning, and so
  does one on a payout for which the user held nothing.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from tracker.domain import declared
from tracker.domain.declared import Payout
from tracker.domain.money import HKD_PER_USD, quantize_cost
from tracker.domain.model import DeclaredDividend, Dividend
from tracker.store import declared_dividends as store


@dataclass(frozen=True)
class DividendProposal:
    """What the bundled facts say about a dividend of `symbol` received on `day`."""
    symbol: str
    day: date
    payout: Payout | None              # the payout it belongs to, None when none is near
    units: Decimal                     # entitled to `payout` (0 without one)
    gross: Decimal | None              # proposed gross in US dollars
    nearest: Payout | None = None      # without a payout: the one whose ex-date is nearest `day`

    @property
    def held_none(self) -> bool:
        """A payout, but no unit of the listing held at its ex-date: nothing to receive."""
        return self.payout is not None and self.units == 0

    @property
    def unit_word(self) -> str:
        return "ADS" if self.payout is None or self.payout.unit_kind == declared.ADS else "shares"

    def gross_in(self, currency: str) -> Decimal | None:
        """The proposed gross in `currency`: US dollars as declared, Hong Kong dollars at the peg
        (the band of 7.75–7.85 is nothing beside the factor of two judged); None in any other."""
        if self.gross is None:
            return None
        if currency == "USD":
            return self.gross
        return quantize_cost(self.gross * HKD_PER_USD) if currency == "HKD" else None

    def gross_far_off(self, gross: Decimal, currency: str) -> bool:
        """Whether a gross of `gross` (in `currency`) is over twice, or under half, what the payout
        pays on the units held at its ex-date: a digit too many, the amount per unit typed as the
        total, or US dollars typed as Hong Kong dollars (1/7.8 of the amount)."""
        expected = self.gross_in(currency)
        if not expected or not self.units:
            return False
        return gross > 2 * expected or 2 * gross < expected


class DeclaredDividendService:
    def __init__(self, tracker):
        self._t = tracker

    def declared(self) -> list[DeclaredDividend]:
        return store.load(self._t.db)

    def payouts(self, symbol: str) -> list[Payout]:
        """The listing's payouts; none for a series that is not an Alibaba listing (FX, a benchmark)."""
        listing = next((i for i in self._t.instruments() if i.symbol == symbol), None)
        return [] if listing is None else declared.payouts(self.declared(), listing.kind)

    def proposal(self, symbol: str, day: date, account: int | None = None) -> DividendProposal:
        """The payout a dividend of `symbol` received on `day` belongs to, the units entitled to it
        (held in `account`, or in every account: None) and the gross that makes; without a payout,
        the nearest one (the window warns of both cases)."""
        listing = self.payouts(symbol)
        payout = declared.payout_for(listing, day)
        if payout is None:
            return DividendProposal(symbol, day, None, Decimal(0), None, declared.nearest(listing, day))
        units = self._t.holdings_on(payout.entitled_on(), account).get(symbol, Decimal(0))
        return DividendProposal(symbol, day, payout, units, payout.gross_for(units))

    def recorded_already(self, dividend: Dividend, payout: Payout | None) -> list[Dividend]:
        """The other dividends of the same listing and account that belong to `payout` (the one
        `dividend` belongs to): a payout recorded twice counts its cash twice."""
        if payout is None:
            return []
        listing = self.payouts(dividend.symbol)
        return [d for d in self._t.dividends(dividend.symbol)
                if d.id != dividend.id and d.account_id == dividend.account_id
                and declared.payout_for(listing, d.pay_date) == payout]

