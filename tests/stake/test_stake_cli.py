"""Exchange-rate files, the combined position and dividends credited in HKD, as the command line
and the facade give them, on the real BABA and 9988.HK price histories."""
import io
import json
from datetime import date
from decimal import Decimal

import pytest

from tests.shared_data import shared_file
from tests.test_cli import POSITION_KEYS
from tracker.app.tracker import Tracker
from tracker.domain import ledger

# Vendors' shapes of a USD/HKD history: Yahoo `HKD=X` (Adj Close, volume 0), Stooq `usdhkd`
# (no volume column), and a file with only a date and a close. 2024-01-04 is missing everywhere.
YAHOO_HKD = ("Date,Open,High,Low,Close,Adj Close,Volume\n"
             "2024-01-02,7.8090,7.8150,7.8060,7.8120,7.8120,0\n"
             "2024-01-03,7.8120,7.8180,7.8090,7.8140,7.8140,0\n"
             "2024-01-05,7.8140,7.8200,7.8100,7.8170,7.8170,0\n")
STOOQ_HKD = ("Date,Open,High,Low,Close\n"
             "2024-01-02,7.8105,7.8150,7.8060,7.8120\n2024-01-03,7.8120,7.8180,7.8090,7.8140\n"
             "2024-01-05,7.8143,7.8200,7.8100,7.8170\n")
CLOSES_CNY = "Date,Close\n2024-01-02,7.1000\n2024-01-05,7.1300\n"


@pytest.mark.parametrize("name, text, fmt", [("HKD=X.csv", YAHOO_HKD, "yahoo"), ("usdhkd_d.csv", STOOQ_HKD, "stooq"),
                                             ("rates.csv", "Date,Close\n2024-01-02,7.812\n", "closes")])
def test_usdhkd_files_import_and_list(run, tmp_path, name, text, fmt):
    path = tmp_path / name
    path.write_text(text)
    code, out, err = run("prices", "import", str(path), "--symbol", "USDHKD", "--json")
    assert code == 0, err
    assert json.loads(out)["format"] == fmt
    code, out, _ = run("prices", "list", "--symbol", "USDHKD", "--json")
    rows = json.loads(out)
    assert rows[0]["date"] == "2024-01-02" and rows[0]["close"] == pytest.approx(7.812)


def test_a_mapping_with_only_date_and_close_is_enough(run, tmp_path):
    path = tmp_path / "cny.csv"
    path.write_text("When;Rate;Source\n2024-01-02;7.1;PBOC\n")
    code, _, err = run("prices", "import", str(path), "--symbol", "USDCNY", "--map", "date=When",
                       "--map", "close=Rate")
    assert code == 0, err
    _, out, _ = run("prices", "list", "--symbol", "USDCNY", "--json")
    assert json.loads(out) == [{"date": "2024-01-02", "open": 7.1, "high": 7.1, "low": 7.1, "close": 7.1,
                                "volume": 0}]


def test_a_bad_rate_names_its_line_and_nothing_is_written(run, tmp_path):
    path = tmp_path / "rates.csv"
    path.write_text("Date,Close\n2024-01-02,7.81\n2024-01-03,abc\n")
    code, _, err = run("prices", "import", str(path), "--symbol", "USDHKD")
    assert code == 1 and "line 3" in err and "Traceback" not in err
    assert json.loads(run("prices", "list", "--symbol", "USDHKD", "--json")[1]) == []


def test_conversion_defaults_to_the_days_rate_and_dividends_record_what_arrived(run, tmp_path):
    (tmp_path / "r.csv").write_text(STOOQ_HKD)
    run("prices", "import", str(tmp_path / "r.csv"), "--symbol", "USDHKD")
    run("trades", "add", "--symbol", "BABA", "--side", "buy", "--date", "2024-01-02", "--quantity", "10",
        "--price", "72")
    # 2024-01-04 has no rate: Wednesday's 7.8140 is proposed
    code, out, err = run("convert", "--from", "BABA", "--to", "9988.HK", "--date", "2024-01-04",
                         "--quantity", "5", "--json")
    assert code == 0, err
    assert json.loads(out)["fx_rate"] == 7.814
    code, out, err = run("dividends", "add", "--symbol", "9988.HK", "--date", "2024-01-05", "--gross", "1.00",
                         "--received", "7.82", "--json")
    saved = json.loads(out)
    assert code == 0, err
    assert (saved["received"], saved["received_currency"], saved["fx_rate"]) == (7.82, "HKD", 7.82)
    code, _, err = run("dividends", "add", "--symbol", "9988.HK", "--date", "2024-01-05", "--gross", "1.00",
                       "--received", "7.82", "--fx-rate", "7.95")
    assert code == 1 and "fx_rate: net 1.00 USD x 7.95 is 7.95 HKD, not the 7.82 received" in err
    code, out, _ = run("position", "--symbol", "9988.HK", "--as-of", "2024-01-05", "--json")
    assert json.loads(out)["dividends_net"] == 7.82       # as credited, not 1.00 x a rate


