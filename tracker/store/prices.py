"""Price bars in SQLite: upsert from numpy arrays, read back into numpy arrays.

A bar is keyed by (symbol, ts); `ts` is epoch seconds of the bar's naive exchange-local time (read
as if UTC), so a daily bar sits at midnight of its date. Writes run inside the caller's transaction
(`db.atomic()`): a failure or a cancel leaves the table as it was.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from tracker.domain.checks import FIRST_BAR_TS, LAST_BAR_TS
from tracker.domain.money import MAX_AMOUNT, MAX_VOLUME
from tracker.errors import ImportCancelled, TrackerError
from tracker.store.codecs import DamagedRow, forget_damaged, note_damaged, shown
from tracker.store.revisions import bump

if TYPE_CHECKING:    # numpy loads with the first bars read or written, not with the store
    import numpy as np

COLUMNS = ("ts", "open", "high", "low", "close", "volume")
NAMED_BAD_BARS = 3      # damaged bars reported one by one; the rest as a count
CHUNK_ROWS = 50_000
SECONDS_PER_DAY = 86_400

_UPSERT = (
    "INSERT INTO prices (symbol, ts, open, high, low, close, volume) VALUES (?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (symbol, ts) DO UPDATE SET open = excluded.open, high = excluded.high, "
    "low = excluded.low, close = excluded.close, volume = excluded.volume"
)


class Cancelled(ImportCancelled):
    """The user stopped an import part-way; the caller's transaction rolls back."""

    def __init__(self, done: int = 0, total: int = 0):
        self.done, self.total = done, total
        super().__init__(f"import cancelled after {done:,} of {total:,} bars; nothing was saved")


def _columns(bars: Any) -> dict[str, np.ndarray]:
    """The six arrays of a ParsedBars-like object or a mapping of arrays."""
    import numpy as np
    get = bars.__getitem__ if isinstance(bars, Mapping) else lambda name: getattr(bars, name)
    arrays = {name: np.asarray(get(name)) for name in COLUMNS}
    lengths = {len(a) for a in arrays.values()}
    if len(lengths) != 1:
        raise ValueError(f"bar arrays differ in length: {sorted(lengths)}")
    return arrays


def _require_instrument(db: Database, symbol: str) -> None:
    if db.execute("SELECT 1 FROM instruments WHERE symbol = ?", [symbol]).fetchone() is None:
        raise TrackerError(f"unknown symbol {symbol!r}; add the instrument before its prices")


def _count(db: Database, symbol: str) -> int:
    return db.execute("SELECT COUNT(*) FROM prices WHERE symbol = ?", [symbol]).fetchone()[0]


def upsert_bars(db: Database, symbol: str, bars: Any,
                progress: Callable[[int, int], None] | None = None,
                should_cancel: Callable[[], bool] | None = None) -> tuple[int, int]:
    """Insert new bars and overwrite bars already stored at the same time; returns (added, updated).

    Runs in the caller's transaction. `progress(done, total)` is called after every chunk of
    about 50,000 bars; `should_cancel()` is asked before each chunk and a True answer raises
    `Cancelled` (the caller's `db.atomic()` then rolls everything back).
    """
    import numpy as np
    _require_instrument(db, symbol)
    bump(db, f"prices:{symbol}")
    arrays = _columns(bars)
    total = len(arrays["ts"])
    before = _count(db, symbol)
    ts = arrays["ts"].astype(np.int64, copy=False).tolist()
    values = [arrays[name].astype(np.float64, copy=False).tolist() for name in COLUMNS[1:]]
    names = [symbol] * min(total, CHUNK_ROWS)
    for start in range(0, total, CHUNK_ROWS):
        if should_cancel is not None and should_cancel():
            raise Cancelled(start, total)
        stop = min(start + CHUNK_ROWS, total)
        rows = zip(names, ts[start:stop], *(column[start:stop] for column in values))
        db.conn.executemany(_UPSERT, rows)
        if progress is not None:
            progress(stop, total)
    added = _count(db, symbol) - before
    return added, total - added


