"""The `tracker` command as scripts use it: exit codes, one-line errors, JSON shapes."""
import json
import subprocess
import sys
from decimal import Decimal

import pytest

from tests.shared_data import shared_file
from tracker.cli import main

POSITION_KEYS = {"symbol", "currency", "method", "as_of", "shares", "cost_basis", "average_cost",
                 "last_price", "last_price_date", "market_value", "unrealized_pnl", "realized_pnl",
                 "dividends_net", "fees", "total_return", "xirr", "twr", "twr_annualized",
                 "price_source", "price_age_days", "price_stale", "total_return_at_cost", "returns_to",
                 "period_days", "annualized", "xirr_period",
                 # the reporting period and the risk of its TWR index
                 "period", "period_start", "period_end", "max_drawdown", "max_drawdown_peak",
                 "max_drawdown_trough", "current_drawdown", "volatility", "volatility_annualized",
                 # the account it covers (null: every account) and each account's part
                 "account", "by_account"}


def write_prices(path, rows):
    path.write_text("Date,Open,High,Low,Close,Adj Close,Volume\n" +
                    "".join(f"{d},{o},{h},{lo},{c},{c},{v}\n" for d, o, h, lo, c, v in rows))
    return path


def test_trade_round_trip_and_position_json(run, tmp_path):
    prices = write_prices(tmp_path / "p.csv", [("2024-01-02", 73, 74, 72, 73.5, 100),
                                              ("2024-01-03", 73.5, 76, 73, 75.0, 100)])
    assert run("prices", "import", str(prices), "--symbol", "BABA")[0] == 0
    code, out, _ = run("trades", "add", "--symbol", "BABA", "--side", "buy", "--date", "2024-01-02",
                       "--quantity", "100", "--price", "73.20", "--fee", "1.50", "--json")
    assert code == 0 and json.loads(out)["id"] == 1
    code, out, _ = run("position", "--symbol", "BABA", "--as-of", "2024-01-03", "--json")
    assert code == 0
    pos = json.loads(out)
    assert set(pos) == POSITION_KEYS
    # cost 100 x 73.20 + 1.50 = 7321.50; value 100 x 75.00 = 7500; unrealized 178.50
    assert pos["shares"] == 100 and pos["cost_basis"] == 7321.5
    assert pos["market_value"] == 7500 and pos["unrealized_pnl"] == 178.5
    assert pos["last_price_date"] == "2024-01-03" and pos["currency"] == "USD"
    # one day held: nothing is annualized; the period's own figures are given instead
    assert (pos["period_days"], pos["annualized"], pos["xirr"], pos["twr_annualized"]) == (1, False, None, None)
    # TWR: 7500 / 7321.50 - 1 (the buy's money in at the start of its day, worth 7500 at the next
    # close); the money-weighted return over the same single day is the same ratio
    assert pos["twr"] == pytest.approx(7500 / 7321.5 - 1) and pos["xirr_period"] == pytest.approx(7500 / 7321.5 - 1)
    assert (pos["price_source"], pos["price_stale"], pos["price_age_days"]) == ("close", False, 0)
    code, out, _ = run("trades", "list", "--json")
    trades = json.loads(out)
    assert [(t["id"], t["quantity"], t["price"], t["fee"]) for t in trades] == [(1, 100, 73.2, 1.5)]


def test_position_without_symbol_lists_every_active_listing(run):
    run("trades", "add", "--symbol", "9988.HK", "--side", "buy", "--date", "2024-01-02",
        "--quantity", "400", "--price", "70.1")
    code, out, _ = run("position", "--json")
    result = json.loads(out)
    assert code == 0 and isinstance(result, list)
    assert [(p["symbol"], p["currency"], p["shares"]) for p in result] == [("9988.HK", "HKD", 400)]


