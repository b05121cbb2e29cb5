"""How fresh each price series is: where it came from, when it was written, and whether its last bar
is stale (the same rule as the summary's prices: more than 5 sessions of the listing's exchange)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from tracker.app import price_age
from tracker.domain.model import Instrument
from tracker.store import series_sources
from tracker.store.ledger_rows import load_instruments
from tracker.store.series_sources import FILE, PROVIDER

if TYPE_CHECKING:     # sqlite-utils is loaded by the store, which keeps pandas and numpy out of it
    from sqlite_utils import Database


SERIES_KINDS = ("ADS", "ORD", "FX", "INDEX")     # listings, exchange rates, benchmarks


@dataclass(frozen=True)
class SeriesFreshness:
    symbol: str
    origin: str | None             # FILE, PROVIDER, or None (bars written before this was kept)
    name: str                      # the file's name or the provider; "" when not known
    updated_at: datetime | None    # UTC
    last_bar: date | None
    stale: bool                    # no bars, or the last one more than 5 sessions old (price_age)
    age_sessions: int | None = None    # the exchange's sessions since the last bar, when stale

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


def freshness(db: Database, series: dict[str, tuple[date | None, str]],
              today: date) -> dict[str, SeriesFreshness]:
    """`series`: symbol -> (date of its last bar, its exchange)."""
    known = series_sources.load(db)
    result = {}
    for symbol, (last, exchange) in series.items():
        origin, name, updated = known.get(symbol, (None, "", None))
        stale = last is None or price_age.is_stale(exchange, last, today)
        age = price_age.sessions_after(exchange, last, today) if stale and last else None
        result[symbol] = SeriesFreshness(symbol, origin, name, updated, last, stale, age)
    return result


def all_series(db: Database) -> dict[str, Instrument]:
    """Every price series the database knows: the listings, exchange rates and benchmarks."""
    return load_instruments(db, SERIES_KINDS)


def series_freshness(tracker) -> dict[str, SeriesFreshness]:
    """The freshness of every series the database knows, listings first (cheap: no provider code
    is loaded for it)."""
    series = sorted(all_series(tracker.db).values(), key=lambda i: (i.kind not in ("ADS", "ORD"), i.symbol))
    return freshness(tracker.db, {i.symbol: (tracker.last_price_date(i.symbol), i.exchange)
                                  for i in series}, tracker.today())
