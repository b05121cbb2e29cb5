"""tracker buybacks [--as-of D] [--json] and tracker buybacks add."""
import json
from datetime import date
from decimal import Decimal as D

import pytest

from tracker.cli import main
from tracker.domain.model import Trade

QUARTER_KEYS = {"quarter_end", "amount_usd", "shares_repurchased_ads", "outstanding_ads", "net_reduction_pct",
                "user_share_usd", "buyback_yield", "source"}
STAKE_KEYS = {"held_ads_equiv", "ownership_fraction", "accretion_since_first_buy", "first_buy_date",
              "remaining_authorization_usd", "quarters_of_runway"}


def run(capsys, *argv):
    code = main(["--create", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def db_with_holding(db_path):
    from tracker.app.tracker import Tracker
    with Tracker(db_path) as t:
        t.add_trade(Trade("BABA", "buy", date(2023, 5, 10), D(1000), D("90.10")))
    return str(db_path)


def test_json_report(capsys, db_with_holding):
    code, out, _ = run(capsys, "--db", db_with_holding, "buybacks", "--as-of", "2024-01-15", "--json")
    assert code == 0
    data = json.loads(out)
    assert QUARTER_KEYS <= set(data["quarters"][0]) and STAKE_KEYS <= set(data["stake"])
    dec = next(q for q in data["quarters"] if q["quarter_end"] == "2023-12-31")
    assert dec["amount_usd"] == 2_900_000_000                     # US dollars
    assert dec["shares_repurchased_ads"] == 36_600_000            # ADS, not millions
    assert dec["outstanding_ads"] == 2_499_000_000
    assert dec["net_reduction_pct"] == pytest.approx(32 / 2531)   # a fraction, 1.26%
    assert dec["user_share_usd"] == pytest.approx(1000 / 2_499_000_000 * 2_900_000_000, abs=0.005)
    assert dec["buyback_yield"] is None                           # no prices imported
    assert dec["source"].startswith("https://www.sec.gov/")
    empty = next(q for q in data["quarters"] if q["quarter_end"] == "2021-03-31")
    assert empty["amount_usd"] is None and empty["net_reduction_pct"] is None
    assert data["quarters"][-1]["quarter_end"] == "2023-12-31"    # nothing after --as-of
    stake = data["stake"]
    assert stake["held_ads_equiv"] == 1000 and stake["first_buy_date"] == "2023-05-10"
    assert stake["ownership_fraction"] == pytest.approx(1000 / 2_499_000_000)
    assert stake["accretion_since_first_buy"] == pytest.approx(2566 / 2499 - 1)
    assert stake["remaining_authorization_usd"] == 11_700_000_000
    # pace: 1.9 + 3.1 + 1.7 + 2.9 = 9.6bn a year; 11.7 / 2.4 = 4.875 quarters
    assert stake["quarters_of_runway"] == pytest.approx(4.875)


def test_json_without_trades_has_nulls(capsys, db_path):
    code, out, _ = run(capsys, "--db", str(db_path), "buybacks", "--json")
    stake = json.loads(out)["stake"]
    assert code == 0
    assert stake["held_ads_equiv"] == 0 and stake["first_buy_date"] is None
    assert stake["accretion_since_first_buy"] is None and stake["quarters_of_runway"] is None


def test_text_report(capsys, db_with_holding):
    code, out, _ = run(capsys, "--db", db_with_holding, "buybacks", "--as-of", "2024-01-15")
    assert code == 0
    assert "2023-12-31" in out and "US$2.9bn" in out and "1.26%" in out
    assert "per billion ADS" in out and "runway" in out


def test_add_and_correct(capsys, db_path):
    code, out, _ = run(capsys, "--db", str(db_path), "buybacks", "add", "--quarter-end", "2020-03-31",
                       "--amount-usd", "500000000", "--shares-repurchased-ads", "5000000",
                       "--outstanding-ads", "2680000000", "--json")
    assert code == 0 and json.loads(out)["origin"] == "user"
    code, out, _ = run(capsys, "--db", str(db_path), "buybacks", "add", "--quarter-end", "2024-09-30",
                       "--amount-usd", "4150000000", "--shares-repurchased-ads", "52000000",
                       "--outstanding-ads", "2327000000", "--json")
    saved = json.loads(out)
    assert saved["origin"] == "edited" and saved["remaining_usd"] == 22_000_000_000   # kept
    code, out, _ = run(capsys, "--db", str(db_path), "buybacks", "--json")
    quarters = {q["quarter_end"]: q for q in json.loads(out)["quarters"]}
    assert quarters["2020-03-31"]["amount_usd"] == 500_000_000
    assert quarters["2024-09-30"]["amount_usd"] == 4_150_000_000


@pytest.mark.parametrize("args, needle", [
    (["--quarter-end", "2025-12-30"], "quarter_end"),
    (["--quarter-end", "2025-12-31", "--amount-usd", "-5"], "amount_usd"),
    (["--quarter-end", "2025-12-31", "--amount-usd", "lots"], "amount-usd"),
    (["--quarter-end", "end of 2025"], "quarter-end"),
])
def test_add_refuses_bad_input_in_one_line(capsys, db_path, args, needle):
    base = {"--quarter-end": "2025-12-31", "--amount-usd": "1", "--shares-repurchased-ads": "1",
            "--outstanding-ads": "2300000000"}
    for flag, value in zip(args[::2], args[1::2]):
        base[flag] = value
    argv = ["--db", str(db_path), "buybacks", "add"] + [x for kv in base.items() for x in kv]
    code, out, err = run(capsys, *argv)
    assert code == 1
    assert needle in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_text_report_says_what_to_enter_for_the_runway(capsys, db_path):
    code, out, _ = run(capsys, "--db", str(db_path), "buybacks", "--as-of", "2026-01-15")
    assert code == 0
    assert "runway            unknown" in out
    assert "enter the amount repurchased in FY2025Q4 (quarter ended 2025-03-31): " in out   # the one gap
    assert "tracker buybacks add --quarter-end 2025-03-31" in out
    code, out, _ = run(capsys, "--db", str(db_path), "buybacks", "--as-of", "2026-01-15", "--json")
    runway = json.loads(out)["runway"]
    assert runway["missing_quarters"] == ["2025-03-31"] and runway["missing_share_counts"] == []


def test_each_quarter_says_how_good_its_source_is(capsys, db_path):
    code, out, _ = run(capsys, "--db", str(db_path), "buybacks", "--as-of", "2026-11-24", "--json")
    data = json.loads(out)
    quarters = {q["quarter_end"]: q for q in data["quarters"]}
    assert quarters["2025-06-30"]["source_quality"] == "secondary"       # one secondary summary
    assert quarters["2023-12-31"]["source_quality"] == "primary"         # the Share Repurchase Update
    assert quarters["2026-06-30"]["source_quality"] is None              # a placeholder citing nothing
    # the last count is September 2025's; the four quarters since have none (one notes a placing)
    assert data["stake"]["quarters_without_count_since"] == ["2025-12-31", "2026-03-31", "2026-06-30",
                                                             "2026-09-30"]
    code, out, _ = run(capsys, "--db", str(db_path), "buybacks", "--as-of", "2026-11-24")
    line = next(x for x in out.splitlines() if x.startswith("2025-06-30"))
    assert line.split()[-2:] == ["bundled", "secondary"]
    assert "secondary source: at least one figure comes from a news report" in out
    assert "4 later quarter(s) report no shares outstanding" in out and "HK$80 BILLION PLACING" in out


@pytest.fixture
def db_bought_before_counts(db_path):
    """A first buy (March 2020) before the first reported share count (June 2022)."""
    from tracker.app.tracker import Tracker
    with Tracker(db_path) as t:
        t.add_trade(Trade("BABA", "buy", date(2020, 3, 16), D(100), D("190.00")))
    return str(db_path)


def test_unknown_accretion_says_why_and_what_to_enter(capsys, db_bought_before_counts):
    code, out, _ = run(capsys, "--db", db_bought_before_counts, "buybacks", "--as-of", "2026-01-15")
    assert code == 0
    lines = out.splitlines()
    accretion = next(x for x in lines if x.strip().startswith("accretion"))
    assert "first buy 2020-03-16 is before the first reported share count (2022-06-30)" in accretion
    advice = lines[lines.index(accretion) + 1]
    assert "a quarter end on or before the first buy" in advice
    assert "tracker buybacks add --quarter-end 2019-12-31" in advice
    code, out, _ = run(capsys, "--db", db_bought_before_counts, "buybacks", "--as-of", "2026-01-15", "--json")
    stake = json.loads(out)["stake"]
    assert stake["accretion_since_first_buy"] is None and stake["first_outstanding_as_of"] == "2022-06-30"
    assert stake["accretion_unknown_reason"] == ("first buy 2020-03-16 is before the first reported "
                                                 "share count (2022-06-30)")
    # the advice asks for the count alone, and the count alone is enough: no figure made up
    assert advice.endswith("tracker buybacks add --quarter-end 2019-12-31 --outstanding-ads N")
    code, out, _ = run(capsys, "--db", db_bought_before_counts, "buybacks", "add", "--quarter-end", "2019-12-31",
                       "--outstanding-ads", "2590000000")
    assert code == 0 and "? repurchased, ? ADS, 2,590M outstanding" in out
    code, out, _ = run(capsys, "--db", db_bought_before_counts, "buybacks", "--as-of", "2026-01-15", "--json")
    stake = json.loads(out)["stake"]
    assert stake["accretion_unknown_reason"] is None
    assert stake["accretion_since_first_buy"] == pytest.approx(2590 / 2319 - 1, abs=1e-3)
    quarter = next(q for q in json.loads(out)["quarters"] if q["quarter_end"] == "2019-12-31")
    assert quarter["amount_usd"] is None and quarter["shares_repurchased_ads"] is None


def test_known_accretion_has_no_reason(capsys, db_with_holding):
    code, out, _ = run(capsys, "--db", db_with_holding, "buybacks", "--as-of", "2024-01-15", "--json")
    assert json.loads(out)["stake"]["accretion_unknown_reason"] is None
    code, out, _ = run(capsys, "--db", db_with_holding, "buybacks", "--as-of", "2024-01-15")
    assert "+2.681% since the first buy" in out and "to know it" not in out
