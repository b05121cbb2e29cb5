"""Alibaba's results releases: the stored events, the next release, and what each one did to the
user's position.

Figures users see (all defined here):

- **Reaction** of a listing to a release: the close on the first session that trades after the
  release divided by the close of the last session before it, minus one (a fraction: -0.0914 is
  -9.14%). Release dates are US Eastern dates. On NYSE (BABA) a release before the open reacts the
  same day and one after the close reacts the next session. On HKEX (9988.HK) both kinds react on
  the next Hong Kong session after the release date: a before-the-US-open release goes out around
  06:30 New York time, which is 18:30-19:30 in Hong Kong, after HKEX has closed at 16:00; an
  after-the-US-close release goes out around 04:00-05:00 the next morning in Hong Kong, so that
  day's session trades after it and the session of the release date itself traded before it.
  A release whose session no source gives is taken as before the US open, as every sourced Alibaba
  release was. Sessions come from the NYSE (XNYS) and HKEX (XHKG) calendars of `exchange_calendars`,
  so weekends and holidays are skipped; when the market did not trade on a scheduled session (a
  typhoon closure), the next session with a close is used, at most `MAX_SESSION_GAP` sessions on.
- **Position impact** of a reaction: units of the listing held at the end of the session before the
  release x (close after - close before), i.e. reaction x close before x units, in the listing's
  currency (USD for BABA, HKD for 9988.HK).
- **Typical move**: the average absolute reaction over the last `TYPICAL_MOVE_RESULTS` releases with
  a reaction on that listing; in money, typical move x the latest close x the units held today.
- **Reported figure** (revenue, diluted EPS per ADS, non-GAAP diluted EPS per ADS): the RMB figure
  when it is on file, else the US-dollar one (some sources quote only US$). Always shown with its
  currency, "RMB" or "US$".
- **Revenue YoY / EPS YoY**: this quarter's reported figure / the same fiscal quarter a year earlier
  in the same currency - 1 (none when the earlier quarter has no figure in that currency: RMB and
  US$ are never compared, so exchange-rate moves never pass for growth).
- **Surprise**: actual / consensus - 1, in the currency the consensus is quoted in (RMB or US$),
  when the actual is on file in that same currency; for EPS the actual is non-GAAP diluted EPS per
  ADS, the figure analysts forecast. Consensus vendors differ from row to row (see each row's note).
- **Next release**: the earliest stored release on or after today; else the first quarter after
  the last release on file whose estimated date (`fiscal.estimate_release`, moved to the next NYSE
  session) is today or later, labelled estimated until the user enters the announced date.
"""
from __future__ import annotations

from typing import Callable

import re
import warnings
from bisect import bisect_left
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from statistics import fmean
from zoneinfo import ZoneInfo

from tracker.app import session_cache
from tracker.domain import checks, fiscal
from tracker.domain.fiscal import FiscalQuarter
from tracker.domain.money import MAX_AMOUNT
from tracker.domain.model import EarningsEvent, FieldError
from tracker.domain.money import market_price, quantize_money
from tracker.errors import TrackerError, ValidationError
from tracker.store import earnings as store

BEFORE, AFTER = "before", "after"
SESSIONS = (BEFORE, AFTER)
NEW_YORK = ZoneInfo("America/New_York")
HONG_KONG = ZoneInfo("Asia/Hong_Kong")
# Typical release times in New York: the sourced press-release timestamps of before-the-open releases
# fall between 06:24 and 06:45 ET; an after-the-close release would follow the 16:00 close.
RELEASE_TIME = {BEFORE: time(6, 30), AFTER: time(16, 5)}
LISTINGS = {"BABA": "XNYS", "9988.HK": "XHKG"}
TYPICAL_MOVE_RESULTS = 8
MAX_SESSION_GAP = 3
REMINDER_KEY = "earnings_reminder_days"
REMINDED_KEY = "earnings_reminded"
ORIGINS = (store.BUNDLED, store.EDITED, store.USER)
# Each stored figure and the command-line option that sets it (named in refusals).
FIGURE_OPTIONS = {"revenue_rmb_bn": "revenue", "eps_diluted_rmb": "eps", "eps_non_gaap_rmb": "eps-non-gaap",
                  "revenue_usd_bn": "revenue-usd", "eps_diluted_usd": "eps-usd",
                  "eps_non_gaap_usd": "eps-non-gaap-usd", "consensus_eps_rmb": "eps-estimate"}
