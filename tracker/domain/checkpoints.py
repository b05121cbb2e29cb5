"""Replays resumed part way: a computation over a book's timeline keeps its state at a few points,
so the same computation over the next book (one entry added, edited or removed, usually among the
last) starts from the latest point before the first event that differs, not from the first event.

A saved state is only reused when everything else the computation reads is the same objects
(`inputs`: the listings, the closes, the rates...) and the timeline up to that point is equal,
event for event: the resumed result is then the one a full replay gives, by construction.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Any, Hashable, Sequence

_KEPT = 32          # computations remembered (a window asks for a dozen kinds, per listing)

# Timelines made from another by an edit: (timeline, the one it was made from, how many events
# they share from the start). A resume over such a timeline needs no event-by-event comparison of
# 100,000 events to know its saved states still hold.
_SHARED: list[tuple[Sequence, Sequence, int]] = []
_SHARED_KEPT = 16


class _Entry:
    __slots__ = ("inputs", "timeline", "saved", "result")

    def __init__(self, inputs: tuple, timeline: Sequence, saved: list[tuple[int, Any]]):
        self.inputs, self.timeline, self.saved = inputs, timeline, saved
        self.result: Any = None


_ENTRIES: dict[Hashable, _Entry] = {}


def _same_inputs(kept: tuple, given: tuple) -> bool:
    return len(kept) == len(given) and all(a is b for a, b in zip(kept, given))


def resume(key: Hashable, inputs: tuple, timeline: Sequence) -> tuple[int, list[tuple[int, Any]]]:
    """Where computation `key` over `timeline` starts: (index of the first event to replay, the
    states [(index, state)] saved so far that stay valid, the last of them the one to restore
    when the index is not 0)."""
    entry = _ENTRIES.get(key)
    if entry is None or not _same_inputs(entry.inputs, inputs):
        return 0, []
    for n in range(len(entry.saved) - 1, -1, -1):
        index = entry.saved[n][0]
        if index <= len(timeline) and _same_start(timeline, entry.timeline, index):
            return index, entry.saved[:n + 1]
    return 0, []


def note_shared_start(timeline: Sequence, source: Sequence, length: int) -> None:
    """`timeline` was made from `source` by an edit: their first `length` events are the same."""
    _SHARED.insert(0, (timeline, source, length))
    del _SHARED[_SHARED_KEPT:]


def _same_start(timeline: Sequence, kept: Sequence, index: int) -> bool:
    """Whether the first `index` events of the two timelines are equal."""
    if timeline is kept:
        return True
    for made, source, length in _SHARED:
        if made is timeline and source is kept and index <= length:
            return True
    return timeline[:index] == kept[:index]


def keep(key: Hashable, inputs: tuple, timeline: Sequence, saved: list[tuple[int, Any]]) -> None:
    """Remember the states `saved` [(index, state)] of computation `key` over `timeline`."""
    _ENTRIES.pop(key, None)
    _ENTRIES[key] = _Entry(inputs, timeline, saved)
    while len(_ENTRIES) > _KEPT:
        del _ENTRIES[next(iter(_ENTRIES))]


def attach(key: Hashable, result: Any) -> None:
    """Keep `result` (what the computation made of its whole timeline, such as daily rows) with
    the states last kept for `key`: the next computation that resumes from them reads it with
    `result` and reuses the part of it that comes before the first event it replays again."""
    entry = _ENTRIES.get(key)
    if entry is not None:
        entry.result = result


def result(key: Hashable) -> tuple[Sequence, Any] | None:
    """(the timeline, what was `attach`ed to it) of the states last kept for `key`: call it after
    `resume`, before `keep`."""
    entry = _ENTRIES.get(key)
    return (entry.timeline, entry.result) if entry is not None and entry.result is not None else None


def forget() -> None:
    _ENTRIES.clear()
    _SHARED.clear()


def points(timeline: Sequence[tuple], end: int, after: int = 0) -> list[int]:
    """Where to save states of a replay of `timeline[:end]` (events are tuples that begin with their
    day): at the first event of the last day, and of the day holding the event nine tenths of the
    way in, so that a change on the last day, or among the latest tenth, replays only what follows
    it. Points at or before `after` (where a resumed replay starts) are already saved."""
    if not end:
        return []
    found = set()
    for index in (end - 1, (end * 9) // 10):
        found.add(bisect_left(timeline, (timeline[index][0],), 0, end))
    return sorted(i for i in found if i > after)
