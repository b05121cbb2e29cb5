"""Per price series: where its bars last came from and when (UTC) they were last written.

`origin` is 'file' (an import; `name` is the file's name when known) or 'provider' (`name` is the
provider: yahoo, stooq). Written inside the caller's transaction, with the bars it describes.
"""
from __future__ import annotations

from datetime import datetime

from sqlite_utils import Database

FILE, PROVIDER = "file", "provider"


def record(db: Database, symbol: str, origin: str, name: str, when: datetime) -> None:
    db.execute("INSERT INTO series_sources (symbol, origin, name, updated_at) VALUES (?, ?, ?, ?) "
               "ON CONFLICT (symbol) DO UPDATE SET origin = excluded.origin, name = excluded.name, "
               "updated_at = excluded.updated_at",
               [symbol, origin, name, when.isoformat(timespec="seconds")])


def load(db: Database) -> dict[str, tuple[str, str, datetime]]:
    """symbol -> (origin, name, updated_at) for every series that has a record."""
    return {symbol: (origin, name, datetime.fromisoformat(updated))
            for symbol, origin, name, updated in db.execute(
                "SELECT symbol, origin, name, updated_at FROM series_sources")}


def forget(db: Database, symbol: str) -> None:
    db.execute("DELETE FROM series_sources WHERE symbol = ?", [symbol])
