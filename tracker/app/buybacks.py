"""BuybackService (`tracker.buybacks`): Alibaba's repurchases and what they did to the user's stake.

Every figure is defined in `tracker.domain.buyback`; this module gathers the inputs (quarters from
the database, holdings from the ledger, BABA closes) and keeps user corrections apart from bundled
data.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from tracker.domain import buyback as bb
from tracker.domain import checks
from tracker.domain.money import MAX_AMOUNT, MAX_QUANTITY
from tracker.domain.model import BuybackProgram, BuybackQuarter, FieldError
from tracker.errors import TrackerError, ValidationError
from tracker.store import buybacks as store

PRICE_SYMBOL = "BABA"   # market cap = BABA close × outstanding ADS


@dataclass(frozen=True)
class Stake:
    """The user's slice of Alibaba on `as_of` and how it got there (definitions: domain.buyback)."""
    as_of: date
    held_ads_equiv: Decimal
    outstanding_ads: Decimal | None
    outstanding_as_of: date | None          # the quarter end that count was reported for
    ownership_fraction: Decimal | None
    first_buy_date: date | None
    accretion_since_first_buy: Decimal | None
    change_since_first_buy: bb.OwnershipChange | None
    # quarters that ended after that count (by as_of) and report none: the count may be stale (their
    # notes say what is known, e.g. new shares placed)
    uncounted_since: tuple[BuybackQuarter, ...] = ()
    # the earliest quarter end with a count (by as_of): a first buy before it has no accretion
    first_outstanding_as_of: date | None = None

    @property
    def ownership_per_billion(self) -> Decimal | None:
        return bb.per_billion(self.ownership_fraction)


@dataclass(frozen=True)
class BuybackReport:
    as_of: date
    quarters: list[bb.QuarterFigures]       # quarters that ended on or before as_of, ascending
    stake: Stake
    runway: bb.Runway
    programs: list[BuybackProgram]


