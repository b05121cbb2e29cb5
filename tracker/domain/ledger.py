"""The ledger: lots, FIFO and moving average, realized P&L, conversions, splits and positions.

Everything here is computed on demand from the recorded facts (a `Book`); nothing derived is stored.

Definitions (the README's glossary quotes them):

- **Units**: BABA is counted in ADS, 9988.HK in ordinary shares. Trade prices and fees are in the
  listing's currency (`Instrument.currency`).
- **Lot**: what one buy adds: its quantity, its cost (quantity x price + buy fee) and its date.
- **FIFO** (default) sells the oldest lots first. **Average** (moving average) pools every lot into
  one; a sell removes cost at the current average cost per unit.
- **Realized P&L** of a sell: proceeds (quantity x price - sell fee) - the cost of the lots it
  consumed (their buy fees included).
- **Corporate actions** are applied while computing, never by rewriting history. A SPLIT of S by f
  effective E multiplies the units of S held before E by f (cost unchanged, so the cost per unit
  is divided by f). A RATIO_CHANGE of S by f effective E multiplies the ordinary shares per unit
  of S by f from E; unit counts and unit prices do not change. So a 2018 buy of 10 BABA is still
  10 ADS at its price after the 2019 subdivision, though it was 10 ordinary shares then and 80 now.
- **Conversion** (ADS <-> HK shares, not a sale): the units given up leave oldest lots first (at
  average cost with the average method) and arrive as quantity x ordinary-per-unit(from) /
  ordinary-per-unit(to) units of the other listing (10 BABA -> 80 9988.HK). Each carried lot keeps
  its acquisition date and its cost, times `fx_rate` into the receiving currency; the conversion fee
  (in the giving currency) is shared among the carried lots by quantity and added to their cost
  (times `fx_rate`). No P&L is realized.
- **Accounts**: every trade, dividend and fee belongs to an account (a broker record); a
  conversion takes units from one account and delivers them to another (or the same). Lots are
  kept per account and listing: FIFO and the average work within an account, as brokers and tax
  offices count them. Corporate actions are the company's: they apply to every account.
- **Transfer** (units of one listing moved between two accounts, not a sale): the units leave the
  giving account's lots oldest first (at average cost with the average method) and arrive in the
  receiving account with their acquisition dates and cost; the transfer fee (in the listing's
  currency) is shared among the carried lots by quantity and added to their cost. No P&L is
  realized. For every account together a transfer moves no units and no money except its fee,
  which is money put in (as a standalone fee is). For one account's own figures (as Portfolio
  Performance books a security transfer between two securities accounts) the units leave as
  money taken out and arrive as money put in at their transfer value: the units x the listing's
  close on or before the transfer date (their carried cost when there is no close yet), the fee
  put in by the receiving account. So the accounts' returns add up to the whole stake's, and one
  account's TWR is not moved by units leaving it.
- **Positions for one account or all**: every computation takes `account` (an `Account.id`);
  None means every account together: units, cost, realized P&L, dividends and fees summed over
  the accounts, lots still consumed within their own account.
- **Order within a day**: corporate actions take effect at the start of the day, then buys,
  conversions, transfers and sells in the order they were recorded, then dividends and fees. So a
  same-day buy can fund a same-day sell, and units bought and converted on one day can be sold
  that day.
- A sell, conversion or transfer of more units than its account holds at that point is a history
  error (`history_errors`, naming the account when there is more than one); the computations skip
  such an event rather than hold negative units.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property, partial
from datetime import date, timedelta
from decimal import Decimal
from heapq import heappop, heappush
from typing import Callable, Iterator, Sequence

from tracker.domain import checkpoints, fx, returns
from tracker.domain.model import (BUY, RATIO_CHANGE, SELL, SPLIT, Account, Conversion, CorporateAction,
                                  Dividend, Fee, FieldError, Instrument, Position, Trade, Transfer)
from tracker.domain.money import plain, quantize_cost, to_decimal

FIFO = "fifo"
AVERAGE = "average"
METHODS = (FIFO, AVERAGE)
ZERO = Decimal(0)
_DAY = timedelta(days=1)

Closes = Sequence[tuple[date, Decimal]]   # daily closes of one listing, ascending by date

# where a position's last price comes from (`Position.price_source`)
PRICE_FROM_CLOSE, PRICE_FROM_TRADE, PRICE_FROM_CONVERSION = "close", "trade", "conversion"
PRICE_FROM_TRANSFER = "transfer"


@dataclass(frozen=True)
class Book:
    """Every fact the ledger needs, already loaded from the store."""
    instruments: dict[str, Instrument]
    trades: tuple[Trade, ...] = ()
    dividends: tuple[Dividend, ...] = ()
    fees: tuple[Fee, ...] = ()
    conversions: tuple[Conversion, ...] = ()
    actions: tuple[CorporateAction, ...] = ()
    transfers: tuple[Transfer, ...] = ()
    accounts: dict[int, Account] = field(default_factory=dict)

    def account_name(self, account_id: int) -> str:
        found = self.accounts.get(account_id)
        return found.name if found else f"account {account_id}"

    @cached_property
    def single_account(self) -> int | None:
        """The one account every activity belongs to, None when they are spread over several: all
        accounts together are then that account's lots themselves (no summing per event)."""
        used = {t.account_id for t in self.trades}
        used.update(d.account_id for d in self.dividends)
        used.update(f.account_id for f in self.fees)
        for moved in (self.conversions, self.transfers):
            used.update(c.from_account_id for c in moved)
            used.update(c.to_account_id for c in moved)
        if len(used) > 1:
            return None
        return next(iter(used), 1)


@dataclass(frozen=True)
class Lot:
    """Units still held from one acquisition, with what they cost (buy fees included)."""
    acquired: date
    quantity: Decimal
    cost: Decimal
    account_id: int = 1


# --- units across the two listings -------------------------------------------------------------------
def ordinary_per_unit(symbol: str, book: Book, day: date) -> Decimal:
    """Ordinary shares one unit of `symbol` stood for on `day`.

    Today's ratio (`Instrument.ordinary_per_unit`) divided by the factors of the ratio changes of
    `symbol` that took effect after `day`: 1 for BABA before 2019-07-30, 8 from then on.
    """
    inst = book.instruments.get(symbol)
    ratio = inst.ordinary_per_unit if inst else Decimal(1)
    for action in book.actions:
        if action.kind == RATIO_CHANGE and action.symbol == symbol and action.effective > day:
            ratio /= action.factor
    return ratio


def ads_equivalent(holdings: dict[str, Decimal], book: Book, day: date) -> Decimal:
    """Units of both listings expressed as ADS on `day`: their ordinary shares / ordinary-per-ADS.

    80 9988.HK shares + 5 BABA on a day after 2019-07-30 = 80/8 + 5 = 15 ADS-equivalents.
    """
    ads = next((s for s, i in book.instruments.items() if i.kind == "ADS"), None)
    if ads is None:
        raise ValueError("no ADS listing is known, so ADS-equivalents are undefined")
    ordinary = ZERO
    for symbol, units in holdings.items():
        if units:
            if symbol not in book.instruments:
                raise ValueError(f"unknown listing {symbol!r}")
            ordinary += units * ordinary_per_unit(symbol, book, day)
    return ordinary / ordinary_per_unit(ads, book, day)


# --- replay ---------------------------------------------------------------------------------------
# Kinds of events, in the order they happen within one day (see the module docstring).
_SPLIT, _BUY, _CONVERSION, _TRANSFER, _SELL, _DIVIDEND, _FEE = range(7)
_OVERSOLD = -1   # a sell, conversion or transfer larger than the holding; reported, not applied


