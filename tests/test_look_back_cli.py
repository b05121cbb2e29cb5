"""`tracker position --period/--from/--to`, `tracker gains` and `tracker benchmarks` on the real BABA
price file, with the figures worked by hand."""
import csv
import json
from datetime import date

import pytest

from tests.shared_data import shared_file
from tracker.cli import main


@pytest.fixture
def run(db_path, capsys):
    def _run(*args, code=0):
        got = main(["--db", str(db_path), "--create", *args])
        out, err = capsys.readouterr()
        assert got == code, err
        return out if code == 0 else err
    return _run


@pytest.fixture
def held(run):
    """1 BABA bought 2022-03-14 at 77.76, 100 more 2022-03-16 at 92.00; 50 sold 2024-04-05 at 72.00."""
    run("prices", "import", str(shared_file("prices_BABA_daily.csv")), "--symbol", "BABA")
    for side, day, quantity, price in (("buy", "2022-03-14", "1", "77.76"), ("buy", "2022-03-16", "100", "92.00"),
                                       ("sell", "2024-04-05", "50", "72.00")):
        run("trades", "add", "--symbol", "BABA", "--side", side, "--date", day, "--quantity", quantity,
            "--price", price, "--fee", "2" if side == "sell" else "0")
    return run


def close_on(day: str) -> float:
    with open(shared_file("prices_BABA_daily.csv"), newline="") as f:
        return next(round(float(r["Close"]), 4) for r in csv.DictReader(f) if r["Date"] == day)


def test_year_to_date_with_no_flow_is_the_price_move(held):
    pos = json.loads(held("position", "--symbol", "BABA", "--period", "ytd", "--as-of", "2024-03-08", "--json"))
    # 101 held all year: TWR = XIRR over the period = last close / 29 December close - 1
    move = close_on("2024-03-08") / close_on("2023-12-29") - 1
    assert (pos["period"], pos["period_start"], pos["period_end"], pos["period_days"]) == (
        "ytd", "2023-12-31", "2024-03-08", 68)
    assert pos["twr"] == pytest.approx(move, rel=1e-9)
    assert pos["xirr_period"] == pytest.approx(move, abs=1e-9)
    assert (pos["annualized"], pos["xirr"], pos["twr_annualized"]) == (False, None, None)
    text = held("position", "--symbol", "BABA", "--period", "ytd", "--as-of", "2024-03-08")
    assert "rates over YTD" in text and "period          YTD: 2023-12-31 to 2024-03-08, 68 days" in text


def test_a_custom_range_is_the_issues_example(held):
    pos = json.loads(held("position", "--symbol", "BABA", "--from", "2022-03-14", "--to", "2022-03-31", "--json"))
    # 76.76 / 77.76 x (101 x 108.80) / (76.76 + 9200) - 1 = +16.93 %
    assert pos["twr"] == pytest.approx(76.76 / 77.76 * (101 * 108.80) / (76.76 + 9200) - 1, rel=1e-12)
    assert (pos["period"], pos["as_of"], pos["period_days"]) == ("custom", "2022-03-31", 17)
    # the index peaked on 23 March (close 117.24) and ended at 108.80: 1 - 108.80 / 117.24 = 7.20 %
    assert pos["max_drawdown"] == pytest.approx(1 - 108.80 / 117.24, rel=1e-9)
    assert (pos["max_drawdown_peak"], pos["max_drawdown_trough"]) == ("2022-03-23", "2022-03-31")
    assert pos["current_drawdown"] == pytest.approx(pos["max_drawdown"])


def test_period_arguments_are_checked(held):
    err = held("position", "--period", "ytd", "--from", "2024-01-01", code=1)
    assert "--period or --from" in err and len(err.strip().splitlines()) == 1
    err = held("position", "--from", "2024-03-01", "--to", "2024-01-01", code=1)
    assert "ends" in err and "Traceback" not in err


def test_gains_by_uk_tax_year_with_csv(held, tmp_path):
    out = tmp_path / "gains.csv"
    years = json.loads(held("gains", "--tax-year-start", "04-06", "--csv", str(out), "--json"))
    # the 5 April 2024 sell falls in the UK year 2023/24: proceeds 50 x 72 - 2 = 3,598.00, shared
    # 1/50 and 49/50 = 71.96 and 3,526.04; cost 77.76 and 49 x 92 = 4,508: gain -987.76
    assert [(y["label"], y["proceeds"], y["cost"], y["gain"]) for y in years] == [("2023/24", 3598, 4585.76, -987.76)]
    assert [(l["bought"], l["quantity"], l["proceeds"], l["cost"], l["holding_days"]) for l in years[0]["lots"]] == [
        ("2022-03-14", 1, 71.96, 77.76, 753), ("2022-03-16", 49, 3526.04, 4508, 751)]
    rows = list(csv.reader(out.open()))
    assert rows[0][:5] == ["tax_year", "symbol", "currency", "bought", "sold"]
    assert rows[1][:3] == ["2023/24", "BABA", "USD"] and rows[1][9] == "-5.80"     # 71.96 - 77.76
    assert json.loads(held("gains", "--year", "2024", "--tax-year-start", "04-06", "--json")) == []
    calendar = json.loads(held("gains", "--year", "2024", "--json"))
    assert [y["label"] for y in calendar] == ["2024"]
    err = held("gains", "--tax-year-start", "4/6", code=1)
    assert "tax year start" in err
    err = held("gains", "--csv", str(tmp_path / "tracker.db"), code=1)      # the database itself
    assert "is the database itself" in err


def test_a_benchmark_is_added_imported_and_listed(run, tmp_path):
    run("benchmarks", "add", "spy", "--name", "SPDR S&P 500 ETF", "--currency", "usd")
    prices = tmp_path / "spy.csv"
    prices.write_text("Date,Open,High,Low,Close,Adj Close,Volume\n"
                      "2024-01-02,472.16,473.67,470.49,472.65,466.33,123623700\n"
                      "2024-01-03,470.43,471.19,468.17,468.79,462.52,103585900\n")
    run("prices", "import", str(prices), "--symbol", "SPY")
    listed = json.loads(run("benchmarks", "list", "--json"))
    assert listed == [{"symbol": "SPY", "name": "SPDR S&P 500 ETF", "currency": "USD", "first": "2024-01-02",
                       "last": "2024-01-03", "closes": 2}]
    # not a listing: no position, no trade
    assert "unknown listing" in run("trades", "add", "--symbol", "SPY", "--side", "buy", "--date", "2024-01-02",
                                    "--quantity", "1", "--price", "470", code=1)
    assert "already a series" in run("benchmarks", "add", "SPY", code=1)
    assert "unknown series 'QQQ'" in run("prices", "import", str(prices), "--symbol", "QQQ", code=1)
