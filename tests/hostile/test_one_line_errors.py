"""Inputs that used to end in a traceback now get one line naming the file line or the field, exit 1,
and leave the database as it was."""
from __future__ import annotations

import sqlite3
import tracemalloc
from pathlib import Path

import pytest

from tests.hostile import harness

PRICE_HEADER = "Date,Open,High,Low,Close,Volume\n"
TRADE_HEADER = "date,symbol,side,quantity,price,fee,currency,note\n"


def _import(db: Path, kind: str, path: Path | str) -> harness.Verdict:
    argv = ["prices", "import", str(path), "--symbol", "BABA"] if kind == "prices" else ["trades", "import", str(path)]
    return harness.judge(db, argv)


def _refused(verdict: harness.Verdict, *texts: str) -> None:
    assert verdict.code == 1 and verdict.ok, verdict
    for text in texts:
        assert text in verdict.err, verdict.err


@pytest.mark.parametrize("kind, text", [
    ("prices", PRICE_HEADER + "2024-01-02,1,1,1,1," + "1" * 140_000 + "\n"),
    ("trades", TRADE_HEADER + "2024-01-03,BABA,buy,1,70,0,USD," + "x" * 140_000 + "\n"),
])
def test_a_field_over_131072_characters_names_its_line(seeded, tmp_path, kind, text):
    path = tmp_path / "wide.csv"
    path.write_text(text)
    _refused(_import(seeded, kind, path), "line 2: ", "longer than 131,072 characters")


def test_a_quoted_field_over_the_limit_across_lines_names_its_line(seeded, tmp_path):
    path = tmp_path / "quoted.csv"
    path.write_text(TRADE_HEADER + "2024-01-03,BABA,buy,1,70,0,USD,ok\n"
                    + '2024-01-04,BABA,buy,1,70,0,USD,"' + ("y" * 100_000 + "\n") * 2 + '"\n')
    _refused(_import(seeded, "trades", path), "line 3: ", "longer than 131,072 characters")


def _peak_mb(action) -> tuple[float, object]:
    tracemalloc.start()
    try:
        result = action()
        return tracemalloc.get_traced_memory()[1] / 1e6, result
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("kind", ["prices", "trades"])
def test_a_200_mb_single_line_stops_early_in_flat_memory(seeded, tmp_path, kind):
    path = tmp_path / "huge.csv"
    with open(path, "wb") as handle:
        handle.write(b"Date,Open,High,Low,Close,Volume\n2024-01-02," if kind == "prices" else TRADE_HEADER.encode())
        block = b"9" * (1 << 20)
        for _ in range(200):
            handle.write(block)
    peak, verdict = _peak_mb(lambda: _import(seeded, kind, path))
    _refused(verdict, "line 2: ", "longer than 131,072 characters")
    assert peak < 30, f"{peak:.0f} MB"


@pytest.mark.parametrize("kind", ["prices", "trades"])
def test_dev_zero_is_refused_in_flat_memory(seeded, kind):
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero on this system")
    peak, verdict = _peak_mb(lambda: _import(seeded, kind, "/dev/zero"))
    _refused(verdict, "line 1: ", "NUL bytes")
    assert peak < 30, f"{peak:.0f} MB"