RMB, USD = "RMB", "USD"
CURRENCY_LABEL = {RMB: "RMB", USD: "US$"}
# figure -> the event's field for it in each currency
FIGURES = {
    "revenue": {RMB: "revenue_rmb_bn", USD: "revenue_usd_bn"},
    "eps_diluted": {RMB: "eps_diluted_rmb", USD: "eps_diluted_usd"},
    "eps_non_gaap": {RMB: "eps_non_gaap_rmb", USD: "eps_non_gaap_usd"},
}


# --- trading calendars ----------------------------------------------------------------------------
class TradingCalendar:
    """Sorted session dates of one exchange, with the look-ups the reaction rules need."""

    def __init__(self, sessions: list[date]):
        self.sessions = sessions
        self._index = {d: i for i, d in enumerate(sessions)}

    def _pos(self, day: date) -> int:
        return bisect_left(self.sessions, day)

    def has_session(self, day: date) -> bool:
        return day in self._index

    def covers(self, day: date) -> bool:
        return bool(self.sessions) and self.sessions[0] <= day <= self.sessions[-1]

    def first_on_or_after(self, day: date) -> date | None:
        i = self._pos(day)
        return self.sessions[i] if i < len(self.sessions) else None

    def first_after(self, day: date) -> date | None:
        return self.first_on_or_after(day + timedelta(days=1))

    def last_before(self, day: date) -> date | None:
        i = self._pos(day)
        return self.sessions[i - 1] if i > 0 else None

    def last_on_or_before(self, day: date) -> date | None:
        return self.last_before(day + timedelta(days=1))

    def step(self, day: date, offset: int) -> date | None:
        i = self._index.get(day)
        if i is None or not 0 <= i + offset < len(self.sessions):
            return None
        return self.sessions[i + offset]


@lru_cache(maxsize=None)
def trading_calendar(exchange: str) -> TradingCalendar:
    """XNYS or XHKG sessions from 2014 to three years past the real date (built once per process,
    read from `session_cache` when an earlier process built them)."""
    end = date.today() + timedelta(days=3 * 366)
    return TradingCalendar(session_cache.sessions(exchange, end, lambda last: _build_sessions(exchange, last)))


def _build_sessions(exchange: str, end: date) -> list[date]:
    import exchange_calendars
    with warnings.catch_warnings():      # the package's own pandas deprecation notices
        warnings.simplefilter("ignore")
        cal = exchange_calendars.get_calendar(exchange, start="2014-01-01", end=end.isoformat())
        return [ts.date() for ts in cal.sessions]


# --- reactions --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Reaction:
    """How one listing moved across one release; see the module docstring for the definitions."""
    symbol: str
    currency: str
    before_date: date
    before_close: float
    after_date: date
    after_close: float
    units: Decimal                 # held at the end of `before_date`
    impact: Decimal                # units x (after_close - before_close), in `currency`

    @property
    def fraction(self) -> float:
        return self.after_close / self.before_close - 1.0


def reaction_sessions(release: date, session: str | None, exchange: str,
                      calendar: TradingCalendar) -> tuple[date | None, date | None]:
    """(last session before the release, first session after it) on `exchange`'s calendar."""
    if exchange == "XNYS" and session != AFTER:
        return calendar.last_before(release), calendar.first_on_or_after(release)
    return calendar.last_on_or_before(release), calendar.first_after(release)


def _traded(day: date | None, direction: int, closes: dict[date, float],
            calendar: TradingCalendar) -> date | None:
    """`day`, or the nearest session in `direction` that has a close (markets closed by a typhoon)."""
    for _ in range(MAX_SESSION_GAP + 1):
        if day is None:
            return None
        if day in closes:
            return day
        day = calendar.step(day, direction)
    return None


