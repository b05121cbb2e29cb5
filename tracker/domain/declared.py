"""Dividends Alibaba declared, as one listing's holder receives them.

A **payout** is what a listing goes ex on one day: the parts (annual, special) declared for the same
ex-date added up, per unit of the listing (per ADS on BABA, per ordinary share on 9988.HK, in US
dollars on both). A unit held at the end of the day before the ex-date is entitled: one bought on
the ex-date comes without the dividend, one sold on the ex-date keeps it. The Hong Kong line can go
ex a day before the ADS; where no source gives its own ex-date, the ADS ex-date stands in and the
payout says so.

A dividend the user records belongs to the payout whose ex-date is on or before its date and at most
`PAYMENT_WINDOW_DAYS` earlier (Alibaba has paid within about a month of the ex-date).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from tracker.domain import sourcing
from tracker.domain.model import DeclaredDividend

ADS, ORD = "ADS", "ORD"
PAYMENT_WINDOW_DAYS = 60
CENT = Decimal("0.01")


@dataclass(frozen=True)
class Payout:
    ex_date: date
    parts: tuple[DeclaredDividend, ...]     # annual first, then special
    unit_kind: str                           # ADS or ORD
    ex_date_assumed: bool                    # an HK payout dated by the ADS ex-date (none sourced)

    @property
    def per_unit_usd(self) -> Decimal:
        return sum((per_unit(d, self.unit_kind) for d in self.parts), Decimal(0))

    @property
    def fiscal_year(self) -> str:
        return self.parts[0].fiscal_year

    @property
    def title(self) -> str:
        """'FY2025 annual + special dividend'."""
        return f"{self.fiscal_year} {' + '.join(d.kind for d in self.parts)} dividend"

    @property
    def pay_date(self) -> date | None:
        dates = {d.pay_date for d in self.parts}
        return dates.pop() if len(dates) == 1 else None

    @property
    def record_date(self) -> date | None:
        dates = {d.record_date for d in self.parts}
        return dates.pop() if len(dates) == 1 else None

    @property
    def source_quality(self) -> str:
        qualities = {d.source_quality for d in self.parts}
        if sourcing.SECONDARY in qualities:
            return sourcing.SECONDARY
        return sourcing.PRIMARY if qualities == {sourcing.PRIMARY} else ""

    def entitled_on(self) -> date:
        """The day whose closing holding receives the payout: the day before the ex-date."""
        return self.ex_date - timedelta(days=1)

    def gross_for(self, units: Decimal) -> Decimal:
        return (self.per_unit_usd * units).quantize(CENT)


def per_unit(dividend: DeclaredDividend, unit_kind: str) -> Decimal:
    return dividend.per_ads_usd if unit_kind == ADS else dividend.per_share_usd


def payouts(declared: list[DeclaredDividend], unit_kind: str) -> list[Payout]:
    """The listing's payouts, oldest first: parts with the same ex-date on that listing combined."""
    by_day: dict[date, list[DeclaredDividend]] = {}
    assumed: set[date] = set()
    for d in declared:
        day = d.ex_date
        if unit_kind == ORD:
            day = d.hk_ex_date or d.ex_date
            if d.hk_ex_date is None:
                assumed.add(day)
        by_day.setdefault(day, []).append(d)
    return [Payout(day, tuple(sorted(parts, key=lambda d: d.kind != "annual")), unit_kind, day in assumed)
            for day, parts in sorted(by_day.items())]


def payout_for(listing_payouts: list[Payout], day: date) -> Payout | None:
    """The payout a dividend received on `day` belongs to (see the module docstring), or None."""
    candidates = [p for p in listing_payouts
                  if p.ex_date <= day <= p.ex_date + timedelta(days=PAYMENT_WINDOW_DAYS)]
    return candidates[-1] if candidates else None


def nearest(listing_payouts: list[Payout], day: date) -> Payout | None:
    """The payout whose ex-date is closest to `day` (for telling the user where the dividends are)."""
    return min(listing_payouts, key=lambda p: abs((p.ex_date - day).days), default=None)