def delete_bars(db: Database, symbol: str, ts: np.ndarray) -> int:
    """Remove the bars of `symbol` at these times (undoing an import); returns how many went."""
    import numpy as np
    bump(db, f"prices:{symbol}")
    before = _count(db, symbol)
    times = np.asarray(ts, dtype=np.int64).tolist()
    for start in range(0, len(times), CHUNK_ROWS):
        db.conn.executemany("DELETE FROM prices WHERE symbol = ? AND ts = ?",
                            ((symbol, t) for t in times[start:start + CHUNK_ROWS]))
    return before - _count(db, symbol)


def delete_bars_between(db: Database, symbol: str, start_ts: int | None, end_ts: int | None) -> int:
    """Remove every bar of `symbol` with start_ts <= ts <= end_ts (either bound optional)."""
    where, params = _selected(symbol, start_ts, end_ts)
    bump(db, f"prices:{symbol}")
    return db.conn.execute(f"DELETE FROM prices WHERE {where}", params).rowcount


def count_existing(db: Database, symbol: str, ts: np.ndarray) -> int:
    """How many of these bar times are already stored (a dry run's 'would update' count)."""
    import numpy as np
    ts = np.asarray(ts, dtype=np.int64)
    if not len(ts):
        return 0
    cursor = db.execute("SELECT ts FROM prices WHERE symbol = ? AND ts BETWEEN ? AND ? ORDER BY ts",
                        [symbol, int(ts.min()), int(ts.max())])
    stored = np.fromiter(cursor, dtype=[("ts", np.int64)])["ts"]
    return int(np.isin(ts, stored).sum())


# A stored bar every reader can use: a number in every price column, each finite, > 0 and at most
# MAX_AMOUNT, a volume from 0 to MAX_VOLUME, and a bar time from 1900 to 9999. SQLite keeps NaN as
# NULL and an infinity as a REAL beyond every bound, so both fail here. Anything else (a hand edit,
# text in a REAL column) is skipped and reported rather than allowed to break every chart and
# position.
_FIRST_TS, _LAST_TS = FIRST_BAR_TS, LAST_BAR_TS
_NUMBER = "typeof({c}) IN ('real', 'integer')"
_GOOD_BAR = " AND ".join(
    [f"typeof(ts) = 'integer' AND ts BETWEEN {_FIRST_TS} AND {_LAST_TS}"]
    + [f"{_NUMBER.format(c=c)} AND {c} > 0 AND {c} <= {int(MAX_AMOUNT)}" for c in COLUMNS[1:5]]
    + [f"{_NUMBER.format(c='volume')} AND volume >= 0 AND volume <= {MAX_VOLUME:.0f}"])


def _selected(symbol: str, start_ts: int | None, end_ts: int | None) -> tuple[str, list[Any]]:
    where, params = "symbol = ?", [symbol]
    if start_ts is not None:
        where += " AND ts >= ?"
        params.append(int(start_ts))
    if end_ts is not None:
        where += " AND ts <= ?"
        params.append(int(end_ts))
    return where, params


def _note_bad_bars(db: Database, symbol: str, where: str, params: list[Any]) -> None:
    """Report the bars of `symbol` that `_GOOD_BAR` refuses: the first few by name, then a count."""
    forget_damaged(db, "prices", symbol)
    fix = f"tracker prices import FILE --symbol {symbol}"
    hint = "(a corrected file replaces the bars it holds)"
    bad = db.execute(f"SELECT ts, open, high, low, close, volume FROM prices "
                     f"WHERE {where} AND NOT ({_GOOD_BAR}) ORDER BY ts", params)
    count = 0
    for ts, *values in bad:
        count += 1
        if count > NAMED_BAD_BARS:
            continue
        problems = [f"{name} {shown(value)}" for name, value in zip(COLUMNS[1:], values)
                    if not _usable(name, value)] or [f"time {shown(ts)}"]
        note_damaged(db, ("prices", symbol, repr(ts)), DamagedRow(
            f"{symbol} price bar {_bar_label(ts)}", "not a number or out of range: " + ", ".join(problems),
            fix, hint))
    if count > NAMED_BAD_BARS:
        note_damaged(db, ("prices", symbol, "more"), DamagedRow(
            f"{count - NAMED_BAD_BARS:,} more {symbol} price bars", "not numbers or out of range",
            fix, hint))