def test_mixed_utc_offsets_keep_each_wall_clock(seeded, tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_text(PRICE_HEADER + "2024-01-02 09:30:00-04,70,71,69,70,1\n2024-01-02 10:30:00+08:00,70,71,69,70.5,1\n")
    verdict = _import(seeded, "prices", path)
    assert verdict.code == 0 and verdict.ok, verdict
    listed = harness.run(seeded, ["prices", "list", "--symbol", "BABA"])
    assert "2024-01-02T09:30:00" in listed.out and "2024-01-02T10:30:00" in listed.out


@pytest.mark.parametrize("day", ["0000-01-01", "-1", "1899-12-31"])
def test_impossible_dates_in_files_name_their_line(seeded, tmp_path, day):
    prices, trades = tmp_path / "p.csv", tmp_path / "t.csv"
    prices.write_text(PRICE_HEADER + "2024-01-02,70,71,69,70,1\n" + f"{day},70,71,69,70,1\n")
    trades.write_text(TRADE_HEADER + f"{day},BABA,buy,1,70,0,USD,\n")
    _refused(_import(seeded, "prices", prices), "line 3: Date: ")
    _refused(_import(seeded, "trades", trades), "line 2: date: ")


@pytest.mark.parametrize("argv, field", [
    (["trades", "add", "--symbol", "BABA", "--side", "buy", "--date", "0000-01-01", "--quantity", "1",
      "--price", "1"], "date"),
    (["trades", "add", "--symbol", "BABA", "--side", "buy", "--date=-1", "--quantity", "1", "--price", "1"], "date"),
    (["position", "--as-of", "0000-01-01"], "as-of"),
    (["prices", "list", "--symbol", "BABA", "--from=-1"], "from"),
    (["buybacks", "--as-of", "0000-01-01"], "as-of"),
    (["trades", "delete", str(2 ** 63)], "id"),
    (["trades", "delete", str(2 ** 64 + 5)], "id"),
    (["dividends", "delete", "99999999999999999999999"], "id"),
    (["earnings", "add", "--period", "FY0001Q1", "--date", "2024-01-01"], "period"),
    (["earnings", "add", "--period", "FY9999Q4", "--date", "2024-01-01"], "period"),
    (["trades", "add", "--symbol", "BABA", "--side", "buy", "--date", "2024-01-03", "--quantity", "1",
      "--price", "1", "--note", "caf\udce9"], "note"),
    (["buybacks", "add", "--quarter-end", "2024-03-31", "--amount-usd", "1", "--shares-repurchased-ads", "1",
      "--outstanding-ads", "5", "--source", "\udcff"], "source"),
])
def test_hostile_option_values_get_one_line_naming_the_option(cli, argv, field):
    _refused(cli(*argv), f"tracker: {field}: ")


def test_a_non_utf8_byte_in_a_file_names_its_line(seeded, tmp_path):
    path = tmp_path / "latin1.csv"
    path.write_bytes((TRADE_HEADER + "2024-01-03,BABA,buy,1,70,0,USD,ok\n").encode()
                     + b"2024-01-04,BABA,buy,1,70,0,USD,caf\xe9\n")
    _refused(_import(seeded, "trades", path), "line 3: file: not UTF-8 text (byte 0xE9)")


def test_utf16_with_a_byte_order_mark_imports(seeded, tmp_path):
    path = tmp_path / "utf16.csv"
    path.write_bytes((TRADE_HEADER + "2024-01-03,BABA,buy,1,70,0,USD,caf\u00e9\n").encode("utf-16"))
    verdict = _import(seeded, "trades", path)
    assert verdict.code == 0, verdict
    assert "café" in harness.run(seeded, ["trades", "list"]).out


def test_a_stored_note_that_is_not_utf8_is_skipped_and_deletable(seeded):
    con = sqlite3.connect(seeded)
    bad = con.execute("INSERT INTO trades (symbol, side, trade_date, quantity, price, fee, currency, note) "
                      "VALUES ('BABA', 'buy', '2024-01-03', '1', '70', '0', 'USD', CAST(X'636166E9' AS TEXT))"
                      ).lastrowid
    con.commit()
    con.close()
    for argv in harness.READS:
        verdict = harness.run(seeded, argv)
        assert verdict.code == 0 and not verdict.traceback, verdict
    assert f"trade {bad} skipped: note b'caf\\xe9' is not UTF-8 text" in verdict.err, verdict.err
    deleted = harness.run(seeded, ["trades", "delete", str(bad)])
    assert deleted.code == 0 and not deleted.traceback, deleted
