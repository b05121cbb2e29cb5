"""Rows written behind the app's back (a hand edit, an older bug) never break a read: each bad row
is skipped, named with the command that fixes it, and that command works."""
from __future__ import annotations

import sqlite3

import pytest

from tests.hostile import harness

TRADE = ("INSERT INTO trades (symbol, side, trade_date, quantity, price, fee, currency, note) "
         "VALUES ('BABA', 'buy', ?, ?, ?, ?, 'USD', 'hand edit')")


def _sql(db, statement: str, *params) -> int:
    con = sqlite3.connect(db)
    try:
        row_id = con.execute(statement, params).lastrowid
        con.commit()
        return row_id
    finally:
        con.close()


def _reads_work_and_name(db, *expected: str, read=("position",)) -> None:
    for argv in harness.READS:
        verdict = harness.run(db, argv)
        assert verdict.code == 0 and not verdict.traceback, (argv, verdict)
    verdict = harness.run(db, list(read))
    for text in expected:
        assert text in verdict.err, verdict.err


@pytest.mark.parametrize("day, quantity, price, fee, problem", [
    ("2024-01-03", "1e400", "70", "0", "quantity '1e400' must be at most 10^10"),
    ("2024-01-03", "10", "1e30", "0", "price '1e30' must be at most 10^12"),
    ("2024-01-03", "10", "70", "1000000000000000000000000000000", "fee"),
    ("2024-01-03", "abc", "70", "0", "quantity 'abc' is not a number"),
    ("2024-01-03", "0", "70", "0", "quantity '0' must be greater than 0"),
    ("2024-13-45", "10", "70", "0", "trade_date '2024-13-45' is not a date"),
    ("0000-01-01", "10", "70", "0", "trade_date '0000-01-01' is not a date"),
])
def test_a_bad_trade_row_is_skipped_named_and_deletable(seeded, day, quantity, price, fee, problem):
    bad = _sql(seeded, TRADE, day, quantity, price, fee)
    _reads_work_and_name(seeded, f"trade {bad} skipped: {problem}", f"`tracker trades delete {bad}`")
    listed = harness.run(seeded, ["trades", "list"])
    assert "73.2" in listed.out and "hand edit" not in listed.out     # the good trade is still there
    deleted = harness.run(seeded, ["trades", "delete", str(bad)])
    assert deleted.code == 0 and f"deleted trade T{bad}: " in deleted.out, deleted
    assert "skipped" not in deleted.err
    assert "skipped" not in harness.run(seeded, ["position"]).err


def test_the_position_ignores_the_bad_row_and_counts_the_good_ones(seeded):
    _sql(seeded, TRADE, "2024-01-03", "1e400", "70", "0")
    verdict = harness.run(seeded, ["position", "--symbol", "BABA", "--json"])
    assert verdict.code == 0 and '"shares": 100' in verdict.out, verdict


@pytest.mark.parametrize("statement, what, fix", [
    ("INSERT INTO dividends (symbol, pay_date, gross, withholding, fee, currency) "
     "VALUES ('BABA', '2024-07-02', '1e400', '0', '0', 'USD')", "dividend", "tracker dividends delete"),
    ("INSERT INTO fees (symbol, fee_date, amount, currency) VALUES ('BABA', '2024-02-02', 'x', 'USD')",
     "fee", "tracker fees delete"),
    ("INSERT INTO conversions (conversion_date, from_symbol, to_symbol, quantity, fee, fx_rate) "
     "VALUES ('2024-03-01', 'BABA', '9988.HK', '1', '0', '1e30')", "conversion", "tracker conversions delete"),
])
def test_bad_dividend_fee_and_conversion_rows_are_skipped_and_deletable(seeded, statement, what, fix):
    bad = _sql(seeded, statement)
    _reads_work_and_name(seeded, f"{what} {bad} skipped", f"`{fix} {bad}`")
    deleted = harness.run(seeded, [fix.split()[1], "delete", str(bad)])
    assert deleted.code == 0 and "skipped" not in deleted.err, deleted
    assert "skipped" not in harness.run(seeded, ["position"]).err