def _usable(name: str, value) -> bool:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
        return False
    if name == "volume":
        return 0 <= value <= MAX_VOLUME
    return 0 < value <= MAX_AMOUNT


def _bar_label(ts) -> str:
    if isinstance(ts, int) and _FIRST_TS <= ts <= _LAST_TS:
        moment = datetime(1970, 1, 1) + timedelta(seconds=ts)
        return moment.date().isoformat() if ts % SECONDS_PER_DAY == 0 else moment.isoformat(" ")
    return f"at ts {ts!r}"


def load_bars(db: Database, symbol: str, start_ts: int | None = None,
              end_ts: int | None = None) -> dict[str, np.ndarray]:
    """Bars of `symbol` with start_ts <= ts <= end_ts (either bound optional), ascending by ts:
    `ts` int64 and `open, high, low, close, volume` float64. Bars no reader can use are skipped and
    noted (codecs.damaged_rows)."""
    return load_bars_checked(db, symbol, start_ts, end_ts)[0]


def load_bars_checked(db: Database, symbol: str, start_ts: int | None = None,
                      end_ts: int | None = None) -> tuple[dict[str, np.ndarray], bool]:
    """`load_bars`, and whether every stored bar in the range was usable (none skipped)."""
    import numpy as np
    where, params = _selected(symbol, start_ts, end_ts)
    record = np.dtype([("ts", np.int64)] + [(name, np.float64) for name in COLUMNS[1:]])
    sql = f"SELECT ts, open, high, low, close, volume FROM prices WHERE {where}"
    try:
        # Straight from the cursor into one structured array: no intermediate list of 1M tuples.
        table = np.fromiter(db.execute(sql + " ORDER BY ts", params), dtype=record)
        usable = _usable_rows(table)
    except (TypeError, ValueError, OverflowError):     # text or NULL where a number belongs
        usable = None
    clean = usable is not None and bool(usable.all())
    if not clean:
        _note_bad_bars(db, symbol, where, params)
        table = np.fromiter(db.execute(f"{sql} AND {_GOOD_BAR} ORDER BY ts", params), dtype=record)
    return {name: np.ascontiguousarray(table[name]) for name in COLUMNS}, clean


def _usable_rows(table: np.ndarray) -> np.ndarray:
    """The rows of a bar table `_GOOD_BAR` would keep (checked in numpy: the common case of a clean
    table then costs one pass and no second query)."""
    ok = (table["ts"] >= _FIRST_TS) & (table["ts"] <= _LAST_TS)
    for name in COLUMNS[1:5]:
        ok &= (table[name] > 0) & (table[name] <= float(MAX_AMOUNT))
    return ok & (table["volume"] >= 0) & (table["volume"] <= MAX_VOLUME)


