"""Benchmark series (kind INDEX): an index or ETF whose prices are stored beside the listings',
to compare a holding with. Callers own the transaction."""
from __future__ import annotations

from sqlite_utils import Database

from tracker.domain.model import Instrument
from tracker.store.codecs import date_out
from tracker.store.ledger_rows import load_instruments
from tracker.store.revisions import bump

BENCHMARK = "INDEX"


def load_benchmarks(db: Database) -> dict[str, Instrument]:
    return load_instruments(db, (BENCHMARK,))


def known_symbols(db: Database) -> list[str]:
    return [r[0] for r in db.execute("SELECT symbol FROM instruments ORDER BY symbol")]


def insert_benchmark(db: Database, inst: Instrument) -> None:
    db["instruments"].insert({"symbol": inst.symbol, "name": inst.name, "exchange": inst.exchange,
                              "currency": inst.currency, "kind": BENCHMARK, "ordinary_per_unit": "0",
                              "first_trading_day": date_out(inst.first_trading_day)})
    bump(db, f"prices:{inst.symbol}")        # a new series: the views that list series refresh
