"""Numbers no ledger can hold are refused by name, on the command line, in the facade and in both
importers, and nothing is written."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.hostile import harness
from tests.shared_data import TODAY
from tracker.domain import checks
from tracker.domain.model import Conversion, Dividend, Fee, Instrument, Trade

BABA = Instrument("BABA", "Alibaba ADS", "NYSE", "USD", "ADS", Decimal(8), date(2014, 9, 19))
HUGE = "1" + "0" * 30
ENORMOUS = "1" + "0" * 400


def _refused(verdict, field: str) -> None:
    assert verdict.code == 1, verdict
    assert verdict.ok, verdict
    assert f"{field}: " in verdict.err, verdict.err


@pytest.mark.parametrize("option, value, field", [
    ("--price", HUGE, "price"), ("--fee", HUGE, "fee"), ("--quantity", ENORMOUS, "quantity"),
    ("--quantity", "10000000001", "quantity"), ("--price", "1000000000001", "price"),
])
def test_trades_add_refuses_numbers_beyond_the_ledger(cli, option, value, field):
    argv = {"--symbol": "BABA", "--side": "buy", "--date": "2024-01-03", "--quantity": "1",
            "--price": "70", option: value}
    verdict = cli("trades", "add", *[x for pair in argv.items() for x in pair])
    _refused(verdict, field)
    assert "at most 10^1" in verdict.err


def test_the_largest_allowed_numbers_are_accepted(cli):
    verdict = cli("trades", "add", "--symbol", "BABA", "--side", "buy", "--date", "2024-01-03",
                  "--quantity", "10000000000", "--price", "1000000000000")
    assert verdict.code == 0 and verdict.ok, verdict


@pytest.mark.parametrize("rate", [HUGE, "1000000", "0", "-1"])
def test_convert_refuses_an_fx_rate_outside_zero_to_a_million(cli, rate):
    verdict = cli("convert", "--from", "BABA", "--to", "9988.HK", "--date", "2024-03-01",
                  "--quantity", "1", f"--fx-rate={rate}")
    _refused(verdict, "fx_rate")


@pytest.mark.parametrize("argv, field", [
    (["dividends", "add", "--symbol", "BABA", "--date", "2024-07-01", "--gross", HUGE], "gross"),
    (["dividends", "add", "--symbol", "BABA", "--date", "2024-07-01", "--gross", "1", "--fee", HUGE], "fee"),
    (["fees", "add", "--symbol", "BABA", "--date", "2024-02-01", "--amount", ENORMOUS], "amount"),
    (["buybacks", "add", "--quarter-end", "2024-03-31", "--amount-usd", ENORMOUS,
      "--shares-repurchased-ads", "1", "--outstanding-ads", "5"], "amount_usd"),
    (["buybacks", "add", "--quarter-end", "2024-03-31", "--amount-usd", "1",
      "--shares-repurchased-ads", ENORMOUS, "--outstanding-ads", "5"], "shares_repurchased_ads"),
    (["earnings", "add", "--period", "FY2025Q1", "--date", "2024-08-15", "--eps-usd", ENORMOUS], "eps-usd"),
])
def test_every_other_stored_amount_is_bounded(cli, argv, field):
    _refused(cli(*argv), field)


def test_the_domain_checks_name_the_field_for_nan_and_infinity():
    day = date(2024, 1, 2)
    trade = Trade("BABA", "buy", day, Decimal("NaN"), Decimal("Infinity"), Decimal("1e13"))
    fields = {e.field for e in checks.check_trade(trade, BABA, TODAY)}
    assert fields == {"quantity", "price", "fee"}
    dividend = Dividend("BABA", day, Decimal("1e400"), Decimal(0), Decimal(0), "USD")
    assert [e.field for e in checks.check_dividend(dividend, BABA, TODAY)] == ["gross"]
    fee = Fee("BABA", day, Decimal("-Infinity"), "USD")
    assert [e.field for e in checks.check_fee(fee, BABA, TODAY)] == ["amount"]


def test_the_facade_refuses_a_huge_quantity_before_writing(tracker):
    from tracker.errors import ValidationError
    with pytest.raises(ValidationError, match="quantity: must be at most 10\\^10"):
        tracker.add_trade(Trade("BABA", "buy", date(2024, 1, 2), Decimal("1e400"), Decimal(1), Decimal(0)))
    with pytest.raises(ValidationError, match="fx_rate"):
        tracker.add_conversion(Conversion(date(2024, 1, 3), "BABA", "9988.HK", Decimal(1), Decimal(0),
                                          Decimal("1e30")))
    assert tracker.trades() == [] and tracker.conversions() == []


@pytest.mark.parametrize("cell, message", [
    ("1e25", "must be at most 10^12"), ("1e309", "not a finite number"), ("NaN", "no price"),
    ("-0", "must be greater than 0"),
])
def test_the_price_importer_refuses_bars_beyond_bounds_by_line(seeded, tmp_path, cell, message):
    path = tmp_path / "p.csv"
    path.write_text("Date,Open,High,Low,Close,Volume\n2024-01-02,70,71,69,70,100\n"
                    f"2024-01-03,70,{cell},69,70,100\n")
    verdict = harness.judge(seeded, ["prices", "import", str(path), "--symbol", "BABA"])
    assert verdict.code == 1 and verdict.ok, verdict
    assert "line 3: High: " in verdict.err and message in verdict.err, verdict.err


def test_the_price_importer_bounds_volume(seeded, tmp_path):
    path = tmp_path / "p.csv"
    path.write_text("Date,Open,High,Low,Close,Volume\n2024-01-02,70,71,69,70,1e13\n")
    verdict = harness.judge(seeded, ["prices", "import", str(path), "--symbol", "BABA"])
    assert verdict.code == 1 and "line 2: Volume: must be at most 10^12" in verdict.err, verdict


def test_the_trade_importer_refuses_a_huge_price_by_line(seeded, tmp_path):
    path = tmp_path / "t.csv"
    path.write_text(f"date,symbol,side,quantity,price\n2024-01-03,BABA,buy,1,70\n2024-01-04,BABA,buy,1,{HUGE}\n")
    verdict = harness.judge(seeded, ["trades", "import", str(path)])
    assert verdict.code == 1 and verdict.ok, verdict
    assert "line 3: price: must be at most 10^12" in verdict.err


def test_the_largest_values_together_never_break_a_read(cli, seeded, tmp_path):
    """Every bound at once: a 10^10-unit trade at 10^12, converted at a rate just under 10^6 with
    the largest fee, a 10^12 dividend, bars at the price bound; each read still works."""
    top, units, rate = "1000000000000", "10000000000", "999999.999999"
    steps = [
        ["trades", "add", "--symbol", "BABA", "--side", "buy", "--date", "2020-01-02", "--quantity", units,
         "--price", top, "--fee", top],
        ["convert", "--from", "BABA", "--to", "9988.HK", "--date", "2020-02-03", "--quantity", units,
         "--fx-rate", rate, "--fee", top],
        ["dividends", "add", "--symbol", "9988.HK", "--date", "2020-07-01", "--gross", top],
        ["trades", "add", "--symbol", "9988.HK", "--side", "sell", "--date", "2020-08-03", "--quantity", units,
         "--price", top],
    ]
    bars = tmp_path / "bars.csv"
    bars.write_text(f"Date,Open,High,Low,Close,Volume\n2020-01-02,{top},{top},0.000001,0.000001,{top}\n"
                    f"2020-07-02,{top},{top},0.000001,{top},0\n")
    steps += [["prices", "import", str(bars), "--symbol", symbol] for symbol in ("BABA", "9988.HK")]
    for argv in steps:
        verdict = cli(*argv)
        assert verdict.code == 0 and verdict.ok, (argv, verdict)
    for argv in (*harness.READS, ["position", "--json"], ["buybacks", "--json"], ["earnings", "list"], ["check"]):
        verdict = harness.run(seeded, argv)
        assert verdict.code == 0 and not verdict.traceback, (argv, verdict)


def test_bars_from_a_provider_are_bounded_like_file_bars():
    import numpy as np

    from tracker.online.bars import checked_bars
    days = np.array([19724, 19725, 19726])
    one = np.ones(3)
    parsed = checked_bars("yahoo", days, one, np.array([1, 1e25, 1]), one, one, np.array([1, 1, 1e13]))
    assert [(e.field, e.message, e.text) for e in parsed.errors] == [
        ("high", "must be at most 10^12", "2024-01-03"), ("volume", "must be at most 10^12", "2024-01-04")]
