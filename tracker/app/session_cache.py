"""Exchange sessions kept on disk, so that a command needing them does not load exchange_calendars.

Building the NYSE or HKEX sessions imports exchange_calendars and pandas (over a second); the
sessions only change with the package (new holiday rules) and the span asked for. `tracker.cached`
holds them, keyed by the installed package's own files and the last day covered.
"""
from __future__ import annotations

import importlib.util
import os
from datetime import date
from typing import Callable

from tracker import cached

AHEAD_DAYS = 366     # built this much past the span asked for, so one file answers for a year


def package_key(package: str = "exchange_calendars") -> str | None:
    """Identifies the installed package without importing it: its location, size and change time."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.origin:
        return None
    info = os.stat(spec.origin)
    return f"{spec.origin} {info.st_size} {info.st_mtime_ns}"


def _parse(text: str, end: date) -> list[date] | None:
    """The sessions up to `end` from a cached file, or None when it does not reach `end`."""
    try:
        covers, *days = (int(n) for n in text.split())
        if covers < end.toordinal():
            return None
        return [date.fromordinal(n) for n in days if n <= end.toordinal()]
    except ValueError:
        return None


def sessions(exchange: str, end: date, build: Callable[[date], list[date]]) -> list[date]:
    """Sessions of `exchange` up to `end`: from the cache when this package made them for a span
    reaching `end`, else `build(end + AHEAD_DAYS)` (kept for next time); truncated to `end` either
    way, so the answer never depends on the cache."""
    key = package_key()
    name = f"sessions-{exchange}.txt"
    if key is not None:
        text = cached.load(name, key)
        found = _parse(text, end) if text is not None else None
        if found is not None:
            return found
    covers = date.fromordinal(end.toordinal() + AHEAD_DAYS)
    built = build(covers)
    if key is not None:
        cached.save(name, key, "\n".join(str(n) for n in [covers.toordinal()] + [d.toordinal() for d in built]))
    return [d for d in built if d <= end]