class BuybackService:
    def __init__(self, tracker):
        self._t = tracker

    # --- facts -----------------------------------------------------------------------------------
    def quarters(self) -> list[BuybackQuarter]:
        return store.load_quarters(self._t.db)

    def quarter(self, quarter_end: date) -> BuybackQuarter | None:
        return store.get_quarter(self._t.db, quarter_end)

    def programs(self) -> list[BuybackProgram]:
        return store.load_programs(self._t.db)

    def first_reported(self) -> date | None:
        """The earliest quarter end with a shares-outstanding count (ownership is unknown before)."""
        ends = [q.quarter_end for q in self.quarters() if q.outstanding_ads is not None]
        return min(ends) if ends else None

    # --- user additions and corrections ------------------------------------------------------------
    def check_quarter(self, q: BuybackQuarter) -> list[FieldError]:
        errors = []
        problem = bb.check_quarter_end(q.quarter_end)
        if problem:
            errors.append(FieldError("quarter_end", problem, text=q.quarter_end.isoformat()))
        elif q.quarter_end > self._t.today():
            errors.append(FieldError("quarter_end", "that quarter has not ended yet",
                                     text=q.quarter_end.isoformat()))
        for name, limit in (("amount_usd", MAX_AMOUNT), ("shares_repurchased_ads", MAX_QUANTITY),
                            ("outstanding_ads", MAX_QUANTITY), ("remaining_usd", MAX_AMOUNT)):
            value = getattr(q, name)
            bounds = [] if value is None else checks.bounded(value, name, limit)
            errors += bounds
            if not bounds and value is not None and value < 0 and name != "outstanding_ads":
                errors.append(FieldError(name, "must not be negative", text=str(value)))
        if q.outstanding_ads is not None and q.outstanding_ads.is_finite() and q.outstanding_ads <= 0:
            errors.append(FieldError("outstanding_ads", "must be more than zero", text=str(q.outstanding_ads)))
        if all(getattr(q, n) is None for n in ("amount_usd", "shares_repurchased_ads", "outstanding_ads", "remaining_usd")):
            errors.append(FieldError("amount_usd", "enter at least one figure for the quarter"))
        return errors

    def save_quarter(self, q: BuybackQuarter) -> BuybackQuarter:
        """Add a quarter, or correct one. A corrected bundled quarter becomes 'edited', a new one
        'user'; neither is ever overwritten by bundled data again."""
        errors = self.check_quarter(q)
        if errors:
            raise ValidationError(errors)
        with self._t.write():
            old = store.get_quarter(self._t.db, q.quarter_end)
            origin = store.USER if old is None or old.origin == store.USER else store.EDITED
            # a corrected quarter keeps saying how good the published figures' source was
            quality = q.source_quality or (old.source_quality if origin == store.EDITED else "")
            return store.save_quarter(self._t.db, replace(q, origin=origin, id=old.id if old else None,
                                                          source_quality=quality))

    def revert_quarter(self, quarter_end: date) -> BuybackQuarter | None:
        """Undo the user's version: an edited quarter gets its bundled figures back, a quarter the user
        added is removed (returns None then)."""
        old = self.quarter(quarter_end)
        if old is None:
            raise TrackerError(f"quarter_end: no buyback figures for {quarter_end}")
        if old.origin == store.BUNDLED:
            return old
        bundled = store.bundled_quarter(quarter_end)
        with self._t.write():
            if bundled is None:
                store.delete_quarter(self._t.db, quarter_end)
                return None
            return store.save_quarter(self._t.db, replace(bundled, id=old.id))

    # --- figures -----------------------------------------------------------------------------------
    def report(self, as_of: date | None = None) -> BuybackReport:
        as_of = as_of or self._t.today()
        quarters = [q for q in self.quarters() if q.quarter_end <= as_of]
        held = {q.quarter_end: self._t.ads_equivalent_held(q.quarter_end) for q in quarters}
        closes = {q.quarter_end: self._close(q.quarter_end) for q in quarters}
        return BuybackReport(
            as_of=as_of,
            quarters=bb.quarter_figures(quarters, held, closes),
            stake=self.stake(as_of, quarters),
            runway=bb.runway(quarters, as_of),
            programs=[p for p in self.programs() if p.announced <= as_of],
        )

    def stake(self, as_of: date, quarters: list[BuybackQuarter] | None = None) -> Stake:
        quarters = self.quarters() if quarters is None else quarters
        held = self._t.ads_equivalent_held(as_of)
        now = bb.outstanding_on(quarters, as_of)
        first = self._t.first_buy_date()
        if first is not None and first > as_of:
            first = None
        return Stake(
            as_of=as_of,
            held_ads_equiv=held,
            outstanding_ads=now[1] if now else None,
            outstanding_as_of=now[0] if now else None,
            ownership_fraction=bb.ownership_fraction(held, now[1] if now else None),
            first_buy_date=first,
            accretion_since_first_buy=self.accretion_since(first, as_of, quarters) if first else None,
            change_since_first_buy=self.ownership_change(first, as_of, quarters) if first else None,
            uncounted_since=tuple(q for q in quarters if now and now[0] < q.quarter_end <= as_of
                                  and q.outstanding_ads is None),
            first_outstanding_as_of=_first_counted(quarters, as_of),
        )

    def accretion_since(self, start: date, as_of: date | None = None,
                        quarters: list[BuybackQuarter] | None = None) -> Decimal | None:
        """S(start) / S(as_of) − 1; None when no count was reported on or before `start`."""
        quarters = self.quarters() if quarters is None else quarters
        as_of = as_of or self._t.today()
        then, now = bb.outstanding_on(quarters, start), bb.outstanding_on(quarters, as_of)
        return bb.accretion(then[1] if then else None, now[1] if now else None)

    def ownership_change(self, start: date, end: date | None = None,
                         quarters: list[BuybackQuarter] | None = None) -> bb.OwnershipChange | None:
        """The change in ownership from `start` to `end`, split into buybacks and the user's trades."""
        points = self.ownership_points(start, end or self._t.today(), quarters)
        if not points or points[0].day != start:
            return None
        return bb.decompose_ownership_change(points)

    def ownership_points(self, start: date, end: date,
                         quarters: list[BuybackQuarter] | None = None) -> list[bb.OwnershipPoint]:
        """Holding and share count at `start`, every trade day and reported quarter end in between,
        and `end` — the days the ownership fraction can change. Days before the first reported
        share count are left out."""
        if start > end:
            return []
        quarters = self.quarters() if quarters is None else quarters
        days = {start, end}
        days.update(t.trade_date for t in self._t.trades() if start < t.trade_date < end)
        days.update(q.quarter_end for q in quarters
                    if q.outstanding_ads is not None and start < q.quarter_end < end)
        points = []
        for day in sorted(days):
            count = bb.outstanding_on(quarters, day)
            if count is not None:
                points.append(bb.OwnershipPoint(day, self._t.ads_equivalent_held(day), count[1]))
        return points

    def _close(self, day: date) -> tuple[date, Decimal] | None:
        found = self._t.close_on_or_before(PRICE_SYMBOL, day)
        return (found[0], Decimal(str(found[1]))) if found else None

    # --- for the price chart -----------------------------------------------------------------------
    def chart_markers(self) -> list[BuybackMarker]:
        """Each quarter end with figures and each program announcement, by date."""
        markers = [BuybackMarker(q.quarter_end, quarter=q) for q in self.quarters()
                   if not (q.amount_usd is None and q.outstanding_ads is None and q.shares_repurchased_ads is None)]
        markers += [BuybackMarker(p.announced, program=p) for p in self.programs()]
        return sorted(markers, key=lambda m: m.day)


