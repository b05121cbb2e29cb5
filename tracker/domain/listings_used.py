"""Which listings a history has any activity in, counted per listing: after an edit the counts
move by the entries it removed and added, so the answer after a save is not a scan of every
entry (the cards and the table ask for it on every refresh)."""
from __future__ import annotations

from collections import Counter
from typing import Iterable

from tracker.domain.model import Conversion, Transfer


def listings_of(record, account: int | None) -> tuple[str, ...]:
    """The listings `record` shows activity in, in `account` or in every account together (None).

    A conversion is activity in the listing it delivers; in one account's view it is also activity
    in the listing it takes from that account. A transfer is activity in both of its accounts."""
    if isinstance(record, Conversion):
        delivered = (record.to_symbol,) if account in (None, record.to_account_id) else ()
        taken = (record.from_symbol,) if account is not None and account == record.from_account_id else ()
        return delivered + taken
    if isinstance(record, Transfer):
        return (record.symbol,) if account in (None, record.from_account_id, record.to_account_id) else ()
    return (record.symbol,) if account in (None, record.account_id) else ()


def count(records: Iterable, account: int | None) -> Counter:
    """How many of `records` show activity in each listing."""
    counts: Counter = Counter()
    for record in records:
        counts.update(listings_of(record, account))
    return counts


def after_edits(counts: Counter, edits: Iterable[tuple[object, object]], account: int | None) -> Counter:
    """`counts` after the (removed, added) entries of `edits` (a new Counter; `counts` stays)."""
    counts = Counter(counts)
    for removed, added in edits:
        if removed is not None:
            counts.subtract(listings_of(removed, account))
        if added is not None:
            counts.update(listings_of(added, account))
    return counts


def used(counts: Counter) -> set[str]:
    return {symbol for symbol, n in counts.items() if n > 0}