class _Lot:
    """An open lot as `open_lots` gives it."""
    __slots__ = ("quantity", "cost", "acquired")

    def __init__(self, quantity: Decimal, cost: Decimal, acquired: date):
        self.quantity, self.cost, self.acquired = quantity, cost, acquired


class _Holding:
    """The open lots of one listing in one account (a single pooled lot with the average method).

    Each lot is a tuple (acquired, arrival, quantity, cost), never changed (a change makes a new
    one), so replay states can share lots; lots are taken oldest first and, of two acquired the
    same day, the one held first (the arrival number breaks the tie, so the amounts are never
    compared). A buy is always the newest lot (buys come in date order): buys queue in `bought`,
    taken from index `head` at O(1) each. Lots carried in by a conversion or transfer may be older
    than lots held: they wait in the heap `carried` at O(log n) each, instead of a merge of the
    whole list on every one (quadratic over a history of many conversions). A take compares the
    two oldest only while some carried lot is held.
    """
    __slots__ = ("bought", "head", "carried", "units", "cost", "pooled", "account", "_arrivals")

    def __init__(self, pooled: bool, account: int = 1):
        self.bought: list[tuple[date, int, Decimal, Decimal]] = []
        self.head = 0                 # bought[:head] are taken
        self.carried: list[tuple[date, int, Decimal, Decimal]] = []
        self.units = ZERO
        self.cost = ZERO
        self.pooled = pooled
        self.account = account
        self._arrivals = 0

    def open_lots(self) -> list[_Lot]:
        """The lots held, oldest first."""
        return [_Lot(quantity, cost, acquired)
                for acquired, _, quantity, cost in sorted(self.bought[self.head:] + self.carried)]

    def buy(self, quantity: Decimal, cost: Decimal, acquired: date) -> None:
        """A new lot, the newest (or, pooled, added to the pool)."""
        if self.pooled:
            self._arrive(quantity, cost, acquired, self.bought.append)
            return
        self.units += quantity       # (the common case spelled out: a buy is most of a replay)
        self.cost += cost
        self._arrivals += 1
        self.bought.append((acquired, self._arrivals, quantity, cost))

    def add_carried(self, lots: list[tuple[Decimal, Decimal, date]]) -> None:
        """Lots arriving by conversion or transfer, (quantity, cost, acquired) oldest first: each
        keeps its place in date order."""
        queue = partial(heappush, self.carried)
        for quantity, cost, acquired in lots:
            self._arrive(quantity, cost, acquired, queue)

    def _arrive(self, quantity: Decimal, cost: Decimal, acquired: date, queue: Callable[[tuple], None]) -> None:
        """One lot more, put in its `queue` (or, pooled, added to the pool)."""
        self.units += quantity
        self.cost += cost
        self._arrivals += 1
        bought, head = self.bought, self.head
        if not self.pooled:
            queue((acquired, self._arrivals, quantity, cost))
        elif head < len(bought):        # the one pool, at the head
            first, arrival, pooled_units, pooled_cost = bought[head]
            bought[head] = (min(first, acquired), arrival, pooled_units + quantity, pooled_cost + cost)
        else:
            bought.append((acquired, self._arrivals, quantity, cost))

    def take(self, quantity: Decimal, pieces: list | None = None) -> Decimal:
        """Remove `quantity` units (<= units held), oldest first; returns the cost removed, and
        appends to `pieces` (when given) each (quantity, cost, acquired) taken.

        A lot only partly consumed gives up cost in proportion to the units taken; the rest of its
        cost stays with it exactly, so cost is never created or lost.
        """
        bought, carried, head = self.bought, self.carried, self.head
        remaining = quantity
        removed = ZERO
        while remaining:
            from_carried = carried and (head == len(bought) or carried[0] < bought[head])
            acquired, arrival, units, cost = carried[0] if from_carried else bought[head]
            if units <= remaining:
                if from_carried:
                    heappop(carried)
                else:
                    head += 1
                remaining -= units
                removed += cost
                if pieces is not None:
                    pieces.append((units, cost, acquired))
            else:
                part = quantize_cost(cost * remaining / units)
                rest = (acquired, arrival, units - remaining, cost - part)
                if from_carried:
                    carried[0] = rest          # the same key: the heap's order holds
                else:
                    bought[head] = rest
                removed += part
                if pieces is not None:
                    pieces.append((remaining, part, acquired))
                remaining = ZERO
        if head > 64 and 2 * head > len(bought):      # drop the taken lots now and then: O(1) a lot
            del bought[:head]
            head = 0
        self.head = head
        self.units -= quantity
        self.cost = self.cost - removed if self.units else ZERO
        return removed

    def split(self, factor: Decimal) -> None:
        def scaled(lots):             # the keys, so the order of each, unchanged
            return [(acquired, arrival, units * factor, cost) for acquired, arrival, units, cost in lots]
        self.bought, self.head = scaled(self.bought[self.head:]), 0
        self.carried = scaled(self.carried)
        self.units *= factor

    def snapshot(self) -> tuple:
        """Its state, to `restore` later: lots are never changed in place, so copies of the two
        lists are enough."""
        return self.bought[self.head:], list(self.carried), self.units, self.cost, self._arrivals

    @classmethod
    def restored(cls, state: tuple, pooled: bool, account: int) -> "_Holding":
        held = cls(pooled, account)
        bought, carried, held.units, held.cost, held._arrivals = state
        held.bought, held.carried = list(bought), list(carried)
        return held


class _AllAccounts:
    """The holdings of one listing in every account, read as one (units and cost summed)."""
    __slots__ = ("parts",)

    def __init__(self, parts: list[_Holding]):
        self.parts = parts        # the replay's own list: accounts appear in it as they do in history

    @property
    def units(self) -> Decimal:
        parts = self.parts
        if len(parts) == 1:
            return parts[0].units
        return sum((h.units for h in parts), ZERO)

    @property
    def cost(self) -> Decimal:
        parts = self.parts
        if len(parts) == 1:
            return parts[0].cost
        return sum((h.cost for h in parts), ZERO)

    def open_lots(self) -> list[tuple[_Lot, int]]:
        """(lot, account) of every account, oldest first (stable: in the order accounts appeared)."""
        return sorted(((lot, h.account) for h in self.parts for lot in h.open_lots()), key=lambda p: p[0].acquired)


def _carried(pieces: list[tuple[Decimal, Decimal, date]], fee: Decimal, quantity: Decimal,
             scale: Callable[[Decimal, Decimal], tuple[Decimal, Decimal]]) -> list[tuple[Decimal, Decimal, date]]:
    """The lots (quantity, cost, acquired) a conversion or transfer delivers: each piece taken
    with its share of `fee` by quantity (the last piece takes what rounding left), as
    `scale(quantity, cost + fee share)` gives them in the receiving holding."""
    fee_left = fee
    carried = []
    last = len(pieces) - 1
    for n, (units, cost, acquired) in enumerate(pieces):
        share = fee_left if n == last else quantize_cost(fee * units / quantity)
        fee_left -= share
        units, cost = scale(units, cost + share)
        carried.append((units, cost, acquired))
    return carried


def _tidy(units: Decimal) -> Decimal:
    """Units without the trailing zeros a ratio leaves (80.000 -> 80, 0.3750 -> 0.375)."""
    if units == units.to_integral_value():
        return units.quantize(Decimal(1))
    return units.normalize()


# The last few timelines built, by book: one change of the facts repaints several views, each
# replaying the same book (positions, the stake, the cost line, the value series, the checks).
_TIMELINES: list[tuple[Book, frozenset | None, list[tuple]]] = []
_TIMELINES_KEPT = 6      # two books (the current one and the one it was edited from), a few symbol sets each


# Books made from another by one entry added, replaced or removed (`book_edits`), newest first:
# (book, the book it was made from, the entry removed, the entry added). `edits_between` reaches
# back this many edits.
_EDITS: list[tuple[Book, Book, object, object]] = []
EDITS_KEPT = _TIMELINES_KEPT


