"""Databases written by earlier versions open in today's app with every fact intact.

The fixtures in tests/store/fixtures were written by the old app versions themselves (see
make_schema_fixtures.py there). Each is copied, opened with today's code and compared with what the
old version stored and computed.
"""
from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from tests.crash.harness import state
from tracker.app.tracker import Tracker
from tracker.domain.model import Trade
from tracker.paths import backup_dir
from tracker.store.migrations import SCHEMA_VERSION, migrations

FOLDER = Path(__file__).parent / "fixtures"
# fixture -> the schema version the old app wrote it with (how: make_schema_fixtures.py there)
FIXTURES = {"schema_v1.db": 1, "schema_v2.db": 2, "schema_v3.db": 3, "schema_v4.db": 4,
            "schema_v5.db": 5, "schema_v6.db": 6, "schema_v7.db": 7}
EARLIER = [pytest.param(name, id=name[:-3]) for name, v in FIXTURES.items() if v < SCHEMA_VERSION]
TODAY = date(2027, 1, 20)
AS_OF = date(2025, 6, 30)
CENT = Decimal("0.01")
LEDGER = ("trades", "dividends", "fees", "conversions", "corporate_actions", "prices")
USER_ROWS = {"earnings_events": "fiscal_period", "buyback_quarters": "quarter_end"}

# `tracker position --as-of 2025-06-30` as the old versions computed it. Every version agrees on
# these figures; the total return differs by definition (below).
FIGURES = ("shares", "cost_basis", "average_cost", "last_price", "market_value", "unrealized_pnl",
           "realized_pnl", "dividends_net", "fees")
OLD_POSITIONS = {
    ("BABA", "fifo"): ("100", "8931.4250000000", "89.3142500000", "113.4100", "11341.0000",
                       "2409.5750000000", "-399.7350000000", "335.7", "3"),
    ("9988.HK", "fifo"): ("260", "19440.2457500000", "74.7701759615", "109.8000", "28548.0000",
                          "9107.7542500000", "905.4237500000", "323.700", "30"),
    ("BABA", "average"): ("100", "9217.6000000000", "92.1760000000", "113.4100", "11341.0000",
                          "2123.4000000000", "-228.0300000000", "335.7", "3"),
    ("9988.HK", "average"): ("260", "20306.6904444444", "78.1026555556", "109.8000", "28548.0000",
                             "8241.3095555556", "2664.7344444444", "323.700", "30"),
}
# v1, v2 and the first v3 valued a conversion at its carried cost in `total_return`; since the last
# v3 that figure is `total_return_at_cost` and `total_return` values conversions at market (the
# last v3, v4 and v5 computed these).
TOTAL_RETURN_AT_COST = {("BABA", "fifo"): "2342.5400000000", ("9988.HK", "fifo"): "10306.8780000000",
                        ("BABA", "average"): "2228.0700000000", ("9988.HK", "average"): "11199.7440000000"}
TOTAL_RETURN_AT_MARKET = {("BABA", "fifo"): "2060.5500", ("9988.HK", "fifo"): "12506.40000",
                          ("BABA", "average"): "2060.5500", ("9988.HK", "average"): "12506.40000"}


def fixture(name: str) -> Path:
    return FOLDER / name


@pytest.fixture
def old_copy(request, tmp_path) -> tuple[str, Path]:
    """A copy of one fixture in its own folder (its backups land beside it)."""
    name = request.param
    path = tmp_path / "tracker.db"
    shutil.copyfile(fixture(name), path)
    return name, path


