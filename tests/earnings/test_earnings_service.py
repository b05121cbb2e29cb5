"""EarningsService on real Alibaba data: reactions, the user's money, the next release, iCalendar."""
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from tests.earnings.earnings_support import insert_daily_closes
from tests.shared_data import TODAY, shared_file
from tracker.app.earnings import TradingCalendar, reaction_closes
from tracker.domain.model import EarningsEvent, Trade
from tracker.errors import TrackerError, ValidationError

NY = ZoneInfo("America/New_York")


@pytest.fixture
def priced(tracker):
    """The tracker with the real daily closes of both listings."""
    insert_daily_closes(tracker.db, "BABA", shared_file("prices_BABA_daily.csv"))
    insert_daily_closes(tracker.db, "9988.HK", shared_file("prices_9988HK_daily.csv"))
    return tracker


def _result(tracker, period):
    return next(r for r in tracker.earnings.results(TODAY) if r.event.fiscal_period == period)


# --- reactions: closes typed from the price files ---------------------------------------------------
def test_before_market_release_reacts_same_day_in_new_york_and_next_day_in_hong_kong(priced):
    r = _result(priced, "FY2024Q3")          # released 2024-02-07 before the US open
    baba, hk = r.reactions["BABA"], r.reactions["9988.HK"]
    assert (baba.before_date, baba.after_date) == (date(2024, 2, 6), date(2024, 2, 7))
    # on the ledger's 4-decimal closes (73.639999 -> 73.64, as a position values it)
    assert baba.fraction == pytest.approx(73.64 / 78.23 - 1)          # -5.87%
    # 18:30-19:30 in Hong Kong: after the HKEX close, so the 7 February session is the "before"
    assert (hk.before_date, hk.after_date) == (date(2024, 2, 7), date(2024, 2, 8))
    assert hk.fraction == pytest.approx(70.2223 / 74.8173 - 1)


def test_another_before_market_release(priced):
    r = _result(priced, "FY2022Q4")          # 2022-05-26, shares jumped on the results
    assert r.reaction("BABA") == pytest.approx(94.48 / 82.31 - 1)
    assert r.reaction("BABA") > 0.14
    assert r.reaction("9988.HK") == pytest.approx(90.7409 / 80.8691 - 1)


def test_hong_kong_reaction_skips_a_holiday(priced):
    r = _result(priced, "FY2024Q4")          # 2024-05-14; 15 May 2024 was Buddha's Birthday in HK
    hk = r.reactions["9988.HK"]
    assert (hk.before_date, hk.after_date) == (date(2024, 5, 14), date(2024, 5, 16))
    assert hk.fraction == pytest.approx(79.6119 / 82.5587 - 1)
    assert r.session_assumed                  # no source gives this release's session
    assert r.reactions["BABA"] is None        # the BABA file ends on 2024-03-08


def test_after_market_release_reacts_next_session_across_memorial_day(priced):
    service = priced.earnings
    event = service.event("FY2020Q4")         # 2020-05-22, a Friday; taken here as after the close
    service.update(replace(event, session="after"))
    baba = _result(priced, "FY2020Q4").reactions["BABA"]
    # the close of the release day is before it; Monday 25 May 2020 was Memorial Day
    assert (baba.before_date, baba.after_date) == (date(2020, 5, 22), date(2020, 5, 26))
    assert baba.fraction == pytest.approx(201.72 / 199.70 - 1)


def test_unscheduled_closure_uses_the_next_session_that_traded():
    calendar = TradingCalendar([date(2024, 7, 15), date(2024, 7, 16), date(2024, 7, 17), date(2024, 7, 18)])
    closes = {date(2024, 7, 15): 10.0, date(2024, 7, 17): 11.0}     # no trading on the 16th (typhoon)
    assert reaction_closes(date(2024, 7, 15), "before", "XHKG", closes, calendar) == (
        date(2024, 7, 15), 10.0, date(2024, 7, 17), 11.0)
    assert reaction_closes(date(2024, 7, 17), "before", "XHKG", closes, calendar) is None  # no close after


# --- the user's money ------------------------------------------------------------------------------
def test_position_impact_uses_units_held_at_the_release(priced):
    priced.add_trade(Trade("BABA", "buy", date(2024, 1, 2), Decimal(100), Decimal("70")))
    priced.add_trade(Trade("9988.HK", "buy", date(2024, 1, 2), Decimal(800), Decimal("70")))
    priced.add_trade(Trade("BABA", "buy", date(2024, 2, 7), Decimal(50), Decimal("74")))  # after the release
    r = _result(priced, "FY2024Q3")
    assert r.reactions["BABA"].units == 100
    # on the ledger's 4-decimal prices: 100 x (73.6400 - 78.2300) = -459.00
    assert r.reactions["BABA"].impact == Decimal("-459.00")
    assert r.reactions["BABA"].currency == "USD"
    # 800 x (70.2223 - 74.8173) = 800 x -4.5950 = -3676.00 (the raw closes 70.22233581542969 and
    # 74.81725311279297 would give -3675.93, a figure no position on screen agrees with)
    assert r.reactions["9988.HK"].impact == Decimal("-3676.00")
    assert r.reactions["9988.HK"].currency == "HKD"
    assert _result(priced, "FY2023Q3").reactions["BABA"].impact == 0    # nothing held in Feb 2023


