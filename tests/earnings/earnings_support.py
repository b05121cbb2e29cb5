"""Test setup for the earnings tests: real daily closes straight into the `prices` table."""
from __future__ import annotations

import csv
from datetime import date, datetime, timezone
from pathlib import Path


def insert_daily_closes(db, symbol: str, path: Path) -> int:
    """Yahoo-style daily rows (Date, Open, High, Low, Close, Volume) into `prices`, one bar per day at
    midnight (the stored convention); the date part of a '2020-01-02 00:00:00+08:00' stamp is the
    exchange's own date."""
    rows = []
    with path.open(newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            day = date.fromisoformat(r["Date"][:10])
            ts = int(datetime(day.year, day.month, day.day, tzinfo=timezone.utc).timestamp())
            rows.append({"symbol": symbol, "ts": ts, "open": float(r["Open"]), "high": float(r["High"]),
                         "low": float(r["Low"]), "close": float(r["Close"]), "volume": float(r["Volume"])})
    with db.atomic():
        db["prices"].insert_all(rows, replace=True)
    return len(rows)
