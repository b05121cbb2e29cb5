"""Export every activity, import it into an empty database: the same positions and figures, on
real Alibaba prices and dividends (skipped without the shared data); CSV and JSON alike."""
from __future__ import annotations

import csv
import json
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest

from tests.shared_data import TODAY, shared_file
from tracker.app.tracker import Tracker
from tracker.domain.model import Account, Conversion, Dividend, Fee, Trade, Transfer

BUYS = [("BABA", date(2019, 3, 4), 40), ("BABA", date(2020, 10, 27), 15), ("9988.HK", date(2021, 2, 1), 400),
        ("BABA", date(2022, 10, 24), 30), ("9988.HK", date(2023, 5, 18), 800)]
SELLS = [("BABA", date(2021, 1, 4), 20), ("9988.HK", date(2024, 10, 2), 300)]


def _close(t: Tracker, symbol: str, day: date) -> tuple[date, Decimal]:
    found_day, close = t.close_on_or_before(symbol, day)
    return found_day, Decimal(str(round(close, 2)))


def build(t: Tracker) -> None:
    """Trades at real closes, real declared dividends on the units held, a custody fee, a conversion."""
    t.import_prices(shared_file("prices_BABA_daily.csv"), "BABA")
    t.import_prices(shared_file("prices_9988HK_daily.csv"), "9988.HK")
    for symbol, day, quantity in BUYS:
        d, price = _close(t, symbol, day)
        t.add_trade(Trade(symbol, "buy", d, Decimal(quantity), price, Decimal("1.25"), note=f"buy {d}"))
    for symbol, day, quantity in SELLS:
        d, price = _close(t, symbol, day)
        t.add_trade(Trade(symbol, "sell", d, Decimal(quantity), price, Decimal("2"), note="trim, \"quoted\""))
    with open(shared_file("dividends.csv"), newline="", encoding="utf-8") as handle:
        declared = [r for r in csv.DictReader(handle) if r["ex_date"] and date.fromisoformat(r["ex_date"]) < TODAY]
    for row in declared:
        ex = date.fromisoformat(row["ex_date"])
        held = t.holdings_on(ex - timedelta(days=1))
        if held["BABA"]:
            gross = held["BABA"] * Decimal(row["per_ads_usd"])
            t.add_dividend(Dividend("BABA", ex + timedelta(days=14), gross, gross / 10, note=row["fiscal_year"]))
        if held["9988.HK"]:
            gross = held["9988.HK"] * Decimal(row["per_share_usd"])
            t.add_dividend(Dividend("9988.HK", ex + timedelta(days=21), gross, Decimal(0),
                                    received=gross * Decimal("7.8"), received_currency="HKD"))
    t.add_fee(Fee("BABA", date(2023, 7, 14), Decimal("0.35"), note="=ADR custody fee"))
    hk = t.add_account(Account(None, "HK broker", "Futu", "HKD"))
    t.add_conversion(Conversion(date(2024, 1, 10), "BABA", "9988.HK", Decimal(10), Decimal(5), Decimal("7.81"),
                                to_account_id=hk.id))
    t.add_transfer(Transfer(date(2024, 3, 1), "9988.HK", Decimal(200), 1, hk.id, Decimal(25), "HKD", "moved"))
    d, price = _close(t, "9988.HK", date(2024, 11, 4))
    t.add_trade(Trade("9988.HK", "sell", d, Decimal(100), price, Decimal(30), account_id=hk.id))


def figures(t: Tracker) -> tuple:
    """Everything a user reads: positions by listing and method, the stake, realized gains."""
    accounts = {a.id: a.name for a in t.accounts()}
    positions = [(accounts.get(a), replace(p, realized_by_trade=sorted(p.realized_by_trade.values()), account_id=None))
                 for a in (None, *accounts) for s in ("BABA", "9988.HK") for m in ("fifo", "average")
                 for p in (t.position(s, TODAY, m, account=a),)]
    gains = [(y.year, y.currency, y.gain) for y in t.realized_gains()]
    return positions, gains, t.stake(TODAY).market_value


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_export_then_import_into_an_empty_database_gives_the_same_figures(run, db_path, tmp_path, fmt):
    with Tracker(db_path, today=TODAY) as t:
        build(t)
        before = figures(t)
        kinds = (len(t.trades()), len(t.dividends()), len(t.fees()), len(t.conversions()), len(t.transfers()))
    assert kinds[1] >= 3                 # real dividends were paid on the holding
    out = tmp_path / f"everything.{fmt}"
    code, _, err = run("export", "--format", fmt, "-o", str(out))
    assert code == 0 and f"{kinds[0]} trades" in err
    empty = tmp_path / "empty.db"
    with Tracker(empty, today=TODAY) as t:
        t.import_prices(shared_file("prices_BABA_daily.csv"), "BABA")
        t.import_prices(shared_file("prices_9988HK_daily.csv"), "9988.HK")
        report = t.import_trades(out)
        assert (len(t.trades()), len(t.dividends()), len(t.fees()), len(t.conversions()), len(t.transfers())) == kinds
        assert [a.name for a in t.accounts()] == ["Main", "HK broker"]
        assert report.skipped == 2          # the bundled 2019 subdivision is there already
        assert figures(t) == before
        again = t.import_trades(out, dry_run=True)
        assert again.added == 0


def test_export_to_stdout_guards_formulas_and_json_is_exact(run):
    run("trades", "add", "--symbol", "BABA", "--side", "buy", "--date", "2024-03-01", "--quantity", "3",
        "--price", "80.125", "--note", "=HYPERLINK(1)")
    code, out, _ = run("export")
    assert code == 0 and out.splitlines()[0].startswith("kind,date,symbol,side,quantity,price,fee")
    assert "trade,2024-03-01,BABA,buy,3,80.125,0,USD,'=HYPERLINK(1)" in out
    code, out, _ = run("export", "--format", "json")
    trade = [a for a in json.loads(out)["activities"] if a["kind"] == "trade"][0]
    assert trade["price"] == "80.125" and trade["note"] == "=HYPERLINK(1)"
