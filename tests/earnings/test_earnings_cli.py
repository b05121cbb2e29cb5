"""`tracker earnings list / add / export-ics` from the command line."""
import json
from datetime import date
from decimal import Decimal

import pytest
from icalendar import Calendar

from tests.earnings.earnings_support import insert_daily_closes
from tests.shared_data import TODAY, shared_file
from tracker.app.tracker import Tracker
from tracker.cli import main

REQUIRED = {"fiscal_period", "calendar_label", "period_end", "release_date", "session", "revenue",
            "eps_diluted", "eps_non_gaap", "reaction_baba", "reaction_9988", "position_impact", "source"}


@pytest.fixture
def db(tmp_path, monkeypatch):
    monkeypatch.setattr(Tracker, "today", lambda self: TODAY)
    path = tmp_path / "cli.db"
    Tracker(path).close()
    return path


@pytest.fixture
def priced_db(db):
    with Tracker(db) as t:
        insert_daily_closes(t.db, "BABA", shared_file("prices_BABA_daily.csv"))
    return db


def run(capsys, db, *args):
    code = main(["--db", str(db), "--create", "earnings", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_list_json_rows(capsys, priced_db):
    code, out, _ = run(capsys, priced_db, "list", "--json")
    assert code == 0
    rows = json.loads(out)
    assert all(REQUIRED <= set(r) for r in rows)
    upcoming = rows[0]
    assert upcoming["fiscal_period"] == "FY2027Q3" and upcoming["estimated"] is True
    assert upcoming["release_date"] == "2027-02-22" and upcoming["reaction_baba"] is None
    row = next(r for r in rows if r["fiscal_period"] == "FY2024Q3")
    assert row["calendar_label"] == "December quarter 2023"
    assert row["period_end"] == "2023-12-31" and row["release_date"] == "2024-02-07"
    assert row["session"] == "before" and row["revenue"] == 260.348
    assert row["eps_diluted"] == 5.65 and row["eps_non_gaap"] == 18.97
    assert row["reaction_baba"] == pytest.approx(73.639999 / 78.230003 - 1)
    assert row["reaction_9988"] is None                     # no 9988.HK prices imported
    assert row["position_impact"] == {"BABA": {"amount": 0, "currency": "USD", "units": 0}, "9988.HK": None}
    assert row["source"].startswith("https://")
    assert row["revenue_usd"] == 36.669 and row["eps_diluted_usd"] == 0.8 and row["eps_non_gaap_usd"] == 2.67
    assert row["revenue_yoy_currency"] == "RMB"
    usd_only = next(r for r in rows if r["fiscal_period"] == "FY2021Q2")
    assert usd_only["revenue"] is None and usd_only["revenue_usd"] == 22.84
    assert usd_only["eps_non_gaap"] is None and usd_only["eps_non_gaap_usd"] == 2.65
    assert usd_only["eps_surprise"] == pytest.approx(2.65 / 2.06 - 1)
    assert usd_only["eps_surprise_currency"] == "USD"
    unknown = next(r for r in rows if r["fiscal_period"] == "FY2023Q1")
    assert unknown["release_date"] is None and unknown["reaction_baba"] is None


def test_add_confirms_the_next_date_and_list_upcoming_shows_it(capsys, db):
    code, out, _ = run(capsys, db, "add", "--date", "2027-02-25", "--period", "fy2027q3",
                       "--session", "before", "--eps-estimate", "15.2", "--revenue-estimate", "290")
    assert code == 0
    assert "added FY2027 Q3 · December quarter 2026 (user)" in out
    code, out, _ = run(capsys, db, "list", "--upcoming", "--json")
    rows = json.loads(out)
    assert [r["fiscal_period"] for r in rows] == ["FY2027Q3"]
    assert rows[0]["estimated"] is False and rows[0]["release_date"] == "2027-02-25"
    assert rows[0]["consensus_eps"] == "RMB15.2" and rows[0]["consensus_revenue"] == "RMB290bn"
    assert rows[0]["days_until"] == 93


def test_add_for_a_bundled_quarter_updates_it_as_edited(capsys, db):
    # FY2024 Q4's session is in no source: the user adds it
    code, out, _ = run(capsys, db, "add", "--date", "2024-05-14", "--period", "FY2024Q4", "--session", "before")
    assert code == 0 and "updated FY2024 Q4" in out and "(edited)" in out
    with Tracker(db) as t:
        event = t.earnings.event("FY2024Q4")
    assert event.session == "before" and event.origin == "edited" and event.revenue_rmb_bn is not None


@pytest.mark.parametrize("args, message", [
    (["--date", "2027-02-25", "--period", "2027Q3"], "period: use the form FY2026Q3"),
    (["--date", "2027-02-30", "--period", "FY2027Q3"], "date: no such date 2027-02-30"),
    (["--date", "2027-02-25", "--period", "FY2027Q3", "--revenue", "abc"], "revenue"),
    (["--date", "2026-12-15", "--period", "FY2027Q3"], "date: the release comes after the quarter ends"),
])
def test_add_refuses_bad_input_with_one_line(capsys, db, args, message):
    code, out, err = run(capsys, db, "add", *args)
    assert code == 1
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_text_list_shows_the_table_and_the_next_date(capsys, priced_db):
    code, out, _ = run(capsys, priced_db, "list")
    assert code == 0
    assert "FY2024 Q3 · December quarter 2023" in out and "-5.87%" in out
    line = next(x for x in out.splitlines() if x.startswith("2020-05-22"))     # US$ figures only
    assert "US$   16.14" in line and "US$ rev +5.63% · EPS +51.16%" in line
    assert "Next: FY2027 Q3 · December quarter 2026 on Mon 2027-02-22 (estimated)" in out
    assert "Not on file: FY2027 Q2 · September quarter 2026" in out


def test_export_ics(capsys, db, tmp_path):
    path = tmp_path / "results.ics"
    code, out, _ = run(capsys, db, "export-ics", str(path), "--all")
    assert code == 0 and "wrote 29 events" in out
    cal = Calendar.from_ical(path.read_bytes())
    starts = sorted(e["dtstart"].dt.date() for e in cal.walk("VEVENT"))
    assert starts[0] == date(2019, 1, 30) and starts[-1] == date(2027, 2, 22)


def test_add_takes_us_dollar_actuals_and_a_us_dollar_estimate(capsys, db):
    # made-up figures for a quarter no source gives yet
    code, out, _ = run(capsys, db, "add", "--date", "2026-08-10", "--period", "FY2027Q1",
                       "--revenue-usd", "40.1", "--eps-non-gaap-usd", "2.30", "--eps-estimate", "US$2.10",
                       "--revenue-estimate", "US$39.5bn")
    assert code == 0
    with Tracker(db) as t:
        event = t.earnings.event("FY2027Q1")
        result = next(r for r in t.earnings.results(TODAY) if r.event.fiscal_period == "FY2027Q1")
    assert (event.revenue_usd_bn, event.eps_non_gaap_usd) == (Decimal("40.1"), Decimal("2.30"))
    assert (event.consensus_eps, event.consensus_eps_rmb, event.consensus_revenue) == ("US$2.10", None, "US$39.5bn")
    assert result.eps_surprise == pytest.approx(2.30 / 2.10 - 1)
    code, _, err = run(capsys, db, "add", "--date", "2026-08-10", "--period", "FY2027Q1", "--eps-estimate", "US$x")
    assert code == 1 and "eps-estimate" in err and err.count("\n") == 1


def test_list_says_how_good_each_source_is(capsys, db):
    code, out, _ = run(capsys, db, "list", "--json")
    rows = {r["fiscal_period"]: r for r in json.loads(out) if not r["estimated"]}
    assert rows["FY2026Q4"]["source_quality"] == "primary"       # the BusinessWire release
    assert rows["FY2026Q1"]["source_quality"] == "secondary"     # EPS from Chinese-language summaries
    code, out, _ = run(capsys, db, "list")
    line = next(x for x in out.splitlines() if x.startswith("2025-08-29"))
    assert line.split()[-2:] == ["bundled", "secondary"]
    assert "secondary source: at least one figure comes from a news report" in out
