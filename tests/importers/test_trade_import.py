"""Trade files: rows become exact Trades, every problem is named by line and column, and import
keys make re-importing a file add nothing while two identical rows in one file both count."""
from __future__ import annotations

import io
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from tests.shared_data import TODAY
from tracker.domain.model import Instrument, Trade
from tracker.errors import TrackerError
from tracker.importers.trades import parse_trades_csv
from tracker.store import ledger_rows
from tracker.store.db import connect
from tracker.store.migrations import migrations

FIXTURES = Path(__file__).resolve().parent / "fixtures"
INSTRUMENTS = {
    "BABA": Instrument("BABA", "Alibaba Group ADS", "NYSE", "USD", "ADS", Decimal(8),
                       date(2014, 9, 19)),
    "9988.HK": Instrument("9988.HK", "Alibaba Group ordinary shares", "HKEX", "HKD", "ORD",
                          Decimal(1), date(2019, 11, 26)),
}


def parse(source):
    return parse_trades_csv(source, INSTRUMENTS, TODAY)


def test_sample_rows_become_exact_trades_with_listing_currency():
    parsed = parse(FIXTURES / "trades_sample.csv")
    assert parsed.errors == [] and parsed.rows == 4 and parsed.lines == [2, 3, 4, 5]
    assert parsed.trades[0] == Trade("BABA", "buy", date(2014, 9, 19), Decimal("100"),
                                     Decimal("92.70"), Decimal("9.95"), "USD", "IPO day")
    hk = parsed.trades[1]
    assert (hk.symbol, hk.side, hk.quantity, hk.price, hk.fee, hk.currency) == (
        "9988.HK", "buy", Decimal("1000"), Decimal("240.20"), Decimal(0), "HKD")
    sell = parsed.trades[3]
    assert (sell.side, sell.price, sell.currency, sell.note) == (
        "sell", Decimal("230.10"), "USD", "trim")
    assert all(t.id is None for t in parsed.trades)


def test_identical_rows_both_import_and_keys_are_stable():
    first, again = parse(FIXTURES / "trades_sample.csv"), parse(FIXTURES / "trades_sample.csv")
    keys = first.keys
    assert keys == again.keys and len(set(keys)) == 4
    # rows 3 and 4 are the same trade written two ways ("1,000" / HK$240.20 / no fee, no currency)
    assert keys[1].split("#")[0] == keys[2].split("#")[0]
    assert (keys[1].endswith("#0"), keys[2].endswith("#1")) == (True, True)
    assert keys[0].split("#")[0] != keys[3].split("#")[0]


def test_reimporting_the_same_file_adds_nothing(tmp_path):
    db = connect(tmp_path / "t.db")
    migrations.apply(db)
    parsed = parse(FIXTURES / "trades_sample.csv")
    with db.atomic():
        for trade, key in zip(parsed.trades, parsed.keys):
            ledger_rows.insert_trade(db, trade, import_key=key)
    again = parse(FIXTURES / "trades_sample.csv")
    known = ledger_rows.existing_import_keys(db, again.keys)
    assert [k for k in again.keys if k not in known] == []
    assert db.execute("SELECT COUNT(*) FROM trades").fetchone()[0] == 4
    db.close()


def test_every_bad_row_is_reported_by_line_and_column():
    parsed = parse(FIXTURES / "trades_bad.csv")
    got = [(e.line, e.field) for e in parsed.errors]
    assert got == [(2, "date"), (3, "side"), (4, "symbol"), (5, "quantity"), (6, "price"),
                   (7, "currency"), (8, "date"), (9, "fee"), (10, "date"), (10, "quantity")]
    messages = {(e.line, e.field): e.message for e in parsed.errors}
    assert "no such date" in messages[(2, "date")]
    assert "unknown listing" in messages[(4, "symbol")] and "BABA" in messages[(4, "symbol")]
    assert messages[(7, "currency")] == "9988.HK trades in HKD"
    assert "future" in messages[(8, "date")]
    assert "ambiguous" in messages[(10, "date")]
    assert parsed.trades == [] and parsed.rows == 9


def test_side_alias_semicolons_and_upper_case_header():
    parsed = parse(FIXTURES / "trades_action_alias.csv")
    assert parsed.errors == []
    assert parsed.trades == [Trade("BABA", "sell", date(2023, 12, 20), Decimal(25),
                                   Decimal("73.10"), Decimal(0), "USD", "")]


def test_errors_are_named_as_the_file_names_its_columns():
    parsed = parse(io.StringIO("Date,Symbol,Action,Quantity,Price\n2024-01-02,BABA,hold,1,80\n"))
    assert [(e.line, e.field, e.text) for e in parsed.errors] == [(2, "Action", "hold")]


@pytest.mark.parametrize("name, expected", [
    ("empty.csv", [(1, "header")]),
    ("trades_header_only.csv", [(2, "rows")]),
    ("trades_missing_price.csv", [(1, "header")]),
])
def test_unusable_files(name, expected):
    parsed = parse(FIXTURES / name)
    assert [(e.line, e.field) for e in parsed.errors] == expected and parsed.trades == []


def test_missing_column_is_named():
    parsed = parse(FIXTURES / "trades_missing_price.csv")
    assert "price" in parsed.errors[0].message


def test_blank_lines_and_multiline_notes_keep_true_line_numbers():
    text = ("date,symbol,side,quantity,price,note\n"
            "\n"
            '2024-01-02,BABA,buy,10,80,"first line\nsecond line"\n'
            "2024-01-03,BABA,buy,x,80,\n")
    parsed = parse(io.StringIO(text))
    assert parsed.rows == 2 and parsed.lines == [3]
    assert parsed.trades[0].note == "first line\nsecond line"
    assert [(e.line, e.field) for e in parsed.errors] == [(5, "quantity")]


def test_row_with_more_fields_than_the_header():
    parsed = parse(io.StringIO("date,symbol,side,quantity,price\n"
                               "2024-01-02,BABA,buy,1,234.50,80\n"))
    assert [(e.line, e.field) for e in parsed.errors] == [(2, "row")]


def test_missing_file_is_a_user_error(tmp_path):
    with pytest.raises(TrackerError, match="cannot read"):
        parse(tmp_path / "absent.csv")