def test_combined_json_has_a_listings_keys_and_fx_approximate(run, tmp_path):
    run("trades", "add", "--symbol", "BABA", "--side", "buy", "--date", "2024-01-02", "--quantity", "2",
        "--price", "72")
    run("trades", "add", "--symbol", "9988.HK", "--side", "buy", "--date", "2024-01-02", "--quantity", "16",
        "--price", "70")
    code, out, err = run("position", "--combined", "--currency", "HKD", "--as-of", "2024-01-05", "--json")
    assert code == 0, err
    p = json.loads(out)
    assert set(p) == POSITION_KEYS - {"account", "by_account"} | {"fx_approximate", "newest_price_date"}
    # no USDHKD rates stored: 2 x 72 USD at the peg = 1,123.20 HKD + 16 x 70 = 1,120 HKD
    assert (p["shares"], p["currency"], p["cost_basis"], p["fx_approximate"]) == (4, "HKD", 2243.2, True)
    code, out, _ = run("position", "--combined")
    assert code == 0 and out.startswith("Alibaba (both listings), USD") and "approximate" in out
    code, _, err = run("position", "--combined", "--currency", "CNY")
    assert code == 1 and "USDCNY" in err and "Traceback" not in err


def test_combined_position_on_real_prices_with_a_conversion(db_path):
    baba, hk = shared_file("prices_BABA_daily.csv"), shared_file("prices_9988HK_daily.csv")
    t = Tracker(db_path, today=date(2025, 7, 21))       # (the files run to 2025: no bar after today)
    try:
        t.import_prices(baba, "BABA")
        t.import_prices(hk, "9988.HK")
        rates = "Date,Close\n" + "".join(f"2023-{m:02d}-01,{7.80 + m / 1000:.4f}\n" for m in range(1, 13))
        t.import_prices(io.StringIO(rates), "USDHKD")
        from tracker.domain.model import Conversion, Trade
        t.add_trade(Trade("BABA", "buy", date(2023, 1, 3), Decimal(20), Decimal("89.00")))
        t.add_trade(Trade("9988.HK", "buy", date(2023, 6, 5), Decimal(400), Decimal("85.00")))
        as_of = date(2024, 3, 8)
        before = t.stake(as_of, currency="USD")
        lots_before = ledger.open_lots("BABA", t.book(), as_of)
        t.add_conversion(Conversion(date(2023, 9, 4), "BABA", "9988.HK", Decimal(10),
                                    fx_rate=t.fx_rate("USD", "HKD", date(2023, 9, 4)).value))
        after = t.stake(as_of, currency="USD")
        # units (20 ADS + 400 / 8 = 70), cost and the money-weighted figures: the conversion is no flow
        assert before.shares == after.shares == Decimal(70)
        assert before.cost_basis == after.cost_basis
        assert before.period_days == after.period_days
        # what changes is only what the converted units are worth: 80 HK shares, not 10 ADS
        assert after.total_return - before.total_return == after.market_value - before.market_value
        # the converted lot keeps its acquisition date on the Hong Kong line
        assert [lot.acquired for lot in ledger.open_lots("9988.HK", t.book(), as_of)][0] == date(2023, 1, 3)
        assert lots_before[0].acquired == date(2023, 1, 3)
        # combined value = both legs at the day's rate (the last rate, 2023-12-01: 7.8120)
        baba_leg, hk_leg = t.position("BABA", as_of), t.position("9988.HK", as_of)
        assert baba_leg.shares == 10 and hk_leg.shares == 480
        expected = baba_leg.market_value + hk_leg.market_value / Decimal("7.8120")
        assert after.market_value == pytest.approx(expected, abs=Decimal("0.000001"))
        assert not after.fx_approximate
        in_hkd = t.stake(as_of, currency="HKD")
        assert in_hkd.market_value == baba_leg.market_value * Decimal("7.8120") + hk_leg.market_value
    finally:
        t.close()