def _timeline(book: Book, symbols: set[str] | None) -> list[tuple]:
    """(day, kind, order recorded, record) of every event touching `symbols` (all when None),
    sorted; shared by every replay of the same book (callers only read it). The order recorded
    only ranks events of one day and kind: a book edited from another keeps the other's events and
    their ranks, the entry edited put into its place (see `note_edit`)."""
    wanted = None if symbols is None else frozenset(symbols)
    events = _kept_timeline(book, wanted)
    if events is not None:
        return events
    events = _edited_timeline(book, wanted)
    if events is None:
        events = _build_timeline(book, symbols)
    _TIMELINES.insert(0, (book, wanted, events))
    del _TIMELINES[_TIMELINES_KEPT:]
    return events


def _kept_timeline(book: Book, symbols: frozenset | None) -> list[tuple] | None:
    """The kept timeline of `book` over `symbols`, now the last to be dropped (an entry dialog
    makes a book per keystroke: the book they are made from must stay)."""
    for n, (kept_book, kept_symbols, events) in enumerate(_TIMELINES):
        if kept_book is book and kept_symbols == symbols:
            if n:
                _TIMELINES.insert(0, _TIMELINES.pop(n))
            return events
    return None


def note_edit(book: Book, before: Book, removed, added) -> None:
    """`book` is `before` with entry `removed` taken out and `added` put in (either may be None):
    its timeline can then be made from `before`'s by moving one event, without sorting them all."""
    _EDITS.insert(0, (book, before, removed, added))
    del _EDITS[EDITS_KEPT:]


def _event_place(record) -> tuple[date, int] | None:
    """(day, kind) of the event `record` is in a timeline, None for a trade that is neither a buy
    nor a sell."""
    if isinstance(record, Trade):
        if record.side == BUY or record.side == SELL:
            return record.trade_date, _BUY if record.side == BUY else _SELL
        return None
    if isinstance(record, Conversion):
        return record.conversion_date, _CONVERSION
    if isinstance(record, Transfer):
        return record.transfer_date, _TRANSFER
    if isinstance(record, Dividend):
        return record.pay_date, _DIVIDEND
    return record.fee_date, _FEE


def _touches(record, symbols: frozenset | None) -> bool:
    if symbols is None:
        return True
    if isinstance(record, Conversion):
        return record.from_symbol in symbols or record.to_symbol in symbols
    return record.symbol in symbols


def _edited_timeline(book: Book, symbols: frozenset | None) -> list[tuple] | None:
    """`book`'s timeline from the kept timeline of the book it was edited from, or None."""
    for edited, before, removed, added in _EDITS:
        if edited is book:
            break
    else:
        return None
    kept = _kept_timeline(before, symbols)
    if kept is None:
        return None
    events = list(kept)
    shared = len(events)          # events at the start that the edit leaves where they were
    if removed is not None and _touches(removed, symbols) and _event_place(removed) is not None:
        day, kind = _event_place(removed)
        lo, hi = bisect_left(events, (day, kind)), bisect_left(events, (day, kind + 1))
        at = next((i for i in range(lo, hi) if events[i][3].id == removed.id), None)
        if at is None:     # an edit that moved the entry to another day or side: look it up by id
            kind_of = type(removed)
            at = next((i for i, e in enumerate(events) if type(e[3]) is kind_of and e[3].id == removed.id), None)
            if at is None:
                return None
        del events[at]
        shared = at
    if added is not None and _touches(added, symbols) and _event_place(added) is not None:
        if added.id is None:
            return None
        day, kind = _event_place(added)
        lo, hi = bisect_left(events, (day, kind)), bisect_left(events, (day, kind + 1))
        # the book orders one day's entries of a kind by id: the new one goes after smaller ids
        at = lo
        while at < hi and events[at][3].id is not None and events[at][3].id < added.id:
            at += 1
        if any(events[i][3].id is None for i in range(lo, hi)):
            return None
        before_rank = events[at - 1][2] if at > lo else None
        after_rank = events[at][2] if at < hi else None
        if after_rank is None:
            rank = 0 if before_rank is None else before_rank + 1
        elif before_rank is None:
            rank = after_rank - 1
        else:
            rank = (before_rank + after_rank) / 2
            if not before_rank < rank < after_rank:
                return None
        events.insert(at, (day, kind, rank, added))
        shared = min(shared, at)
    checkpoints.note_shared_start(events, kept, shared)
    return events


def edits_between(book: Book, before: Book) -> list[tuple[object, object]] | None:
    """The (removed, added) entries that made `book` from `before` (`note_edit`), oldest first;
    None when `book` was not made from `before` by edits still remembered."""
    found = []
    while book is not before:
        for edited, previous, removed, added in _EDITS:
            if edited is book:
                found.append((removed, added))
                book = previous
                break
        else:
            return None
    return found[::-1]


def unchanged_for(symbol: str, book: Book, before: Book) -> bool:
    """Whether every figure of `symbol` over `book` is its figure over `before`: `book` was made
    from `before` by edits (`note_edit`) of entries that do not touch `symbol` and come after every
    conversion into it (a conversion would carry the changed lots across)."""
    listing = frozenset((symbol,))
    edits = edits_between(book, before)
    if edits is None:
        return False
    for record in (r for pair in edits for r in pair if r is not None):
        if isinstance(record, Conversion) or _touches(record, listing):
            return False
        place = _event_place(record)
        if place is not None and any(c.to_symbol == symbol and c.conversion_date >= place[0]
                                     for c in book.conversions):
            return False
    return True


def forget_replays() -> None:
    """Drop the kept timelines and replay states (a test or a benchmark that wants every figure
    computed afresh)."""
    _TIMELINES.clear()
    _EDITS.clear()
    checkpoints.forget()


def _build_timeline(book: Book, symbols: set[str] | None) -> list[tuple]:
    every = symbols is None
    events = [(t.trade_date, _BUY if t.side == BUY else _SELL, i, t) for i, t in enumerate(book.trades)
              if (t.side == BUY or t.side == SELL) and (every or t.symbol in symbols)]
    events += [(c.conversion_date, _CONVERSION, i, c) for i, c in enumerate(book.conversions)
               if every or c.from_symbol in symbols or c.to_symbol in symbols]
    events += [(x.transfer_date, _TRANSFER, i, x) for i, x in enumerate(book.transfers)
               if every or x.symbol in symbols]
    events += [(a.effective, _SPLIT, i, a) for i, a in enumerate(book.actions)
               if a.kind == SPLIT and (every or a.symbol in symbols)]
    events += [(d.pay_date, _DIVIDEND, i, d) for i, d in enumerate(book.dividends)
               if every or d.symbol in symbols]
    events += [(f.fee_date, _FEE, i, f) for i, f in enumerate(book.fees) if every or f.symbol in symbols]
    events.sort()     # (day, kind, order) is unique, so records themselves are never compared
    return events


def _linked_symbols(book: Book, symbol: str) -> set[str]:
    """`symbol` and every listing whose lots can reach it through conversions."""
    linked = {symbol}
    grew = True
    while grew:
        grew = False
        for c in book.conversions:
            if (c.from_symbol in linked) != (c.to_symbol in linked):
                linked |= {c.from_symbol, c.to_symbol}
                grew = True
    return linked