def _first_counted(quarters: list[BuybackQuarter], as_of: date) -> date | None:
    ends = [q.quarter_end for q in quarters if q.outstanding_ads is not None and q.quarter_end <= as_of]
    return min(ends) if ends else None


@dataclass(frozen=True)
class BuybackMarker:
    """A buyback quarter end (`quarter`) or a program announcement (`program`) on the price chart."""
    day: date
    quarter: BuybackQuarter | None = None
    program: BuybackProgram | None = None

    @property
    def fiscal_label(self) -> str:
        """FY2024Q3: Alibaba's fiscal quarter of the quarter end."""
        return bb.fiscal_label(self.day)


# --- short descriptions (the command line; the window words its own) ---------------------------------
def usd_compact(value: Decimal | None) -> str:
    """US$2.9bn, US$241M, US$1,160.46; '?' when unknown."""
    if value is None:
        return "?"
    if abs(value) >= bb.BILLION:
        return f"US${_trim(value / bb.BILLION)}bn"
    if abs(value) >= 1_000_000:
        return f"US${_trim(value / 1_000_000)}M"
    return f"US${value:,.2f}"


def count_compact(value: Decimal | None) -> str:
    """2,499M, 36.6M, 14.875M; '?' when unknown."""
    if value is None:
        return "?"
    if abs(value) >= 1_000_000:
        return f"{_trim(value / 1_000_000, grouped=True)}M"
    return _trim(value, grouped=True)


def _trim(value: Decimal, grouped: bool = False) -> str:
    q = value.quantize(Decimal("0.001")).normalize()
    places = max(0, -q.as_tuple().exponent)
    return f"{q:,.{places}f}" if grouped else f"{q:.{places}f}"


def missing_pace_text(r: bb.Runway) -> str:
    """'1 of the 4 quarters to 2025-09-30 has no amount'."""
    n = len(r.missing_quarters)
    return f"{n} of the 4 quarters to {r.pace_quarter_end} {'has' if n == 1 else 'have'} no amount"
