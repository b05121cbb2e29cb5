"""Trade files: rows become exact Trades, every problem is named by line and column, and import
keys make re-importing a file add nothing while two identical rows in one file both count."""
from __future__ import annotations

import io
import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from tests.shared_data import TODAY
from tracker.domain.model import Instrument, Trade
from tracker.errors import TrackerError
from tracker.importers.export_files import parse_csv_export
from tracker.importers.mapped import Mapping, parse_mapped_csv
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


HEADER = "date,symbol,side,quantity,price,fee,currency,note\n"
UNCLOSED = 'a quote (") opens a field that never closes'


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


def test_a_quote_that_never_closes_refuses_the_file_at_its_line():
    # the two rows after the quote would otherwise be read as the note's text
    parsed = parse(io.StringIO(HEADER + '2024-01-02,BABA,buy,10,80,1,USD,"oops\n'
                               "2024-01-03,BABA,buy,5,81,1,USD,second\n"
                               "2024-01-04,BABA,sell,3,82,1,USD,third\n"))
    assert [(e.line, e.field, e.message) for e in parsed.errors] == [(2, "file", UNCLOSED)]
    assert parsed.trades == []


@pytest.mark.parametrize("rows, line", [
    ('2024-01-02,BABA,buy,10,80,1,USD,ok\n2024-01-03,BABA,buy,5,81,1,USD,"oops', 3),   # last line, no break
    ('2024-01-02,BABA,buy,10,80,1,USD,"a ""quoted"" word\n', 2),        # doubled quotes do not close it
    # a note over two lines that closes, then a quote on its second line that does not
    ('2024-01-02,BABA,buy,10,80,1,"USD\r\n","oops\n2024-01-03,BABA,buy,5,81,1,USD,x\n', 3),
], ids=["last-line", "doubled-quotes", "after-a-closed-multiline-cell"])
def test_the_line_named_is_where_the_unclosed_quote_opens(rows, line):
    parsed = parse(io.StringIO(HEADER + rows))
    assert [(e.line, e.message) for e in parsed.errors] == [(line, UNCLOSED)]


def test_quoted_notes_that_close_still_import_whatever_they_hold():
    parsed = parse(io.StringIO(HEADER + '2024-01-02,BABA,buy,10,80,1,USD,"two\nlines"\n'
                               '2024-01-03,BABA,buy,5,81,1,USD,"say ""hi"", then go"'))
    assert parsed.errors == [] and parsed.lines == [2, 4]
    assert [t.note for t in parsed.trades] == ["two\nlines", 'say "hi", then go']


def test_every_trade_csv_reader_refuses_a_quote_that_never_closes():
    broker = Mapping({"date": "D", "symbol": "S", "quantity": "Q", "price": "P", "note": "N"})
    mapped = parse_mapped_csv(io.StringIO('D,S,Q,P,N\n2024-01-02,BABA,10,80,"oops\n2024-01-03,BABA,5,81,x\n'),
                              broker, INSTRUMENTS, TODAY)
    export = parse_csv_export(io.StringIO('kind,date,symbol,side,quantity,price,note\n'
                                          'trade,2024-01-02,BABA,buy,10,80,"oops\n'
                                          'trade,2024-01-03,BABA,buy,5,81,x\n'), INSTRUMENTS, TODAY)
    for parsed in (mapped, export):
        assert [(e.line, e.field, e.message) for e in parsed.errors] == [(2, "file", UNCLOSED)]
        assert parsed.entries == []


@pytest.mark.parametrize("text", [
    HEADER + '2024-01-02,BABA,buy,10,80,1,USD,"oops\n2024-01-03,BABA,buy,5,81,1,USD,x\n'
             "2024-01-04,BABA,sell,3,82,1,USD,y\n",
    "kind,date,symbol,side,quantity,price,note\ntrade,2024-01-02,BABA,buy,10,80,\"oops\n"
    "trade,2024-01-03,BABA,buy,5,81,x\n",
], ids=["trade-csv", "export-csv"])
def test_import_command_refuses_an_unclosed_quote_and_writes_nothing(run, tmp_path, text):
    path = tmp_path / "trades.csv"
    path.write_text(text, encoding="utf-8")
    code, out, err = run("trades", "import", str(path))
    assert code == 1 and out == ""
    assert err.strip() == 'tracker: line 2: file: a quote (") opens a field that never closes'
    code, out, _ = run("trades", "list", "--json")
    assert code == 0 and json.loads(out) == []


def test_import_command_keeps_a_note_over_two_closed_lines(run, tmp_path):
    path = tmp_path / "trades.csv"
    path.write_text(HEADER + '2024-01-02,BABA,buy,10,80,1,USD,"two\nlines"\n2024-01-03,BABA,buy,5,81,1,USD,x\n',
                    encoding="utf-8")
    code, out, _ = run("trades", "import", str(path))
    assert code == 0 and out.startswith("2 rows: added 2 trades")
    code, out, _ = run("trades", "list", "--json")
    assert [t["note"] for t in json.loads(out)] == ["two\nlines", "x"]