class _Replay:
    """Walks the timeline once, keeping the open lots of every listing involved, per account.

    `run` yields (kind, day, record, a, b) after applying each event:
      buy: a = its cost;  sell: a = proceeds, b = cost of the lots consumed;
      conversion: a = cost moved out (giving currency, before the fee), b = units received;
      transfer: a = cost moved out (before the fee);
      split: a = factor;  oversold: a = units the giving account held then (the event was not applied).
    """

    def __init__(self, book: Book, method: str = FIFO, symbols: set[str] | None = None,
                 in_base: Callable[[str, Decimal, date], Decimal] | None = None):
        """`in_base(symbol, amount, day)`, when given, expresses every cost and proceeds (an amount
        in `symbol`'s currency on `day`) in one base currency: lots then hold their cost in it, at
        the rate of the day they were bought, and a conversion carries that cost unchanged (its
        fee added, in the base currency at the conversion's day) instead of at its own rate."""
        if method not in METHODS:
            raise ValueError(f"method: use one of {', '.join(METHODS)} (got {method!r})")
        self.book = book
        self.pooled = method == AVERAGE
        self.symbols = symbols
        self.in_base = in_base
        self.holdings: dict[tuple[int, str], _Holding] = {}      # (account, listing) -> its lots
        self._of_listing: dict[str, list[_Holding]] = {}         # listing -> its holdings in every account
        self.event: tuple | None = None
        # when a list: each sell's consumed (quantity, cost, acquired) pieces, replaced per sell
        self.sold_pieces: list | None = None

    def holding(self, symbol: str, account: int = 1) -> _Holding:
        """The lots of `symbol` in `account`."""
        found = self.holdings.get((account, symbol))
        if found is None:
            found = self.holdings[account, symbol] = _Holding(self.pooled, account)
            self._of_listing.setdefault(symbol, []).append(found)
        return found

    def held(self, symbol: str, account: int | None = None) -> _Holding | _AllAccounts:
        """The lots of `symbol` in `account`, or in every account read as one (None); live, so it
        can be read after each event."""
        if account is not None:
            return self.holding(symbol, account)
        single = self.book.single_account
        if single is not None:
            return self.holding(symbol, single)
        return _AllAccounts(self._of_listing.setdefault(symbol, []))

    def units(self, symbol: str, account: int | None = None) -> Decimal:
        """Units of `symbol` held now, in `account` or in every account (None)."""
        if account is not None:
            found = self.holdings.get((account, symbol))
            return found.units if found is not None else ZERO
        parts = self._of_listing.get(symbol)
        if not parts:
            return ZERO
        if len(parts) == 1:                   # one account, the usual case: no sum to build per event
            return parts[0].units
        return sum((h.units for h in parts), ZERO)

    def listings(self) -> list[str]:
        """The listings some account has held during the replay so far."""
        return list(self._of_listing)

    def timeline(self) -> list[tuple]:
        """(day, kind, order recorded, record) of every event this replay applies, in order."""
        return _timeline(self.book, self.symbols)

    def end(self, until: date | None) -> int:
        """The index in `timeline()` of the first event after `until` (its length when None)."""
        events = self.timeline()
        return len(events) if until is None else bisect_left(events, (until + _DAY,))

    def snapshot(self) -> tuple:
        """The lots held now, to `restore` into a fresh replay of a book with the same events so far."""
        return tuple((key, held.snapshot()) for key, held in self.holdings.items())

    def restore(self, state: tuple) -> None:
        self.holdings.clear()
        self._of_listing.clear()
        for (account, symbol), held in state:
            found = self.holdings[account, symbol] = _Holding.restored(held, self.pooled, account)
            self._of_listing.setdefault(symbol, []).append(found)

    def run(self, until: date | None = None, start: int = 0,
            save_at: Sequence[int] = (), save: Callable[[int], None] | None = None) -> Iterator[tuple]:
        """Apply the events from index `start` (a replay `restore`d to that point) through `until`;
        just before applying the event at each index of `save_at` (ascending), `save(index)`."""
        holdings = self.holdings
        in_base = self.in_base
        events = _timeline(self.book, self.symbols)
        saves = list(save_at)
        next_save = saves.pop(0) if saves else -1
        stop = len(events) if until is None else bisect_left(events, (until + _DAY,))
        for index in range(start, stop):
            event = events[index]
            day, kind, _, rec = event
            if index == next_save:
                save(index)
                next_save = saves.pop(0) if saves else -1
            self.event = event            # (day, kind, order recorded, record) being applied
            if kind == _BUY or kind == _SELL:
                held = holdings.get((rec.account_id, rec.symbol))
                if held is None:
                    held = self.holding(rec.symbol, rec.account_id)
                if kind == _BUY:
                    cost = rec.quantity * rec.price + rec.fee
                    if in_base is not None:
                        cost = in_base(rec.symbol, cost, day)
                    held.buy(rec.quantity, cost, day)
                    yield kind, day, rec, cost, None
                elif rec.quantity > held.units:
                    yield _OVERSOLD, day, rec, held.units, None
                else:
                    pieces = self.sold_pieces
                    if pieces is not None:
                        pieces.clear()
                    consumed = held.take(rec.quantity, pieces)
                    proceeds = rec.quantity * rec.price - rec.fee
                    if in_base is not None:
                        proceeds = in_base(rec.symbol, proceeds, day)
                    yield kind, day, rec, proceeds, consumed
            elif kind == _CONVERSION:
                source = self.holding(rec.from_symbol, rec.from_account_id)
                if rec.quantity > source.units:
                    yield _OVERSOLD, day, rec, source.units, None
                elif rec.from_symbol != rec.to_symbol:
                    moved, received = self._convert(rec, source, self.holding(rec.to_symbol, rec.to_account_id))
                    yield kind, day, rec, moved, received
            elif kind == _TRANSFER:
                source = self.holding(rec.symbol, rec.from_account_id)
                if rec.quantity > source.units:
                    yield _OVERSOLD, day, rec, source.units, None
                elif rec.from_account_id != rec.to_account_id:
                    moved = self._transfer(rec, source, self.holding(rec.symbol, rec.to_account_id))
                    yield kind, day, rec, moved, None
            elif kind == _SPLIT:
                for held in self._of_listing.get(rec.symbol, ()):
                    held.split(rec.factor)
                yield kind, day, rec, rec.factor, None
            else:
                yield kind, day, rec, None, None

    def _convert(self, conv: Conversion, source: _Holding, target: _Holding) -> tuple[Decimal, Decimal]:
        pieces: list[tuple[Decimal, Decimal, date]] = []
        moved = source.take(conv.quantity, pieces)
        day = conv.conversion_date
        ratio = (ordinary_per_unit(conv.from_symbol, self.book, day)
                 / ordinary_per_unit(conv.to_symbol, self.book, day))
        fee, fx_rate = conv.fee, conv.fx_rate
        if self.in_base is not None:      # costs already in the base currency: carried unchanged
            fee, fx_rate = self.in_base(conv.from_symbol, conv.fee, day), Decimal(1)
        carried = _carried(pieces, fee, conv.quantity,
                           lambda units, cost: (_tidy(units * ratio), quantize_cost(cost * fx_rate)))
        target.add_carried(carried)
        target.units = _tidy(target.units)
        return moved, _tidy(sum((units for units, _, _ in carried), ZERO))

    def _transfer(self, transfer: Transfer, source: _Holding, target: _Holding) -> Decimal:
        pieces: list[tuple[Decimal, Decimal, date]] = []
        moved = source.take(transfer.quantity, pieces)
        fee = transfer.fee
        if fee and self.in_base is not None:
            fee = self.in_base(transfer.symbol, fee, transfer.transfer_date)
        target.add_carried(_carried(pieces, fee, transfer.quantity, lambda units, cost: (units, cost)))
        return moved


# The replay and its kinds of events, for computations across listings (tracker.domain.stake).
Replay = _Replay
EVENT_SPLIT, EVENT_BUY, EVENT_CONVERSION, EVENT_TRANSFER, EVENT_SELL, EVENT_DIVIDEND, EVENT_FEE = range(7)
EVENT_OVERSOLD = _OVERSOLD