@pytest.mark.parametrize("args, field", [
    (["--quantity", "0", "--price", "80"], "quantity"),
    (["--quantity", "-3", "--price", "80"], "quantity"),
    (["--quantity", "10", "--price", "0"], "price"),
    (["--quantity", "1,2.3", "--price", "80"], "quantity"),
    (["--quantity", "ten", "--price", "80"], "quantity"),
])
def test_bad_numbers_exit_1_with_one_line_naming_the_field(run, args, field):
    code, out, err = run("trades", "add", "--symbol", "BABA", "--side", "buy", "--date", "2024-01-02", *args)
    assert code == 1
    assert field in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert json.loads(run("trades", "list", "--json")[1]) == []


@pytest.mark.parametrize("day, words", [("2014-09-18", "2014-09-19"), ("2099-01-05", "future"),
                                        ("03/04/2024", "ambiguous"), ("2024-02-30", "date")])
def test_bad_dates_are_refused(run, day, words):
    code, _, err = run("trades", "add", "--symbol", "BABA", "--side", "buy", "--date", day,
                       "--quantity", "1", "--price", "80")
    assert code == 1 and words in err and "date" in err


def test_unknown_symbol_and_oversell(run):
    code, _, err = run("trades", "add", "--symbol", "TSLA", "--side", "buy", "--date", "2024-01-02",
                       "--quantity", "1", "--price", "80")
    assert code == 1 and "TSLA" in err and "symbol" in err
    run("trades", "add", "--symbol", "BABA", "--side", "buy", "--date", "2024-01-02", "--quantity", "10", "--price", "80")
    code, _, err = run("trades", "add", "--symbol", "BABA", "--side", "sell", "--date", "2024-01-03",
                       "--quantity", "11", "--price", "80")
    assert code == 1 and "quantity" in err
    assert len(json.loads(run("trades", "list", "--json")[1])) == 1


def test_deleting_an_early_buy_that_a_later_sell_needs_is_refused(run):
    run("trades", "add", "--symbol", "BABA", "--side", "buy", "--date", "2024-01-02", "--quantity", "10", "--price", "80")
    run("trades", "add", "--symbol", "BABA", "--side", "sell", "--date", "2024-02-01", "--quantity", "8", "--price", "85")
    run("trades", "add", "--symbol", "BABA", "--side", "buy", "--date", "2024-03-01", "--quantity", "10", "--price", "75")
    code, _, err = run("trades", "delete", "1")
    assert code == 1 and "quantity" in err
    assert len(json.loads(run("trades", "list", "--json")[1])) == 3


