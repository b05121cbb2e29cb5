"""Trades are read a column at a time when every cell is what the app writes, and row by row
otherwise: whatever the table holds (cells written by hand, by another program, by an old bug),
the user gets the same trades, and the same damaged rows reported with the same words, as the
row-by-row reading gives."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.app.tracker import Tracker
from tracker.domain.model import Trade
from tracker.store import ledger_rows
from tracker.store.codecs import damaged_rows

NOT_UTF8 = b"caf\xe9"          # Latin-1 text, which Python's sqlite3 cannot decode

# cells another program may have left in a trades row, beside what the app writes
ODD_CELLS = {
    "symbol": st.sampled_from(["BABA", "9988.HK", "TSLA", None, "", 5]),
    "side": st.sampled_from(["buy", "sell", "BUY", None, "short"]),
    "trade_date": st.sampled_from(["2024-03-01", "2024-3-1", "20240301", "1899-12-31", "0001-01-01", "", None, 20240301,
                                   "2024-02-30"]),
    "quantity": st.sampled_from(["10", "0.5", "0", "-3", "NaN", "Infinity", "1e400", "", None, 7, 2.5, "ten",
                                 " 10 "]),
    "price": st.sampled_from(["75.50", "1e13", "0", "-1", "sNaN", None, 80.25, "7,5"]),
    "fee": st.sampled_from(["0", "1.00", "-0.01", "", None, 0]),
    "currency": st.sampled_from(["", "USD", None, 3]),
    "note": st.sampled_from(["", "tower block", None, "港股", NOT_UTF8]),
    "account_id": st.sampled_from([1, 2, 99, None, "1"]),
}
PLAIN = dict(symbol="BABA", side="buy", trade_date="2024-03-01", quantity="10", price="75.50", fee="1",
             currency="", note="", account_id=1)


def row_by_row(db) -> list[Trade]:
    known, accounts = ledger_rows._known_symbols(db), ledger_rows._known_accounts(db)
    return ledger_rows._decoded(db, "trades", lambda: db["trades"].rows_where(order_by="trade_date, id"),
                                lambda r: ledger_rows._trade(r, known, accounts))


def store(t: Tracker, rows: list[dict]) -> None:
    """`rows` as the only trades, written past the schema's checks as a careless program would
    (a row SQLite itself refuses, a NULL in a NOT NULL column, is left out)."""
    conn = t.db.conn
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("PRAGMA ignore_check_constraints = ON")
    with conn:
        conn.execute("DELETE FROM trades")
        for n, row in enumerate(rows, start=1):
            cells = {**row, "id": n}
            marks = ", ".join("CAST(? AS TEXT)" if type(v) is bytes else "?" for v in cells.values())
            conn.execute(f"INSERT OR IGNORE INTO trades ({', '.join(cells)}) VALUES ({marks})", list(cells.values()))


@pytest.fixture
def tracker(tmp_path):
    with Tracker(tmp_path / "t.db", today=date(2025, 1, 2), make_backups=False) as t:
        yield t


def both_readings(t: Tracker):
    by_column = ledger_rows.load_trades(t.db)
    reported = [str(d) for d in damaged_rows(t.db)]
    by_row = row_by_row(t.db)
    return (by_column, reported), (by_row, [str(d) for d in damaged_rows(t.db)])


def test_any_table_reads_the_same_trades_and_the_same_damaged_rows_either_way(tracker):
    @settings(max_examples=150, deadline=None)
    @given(st.lists(st.fixed_dictionaries({k: st.one_of(st.just(v), ODD_CELLS[k]) for k, v in PLAIN.items()}),
                    min_size=1, max_size=6))
    def check(rows):
        store(tracker, rows)
        columns, rows_read = both_readings(tracker)
        assert columns == rows_read
    check()


def test_a_plain_table_is_read_column_by_column_and_a_damaged_row_row_by_row(tracker, monkeypatch):
    store(tracker, [PLAIN, {**PLAIN, "side": "sell", "quantity": "4", "price": "80"}])
    calls = []
    real = ledger_rows._trade
    monkeypatch.setattr(ledger_rows, "_trade", lambda *a: calls.append(a) or real(*a))
    trades = ledger_rows.load_trades(tracker.db)
    assert [(x.side, x.quantity, x.price) for x in trades] == [("buy", Decimal(10), Decimal("75.50")),
                                                              ("sell", Decimal(4), Decimal(80))]
    assert calls == []                              # column by column
    store(tracker, [PLAIN, {**PLAIN, "price": "-80"}])
    trades = ledger_rows.load_trades(tracker.db)
    assert len(calls) == 2 and [x.id for x in trades] == [1]                 # row by row
    assert [str(d) for d in damaged_rows(tracker.db)] == [
        "trade 2 skipped: price '-80' must be greater than 0; fix it with `tracker trades delete 2`"]