# --- flows of one position ---------------------------------------------------------------------
class _Prices:
    """Close on or before a day, for one listing."""

    def __init__(self, closes: Closes | None):
        self.closes = closes or ()
        self.days = [d for d, _ in self.closes]

    def on_or_before(self, day: date) -> tuple[date, Decimal] | None:
        i = bisect_right(self.days, day)
        if not i:
            return None
        d, close = self.closes[i - 1]
        return d, to_decimal(close)


class _Flows:
    """Money into and out of one position (in one account, or in all: `account` None), per event,
    in the position's currency.

    Into the position (`inflow`): buys (quantity x price + fee), standalone fees, and units arriving
    by conversion at their transfer value plus the conversion fee (times fx_rate). Out of it
    (`outflow`): sells (quantity x price - fee), net dividends, and units leaving by conversion at
    their transfer value. The transfer value is the units given up x the giving listing's close on
    or before the conversion date, or their carried cost when that listing has no close yet.
    Transfers between accounts: the fee is put in; for one account, units arriving are put in and
    units leaving are taken out at their transfer value (the same rule).
    """

    def __init__(self, symbol: str, currency: str, closes: Closes,
                 other_closes: dict[str, Closes] | None, rates: fx.Rates | None = None,
                 account: int | None = None):
        self.symbol, self.currency, self.account = symbol, currency, account
        self.rates = rates or fx.PEG_ONLY
        self.approximate = False        # some amount was converted at a stand-in rate
        self._closes = closes
        self._other = other_closes or {}
        self._prices: dict[str, _Prices] = {}

    def _price(self, symbol: str, day: date) -> Decimal | None:
        prices = self._prices.get(symbol)
        if prices is None:
            closes = self._closes if symbol == self.symbol else self._other.get(symbol)
            prices = self._prices[symbol] = _Prices(closes)
        found = prices.on_or_before(day)
        return found[1] if found else None

    def event(self, kind: int, rec, a, b) -> tuple[Decimal, Decimal] | None:
        """(inflow, outflow) of one replayed event for this position, or None if it has none."""
        symbol, account = self.symbol, self.account
        if kind == _BUY or kind == _SELL:
            if rec.symbol != symbol or (account is not None and rec.account_id != account):
                return None
            return (a, ZERO) if kind == _BUY else (ZERO, a)
        if kind == _TRANSFER:
            return self._transfer(rec, a) if rec.symbol == symbol else None
        if kind == _DIVIDEND or kind == _FEE:
            if rec.symbol != symbol or (account is not None and rec.account_id != account):
                return None
        if kind == _DIVIDEND:
            amount, approximate = fx.dividend_in(rec, self.currency, self.rates)
            self.approximate |= approximate
            return ZERO, amount
        if kind == _FEE:
            amount, approximate = self.rates.convert(rec.amount, rec.currency, self.currency, rec.fee_date)
            self.approximate |= approximate
            return amount, ZERO
        if kind == _CONVERSION:
            gives = rec.from_symbol == symbol and (account is None or rec.from_account_id == account)
            if not gives and not (rec.to_symbol == symbol and (account is None or rec.to_account_id == account)):
                return None
            close = self._price(rec.from_symbol, rec.conversion_date)
            value = rec.quantity * close if close is not None else a
            if gives:
                return ZERO, value
            return (value + rec.fee) * rec.fx_rate, ZERO
        return None

    def _transfer(self, rec: Transfer, moved: Decimal) -> tuple[Decimal, Decimal] | None:
        account = self.account
        if account is None:            # between two accounts of the position: only the fee is money
            return (rec.fee, ZERO) if rec.fee else None
        if account not in (rec.from_account_id, rec.to_account_id):
            return None
        close = self._price(rec.symbol, rec.transfer_date)
        value = rec.quantity * close if close is not None else moved
        return (ZERO, value) if rec.from_account_id == account else (value + rec.fee, ZERO)

    def transfer_price(self, rec: Transfer, inflow: Decimal) -> Decimal:
        """The unit price of units arriving by transfer (their transfer value per unit)."""
        return (inflow - rec.fee) / rec.quantity


# --- public computations ------------------------------------------------------------------------
def _instrument(book: Book, symbol: str) -> Instrument:
    try:
        return book.instruments[symbol]
    except KeyError:
        raise ValueError(f"unknown listing {symbol!r}") from None


def _resumed(replay: "_Replay", key: tuple, inputs: tuple, kept: list, until: date | None = None) -> Iterator[tuple]:
    """The events of `replay` (through `until`) as its `run` yields them, resumed from the latest
    state computation `key` saved over an earlier book with the same first events and `inputs`.
    `kept`, the computation's one list of results (appended to or its last item replaced as it
    goes), is saved with the lots and restored with them. Read it to the end: the states are kept
    then."""
    events = replay.timeline()
    start, saved = checkpoints.resume(key, inputs, events)
    if start:
        lots, items = saved[-1][1]
        replay.restore(lots)
        kept.extend(items)
    yield from replay.run(until, start, checkpoints.points(events, replay.end(until), start),
                          lambda index: saved.append((index, (replay.snapshot(), list(kept)))))
    checkpoints.keep(key, inputs, events, saved)


def first_difference(before: Sequence[tuple], after: Sequence[tuple], start: int, as_of: date) -> date:
    """The first day on which timeline `after` may differ from `before`, both equal up to index
    `start`: the day of the first event past it in either (the day after `as_of` when neither has one
    by then)."""
    days = [events[start][0] for events in (before, after) if start < len(events)]
    return min(days + [as_of + _DAY])


def at_day_end(steps: list[tuple[date, object]], day: date, value) -> None:
    """Note `value` as of `day` in `steps` (ascending by day): a day's rows read only the state at
    its end, so a later value of the same day replaces the earlier one (one entry per day, however
    many trades it had)."""
    if steps and steps[-1][0] == day:
        steps[-1] = (day, value)
    else:
        steps.append((day, value))


_at_day_end = at_day_end


def _changes_units(kind: int, rec, symbol: str, account: int | None = None) -> bool:
    """Whether the event changes the units of `symbol` held in `account` (in all: None)."""
    if kind == _SPLIT:
        return rec.symbol == symbol
    if kind == _BUY or kind == _SELL:
        return rec.symbol == symbol and (account is None or rec.account_id == account)
    if kind == _CONVERSION:
        return ((rec.from_symbol == symbol and (account is None or rec.from_account_id == account))
                or (rec.to_symbol == symbol and (account is None or rec.to_account_id == account)))
    return (kind == _TRANSFER and account is not None and rec.symbol == symbol
            and account in (rec.from_account_id, rec.to_account_id))