def reaction_closes(release: date, session: str | None, exchange: str, closes: dict[date, float],
                    calendar: TradingCalendar) -> tuple[date, float, date, float] | None:
    """(before date, before close, after date, after close) from plain closes, or None when the
    prices do not cover both sides of the release."""
    planned_before, planned_after = reaction_sessions(release, session, exchange, calendar)
    before = _traded(planned_before, -1, closes, calendar)
    after = _traded(planned_after, +1, closes, calendar)
    if before is None or after is None or not closes[before] > 0:
        return None
    return before, closes[before], after, closes[after]


def money_impact(units: Decimal, before_close: float, after_close: float) -> Decimal:
    """Units x price change on the 4-decimal prices the ledger uses, rounded half-even to the cent
    once (raw float closes such as 73.550003 would put it a cent off)."""
    return quantize_money(units * (market_price(after_close) - market_price(before_close)))


# --- records the panel and the command line show --------------------------------------------------
@dataclass(frozen=True)
class Result:
    """One release with everything derived from it."""
    event: EarningsEvent
    quarter: FiscalQuarter
    session_assumed: bool          # no source gives the session: taken as before the US open
    changes: dict[str, Change | None]   # "revenue_yoy", "eps_diluted_yoy", "eps_non_gaap_yoy",
                                        # "revenue_surprise", "eps_surprise"
    reactions: dict[str, Reaction | None]

    @property
    def label(self) -> str:
        return self.quarter.label

    def reported(self, figure: str) -> Amount | None:
        return reported(self.event, figure)

    def change(self, name: str) -> float | None:
        found = self.changes.get(name)
        return None if found is None else found.fraction

    def change_currency(self, name: str) -> str | None:
        found = self.changes.get(name)
        return None if found is None else found.currency

    def surprise_text(self, percent: Callable[[float], str], revenue_word: str = "rev") -> str:
        """`RMB rev +2.3% · EPS +30.1%`, `US$ rev +5.6% · EPS +51.2%`, or mixed `RMB rev +2.9% · US$
        EPS +28.3%`: each surprise labelled with the currency its two sides are in (the window
        passes its own word for revenue)."""
        parts, shown = [], None
        for name, word in (("revenue_surprise", revenue_word), ("eps_surprise", "EPS")):
            currency = self.change_currency(name)
            if currency is None:
                continue
            label = CURRENCY_LABEL[currency]
            parts.append(("" if label == shown else f"{label} ") + f"{word} {percent(self.change(name))}")
            shown = label
        return " · ".join(parts)

    @property
    def revenue_yoy(self) -> float | None:
        return self.change("revenue_yoy")

    @property
    def eps_diluted_yoy(self) -> float | None:
        return self.change("eps_diluted_yoy")

    @property
    def eps_non_gaap_yoy(self) -> float | None:
        return self.change("eps_non_gaap_yoy")

    @property
    def revenue_surprise(self) -> float | None:
        return self.change("revenue_surprise")

    @property
    def eps_surprise(self) -> float | None:
        return self.change("eps_surprise")

    def reaction(self, symbol: str) -> float | None:
        found = self.reactions.get(symbol)
        return None if found is None else found.fraction


@dataclass(frozen=True)
class NextRelease:
    quarter: FiscalQuarter
    release_date: date
    session: str                   # before / after (assumed before when not known)
    estimated: bool                # True until a stored event gives the date
    event: EarningsEvent | None

    @property
    def moment(self) -> datetime:
        """Typical release time (see RELEASE_TIME) on the release date, New York time."""
        return datetime.combine(self.release_date, RELEASE_TIME[self.session], NEW_YORK)

    def days_until(self, now: datetime) -> int:
        """Calendar days from `now`'s date to the release's date, both in `now`'s time zone."""
        local = self.moment.astimezone(now.tzinfo) if now.tzinfo else self.moment
        return (local.date() - now.date()).days


ESTIMATED, ANNOUNCED = "estimated", "announced"


@dataclass(frozen=True)
class ReleaseMarker:
    """A results release on the price chart: the facts its hover shows, worded by the window."""
    day: date
    quarter: FiscalQuarter
    session: str                                  # before / after the US session
    reactions: tuple[tuple[str, float], ...] = ()  # (listing, share price reaction as a fraction)
    upcoming: str | None = None                   # the next release: ESTIMATED or ANNOUNCED


