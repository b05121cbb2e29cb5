"""Symbols and sides in the forms brokers write them, in files and on the command line."""
from __future__ import annotations

import json

import pytest

from tracker.domain.aliases import listing_of, side_of

ADS_FORMS = ["BABA", "baba", "BABA.N", "BABA US", "US:BABA", "us.baba", " Baba.n "]
HK_FORMS = ["9988", "09988", "9988.HK", "09988.HK", "HK.09988", "9988 HK", "9988.hk", "hk.9988"]


@pytest.mark.parametrize("text", ADS_FORMS)
def test_ads_forms(text):
    assert listing_of(text) == ("BABA", None)


@pytest.mark.parametrize("text", HK_FORMS)
def test_hong_kong_forms(text):
    assert listing_of(text) == ("9988.HK", None)


@pytest.mark.parametrize("text", ["89988", "89988.HK", "HK.89988"])
def test_rmb_counter_is_refused_with_the_reason(text):
    symbol, why = listing_of(text)
    assert symbol is None
    assert "renminbi-traded counter" in why and "does not track" in why


@pytest.mark.parametrize("text", ["AAPL", "9999.HK", "BABAX", "988", ""])
def test_other_symbols_are_unknown(text):
    assert listing_of(text)[0] is None


@pytest.mark.parametrize("text,side", [("buy", "buy"), ("BUY", "buy"), ("B", "buy"), ("Bought", "buy"),
                                       ("买入", "buy"), ("買入", "buy"), ("sell", "sell"), ("S", "sell"),
                                       ("SOLD", "sell"), ("卖出", "sell"), ("賣出", "sell")])
def test_sides(text, side):
    assert side_of(text) == (side, None)


def test_command_line_takes_the_aliases(run):
    code, out, _ = run("trades", "add", "--symbol", "baba", "--side", "BUY", "--date", "2024-03-01",
                       "--quantity", "10", "--price", "80")
    assert code == 0 and "buy 10 BABA at 80 USD" in out
    code, out, _ = run("trades", "add", "--symbol", "HK.09988", "--side", "買入", "--date", "2024-03-01",
                       "--quantity", "100", "--price", "70")
    assert code == 0 and "buy 100 9988.HK at 70 HKD" in out
    code, out, _ = run("trades", "list", "--symbol", "9988 hk", "--json")
    assert [t["symbol"] for t in json.loads(out)] == ["9988.HK"]
    code, out, _ = run("position", "--symbol", "BABA.N", "--json")
    assert code == 0 and json.loads(out)["shares"] == 10


def test_command_line_refuses_the_rmb_counter_and_a_bad_side(run):
    code, _, err = run("trades", "add", "--symbol", "89988", "--side", "buy", "--date", "2024-03-01",
                       "--quantity", "10", "--price", "80")
    assert code == 1 and "renminbi-traded counter" in err and err.count("\n") == 1
    code, _, err = run("trades", "add", "--symbol", "BABA", "--side", "hold", "--date", "2024-03-01",
                       "--quantity", "10", "--price", "80")
    assert code == 1 and err.startswith("tracker: side: must be buy or sell")


def test_trade_csv_reads_broker_symbols_and_sides(run, tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("date,symbol,side,quantity,price\n2024-03-01,BABA US,Bought,10,80\n"
                    "2024-03-01,HK.09988,買入,100,70\n2024-03-02,89988,buy,100,70\n", encoding="utf-8")
    code, _, err = run("trades", "import", str(path))
    assert code == 1 and "line 4: symbol: 89988 is the renminbi-traded counter" in err
    path.write_text(path.read_text(encoding="utf-8").rsplit("\n", 2)[0] + "\n", encoding="utf-8")
    code, out, _ = run("trades", "import", str(path))
    assert code == 0 and "added 2 trades" in out


def test_every_listing_option_takes_the_aliases(run, tmp_path):
    prices = tmp_path / "p.csv"
    prices.write_text("Date,Open,High,Low,Close,Adj Close,Volume\n2024-03-01,80,81,79,80.5,80.5,100\n")
    assert run("prices", "import", str(prices), "--symbol", "baba")[0] == 0
    assert run("trades", "add", "--symbol", "BABA US", "--side", "b", "--date", "2024-03-01", "--quantity", "10",
               "--price", "80")[0] == 0
    code, out, _ = run("convert", "--from", "us:baba", "--to", "09988", "--date", "2024-03-04", "--quantity", "2")
    assert code == 0 and "converted 2 BABA into 16 9988.HK" in out
    code, out, _ = run("dividends", "add", "--symbol", "baba.n", "--date", "2024-06-13", "--gross", "8")
    assert code == 0
    code, out, _ = run("prices", "list", "--symbol", "Baba", "--json")
    assert code == 0 and len(json.loads(out)) == 1