class _Walk:
    """One pass over the events of a position (in one account, or in all: None) up to a day,
    keeping what its figures need; resumed from a saved state when the book's events up to it are
    those of an earlier walk (see `checkpoints`)."""

    def __init__(self, symbol: str, book: Book, as_of: date, closes: Closes, method: str,
                 other_closes: dict[str, Closes] | None, rates: fx.Rates | None = None,
                 account: int | None = None):
        self.instrument = inst = _instrument(book, symbol)
        self.symbol, self.account = symbol, account
        self.replay = replay = _Replay(book, method, _linked_symbols(book, symbol))
        self.flows = _Flows(symbol, inst.currency, closes, other_closes, rates, account)
        self.realized = self.dividends = self.fees = ZERO
        self.by_trade: dict[int, Decimal] = {}
        self.by_day: dict[date, tuple[Decimal, Decimal]] = {}   # day -> (inflow, outflow)
        self.unit_changes: list[tuple[date, Decimal]] = []    # units held at the end of each day they changed
        self.marks: list[tuple[date, Decimal]] = []           # the day's last trade price, for days without a close
        self.mark_source = None                               # PRICE_FROM_TRADE or PRICE_FROM_CONVERSION
        self.first_in: date | None = None

        key = ("walk", symbol, method, as_of, account)
        inputs = (book.instruments, book.actions, book.accounts, closes, rates,
                  *((other_closes or {}).get(s) for s in sorted(replay.symbols)))
        events, end = replay.timeline(), replay.end(as_of)
        start, saved = checkpoints.resume(key, inputs, events)
        # the daily rows of the walk resumed from: good before the first day whose events differ
        self.kept_rows = self.changed_from = None
        if start:
            found = checkpoints.result(key)
            if found is not None:
                before, self.kept_rows = found
                self.changed_from = first_difference(before, events, start, as_of)
        if start:
            self._restore(saved[-1][1])
        self.held = replay.held(symbol, account)
        self._consume(as_of, start, checkpoints.points(events, end, start), saved)
        checkpoints.keep(key, inputs, events, saved)
        self.key = key
        self.fx_approximate = self.flows.approximate

    def _restore(self, state: tuple) -> None:
        (replay, self.realized, self.dividends, self.fees, by_trade, by_day, unit_changes, marks,
         self.mark_source, self.first_in, self.flows.approximate) = state
        self.replay.restore(replay)
        self.by_trade, self.unit_changes, self.marks = dict(by_trade), list(unit_changes), list(marks)
        self.by_day = dict(by_day)

    def _consume(self, as_of: date, start: int, save_at: list[int], saved: list) -> None:
        symbol, account, held, flows, replay = self.symbol, self.account, self.held, self.flows, self.replay
        realized, dividends, fees, first_in = self.realized, self.dividends, self.fees, self.first_in
        by_trade, by_day, unit_changes, marks = self.by_trade, self.by_day, self.unit_changes, self.marks
        mark_source = self.mark_source

        def save(index: int) -> None:      # called by the replay between two events
            saved.append((index, (replay.snapshot(), realized, dividends, fees, dict(by_trade),
                                  dict(by_day), list(unit_changes),
                                  list(marks), mark_source, first_in, flows.approximate)))

        # Trades, by far the most numerous events, are handled inline.
        for kind, day, rec, a, b in replay.run(as_of, start, save_at, save):
            if kind == _BUY or kind == _SELL:
                if rec.symbol != symbol:
                    continue
                if account is not None and rec.account_id != account:
                    # another account's trade: no flow of this one, but a price of the listing
                    _at_day_end(marks, day, rec.price)
                    mark_source = PRICE_FROM_TRADE
                    continue
                if kind == _BUY:
                    inflow, outflow = a, ZERO
                    if first_in is None:
                        first_in = day
                else:
                    inflow, outflow = ZERO, a
                    gain = a - b
                    realized += gain
                    if rec.id is not None:
                        by_trade[rec.id] = gain
                # only the last of a day is read (the day's end): one entry per day, not per trade
                if marks and marks[-1][0] == day:
                    marks[-1] = (day, rec.price)
                else:
                    marks.append((day, rec.price))
                if unit_changes and unit_changes[-1][0] == day:
                    unit_changes[-1] = (day, held.units)
                else:
                    unit_changes.append((day, held.units))
                mark_source = PRICE_FROM_TRADE
            elif kind == _OVERSOLD:
                continue
            else:
                if _changes_units(kind, rec, symbol, account):
                    _at_day_end(unit_changes, day, held.units)
                    if kind == _SPLIT and marks:
                        _at_day_end(marks, day, marks[-1][1] / a)
                flow = flows.event(kind, rec, a, b)
                if flow is None:
                    continue
                inflow, outflow = flow
                if kind == _DIVIDEND:
                    dividends += outflow
                elif kind == _FEE:
                    fees += inflow
                elif kind == _TRANSFER:
                    if inflow and account is not None:      # units arriving in this account
                        _at_day_end(marks, day, flows.transfer_price(rec, inflow))
                        mark_source = PRICE_FROM_TRANSFER
                        if first_in is None:
                            first_in = day
                elif inflow:                    # units arriving by conversion, at their transfer price
                    _at_day_end(marks, day, (inflow - rec.fee * rec.fx_rate) / b)
                    mark_source = PRICE_FROM_CONVERSION
                    if first_in is None:
                        first_in = day
            acc = by_day.get(day)
            by_day[day] = (inflow, outflow) if acc is None else (acc[0] + inflow, acc[1] + outflow)
        self.realized, self.dividends, self.fees = realized, dividends, fees
        self.first_in, self.mark_source = first_in, mark_source

    def cash(self) -> list[tuple[date, Decimal]]:
        """Per day, money out of the position minus money into it (the investor's side)."""
        return sorted((d, out - inn) for d, (inn, out) in self.by_day.items())


def compute_position(symbol: str, book: Book, as_of: date, closes: Closes, method: str = FIFO,
                     other_closes: dict[str, Closes] | None = None,
                     is_stale: Callable[[date], bool] | None = None,
                     days_out: list | None = None, rates: fx.Rates | None = None,
                     account: int | None = None, since_inception: bool = True) -> Position:
    """The position in `symbol` at the end of `as_of` (events on or before it), in its currency,
    in `account` (an `Account.id`) or in every account together (None).

    - shares: units held; cost_basis: cost of the remaining lots, buy fees included;
      average_cost: cost_basis / shares (None when nothing is held).
    - last_price / last_price_date / price_source: the most recent price on or before as_of: the
      last close, or this listing's trade price (or the transfer price of units that arrived by
      conversion) when that is more recent, or when there is no close at all (see `_last_price`).
    - price_stale: `is_stale(last_price_date)` (the caller knows the exchange's calendar); when
      stale, the rates run to `returns_to` = the price date (or the last money in or out after
      it), not to as_of.
    - market_value: shares x last_price; 0 when nothing is held. unrealized_pnl: market_value -
      cost_basis.
    - realized_pnl: the realized P&L of every sell, summed (each sell's in realized_by_trade).
    - dividends_net: gross - withholding - fees of each dividend, in the position's currency
      (US-dollar dividends on 9988.HK as received in HKD, else at the day's rate from `rates`,
      `fx.Rates`; without rates at the peg). fees: standalone fees, summed. fx_approximate: some
      dividend or fee was converted at a stand-in rate (see `fx`).
    - total_return: market value + money taken out - money put in (`cash_flows`, conversions at
      their transfer value), the same valuation XIRR, TWR and `value_series` use.
      total_return_at_cost: realized + unrealized + dividends_net - fees, which values units
      arriving or leaving by conversion at their carried cost; the two differ only by conversions.
    - period_days: calendar days from the first day money went in to returns_to.
    - xirr: `returns.xirr` of `cash_flows` plus the market value at returns_to, a yearly rate;
      None for a period under a year (`returns.can_annualize`), when xirr_period is the
      money-weighted return over the period itself.
    - twr: `returns.twr` over every day from the first day money went in to as_of (see
      `_day_rows`); twr_annualized: `returns.annualized` of it over period_days (None under a year).
    `other_closes` (closes of the other listings) values conversions at the giving listing's close.
    `days_out`, when given, receives the dated daily rows (see `daily_rows`) the rates came from.
    `since_inception` False leaves xirr, xirr_period, twr and twr_annualized None: a caller that
    takes the rates over a period from `days_out` (`periods.period_return`) needs not solve them
    over all of history too.
    """
    walk = _Walk(symbol, book, as_of, closes, method, other_closes, rates, account)
    shares, cost_basis = walk.held.units, walk.held.cost
    last_price, last_date, source = _last_price(closes, as_of, walk)
    if not shares:
        market_value = ZERO
    else:   # units always arrive with a price (a trade's, a conversion's): None is a safeguard
        market_value = shares * last_price if last_price is not None else None
    cash = walk.cash()
    unrealized = at_cost = total = None
    if market_value is not None:
        unrealized = market_value - cost_basis
        at_cost = walk.realized + unrealized + walk.dividends - walk.fees
        total = market_value + sum((amount for _, amount in cash), ZERO)

    stale = bool(last_date and is_stale and is_stale(last_date))
    returns_to = max([last_date] + [d for d, _ in cash[-1:]]) if stale else as_of
    xirr = xirr_period = twr = twr_year = period_days = None
    if walk.first_in is not None and market_value is not None:
        period_days = (returns_to - walk.first_in).days
        if since_inception or days_out is not None:
            first = min(walk.first_in, min(walk.by_day))
            kept = walk.kept_rows if walk.kept_rows is not None and walk.kept_rows[0] == first else None
            rows = _day_rows(first, as_of, closes, walk.by_day, walk.unit_changes, walk.marks,
                             *((kept[1], walk.changed_from) if kept else ()))
            checkpoints.attach(walk.key, (first, rows))
            if days_out is not None:
                days_out.extend(rows)
        if since_inception:
            xirr, xirr_period = returns.money_weighted(cash, market_value, returns_to, period_days)
            twr = returns.twr(row[1:] for row in rows)
            twr_year = returns.annualized(twr, period_days)

    return Position(
        symbol=symbol, currency=walk.instrument.currency, method=method, as_of=as_of,
        shares=shares, cost_basis=cost_basis,
        average_cost=quantize_cost(cost_basis / shares) if shares else None,
        last_price=last_price, last_price_date=last_date, market_value=market_value,
        unrealized_pnl=unrealized, realized_pnl=walk.realized, dividends_net=walk.dividends,
        fees=walk.fees, total_return=total, xirr=xirr, twr=twr, twr_annualized=twr_year,
        realized_by_trade=walk.by_trade, price_source=source, price_stale=stale, returns_to=returns_to,
        period_days=period_days, xirr_period=xirr_period, total_return_at_cost=at_cost,
        fx_approximate=walk.fx_approximate, account_id=account)


