"""Whole columns of stored cells read at once, for a table whose every cell is what the app writes.

Decoding a row at a time (`codecs.stored_*`) checks each cell in a few Python calls: a second at
100,000 trades. Here each column is checked and converted in a pass or two over it. Every function
gives the column's values exactly as the row-by-row functions would, or None when any cell is not
plainly what the app writes (a number stored as REAL, an empty cell, a value out of bounds, bytes
that are not UTF-8...): the caller then reads the table row by row, and the rows that cannot be
read are skipped and reported as before, with the same messages.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal, InvalidOperation

from tracker.domain.checks import FIRST_YEAR
from tracker.store.codecs import undecodable

_POSITIVE, _NON_NEGATIVE = "positive", "non-negative"


def texts(values: Sequence, choices=None, optional: bool = True) -> list[str] | None:
    """`codecs.stored_text` of each cell ('' for an empty optional one)."""
    if optional and choices is None and None in values:
        values = ["" if v is None else v for v in values]
    if not _all_text(values):
        return None
    if choices is not None and not set(values) <= set(choices):
        return None
    if undecodable("".join(values)):
        return None
    return list(values)


def _all_text(values: Sequence) -> bool:
    return not values or set(map(type, values)) == {str}


def decimals(values: Sequence, limit: Decimal, sign: str = "any") -> list[Decimal] | None:
    """`codecs.stored_decimal` of each cell (none optional), when each is stored as text."""
    if not _all_text(values):
        return None
    try:
        numbers = list(map(Decimal, values))
    except InvalidOperation:
        return None
    if not numbers:
        return numbers
    if not all(map(Decimal.is_finite, numbers)):
        return None
    low, high = min(numbers), max(numbers)
    if high > limit or low < -limit:
        return None
    if (sign == _POSITIVE and low <= 0) or (sign == _NON_NEGATIVE and low < 0):
        return None
    return numbers


def dates(values: Sequence) -> list[date] | None:
    """`codecs.stored_date` of each cell (none optional)."""
    if not _all_text(values) or "" in values:
        return None
    try:
        days = list(map(date.fromisoformat, values))
    except ValueError:
        return None
    if days and min(days).year < FIRST_YEAR:
        return None
    return days


def ids(values: Sequence, known: set[int] | None) -> list[int] | None:
    """Integer ids of stored records (an account id column), each one of `known` when given."""
    if values and set(map(type, values)) != {int}:
        return None
    if known is not None and not set(values) <= known:
        return None
    return list(values)