@dataclass(frozen=True)
class TypicalMove:
    symbol: str
    currency: str
    fraction: float | None         # mean absolute reaction
    count: int                     # reactions averaged (at most TYPICAL_MOVE_RESULTS)
    units: Decimal                 # held today
    last_close: float | None
    money: Decimal | None          # fraction x last_close x units


def _ratio(new: Decimal | None, old: Decimal | None) -> float | None:
    if new is None or old is None or old == 0:
        return None
    if old < 0:            # a change from a loss has no meaningful percentage
        return None
    return float(new / old - 1)


_AMOUNT = re.compile(r"^\s*(RMB|US\$)\s*([0-9][0-9,]*(?:\.[0-9]+)?)\s*(bn|billion)?", re.IGNORECASE)


def parse_amount(text: str | None) -> tuple[str, Decimal] | None:
    """ "RMB246.37bn" -> ("RMB", 246.37); "US$1.41" -> ("USD", 1.41); None for anything else."""
    match = _AMOUNT.match(text or "")
    if not match:
        return None
    currency = "RMB" if match.group(1).upper() == "RMB" else "USD"
    return currency, Decimal(match.group(2).replace(",", ""))


def effective_session(event: EarningsEvent) -> str:
    return event.session if event.session in SESSIONS else BEFORE


# --- reported figures in their currency -------------------------------------------------------------
@dataclass(frozen=True)
class Amount:
    """A reported figure with its currency (RMB or USD); revenue in billions, EPS per ADS."""
    currency: str
    value: Decimal

    @property
    def label(self) -> str:
        return CURRENCY_LABEL[self.currency]


def amount_in(event: EarningsEvent | None, figure: str, currency: str) -> Decimal | None:
    """`figure` of `event` in `currency`, None when not on file."""
    return None if event is None else getattr(event, FIGURES[figure][currency])


def reported(event: EarningsEvent, figure: str) -> Amount | None:
    """The figure a row shows: RMB when on file, else US$ (see the module docstring)."""
    for currency in (RMB, USD):
        value = amount_in(event, figure, currency)
        if value is not None:
            return Amount(currency, value)
    return None


@dataclass(frozen=True)
class Change:
    """A ratio - 1 (year on year, or against the consensus) and the currency both sides are in."""
    fraction: float
    currency: str


def year_on_year(event: EarningsEvent, prior: EarningsEvent | None, figure: str) -> Change | None:
    """Reported figure / the same figure a year earlier in the same currency - 1."""
    now = reported(event, figure)
    if now is None:
        return None
    fraction = _ratio(now.value, amount_in(prior, figure, now.currency))
    return None if fraction is None else Change(fraction, now.currency)


def eps_consensus(event: EarningsEvent) -> tuple[str, Decimal] | None:
    """(currency, consensus non-GAAP EPS per ADS): the RMB number when one was entered, else the
    quoted text read as RMB… or US$…."""
    if event.consensus_eps_rmb is not None:
        return RMB, event.consensus_eps_rmb
    return parse_amount(event.consensus_eps)


def surprise(event: EarningsEvent, figure: str) -> Change | None:
    """Actual / consensus - 1 in the consensus' currency ("revenue" or "eps_non_gaap"); None when the
    actual is not on file in that currency (RMB is never compared with US$)."""
    consensus = parse_amount(event.consensus_revenue) if figure == "revenue" else eps_consensus(event)
    if consensus is None:
        return None
    currency, expected = consensus
    fraction = _ratio(amount_in(event, figure, currency), expected)
    return None if fraction is None else Change(fraction, currency)


