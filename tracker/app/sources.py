"""How fresh each price series is: where it came from, when it was written, how old its last bar is."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import numpy as np
from sqlite_utils import Database

from tracker.store import series_sources
from tracker.store.series_sources import FILE, PROVIDER

STALE_AFTER_TRADING_DAYS = 5


@dataclass(frozen=True)
class SeriesFreshness:
    symbol: str
    origin: str | None             # FILE, PROVIDER, or None (bars written before this was kept)
    name: str                      # the file's name or the provider; "" when not known
    updated_at: datetime | None    # UTC
    last_bar: date | None
    age_trading_days: int | None   # weekdays after the last bar, up to and including today

    @property
    def stale(self) -> bool:
        """No bars at all, or a last bar more than five trading days old."""
        return self.age_trading_days is None or self.age_trading_days > STALE_AFTER_TRADING_DAYS

    def source_text(self) -> str:
        """'from yahoo', 'from file BABA.csv', 'from a file import' or '' (unknown)."""
        if self.origin == PROVIDER:
            return f"from {self.name}"
        if self.origin == FILE:
            return f"from file {self.name}" if self.name else "from a file import"
        return ""

    def updated_text(self) -> str:
        if self.updated_at is None:
            return ""
        local = self.updated_at.astimezone()
        return f"updated {local:%Y-%m-%d %H:%M}"


def now_utc() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


def record_file_source(db: Database, symbol: str, source) -> None:
    """A price file was imported into `symbol` (inside the import's transaction)."""
    name = Path(source).name if isinstance(source, (str, Path)) else ""
    series_sources.record(db, symbol, FILE, name, now_utc())


def previous_source(db: Database, symbol: str):
    """What `restore_source` needs to undo a write of `symbol`'s source (None: there was none)."""
    return series_sources.load(db).get(symbol)


def restore_source(db: Database, symbol: str, previous) -> None:
    if previous is None:
        series_sources.forget(db, symbol)
    else:
        series_sources.record(db, symbol, *previous)


def record_provider_source(db: Database, symbol: str, provider: str) -> None:
    series_sources.record(db, symbol, PROVIDER, provider, now_utc())


def trading_days_since(last_bar: date, today: date) -> int:
    """Weekdays after `last_bar` up to and including `today` (exchange holidays not removed)."""
    return int(np.busday_count(last_bar + timedelta(days=1), today + timedelta(days=1)))


def freshness(db: Database, last_bars: dict[str, date | None], today: date) -> dict[str, SeriesFreshness]:
    known = series_sources.load(db)
    result = {}
    for symbol, last in last_bars.items():
        origin, name, updated = known.get(symbol, (None, "", None))
        age = trading_days_since(last, today) if last is not None else None
        result[symbol] = SeriesFreshness(symbol, origin, name, updated, last, age)
    return result


def series_freshness(tracker) -> dict[str, SeriesFreshness]:
    """Every listing's freshness (cheap: no provider code is loaded for it)."""
    return freshness(tracker.db, {i.symbol: tracker.last_price_date(i.symbol)
                                  for i in tracker.instruments()}, tracker.today())