def test_position_impact_uses_4_decimal_prices_and_rounds_half_even_once():
    from tracker.app.earnings import money_impact
    # 5000 x (80.1300 - 73.5500) = 32,900.00; the raw floats give 5000 x 6.579998 = 32,899.99
    assert money_impact(Decimal(5000), 73.550003, 80.130001) == Decimal("32900.00")
    # exactly half a cent rounds to the even cent: 50 x 0.0001 = 0.005 -> 0.00, 150 x 0.0001 -> 0.02
    assert money_impact(Decimal(50), 10.0, 10.0001) == Decimal("0.00")
    assert money_impact(Decimal(150), 10.0, 10.0001) == Decimal("0.02")


def test_typical_move_is_the_mean_absolute_reaction_of_the_last_eight(priced):
    priced.add_trade(Trade("BABA", "buy", date(2024, 1, 2), Decimal(100), Decimal("70")))
    results = priced.earnings.results(TODAY)
    moves = {m.symbol: m for m in priced.earnings.typical_moves(TODAY, results)}
    baba = moves["BABA"]
    # the eight latest releases inside the BABA file (it ends 2024-03-08): (close after, close before)
    closes = [(73.639999, 78.230003),    # FY2024Q3, 2024-02-07
              (79.110001, 87.070000),    # FY2024Q2, 2023-11-16
              (99.209999, 94.849998),    # FY2024Q1, 2023-08-10
              (85.769997, 90.680000),    # FY2023Q4, 2023-05-18
              (94.160004, 94.779999),    # FY2023Q3, 2023-02-23
              (84.260002, 78.160004),    # FY2023Q2, 2022-11-17 (FY2023Q1 has no release date on file)
              (94.480003, 82.309998),    # FY2022Q4, 2022-05-26
              (108.930000, 109.720001)]  # FY2022Q3, 2022-02-24
    expected = sum(abs(after / before - 1) for after, before in closes) / 8
    assert baba.count == 8 and baba.fraction == pytest.approx(expected)
    assert baba.last_close == pytest.approx(73.550003)           # last close in the file, 2024-03-08
    assert baba.money == (Decimal(repr(baba.fraction)) * Decimal("73.550003") * 100).quantize(Decimal("0.01"))
    assert moves["9988.HK"].units == 0


# --- figures against the consensus, each in one currency ------------------------------------------------
def test_us_dollar_surprise_compares_us_dollar_actuals_with_a_us_dollar_consensus(tracker):
    # FY2020 Q4 (March quarter 2020): consensus US$15.28bn revenue and US$0.86 EPS (Benzinga), actual
    # revenue US$16.14bn and non-GAAP diluted EPS US$1.30 per ADS; no RMB figures on file
    r = _result(tracker, "FY2020Q4")
    assert r.revenue_surprise == pytest.approx(16.14 / 15.28 - 1)        # +5.63%
    assert r.eps_surprise == pytest.approx(1.30 / 0.86 - 1)              # +51.16%
    assert r.change_currency("revenue_surprise") == r.change_currency("eps_surprise") == "USD"
    assert (r.reported("revenue").currency, r.reported("revenue").value) == ("USD", Decimal("16.14"))


def test_every_us_dollar_consensus_with_a_us_dollar_actual_gets_a_surprise(tracker):
    results = tracker.earnings.results(TODAY)
    in_usd = {r.event.fiscal_period for r in results
              if "USD" in (r.change_currency("revenue_surprise"), r.change_currency("eps_surprise"))}
    assert in_usd == {"FY2020Q1", "FY2020Q4", "FY2021Q1", "FY2021Q2", "FY2021Q3", "FY2024Q4", "FY2025Q3",
                      "FY2026Q2"}
    mixed = _result(tracker, "FY2026Q2")     # RMB242.65bn revenue consensus, US$0.49 EPS consensus
    assert mixed.revenue_surprise == pytest.approx(247.795 / 242.65 - 1)
    assert mixed.change_currency("revenue_surprise") == "RMB"
    assert mixed.eps_surprise == pytest.approx(0.61 / 0.49 - 1)
    assert mixed.change_currency("eps_surprise") == "USD"


