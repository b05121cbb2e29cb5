"""The facade the window, the command line, tests and benchmarks all call.

Queries return domain records or numpy arrays; each change is one transaction that validates the
whole of history first and writes nothing when any check fails.
"""
from __future__ import annotations

import os
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from functools import cached_property
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator

from tracker import paths
from tracker.app import price_age, sessions
from tracker.app.activity_import import ActivityImportReport as TradeImportReport
from tracker.app.changes import EVERYTHING, NOTHING, Changes
from tracker.app.sources import SERIES_KINDS, all_series, previous_source, record_file_source, restore_source
from tracker.domain import aliases, book_edits, checks, fx, gains, ledger, listings_used, periods, stake
from tracker.domain import series as series_checks
from tracker.domain.holdings_index import HoldingsIndex
from tracker.domain.model import (BUY, DEFAULT_ACCOUNT, SELL, SPLIT, Account, Conversion, CorporateAction, Dividend,
                                  Fee, FieldError, Instrument, Position, Trade, Transfer)
from tracker.domain.money import market_price
from tracker.errors import ImportCancelled, TrackerError, ValidationError
from tracker.store import backup as backups
from tracker.store import codecs
from tracker.store import ledger_rows as rows
from tracker.store import prices as price_store
from tracker.store import location, lock, problems, revisions
from tracker.store import series as series_rows
from tracker.store.db import open_database, open_read_only, open_read_only_if_current
from tracker.store.migrations import LISTING_KINDS, SCHEMA_VERSION

if TYPE_CHECKING:      # numpy loads with the first bars read: a read command never needs it
    import numpy as np

    from tracker.app.price_jumps import JumpReport

METHODS = ("fifo", "average")
POSITION_CACHE_SIZE = 8      # (listing, as-of, method) positions kept with their daily rows
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Bars:
    """Market bars of one listing, ascending by `ts` (epoch seconds of the naive local bar time)."""
    ts: np.ndarray
    open: np.ndarray
    high: np.ndarray
    low: np.ndarray
    close: np.ndarray
    volume: np.ndarray

    def __len__(self) -> int:
        return len(self.ts)

    @property
    def intraday(self) -> bool:
        return bool(len(self.ts)) and bool((self.ts % 86400).any())


@dataclass
class PriceImportReport:
    symbol: str
    format: str
    rows: int
    added: int = 0
    updated: int = 0          # bars stored before whose figures the file changes
    unchanged: int = 0        # bars stored before that the file holds as they are
    removed: int = 0          # with `replace`: stored bars in the file's range that it does not hold
    looks_adjusted: bool = False   # a yfinance history() file: prices adjusted for dividends and splits
    jumps: JumpReport | None = None   # closes over 3x, or under a third of, their neighbour's (`price_jumps`)
    first: datetime | None = None
    last: datetime | None = None
    errors: list[FieldError] = field(default_factory=list)
    dry_run: bool = False
    # what undo needs: the timestamps that were new, and the old values of bars that were replaced
    undo_added_ts: np.ndarray | None = None
    undo_replaced: dict | None = None
    undo_source: tuple | None = None      # the series' source record before the import


def _epoch_to_date(ts: int) -> date:
    return datetime.fromtimestamp(int(ts), tz=timezone.utc).date()


def _date_to_epoch(day: date) -> int:
    return int(datetime(day.year, day.month, day.day, tzinfo=timezone.utc).timestamp())


WRITE = "write"            # must be able to write: refuse when another process is writing
READ = "read"              # reads only: never takes the writer lock unless the schema needs an upgrade
PREFER_WRITE = "prefer-write"   # a window: write when free, else open read-only and say why
COMMAND_WAIT_S = 30.0      # how long a command waits for another command to finish writing
WINDOW, COMMAND = lock.WINDOW, lock.COMMAND     # who holds the right to write


class DatabaseBusy(TrackerError):
    """Another process holds the right to write; names it."""

    def __init__(self, path: Path, holder: lock.Holder | None):
        self.holder = holder
        who = holder.describe() if holder else "another Tracker"
        if holder and holder.kind == lock.WINDOW:
            advice = "make the change there, or close that window and try again"
        else:
            advice = "try again when it has finished"
        super().__init__(f"{path} is open for writing in {who}; {advice}")


class ReadOnly(TrackerError):
    """A change was asked of a Tracker opened read-only."""


def _describe(record) -> str:
    """An entry in words for a message: "buy 4 BABA at 80.00 on 2024-03-01"."""
    day = next((getattr(record, f) for f in ("trade_date", "pay_date", "fee_date", "conversion_date",
                                             "transfer_date") if hasattr(record, f)), None)
    if isinstance(record, Trade):
        what = f"{record.side} {record.quantity.normalize():f} {record.symbol} at {record.price:f}"
    elif isinstance(record, Conversion):
        what = f"conversion of {record.quantity.normalize():f} {record.from_symbol} to {record.to_symbol}"
    elif isinstance(record, Transfer):
        what = f"transfer of {record.quantity.normalize():f} {record.symbol}"
    else:
        amount = getattr(record, "gross", None) or getattr(record, "amount", None)
        what = f"{type(record).__name__.lower()} of {amount:f} {record.symbol}"
    return f"{what} on {day.isoformat()}" if day else what


def _in_cents(price: float) -> Decimal:
    """A stored bar price to the cent, without a vendor's float noise (74.370003 is 74.37)."""
    return Decimal(repr(price)).quantize(Decimal("0.01"))