# --- the service -------------------------------------------------------------------------------------
class EarningsService:
    """`tracker.earnings`: stored results events, derived figures, the next release, exports."""

    def __init__(self, tracker):
        self.tracker = tracker

    @property
    def db(self):
        return self.tracker.db

    # --- stored events ---------------------------------------------------------------------------
    def events(self) -> list[EarningsEvent]:
        """Every stored event, oldest quarter first."""
        return store.load_events(self.db)

    def event(self, fiscal_period: str) -> EarningsEvent:
        fq = fiscal.parse_period(fiscal_period)
        found = store.get_event(self.db, fq.code) if fq else None
        if found is None:
            raise TrackerError(f"period: no results stored for {fiscal_period!r}")
        return found

    def check(self, event: EarningsEvent, replacing: int | None = None) -> list[FieldError]:
        """Every reason `event` (new, or replacing the row with id `replacing`) would be refused."""
        errors = []
        fq = fiscal.parse_period(event.fiscal_period)
        if fq is None:
            errors.append(FieldError("period", "use the form FY2026Q3 (fiscal years end 31 March)",
                                     text=event.fiscal_period))
        elif event.period_end != fq.end:
            errors.append(FieldError("period_end", f"{fq.code} ends on {fq.end.isoformat()}",
                                     text=str(event.period_end)))
        if event.release_date is not None and event.period_end and event.release_date <= event.period_end:
            errors.append(FieldError("date", "the release comes after the quarter ends "
                                     f"({event.period_end.isoformat()})", text=event.release_date.isoformat()))
        if event.session not in (None, *SESSIONS):
            errors.append(FieldError("session", "use before or after (the US market open)", text=event.session))
        if event.revenue_rmb_bn is not None and event.revenue_rmb_bn <= 0:
            errors.append(FieldError("revenue", "must be more than 0 (RMB billion)", text=str(event.revenue_rmb_bn)))
        if event.revenue_usd_bn is not None and event.revenue_usd_bn <= 0:
            errors.append(FieldError("revenue_usd", "must be more than 0 (US$ billion)",
                                     text=str(event.revenue_usd_bn)))
        if event.consensus_eps_rmb is not None and event.consensus_eps_rmb <= 0:
            errors.append(FieldError("eps_estimate", "must be more than 0 (RMB per ADS)",
                                     text=str(event.consensus_eps_rmb)))
        for name, option in FIGURE_OPTIONS.items():
            value = getattr(event, name)
            if value is not None:
                errors += checks.bounded(value, option, MAX_AMOUNT)
        if event.origin not in ORIGINS:
            errors.append(FieldError("origin", "bundled, edited or user", text=event.origin))
        if fq is not None:
            clash = store.get_event(self.db, fq.code)
            if clash is not None and clash.id != replacing:
                errors.append(FieldError("period", f"{fq.code} is already stored; edit that row instead"))
        return errors

    def normalized(self, event: EarningsEvent) -> EarningsEvent:
        """The canonical period code, and the period end filled in from it."""
        fq = fiscal.parse_period(event.fiscal_period)
        if fq is None:
            return event
        return replace(event, fiscal_period=fq.code, period_end=event.period_end or fq.end)

    def add(self, event: EarningsEvent) -> EarningsEvent:
        """A user-entered event (a newly announced date, estimates, actuals)."""
        event = replace(self.normalized(event), origin=store.USER, id=None)
        errors = self.check(event)
        if errors:
            raise ValidationError(errors)
        with self.tracker.write():
            return store.insert_event(self.db, event)

    def update(self, event: EarningsEvent) -> EarningsEvent:
        """Change a stored event; a bundled row becomes 'edited' and no bundled update touches it again."""
        if event.id is None:
            raise TrackerError("id: an event to update needs its id")
        old = store.get_event_by_id(self.db, event.id)
        if old is None:
            raise TrackerError(f"id: no results event with id {event.id}")
        origin = store.EDITED if old.origin in (store.BUNDLED, store.EDITED) else store.USER
        event = replace(self.normalized(event), origin=origin)
        errors = self.check(event, replacing=event.id)
        if errors:
            raise ValidationError(errors)
        if replace(event, origin=old.origin) == old:
            return old                          # nothing changed: keep it bundled
        with self.tracker.write():
            store.update_event(self.db, event)
        return event

    def delete(self, event_id: int) -> EarningsEvent:
        """Remove a user-entered event. Bundled rows stay (revert an edited one instead)."""
        old = store.get_event_by_id(self.db, event_id)
        if old is None:
            raise TrackerError(f"id: no results event with id {event_id}")
        if old.origin != store.USER:
            raise TrackerError(f"{old.fiscal_period} is bundled reference data and cannot be deleted"
                               + ("; revert it to undo your edit" if old.origin == store.EDITED else ""))
        with self.tracker.write():
            store.delete_event(self.db, event_id)
        return old

    def restore(self, event: EarningsEvent) -> EarningsEvent:
        """Undo of a delete: the same row back with its id."""
        errors = self.check(event)
        if errors:
            raise ValidationError(errors)
        with self.tracker.write():
            return store.insert_event(self.db, event)

    def revert(self, event_id: int) -> EarningsEvent:
        """An edited bundled row back to the shipped figures."""
        old = store.get_event_by_id(self.db, event_id)
        if old is None or old.origin != store.EDITED:
            raise TrackerError("only an edited bundled row can be reverted")
        shipped = store.bundled_event(old.fiscal_period)
        if shipped is None:
            raise TrackerError(f"{old.fiscal_period} is no longer in the bundled data")
        shipped = replace(shipped, id=old.id)
        with self.tracker.write():
            store.update_event(self.db, shipped)
        return shipped

    # --- derived figures -------------------------------------------------------------------------
    def _closes(self, symbol: str) -> dict[date, float]:
        """Daily closes at the ledger's 4 decimals (so reactions and impacts agree with positions),
        the very list the positions use: the price rows are read once per change of them."""
        return {d: float(c) for d, c in self.tracker.market_closes(symbol)}

    def results(self, today: date | None = None) -> list[Result]:
        """Released quarters (release date on or before `today`, or no date known), newest first."""
        today = today or self.tracker.today()
        events = self.events()
        by_period = {e.fiscal_period: e for e in events}
        closes = {symbol: self._closes(symbol) for symbol in LISTINGS}
        currencies = {symbol: self.tracker.instrument(symbol).currency for symbol in LISTINGS}
        out = []
        for event in events:
            if event.release_date is not None and event.release_date > today:
                continue
            if event.release_date is None and event.period_end >= today:
                continue
            fq = fiscal.quarter_of(event.period_end)
            prior = by_period.get(fq.year_earlier().code)
            reactions = {}
            for symbol, exchange in LISTINGS.items():
                reactions[symbol] = None
                if event.release_date is None:
                    continue
                found = reaction_closes(event.release_date, event.session, exchange, closes[symbol],
                                        trading_calendar(exchange))
                if found is None:
                    continue
                before_day, before_close, after_day, after_close = found
                units = self.tracker.holdings_on(before_day).get(symbol, Decimal(0))
                reactions[symbol] = Reaction(symbol, currencies[symbol], before_day, before_close,
                                             after_day, after_close, units,
                                             money_impact(units, before_close, after_close))
            out.append(Result(
                event=event, quarter=fq,
                session_assumed=event.release_date is not None and event.session not in SESSIONS,
                changes={f"{figure}_yoy": year_on_year(event, prior, figure) for figure in FIGURES}
                | {"revenue_surprise": surprise(event, "revenue"),
                   "eps_surprise": surprise(event, "eps_non_gaap")},
                reactions=reactions,
            ))
        out.reverse()
        return out

    def typical_moves(self, today: date | None = None,
                      results: list[Result] | None = None) -> list[TypicalMove]:
        """Per listing: mean absolute reaction over the last TYPICAL_MOVE_RESULTS reactions, in money."""
        today = today or self.tracker.today()
        results = self.results(today) if results is None else results
        held = self.tracker.holdings_on(today)
        moves = []
        for symbol in LISTINGS:
            recent = [r.reaction(symbol) for r in results if r.reaction(symbol) is not None]
            recent = recent[:TYPICAL_MOVE_RESULTS]
            fraction = fmean(abs(x) for x in recent) if recent else None
            units = held.get(symbol, Decimal(0))
            last = self.tracker.close_on_or_before(symbol, today)
            last_close = last[1] if last else None
            money = None
            if fraction is not None and last_close is not None:
                money = quantize_money(Decimal(repr(fraction)) * market_price(last_close) * units)
            moves.append(TypicalMove(symbol, self.tracker.instrument(symbol).currency, fraction,
                                     len(recent), units, last_close, money))
        return moves

    # --- the next release --------------------------------------------------------------------------
    def _history(self, events: list[EarningsEvent]) -> list[tuple[date, date]]:
        return [(e.period_end, e.release_date) for e in events if e.release_date is not None]

    def estimated_date(self, fq: FiscalQuarter, events: list[EarningsEvent] | None = None) -> date:
        """The usual cadence for `fq`, moved to the next NYSE session (releases come out on US
        trading days, before the open)."""
        events = self.events() if events is None else events
        day = fiscal.estimate_release(fq, self._history(events))
        calendar = trading_calendar("XNYS")
        if calendar.covers(day):
            return calendar.first_on_or_after(day)
        while day.weekday() >= 5:
            day += timedelta(days=1)
        return day

    def next_release(self, today: date | None = None) -> NextRelease | None:
        """The next results release on or after `today` (see the module docstring)."""
        today = today or self.tracker.today()
        events = self.events()
        by_period = {e.fiscal_period: e for e in events}
        announced = sorted((e for e in events if e.release_date and e.release_date >= today),
                           key=lambda e: e.release_date)
        if announced:
            e = announced[0]
            return NextRelease(fiscal.quarter_of(e.period_end), e.release_date, effective_session(e), False, e)
        released = [e for e in events if e.release_date is not None and e.release_date <= today]
        if not released:
            fq = fiscal.quarter_of(today).previous()
        else:
            fq = fiscal.quarter_of(max(e.period_end for e in released)).next()
        for _ in range(200):
            estimate = self.estimated_date(fq, events)
            if estimate >= today:
                event = by_period.get(fq.code)
                session = effective_session(event) if event else self._usual_session(events)
                return NextRelease(fq, estimate, session, True, event)
            fq = fq.next()
        return None

    @staticmethod
    def _usual_session(events: list[EarningsEvent]) -> str:
        known = [e.session for e in events if e.session in SESSIONS]
        return AFTER if known and known.count(AFTER) > known.count(BEFORE) else BEFORE

    def missing_quarters(self, today: date | None = None) -> list[tuple[FiscalQuarter, date]]:
        """Quarters after the last release on file whose results should be out by `today` on the
        usual cadence but have no release date stored: (quarter, estimated date), oldest first."""
        today = today or self.tracker.today()
        events = self.events()
        released = [e for e in events if e.release_date is not None and e.release_date <= today]
        if not released:
            return []
        nxt = self.next_release(today)
        fq = fiscal.quarter_of(max(e.period_end for e in released)).next()
        missing = []
        while nxt is not None and fq < nxt.quarter:
            missing.append((fq, self.estimated_date(fq, events)))
            fq = fq.next()
        return missing

    # --- chart markers ------------------------------------------------------------------------------
    def chart_markers(self, today: date | None = None) -> list[ReleaseMarker]:
        """Every release on file and the next one (estimated or announced), oldest first."""
        today = today or self.tracker.today()
        markers = []
        for r in reversed(self.results(today)):
            if r.event.release_date is None:
                continue
            moves = tuple((s, r.reaction(s)) for s in LISTINGS if r.reaction(s) is not None)
            markers.append(ReleaseMarker(r.event.release_date, r.quarter, effective_session(r.event), moves))
        nxt = self.next_release(today)
        if nxt is not None:
            markers.append(ReleaseMarker(nxt.release_date, nxt.quarter, nxt.session,
                                         upcoming=ESTIMATED if nxt.estimated else ANNOUNCED))
        return markers

    # --- reminder -------------------------------------------------------------------------------------
    def reminder_days(self) -> int | None:
        """Days before the next release a notification is wanted; None when reminders are off."""
        value = store.get_meta(self.db, REMINDER_KEY)
        return int(value) if value else None

    def set_reminder_days(self, days: int | None) -> None:
        if days is not None and not 0 <= days <= 60:
            raise ValidationError([FieldError("reminder", "between 0 and 60 days", text=str(days))])
        with self.tracker.write():
            store.set_meta(self.db, REMINDER_KEY, None if days is None else str(days))

    def reminder_window(self, now: datetime) -> NextRelease | None:
        """The next release when reminders are on and it is at most `reminder_days` days away."""
        days = self.reminder_days()
        if days is None:
            return None
        nxt = self.next_release(now.date())
        if nxt is None or not 0 <= nxt.days_until(now) <= days:
            return None
        return nxt

    def due_reminder(self, now: datetime) -> NextRelease | None:
        """The next release when its notification should show now: in the reminder window and not
        notified yet (a notification shows once per release date)."""
        nxt = self.reminder_window(now)
        if nxt is None or store.get_meta(self.db, REMINDED_KEY) == _reminder_key(nxt):
            return None
        return nxt

    def mark_reminded(self, nxt: NextRelease) -> None:
        with self.tracker.write():
            store.set_meta(self.db, REMINDED_KEY, _reminder_key(nxt))

    # --- iCalendar ---------------------------------------------------------------------------------------
    def ics_bytes(self, include_past: bool = False, today: date | None = None) -> tuple[bytes, int]:
        """Upcoming results (and, with `include_past`, every release on file) as iCalendar text, and
        how many events it holds. Each event starts at the typical release time (06:30 New York for
        before the US open) and carries both labels; estimated dates say so in the title."""
        from icalendar import Alarm, Calendar, Event
        today = today or self.tracker.today()
        cal = Calendar()
        cal.add("prodid", "-//Tracker//Alibaba results//EN")
        cal.add("version", "2.0")
        cal.add("x-wr-calname", "Alibaba results")
        stamp = datetime.now(timezone.utc).replace(microsecond=0)
        items: list[tuple[FiscalQuarter, date, str, bool, str]] = []
        nxt = self.next_release(today)
        for e in self.events():
            if e.release_date is None or (e.release_date < today and not include_past):
                continue
            items.append((fiscal.quarter_of(e.period_end), e.release_date, effective_session(e), False,
                          "session not sourced, assumed " + _session_text(BEFORE)
                          if e.release_date and e.session not in SESSIONS else ""))
        if nxt is not None and nxt.estimated:
            items.append((nxt.quarter, nxt.release_date, nxt.session, True,
                          "date estimated from Alibaba's usual release cadence; not yet announced"))
        reminder = self.reminder_days()
        for fq, day, session, estimated, remark in sorted(items, key=lambda item: item[1]):
            start = datetime.combine(day, RELEASE_TIME[session], NEW_YORK)
            title = f"Alibaba {fq.label} results" + (" (estimated)" if estimated else "")
            lines = [f"{fq.label} results of Alibaba Group (NYSE: BABA, HKEX: 9988).",
                     f"Release {_session_text(session)}: about {start.strftime('%H:%M')} New York, "
                     f"{start.astimezone(HONG_KONG).strftime('%H:%M')} Hong Kong."]
            if remark:
                lines.append(remark[0].upper() + remark[1:] + ".")
            event = Event()
            event.add("uid", f"{fq.code}-results@alibaba-tracker")
            event.add("dtstamp", stamp)
            event.add("dtstart", start.astimezone(timezone.utc))
            event.add("dtend", (start + timedelta(hours=1)).astimezone(timezone.utc))
            event.add("summary", title)
            event.add("description", "\n".join(lines))
            event.add("categories", ["Earnings"])
            event.add("transp", "TRANSPARENT")
            if reminder is not None and day >= today:
                alarm = Alarm()
                alarm.add("action", "DISPLAY")
                alarm.add("description", title)
                alarm.add("trigger", timedelta(days=-reminder))
                event.add_component(alarm)
            cal.add_component(event)
        return cal.to_ical(), len(items)

    def export_ics(self, path: str | Path, include_past: bool = False, today: date | None = None) -> int:
        """Write `ics_bytes` to `path`; returns the number of events written."""
        path = self.tracker.check_output_file(path)
        data, count = self.ics_bytes(include_past, today)
        try:
            Path(path).write_bytes(data)
        except OSError as exc:
            raise TrackerError(f"file: cannot write {path} ({exc.strerror or exc})") from None
        return count


def _session_text(session: str) -> str:
    return "before the US open" if session == BEFORE else "after the US close"


def _reminder_key(nxt: NextRelease) -> str:
    return f"{nxt.quarter.code}:{nxt.release_date.isoformat()}"