def daily_closes(db: Database, symbol: str) -> list[tuple[date, float]]:
    """Close of the last bar of each calendar date, oldest first (minute bars collapse to one
    figure per day: the day's last close).

    SQLite picks each day's last bar itself, so a million minute bars cost one pass in C and a few
    thousand rows reach Python (and numpy is not needed at all)."""
    where, params = _selected(symbol, None, None)
    rows = db.execute(_LAST_OF_DAY.format(where=where), params).fetchall()
    if not all(ok for _, _, ok in rows):     # text, NULL or an impossible close among the bars
        _note_bad_bars(db, symbol, where, params)
        rows = db.execute(_LAST_OF_DAY.format(where=f"{where} AND {_GOOD_BAR}"), params).fetchall()
    epoch = date(1970, 1, 1)
    return [(epoch + timedelta(days=(ts - _FIRST_TS) // SECONDS_PER_DAY + _FIRST_DAY), float(close))
            for ts, close, _ in rows]


def daily_closes_of(ts: np.ndarray, close: np.ndarray) -> list[tuple[date, float]]:
    """`daily_closes` of bars already loaded (every one of them usable): the close of each calendar
    date's last bar, found in numpy, without a second pass of SQLite over a million bars."""
    import numpy as np
    if not len(ts):
        return []
    days = (ts - _FIRST_TS) // SECONDS_PER_DAY
    last = np.append(np.flatnonzero(days[1:] != days[:-1]), len(days) - 1)
    epoch = date(1970, 1, 1)
    return [(epoch + timedelta(days=int(day) + _FIRST_DAY), float(c))
            for day, c in zip(days[last].tolist(), close[last].tolist())]


# Each day's last bar (the next bar, by ts, falls on a later day or there is none), and every bar
# whose close no reader can use, flagged, so that one pass both answers and checks. Days count
# from FIRST_TS (a midnight), where SQLite's integer division, truncating, agrees with the floor.
_CLOSE_OK = (f"typeof(ts) = 'integer' AND ts BETWEEN {_FIRST_TS} AND {_LAST_TS} AND "
             f"{_NUMBER.format(c='close')} AND close > 0 AND close <= {int(MAX_AMOUNT)}")
_LAST_OF_DAY = (
    "SELECT ts, close, ok FROM (SELECT ts, close, " + _CLOSE_OK + " AS ok, "
    "LEAD(ts) OVER (ORDER BY ts) AS after FROM prices WHERE {where}) "
    f"WHERE NOT ok OR after IS NULL OR (after - {_FIRST_TS}) / {SECONDS_PER_DAY} "
    f"!= (ts - {_FIRST_TS}) / {SECONDS_PER_DAY} ORDER BY ts")
_FIRST_DAY = _FIRST_TS // SECONDS_PER_DAY      # 1900-01-01 in days from 1970-01-01


def last_bar_date(db: Database, symbol: str) -> date | None:
    """Date of the newest usable stored bar, or None when the symbol has none."""
    ts = db.execute("SELECT MAX(ts) FROM prices WHERE symbol = ?", [symbol]).fetchone()[0]
    if not (isinstance(ts, int) and _FIRST_TS <= ts <= _LAST_TS):     # a damaged newest bar
        ts = db.execute(f"SELECT MAX(ts) FROM prices WHERE symbol = ? AND {_GOOD_BAR}",
                        [symbol]).fetchone()[0]
    if ts is None:
        return None
    return datetime.fromtimestamp(int(ts), tz=timezone.utc).date()


def last_close_before(db: Database, symbol: str, ts: int) -> tuple[int, float] | None:
    """(ts, close) of the newest usable stored bar before `ts`, or None."""
    found = db.execute(f"SELECT ts, close FROM prices WHERE symbol = ? AND ts < ? AND {_GOOD_BAR} "
                       "ORDER BY ts DESC LIMIT 1", [symbol, int(ts)]).fetchone()
    return tuple(found) if found else None


def closes_beside(db: Database, symbol: str, start_ts: int, end_ts: int
                  ) -> tuple[tuple[int, float] | None, tuple[int, float] | None]:
    """(ts, close) of the usable stored bar just before `start_ts` and of the one just after
    `end_ts` (None where there is none): the neighbours an imported range joins."""
    after = db.execute(f"SELECT ts, close FROM prices WHERE symbol = ? AND ts > ? AND {_GOOD_BAR} "
                       "ORDER BY ts LIMIT 1", [symbol, int(end_ts)]).fetchone()
    return last_close_before(db, symbol, start_ts), (tuple(after) if after else None)
