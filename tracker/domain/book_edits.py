"""A book with one entry added, replaced or removed, without reloading every fact from the store.

The ledger orders same-day events of one kind by their place in the book, and the store loads
them by (date, id); an edit keeps that order, so the edited book replays exactly like a reload.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from tracker.domain.ledger import Book, note_edit
from tracker.domain.model import Conversion, Dividend, Fee, Trade, Transfer

# per kind of entry: the Book field holding it and the date it is ordered by
_FIELDS = {Trade: ("trades", "trade_date"), Dividend: ("dividends", "pay_date"),
           Fee: ("fees", "fee_date"), Conversion: ("conversions", "conversion_date"),
           Transfer: ("transfers", "transfer_date")}


def editable(record) -> bool:
    return type(record) in _FIELDS and getattr(record, "id", None) is not None


def with_entry(book: Book, removed=None, added=None) -> Book:
    """`book` without `removed` (matched by id) and with `added` at its place by (date, id)."""
    kind = type(added if added is not None else removed)
    field, day = _FIELDS[kind]
    entries = list(getattr(book, field))
    if removed is not None:
        entries = [e for e in entries if e.id != removed.id]
    if added is not None:
        keys = [(getattr(e, day), e.id) for e in entries]
        entries.insert(bisect_left(keys, (getattr(added, day), added.id)), added)
    edited = replace(book, **{field: tuple(entries)})
    note_edit(edited, book, removed, added)
    return edited
