"""`tracker prices update` and `tracker prices providers` against the loopback server."""
from __future__ import annotations

import functools
import json
import os
import subprocess
import sys

import pytest

from tests.online.conftest import content
from tests.shared_data import shared_file
from tracker.app import price_update
from tracker.cli import main
from tracker.online.http import HttpOptions


@pytest.fixture
def run(db_path, capsys, monkeypatch):
    # retries keep their count, only the pauses between them shrink
    monkeypatch.setattr(price_update, "HttpOptions", functools.partial(HttpOptions, backoff=(0.01, 0.02)))

    def _run(*args):
        code = main(["--db", str(db_path), "--create", *args])
        out, err = capsys.readouterr()
        return code, out, err
    return _run


@pytest.fixture
def with_raw_bars(run):
    assert run("prices", "import", str(shared_file("prices_BABA_daily.csv")), "--symbol", "BABA")[0] == 0
    assert run("trades", "add", "--symbol", "BABA", "--side", "buy", "--date", "2024-03-01",
               "--quantity", "100", "--price", "73")[0] == 0
    return run


def test_update_prints_what_was_added_and_the_dividends_to_confirm(with_raw_bars, market):
    code, out, err = with_raw_bars("prices", "update", "--symbol", "BABA")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == "yahoo: BABA (BABA), 2024-03-08 to 2026-10-09: added 649, updated 1"
    assert lines[1] == "Reported by yahoo, not recorded (check them before adding):"
    assert lines[2] == "  BABA dividend of 1.66 per unit, ex-date 2024-06-13"
    assert lines[3].startswith("    tracker dividends add --symbol BABA --date 2024-06-13 --gross 166.00 "
                               "--currency USD --note ")
    assert json.loads(with_raw_bars("prices", "update", "--json")[1])["added"] > 1000   # 9988.HK too


def test_update_json(with_raw_bars, market):
    code, out, _ = with_raw_bars("prices", "update", "--symbol", "BABA", "--provider", "stooq",
                                 "--from", "2026-10-01", "--json")
    report = json.loads(out)
    assert code == 0 and report["provider"] == "stooq" and report["events"] == []
    (series,) = report["series"]
    assert series == {"symbol": "BABA", "remote": "baba.us", "from": "2026-10-01",
                      "to": series["to"], "received": 7, "added": 7, "updated": 0,
                      "first": "2026-10-01", "last": "2026-10-09"}


@pytest.mark.parametrize("fault, message", [
    ("unknown", "tracker: yahoo does not know the symbol BABA (No data found, symbol may be delisted)"),
    ("429", "tracker: yahoo: rate limited, try later (HTTP 429 on 3 tries)"),
    ("html", "tracker: yahoo: the answer for BABA is not the expected chart data (not JSON)"),
    ("adjusted", "tracker: close: 800 of 800 stored BABA closes differ by a steady factor"),
])
def test_failures_are_one_line_exit_1_and_nothing_written(with_raw_bars, market, db_path, fault, message):
    from tests.online.loopback import Series
    from tracker.importers.prices import parse_price_csv
    if fault == "unknown":
        del market.series["BABA"]
    elif fault == "429":
        market.fail_next(429, times=3)
    elif fault == "html":
        market.body = b"<html>Will be right back</html>"
    else:
        market.series["BABA"] = Series.from_parsed(
            parse_price_csv(shared_file("prices_BABA_daily_2021_2026_adjusted.csv")))
    from tracker.app.tracker import Tracker
    with Tracker(db_path) as t:
        before = content(t)
    code, out, err = with_raw_bars("prices", "update", "--symbol", "BABA", "--from", "2021-01-01")
    assert code == 1 and out == ""
    assert err.startswith(message) and err.count("\n") == 1
    with Tracker(db_path) as t:
        assert content(t) == before


def test_a_real_process_shows_no_traceback_without_network(db_path, tmp_path):
    from tracker.app.tracker import Tracker
    Tracker(db_path).close()                # an existing database (a new one is said on stderr)
    env = {**os.environ, "TRACKER_YAHOO_URL": "http://127.0.0.1:9", "TRACKER_DB": str(db_path)}
    done = subprocess.run([sys.executable, "-m", "tracker", "prices", "update"], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert done.stderr == "tracker: yahoo: cannot connect to 127.0.0.1:9 (connection refused); no network?\n"


def test_providers_settings_round_trip(run, market, monkeypatch):
    monkeypatch.delenv("TRACKER_STOOQ_URL")
    code, out, _ = run("prices", "providers", "--provider", "stooq", "--stooq-url", market.url,
                       "--timeout", "4", "--json")
    shown = json.loads(out)
    assert code == 0 and shown["provider"] == "stooq" and shown["timeout"] == 4
    assert shown["in_use"]["stooq"] == market.url
    code, out, _ = run("prices", "update", "--symbol", "9988.HK")
    assert code == 0 and out.startswith("stooq: 9988.HK (9988.hk)")
    code, _, err = run("prices", "providers", "--yahoo-url", "yahoo.com")
    assert code == 1 and "yahoo URL: expected a base URL" in err


def test_prices_import_refuses_an_adjusted_file_over_raw_bars(with_raw_bars):
    code, out, err = with_raw_bars("prices", "import", str(shared_file("prices_BABA_daily_2021_2026_adjusted.csv")),
                                   "--symbol", "BABA", "--dry-run")
    assert code == 1 and out == ""
    assert err == ("tracker: close: 800 of 800 stored BABA closes differ by a steady factor "
                   "(0.950–0.962): adjusted and raw bars would mix\n"
                   "tracker: nothing was written; is the file of BABA (--symbol)? If it is and the stored bars "
                   "are the wrong ones, --replace replaces them with the file's\n")
