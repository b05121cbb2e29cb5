"""A book with one entry added, replaced or removed, without reloading every fact from the store.

The ledger orders same-day events of one kind by their place in the book, and the store loads
them by (date, id); an edit keeps that order, so the edited book replays exactly like a reload.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import fields, replace
from datetime import date

from tracker.domain.ledger import EDITS_KEPT, Book, note_edit
from tracker.domain.model import Conversion, Dividend, Fee, Trade, Transfer, accounts_of

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
    at = _place_of(entries, removed, day) if removed is not None else None
    if at is not None:
        del entries[at]
    elif added is None:
        return book          # not in the book (a damaged row the store skipped): nothing changes
    if added is not None:
        entries.insert(bisect_left(entries, (getattr(added, day), added.id),
                                   key=lambda e: (getattr(e, day), e.id)), added)
    edited = replace(book, **{field: tuple(entries)})
    note_edit(edited, book, removed if at is not None else None, added)
    account = book.single_account          # known without a pass over every entry when it stays
    if account is not None and all(set(accounts_of(r)) <= {account} for r in (removed, added) if r is not None) \
            and any((edited.trades, edited.dividends, edited.fees, edited.conversions, edited.transfers)):
        edited.__dict__["single_account"] = account
    return edited


def _place_of(entries: list, removed, day: str) -> int | None:
    """Where the entry with `removed`'s id is: at `removed`'s own (date, id) when it was not
    moved, else found by id (None: not there)."""
    key = (getattr(removed, day), removed.id)
    if isinstance(key[0], date) and isinstance(key[1], int):     # (a damaged row read as it is stored: not)
        at = bisect_left(entries, key, key=lambda e: (getattr(e, day), e.id))
        if at < len(entries) and entries[at].id == removed.id:
            return at
    return next((i for i, e in enumerate(entries) if e.id == removed.id), None)


# Rebasing a book read afresh onto the one before it costs an edit each (a copy of one kind's
# entries), and pays only while `ledger.edits_between` still links the two books (the views then
# place just those entries): past that many, the book read afresh is used as it is.
REBASE_LIMIT = EDITS_KEPT


def rebased(before: Book, after: Book, limit: int = REBASE_LIMIT) -> Book | None:
    """`after` (read afresh, after another process's commit) made instead from `before` by the
    entries that differ between them: the same facts, but the replays kept for `before` resume
    for it and the views place only what changed. None when more than `limit` entries differ, or
    anything but entries does (the listings, the accounts, the corporate actions)."""
    entry_fields = {field for field, _day in _FIELDS.values()}
    if any(getattr(before, f.name) != getattr(after, f.name) for f in fields(Book) if f.name not in entry_fields):
        return None
    edits: list[tuple[object, object]] = []
    for field, _day in _FIELDS.values():
        old, new = getattr(before, field), getattr(after, field)
        if len(edits) + abs(len(old) - len(new)) > limit:
            return None
        known = {e.id: e for e in old}
        if len(known) != len(old) or any(e.id is None for e in new):
            return None                     # (ids are what matches an entry to itself)
        for e in new:
            was = known.pop(e.id, None)
            if was is None or was != e:
                edits.append((was, e))
                if len(edits) > limit:
                    return None
        edits.extend((gone, None) for gone in known.values())
    if len(edits) > limit:
        return None
    book = before
    for removed, added in edits:
        book = with_entry(book, removed, added)
    return book
