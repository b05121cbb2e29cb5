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

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from tracker.domain import declared, sourcing
from tracker.domain.declared import Payout
from tracker.domain.model import DeclaredDividend
from tracker.store import declared_dividends as store


@dataclass(frozen=True)
class DividendProposal:
    """What the bundled facts say about a dividend of `symbol` received on `day`."""
    symbol: str
    day: date
    payout: Payout | None              # the payout it belongs to, None when none is near
    units: Decimal                     # entitled to `payout` (0 without one)
    gross: Decimal | None              # proposed gross in US dollars
    warnings: tuple[str, ...] = field(default_factory=tuple)

    @property
    def unit_word(self) -> str:
        return "ADS" if self.payout is None or self.payout.unit_kind == declared.ADS else "shares"


def usd(value: Decimal) -> str:
    return f"US${value:,.2f}" if value == value.quantize(Decimal("0.01")) else f"US${value.normalize():,f}"


def payout_detail(p: Payout) -> str:
    """'US$2.00 per ADS (annual US$1.05 + special US$0.95); record date 2025-06-12; pay date not sourced'."""
    unit = "ADS" if p.unit_kind == declared.ADS else "share"
    amounts = f"{usd(p.per_unit_usd)} per {unit}"
    if len(p.parts) > 1:
        amounts += " (" + " + ".join(f"{d.kind} {usd(declared.per_unit(d, p.unit_kind))}" for d in p.parts) + ")"
    dates = [f"record date {p.record_date.isoformat()}" if p.record_date else "record date not sourced",
             f"pay date {p.pay_date.isoformat()}" if p.pay_date else "pay date not sourced"]
    if p.ex_date_assumed:
        dates.append("Hong Kong ex-date not sourced: the ADS ex-date is shown")
    quality = sourcing.label(p.source_quality)
    return "; ".join([amounts, *dates] + ([quality] if quality else []))


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
        (held in `account`, or in every account: None) and the gross that makes, with a warning
        when there is no such payout or nothing was held."""
        listing = self.payouts(symbol)
        payout = declared.payout_for(listing, day)
        if payout is None:
            return DividendProposal(symbol, day, None, Decimal(0), None, (self._none_near(listing, day),))
        units = self._t.holdings_on(payout.entitled_on(), account).get(symbol, Decimal(0))
        warnings = ()
        if units == 0:
            warnings = (f"You held no {symbol} at the {payout.title}'s ex-date "
                        f"{payout.ex_date.isoformat()}: only units held before the ex-date receive it.",)
        return DividendProposal(symbol, day, payout, units, payout.gross_for(units), warnings)

    def _none_near(self, listing: list[Payout], day: date) -> str:
        text = (f"No dividend Alibaba declared went ex in the {declared.PAYMENT_WINDOW_DAYS} days up to "
                f"{day.isoformat()}")
        near = declared.nearest(listing, day)
        if near is not None:
            text += f"; the nearest is the {near.title} (ex-date {near.ex_date.isoformat()})"
        return text + "."

    def chart_markers(self, symbol: str) -> list[tuple[date, str, str]]:
        """(ex-date, title, detail) of every payout on `symbol`."""
        return [(p.ex_date, f"Ex-dividend: {p.title}", payout_detail(p)) for p in self.payouts(symbol)]