@pytest.mark.parametrize("values, named", [
    ("1e25, 1e25, 1, 1, 1", "open 1e+25, high 1e+25"),
    ("'abc', 2, 1, 1, 1", "open 'abc'"),
    ("1, 1, 1, 1e999, 1", "close inf"),
    ("2, 2, 2, 2, -5", "volume -5"),
])
def test_a_bad_price_bar_is_skipped_and_named(seeded, values, named):
    _sql(seeded, "INSERT INTO prices (symbol, ts, open, high, low, close, volume) "
                 "VALUES ('BABA', 1704240000, 2, 2, 2, 2, 2)")               # 2024-01-03, good
    _sql(seeded, f"INSERT INTO prices (symbol, ts, open, high, low, close, volume) "
                 f"VALUES ('BABA', 1704326400, {values})")                    # 2024-01-04, bad
    _reads_work_and_name(seeded)
    listed = harness.run(seeded, ["prices", "list", "--symbol", "BABA"])
    assert listed.code == 0 and "2024-01-03" in listed.out and "2024-01-04" not in listed.out
    for text in ("BABA price bar 2024-01-04 skipped", named, "`tracker prices import FILE --symbol BABA`"):
        assert text in listed.err, listed.err


def test_a_bad_close_is_not_the_last_price(seeded):
    _sql(seeded, "INSERT INTO prices (symbol, ts, open, high, low, close, volume) "
                 "VALUES ('BABA', 1704240000, 2, 2, 2, 2, 2), ('BABA', 1704326400, 1, 1, 1, 1e999, 1)")
    position = harness.run(seeded, ["position", "--symbol", "BABA", "--json"])
    assert position.code == 0 and '"last_price_date": "2024-01-03"' in position.out, position
    assert "BABA price bar 2024-01-04 skipped" in position.err


def test_a_corrected_import_replaces_the_bad_bar(seeded, tmp_path):
    _sql(seeded, "INSERT INTO prices (symbol, ts, open, high, low, close, volume) "
                 "VALUES ('BABA', 1704326400, 1e25, 1e25, 1, 1, 1)")
    fixed = tmp_path / "fixed.csv"
    fixed.write_text("Date,Open,High,Low,Close,Volume\n2024-01-04,70,71,69,70.5,100\n")
    assert harness.run(seeded, ["prices", "import", str(fixed), "--symbol", "BABA"]).code == 0
    position = harness.run(seeded, ["position", "--symbol", "BABA", "--json"])
    assert '"last_price": 70.5' in position.out and "skipped" not in position.err


def test_many_bad_bars_are_counted_not_listed_one_by_one(seeded):
    for k in range(10):
        _sql(seeded, "INSERT INTO prices (symbol, ts, open, high, low, close, volume) "
                     "VALUES ('BABA', ?, 1e30, 1e30, 1e30, 1e30, 1)", 1704326400 + 86400 * k)
    err = harness.run(seeded, ["prices", "list", "--symbol", "BABA"]).err
    assert err.count("skipped") == 4 and "7 more BABA price bars skipped" in err, err


def test_a_bad_buyback_quarter_is_skipped_and_can_be_entered_again(seeded):
    _sql(seeded, "UPDATE buyback_quarters SET amount_usd = '1e400' WHERE quarter_end = '2024-03-31'")
    _reads_work_and_name(seeded, "buyback quarter '2024-03-31' skipped",
                         "`tracker buybacks add --quarter-end 2024-03-31", read=("buybacks",))
    fixed = harness.run(seeded, ["buybacks", "add", "--quarter-end", "2024-03-31", "--amount-usd", "100",
                                 "--shares-repurchased-ads", "1", "--outstanding-ads", "2000000000"])
    assert fixed.code == 0, fixed
    after = harness.run(seeded, ["buybacks"])
    assert after.code == 0 and "skipped" not in after.err, after


def test_a_bad_results_figure_is_shown_as_unknown(seeded):
    _sql(seeded, "UPDATE earnings_events SET eps_diluted_usd = 'NaN' WHERE fiscal_period = "
                 "(SELECT MIN(fiscal_period) FROM earnings_events)")
    verdict = harness.run(seeded, ["earnings", "list"])
    assert verdict.code == 0 and not verdict.traceback, verdict
    assert "results figure eps_diluted_usd skipped" in verdict.err and "--eps-usd VALUE" in verdict.err