def rows(path: Path, table: str, like: Path | None = None) -> list[tuple]:
    """Every row of `table`; with `like`, only the columns that `like`'s table has (a later
    migration may add columns: the old ones must keep their values)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        columns = "*"
        if like is not None:
            old = sqlite3.connect(f"file:{like}?mode=ro", uri=True)
            columns = ", ".join(f'"{r[1]}"' for r in old.execute(f'PRAGMA table_info("{table}")'))
            old.close()
        return conn.execute(f"SELECT {columns} FROM {table} ORDER BY 1, 2").fetchall()
    finally:
        conn.close()


def records(path: Path, table: str, where: str = "1") -> list[dict]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(f"SELECT * FROM {table} WHERE {where} ORDER BY id")]
    finally:
        conn.close()


def opened(path: Path) -> Tracker:
    return Tracker(path, today=TODAY)


def test_every_earlier_schema_has_a_fixture_written_by_that_version():
    assert set(range(1, SCHEMA_VERSION)) <= set(FIXTURES.values()), (
        "a schema version without a fixture: add it with tests/store/fixtures/make_schema_fixtures.py")
    for name, version in FIXTURES.items():
        conn = sqlite3.connect(f"file:{fixture(name)}?mode=ro", uri=True)
        assert conn.execute("PRAGMA user_version").fetchone()[0] == version, name
        assert conn.execute("SELECT count(*) FROM trades").fetchone()[0] == 5, name
        conn.close()


@pytest.mark.parametrize("old_copy", EARLIER, indirect=True)
def test_opening_migrates_to_the_current_schema(old_copy):
    _, path = old_copy
    with opened(path) as t:
        assert t.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert migrations.pending(t.db) == []
        assert t.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert t.db.execute("PRAGMA foreign_key_check").fetchall() == []
        applied = [m.name for m in migrations.applied(t.db)]
    assert applied == [m.name for m in migrations._migrations]


@pytest.mark.parametrize("old_copy", EARLIER, indirect=True)
def test_every_fact_and_every_user_row_survives(old_copy):
    name, path = old_copy
    source = fixture(name)
    opened(path).close()
    for table in LEDGER:
        assert rows(path, table, like=source) == rows(source, table), table
    assert set(rows(source, "instruments")) <= set(rows(path, "instruments"))   # later ones may add
    for table, key in USER_ROWS.items():
        before = records(source, table, "origin != 'bundled'")
        after = {r[key]: r for r in records(path, table, "origin != 'bundled'")}
        assert len(before) == 2 and len(after) == 2, table
        for old in before:
            # columns added by later migrations may be filled in; every old column keeps its value
            assert {k: after[old[key]][k] for k in old} == old, (table, old[key])


@pytest.mark.parametrize("old_copy", EARLIER, indirect=True)
def test_the_ledger_reads_back_as_the_old_version_wrote_it(old_copy):
    _, path = old_copy
    with opened(path) as t:
        assert [(x.id, x.symbol, x.side, x.trade_date.isoformat(), x.quantity, x.price, x.fee, x.note)
                for x in t.trades()] == [
            (1, "BABA", "buy", "2023-01-05", 100, Decimal("97.85"), Decimal("4.95"), "first lot"),
            (2, "BABA", "buy", "2023-10-24", 50, Decimal("80.63"), Decimal("4.95"), ""),
            (3, "9988.HK", "buy", "2024-02-06", 200, Decimal("68.35"), Decimal("28.50"), "Hong Kong lot"),
            (4, "BABA", "sell", "2024-05-15", 30, Decimal("84.74"), Decimal("4.95"), "trim"),
            (5, "9988.HK", "sell", "2024-11-05", 100, Decimal("105.20"), Decimal("45.00"), "")]
        assert [(d.symbol, d.net) for d in t.dividends()] == [
            ("BABA", Decimal("142.50")), ("BABA", Decimal("193.20")), ("9988.HK", Decimal("41.50"))]
        assert [(f.symbol, f.amount, f.currency) for f in t.fees()] == [
            ("BABA", Decimal("3.00"), "USD"), ("9988.HK", Decimal("30.00"), "HKD")]
        (conversion,) = t.conversions()
        assert t.units_received(conversion) == 160 and conversion.fee == Decimal("5.00")
        assert len(t.bars("BABA")) == 624 and len(t.bars("9988.HK")) == 609
        edited = next(e for e in t.earnings.events() if e.fiscal_period == "FY2025Q4")
        assert (edited.origin, edited.consensus_eps, edited.note) == ("edited", "US$2.05", "my own consensus figure")
        mine = next(e for e in t.earnings.events() if e.fiscal_period == "FY2027Q3")
        assert (mine.origin, mine.release_date, mine.consensus_eps_rmb) == ("user", date(2027, 2, 18), Decimal("2.10"))
        quarter = t.buybacks.quarter(date(2026, 12, 31))
        assert (quarter.origin, quarter.amount_usd, quarter.outstanding_ads) == (
            "user", Decimal("1500000000"), Decimal("2300000000"))
        corrected = t.buybacks.quarter(date(2025, 6, 30))
        assert (corrected.origin, corrected.amount_usd) == ("edited", Decimal("815000000"))


@pytest.mark.parametrize("old_copy", EARLIER, indirect=True)
def test_position_figures_are_the_old_versions_to_the_cent(old_copy):
    _, path = old_copy
    with opened(path) as t:
        for (symbol, method), old in OLD_POSITIONS.items():
            position = t.position(symbol, AS_OF, method)
            now = dict(zip(FIGURES, old), total_return_at_cost=TOTAL_RETURN_AT_COST[symbol, method],
                       total_return=TOTAL_RETURN_AT_MARKET[symbol, method])
            for name, figure in now.items():
                assert getattr(position, name).quantize(CENT) == Decimal(figure).quantize(CENT), (
                    symbol, method, name)


@pytest.mark.parametrize("old_copy", EARLIER, indirect=True)
def test_a_backup_of_the_old_database_is_made_before_migrating(old_copy, tmp_path):
    name, path = old_copy
    pristine = shutil.copyfile(fixture(name), tmp_path / "pristine.db")
    opened(path).close()
    made = sorted(backup_dir(path).glob(f"*before-v{SCHEMA_VERSION}.db"))
    assert len(made) == 1
    assert state(made[0]) == state(pristine)     # the old database itself, unmigrated


@pytest.mark.parametrize("old_copy", EARLIER, indirect=True)
def test_opening_again_changes_nothing(old_copy):
    _, path = old_copy
    opened(path).close()
    migrated, backups = state(path), sorted(backup_dir(path).iterdir())
    opened(path).close()
    assert state(path) == migrated
    assert sorted(backup_dir(path).iterdir()) == backups     # no second pre-migration backup


@pytest.mark.parametrize("old_copy", EARLIER, indirect=True)
def test_after_migrating_a_deleted_trades_id_is_never_handed_out_again(old_copy):
    _, path = old_copy
    with opened(path) as t:
        last = max(x.id for x in t.trades())
        t.delete_trade(last)
        added = t.add_trade(Trade("BABA", "buy", date(2025, 7, 2), Decimal(5), Decimal("110.00")))
    assert added.id > last
    with opened(path) as t:
        assert t.add_trade(Trade("BABA", "buy", date(2025, 7, 3), Decimal(5), Decimal("111.00"))).id > added.id


def schema(path: Path) -> set[tuple]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {(kind, name, " ".join(sql.split())) for kind, name, sql in conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL")}
    finally:
        conn.close()


@pytest.mark.parametrize("old_copy", EARLIER, indirect=True)
def test_a_migrated_database_has_exactly_the_schema_of_a_new_one(old_copy, tmp_path):
    """Tables, columns, indexes and triggers: a migration edited after it shipped shows up here."""
    _, path = old_copy
    opened(path).close()
    new = tmp_path / "new" / "tracker.db"
    opened(new).close()
    assert schema(path) == schema(new)


@pytest.mark.parametrize("old_copy", EARLIER, indirect=True)
def test_every_activity_of_an_older_database_belongs_to_the_account_main(old_copy):
    name, path = old_copy
    opened(path).close()
    assert records(path, "accounts") == [
        {"id": 1, "name": "Main", "broker": "", "currency": "", "external_id": None}]
    for table, columns in (("trades", ("account_id",)), ("dividends", ("account_id",)),
                           ("fees", ("account_id",)), ("conversions", ("from_account_id", "to_account_id"))):
        stored = records(path, table)
        assert stored and all(r[c] == 1 for r in stored for c in columns), (name, table)
    assert records(path, "transfers") == []
    # a dividend's and a fee's import key is new: none yet, and two rows without one may coexist
    assert {r["import_key"] for r in records(path, "dividends")} == {None}