def test_usage_errors_exit_2(run):
    with pytest.raises(SystemExit) as exc:
        main(["trades", "add", "--symbol", "BABA"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["position", "--method", "lifo"])
    assert exc.value.code == 2


def test_dividend_and_conversion(run):
    run("trades", "add", "--symbol", "BABA", "--side", "buy", "--date", "2023-06-01", "--quantity", "10", "--price", "85")
    code, out, _ = run("dividends", "add", "--symbol", "BABA", "--date", "2024-01-11", "--gross", "10.00",
                       "--withholding", "1.00", "--fee", "0.50", "--json")
    assert code == 0 and json.loads(out)["net"] == 8.5
    code, out, err = run("convert", "--from", "BABA", "--to", "9988.HK", "--date", "2024-02-01",
                         "--quantity", "4", "--json")
    assert code == 0, err
    assert json.loads(out)["received"] == 32
    positions = {p["symbol"]: p for p in json.loads(run("position", "--json")[1])}
    assert positions["BABA"]["shares"] == 6 and positions["9988.HK"]["shares"] == 32
    assert positions["BABA"]["dividends_net"] == 8.5


def test_prices_list_json_and_reimport_adds_nothing_twice(run, tmp_path):
    path = shared_file("prices_BABA_daily.csv")
    code, out, _ = run("prices", "import", str(path), "--symbol", "BABA", "--json")
    first = json.loads(out)
    assert code == 0 and first["format"] == "yahoo" and first["added"] == 2383
    code, out, _ = run("prices", "import", str(path), "--symbol", "BABA", "--json")
    again = json.loads(out)
    assert (again["added"], again["updated"], again["unchanged"]) == (0, 0, 2383)   # nothing changed: said so
    lines = path.read_text().splitlines()
    day, *cells = lines[5].split(",")
    changed = tmp_path / "one changed.csv"
    low, high = float(cells[2]), float(cells[1])
    changed.write_text("\n".join(lines[:5] + [",".join([day, *cells[:3], f"{(low + high) / 2:.6f}", *cells[4:]])]
                                 + lines[6:]) + "\n")            # one close moved within its day's range
    code, out, _ = run("prices", "import", str(changed), "--symbol", "BABA", "--json")
    assert (json.loads(out)["updated"], json.loads(out)["unchanged"]) == (1, 2382)
    code, out, _ = run("prices", "list", "--symbol", "BABA", "--from", "2014-09-19", "--to", "2014-09-19", "--json")
    # the file holds Yahoo's float artefacts (92.699997): stored and listed as they are
    assert json.loads(out) == [{"date": "2014-09-19", "open": pytest.approx(92.70, abs=1e-5),
                                "high": pytest.approx(99.70, abs=1e-5), "low": pytest.approx(89.95, abs=1e-5),
                                "close": pytest.approx(93.89, abs=1e-5), "volume": 271879400}]


def test_prices_import_names_a_snake_case_adj_close_file_yahoo(run):
    path = shared_file("prices_BABA_daily_2024_2026.csv")     # date,open,...,adj_close,volume,...
    code, out, _ = run("prices", "import", str(path), "--symbol", "BABA", "--dry-run")
    assert code == 0 and out.startswith("yahoo file, 650 rows for BABA") and "stooq" not in out


def test_dry_run_writes_nothing(run, tmp_path):
    prices = write_prices(tmp_path / "p.csv", [("2024-01-02", 73, 74, 72, 73.5, 100)])
    code, out, _ = run("prices", "import", str(prices), "--symbol", "BABA", "--dry-run", "--json")
    assert code == 0 and json.loads(out)["added"] == 1
    assert json.loads(run("prices", "list", "--symbol", "BABA", "--json")[1]) == []


def test_malformed_price_file_names_the_line(run, tmp_path):
    bad = write_prices(tmp_path / "bad.csv", [("2024-01-02", 73, 74, 72, 73.5, 100),
                                             ("2024-01-03", 73, 70, 72, 73.5, 100)])
    code, _, err = run("prices", "import", str(bad), "--symbol", "BABA")
    assert code == 1 and "line 3" in err
    assert json.loads(run("prices", "list", "--symbol", "BABA", "--json")[1]) == []


def test_module_entry_point_and_missing_display(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "TRACKER_DB": str(tmp_path / "x.db"), "HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "tracker", "--help"], capture_output=True, text=True, env=env)
    assert done.returncode == 0 and "prices" in done.stdout
    done = subprocess.run([sys.executable, "-m", "tracker"], capture_output=True, text=True, env=env)
    assert done.returncode == 1
    assert "no display" in done.stderr and "Traceback" not in done.stderr


def test_backup_and_restore_commands(run, tmp_path):
    run("trades", "add", "--symbol", "BABA", "--side", "buy", "--date", "2024-01-02", "--quantity", "10", "--price", "80")
    copy = tmp_path / "copy.db"
    assert run("backup", "--to", str(copy))[0] == 0 and copy.exists()
    code, _, err = run("backup", "--to", str(tmp_path / "typo" / "dir" / "copy.db"))   # no such folder
    assert code == 1 and "there is no folder" in err and not (tmp_path / "typo").exists()
    run("trades", "delete", "1")
    code, out, err = run("restore", str(copy))
    assert code == 0, err
    assert len(json.loads(run("trades", "list", "--json")[1])) == 1
    code, _, err = run("restore", str(tmp_path / "missing.db"))
    assert code == 1 and "no such file" in err


def test_standalone_fee_lowers_total_return(run):
    run("trades", "add", "--symbol", "BABA", "--side", "buy", "--date", "2023-06-01", "--quantity", "10", "--price", "85")
    code, out, _ = run("fees", "add", "--symbol", "BABA", "--date", "2024-01-05", "--amount", "0.50", "--json")
    assert code == 0 and json.loads(out)["currency"] == "USD"
    pos = json.loads(run("position", "--symbol", "BABA", "--json")[1])
    assert pos["fees"] == 0.5
    code, _, err = run("fees", "add", "--symbol", "BABA", "--date", "2024-01-05", "--amount", "-1")
    assert code == 1 and "amount" in err


def test_each_command_module_registers_the_commands_the_cli_names_for_it():
    import argparse
    import importlib

    from tracker.cli import COMMANDS
    for module, commands in COMMANDS.items():
        sub = argparse.ArgumentParser().add_subparsers()
        importlib.import_module(f"tracker.commands.{module}").register(sub)
        assert tuple(sub.choices) == commands, module


@pytest.mark.parametrize("argv, command", [(["--db", "x.db", "earnings", "list", "--json"], "earnings"),
                                           (["--create", "trades", "list"], "trades"),
                                           (["--db", "trades", "position", "--json"], "position"),
                                           (["prices", "list", "--symbol", "BABA"], "prices")])
def test_a_command_parses_alike_with_only_its_module_and_with_every_one(argv, command):
    from tracker.cli import COMMANDS, build_parser, modules_for
    [module] = modules_for(argv)
    assert command in COMMANDS[module]
    only, every = build_parser(argv).parse_args(argv), build_parser().parse_args(argv)
    assert {k: v for k, v in vars(only).items() if not callable(v)} == \
        {k: v for k, v in vars(every).items() if not callable(v)}
    assert only.run.__qualname__ == every.run.__qualname__


@pytest.mark.parametrize("argv", [[], ["--help"], ["--db", "x.db"], ["earnigs", "list"], ["--d", "x", "trades"]])
def test_no_command_or_an_unknown_word_builds_every_command(argv):
    from tracker.cli import COMMANDS, modules_for
    assert modules_for(argv) == list(COMMANDS)


def test_an_unknown_command_still_lists_them_all(capsys):
    from tracker.cli import main
    with pytest.raises(SystemExit) as exited:
        main(["--db", "x.db", "earnigs", "list"])
    assert exited.value.code == 2
    assert "earnings" in capsys.readouterr().err


@pytest.mark.parametrize("day, symbol, words", [
    ("2024-03-09", "BABA", "date: 2024-03-09 is a weekend, when NYSE does not trade"),
    ("2099-01-05", "BABA", "date: 2099-01-05 is in the future"),
    ("2010-01-05", "BABA", "date: 2010-01-05 is before BABA first traded on 2014-09-19"),
    ("2019-06-03", "9988.HK", "date: 2019-06-03 is before 9988.HK first traded on 2019-11-26"),
])
def test_a_price_file_with_a_bar_no_listing_can_have_is_refused_whole(run, tmp_path, day, symbol, words):
    """A Saturday close, a future date or one before the listing began (another listing's file)
    would value the position on a day that never traded: the file is refused, nothing written."""
    prices = write_prices(tmp_path / "p.csv", [("2024-03-08", 73, 74, 72, 73.5, 100), (day, 73, 74, 72, 73, 100)])
    code, _, err = run("prices", "import", str(prices), "--symbol", symbol)
    assert code == 1 and words in err and err.count("\n") == 1
    code, out, _ = run("prices", "list", "--symbol", symbol, "--json")
    assert json.loads(out) == []


def test_a_bars_impossible_date_is_named_by_line_with_the_files_other_errors(run, tmp_path):
    """All at once, in line order: a future date and a Saturday beside a negative volume, and past
    three dates of one reason the rest in one line."""
    prices = write_prices(tmp_path / "p.csv", [("2024-03-08", 73, 74, 72, 73.5, 100), ("2099-01-05", 73, 74, 72, 73, 100),
                                               ("2024-03-11", 73, 74, 72, 73, -5), ("2024-03-09", 73, 74, 72, 73, 100)])
    code, _, err = run("prices", "import", str(prices), "--symbol", "BABA")
    assert code == 1 and err == ("tracker: line 3: date: 2099-01-05 is in the future; line 4: Volume: must not be "
                                 "negative (got '-5'); line 5: date: 2024-03-09 is a weekend, when NYSE does not trade\n")
    saturdays = write_prices(tmp_path / "s.csv", [(f"2024-03-{d:02d}", 73, 74, 72, 73, 100) for d in (2, 9, 16, 23, 30)])
    code, _, err = run("prices", "import", str(saturdays), "--symbol", "BABA")
    assert code == 1 and "line 4: date: 2024-03-16 is a weekend" in err
    assert err.endswith("; date: 2024-03-23, 2024-03-30 is a weekend, when NYSE does not trade\n")


def test_currencies_are_taken_in_lower_case_as_symbols_and_sides_are(run):
    code, out, err = run("dividends", "add", "--symbol", "9988.HK", "--date", "2024-06-13", "--gross", "7.50",
                         "--currency", "usd", "--received", "58.46", "--received-currency", "hkd", "--json")
    assert code == 0, err
    saved = json.loads(out)
    assert (saved["currency"], saved["received_currency"]) == ("USD", "HKD")
    code, out, err = run("fees", "add", "--symbol", "BABA", "--date", "2024-06-13", "--amount", "1", "--currency",
                         "usd", "--json")
    assert code == 0 and json.loads(out)["currency"] == "USD", err


def test_a_conversion_rate_the_wrong_way_round_is_warned_about_on_stderr(run):
    run("trades", "add", "--symbol", "9988.HK", "--side", "buy", "--date", "2024-03-01", "--quantity", "800",
        "--price", "70")
    code, out, err = run("convert", "--from", "9988.HK", "--to", "BABA", "--date", "2024-03-12", "--quantity", "8",
                         "--fx-rate", "7.8")
    assert code == 0 and "converted 8 9988.HK into 1 BABA" in out
    assert "warning: fx_rate 7.8 USD per HKD is far from the usual 0.1282: is it the wrong way round?" in err
    assert "tracker conversions delete 1" in err
    code, _, err = run("convert", "--from", "9988.HK", "--to", "BABA", "--date", "2024-03-12", "--quantity", "8")
    assert code == 0 and "wrong way round" not in err       # the day's rate: no warning, but the stand-in said
    assert err == ("tracker: note: no USDHKD rate is stored for 2024-03-12: the cost carried over is converted at "
                   "the peg, 7.80 HKD per USD; --fx-rate gives the rate of the day\n")
    code, _, err = run("convert", "--from", "9988.HK", "--to", "BABA", "--date", "2024-03-12", "--quantity", "8",
                       "--fx-rate", "0.128")
    assert code == 0 and err == ""                         # a rate given: nothing to say



def test_a_conversion_of_part_of_an_ads_is_warned_about_and_saved(run):
    run("trades", "add", "--symbol", "9988.HK", "--side", "buy", "--date", "2024-03-01", "--quantity", "800",
        "--price", "70")
    code, out, err = run("convert", "--from", "9988.HK", "--to", "BABA", "--date", "2024-03-12", "--quantity", "12")
    assert code == 0 and "converted 12 9988.HK into 1.5 BABA" in out
    assert ("warning: ADS convert whole: 12 9988.HK make 1.5 ADS; the depositary converts multiples of 8 shares "
            "(`tracker conversions delete 1` takes it back)") in err
    code, _, err = run("convert", "--from", "BABA", "--to", "9988.HK", "--date", "2024-03-13", "--quantity", "0.5")
    assert code == 0 and "warning: ADS convert whole: 0.5 BABA is not a whole number;" in err
    code, _, err = run("convert", "--from", "9988.HK", "--to", "BABA", "--date", "2024-03-14", "--quantity", "16",
                       "--fx-rate", "0.128")
    assert code == 0 and err == ""


def test_dividends_add_warns_as_the_dialog_does_and_still_saves(run):
    """A dividend on a day no declared dividend went ex shortly before, and one of a listing not held
    at the ex-date (2023-12-20, the FY2023 annual dividend): saved, each said on stderr."""
    code, out, err = run("dividends", "add", "--symbol", "BABA", "--date", "2023-03-01", "--gross", "10")
    assert code == 0 and out.startswith("added dividend 1")
    assert ("warning: no dividend Alibaba declared went ex in the 60 days up to 2023-03-01 (the nearest is the "
            "FY2023 annual dividend, ex-date 2023-12-20): is the date right?") in err
    code, _, err = run("dividends", "add", "--symbol", "BABA", "--date", "2024-01-10", "--gross", "10")
    assert code == 0 and ("warning: you held no BABA at the ex-date 2023-12-20 of the FY2023 annual dividend: "
                          "only units held before the ex-date receive it") in err
    run("trades", "add", "--symbol", "BABA", "--side", "buy", "--date", "2023-12-01", "--quantity", "10",
        "--price", "75")
    run("dividends", "delete", "2")                        # the one of no units: a mistake
    code, _, err = run("dividends", "add", "--symbol", "BABA", "--date", "2024-01-11", "--gross", "10")
    assert code == 0 and err == ""                         # held at the ex-date: nothing to say
    code, _, err = run("dividends", "add", "--symbol", "BABA", "--date", "2024-01-12", "--gross", "1000")
    assert code == 0 and ("warning: a gross of 1000.00 USD is far from the 10.00 USD the FY2023 annual dividend "
                          "pays on the 10 ADS held at its ex-date 2023-12-20: is it right?") in err


def test_a_gross_in_hong_kong_dollars_is_judged_at_the_peg(run):
    """8,000 shares of 9988.HK at the FY2024 ex-date get US$0.2075 each (regular and special),
    1,660 USD or 12,948 HKD at the peg: 1,660 typed as HKD (the US-dollar figure in the wrong
    currency) is warned about, the amount credited in HKD is not."""
    run("trades", "add", "--symbol", "9988.HK", "--side", "buy", "--date", "2024-05-02", "--quantity", "8000",
        "--price", "75")
    code, _, err = run("dividends", "add", "--symbol", "9988.HK", "--date", "2024-06-20", "--gross", "1660",
                       "--currency", "HKD")
    assert code == 0 and ("warning: a gross of 1660.00 HKD is far from the 12948.00 HKD (1660.00 USD at the peg) "
                          "the FY2024 annual + special dividend pays on the 8000 shares held at its ex-date 2024-06-13") in err
    code, _, err = run("dividends", "add", "--symbol", "9988.HK", "--date", "2024-06-21", "--gross", "12931.20",
                       "--currency", "HKD")
    assert code == 0 and "far from" not in err
    assert ("warning: the FY2024 annual + special dividend of 9988.HK is recorded already: dividend 1 on "
            "2024-06-20, net 1660.00 HKD; counted twice unless it was a second payment "
            "(`tracker dividends delete 2` takes this one back)") in err

def test_trades_add_warns_as_the_dialog_does_and_still_saves(run, tmp_path):
    """A Saturday, a price outside the day's range, an odd lot of 9988.HK: saved (the window saves
    after the same warnings), each said on stderr."""
    prices = write_prices(tmp_path / "p.csv", [("2024-03-08", 70.8, 72.3, 70.7, 71.5, 100)])
    run("prices", "import", str(prices), "--symbol", "9988.HK")
    code, out, err = run("trades", "add", "--symbol", "9988.HK", "--side", "buy", "--date", "2024-03-09",
                         "--quantity", "150", "--price", "71")
    assert code == 0 and out.startswith("added trade 1")
    assert "warning: HKEX did not trade on 2024-03-09 (a weekend): is the date right?" in err
    assert "warning: 9988.HK trades in board lots of 100 shares: 150 is not a whole number of lots" in err
    code, _, err = run("trades", "add", "--symbol", "9988.HK", "--side", "buy", "--date", "2024-03-08",
                       "--quantity", "100", "--price", "7000")
    assert code == 0 and "7000 HKD is outside 9988.HK's range on 2024-03-08 (70.70–72.30)" in err
    code, _, err = run("trades", "add", "--symbol", "9988.HK", "--side", "buy", "--date", "2024-03-08",
                       "--quantity", "100", "--price", "71", "--fee", "1500")
    assert code == 0 and "warning: the fee of 1500 HKD is 21% of the trade's 7100.00 HKD: is the fee right?" in err
    code, _, err = run("trades", "add", "--symbol", "9988.HK", "--side", "buy", "--date", "2024-03-11",
                       "--quantity", "100", "--price", "715")      # no bar that day: the last close judges
    assert code == 0 and "warning: 715 HKD is far from 9988.HK's close of 71.50 on 2024-03-08: is the price right?" in err
    code, _, err = run("trades", "add", "--symbol", "9988.HK", "--side", "buy", "--date", "2024-11-20",
                       "--quantity", "100", "--price", "7.15")     # prices months old: still the last close
    assert code == 0 and "warning: 7.15 HKD is far from 9988.HK's close of 71.50 on 2024-03-08" in err
    code, out, _ = run("trades", "add", "--symbol", "9988.HK", "--side", "buy", "--date", "2024-11-21",
                       "--quantity", "100", "--price", "7.15", "--json")       # the warnings in the JSON too
    assert json.loads(out)["warnings"] == ["7.15 HKD is far from 9988.HK's close of 71.50 on 2024-03-08: "
                                           "is the price right?"]
    code, _, err = run("trades", "add", "--symbol", "9988.HK", "--side", "buy", "--date", "2024-03-11",
                       "--quantity", "100", "--price", "75")
    assert code == 0 and err == ""
    code, _, err = run("trades", "add", "--symbol", "9988.HK", "--side", "buy", "--date", "2024-03-08",
                       "--quantity", "100", "--price", "71")
    assert code == 0 and err == ""
    code, out, _ = run("trades", "add", "--symbol", "BABA", "--side", "buy", "--date", "2024-03-08",
                       "--quantity", "1", "--price", "0.0001")
    assert "at 0.0001 USD" in out                  # as typed, never 1E-4


def test_a_yfinance_history_file_is_imported_with_a_warning_that_it_is_adjusted(run):
    code, out, err = run("prices", "import", str(shared_file("prices_9988HK_daily.csv")), "--symbol", "9988.HK",
                         "--json")
    assert code == 0 and json.loads(out)["looks_adjusted"] is True and json.loads(out)["added"] == 1363
    assert "warning: this looks like a yfinance file (history() or download()) with their default auto_adjust=True" in err
    code, out, err = run("prices", "import", str(shared_file("prices_BABA_daily_2021_2026_adjusted.csv")),
                         "--symbol", "BABA", "--dry-run")     # yfinance download(), Date,Close,High,Low,Open,Volume
    assert code == 0 and "auto_adjust=True" in err
    code, out, err = run("prices", "import", str(shared_file("prices_BABA_daily.csv")), "--symbol", "BABA")
    assert code == 0 and err == ""                       # Yahoo's download, with Adj Close: raw prices