def test_rmb_is_never_compared_with_us_dollars(tracker):
    # FY2019 Q4: consensus in US$ only, actuals in RMB only
    r = _result(tracker, "FY2019Q4")
    assert r.revenue_surprise is None and r.eps_surprise is None
    # FY2020 Q4 has only US$ revenue, FY2019 Q4 (a year earlier) only RMB: no year-on-year change
    assert _result(tracker, "FY2020Q4").revenue_yoy is None
    # FY2021 Q2 and FY2020 Q2 both have US$ revenue: compared in US$, and said so
    q2 = _result(tracker, "FY2021Q2")
    assert q2.revenue_yoy == pytest.approx(22.84 / 16.651 - 1)
    assert q2.change_currency("revenue_yoy") == "USD"
    # a quarter with RMB figures compares in RMB even when US$ ones are on file too
    q3 = _result(tracker, "FY2024Q3")
    assert q3.revenue_yoy == pytest.approx(260.348 / 247.756 - 1)
    assert q3.change_currency("revenue_yoy") == "RMB"


def test_us_dollar_revenue_must_be_positive(tracker):
    with pytest.raises(ValidationError, match="revenue_usd: must be more than 0"):
        tracker.earnings.add(EarningsEvent("FY2027Q3", None, date(2027, 2, 19), "before",
                                           revenue_usd_bn=Decimal("-1")))


# --- the next release ----------------------------------------------------------------------------------
def test_next_release_is_estimated_from_the_cadence_and_in_the_future(tracker):
    nxt = tracker.earnings.next_release(TODAY)
    # the bundled facts end with the March 2026 quarter; by 24 Nov 2026 the quarters up to
    # September 2026 should be out (estimated 16 Nov 2026), so the next is the December 2026 quarter:
    # 51 days after quarter end (median of the last three December quarters: 38, 51 and 78 days) is
    # Sat 20 Feb 2027, moved to the next NYSE session
    assert nxt.quarter.code == "FY2027Q3" and nxt.estimated
    assert nxt.release_date == date(2027, 2, 22)
    assert nxt.session == "before"
    assert nxt.moment == datetime(2027, 2, 22, 6, 30, tzinfo=NY)
    missing = tracker.earnings.missing_quarters(TODAY)
    assert [fq.code for fq, _ in missing] == ["FY2027Q1", "FY2027Q2"]
    assert missing[-1][1] == date(2026, 11, 16)


def test_an_announced_date_replaces_the_estimate(tracker):
    tracker.earnings.add(EarningsEvent("FY2027Q2", None, date(2026, 11, 26), "after"))
    nxt = tracker.earnings.next_release(TODAY)
    assert (nxt.quarter.code, nxt.release_date, nxt.estimated, nxt.session) == ("FY2027Q2", date(2026, 11, 26), False, "after")
    assert nxt.days_until(datetime(2026, 11, 24, 23, 0, tzinfo=NY)) == 2
    assert [fq.code for fq, _ in tracker.earnings.missing_quarters(TODAY)] == ["FY2027Q1"]
    # once that day has passed, the next one is estimated again
    assert tracker.earnings.next_release(date(2026, 11, 27)).quarter.code == "FY2027Q3"


def test_next_release_right_after_the_last_bundled_one(tracker):
    # the day after the March 2026 quarter came out, the next is the June 2026 quarter: 41 days after
    # quarter end, the median of the last three June quarters on file (34, 41 and 60 days)
    nxt = tracker.earnings.next_release(date(2026, 5, 14))
    assert nxt.quarter.code == "FY2027Q1" and nxt.estimated
    assert nxt.release_date == date(2026, 8, 10) and nxt.session == "before"
    assert tracker.earnings.missing_quarters(date(2026, 5, 14)) == []
    # on the release day itself the bundled date is the announced next one
    on_the_day = tracker.earnings.next_release(date(2026, 5, 13))
    assert (on_the_day.quarter.code, on_the_day.estimated) == ("FY2026Q4", False)


def test_today_splits_past_and_upcoming_results(tracker):
    today = date(2026, 12, 1)
    released = tracker.earnings.results(today)
    assert [r.event.fiscal_period for r in released[:2]] == ["FY2026Q4", "FY2026Q3"]
    assert len(released) == 30                                   # every bundled release is past
    missing = tracker.earnings.missing_quarters(today)
    assert [(fq.code, day) for fq, day in missing] == [("FY2027Q1", date(2026, 8, 10)),
                                                       ("FY2027Q2", date(2026, 11, 16))]
    nxt = tracker.earnings.next_release(today)
    assert (nxt.quarter.code, nxt.release_date, nxt.estimated) == ("FY2027Q3", date(2027, 2, 22), True)