def _last_price(closes: Closes, as_of: date, walk: _Walk) -> tuple[Decimal | None, date | None, str | None]:
    """(price, its date, PRICE_FROM_*) valuing the holding at as_of: the most recent price seen,
    exactly as `_day_rows` values each day: the last close, unless a trade of this listing (or
    units arriving by conversion) came after it; on the same day the close wins."""
    last = _Prices(closes).on_or_before(as_of)
    mark = walk.marks[-1] if walk.marks else None
    if mark is not None and (last is None or mark[0] > last[0]):
        return mark[1], mark[0], walk.mark_source
    if last is not None:
        return last[1], last[0], PRICE_FROM_CLOSE
    return None, None, None


def cash_flows(symbol: str, book: Book, as_of: date, closes: Closes = (), method: str = FIFO,
               other_closes: dict[str, Closes] | None = None,
               account: int | None = None) -> list[tuple[date, Decimal]]:
    """Money between the investor and the position, per day up to `as_of`, from the investor's side:
    buys -(quantity x price + fee), sells +(quantity x price - fee), net dividends +, standalone
    fees -, conversions out + and in - at their transfer value (see `_Flows`). The market value at
    `as_of`, which XIRR adds as a last inflow, is not included."""
    return _Walk(symbol, book, as_of, closes, method, other_closes, account=account).cash()


def _day_rows(start: date, end: date, closes: Closes, by_day: dict[date, tuple[Decimal, Decimal]],
              unit_changes: list[tuple[date, Decimal]], marks: list[tuple[date, Decimal]],
              kept: Sequence[tuple] = (), kept_until: date | None = None):
    """(day, V_t, In_t, Out_t) for every day from `start` to `end` that has a close or a flow.

    V_t = units held at the end of day t x the price of day t: its close; on a day without a close
    (a flow on a holiday, or a gap in the price history), the most recent price seen: the last
    close, or this listing's trade price when a trade happened after that close. Days with neither
    a close nor a flow change nothing and are left out.

    `kept`: rows computed before over the same closes and the same events before `kept_until`;
    those of the days before it are taken as they are (a row reads nothing later than its day).
    """
    rows = []
    begin = start
    if kept_until is not None and kept_until > start:
        rows = list(kept[:bisect_left(kept, (kept_until,))])
        begin = kept_until
    close_days = [d for d, _ in closes]
    lo, hi = bisect_left(close_days, begin), bisect_right(close_days, end)
    days = sorted({d for d in by_day if begin <= d <= end}.union(close_days[lo:hi]))
    # what was last seen before `begin` carries into it: the close, the units, the trade price
    price, price_day = (float(closes[lo - 1][1]), close_days[lo - 1]) if lo else (None, None)
    c = lo
    u, n_units = bisect_left(unit_changes, (begin,)), len(unit_changes)
    units = float(unit_changes[u - 1][1]) if u else 0.0
    m, n_marks = bisect_left(marks, (begin,)), len(marks)
    mark_day, mark = (marks[m - 1][0], float(marks[m - 1][1])) if m else (None, None)
    for day in days:
        if u < n_units and unit_changes[u][0] <= day:
            while u < n_units and unit_changes[u][0] <= day:
                u += 1
            units = float(unit_changes[u - 1][1])
        if m < n_marks and marks[m][0] <= day:
            while m < n_marks and marks[m][0] <= day:
                m += 1
            mark_day, mark = marks[m - 1][0], float(marks[m - 1][1])
        if c < hi and close_days[c] == day:
            price, price_day = float(closes[c][1]), day
            c += 1
            today = price
        elif mark_day is not None and (price_day is None or mark_day > price_day):
            today = mark
        else:
            today = price if price is not None else 0.0
        flow = by_day.get(day)
        value = units * today
        rows.append((day, value, float(flow[0]), float(flow[1])) if flow else (day, value, 0.0, 0.0))
    return rows


def daily_rows(symbol: str, book: Book, as_of: date, closes: Closes, method: str = FIFO,
               other_closes: dict[str, Closes] | None = None,
               account: int | None = None) -> list[tuple[date, float, float, float]]:
    """(day, value at the end of the day, money put in, money taken out) of the position in
    `symbol`, for every day with a close or a flow up to `as_of`, from its first flow: the rows TWR
    chains and `periods.period_return` reads (money in the position's currency, as floats)."""
    rows: list = []
    compute_position(symbol, book, as_of, closes, method, other_closes, days_out=rows, account=account)
    return rows


def history_errors(book: Book) -> list[FieldError]:
    """Every sell, conversion or transfer that asks for more units than its account held at that
    point of history."""
    return [error for _, error in history_problems(book)]


