"""Whether adding, changing or removing a trade breaks history, answered without replaying it.

A history without problems is replayed once into, per holding (an account's units of one listing),
the units held after each event that changes them and the *slack* of each event that consumes
units (a sell, a conversion or transfer out):
units held just before it minus its quantity, never negative. A trade of q units at some point of
history then moves the holding of every later event by q (times the splits between), so a change
breaks nothing exactly when every later consuming event keeps its slack: slack + change >= 0,
a range minimum over the events after the change (a segment tree: O(log n) a question).

`check_trade` answers with the same errors `ledger.new_history_errors` would give, or None when
it cannot tell cheaply (history already has problems, the change breaks a later event, whose
cascade only a replay knows): the caller then replays.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from decimal import Decimal
from typing import Iterator, Sequence

from tracker.domain import ledger
from tracker.domain.model import BUY, Dividend, FieldError, Fee, Trade

ZERO = Decimal(0)
LAST = float("inf")      # the order of an entry being checked: after every stored one of its day and kind


class _MinTree:
    """Minimum over any range of a fixed list of numbers."""

    def __init__(self, values: list[Decimal]):
        size = 1
        while size < len(values):
            size *= 2
        tree: list = [None] * size + list(values) + [None] * (size - len(values))
        for i in range(size - 1, 0, -1):
            a, b = tree[2 * i], tree[2 * i + 1]
            tree[i] = a if b is None or (a is not None and a <= b) else b
        self.size, self.tree = size, tree

    def min(self, lo: int, hi: int) -> Decimal | None:
        """The smallest of values[lo:hi], None when the range is empty."""
        best = None
        lo += self.size
        hi += self.size
        tree = self.tree
        while lo < hi:
            if lo & 1:
                if best is None or tree[lo] < best:
                    best = tree[lo]
                lo += 1
            if hi & 1:
                hi -= 1
                if best is None or tree[hi] < best:
                    best = tree[hi]
            lo //= 2
            hi //= 2
        return best


class _Listing:
    """One account's units of one listing over history, as the replay left them."""

    def __init__(self, splits: list[tuple[tuple, Decimal]]):
        self.held_keys: list[tuple] = []       # (day, kind, order) of each event changing the units
        self.held: list[Decimal] = []          # units after it
        self.use_keys: list[tuple] = []        # each consuming event
        self.slack: list[Decimal] = []         # its slack
        self.splits = splits                   # (key, factor) of the listing's splits, every account's
        self.tree = _MinTree([])               # over `slack`, once the replay is done

    def note(self, key: tuple, units: Decimal) -> None:
        if self.held_keys and self.held_keys[-1] == key:
            self.held[-1] = units
        else:
            self.held_keys.append(key)
            self.held.append(units)

    def held_before(self, key: tuple) -> Decimal:
        i = bisect_left(self.held_keys, key)
        return self.held[i - 1] if i else ZERO

    def factor(self, after: tuple, upto: tuple) -> Decimal:
        """Product of the splits effective between two points of history."""
        f = Decimal(1)
        for key, factor in self.splits:
            if after < key <= upto:
                f *= factor
        return f