def test_a_closes_only_file_reports_a_bad_close_once():
    from tracker.importers.prices import parse_price_csv
    parsed = parse_price_csv(io.StringIO("Date,Close\n2024-01-02,7.81\n2024-01-03,abc\n2024-01-04,-1\n"))
    assert parsed.format == "closes"
    assert [str(e) for e in parsed.errors] == ["line 3: Close: not a number (got 'abc')",
                                              "line 4: Close: must be greater than 0 (got '-1')"]
    # a file with some of open/high/low is not closes-only: the missing ones are named
    partial = parse_price_csv(io.StringIO("Date,Open,Close\n2024-01-02,7.8,7.81\n"))
    assert partial.errors and "not recognised" in partial.errors[0].message


def test_dividends_stored_before_schema_7_read_as_received_as_declared(tmp_path):
    from sqlite_utils import Database

    from tracker.store import ledger_rows
    from tracker.store.db import open_database
    from tracker.store.migrations import migrations
    path = tmp_path / "v6.db"
    old = Database(path)
    migrations.apply(old, stop_before="m007_dividends_received")
    old.execute("PRAGMA user_version = 6")
    old["dividends"].insert({"symbol": "9988.HK", "pay_date": "2024-06-13", "gross": "1.5",
                             "withholding": "0", "fee": "0", "currency": "USD", "note": ""})
    old.conn.commit()
    old.close()
    db = open_database(path)
    try:
        (div,) = ledger_rows.load_dividends(db)
        assert (div.gross, div.received, div.received_currency, div.fx_rate) == (Decimal("1.5"), None, "", None)
    finally:
        db.close()


def test_a_dollar_dividend_on_the_hong_kong_line_takes_the_days_rate(run, tmp_path):
    (tmp_path / "r.csv").write_text(STOOQ_HKD)
    run("trades", "add", "--symbol", "9988.HK", "--side", "buy", "--date", "2024-01-02", "--quantity", "100",
        "--price", "70")
    run("dividends", "add", "--symbol", "9988.HK", "--date", "2024-01-04", "--gross", "10")
    _, out, _ = run("position", "--symbol", "9988.HK", "--as-of", "2024-01-05")
    assert "approximate" in out                      # no rates yet: 10 x 7.80
    run("prices", "import", str(tmp_path / "r.csv"), "--symbol", "USDHKD")
    _, out, _ = run("position", "--symbol", "9988.HK", "--as-of", "2024-01-05", "--json")
    # 2024-01-04 has no rate: Wednesday's 7.8140 -> 10 x 7.8140 = 78.14 HKD
    assert json.loads(out)["dividends_net"] == 78.14
    _, out, _ = run("position", "--combined", "--as-of", "2024-01-05")
    assert "ADS-equivalents 12.5" in out and "cost per ADS-eq" in out and "approximate" not in out


def test_combined_rates_over_a_reporting_period(run, tmp_path):
    (tmp_path / "b.csv").write_text("Date,Close\n2024-01-02,72\n2024-06-28,80\n2024-12-31,88\n2025-03-31,99\n")
    run("prices", "import", str(tmp_path / "b.csv"), "--symbol", "BABA")
    run("trades", "add", "--symbol", "BABA", "--side", "buy", "--date", "2024-01-02", "--quantity", "10",
        "--price", "72")
    code, out, err = run("position", "--combined", "--as-of", "2025-03-31", "--period", "ytd", "--json")
    assert code == 0, err
    p = json.loads(out)
    # YTD opens on 2024-12-31 at 10 x 88 = 880 USD (the first inflow); ends at 10 x 99 = 990
    assert (p["period"], p["period_start"], p["period_end"]) == ("ytd", "2024-12-31", "2025-03-31")
    assert p["twr"] == pytest.approx(99 / 88 - 1)
    _, out, _ = run("position", "--combined", "--as-of", "2025-03-31", "--json")
    since = json.loads(out)
    assert since["period"] == "inception" and since["twr"] == pytest.approx(99 / 72 - 1)
