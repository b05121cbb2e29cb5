"""Values to and from SQLite: Decimal as TEXT (never REAL), dates as ISO text.

Reading is defensive: a row written by something other than this app (a hand edit, an older bug)
may hold text that is no number, a number no ledger can hold, or no date. Such a row must not stop
every later read, so the loaders decode each row with the `stored_*` functions below, skip the row
when one raises `BadValue`, and note it as a `DamagedRow` that the command line and the window
report together with the command that removes or replaces it.
"""
from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from weakref import WeakKeyDictionary

from sqlite_utils import Database

from tracker.domain.checks import FIRST_YEAR
from tracker.domain.money import out_of_bounds


def dec_out(value: Decimal | None) -> str | None:
    """Exact text; normalized so '10.00' and '10' compare and read the same."""
    if value is None:
        return None
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "0") else text


def dec_in(text: str | None) -> Decimal | None:
    return None if text is None or text == "" else Decimal(text)


def date_out(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def date_in(text: str | None) -> date | None:
    return None if not text else date.fromisoformat(text)


# --- defensive reading ------------------------------------------------------------------------------
class BadValue(ValueError):
    """One stored cell that cannot be read back as what its column means."""

    def __init__(self, column: str, value, reason: str):
        self.column, self.value, self.reason = column, value, reason
        super().__init__(f"{column} {shown(value)} {reason}")


def shown(value) -> str:
    """A stored value as quoted in a report: short, whatever is stored."""
    text = repr(value)
    return text if len(text) <= 42 else text[:38] + "...'"


def stored_decimal(row: dict, column: str, limit: Decimal, sign: str = "any",
                   optional: bool = False) -> Decimal | None:
    """The Decimal in `row[column]`, within +-`limit`; `sign` "positive" or "non-negative" adds the
    domain's rule for that column. None only when `optional` and the cell is empty."""
    value = row[column]
    if type(value) is str and value:            # what the app writes: the fast path
        try:
            number = Decimal(value)
        except InvalidOperation:
            raise BadValue(column, value, "is not a number") from None
    elif value is None or value == "":
        if optional:
            return None
        raise BadValue(column, value, "is empty")
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        number = Decimal(value)
    else:
        raise BadValue(column, value, "is not a number")
    if not (number.is_finite() and -limit <= number <= limit):
        raise BadValue(column, value, out_of_bounds(number, limit))
    if sign == "positive" and number <= 0:
        raise BadValue(column, value, "must be greater than 0")
    if sign == "non-negative" and number < 0:
        raise BadValue(column, value, "cannot be negative")
    return number


def stored_date(row: dict, column: str, optional: bool = False) -> date | None:
    value = row[column]
    if value is None or value == "":
        if optional:
            return None
        raise BadValue(column, value, "is empty")
    if type(value) is not str:
        raise BadValue(column, value, "is not a date")
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise BadValue(column, value, "is not a date (YYYY-MM-DD)") from None
    if day.year < FIRST_YEAR:
        raise BadValue(column, value, f"is before {FIRST_YEAR}")
    return day


_UNDECODED = re.compile("[\udc80-\udcff]")     # bytes kept by readable_rows' surrogateescape


def undecodable(text: str) -> bool:
    """Whether `text` holds bytes that were not UTF-8 (kept as surrogates by `readable_rows`)."""
    return not text.isascii() and _UNDECODED.search(text) is not None


def stored_text(row: dict, column: str, choices=None, optional: bool = True) -> str:
    """Text of a column ('' for an empty optional cell); `choices` limits it to known values."""
    value = row[column]
    if type(value) is not str:
        if value is None and optional and choices is None:
            return ""
        raise BadValue(column, value, "is not text")
    if choices is not None and value not in choices:
        raise BadValue(column, value, "is not one of " + ", ".join(sorted(choices)))
    if undecodable(value):
        raise BadValue(column, value.encode("utf-8", "surrogateescape"), "is not UTF-8 text")
    return value


def readable_rows(db: Database, fetch: Callable[[], Iterable[dict]]) -> list[dict]:
    """`list(fetch())`; when SQLite holds text that is not UTF-8 (which Python's sqlite3 refuses
    for the whole query), fetched again with such bytes kept as surrogates for `stored_text` to
    refuse row by row. Costs nothing on a clean table."""
    try:
        return list(fetch())
    except sqlite3.OperationalError as exc:
        if "decode" not in str(exc):
            raise
    previous = db.conn.text_factory
    db.conn.text_factory = lambda raw: raw.decode("utf-8", "surrogateescape")
    try:
        return list(fetch())
    finally:
        db.conn.text_factory = previous


RESTORE_HINT = "(an automatic backup from before the damage)"


@dataclass(frozen=True)
class DamagedRow:
    """A stored row that was skipped on reading, and how the user can put it right."""
    what: str          # "trade 5", "BABA price bar 2020-01-02"
    problem: str       # "price '1e+30' must be at most 10^12"
    fix: str           # "tracker trades delete 5"
    hint: str = ""     # said after the command: "(a corrected file replaces the bar)"

    def __str__(self) -> str:
        hint = f" {self.hint}" if self.hint else ""
        return f"{self.what} skipped: {self.problem}; fix it with `{self.fix}`{hint}"


# Damaged rows found by the loaders, per open database, keyed so that reading a table again does
# not repeat them. A weak map: a closed and dropped Database takes its notes with it.
_DAMAGED: WeakKeyDictionary[Database, dict[tuple, DamagedRow]] = WeakKeyDictionary()


def note_damaged(db: Database, key: tuple, row: DamagedRow) -> None:
    _DAMAGED.setdefault(db, {})[key] = row


def forget_damaged(db: Database, table: str, scope=None) -> None:
    """Drop the notes of `table` (of one `scope`, such as a symbol, or all) before reading it again,
    so that a row fixed since is no longer reported."""
    notes = _DAMAGED.get(db)
    if notes:
        for key in [k for k in notes if k[0] == table and (scope is None or k[1] == scope)]:
            del notes[key]


def forget_damaged_row(db: Database, table: str, row_id) -> None:
    """Drop the note of one row (it was just deleted or replaced)."""
    notes = _DAMAGED.get(db)
    if notes:
        for key in [k for k in notes if k[0] == table and k[2] == row_id]:
            del notes[key]


def damaged_rows(db: Database) -> list[DamagedRow]:
    """Every damaged row the loaders skipped, in the order they were found."""
    return list(_DAMAGED.get(db, {}).values())