# --- changes -------------------------------------------------------------------------------------------
def test_editing_a_bundled_row_marks_it_edited_and_revert_restores_it(tracker):
    service = tracker.earnings
    original = service.event("FY2024Q4")                # no source gives its session
    edited = service.update(replace(original, session="before", note="checked the 6-K"))
    assert edited.origin == "edited"
    assert service.event("FY2024Q4").session == "before"
    with pytest.raises(TrackerError, match="revert"):
        service.delete(edited.id)
    reverted = service.revert(edited.id)
    assert reverted.origin == "bundled" and reverted.session is None
    assert service.update(service.event("FY2024Q4")).origin == "bundled"   # no change, stays bundled


def test_refused_entries_name_the_field(tracker):
    service = tracker.earnings
    with pytest.raises(ValidationError, match="period: FY2026Q2 is already stored"):
        service.add(EarningsEvent("FY2026Q2", None, date(2025, 11, 25), "before"))
    with pytest.raises(ValidationError, match="period: use the form FY2026Q3"):
        service.add(EarningsEvent("2027Q3", None, date(2027, 2, 19), "before"))
    with pytest.raises(ValidationError, match="date: the release comes after the quarter ends"):
        service.add(EarningsEvent("FY2027Q3", None, date(2026, 12, 15), "before"))
    added = service.add(EarningsEvent("fy2027q3", None, date(2027, 2, 19), None))
    assert (added.fiscal_period, added.period_end, added.origin) == ("FY2027Q3", date(2026, 12, 31), "user")
    assert service.delete(added.id).fiscal_period == "FY2027Q3"


def test_chart_markers_cover_every_dated_release_and_the_next(priced):
    markers = priced.earnings.chart_markers(TODAY)
    dated = [e for e in priced.earnings.events() if e.release_date]
    assert len(markers) == len(dated) + 1
    m = next(m for m in markers if m.day == date(2024, 2, 7))
    assert (m.quarter.code, m.session, m.upcoming) == ("FY2024Q3", "before", None)
    assert dict(m.reactions)["BABA"] == pytest.approx(-0.059, abs=5e-4)
    assert (markers[-1].day, markers[-1].upcoming) == (date(2027, 2, 22), "estimated")


# --- iCalendar -------------------------------------------------------------------------------------------
def _events(path):
    cal = Calendar.from_ical(path.read_bytes())
    return {str(e["uid"]): e for e in cal.walk("VEVENT")}


def test_ics_export_of_the_next_results(tracker, tmp_path):
    tracker.earnings.set_reminder_days(3)
    path = tmp_path / "next.ics"
    assert tracker.earnings.export_ics(path, today=TODAY) == 1
    events = _events(path)
    event = events["FY2027Q3-results@alibaba-tracker"]
    start = event["dtstart"].dt.astimezone(NY)
    assert start == datetime(2027, 2, 22, 6, 30, tzinfo=NY)
    assert "FY2027 Q3 · December quarter 2026" in str(event["summary"])
    assert "(estimated)" in str(event["summary"])
    assert "before the US open" in str(event["description"]) and "19:30 Hong Kong" in str(event["description"])
    alarm = next(iter(event.walk("VALARM")))
    assert alarm["trigger"].dt.days == -3


def test_ics_export_with_past_results(tracker, tmp_path):
    path = tmp_path / "all.ics"
    count = tracker.earnings.export_ics(path, include_past=True, today=TODAY)
    dated = [e for e in tracker.earnings.events() if e.release_date]
    assert count == len(dated) + 1 == 29
    events = _events(path)
    assert len(events) == count
    past = events["FY2026Q2-results@alibaba-tracker"]
    assert past["dtstart"].dt.astimezone(NY).date() == date(2025, 11, 25)
    assert "(estimated)" not in str(past["summary"])
    assert "September quarter 2025" in str(past["summary"])


def test_ics_export_to_a_missing_folder_is_a_clear_error(tracker, tmp_path):
    with pytest.raises(TrackerError, match="file: cannot write"):
        tracker.earnings.export_ics(tmp_path / "nope" / "x.ics", today=TODAY)


def test_reminder_is_due_once_inside_the_window(tracker):
    service = tracker.earnings
    service.add(EarningsEvent("FY2027Q2", None, date(2026, 11, 26), "before"))
    now = datetime(2026, 11, 24, 9, 0, tzinfo=ZoneInfo("Europe/Zurich"))
    assert service.due_reminder(now) is None             # reminders are off
    service.set_reminder_days(1)
    assert service.due_reminder(now) is None             # two days away
    service.set_reminder_days(3)
    due = service.due_reminder(now)
    assert due.quarter.code == "FY2027Q2"
    service.mark_reminded(due)
    assert service.due_reminder(now) is None
    assert service.reminder_window(now) is not None
    with pytest.raises(ValidationError, match="reminder"):
        service.set_reminder_days(-1)