class HoldingsIndex:
    """Built once per book (one replay); then each question is a few range minimums."""

    def __init__(self, book: ledger.Book):
        for _ in self._build(book, None):
            pass

    @classmethod
    def in_steps(cls, book: ledger.Book, events_per_step: int = 2_000) -> Iterator["HoldingsIndex | None"]:
        """The index built a slice of history at a time (an idle-time job): None after each slice
        of `events_per_step` events, the index last."""
        index = cls.__new__(cls)
        yield from index._build(book, events_per_step)
        yield index

    def _build(self, book: ledger.Book, events_per_step: int | None) -> Iterator[None]:
        self.book = book
        self.listings: dict[tuple[int, str], _Listing] = {}     # (account, listing) -> its units
        self.splits: dict[str, list[tuple[tuple, Decimal]]] = {}
        # events the replay passes over silently when they fit (nothing moves) are left to it
        self.usable = not (any(c.from_symbol == c.to_symbol for c in book.conversions)
                           or any(t.from_account_id == t.to_account_id for t in book.transfers))
        self.order: dict[int, tuple] = {}      # trade id -> (its rank in the timeline, the trade)
        # (holding, day, kind) -> the largest id of a trade there: a trade added since with a larger
        # id comes after every one of them (a day's trades of a kind replay in id order)
        self.last_id: dict[tuple, int] = {}
        if not self.usable:
            return
        replay = ledger.Replay(book)
        for n, (kind, day, rec, a, _) in enumerate(replay.run(), start=1):
            if events_per_step and not n % events_per_step:
                yield
            key = replay.event[:3]
            if kind == ledger.EVENT_OVERSOLD:       # a problem already stored: only a replay can judge
                self.usable = False
                return
            if kind == ledger.EVENT_BUY or kind == ledger.EVENT_SELL:
                if rec.id is not None:
                    self.order[rec.id] = (key[2], rec)
                    place = ((rec.account_id, rec.symbol), day, kind)
                    self.last_id[place] = max(self.last_id.get(place, rec.id), rec.id)
                self._moved(replay, key, (rec.account_id, rec.symbol), kind == ledger.EVENT_SELL)
            elif kind == ledger.EVENT_CONVERSION:
                self._moved(replay, key, (rec.from_account_id, rec.from_symbol), True)
                self._moved(replay, key, (rec.to_account_id, rec.to_symbol), False)
            elif kind == ledger.EVENT_TRANSFER:
                self._moved(replay, key, (rec.from_account_id, rec.symbol), True)
                self._moved(replay, key, (rec.to_account_id, rec.symbol), False)
            elif kind == ledger.EVENT_SPLIT:
                self.splits.setdefault(rec.symbol, []).append((key, a))
                for (account, symbol), listing in self.listings.items():
                    if symbol == rec.symbol:
                        listing.note(key, replay.units(symbol, account))
        for listing in self.listings.values():
            listing.tree = _MinTree(listing.slack)

    def _moved(self, replay, key: tuple, holding: tuple[int, str], consumed: bool) -> None:
        listing = self._listing(holding)
        units = replay.units(holding[1], holding[0])
        listing.note(key, units)
        if consumed:
            listing.use_keys.append(key)
            listing.slack.append(units)

    def _listing(self, holding: tuple[int, str]) -> _Listing:
        found = self.listings.get(holding)
        if found is None:
            found = self.listings[holding] = _Listing(self.splits.setdefault(holding[1], []))
        return found

    def _key(self, trade: Trade, *order) -> tuple:
        return (trade.trade_date, ledger.EVENT_BUY if trade.side == BUY else ledger.EVENT_SELL, *order)

    def check_trade(self, added: Trade | None, replacing: int | None = None,
                    since: Sequence[tuple[object, object]] = ()) -> list[FieldError] | None:
        """The history errors of the book with trade `replacing` (an id) taken out and `added`
        recorded last of its day: [] when none, None when only a replay can say which.

        `since`: the (removed, added) entries that made the book asked about from the indexed one
        (`ledger.edits_between`), a sound history too: each trade among them counts as a change
        already made, and a sell among them must stay covered. None when one is not a trade, a
        dividend or a fee, or a trade is not placed last of its day."""
        if not self.usable:
            return None
        made = self._made_since(since)
        if made is None:
            return None
        removed_ids, pending = made
        changes = self._removals(removed_ids)          # (holding, key, signed units, key excluded)
        if changes is None:
            return None
        if replacing is not None and replacing in pending:
            del pending[replacing]                       # a trade saved since, asked about again
        elif replacing is not None:
            if replacing in removed_ids:
                return None
            removal = self._removals({replacing})
            if removal is None:
                return None
            changes += removal
        for trade in pending.values():
            sign = 1 if trade.side == BUY else -1
            changes.append(((trade.account_id, trade.symbol), self._pending_key(trade), sign * trade.quantity, None))
        last = (LAST, LAST) if pending or removed_ids else (LAST,)  # after the trades saved since
        if added is not None and added.side != BUY:
            # its own feasibility, with the other changes applied before it
            key = self._key(added, *last)
            held = self._held_with(changes, (added.account_id, added.symbol), key)
            if held < added.quantity:
                if not self._keeps_slack(changes) or not self._pending_covered(pending, changes):
                    return None
                return [ledger.oversold_error(self.book, added, added.trade_date, held)]
        if added is not None:
            sign = 1 if added.side == BUY else -1
            changes.append(((added.account_id, added.symbol), self._key(added, *last), sign * added.quantity, None))
        return [] if self._keeps_slack(changes) and self._pending_covered(pending, changes) else None

    def _made_since(self, since) -> tuple[set[int], dict[int, Trade]] | None:
        """(ids of indexed trades removed, trades added and still there, by id) by the edits `since`."""
        removed_ids: set[int] = set()
        pending: dict[int, Trade] = {}
        for old, new in since:
            for record in (old, new):
                if record is not None and not isinstance(record, (Trade, Dividend, Fee)):
                    return None                          # units moved some other way: a replay
            if isinstance(old, Trade):
                if old.id in pending:
                    del pending[old.id]
                elif old.id in self.order and old.id not in removed_ids:
                    removed_ids.add(old.id)
                else:
                    return None
            if isinstance(new, Trade):
                if new.id is None or new.id in pending or new.id in self.order and new.id not in removed_ids:
                    return None
                place = ((new.account_id, new.symbol), new.trade_date,
                         ledger.EVENT_BUY if new.side == BUY else ledger.EVENT_SELL)
                if self.last_id.get(place, new.id) > new.id:
                    return None                          # not the last of its day: its place is not known here
                pending[new.id] = new
        return removed_ids, pending

    def _removals(self, ids) -> list[tuple] | None:
        out = []
        for trade_id in ids:
            found = self.order.get(trade_id)
            if found is None:
                return None
            order, removed = found
            key = self._key(removed, order)
            sign = -1 if removed.side == BUY else 1
            out.append(((removed.account_id, removed.symbol), key, sign * removed.quantity, key))
        return out

    def _pending_key(self, trade: Trade) -> tuple:
        return self._key(trade, LAST, trade.id)

    def _held_with(self, changes: list[tuple], holding: tuple[int, str], key: tuple) -> Decimal:
        """Units of `holding` just before `key` with `changes` applied (those before it count)."""
        listing = self._listing(holding)
        held = listing.held_before(key)
        for changed, at, units, _ in changes:
            if changed == holding and at < key:
                held += units * listing.factor(at, key)
        return held

    def _pending_covered(self, pending: dict[int, Trade], changes: list[tuple]) -> bool:
        """Every sell saved since the index was built still has the units it sells."""
        for trade in pending.values():
            if trade.side != BUY:
                key = self._pending_key(trade)
                if self._held_with(changes, (trade.account_id, trade.symbol), key) < trade.quantity:
                    return False
        return True

    def _keeps_slack(self, changes: list[tuple]) -> bool:
        """No consuming event (other than a removed one) runs short after these changes."""
        for holding in {c[0] for c in changes}:
            listing = self._listing(holding)
            mine = [c for c in changes if c[0] == holding]
            excluded = {c[3] for c in mine if c[3] is not None}
            cuts = sorted({c[1] for c in mine} | {k for k, _ in listing.splits})
            keys = listing.use_keys
            for n, cut in enumerate(cuts):
                upto = cuts[n + 1] if n + 1 < len(cuts) else None
                lo = bisect_right(keys, cut)
                hi = bisect_right(keys, upto) if upto is not None else len(keys)
                if lo >= hi:
                    continue
                # every event in this stretch sees the same change, in its own (split) units
                change = sum((units * listing.factor(at, keys[lo]) for _, at, units, _ in mine if at <= cut), ZERO)
                if change >= 0:
                    continue
                for a, b in _without(keys, lo, hi, excluded):
                    least = listing.tree.min(a, b)
                    if least is not None and least + change < 0:
                        return False
        return True


def _without(keys: list[tuple], lo: int, hi: int, excluded: set) -> list[tuple[int, int]]:
    """[lo, hi) less the positions of the excluded keys."""
    ranges, start = [], lo
    for key in sorted(excluded):
        i = bisect_left(keys, key, lo, hi)
        if i < hi and keys[i] == key:
            if start < i:
                ranges.append((start, i))
            start = i + 1
    if start < hi:
        ranges.append((start, hi))
    return ranges