class Tracker:
    def __init__(self, db_path: str | Path | None = None, *, today: date | None = None,
                 make_backups: bool = True, access: str = WRITE, holder_kind: str = COMMAND,
                 wait_s: float = COMMAND_WAIT_S, create: bool = True):
        self.path = Path(db_path) if db_path else paths.default_db_path()
        self._today = today
        self._lock = lock.WriterLock(self.path)
        self._holder_kind = holder_kind
        self.read_only_because: lock.Holder | None = None   # who was writing when we opened
        self.took_over_from: lock.Holder | None = None      # a holder that died without closing
        self.db = self._open(access, holder_kind, wait_s, make_backups, create)
        self._closes_cache: dict[str, list[tuple[date, Decimal]]] = {}
        self._bars_cache: dict[str, tuple[Bars, bool]] = {}      # symbol -> (every bar, none was skipped)
        self._position_days_cache: dict[tuple, tuple] = {}
        self._book_cache: ledger.Book | None = None
        self._rates_cache: tuple | None = None
        self._timeline_cache: dict = {}       # account (None: all) -> holdings timeline
        self._timeline_without_cache: tuple | None = None   # (book, trade id, account, timeline)
        self._problems_cache: tuple | None = None
        self._index_cache: HoldingsIndex | None = None
        self._premium_cache: tuple | None = None      # (closes and rates it came from, the series)
        self._listing_counts: dict = {}               # account -> (book, activities per listing)
        self._book_base: ledger.Book | None = None      # the book before a reload (see `book`)
        self._period_cache: dict[tuple, tuple] = {}    # (id(rows), period, end) -> (rows, its returns)
        self._clean_history = False        # known clean without a replay (see write())
        self._edits: list | None = []     # entries the running change wrote (see write())
        self._seen_version = self._data_version()
        self._revisions = revisions.snapshot(self.db)
        self._pending = NOTHING

    def _open(self, access: str, holder_kind: str, wait_s: float, make_backups: bool, create: bool):
        if access == READ and self.path.is_file():
            db = open_read_only_if_current(self.path)
            if db is not None:
                return db
        if not self.path.exists() and not (create and self.path.parent.exists()):
            # says why not (no file and no `create`: nothing, not even a lock file, is made), or
            # makes the folder and the database before the lock file goes beside it
            open_database(self.path, make_backups=make_backups, create=create).close()
        try:
            got = self._lock.wait(holder_kind, 0 if access == PREFER_WRITE and holder_kind == lock.COMMAND
                                  else wait_s)
        except OSError as exc:        # a read-only folder or medium: no lock file can be made
            if access != WRITE and self.path.is_file():
                self.read_only_because = lock.Holder(0, "read-only folder")
                return open_read_only(self.path)
            raise problems.from_os_error(exc, self.path) from None
        if not got:
            holder = self._lock.holder()
            if access == WRITE:
                raise DatabaseBusy(self.path, holder)
            self.read_only_because = holder or lock.Holder(0, lock.COMMAND)
            return open_read_only(self.path)
        self.took_over_from = self._lock.stale
        try:
            return open_database(self.path, make_backups=make_backups, create=create)
        except BaseException:
            self._lock.release()
            raise

    # --- plumbing --------------------------------------------------------------------------------
    @property
    def read_only(self) -> bool:
        return not self._lock.held

    def today(self) -> date:
        """The latest date on which something may be entered: the local date, or a listing's
        exchange date when it is already later there (after midnight in Hong Kong, a 9988.HK
        trade dated that day is accepted, so every figure "as of today" must count it)."""
        if self._today:
            return self._today
        now = datetime.now(timezone.utc)
        return max([date.today()] + [checks.exchange_today(i, now) for i in self._instruments.values()
                                     if i.kind in LISTING_KINDS])

    def _now(self) -> date | datetime:
        """What the checks judge "the future" by: this moment, which each check turns into the date
        on the listing's own exchange (a fixed `today` in tests)."""
        return self._today or datetime.now(timezone.utc)

    def close(self) -> None:
        self.db.close()
        self._lock.release()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def keep_write_access(self) -> bool:
        """A writing Tracker checks that its lock file is still in place (the window's watcher, once
        a second). Deleted or replaced, it is taken again; when another process took the new one
        first, this Tracker carries on read-only and says who writes now (False)."""
        if self.read_only or self._lock.reassert(self._holder_kind):
            return not self.read_only
        self.db.close()
        self.db = open_read_only(self.path)
        self.read_only_because = self._lock.holder() or lock.Holder(0, COMMAND)
        self._drop_caches()
        self._pending |= EVERYTHING
        self._seen_version = self._data_version()
        self._revisions = revisions.snapshot(self.db)
        return False

    def try_write_access(self) -> bool:
        """A read-only Tracker takes over writing once the writer has gone (True when it did)."""
        if not self.read_only:
            return True
        if not self._lock.acquire(lock.WINDOW):
            return False
        self.db.close()
        self.db = open_database(self.path)
        self.read_only_because = None
        self._drop_caches()
        self._pending |= EVERYTHING
        self._seen_version = self._data_version()
        self._revisions = revisions.snapshot(self.db)
        return True

    @contextmanager
    def write(self):
        """One change: `BEGIN IMMEDIATE`, so that what runs inside validates against the database as
        committed (another process's commit is caught up with first), then COMMIT or ROLLBACK."""
        if self.read_only:
            who = self.read_only_because.describe() if self.read_only_because and \
                self.read_only_because.pid else "another Tracker"
            raise ReadOnly(f"this database is open read-only: {who} is writing to it")
        if self.db.conn.in_transaction:        # nested: one step of a change already running
            edits = len(self._edits) if self._edits is not None else None
            counted = revisions.snapshot(self.db)
            try:
                with self.db.atomic():
                    yield
            except BaseException:
                if edits is not None and self._edits is not None:
                    del self._edits[edits:]       # that step was rolled back
                self._drop_caches()
                raise
            # the next step must see this one's effect: its entries put into the book, or a reload
            book = self._book_cache
            moved = revisions.changed_kinds(counted, revisions.snapshot(self.db))
            if book is not None and edits is not None and self._edits is not None \
                    and all(kind.startswith("activities:") for kind in moved):
                for removed, added in self._edits[edits:]:
                    book = book_edits.with_entry(book, removed, added)
                self._book_cache = book
                self._clean_history = False
            else:
                self._drop_caches()
            return
        self.db.execute("BEGIN IMMEDIATE")
        self._edits = []
        try:
            self._catch_up()
            book = self._book_cache
            # every change of ours is refused when it would break history, so a history that was
            # clean before stays clean after: no replay needed to know it
            clean = self._problems_cache is not None and not self._problems_cache[1] \
                and self._problems_cache[0] is book
            yield
            after = revisions.snapshot(self.db)
            self.db.execute("COMMIT")
        except BaseException:
            if self.db.conn.in_transaction:
                self.db.execute("ROLLBACK")
            self._drop_caches()     # a cache may hold what the rolled-back change read
            raise
        finally:
            edits, self._edits = self._edits, []
        self._record(revisions.changed_kinds(self._revisions, after), after)
        self._clean_history = clean
        if book is not None and edits:
            # the entries this change wrote, put into the book read before it: no reload
            for removed, added in edits:
                book = book_edits.with_entry(book, removed, added)
            self._book_cache = book

    def _edited(self, removed=None, added=None) -> None:
        """Note an entry this change wrote (inside `write()`), so that the book need not be
        reloaded after it. A change that notes nothing reloads the book (when it touched the
        ledger at all); one that notes `removed=added=None`, or a record of another kind, too."""
        if self._edits is not None and (removed is not None or added is not None) and all(
                r is None or book_edits.editable(r) for r in (removed, added)):
            self._edits.append((removed, added))
        else:
            self._edits = None

    def poll(self) -> Changes:
        """What other processes committed since we last looked (one pragma when nothing did), plus
        what this Tracker's own operations changed since the last call: the window calls this
        after each operation and on a timer, and routes the result to its views."""
        self._catch_up()
        changes, self._pending = self._pending, NOTHING
        return changes

    take_changes = poll

    def _data_version(self) -> int:
        return self.db.execute("PRAGMA data_version").fetchone()[0]

    def _catch_up(self) -> None:
        version = self._data_version()
        if version == self._seen_version:
            return
        self._seen_version = version
        self._clean_history = False        # another process may have written anything
        now = revisions.snapshot(self.db)
        kinds = revisions.changed_kinds(self._revisions, now)
        self._record(kinds, now)
        if not kinds:
            self._drop_caches()   # a commit that moved no counter: trust nothing cached

    def _record(self, kinds: set[str], now: dict[str, int]) -> None:
        self._revisions = now
        changes = Changes.from_kinds(kinds)
        self._pending |= changes
        if changes.activities or changes.accounts or changes.everything:
            self._forget_book()
            self._timeline_cache = {}
        for symbol in changes.prices:
            self._closes_cache.pop(symbol, None)
            self._bars_cache.pop(symbol, None)

    def _forget_book(self) -> None:
        """The book is read again when next asked for; the one read before is kept as the base
        that book is made from by the entries another process changed (`book_edits.rebased`)."""
        if self._book_cache is not None:
            self._book_base = self._book_cache
        self._book_cache = None

    def _drop_caches(self) -> None:
        self._clean_history = False
        self._forget_book()
        self._timeline_cache = {}
        self._closes_cache.clear()
        self._bars_cache.clear()

    @cached_property
    def earnings(self):
        from tracker.app.earnings import EarningsService
        return EarningsService(self)

    @cached_property
    def buybacks(self):
        from tracker.app.buybacks import BuybackService
        return BuybackService(self)

    @cached_property
    def declared_dividends(self):
        from tracker.app.declared_dividends import DeclaredDividendService
        return DeclaredDividendService(self)

    @cached_property
    def price_updates(self):
        from tracker.app.price_update import PriceUpdater
        return PriceUpdater(self)

    # --- instruments -----------------------------------------------------------------------------
    @cached_property
    def _instruments(self) -> dict[str, Instrument]:
        return rows.load_instruments(self.db)

    def instruments(self) -> list[Instrument]:
        return list(self._instruments.values())

    def instrument(self, symbol: str) -> Instrument:
        """The listing `symbol` names, in any form brokers write it (aliases.listing_of)."""
        found = self._instruments.get(symbol)
        if found is not None:
            return found
        resolved, why = aliases.listing_of(symbol, self._instruments)
        if resolved in self._instruments:
            return self._instruments[resolved]
        if aliases.RMB_COUNTER in why:
            raise TrackerError(f"symbol: {why}")
        known = ", ".join(self._instruments)
        raise TrackerError(f"symbol: unknown listing {symbol!r} (known: {known})") from None

    def known_series(self) -> set[str]:
        """Every symbol prices can be stored under: the listings, exchange rates, benchmarks."""
        return set(series_rows.known_symbols(self.db))

    def price_series(self) -> list[Instrument]:
        """Every series that has prices: the listings (BABA first), then exchange rates and
        benchmarks."""
        order = {kind: i for i, kind in enumerate(SERIES_KINDS)}
        return sorted(all_series(self.db).values(), key=lambda i: (order[i.kind], i.symbol != "BABA", i.symbol))

    # --- the ledger's facts ----------------------------------------------------------------------
    def book(self) -> ledger.Book:
        if self._book_cache is None:
            fresh = ledger.Book(
                instruments=self._instruments,
                trades=tuple(rows.load_trades(self.db)),
                dividends=tuple(rows.load_dividends(self.db)),
                fees=tuple(rows.load_fees(self.db)),
                conversions=tuple(rows.load_conversions(self.db)),
                actions=tuple(rows.load_corporate_actions(self.db)),
                transfers=tuple(rows.load_transfers(self.db)),
                accounts=rows.load_accounts(self.db),
            )
            # another process added or changed a few entries: the same facts, made from the book
            # before by those entries, so that every view resumes instead of replaying all history
            base, self._book_base = self._book_base, None
            self._book_cache = (book_edits.rebased(base, fresh) if base is not None else None) or fresh
        return self._book_cache

    def trades(self, symbol: str | None = None) -> list[Trade]:
        trades = self.book().trades
        return list(trades) if symbol is None else [t for t in trades if t.symbol == symbol]

    def trade(self, trade_id: int) -> Trade:
        found = rows.get_trade(self.db, trade_id)
        if found is None:
            raise TrackerError(f"id: no trade with id {trade_id}")
        return found

    def dividends(self, symbol: str | None = None) -> list[Dividend]:
        return [d for d in self.book().dividends if symbol is None or d.symbol == symbol]

    def fees(self, symbol: str | None = None) -> list[Fee]:
        return [f for f in self.book().fees if symbol is None or f.symbol == symbol]

    def conversions(self) -> list[Conversion]:
        return list(self.book().conversions)

    def transfers(self) -> list[Transfer]:
        return list(self.book().transfers)

    def corporate_actions(self):
        return list(self.book().actions)

    # --- validation --------------------------------------------------------------------------------
    def _with_currency(self, trade: Trade) -> Trade:
        inst = self._instruments.get(trade.symbol)
        return replace(trade, currency=inst.currency) if inst and not trade.currency else trade

    def check_trade(self, trade: Trade, replacing: int | None = None) -> list[FieldError]:
        """Every reason `trade` (new, or replacing trade `replacing`) would be refused."""
        return self._trade_errors(trade, replacing, self.holdings_index)

    def _checked_trade(self, trade: Trade, replacing: int | None = None) -> list[FieldError]:
        """`check_trade` for a change being written: it uses the holdings index only when it is
        already built (the dialog that validated the entry built it)."""
        return self._trade_errors(trade, replacing, self._current_index)

    def _trade_errors(self, trade: Trade, replacing: int | None,
                      index: Callable[[], HoldingsIndex | None]) -> list[FieldError]:
        trade = self._with_currency(trade)
        errors = checks.check_trade(trade, self._instruments.get(trade.symbol), self._now())
        errors += checks.account_errors(trade.account_id, self.book().accounts)
        inst = self._instruments.get(trade.symbol)
        if inst and trade.currency != inst.currency:
            errors.append(FieldError("currency", f"{trade.symbol} trades in {inst.currency}, not {trade.currency}"))
        if errors:
            return errors
        # history: from the holdings index when it is built, or when `index()` builds it; else by a
        # replay resumed from the state before the first event that changes (a trade among the
        # latest tenth of history replays from there on: sooner than the index is built)
        if trade.side == BUY and replacing is None and not self.history_problems():
            return []         # more units never make a sound history oversell
        book = self.book()
        found, since = self._current_index(), ()
        if found is None:
            found, since = self._earlier_index()        # the saves since it was built count as changes
        if found is None and not self._among_the_latest(book, trade, replacing):
            found, since = index(), ()
        answer = found.check_trade(trade, replacing, since) if found is not None else None
        if answer is not None:
            return answer
        removed = self._trade_in(book, replacing) if replacing is not None else None
        # recorded last of its day, as a new trade is stored (ids only grow)
        candidate = replace(trade, id=replacing if replacing is not None else float("inf"))
        after = book_edits.with_entry(book, removed, candidate) if removed is not None or replacing is None \
            else replace(book, trades=book.trades + (candidate,))
        return ledger.new_history_errors(self.history_problems(), after,
                                         changed=(candidate,) if replacing is not None else ())

    @staticmethod
    def _trade_in(book: ledger.Book, trade_id: int) -> Trade | None:
        """Trade `trade_id` of `book`, looked for from the latest (an edit is usually of a recent one)."""
        return next((t for t in reversed(book.trades) if t.id == trade_id), None)

    def _among_the_latest(self, book: ledger.Book, trade: Trade, replacing: int | None) -> bool:
        """Whether `trade` (and the trade it replaces) falls among the latest tenth of the book's
        history, where a resumed replay starts (`ledger.resumed_from`)."""
        first = ledger.resumed_from(book)
        if first is None or trade.trade_date < first:
            return first is None
        if replacing is None:
            return True
        for old in reversed(book.trades):       # (kept in date order)
            if old.trade_date < first:
                return False
            if old.id == replacing:
                return True
        return False

    def holdings_index(self) -> HoldingsIndex:
        """The units history of the current book, for checking a trade without a replay (built on
        the first question after each change: one replay). An entry dialog asks it on every
        keystroke; a change already validated by one asks `_current_index` instead."""
        book = self.book()
        if self._index_cache is None or self._index_cache.book is not book:
            self._index_cache = HoldingsIndex(book)
        return self._index_cache

    def index_in_steps(self) -> Iterator[None]:
        """Build the holdings index of the current book a slice of history at a time (the window
        runs it when idle, so that the first keystroke of a back-dated entry finds it built): stops
        when it is built and kept, or when the book changed meanwhile (nothing kept then)."""
        book = self.book()
        if self._current_index() is not None:
            return
        for index in HoldingsIndex.in_steps(book):
            if self._book_cache is not book:
                return
            if index is None:
                yield
            else:
                self._index_cache = index

    def _current_index(self) -> HoldingsIndex | None:
        """The holdings index when it is built for the current book, else None (a resumed replay
        judges one change among the latest entries sooner than the index is built)."""
        found = self._index_cache
        return found if found is not None and found.book is self.book() else None

    def _earlier_index(self) -> tuple[HoldingsIndex | None, list]:
        """The holdings index built for a book the current one was made from by a few edits (the
        saves since), with those edits; (None, []) when there is none, or the history now holds a
        problem (only a replay judges then)."""
        found = self._index_cache
        if found is None:
            return None, []
        since = ledger.edits_between(self.book(), found.book)
        if since is None or self.history_problems():
            return None, []
        return found, since

    def _check_removal(self, after: ledger.Book) -> None:
        """Refuse a delete (or undo) that a later entry depends on, naming that entry. (`after` made
        by `book_edits.with_entry` is judged by a replay resumed before the entry removed.)"""
        errors = ledger.new_history_errors(self.history_problems(), after)
        if errors:
            raise ValidationError(errors)

    def removal_errors(self, entries: list) -> list[FieldError]:
        """Why deleting all of `entries` would be refused (a later sell or conversion would then
        exceed the holding), without deleting anything: a window asks before it asks to confirm."""
        after = self.book()
        for entry in entries:
            if book_edits.editable(entry):
                after = book_edits.with_entry(after, entry, None)
        return ledger.new_history_errors(self.history_problems(), after) if after is not self.book() else []

    def history_problems(self) -> list[tuple[object, FieldError]]:
        """Entries already stored that history cannot allow (a sell of more than was held then):
        written by an older version or another tool. Checked at open, as SQLite checks pages."""
        book = self.book()
        if self._problems_cache is None or self._problems_cache[0] is not book:
            known_clean = self._clean_history
            self._problems_cache = (book, [] if known_clean else ledger.history_problems(book))
        return self._problems_cache[1]

    def location_risk(self) -> str | None:
        """Why this database's folder is unsafe for SQLite (network file system, sync client)."""
        return location.risky_location(self.path)

    def location_warning(self) -> str | None:
        """Why this database's folder is unsafe (network file system, sync client), once per
        database: the next calls return None once it has been said (remembered in the file)."""
        reason = self.location_risk()
        if reason is None or self.read_only:
            return None
        said = self.db.execute("SELECT value FROM meta WHERE key = 'location_warned'").fetchone()
        if said and said[0] == str(self.path.resolve()):
            return None
        with self.write():
            self.db.execute("INSERT INTO meta (key, value) VALUES ('location_warned', ?) "
                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                            [str(self.path.resolve())])
        return (f"{reason}. Keep the database on this computer's own disk and write backups to "
                f"that folder instead (File ▸ Back up now, or `tracker backup --to FOLDER/FILE`).")

    def _stored(self, table: str, record_id: int | None, what: str):
        """The stored record `record_id` of `table`, read inside the write (never from a cache)."""
        if record_id is None:
            raise TrackerError(f"id: a {what} to change needs its id")
        found = rows.get_record(self.db, table, record_id)
        if found is None:
            raise TrackerError(f"id: no {what} with id {record_id} (deleted elsewhere?)")
        return found

    @staticmethod
    def _require_unchanged(stored, expected, what: str) -> None:
        """Undo and redo name the row they made; refuse when it is no longer what they made."""
        if expected is not None and replace(stored, id=None) != replace(expected, id=None):
            raise TrackerError(f"id: {what} {stored.id} was changed elsewhere since (it now reads "
                               f"{_describe(stored)}); nothing was done")

    def _require_free(self, table: str, record) -> None:
        if record.id is not None and rows.row_exists(self.db, table, record.id):
            raise TrackerError(f"id: an entry with id {record.id} already exists; nothing was done")

    # --- changes (each one transaction, validated inside it) ---------------------------------------
    def add_trade(self, trade: Trade) -> Trade:
        trade = self._with_currency(trade)
        with self.write():
            self._require_free("trades", trade)
            errors = self._checked_trade(trade)
            if errors:
                raise ValidationError(errors)
            saved = rows.insert_trade(self.db, trade)
            self._edited(added=saved)
            return saved

    restore_trade = add_trade   # undo of a delete: the same checks, the same id

    def update_trade(self, trade: Trade, expected: Trade | None = None) -> Trade:
        """Replace trade `trade.id`; with `expected`, only if it still reads as `expected`."""
        trade = self._with_currency(trade)
        with self.write():
            self._require_unchanged(self._stored("trades", trade.id, "trade"), expected, "trade")
            errors = self._checked_trade(trade, replacing=trade.id)
            if errors:
                raise ValidationError(errors)
            rows.update_trade(self.db, trade)
            self._edited(removed=trade, added=trade)
        return trade

    def delete_trade(self, trade_id: int, expected: Trade | None = None) -> Trade:
        """Refused when a later sell or conversion would then exceed the holding."""
        with self.write():
            old = self._stored("trades", trade_id, "trade")
            self._require_unchanged(old, expected, "trade")
            index = self._current_index()
            # taking a sell out of a sound history only leaves more units for what follows it
            if not (old.side == SELL and not self.history_problems()) and \
                    (index is None or index.check_trade(None, replacing=trade_id) != []):
                self._check_removal(book_edits.with_entry(self.book(), old, None))
            rows.delete_row(self.db, "trades", trade_id)
            self._edited(removed=old)
        return old

    def check_dividend(self, dividend: Dividend) -> list[FieldError]:
        dividend = self._dividend_currency(dividend)
        return (checks.check_dividend(dividend, self._instruments.get(dividend.symbol), self._now())
                + checks.account_errors(dividend.account_id, self.book().accounts))

    def _dividend_currency(self, dividend: Dividend) -> Dividend:
        """A received amount or rate without a currency was credited in the listing's currency."""
        inst = self._instruments.get(dividend.symbol)
        if inst and not dividend.received_currency and (dividend.received is not None
                                                        or dividend.fx_rate is not None):
            return replace(dividend, received_currency=inst.currency)
        return dividend

    def _complete_dividend(self, dividend: Dividend) -> Dividend:
        """Checked, with its currency, and the rate or the received amount derived from the other."""
        dividend = self._dividend_currency(dividend)
        errors = self.check_dividend(dividend)
        if errors:
            raise ValidationError(errors)
        return fx.completed_dividend(dividend)

    def check_fee(self, fee: Fee) -> list[FieldError]:
        fee = self._fee_currency(fee)
        return (checks.check_fee(fee, self._instruments.get(fee.symbol), self._now())
                + checks.account_errors(fee.account_id, self.book().accounts))

    def _fee_currency(self, fee: Fee) -> Fee:
        inst = self._instruments.get(fee.symbol)
        return replace(fee, currency=inst.currency) if inst and not fee.currency else fee

    def update_dividend(self, dividend: Dividend, expected: Dividend | None = None) -> Dividend:
        dividend = self._complete_dividend(dividend)
        with self.write():
            self._require_unchanged(self._stored("dividends", dividend.id, "dividend"), expected, "dividend")
            rows.update_record(self.db, "dividends", dividend)
            self._edited(removed=dividend, added=dividend)
        return dividend

    def update_fee(self, fee: Fee, expected: Fee | None = None) -> Fee:
        fee = self._fee_currency(fee)
        errors = self.check_fee(fee)
        if errors:
            raise ValidationError(errors)
        with self.write():
            self._require_unchanged(self._stored("fees", fee.id, "fee"), expected, "fee")
            rows.update_record(self.db, "fees", fee)
            self._edited(removed=fee, added=fee)
        return fee

    def update_conversion(self, conversion: Conversion, expected: Conversion | None = None) -> Conversion:
        """Replace a conversion in one step, checked against the history without the old one."""
        with self.write():
            self._require_unchanged(self._stored("conversions", conversion.id, "conversion"),
                                    expected, "conversion")
            errors = self.check_conversion(conversion, replacing=conversion.id)
            if errors:
                raise ValidationError(errors)
            rows.update_record(self.db, "conversions", conversion)
            self._edited(removed=conversion, added=conversion)
        return conversion

    def add_dividend(self, dividend: Dividend) -> Dividend:
        dividend = self._complete_dividend(dividend)
        with self.write():
            self._require_free("dividends", dividend)
            saved = rows.insert_dividend(self.db, dividend)
            self._edited(added=saved)
            return saved

    def delete_dividend(self, dividend_id: int, expected: Dividend | None = None) -> Dividend:
        with self.write():
            old = self._stored("dividends", dividend_id, "dividend")
            self._require_unchanged(old, expected, "dividend")
            rows.delete_row(self.db, "dividends", dividend_id)
            self._edited(removed=old)
        return old

    def add_fee(self, fee: Fee) -> Fee:
        fee = self._fee_currency(fee)
        errors = self.check_fee(fee)
        if errors:
            raise ValidationError(errors)
        with self.write():
            self._require_free("fees", fee)
            saved = rows.insert_fee(self.db, fee)
            self._edited(added=saved)
            return saved

    def delete_fee(self, fee_id: int, expected: Fee | None = None) -> Fee:
        with self.write():
            old = self._stored("fees", fee_id, "fee")
            self._require_unchanged(old, expected, "fee")
            rows.delete_row(self.db, "fees", fee_id)
            self._edited(removed=old)
        return old

    def check_conversion(self, conversion: Conversion, replacing: int | None = None) -> list[FieldError]:
        """Every reason `conversion` (new, or replacing conversion `replacing`) would be refused."""
        book = self.book()
        errors = checks.check_conversion(conversion, self._instruments, self._now())
        errors += checks.account_errors(conversion.from_account_id, book.accounts, "from_account")
        errors += checks.account_errors(conversion.to_account_id, book.accounts, "to_account")
        if errors:
            return errors
        others = tuple(c for c in book.conversions if c.id != replacing)
        return ledger.new_history_errors(self.history_problems(), replace(book, conversions=others + (conversion,)),
                                         changed=(conversion,) if replacing is not None else ())

    def add_conversion(self, conversion: Conversion) -> Conversion:
        with self.write():
            self._require_free("conversions", conversion)
            errors = self.check_conversion(conversion)
            if errors:
                raise ValidationError(errors)
            saved = rows.insert_conversion(self.db, conversion)
            self._edited(added=saved)
            return saved

    def add_split(self, action: CorporateAction) -> CorporateAction:
        """Record a split the user confirmed (one a price provider reported, say): never applied
        unless asked, refused when it is implausible, already stored, or would break history."""
        errors = []
        if action.symbol not in self._instruments:
            errors.append(FieldError("symbol", f"unknown listing {action.symbol!r}"))
        if action.kind != SPLIT:
            errors.append(FieldError("kind", "only a split can be recorded this way"))
        if not (Decimal("0.001") <= action.factor <= Decimal(1000)) or action.factor == 1:
            errors.append(FieldError("factor", f"a split of {action.factor} units per unit is not plausible"))
        if action.effective > self.today():
            errors.append(FieldError("date", f"{action.effective} is in the future"))
        if errors:
            raise ValidationError(errors)
        with self.write():
            book = self.book()
            if any(a.symbol == action.symbol and a.effective == action.effective and a.kind == SPLIT
                   for a in book.actions):
                raise ValidationError([FieldError("date", f"a split of {action.symbol} on "
                                                          f"{action.effective} is already recorded")])
            errors = ledger.new_history_errors(self.history_problems(),
                                               replace(book, actions=book.actions + (action,)))
            if errors:
                raise ValidationError(errors)
            return rows.insert_corporate_action(self.db, action)

    def delete_split(self, action_id: int) -> CorporateAction:
        """Remove a split the user recorded (the bundled 2019 subdivision stays: it happened)."""
        with self.write():
            found = next((a for a in self.book().actions if a.id == action_id), None)
            if found is None or found.kind != SPLIT:
                raise TrackerError(f"id: no recorded split with id {action_id}")
            if found.effective.isoformat() == "2019-07-30":
                raise TrackerError("id: the 2019 subdivision is a fact every holding depends on; it stays")
            book = self.book()
            self._check_removal(replace(book, actions=tuple(a for a in book.actions if a.id != action_id)))
            rows.delete_row(self.db, "corporate_actions", action_id)
        return found

    def units_received(self, conversion: Conversion) -> Decimal:
        """Units of the other listing a conversion delivers (10 BABA -> 80 9988.HK), at the ratio of
        ordinary shares per unit in force on its day."""
        book, day = self.book(), conversion.conversion_date
        return conversion.quantity * (ledger.ordinary_per_unit(conversion.from_symbol, book, day)
                                      / ledger.ordinary_per_unit(conversion.to_symbol, book, day))

    def delete_conversion(self, conversion_id: int, expected: Conversion | None = None) -> Conversion:
        with self.write():
            old = self._stored("conversions", conversion_id, "conversion")
            self._require_unchanged(old, expected, "conversion")
            self._check_removal(book_edits.with_entry(self.book(), old, None))
            rows.delete_row(self.db, "conversions", conversion_id)
            self._edited(removed=old)
        return old

    # --- transfers between accounts -------------------------------------------------------------
    def _transfer_currency(self, transfer: Transfer) -> Transfer:
        inst = self._instruments.get(transfer.symbol)
        return replace(transfer, currency=inst.currency) if inst and not transfer.currency else transfer

    def check_transfer(self, transfer: Transfer, replacing: int | None = None) -> list[FieldError]:
        """Every reason `transfer` (new, or replacing transfer `replacing`) would be refused: its own
        fields, then history (more units than the giving account held then)."""
        transfer = self._transfer_currency(transfer)
        book = self.book()
        errors = checks.check_transfer(transfer, self._instruments.get(transfer.symbol), book.accounts,
                                       self._now())
        if errors:
            return errors
        others = tuple(x for x in book.transfers if x.id != replacing)
        return ledger.new_history_errors(self.history_problems(), replace(book, transfers=others + (transfer,)),
                                         changed=(transfer,) if replacing is not None else ())

    def add_transfer(self, transfer: Transfer) -> Transfer:
        transfer = self._transfer_currency(transfer)
        with self.write():
            self._require_free("transfers", transfer)
            errors = self.check_transfer(transfer)
            if errors:
                raise ValidationError(errors)
            saved = rows.insert_transfer(self.db, transfer)
            self._edited(added=saved)
            return saved

    def update_transfer(self, transfer: Transfer, expected: Transfer | None = None) -> Transfer:
        transfer = self._transfer_currency(transfer)
        with self.write():
            self._require_unchanged(self._stored("transfers", transfer.id, "transfer"), expected, "transfer")
            errors = self.check_transfer(transfer, replacing=transfer.id)
            if errors:
                raise ValidationError(errors)
            rows.update_record(self.db, "transfers", transfer)
            self._edited(removed=transfer, added=transfer)
        return transfer

    def delete_transfer(self, transfer_id: int, expected: Transfer | None = None) -> Transfer:
        """Refused when a later sell, conversion or transfer of the receiving account needs its units."""
        with self.write():
            old = self._stored("transfers", transfer_id, "transfer")
            self._require_unchanged(old, expected, "transfer")
            self._check_removal(book_edits.with_entry(self.book(), old, None))
            rows.delete_row(self.db, "transfers", transfer_id)
            self._edited(removed=old)
        return old

    # --- accounts (broker records) --------------------------------------------------------------
    def accounts(self) -> list[Account]:
        """Every account, in the order they were made ("Main" first in a database made before
        accounts)."""
        return list(self.book().accounts.values())

    def account(self, account_id: int) -> Account:
        found = self.book().accounts.get(account_id)
        if found is None:
            raise TrackerError(f"account: no account with id {account_id}")
        return found

    def account_named(self, name: str | None, field: str = "account") -> Account:
        """The account called `name` (case does not matter); without a name, the default one: the
        only account, or "Main" (id 1) when there are several. `field` names the option a refusal
        is about (a transfer names two accounts)."""
        accounts = self.book().accounts
        if name is None:
            if len(accounts) == 1:
                return next(iter(accounts.values()))
            if DEFAULT_ACCOUNT in accounts:
                return accounts[DEFAULT_ACCOUNT]
            raise TrackerError(f"{field}: choose one of {', '.join(a.name for a in accounts.values())}")
        wanted = name.strip().casefold()
        found = next((a for a in accounts.values() if a.name.casefold() == wanted), None)
        if found is None:
            known = ", ".join(a.name for a in accounts.values())
            raise TrackerError(f"{field}: unknown account {name!r} (known: {known})")
        return found

    def account_with_external_id(self, external_id: str) -> Account | None:
        """The account that carries the broker's own account id `external_id` (IBKR's "U1234567")."""
        return next((a for a in self.book().accounts.values() if a.external_id == external_id), None)

    def add_account(self, account: Account) -> Account:
        with self.write():
            self._require_free("accounts", account)     # an undone delete puts it back with its id
            accounts = rows.load_accounts(self.db)
            errors = checks.check_account(account, accounts)
            if errors:
                raise ValidationError(errors)
            saved = rows.insert_account(self.db, account)
            self._edited()        # the book holds the accounts: read again
            return saved

    def update_account(self, account: Account) -> Account:
        """Rename an account, or change its broker, currency or broker id; its activities stay."""
        with self.write():
            accounts = rows.load_accounts(self.db)
            if account.id not in accounts:
                raise TrackerError(f"account: no account with id {account.id}")
            errors = checks.check_account(account, {i: a for i, a in accounts.items() if i != account.id})
            if errors:
                raise ValidationError(errors)
            rows.update_account(self.db, account)
            self._edited()
        return account

    def rename_account(self, account_id: int, name: str) -> Account:
        return self.update_account(replace(self.account(account_id), name=name))

    def delete_account(self, account_id: int) -> Account:
        """Only an account nothing belongs to, and never "Main" (id 1: the account of every
        activity written without one)."""
        with self.write():
            found = rows.load_accounts(self.db).get(account_id)
            if found is None:
                raise TrackerError(f"account: no account with id {account_id}")
            refusal = self.account_deletion_refusal(found)
            if refusal:
                raise TrackerError(f"account: {refusal}")
            rows.delete_row(self.db, "accounts", account_id)
            self._edited()
        return found

    def account_deletion_refusal(self, account: Account) -> str | None:
        """Why `account` cannot be deleted (a sentence naming it), None when it can: the window
        says so before the user tries."""
        if account.id == DEFAULT_ACCOUNT:
            return f"{account.name} is the account every activity without one belongs to; rename it instead"
        used = rows.account_in_use(self.db, account.id)
        if used:
            return f"{account.name} still holds activities (a {used} at least); delete or move them first"
        return None

    # --- prices ----------------------------------------------------------------------------------
    def bars(self, symbol: str, start: date | None = None, end: date | None = None) -> Bars:
        """Every bar of `symbol` (kept until its prices change: do not modify the arrays), or
        those from `start` to `end`."""
        self.series_symbol(symbol)
        if start is None and end is None:
            kept = self._bars_cache.get(symbol)
            if kept is None:
                data, clean = price_store.load_bars_checked(self.db, symbol)
                kept = self._bars_cache[symbol] = (Bars(**data), clean)
            return kept[0]
        start_ts = _date_to_epoch(start) if start else None
        end_ts = _date_to_epoch(end) + 86399 if end else None
        data = price_store.load_bars(self.db, symbol, start_ts, end_ts)
        return Bars(**data)

    def daily_closes(self, symbol: str) -> list[tuple[date, float]]:
        """Each date's last close; from the bars when they are loaded already (the chart's), else
        from SQLite."""
        kept = self._bars_cache.get(symbol)
        if kept is not None and kept[1]:
            return price_store.daily_closes_of(kept[0].ts, kept[0].close)
        return price_store.daily_closes(self.db, symbol)

    def market_closes(self, symbol: str) -> list[tuple[date, Decimal]]:
        """Daily closes as Decimals to 4 places (a hundredth of a cent): price files carry float
        noise such as 73.550003 that must not leak into market values. Kept until the listing's
        prices change (do not modify the list)."""
        if symbol not in self._closes_cache:
            self._closes_cache[symbol] = [(d, market_price(c)) for d, c in self.daily_closes(symbol)]
        return self._closes_cache[symbol]

    def close_on_or_before(self, symbol: str, day: date) -> tuple[date, float] | None:
        closes = self.market_closes(symbol)
        lo, hi = 0, len(closes)
        while lo < hi:
            mid = (lo + hi) // 2
            if closes[mid][0] <= day:
                lo = mid + 1
            else:
                hi = mid
        if lo == 0:
            return None
        d, c = closes[lo - 1]
        return d, float(c)

    # --- entry help: sessions and the day's range ---------------------------------------------------
    def exchange_today(self, symbol: str) -> date:
        """Today's date on the listing's exchange (a fixed `today` in tests)."""
        return checks.exchange_today(self._instruments.get(symbol), self._now())

    def default_entry_date(self, symbol: str) -> date:
        """A new entry's date: today once the listing's exchange has opened today (or a bar of
        today is stored), else its last trading session (its exchange's calendar)."""
        inst = self._instruments.get(symbol)
        now = self._now()
        if inst is not None and isinstance(now, datetime):
            local = now.astimezone(checks.exchange_zone(inst))
            if sessions.has_opened(inst.exchange, local):
                return local.date()
        return sessions.last_session(inst.exchange if inst else "", self.exchange_today(symbol),
                                     self.last_price_date(symbol) if inst else None)

    def is_trading_day(self, symbol: str, day: date) -> bool | None:
        """Whether the listing's exchange traded on `day` (None: beyond its calendar)."""
        inst = self._instruments.get(symbol)
        return sessions.is_session(inst.exchange if inst else "", day)

    def day_range(self, symbol: str, day: date) -> tuple[float, float] | None:
        """The stored low and high of `day` (over all its bars), or None without a bar."""
        bars = self.bars(symbol, day, day)
        if not len(bars.ts):
            return None
        return float(bars.low.min()), float(bars.high.max())

    def outside_day_range(self, symbol: str, day: date, price: Decimal) -> tuple[Decimal, Decimal] | None:
        """The day's stored (low, high), to the cent, when `price` lies outside it; None inside it
        or without a bar. (A vendor's float noise, 74.370003 for 74.37, is not outside.)"""
        found = self.day_range(symbol, day)
        if found is None:
            return None
        low, high = map(_in_cents, found)
        return None if low <= price <= high else (low, high)

    def far_from_close(self, symbol: str, day: date, price: Decimal) -> tuple[date, Decimal] | None:
        """For a day without a bar of its own (a day with one is judged by its range): the last
        stored close before it, however old (prices not updated for months are when a typo goes
        unseen), and its day, when `price` is over three times or under a third of it (a digit too
        many or too few); else None."""
        self.series_symbol(symbol)
        found = price_store.last_close_before(self.db, symbol, _date_to_epoch(day) + 86400)
        if found is None:
            return None
        last = _epoch_to_date(found[0])
        close = _in_cents(float(found[1]))
        if last == day or close <= 0 or close <= 3 * price <= 9 * close:
            return None
        return last, close

    def last_price_date(self, symbol: str) -> date | None:
        return price_store.last_bar_date(self.db, symbol)

    def import_prices(self, source, symbol: str, fmt: str | None = None, mapping: dict | None = None,
                      dry_run: bool = False, progress: Progress | None = None,
                      should_cancel: Callable[[], bool] | None = None, replace: bool = False) -> PriceImportReport:
        """Validate the whole file, then write every bar or none (ValidationError lists the lines).
        Bars that would mix with the stored ones (adjusted against raw, another series' closes:
        `price_checks`) are refused (MixedSeriesError) unless `replace`: the stored ones are then
        replaced, as when they are the wrong ones."""
        from tracker.importers.prices import parse_price_csv
        source = self._not_live(source)
        self.series_symbol(symbol)
        parsed = parse_price_csv(source, fmt=fmt, mapping=mapping)
        from tracker.app.bar_dates import bar_date_errors         # (numpy: not for read commands)
        wrong_days = bar_date_errors(self._instruments.get(symbol), parsed.ts, self._now(), parsed.lines)
        if wrong_days:             # with the file's other errors, in line order: all of them at once
            parsed.errors = sorted(parsed.errors + wrong_days, key=lambda e: (e.line is None, e.line or 0))
        report = PriceImportReport(symbol, parsed.format, parsed.rows, errors=list(parsed.errors),
                                   dry_run=dry_run, looks_adjusted=parsed.looks_adjusted)
        if len(parsed.ts):
            report.first, report.last = parsed.first, parsed.last
        if parsed.errors:
            refusal = ValidationError(parsed.errors)
            refusal.report = report          # the dialog still shows the detected format and counts
            raise refusal
        if not len(parsed.ts):
            raise TrackerError("file: no price rows found")
        if dry_run:
            self._note_jumps(report, parsed, self._count_overlap(report, parsed, replace), replace)
            return report
        import numpy as np
        with self.write():
            existing = self._count_overlap(report, parsed, replace)   # as committed, inside the write
            self._note_jumps(report, parsed, existing, replace)
            overlap = np.isin(existing["ts"], parsed.ts, assume_unique=True)
            if replace:       # the file's range is the file's: a stored bar it lacks goes too
                price_store.delete_bars(self.db, symbol, existing["ts"][~overlap])
            price_store.upsert_bars(self.db, symbol, parsed, progress=progress, should_cancel=should_cancel)
            report.undo_source = previous_source(self.db, symbol)
            record_file_source(self.db, symbol, source)
        report.undo_added_ts = parsed.ts[~np.isin(parsed.ts, existing["ts"], assume_unique=True)]
        put_back = np.ones(len(overlap), dtype=bool) if replace else overlap
        report.undo_replaced = {k: v[put_back] for k, v in existing.items()}
        return report

    def _count_overlap(self, report: PriceImportReport, parsed, replace: bool = False) -> dict:
        import numpy as np
        from tracker.app.price_checks import refuse_mixed_series
        existing = price_store.load_bars(self.db, report.symbol, int(parsed.ts[0]), int(parsed.ts[-1]))
        if not replace:
            refuse_mixed_series(report.symbol, existing, parsed.ts, parsed.close)
        stored = np.isin(existing["ts"], parsed.ts, assume_unique=True)
        at = np.searchsorted(parsed.ts, existing["ts"][stored])        # the file's row of each
        same = np.ones(len(at), dtype=bool)
        for name in ("open", "high", "low", "close", "volume"):
            same &= existing[name][stored] == np.asarray(getattr(parsed, name), dtype=np.float64)[at]
        report.unchanged = int(same.sum())
        report.updated = len(at) - report.unchanged
        report.added = len(parsed.ts) - len(at)
        report.removed = len(existing["ts"]) - len(at) if replace else 0
        return existing

    def delete_bars(self, symbol: str, start: date | None = None, end: date | None = None) -> int:
        """Remove the stored bars of `symbol` from `start` to `end` (each optional: every bar when
        neither is given), as after a wrong file; returns how many went."""
        self.series_symbol(symbol)
        if start and end and start > end:
            raise ValidationError([FieldError("to", f"{end} is before {start}")])
        with self.write():
            return price_store.delete_bars_between(
                self.db, symbol, _date_to_epoch(start) if start else None,
                _date_to_epoch(end) + 86399 if end else None)

    def stored_price_outliers(self, symbol: str):
        """The stored closes out of line with their neighbours, and the bars whose high or low is
        far from their own close (`price_jumps`, judged as if the whole series were one file):
        what a wrong import left behind."""
        import numpy as np
        from tracker.app.price_jumps import JumpReport, bar_spikes, price_jumps
        bars = self.bars(symbol)
        if not len(bars.ts):
            return JumpReport(())
        none = np.zeros(0, dtype=np.int64)
        jumps = price_jumps(bars.ts, bars.close, None, none, np.zeros(0), None, None)
        return replace(jumps, spikes=bar_spikes(bars.ts, bars.high, bars.low, bars.close, None, jumps))

    def _note_jumps(self, report: PriceImportReport, parsed, existing: dict, replacing: bool = False) -> None:
        """Closes of the file out of line with the series the import leaves (still written)."""
        import numpy as np
        from tracker.app.price_jumps import bar_spikes, price_jumps
        kept = ~np.isin(existing["ts"], parsed.ts, assume_unique=True) & (not replacing)
        before, after = price_store.closes_beside(self.db, report.symbol, int(parsed.ts[0]), int(parsed.ts[-1]))
        jumps = price_jumps(parsed.ts, parsed.close, parsed.lines, existing["ts"][kept],
                            existing["close"][kept], before, after)
        report.jumps = replace(jumps, spikes=bar_spikes(parsed.ts, parsed.high, parsed.low,
                                                    parsed.close, parsed.lines, jumps))

    def revert_price_import(self, report: PriceImportReport) -> None:
        """Undo an import: drop the bars it added and put back the ones it replaced."""
        with self.write():
            price_store.delete_bars(self.db, report.symbol, report.undo_added_ts)
            if report.undo_replaced is not None and len(report.undo_replaced["ts"]):
                price_store.upsert_bars(self.db, report.symbol, report.undo_replaced)
            restore_source(self.db, report.symbol, report.undo_source)

    def read_import_file(self, path: str | Path) -> str:
        """A price or trade file's text, checked as the importers check it (UTF-8 or UTF-16 text,
        lines of sane length, a sane size): what an import preview shows."""
        from tracker.app import activity_import
        from tracker.importers.csvsniff import read_text
        path = self._not_live(path)
        if activity_import.detect(activity_import.head_of(path)) in ("ibkr-flex", "json"):
            # XML and JSON may come on one long line: their own parsers check them, with the size bound
            try:
                return activity_import.file_bytes(path).decode("utf-8-sig")
            except UnicodeDecodeError as exc:
                raise ValidationError([FieldError("file", f"not UTF-8 text (byte {exc.start + 1})")]) from None
        return read_text(path)

    def import_file_kind(self, path: str | Path) -> str:
        """"trades" when the file's header is a trade file's, else "prices" (what a file dropped
        on the window is imported as); refuses this database's own files."""
        from tracker.importers.csvsniff import read_head
        from tracker.importers.trades import is_trade_header
        return "trades" if is_trade_header(read_head(self._not_live(path)).header) else "prices"

    def is_live_file(self, path: str | Path) -> bool:
        """Is `path` this database, its -wal/-shm/-journal or its writer lock? Opening any of them
        outside SQLite, even to read, would drop this process's locks on the database."""
        if self.is_database_file(path, self.path):
            return True
        lock_file = lock.lock_path(self.path)
        try:
            return Path(path).resolve() == lock_file.resolve() or (
                Path(path).exists() and lock_file.exists() and os.path.samefile(path, lock_file))
        except OSError:
            return False

    def _not_live(self, source):
        """`source` unless it names one of this database's own files (TrackerError then)."""
        if isinstance(source, (str, Path)) and self.is_live_file(source):
            raise TrackerError(f"file: {source} is this database's own file, not a file to import; "
                               "choose a price or trade file")
        return source

    # --- trade import ------------------------------------------------------------------------------
    def parse_activities(self, source, fmt: str | None = None, mapping=None):
        """A trade, statement or export file read into activities (importers.activities), nothing
        written: what an import preview shows before the plan."""
        from tracker.app import activity_import
        return activity_import.parse(self._not_live(source), self._instruments, self._now(), fmt, mapping)

    def import_trades(self, source, dry_run: bool = False, progress: Progress | None = None,
                      should_cancel: Callable[[], bool] | None = None, fmt: str | None = None,
                      mapping=None, include_duplicates: bool = False, account: int | None = None,
                      record_splits: bool = False) -> TradeImportReport:
        """All or nothing: every row valid, and the whole history valid with the new rows (see
        app.activity_import). Rows that name no account go to `account` (default: the only one, or
        Main). The splits a statement reports are recorded only with `record_splits`. A cancel
        (checked between chunks of the write) rolls it all back."""
        parsed = self.parse_activities(source, fmt, mapping)
        if record_splits:
            parsed.entries += parsed.offered_records
        return self.import_parsed(parsed, dry_run, progress, should_cancel, include_duplicates, account)

    def import_parsed(self, parsed, dry_run: bool = False, progress: Progress | None = None,
                      should_cancel: Callable[[], bool] | None = None,
                      include_duplicates: bool = False, account: int | None = None) -> TradeImportReport:
        """`import_trades` of a file already read (`parse_activities`)."""
        if account is not None:
            self.account(account)         # refused (one line) when there is no such account
        report = TradeImportReport(parsed.rows, parsed.format, dry_run=dry_run,
                                   include_duplicates=include_duplicates)
        if dry_run:
            self._plan_import(report, parsed, account=account)
            return report
        with self.write():      # the keys and the history as committed, checked inside the write
            new = self._plan_import(report, parsed, write_accounts=True, account=account)
            self._apply_corrections(report.corrected, report.removed)
            if new:
                saved = self._insert_records([e.record for e in new], [e.key for e in new],
                                             progress, should_cancel)
                report.added_records, report.record_keys = saved, [e.key for e in new]
                report.added_ids = [r.id for r in saved if isinstance(r, Trade)]
                report.added_keys = [e.key for e in new if isinstance(e.record, Trade)]
        return report

    def _plan_import(self, report: TradeImportReport, parsed, write_accounts: bool = False,
                     account: int | None = None) -> list:
        """What the import adds (see app.activity_import); with `write_accounts` (inside the
        import's write) the accounts it needs are made first."""
        from tracker.app import activity_import
        book = self.book()
        accounts = dict(book.accounts)
        report.new_accounts = activity_import.accounts_needed(parsed, accounts)
        refused = activity_import.account_problems(parsed, report.new_accounts, accounts)
        for n, made in enumerate(report.new_accounts, start=1):
            if write_accounts and not refused:
                made = rows.insert_account(self.db, made)
            else:                                      # a dry run, or a refusal: nothing is made
                made = replace(made, id=-n)            # a stand-in id
            accounts[made.id] = made
        activity_import.assign_accounts(parsed, accounts, account or self.account_named(None).id)
        keys = [e.key for e in parsed.entries if e.key]
        known = set()
        for table in ("trades", "dividends", "fees", "transfers"):
            known |= rows.existing_import_keys(self.db, keys, table)
        keyless = tuple(kind for kind, table in ((Dividend, "dividends"), (Fee, "fees"), (Conversion, "conversions"))
                        if not rows.has_import_keys(self.db, table))
        cash_keys = [e.key for e in parsed.entries if e.key in known] + [k for _, k in parsed.cancel_keys]
        by_key = {**rows.records_by_key(self.db, "dividends", cash_keys),
                  **rows.records_by_key(self.db, "fees", cash_keys),
                  **rows.records_by_key(self.db, "trades", [k for _, k in parsed.cancel_keys])}
        new = activity_import.plan(parsed, book, known, report.include_duplicates,
                                   self.history_problems(), report, keyless, accounts, by_key)
        if report.errors:
            refusal = ValidationError(report.errors)
            refusal.report = report
            raise refusal
        return new

    def _apply_corrections(self, corrected: list, removed: list) -> None:
        """Stored dividends and fees a later statement corrects, or stored rows its reversals
        cancel (one step of the running write: what follows reads the book without them)."""
        with self.write():
            for _, new in corrected:
                rows.update_record(self.db, rows.table_of(new), new)
            for old, _ in removed:
                rows.delete_row(self.db, rows.table_of(old), old.id)

    def _insert_records(self, records: list, keys: list[str | None], progress: Progress | None = None,
                        should_cancel: Callable[[], bool] | None = None, chunk: int = 2000) -> list:
        saved: list = []
        with self.write():
            for start in range(0, len(records), chunk):
                saved += rows.insert_records(self.db, records[start:start + chunk], keys[start:start + chunk])
                if progress is not None:
                    progress(min(start + chunk, len(records)), len(records))
                # checked after each chunk, the last one included: a cancel before the
                # commit always rolls everything back
                if should_cancel is not None and should_cancel():
                    raise ImportCancelled("import cancelled: nothing was written")
        return saved

    def _insert_trades(self, trades: list[Trade], keys: list[str | None], progress: Progress | None = None,
                       should_cancel: Callable[[], bool] | None = None) -> list[int]:
        return [t.id for t in self._insert_records(trades, keys, progress, should_cancel)]

    def revert_trade_import(self, report: TradeImportReport) -> None:
        """Undo an import: remove what it added (refused if a later entry needs it)."""
        added = report.added_records or [self.trade(i) for i in report.added_ids]
        with self.write():
            book = self.book()
            gone = {(type(r), r.id) for r in added}
            kept = {name: tuple(e for e in getattr(book, name) if (type(e), e.id) not in gone)
                    for name in ("trades", "dividends", "fees", "conversions", "actions", "transfers")}
            self._check_removal(replace(book, **kept))
            for record in added:
                rows.delete_row(self.db, rows.table_of(record), record.id)
            # what the import corrected or removed, as it was
            self._apply_corrections([(new, old) for old, new in report.corrected], [])
            if report.removed:
                rows.insert_records(self.db, [old for old, _ in report.removed], [k for _, k in report.removed])

    def restore_trades(self, records: list, import_keys: list[str | None], report=None) -> list:
        """Put imported entries back exactly as they were (ids and import keys), in one transaction:
        the redo of an undone import, so re-importing that file afterwards still adds nothing.
        With the import's `report`, its corrections and removals of stored rows are made again."""
        with self.write():
            if report is not None:
                self._apply_corrections(report.corrected, report.removed)
            for record in records:
                self._require_free(rows.table_of(record), record)
            book = self.book()
            after = replace(book, **{name: getattr(book, name) + tuple(
                r for r in records if rows.table_of(r) == table)
                for name, table in (("trades", "trades"), ("dividends", "dividends"), ("fees", "fees"),
                                    ("conversions", "conversions"), ("actions", "corporate_actions"),
                                    ("transfers", "transfers"))})
            errors = ledger.new_history_errors(self.history_problems(), after)
            if errors:
                raise ValidationError(errors)
            self._insert_records(list(records), list(import_keys))
        return list(records)

    # --- export ------------------------------------------------------------------------------------
    def export_activities(self, fmt: str = "csv") -> str:
        """Every activity as one CSV or JSON text that `import_trades` reads back (app.export)."""
        from tracker.app import export
        if fmt not in export.FORMATS:
            raise TrackerError(f"format: use one of {', '.join(export.FORMATS)} (got {fmt!r})")
        return export.render(self.book(), fmt)

    # --- analytics ---------------------------------------------------------------------------------
    def position(self, symbol: str, as_of: date | None = None, method: str = "fifo",
                 account: int | None = None) -> Position:
        """The position in `symbol` in `account` (an `Account.id`), or in every account (None)."""
        exchange = self.instrument(symbol).exchange
        if method not in METHODS:
            raise TrackerError(f"method: use one of {', '.join(METHODS)}")
        if account is not None:
            self.account(account)
        as_of = as_of or self.today()
        others = {s: self.market_closes(s) for s in self._instruments if s != symbol}
        return ledger.compute_position(symbol, self.book(), as_of, self.market_closes(symbol),
                                       method=method, other_closes=others,
                                       is_stale=lambda day: price_age.is_stale(exchange, day, as_of),
                                       rates=self.rates(), account=account)

    # --- the combined stake and exchange rates -------------------------------------------------------
    def rates(self) -> fx.Rates:
        """The day's rates of HKD and CNY per US dollar, from the USDHKD and USDCNY series."""
        series = tuple(self.market_closes(symbol) for symbol in fx.SERIES_OF.values())
        if self._rates_cache is None or any(a is not b for a, b in zip(self._rates_cache[0], series)):
            self._rates_cache = (series, fx.Rates(dict(zip(fx.SERIES_OF, series))))
        return self._rates_cache[1]

    def fx_rate(self, from_currency: str, to_currency: str, day: date) -> fx.Rate:
        """Units of `to_currency` per unit of `from_currency` on `day` (the previous rate when the
        day has none; the peg, marked approximate, when there is none at all)."""
        try:
            return self.rates().rate(from_currency, to_currency, day)
        except fx.MissingRate as exc:
            raise TrackerError(f"fx_rate: {exc}") from None

    def stake(self, as_of: date | None = None, method: str = "fifo", currency: str = fx.USD) -> Position:
        """Both listings as one holding in `currency` (USD, HKD or CNY): see `domain.stake`."""
        return self.stake_and_period(self.period(as_of=as_of), method, currency)[0]

    def stake_and_period(self, per: periods.Period, method: str = "fifo", currency: str = fx.USD,
                         account: int | None = None) -> tuple[Position, periods.PeriodReturn]:
        """The combined stake (in `account`, or in every account: None) at the end of `per`, its
        XIRR and TWR over `per` (see `periods`)."""
        if method not in METHODS:
            raise TrackerError(f"method: use one of {', '.join(METHODS)}")
        if currency not in fx.CURRENCIES:
            raise TrackerError(f"currency: use one of {', '.join(fx.CURRENCIES)} (got {currency!r})")
        as_of = per.end
        closes = {s: self.market_closes(s) for s in self._instruments}
        is_stale = {s: (lambda day, exchange=i.exchange: price_age.is_stale(exchange, day, as_of))
                    for s, i in self._instruments.items()}
        rows: list = []
        try:
            p = stake.compute_stake(self.book(), as_of, closes, self.rates(), currency, method, is_stale,
                                    days_out=rows, account=account, since_inception=False)
        except fx.MissingRate as exc:
            raise TrackerError(f"currency: {exc}") from None
        result = periods.period_return(rows, per, end=p.returns_to)
        return periods.applied(p, result), result

    def premium_series(self) -> list[stake.PremiumPoint]:
        """BABA's premium (or discount) to 8 x the 9988.HK close / USDHKD on each day both closed."""
        ads = next(i for i in self._instruments.values() if i.kind == "ADS")
        ordinary = next(i for i in self._instruments.values() if i.kind == "ORD")
        sources = (self.market_closes(ads.symbol), self.market_closes(ordinary.symbol), self.rates())
        kept = self._premium_cache        # prices only: a new trade does not change it
        if kept is None or any(a is not b for a, b in zip(kept[0], sources)):
            kept = self._premium_cache = (sources, stake.premium_series(
                sources[0], sources[1], ads.ordinary_per_unit, sources[2], ads.currency, ordinary.currency))
        return list(kept[1])

    def positions(self, as_of: date | None = None, method: str = "fifo",
                  account: int | None = None) -> list[Position]:
        """One per listing that has any activity (all listings when there is none at all), in
        `account` or in every account together (None)."""
        return [self.position(s, as_of, method, account) for s in self.active_listings(account)]

    def active_listings(self, account: int | None = None) -> list[str]:
        """Listings with any activity (in `account`, when given; all of them when there is none at
        all), BABA first. Counted once per history, then moved by each edit (`listings_used`)."""
        book = self.book()
        kept = self._listing_counts.get(account)
        if kept is None or kept[0] is not book:
            edits = ledger.edits_between(book, kept[0]) if kept is not None else None
            counts = (listings_used.count((*book.trades, *book.dividends, *book.fees, *book.conversions,
                                           *book.transfers), account)
                      if edits is None else listings_used.after_edits(kept[1], edits, account))
            kept = self._listing_counts[account] = (book, counts)
        active = listings_used.used(kept[1])
        symbols = [s for s in self._instruments if s in active] or list(self._instruments)
        symbols.sort(key=lambda s: (s != "BABA", s))
        return symbols

    def holdings_on(self, day: date, account: int | None = None, without_trade: int | None = None,
                    without_transfer: int | None = None) -> dict[str, Decimal]:
        """Units per listing at the end of `day`, in `account` or in all (None); looked up in a
        timeline replayed once per change. With `without_trade` (or `without_transfer`), as if
        that trade (transfer), the one being edited, had never been entered."""
        if without_trade is not None:
            steps = self._timeline_without("trades", without_trade, account)
        elif without_transfer is not None:
            steps = self._timeline_without("transfers", without_transfer, account)
        else:
            steps = self._timeline_cache.get(account)
            if steps is None:
                steps = self._timeline_cache[account] = ledger.holdings_timeline(self.book(), account)
        index = bisect_right(steps, day, key=lambda step: step[0])
        if index == 0:
            return {symbol: Decimal(0) for symbol in self._instruments}
        return dict(steps[index - 1][1])

    def _timeline_without(self, kind: str, record_id: int, account: int | None):
        """The holdings timeline of the book less one trade or transfer (`kind`: the Book field),
        kept while the book is unchanged."""
        book = self.book()
        cached = self._timeline_without_cache
        if cached is None or cached[0] is not book or cached[1:4] != (kind, record_id, account):
            removed = next((r for r in reversed(getattr(book, kind)) if r.id == record_id), None)
            # the book less one entry, as an edit of it (its timeline made from the book's, replays resumed)
            others = book_edits.with_entry(book, removed, None) if removed is not None else book
            cached = self._timeline_without_cache = (book, kind, record_id, account,
                                                     ledger.holdings_timeline(others, account))
        return cached[4]

    def ads_equivalent_held(self, day: date) -> Decimal:
        return ledger.ads_equivalent(self.holdings_on(day), self.book(), day)

    def first_buy_date(self) -> date | None:
        buys = [t.trade_date for t in self.book().trades if t.side == BUY]
        return min(buys) if buys else None

    def cost_series(self, symbol: str, method: str = "fifo", account: int | None = None):
        return ledger.average_cost_series(symbol, self.book(), method, account)

    def value_series(self, symbol: str, account: int | None = None):
        others = {s: self.market_closes(s) for s in self._instruments if s != symbol}
        return ledger.value_series(symbol, self.book(), self.market_closes(symbol), others, self.rates(),
                                   account)

    # --- damaged rows --------------------------------------------------------------------------------
    def damaged_rows(self) -> list[codecs.DamagedRow]:
        """Stored rows that reads so far have skipped because they cannot be used (a number out of
        range, text that is no number or date), each with the command that fixes it."""
        return codecs.damaged_rows(self.db)

    # --- backups ---------------------------------------------------------------------------------
    def backup(self, to: str | Path | None = None) -> Path:
        """A checked copy: to the file `to`, else into the backups folder (rotated)."""
        if to:
            if self.is_live_file(to):
                raise TrackerError(f"file: {to} is the database itself (or its -wal/-shm or lock): "
                                   "choose another file name")
            target = Path(to).expanduser()
            if not target.parent.is_dir():   # a mistyped folder would hide the copy somewhere unexpected
                raise TrackerError(f"file: there is no folder {target.parent}: make it first, or choose another")
            return backups.copy_to(self.db, target, db_path=self.path)
        return backups.make_backup(self.db, self.path, reason="manual")

    @staticmethod
    def restore(db_path: str | Path, source: str | Path, wait_s: float = COMMAND_WAIT_S) -> backups.Restored:
        """Replace the database at `db_path` with a validated backup, holding the right to write
        meanwhile (refused while a window or another command has it). The result says where the
        previous database went."""
        path = Path(db_path)
        writer = lock.WriterLock(path)
        try:
            got = writer.wait(COMMAND, wait_s)
        except OSError as exc:
            raise problems.from_os_error(exc, path) from None
        if not got:
            raise DatabaseBusy(path, writer.holder())
        try:
            return backups.restore(path, Path(source), SCHEMA_VERSION)
        finally:
            writer.release()

    @staticmethod
    def check_backup(source: str | Path) -> None:
        """Refuse (TrackerError) a file that `restore` would refuse, without touching anything."""
        backups.validate_backup(Path(source), SCHEMA_VERSION)

    @staticmethod
    def backups_of(db_path: str | Path) -> list[backups.BackupFile]:
        """The automatic and manual backups of the database at `db_path`, newest first (it need
        not open: this is what the window offers when it cannot)."""
        return backups.list_backups(Path(db_path))

    @staticmethod
    def backups_folder(db_path: str | Path) -> Path:
        return paths.backup_dir(Path(db_path))

    def check_output_file(self, target: str | Path) -> Path:
        """Refuse to write an export onto the database, its -wal/-shm, or a folder (one line)."""
        out = Path(target)
        if self.is_live_file(out):
            raise TrackerError(f"file: {out} is the database itself (or its -wal/-shm): choose another file name")
        if out.is_dir():
            raise TrackerError(f"file: {out} is a folder: give a file name inside it")
        return out

    @staticmethod
    def is_database_file(target: str | Path, db_path: str | Path) -> bool:
        """Is `target` the database at `db_path` or its -wal/-shm/-journal (never to be written)?"""
        return backups.is_database_file(Path(target), Path(db_path))

    # --- reporting periods, benchmarks, realized gains ---------------------------------------------
    def series_symbol(self, symbol: str) -> str:
        """`symbol` when prices can be stored under it: a listing, an exchange rate or a benchmark."""
        known = series_rows.known_symbols(self.db)
        if symbol not in known:
            raise TrackerError(f"symbol: unknown series {symbol!r} (known: {', '.join(known)}); add an index "
                               "or ETF with `tracker benchmarks add SYMBOL --name N --currency C`")
        return symbol

    def benchmarks(self) -> list[Instrument]:
        return list(series_rows.load_benchmarks(self.db).values())

    def add_benchmark(self, symbol: str, name: str = "", currency: str = "USD", exchange: str = "") -> Instrument:
        inst, errors = series_checks.benchmark(symbol, name, currency, exchange)
        if errors:
            raise ValidationError(errors)
        with self.write():
            if inst.symbol in series_rows.known_symbols(self.db):
                raise ValidationError([FieldError("symbol", f"{inst.symbol} is already a series")])
            series_rows.insert_benchmark(self.db, inst)
        return inst

    def period(self, key: str = periods.INCEPTION, as_of: date | None = None, first: date | None = None,
               last: date | None = None) -> periods.Period:
        """A named period ending at `as_of` (today), or the days `first` to `last` (`key` "custom")."""
        end = last or as_of or self.today()
        try:
            if key == periods.CUSTOM or first is not None:
                if first is None:
                    raise ValueError("period: a custom period needs its first day")
                return periods.custom(first, end)
            return periods.period(key, end)
        except ValueError as exc:
            raise TrackerError(str(exc)) from None

    def _position_days(self, symbol: str, as_of: date, method: str,
                       account: int | None = None) -> tuple[Position, list]:
        """The position and its daily rows, kept while the facts they came from are the same
        objects: choosing another period, or asking for every period, walks history once. Its
        rates are a period's (`periods.period_return` of the rows): none are solved here."""
        exchange = self.instrument(symbol).exchange
        if method not in METHODS:
            raise TrackerError(f"method: use one of {', '.join(METHODS)}")
        if account is not None:
            self.account(account)
        book, closes = self.book(), self.market_closes(symbol)
        others = {s: self.market_closes(s) for s in self._instruments if s != symbol}
        rates = self.rates()
        sources = (book, closes, *others.values(), rates)      # new exchange rates: a new Rates
        cache = self._position_days_cache
        key = (symbol, as_of, method, account)
        found = cache.get(key)
        if found is not None and len(found[0]) == len(sources) and all(a is b for a, b in zip(found[0][1:], sources[1:])):
            # the same facts, or an edit of another listing's entries that cannot reach this one
            if found[0][0] is book or ledger.unchanged_for(symbol, book, found[0][0]):
                cache[key] = (sources, found[1], found[2])
                return found[1], found[2]
        rows: list = []
        p = ledger.compute_position(symbol, book, as_of, closes, method=method, other_closes=others,
                                    days_out=rows, is_stale=lambda day: price_age.is_stale(exchange, day, as_of),
                                    rates=rates, account=account, since_inception=False)
        if len(cache) >= POSITION_CACHE_SIZE:
            cache.pop(next(iter(cache)))
        cache[key] = (sources, p, rows)
        return p, rows

    def position_over(self, symbol: str, per: periods.Period, method: str = "fifo",
                      account: int | None = None) -> Position:
        """The position at the end of `per`, its XIRR and TWR over `per` (see `periods`)."""
        return self.position_and_period(symbol, per, method, account)[0]

    def position_and_period(self, symbol: str, per: periods.Period, method: str = "fifo",
                            account: int | None = None) -> tuple[Position, periods.PeriodReturn]:
        """`position_over` and the period's returns with its TWR index, from one pass over history."""
        p, rows = self._position_days(symbol, per.end, method, account)
        result = self._period_return(rows, per, p.returns_to)
        return periods.applied(p, result), result

    def _period_return(self, rows: list, per: periods.Period, end: date) -> periods.PeriodReturn:
        """`periods.period_return`, kept while the rows are the same list (a listing an edit did not
        reach keeps its rows, so its period's rates need not be solved again)."""
        key = (id(rows), per, end)
        found = self._period_cache.get(key)
        if found is not None and found[0] is rows:
            return found[1]
        result = periods.period_return(rows, per, end=end)
        if len(self._period_cache) >= POSITION_CACHE_SIZE:
            self._period_cache.pop(next(iter(self._period_cache)))
        self._period_cache[key] = (rows, result)
        return result

    def period_returns(self, symbol: str, as_of: date | None = None, method: str = "fifo",
                       keys: tuple[str, ...] = periods.PERIOD_KEYS,
                       account: int | None = None) -> dict[str, periods.PeriodReturn]:
        """TWR and XIRR of `symbol` over each named period ending at `as_of`, from one pass over history."""
        as_of = as_of or self.today()
        p, rows = self._position_days(symbol, as_of, method, account)
        return {k: self._period_return(rows, periods.period(k, as_of), p.returns_to) for k in keys}

    def period_return(self, symbol: str, per: periods.Period, method: str = "fifo",
                      account: int | None = None) -> periods.PeriodReturn:
        p, rows = self._position_days(symbol, per.end, method, account)
        return self._period_return(rows, per, p.returns_to)

    def benchmark_index(self, symbol: str, result: periods.PeriodReturn) -> tuple[tuple[date, float], ...]:
        """The benchmark's cumulative return over the days `result` covers, from the same opening day."""
        self.series_symbol(symbol)
        opening = periods.opening_day(result)
        if opening is None:
            return ()
        return periods.price_index(self.market_closes(symbol), opening, result.end)

    def closed_lots(self, symbol: str | None = None, method: str = "fifo", until: date | None = None,
                    account: int | None = None):
        if method not in METHODS:
            raise TrackerError(f"method: use one of {', '.join(METHODS)}")
        symbols = [symbol] if symbol else [s for s in self._instruments]
        if symbol:
            self.instrument(symbol)
        book = self.book()
        lots = [lot for s in symbols for lot in gains.closed_lots(s, book, method, until, account)]
        lots.sort(key=lambda lot: (lot.sold, lot.symbol))
        return lots

    def realized_gains(self, start: gains.TaxYearStart = gains.CALENDAR_YEAR, method: str = "fifo",
              year: int | None = None, symbol: str | None = None,
              account: int | None = None) -> list[gains.YearGains]:
        """Realized gains grouped by tax year (and currency); only `year` when given."""
        years = gains.by_tax_year(self.closed_lots(symbol, method, account=account), start)
        return [y for y in years if year is None or y.year == year]