def resumed_from(book: Book) -> date | None:
    """The first day a change to `book` can fall on and still be judged by a replay resumed part
    way, from the states kept at the day holding the event nine tenths of the way into its
    history (`checkpoints.points`); None for an empty history."""
    events = _timeline(book, None)
    return events[(len(events) * 9) // 10][0] if events else None


def history_problems(book: Book) -> list[tuple[object, FieldError]]:
    """Each sell, conversion or transfer that asks for more units than its account held then, with
    its record.

    The whole history is replayed (splits applied, conversions and transfers moving units across).
    Each refused event is reported and left out, so one bad event does not hide or cause the
    others. The account is named when the book has more than one.
    """
    found: list[tuple[object, date, Decimal]] = []
    for kind, day, rec, held, _ in _resumed(_Replay(book), ("problems",), (book.instruments, book.actions), found):
        if kind == _OVERSOLD:
            found.append((rec, day, held))
    # worded afresh: the account names are this book's
    return [(rec, oversold_error(book, rec, day, held)) for rec, day, held in found]


def oversold_error(book: Book, rec, day: date, held: Decimal) -> FieldError:
    """What is wrong with a sell, conversion or transfer of more units than the `held` then
    (naming the account when the book has more than one)."""
    if isinstance(rec, Trade):
        what, symbol, account = "sell", rec.symbol, rec.account_id
    elif isinstance(rec, Transfer):
        what, symbol, account = "transfer", rec.symbol, rec.from_account_id
    else:
        what, symbol, account = "conversion", rec.from_symbol, rec.from_account_id
    where = f" in {book.account_name(account)}" if len(book.accounts) > 1 else ""
    return FieldError("quantity", f"{what} of {plain(rec.quantity)} {symbol} on {day.isoformat()} exceeds "
                                  f"the {plain(held)} held then{where}")


def new_history_errors(before: Book | list, after: Book, changed: Sequence = ()) -> list[FieldError]:
    """The problems `after` has that `before` (a book, or its `history_problems`) did not: a change
    is judged by what it breaks, so an impossible entry already stored (and reported on its own)
    does not block every later change. The `changed` records (an edited entry) are judged afresh
    even when they were broken before."""
    return [error for _, error in new_history_problems(before, after, changed)]


def new_history_problems(before: Book | list, after: Book, changed: Sequence = ()) -> list[tuple[object, FieldError]]:
    """`new_history_errors` with the record each problem is about (an import names its file line)."""
    problems = history_problems(before) if isinstance(before, Book) else before
    known = {_identity(rec) for rec, _ in problems} - {_identity(r) for r in changed}
    return [(rec, error) for rec, error in history_problems(after) if _identity(rec) not in known]


def _identity(record) -> tuple:
    return (type(record).__name__, record.id) if record.id is not None else (id(record),)


def _held_now(replay: _Replay, book: Book, account: int | None) -> dict[str, Decimal]:
    held = {symbol: ZERO for symbol in book.instruments}
    held.update({symbol: replay.units(symbol, account) for symbol in replay.listings()})
    return held


def holdings_on(book: Book, day: date, account: int | None = None) -> dict[str, Decimal]:
    """Units held of every listing at the end of `day`, in that day's units (splits applied), in
    `account` or in every account (None)."""
    replay = _Replay(book)
    for _ in replay.run(until=day):
        pass
    return _held_now(replay, book, account)


def holdings_timeline(book: Book, account: int | None = None) -> list[tuple[date, dict[str, Decimal]]]:
    """Units held of every listing (in `account`, or in all) at the end of each day on which
    anything happened, ascending: one replay for all days, so a caller asking about many dates
    pays for history once."""
    replay = _Replay(book)
    steps: list[tuple[date, dict[str, Decimal]]] = []
    for _, day, _, _, _ in _resumed(replay, ("holdings", account), (book.instruments, book.actions), steps):
        held = _held_now(replay, book, account)
        if steps and steps[-1][0] == day:
            steps[-1] = (day, held)
        else:
            steps.append((day, held))
    return steps


def open_lots(symbol: str, book: Book, as_of: date, method: str = FIFO,
              account: int | None = None) -> list[Lot]:
    """The lots of `symbol` still held at the end of `as_of` in `account` (in every account: None),
    oldest first (one pool per account with "average", dated by its oldest acquisition)."""
    replay = _Replay(book, method, _linked_symbols(book, symbol))
    for _ in replay.run(until=as_of):
        pass
    held = replay.held(symbol, account)
    pairs = held.open_lots() if isinstance(held, _AllAccounts) else [(lot, held.account) for lot in held.open_lots()]
    return [Lot(lot.acquired, lot.quantity, lot.cost, in_account) for lot, in_account in pairs]


def average_cost_series(symbol: str, book: Book, method: str = FIFO,
                        account: int | None = None) -> list[tuple[date, Decimal | None]]:
    """Steps of the average cost per unit of the lots held (in `account`, or in all): one point per
    day on which the holding changed (buy, sell, conversion, transfer, split), taken after that
    day's last change; None when flat."""
    replay = _Replay(book, method, _linked_symbols(book, symbol))
    points: list[tuple[date, Decimal | None]] = []
    steps = _resumed(replay, ("cost", symbol, method, account), (book.instruments, book.actions), points)
    held = None
    for kind, day, rec, _, _ in steps:
        if held is None:        # read once the first event comes: the lots are restored by then
            held = replay.held(symbol, account)
        if kind != _OVERSOLD and (_changes_units(kind, rec, symbol, account)
                                  or (kind == _TRANSFER and rec.fee and rec.symbol == symbol)) \
                and (kind != _SPLIT or held.units):
            point = (day, quantize_cost(held.cost / held.units) if held.units else None)
            if points and points[-1][0] == day:
                points[-1] = point
            else:
                points.append(point)
    return points


def realized_by_sell(symbol: str, book: Book, method: str = FIFO,
                     account: int | None = None) -> dict[int, Decimal]:
    """Trade id -> realized P&L of that sell of `symbol` (proceeds - cost of the lots consumed), of
    the sells in `account` (in every account: None)."""
    found = {}
    for kind, _, rec, proceeds, consumed in _Replay(book, method, _linked_symbols(book, symbol)).run():
        if kind == _SELL and rec.symbol == symbol and rec.id is not None \
                and (account is None or rec.account_id == account):
            found[rec.id] = proceeds - consumed
    return found


def value_series(symbol: str, book: Book, closes: Closes, other_closes: dict[str, Closes] | None = None,
                 rates: fx.Rates | None = None,
                 account: int | None = None) -> list[tuple[date, Decimal, Decimal, Decimal, Decimal]]:
    """(date, shares, market value, invested, cumulative P&L) for every close from the first day
    money went into the position (in `account`, or in every account: None).

    shares: units held at the end of that day; market value: shares x that day's close;
    invested: net money put in so far (buys incl. fees - sells net of fees - net dividends +
    standalone fees, conversions in at their transfer value and out likewise; see `_Flows`);
    cumulative P&L: market value - invested.
    """
    inst = _instrument(book, symbol)
    replay = _Replay(book, FIFO, _linked_symbols(book, symbol))
    flows = _Flows(symbol, inst.currency, closes, other_closes, rates, account)
    steps: list[tuple[date, Decimal, Decimal]] = []       # (day, units, invested) after each event
    invested = ZERO
    first_in = None
    key = ("value", symbol, account)
    inputs = (book.instruments, book.actions, book.accounts, closes, rates,
              *((other_closes or {}).get(s) for s in sorted(replay.symbols)))
    events = replay.timeline()

    def restore(state: tuple) -> None:
        nonlocal invested, first_in
        lots, kept, invested, first_in, flows.approximate = state
        replay.restore(lots)
        steps.extend(kept)

    def save(index: int) -> None:
        saved.append((index, (replay.snapshot(), list(steps), invested, first_in, flows.approximate)))

    start, saved = checkpoints.resume(key, inputs, events)
    if start:
        restore(saved[-1][1])
    held = replay.held(symbol, account)
    for kind, day, rec, a, b in replay.run(None, start, checkpoints.points(events, len(events), start), save):
        if kind == _OVERSOLD:
            continue
        flow = flows.event(kind, rec, a, b)
        if flow is not None:
            invested += flow[0] - flow[1]
            if first_in is None and flow[0] and kind != _FEE and (kind != _TRANSFER or account is not None):
                first_in = day
        if flow is not None or _changes_units(kind, rec, symbol, account):
            if steps and steps[-1][0] == day:      # only the day's end is read
                steps[-1] = (day, held.units, invested)
            else:
                steps.append((day, held.units, invested))
    checkpoints.keep(key, inputs, events, saved)
    if first_in is None:
        return []
    rows = []
    units = invested = ZERO
    i, n = 0, len(steps)
    for day, close in closes:
        while i < n and steps[i][0] <= day:
            _, units, invested = steps[i]
            i += 1
        if day < first_in:
            continue
        value = units * to_decimal(close)
        rows.append((day, units, value, invested, value - invested))
    return rows
