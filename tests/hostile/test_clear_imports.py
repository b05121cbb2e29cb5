"""Imports that used to go silently wrong, and messages that pointed at the wrong place."""
from __future__ import annotations

import os
import time
import warnings
from datetime import date, datetime, timezone
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from tests.hostile import harness
from tracker.domain import checks
from tracker.domain.model import Instrument, Trade

PRICE_HEADER = "Date,Open,High,Low,Close,Volume\n"
BABA = Instrument("BABA", "Alibaba ADS", "NYSE", "USD", "ADS", Decimal(8), date(2014, 9, 19))
HK = Instrument("9988.HK", "Alibaba", "HKEX", "HKD", "ORD", Decimal(1), date(2019, 11, 26))


def test_a_later_row_with_more_fields_than_the_header_is_refused_by_line(seeded, tmp_path):
    path = tmp_path / "comma.csv"
    path.write_text(PRICE_HEADER + "2024-01-02,70,71,69,70,1500,\n2024-01-03,70,71,69,70,1,500\n")
    verdict = harness.judge(seeded, ["prices", "import", str(path), "--symbol", "BABA"])
    assert verdict.code == 1 and verdict.ok, verdict
    assert "line 3: row: 7 fields where the header has 6 columns" in verdict.err


def test_a_trailing_delimiter_on_every_row_is_fine(seeded, tmp_path):
    path = tmp_path / "trailing.csv"
    path.write_text("Date,Open,High,Low,Close,Volume,\n2024-01-02,70,71,69,70,1500,\n2024-01-03,70,71,69,70,1,\n")
    verdict = harness.judge(seeded, ["prices", "import", str(path), "--symbol", "BABA"])
    assert verdict.code == 0 and verdict.ok, verdict
    assert "1500" in harness.run(seeded, ["prices", "list", "--symbol", "BABA"]).out


def test_the_future_is_judged_on_each_listings_exchange():
    # 20:00 UTC on 24 November: already the 25th in Hong Kong, still the 24th in New York
    now = datetime(2026, 11, 24, 20, 0, tzinfo=timezone.utc)
    hk = Trade("9988.HK", "buy", date(2026, 11, 25), Decimal(100), Decimal(80), Decimal(0), "HKD")
    us = Trade("BABA", "buy", date(2026, 11, 25), Decimal(10), Decimal(80), Decimal(0), "USD")
    assert checks.check_trade(hk, HK, now) == []
    assert [e.message for e in checks.check_trade(us, BABA, now)] == ["2026-11-25 is in the future"]
    # 02:00 UTC on the 25th: the 25th in Hong Kong, the 24th in New York
    early = datetime(2026, 11, 25, 2, 0, tzinfo=timezone.utc)
    assert checks.check_trade(hk, HK, early) == [] and checks.check_trade(us, BABA, early) != []


@pytest.fixture
def machine_in_america():
    if not hasattr(time, "tzset"):
        pytest.skip("cannot change the process time zone here")
    old = os.environ.get("TZ")
    os.environ["TZ"] = "Pacific/Honolulu"        # 18 hours behind Hong Kong
    time.tzset()
    yield
    if old is None:
        os.environ.pop("TZ")
    else:
        os.environ["TZ"] = old
    time.tzset()


def test_a_hong_kong_trade_dated_today_in_hong_kong_is_accepted_anywhere(machine_in_america, tmp_path):
    hk_today = datetime.now(ZoneInfo("Asia/Hong_Kong")).date()
    verdict = harness.run(tmp_path / "t.db", ["--create", "trades", "add", "--symbol", "9988.HK",
                                              "--side", "buy", "--date", hk_today.isoformat(),
                                              "--quantity", "100", "--price", "80"])
    assert verdict.code == 0, verdict


def test_a_successful_import_prints_no_parser_warnings(seeded, tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("Date,Open,High,Low,Close,Volume\n2024-01-02 09:30:00-05:00,70,71,69,70,1,\n"
                    "2024-07-02 09:30:00-04:00,70,71,69,70,1\n2024-07-03 09:30:00,70,71,69,70,\n")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        verdict = harness.judge(seeded, ["prices", "import", str(path), "--symbol", "BABA"])
    assert verdict.code == 0 and verdict.err == "", verdict
    assert [str(w.message) for w in caught] == []


def test_a_stray_quote_is_reported_at_its_file_line(seeded, tmp_path):
    path = tmp_path / "quote.csv"
    path.write_text(PRICE_HEADER + "2024-01-02,70,71,69,70,1\n2024-01-03,70,71,69,70,1\n"
                    "2024-01-04,70,71,69,70,1\n2024-01-05,70,71,\"69,70,1\n2024-01-08,70,71,69,70,1\n")
    verdict = harness.judge(seeded, ["prices", "import", str(path), "--symbol", "BABA"])
    assert verdict.code == 1 and verdict.ok, verdict
    assert "line 5: file: a quote (\") opens a field that never closes" in verdict.err


def test_a_quoted_cell_over_two_lines_is_reported_at_its_line(seeded, tmp_path):
    path = tmp_path / "multiline.csv"
    path.write_text(PRICE_HEADER + "2024-01-02,70,71,69,70,1\n2024-01-03,\"70\n\",71,69,70,1\n"
                    "2024-01-04,70,71,69,70,oops\n")
    verdict = harness.judge(seeded, ["prices", "import", str(path), "--symbol", "BABA"])
    assert verdict.code == 1 and "line 3: Open: a quoted cell runs over several lines" in verdict.err


def test_trade_errors_name_the_file_line_after_a_multiline_note(seeded, tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("date,symbol,side,quantity,price,note\n2024-01-03,BABA,buy,1,70,\"two\nlines\"\n"
                    "2024-01-04,BABA,buy,x,70,\n")
    verdict = harness.judge(seeded, ["trades", "import", str(path)])
    assert verdict.code == 1 and "line 4: quantity: not a number" in verdict.err, verdict


def test_terminal_control_characters_in_notes_are_escaped_in_trades_list(seeded):
    note = "\x1b[2J\x1b[31mred\x07\rover\u202e"
    added = harness.run(seeded, ["trades", "add", "--symbol", "BABA", "--side", "buy", "--date", "2024-01-03",
                                 "--quantity", "1", "--price", "70", "--note", note])
    assert added.code == 0, added
    listed = harness.run(seeded, ["trades", "list"])
    assert "\x1b" not in listed.out and "\x07" not in listed.out and "\r" not in listed.out
    assert "\\x1b[2J\\x1b[31mred\\x07\\rover\\u202e" in listed.out
    as_json = harness.run(seeded, ["trades", "list", "--json"])
    assert "\x1b" not in as_json.out and "\\u001b[2J" in as_json.out
