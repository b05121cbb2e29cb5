"""Another listing's price file imported under a listing's name: Hong Kong's closes per ordinary
share read much like BABA's per ADS (8 ÷ 7.8 ≈ 1.03), so only its days and its scattered
differences from the stored closes give it away. Refused, with a way to replace bars that are the
wrong ones, and `prices delete` to take a wrong import out."""
from __future__ import annotations

import csv
import json
from datetime import date


from tests.shared_data import shared_file


def closes(run, symbol: str, day: str) -> float:
    return json.loads(run("prices", "list", "--symbol", symbol, "--from", day, "--to", day, "--json")[1])[0]["close"]


def hong_kong_rows_on_us_sessions(tmp_path):
    """The real 9988.HK file without the days NYSE was closed (so only its closes can tell)."""
    from tracker.app.earnings import trading_calendar
    nyse = trading_calendar("XNYS")
    rows = list(csv.reader(shared_file("prices_9988HK_daily.csv").open()))
    kept = [rows[0]] + [r for r in rows[1:] if nyse.has_session(date.fromisoformat(r[0][:10]))]
    path = tmp_path / "hk_on_us_days.csv"
    with path.open("w", newline="") as out:
        csv.writer(out).writerows(kept)
    return path


def test_the_hong_kong_file_as_baba_is_refused_by_its_bars_on_us_holidays(run):
    """HKEX traded on Martin Luther King Day 2020; NYSE did not."""
    code, _, err = run("prices", "import", str(shared_file("prices_9988HK_daily.csv")), "--symbol", "BABA")
    assert code == 1 and "date: 2020-01-20 is a weekday NYSE was closed (a holiday)" in err
    assert json.loads(run("prices", "list", "--symbol", "BABA", "--json")[1]) == []


def test_every_real_file_has_bars_on_its_exchanges_sessions_only(run):
    for name, symbol in (("prices_BABA_daily.csv", "BABA"), ("prices_9988HK_daily.csv", "9988.HK"),
                         ("prices_BABA_daily_2024_2026.csv", "BABA")):
        code, _, err = run("prices", "import", str(shared_file(name)), "--symbol", symbol, "--dry-run")
        assert code == 0 and "closed" not in err, name


def test_closes_of_another_listing_over_stored_ones_are_refused_and_can_replace_them(run, tmp_path):
    assert run("prices", "import", str(shared_file("prices_BABA_daily.csv")), "--symbol", "BABA")[0] == 0
    raw = closes(run, "BABA", "2021-03-01")
    foreign = hong_kong_rows_on_us_sessions(tmp_path)
    code, _, err = run("prices", "import", str(foreign), "--symbol", "BABA")
    assert code == 1
    assert "stored BABA closes differ from the new ones by over 1% (by " in err
    assert "not by one steady factor: another listing's or series' prices?" in err
    assert ("nothing was written; is the file of BABA (--symbol)? If it is and the stored bars are the wrong "
            "ones, --replace replaces them") in err
    assert closes(run, "BABA", "2021-03-01") == raw
    code, out, _ = run("prices", "import", str(foreign), "--symbol", "BABA", "--replace")
    assert code == 0 and "updated 1003" in out
    assert closes(run, "BABA", "2021-03-01") != raw
    # the way back: remove what the wrong file wrote, import the right one again
    code, out, _ = run("prices", "delete", "--symbol", "BABA", "--from", "2020-01-01")
    assert code == 0 and out.startswith("removed 1,324 BABA bars from 2020-01-01 to the last")   # what --replace left: the file
    code, out, _ = run("prices", "import", str(shared_file("prices_BABA_daily.csv")), "--symbol", "BABA")
    assert code == 0 and closes(run, "BABA", "2021-03-01") == raw


def test_replace_makes_the_files_range_the_files_own(run, tmp_path):
    """A stored bar inside the range that the replacing file lacks (a wrong one, left by an earlier
    wrong import) goes too: what Replace leaves is the file, not a mix."""
    lines = shared_file("prices_BABA_daily.csv").read_text().splitlines()
    assert run("prices", "import", str(shared_file("prices_BABA_daily.csv")), "--symbol", "BABA")[0] == 0
    lacking = tmp_path / "lacking.csv"
    lacking.write_text("\n".join(lines[:1000] + lines[1001:]) + "\n")      # 2018-09-07 left out
    code, out, _ = run("prices", "import", str(lacking), "--symbol", "BABA", "--replace", "--dry-run")
    assert code == 0 and "would remove 1 stored bar the file does not hold" in out
    assert closes(run, "BABA", "2018-09-07")                        # a dry run: still there
    code, out, _ = run("prices", "import", str(lacking), "--symbol", "BABA", "--replace", "--json")
    assert code == 0 and json.loads(out)["removed"] == 1
    listed = run("prices", "list", "--symbol", "BABA", "--from", "2018-09-07", "--to", "2018-09-07", "--json")[1]
    assert json.loads(listed) == []


def test_a_vendors_file_of_the_same_listing_still_updates_quietly(run, tmp_path):
    """A corrected print or two is not another series: one close changed by 5% imports."""
    assert run("prices", "import", str(shared_file("prices_BABA_daily.csv")), "--symbol", "BABA")[0] == 0
    lines = shared_file("prices_BABA_daily.csv").read_text().splitlines()
    day, open_, high, low, close, adjusted, volume = lines[500].split(",")
    lines[500] = ",".join((day, open_, f"{float(high) * 1.05:.6f}", low, f"{float(close) * 1.05:.6f}", adjusted, volume))
    corrected = tmp_path / "corrected.csv"
    corrected.write_text("\n".join(lines) + "\n")
    code, out, err = run("prices", "import", str(corrected), "--symbol", "BABA")
    assert code == 0 and "updated 1" in out and err == ""


def test_prices_delete_says_which_bars(run):
    run("prices", "import", str(shared_file("prices_BABA_daily.csv")), "--symbol", "BABA")
    code, _, err = run("prices", "delete", "--symbol", "BABA")
    assert code == 1 and "say which bars: --from and/or --to, or --all" in err
    code, _, err = run("prices", "delete", "--symbol", "BABA", "--from", "2020-01-01", "--to", "2019-01-01")
    assert code == 1 and "to: 2019-01-01 is before 2020-01-01" in err
    code, out, _ = run("prices", "delete", "--symbol", "BABA", "--from", "2014-09-19", "--to", "2014-09-19", "--json")
    assert json.loads(out)["removed"] == 1
    code, out, _ = run("prices", "delete", "--symbol", "BABA", "--all")
    assert code == 0 and out == "removed 2,382 BABA bars\n"
    assert json.loads(run("prices", "list", "--symbol", "BABA", "--json")[1]) == []
