"""Any broker's CSV through a saved column mapping: presets on the command line, comma decimals,
day-first dates, broker symbols and sides, and the preview's rows as they will be read."""
from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

from tests.shared_data import TODAY
from tracker.app import presets
from tracker.app.tracker import Tracker
from tracker.importers.mapped import Mapping, read_date, read_number

FUTU = ("成交时间;代码;方向;数量;成交价格;佣金;印花税;币种;账户\n"
        "01.03.2024 09:31:02;HK.09988;買入;1.000;70,50;15,00;71,00;HKD;Futu HK\n"
        "04.03.2024 10:02:00;09988;卖出;200;72,35;5,00;15,00;HKD;Futu HK\n"
        "05.03.2024 22:40:10;BABA US;Bought;10;1.234,56;0,99;0;USD;Futu US\n")


def add_futu_preset(run):
    return run("presets", "add", "futu", "--date-column", "成交时间", "--symbol-column", "代码",
               "--side-column", "方向", "--quantity-column", "数量", "--price-column", "成交价格",
               "--fee-column", "佣金", "--tax-column", "印花税", "--currency-column", "币种",
               "--account-column", "账户", "--date-order", "DMY", "--decimal", ",")


def test_preset_saved_listed_shown_and_deleted_under_the_config_folder(run, tmp_path):
    code, out, _ = add_futu_preset(run)
    assert code == 0 and str(tmp_path / "xdg-config" / "tracker") in out
    assert (tmp_path / "xdg-config" / "tracker" / presets.FILE_NAME).is_file()
    code, out, _ = run("presets", "list", "--json")
    assert json.loads(out)["futu"]["decimal"] == "," and json.loads(out)["futu"]["date_order"] == "DMY"
    code, out, _ = run("presets", "show", "futu")
    assert code == 0 and "tax" in out and "印花税" in out
    assert run("presets", "delete", "futu")[0] == 0
    code, _, err = run("presets", "show", "futu")
    assert code == 1 and "no preset named 'futu'" in err


def test_incomplete_preset_is_refused_by_field(run):
    code, _, err = run("presets", "add", "x", "--date-column", "d", "--symbol-column", "s")
    assert code == 1 and err.startswith("tracker: quantity: a column is required")


def test_import_through_a_preset_reads_comma_decimals_day_first_dates_and_accounts(run, db_path, tmp_path):
    add_futu_preset(run)
    path = tmp_path / "futu.csv"
    path.write_text(FUTU, encoding="utf-8")
    code, out, _ = run("trades", "import", str(path), "--preset", "futu")
    assert code == 0 and out.startswith("3 rows: added 3 trades")
    with Tracker(db_path, today=TODAY) as t:
        got = [(x.trade_date, x.symbol, x.side, x.quantity, x.price, x.fee) for x in t.trades()]
    assert got == [(date(2024, 3, 1), "9988.HK", "buy", Decimal(1000), Decimal("70.50"), Decimal("86.00")),
                   (date(2024, 3, 4), "9988.HK", "sell", Decimal(200), Decimal("72.35"), Decimal("20.00")),
                   (date(2024, 3, 5), "BABA", "buy", Decimal(10), Decimal("1234.56"), Decimal("0.99"))]
    code, out, _ = run("trades", "import", str(path), "--preset", "futu")
    assert out.startswith("3 rows: added nothing; 3 already imported")


def test_preview_rows_as_they_will_be_read_keep_line_and_account(tracker, tmp_path):
    path = tmp_path / "futu.csv"
    path.write_text(FUTU, encoding="utf-8")
    mapping = Mapping({"date": "成交时间", "symbol": "代码", "side": "方向", "quantity": "数量",
                       "price": "成交价格", "fee": "佣金", "tax": "印花税", "account": "账户"}, "DMY", ",")
    parsed = tracker.parse_activities(path, mapping=mapping)
    assert [(e.line, e.account, e.record.symbol) for e in parsed.entries] == [
        (2, "Futu HK", "9988.HK"), (3, "Futu HK", "9988.HK"), (4, "Futu US", "BABA")]


def test_signed_quantity_and_amount_without_side_or_price(tracker, tmp_path):
    path = tmp_path / "plain.csv"
    path.write_text("Trade Date,Ticker,Qty,Net Amount\n03/01/2024,BABA,10,-801.50\n03/08/2024,BABA,-4,330.00\n")
    mapping = Mapping({"date": "Trade Date", "symbol": "Ticker", "quantity": "Qty", "amount": "Net Amount"}, "MDY")
    tracker.import_trades(path, mapping=mapping)
    got = [(x.trade_date, x.side, x.quantity, x.price) for x in tracker.trades()]
    assert got == [(date(2024, 3, 1), "buy", Decimal(10), Decimal("80.15")),
                   (date(2024, 3, 8), "sell", Decimal(4), Decimal("82.5"))]


def test_wrong_order_or_separator_is_named_by_line_and_column(tracker, tmp_path):
    path = tmp_path / "futu.csv"
    path.write_text(FUTU, encoding="utf-8")
    mapping = Mapping({"date": "成交时间", "symbol": "代码", "side": "方向", "quantity": "数量",
                       "price": "成交价格"}, "MDY", ".")
    parsed = tracker.parse_activities(path, mapping=mapping)
    got = [str(e) for e in parsed.errors]
    assert "line 2: 成交价格: looks like a comma decimal; choose the , separator (got '70,50')" in got
    assert got[2].startswith("line 4: 成交价格: use a dot for decimals")
    path.write_text(FUTU.replace("04.03.2024", "25.03.2024"), encoding="utf-8")
    got = [str(e) for e in tracker.parse_activities(path, mapping=mapping).errors]
    assert "line 3: 成交时间: not a date in MDY order (got '25.03.2024 10:02:00')" in got


def test_dates_and_numbers_in_every_order():
    assert read_date("2024-03-01", "YMD") == read_date("20240301", "YMD") == date(2024, 3, 1)
    assert read_date("01.03.2024", "DMY") == read_date("03/01/2024 10:00", "MDY") == date(2024, 3, 1)
    assert read_number("1.234,56", ",", "p")[0] == Decimal("1234.56")
    assert read_number("1,234.56", ".", "p")[0] == Decimal("1234.56")
    assert read_number("-70,5", ",", "p")[0] == Decimal("-70.5")


def test_rows_that_are_no_trade_are_listed_not_refused(tracker, tmp_path):
    path = tmp_path / "schwab.csv"
    path.write_text("Date,Action,Symbol,Quantity,Price,Fees & Comm,Amount\n"
                    "03/01/2024,Buy,BABA,10,$80.00,$0.65,-$800.65\n"
                    "06/13/2024,Qualified Dividend,BABA,,,,$16.60\n"
                    "06/14/2024,Wire Funds,,,,,$1000.00\n"
                    "07/01/2024,Sell,BABA,4,$82.50,$0.65,$329.35\n")
    mapping = Mapping({"date": "Date", "side": "Action", "symbol": "Symbol", "quantity": "Quantity",
                       "price": "Price", "fee": "Fees & Comm"}, "MDY")
    report = tracker.import_trades(path, mapping=mapping)
    assert [(t.side, t.quantity, t.price, t.fee) for t in tracker.trades()] == [
        ("buy", Decimal(10), Decimal("80.00"), Decimal("0.65")), ("sell", Decimal(4), Decimal("82.50"), Decimal("0.65"))]
    assert [str(s) for s in report.not_imported] == [
        "line 3: Qualified Dividend: not a trade: only trades are read from this file",
        "line 4: Wire Funds: not a trade: only trades are read from this file"]
