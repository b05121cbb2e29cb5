"""Closes out of line with their neighbours in an imported price file.

Alibaba's listings have never moved threefold in a day, so a close over three times, or under a
third of, the one before it is a typo (a lost decimal point, a digit too many) or another series'
file (a split-adjusted vendor, another listing). Once stored it would value the position at that
price. The import still writes the bars (the file may be right, the stored bars wrong) and says
so, naming the line, as trades and dividends far from the market are warned about.

The series judged is the one the import leaves: the file's bars, the stored bars between them that
it keeps, and the stored bar on either side of its range.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone

import numpy as np

FACTOR = 3.0        # a close this many times the one before (or under its inverse) is out of line
NAMED = 3           # jumps described one by one; the rest are counted


@dataclass(frozen=True)
class PriceJump:
    """A close of the file far from a neighbour's: `line` of the file, its `day` and `close`; the
    neighbour's close `other` on `other_day` (the bar before it, or after it when `other_after`),
    `stored` when that neighbour is a stored bar rather than one of the file. A lone bar out of
    line on both sides (`lone`, a typo) also gives the close after it, `after`; that bar may be a
    stored one the file leaves in place (`odd_stored`: `line` is None then)."""
    line: int | None
    day: date
    close: float
    other: float
    other_day: date
    other_after: bool = False
    stored: bool = False
    lone: bool = False
    after: float | None = None
    odd_stored: bool = False      # the lone bar out of line is a stored one, not the file's

    @property
    def ratio(self) -> float:
        return self.close / self.other

    def describe(self, symbol: str = "") -> str:
        """In English, for the command line (`symbol`: the series, for the command that removes a
        stored typo)."""
        where = f"line {self.line}: " if self.line is not None else ""
        head = f"{where}close {self.close:,.2f} on {self.day} is {_times(self.ratio)}"
        if self.odd_stored:
            return (f"the stored close {self.close:,.2f} on {self.day} is {_times(self.ratio)} the close before "
                    f"it ({self.other:,.2f} on {self.other_day}) and the one after it ({self.after:,.2f}), and "
                    f"the file leaves it in place: a typo in the stored bars? `tracker prices delete --symbol "
                    f"{symbol} --from {self.day} --to {self.day}` removes it")
        if self.lone:
            return (f"{head} the close before it ({self.other:,.2f} on {self.other_day}) and the one "
                    f"after it ({self.after:,.2f}): a typo?")
        neighbour = "the stored close" if self.stored else "the close"
        side = "after" if self.other_after else "before"
        return (f"{head} {neighbour} {side} it ({self.other:,.2f} on {self.other_day}): another "
                f"listing's prices, or adjusted for a split?")


@dataclass(frozen=True)
class BarSpike:
    """A bar of the file whose high (or low: `field`) is over three times (under a third of) its
    own close: a slipped decimal point the low <= close <= high check lets through."""
    line: int | None
    day: date
    field: str               # "high" or "low"
    value: float
    close: float

    def describe(self) -> str:
        where = f"line {self.line}: " if self.line is not None else ""
        return (f"{where}{self.field} {self.value:,.2f} on {self.day} is {_times(self.value / self.close)} "
                f"the day's close ({self.close:,.2f}): a typo?")


@dataclass(frozen=True)
class JumpReport:
    jumps: tuple[PriceJump, ...]
    more: int = 0                        # further jumps, not described
    spikes: tuple[BarSpike, ...] = ()    # the first few bars with a high or low far from their close

    def lines(self, symbol: str = "") -> list[str]:
        """The jumps, then the spikes, in English."""
        out = [j.describe(symbol) for j in self.jumps]
        if self.more:
            out.append(f"and {self.more:,} more close{'s' if self.more > 1 else ''} as far from the one before")
        return out + [s.describe() for s in self.spikes]

    def __bool__(self) -> bool:
        return bool(self.jumps or self.spikes)


def _times(ratio: float) -> str:
    """"10× " or "1/10 of " (one decimal when it is not whole)."""
    factor = ratio if ratio >= 1 else 1 / ratio
    shown = f"{factor:,.1f}".removesuffix(".0")
    return f"{shown}×" if ratio >= 1 else f"1/{shown} of"


def _day(ts: int) -> date:
    return datetime.fromtimestamp(int(ts), tz=timezone.utc).date()


def price_jumps(ts: np.ndarray, close: np.ndarray, lines: np.ndarray | None,
                kept_ts: np.ndarray, kept_close: np.ndarray,
                before: tuple[int, float] | None, after: tuple[int, float] | None) -> JumpReport:
    """The closes of the file (`ts`, `close`, read from file `lines`) out of line with the series
    the import leaves: with `kept_*`, the stored bars inside the file's range it does not replace,
    and the stored bars `before` and `after` it, (ts, close) or None."""
    ts = np.asarray(ts, dtype=np.int64)
    if not len(ts):
        return JumpReport(())
    file_line = (np.asarray(lines, dtype=np.int64) if lines is not None
                 else np.full(len(ts), -1, dtype=np.int64))
    parts_ts = [ts, np.asarray(kept_ts, dtype=np.int64)]
    parts_close = [np.asarray(close, dtype=np.float64), np.asarray(kept_close, dtype=np.float64)]
    from_file = [np.ones(len(ts), bool), np.zeros(len(parts_ts[1]), bool)]
    for neighbour in (before, after):
        if neighbour is not None:
            parts_ts.append(np.array([neighbour[0]], dtype=np.int64))
            parts_close.append(np.array([neighbour[1]], dtype=np.float64))
            from_file.append(np.zeros(1, bool))
    all_ts = np.concatenate(parts_ts)
    order = np.argsort(all_ts, kind="stable")
    all_ts, values, is_file = all_ts[order], np.concatenate(parts_close)[order], np.concatenate(from_file)[order]
    where_in_file = np.concatenate([np.arange(len(ts)), np.full(len(all_ts) - len(ts), -1)])[order]
    ratio = values[1:] / values[:-1]
    far = ((ratio >= FACTOR) | (ratio <= 1 / FACTOR)) & (is_file[1:] | is_file[:-1])
    found: list[PriceJump] = []
    skip = -1
    count = 0
    for i in np.flatnonzero(far):
        k = i + 1                       # the bar that jumped, against bar i before it
        if k == skip:
            continue
        lone = (k + 1 < len(values) and bool(far[k]) and (ratio[i] > 1) != (ratio[k] > 1))
        # the bar named: the one that moved; a stored one beside the file's only when it is the typo
        at = k if is_file[k] or lone else i
        if lone:
            skip = k + 1                # the way back is the same typo
        count += 1
        if len(found) >= NAMED:
            continue
        line = int(file_line[where_in_file[at]])
        other = i if at == k else k     # a stored bar after the file's: described from the file's side
        found.append(PriceJump(line if line >= 0 else None, _day(all_ts[at]), float(values[at]),
                               float(values[other]), _day(all_ts[other]), other_after=other > at,
                               stored=not is_file[other], lone=lone,
                               after=float(values[k + 1]) if lone else None, odd_stored=not is_file[at]))
    return JumpReport(tuple(found), count - len(found))


def bar_spikes(ts: np.ndarray, high: np.ndarray, low: np.ndarray, close: np.ndarray,
               lines: np.ndarray | None, named: JumpReport | None = None) -> tuple[BarSpike, ...]:
    """The first few bars whose high is over FACTOR times their close, or whose low is under a
    FACTOR-th of it; not those whose close `named` already describes (the close is the typo)."""
    close = np.asarray(close, dtype=np.float64)
    described = np.isin(np.asarray(ts, dtype=np.int64) // 86400,
                        [(j.day - date(1970, 1, 1)).days for j in (named.jumps if named else ())])
    found = []
    for field, values, far in (("high", np.asarray(high, dtype=np.float64), lambda v: v >= FACTOR * close),
                               ("low", np.asarray(low, dtype=np.float64), lambda v: v * FACTOR <= close)):
        for i in np.flatnonzero(far(values) & (close > 0) & ~described)[:NAMED]:
            found.append((int(i), BarSpike(int(lines[i]) if lines is not None else None, _day(ts[i]), field,
                                           float(values[i]), float(close[i]))))
    return tuple(spike for _, spike in sorted(found, key=lambda pair: pair[0])[:NAMED])

