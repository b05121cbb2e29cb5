"""Imports put activities in accounts: one per IBKR account id (made on import, named after it),
a mapped CSV's account column by name; the export carries accounts and transfers back."""
from __future__ import annotations

import json
from decimal import Decimal

from tests.brokers.conftest import FIXTURES
from tests.brokers.flex_files import statement, trade
from tests.brokers.test_mapped_csv import FUTU, add_futu_preset
from tests.shared_data import TODAY
from tracker.app.tracker import Tracker


def test_one_account_per_ibkr_account_id_made_on_import(run, db_path, tmp_path):
    code, out, _ = run("trades", "import", str(FIXTURES / "ibkr_statement.xml"), "--dry-run")
    assert "would make account U7654321 (Interactive Brokers)" in out.splitlines()
    with Tracker(db_path, today=TODAY) as t:
        assert [a.name for a in t.accounts()] == ["Main"]          # a dry run makes nothing
    assert "made account U7654321 (Interactive Brokers)" in run("trades", "import", str(FIXTURES / "ibkr_statement.xml"))[1]
    other = tmp_path / "other.xml"
    other.write_text(statement(trades=[trade("77", "20240402", "BUY", "3", "70.10")], account="U1111111")
                     .replace('accountId="U7654321"', 'accountId="U1111111"'))
    assert "made account U1111111" in run("trades", "import", str(other))[1]
    assert "made account" not in run("trades", "import", str(FIXTURES / "ibkr_statement.xml"))[1]
    with Tracker(db_path, today=TODAY) as t:
        accounts = {a.name: a for a in t.accounts()}
        assert set(accounts) == {"Main", "U7654321", "U1111111"}
        assert (accounts["U7654321"].broker, accounts["U7654321"].external_id, accounts["U7654321"].currency) == (
            "Interactive Brokers", "U7654321", "USD")                # the statement's base currency
        assert accounts["U1111111"].currency == ""                  # that statement says none
        assert t.position("BABA", account=accounts["U7654321"].id).shares == 15
        assert t.position("BABA", account=accounts["U1111111"].id).shares == 3
        assert t.position("BABA").shares == 18
        assert {d.account_id for d in t.dividends()} == {accounts["U7654321"].id}


def test_a_mapped_account_column_puts_trades_in_named_accounts(run, db_path, tmp_path):
    add_futu_preset(run)
    path = tmp_path / "futu.csv"
    path.write_text(FUTU, encoding="utf-8")
    code, out, _ = run("trades", "import", str(path), "--preset", "futu", "--json")
    assert [a["name"] for a in json.loads(out)["new_accounts"]] == ["Futu HK", "Futu US"]
    with Tracker(db_path, today=TODAY) as t:
        ids = {a.name: a.id for a in t.accounts()}
        assert t.position("9988.HK", account=ids["Futu HK"]).shares == 800
        assert t.position("BABA", account=ids["Futu US"]).shares == 10
        assert t.position("BABA", account=ids["Main"]).shares == 0


def test_export_carries_accounts_and_transfers(run, db_path, tmp_path):
    from datetime import date

    from tracker.domain.model import Account, Transfer
    assert run("trades", "import", str(FIXTURES / "ibkr_statement.xml"))[0] == 0
    with Tracker(db_path, today=TODAY) as t:
        futu = t.add_account(Account(None, "Futu", "Futu", "HKD"))
        ibkr = next(a for a in t.accounts() if a.external_id == "U7654321")
        t.add_transfer(Transfer(date(2024, 10, 1), "BABA", Decimal(5), ibkr.id, futu.id, Decimal("2.50"), "USD", "ACATS"))
        before = {(a.name, s): t.position(s, TODAY, account=a.id) for a in t.accounts() for s in ("BABA", "9988.HK")}
    for fmt in ("csv", "json"):
        out = tmp_path / f"all.{fmt}"
        assert run("export", "--format", fmt, "-o", str(out))[0] == 0
        empty = tmp_path / f"{fmt}.db"
        code, printed, _ = run("trades", "import", str(out), db=empty)
        assert code == 0 and "made account U7654321 (Interactive Brokers)" in printed and "1 transfer" in printed
        with Tracker(empty, today=TODAY) as t:
            accounts = {a.name: a for a in t.accounts()}
            assert accounts["U7654321"].external_id == "U7654321" and accounts["Futu"].currency == "HKD"
            after = {(a.name, s): t.position(s, TODAY, account=a.id) for a in t.accounts() for s in ("BABA", "9988.HK")}
        assert {k: (p.shares, p.cost_basis, p.realized_pnl, p.dividends_net, p.fees) for k, p in after.items()} == \
               {k: (p.shares, p.cost_basis, p.realized_pnl, p.dividends_net, p.fees) for k, p in before.items()}


def test_rows_without_an_account_go_to_the_one_chosen(run, db_path, tmp_path):
    assert run("accounts", "add", "Schwab")[0] == 0
    path = tmp_path / "t.csv"
    path.write_text("date,symbol,side,quantity,price\n2024-03-01,BABA,buy,10,80\n")
    code, _, err = run("trades", "import", str(path), "--account", "Nowhere")
    assert code == 1 and "unknown account 'Nowhere'" in err
    assert run("trades", "import", str(path), "--account", "schwab")[0] == 0
    with Tracker(db_path, today=TODAY) as t:
        schwab = t.account_named("Schwab")
        assert t.position("BABA", account=schwab.id).shares == 10 and t.position("BABA", account=1).shares == 0


def test_a_refused_statement_makes_no_account_either(run, db_path, tmp_path):
    path = tmp_path / "oversold.xml"
    path.write_text(statement(trades=[trade("1", "20240304", "BUY", "5", "72.15"),
                                      trade("2", "20240305", "SELL", "6", "73")]))
    code, _, err = run("trades", "import", str(path))
    assert code == 1 and "line 7: quantity: sell of 6 BABA on 2024-03-05 exceeds the 5 held then in U7654321" in err
    with Tracker(db_path, today=TODAY) as t:
        assert [a.name for a in t.accounts()] == ["Main"] and t.trades() == []


def test_an_account_name_that_cannot_be_made_is_refused_by_its_line(run, db_path, tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("Date,Code,Qty,Price,Acct\n2024-03-01,BABA,10,80,Futu\n2024-03-02,BABA,1,81," + "x" * 70 + "\n")
    assert run("presets", "add", "p", "--date-column", "Date", "--symbol-column", "Code", "--quantity-column",
               "Qty", "--price-column", "Price", "--account-column", "Acct")[0] == 0
    code, _, err = run("trades", "import", str(path), "--preset", "p", "--dry-run")
    assert code == 1 and err.startswith("tracker: line 3: account: at most")
    code, _, err = run("trades", "import", str(path), "--preset", "p")
    assert code == 1
    with Tracker(db_path, today=TODAY) as t:
        assert [a.name for a in t.accounts()] == ["Main"] and t.trades() == []


def test_rows_naming_no_account_beside_rows_naming_a_new_one(run, db_path, tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("Date,Code,Qty,Price,Acct\n2024-03-01,BABA,10,80,Futu\n2024-03-02,BABA,1,81,\n")
    run("presets", "add", "p", "--date-column", "Date", "--symbol-column", "Code", "--quantity-column", "Qty",
        "--price-column", "Price", "--account-column", "Acct")
    assert run("trades", "import", str(path), "--preset", "p")[0] == 0
    with Tracker(db_path, today=TODAY) as t:
        futu = t.account_named("Futu").id
        assert [(x.quantity, x.account_id) for x in t.trades()] == [(Decimal(10), futu), (Decimal(1), 1)]
