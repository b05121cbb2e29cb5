"""The earnings panel against a fixed clock and real data."""
from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from tests.earnings.earnings_support import insert_daily_closes
from tests.shared_data import shared_file
from tracker.domain.model import EarningsEvent, Trade
from tracker.ui.earnings_panel import COLUMN, EarningsPanel

ZURICH = ZoneInfo("Europe/Zurich")


def clock_at(*args, tz=ZURICH):
    moment = datetime(*args, tzinfo=tz)
    return lambda: moment


@pytest.fixture
def panel(qtbot, tracker):
    widget = EarningsPanel(tracker, clock=clock_at(2026, 11, 24, 9, 0))
    qtbot.addWidget(widget)
    widget.resize(1400, 700)
    return widget


def _row(panel, period):
    return next(i for i, r in enumerate(panel.results) if r.event.fiscal_period == period)


def _cell(panel, period, column):
    return panel.table.item(_row(panel, period), COLUMN[column]).text()


def test_card_counts_down_to_the_estimated_next_results(panel):
    card = panel.card
    assert panel.objectName() == "earningsPanel"
    assert card.date.text() == "Mon 22 Feb 2027"
    assert card.countdown.text() == "in 90 days"
    assert card.badge.text() == "estimated"
    assert card.quarter.text() == "FY2027 Q3 · December quarter 2026 results"
    # 06:30 in New York in February (EST) is 19:30 in Hong Kong and 12:30 in Zurich (CET)
    assert card.times.text() == "Before the US open, about 06:30 New York\n19:30 Hong Kong · 12:30 your time (CET)"
    assert "Not on file" in card.missing.text() and "FY2027 Q1 to FY2027 Q2" in card.missing.text()


def test_countdown_follows_the_injected_clock_and_an_announced_date(qtbot, tracker):
    tracker.earnings.add(EarningsEvent("FY2027Q2", None, date(2026, 11, 26), "after"))
    panel = EarningsPanel(tracker, clock=clock_at(2026, 11, 24, 23, 30, tz=ZoneInfo("Asia/Tokyo")))
    qtbot.addWidget(panel)
    # the release falls on the 27th in Tokyo: three calendar days away there
    assert panel.card.countdown.text() == "in 3 days"
    assert panel.card.badge.text() == "announced"
    # 16:05 New York (EST) on the 26th is 06:05 on the 27th in Tokyo and 05:05 in Hong Kong
    assert panel.card.times.text() == ("After the US close, about 16:05 New York\n"
                                       "05:05 Fri 27 Nov Hong Kong · 06:05 Fri 27 Nov your time (JST)")
    later = EarningsPanel(tracker, clock=clock_at(2026, 11, 26, 8, 0, tz=ZoneInfo("America/New_York")))
    qtbot.addWidget(later)
    assert later.card.countdown.text() == "today"


def test_table_shows_reactions_and_the_users_money(qtbot, tracker):
    insert_daily_closes(tracker.db, "BABA", shared_file("prices_BABA_daily.csv"))
    insert_daily_closes(tracker.db, "9988.HK", shared_file("prices_9988HK_daily.csv"))
    tracker.add_trade(Trade("BABA", "buy", date(2024, 1, 2), Decimal(100), Decimal("70")))
    panel = EarningsPanel(tracker, clock=clock_at(2026, 11, 24, 9, 0))
    qtbot.addWidget(panel)
    assert panel.table.rowCount() == 30
    assert panel.results[0].event.fiscal_period == "FY2026Q4"          # newest first
    assert _cell(panel, "FY2024Q3", "release") == "2024-02-07"
    assert _cell(panel, "FY2024Q3", "session") == "before"
    assert _cell(panel, "FY2024Q3", "quarter") == "FY2024 Q3"
    assert _cell(panel, "FY2024Q3", "calendar") == "December quarter 2023"
    assert _cell(panel, "FY2024Q3", "BABA") == "-5.87%"
    assert _cell(panel, "FY2024Q3", "9988.HK") == "-6.14%"
    assert _cell(panel, "FY2024Q3", "impact_BABA") == "-459.00"        # in the column's USD
    assert _cell(panel, "FY2024Q3", "revenue_yoy") == "+5.1%"           # 260.348 / 247.756 - 1
    assert _cell(panel, "FY2022Q4", "surprise") == "RMB rev +2.3% · EPS +30.1%"
    # FY2024 Q3's figures come from a news site and a translation; FY2025 Q4's from the release
    assert _cell(panel, "FY2024Q3", "origin") == "bundled · secondary source"
    assert _cell(panel, "FY2025Q4", "origin") == "bundled"
    tip = panel.table.item(_row(panel, "FY2024Q3"), COLUMN["origin"]).toolTip()
    assert "Secondary source" in tip and "Check it against Alibaba's filing" in tip
    assert "Primary source" in panel.table.item(_row(panel, "FY2025Q4"), COLUMN["origin"]).toolTip()
    assert "on your 100 ADS" in panel.card.typical.text()


def test_us_dollar_figures_fill_in_where_rmb_is_missing_and_say_so(panel):
    # FY2021 Q2 (September quarter 2020): the sources give only US$ figures
    assert (_cell(panel, "FY2021Q2", "revenue"), _cell(panel, "FY2021Q2", "revenue_usd")) == ("–", "22.8")
    assert (_cell(panel, "FY2021Q2", "eps"), _cell(panel, "FY2021Q2", "eps_usd")) == ("–", "2.65")
    assert (_cell(panel, "FY2024Q3", "revenue"), _cell(panel, "FY2024Q3", "revenue_usd")) == ("260.3", "36.7")
    assert _cell(panel, "FY2024Q3", "eps") == "18.97"      # one currency per column: RMB here
    tip = panel.table.item(_row(panel, "FY2024Q3"), COLUMN["revenue"]).toolTip()
    assert tip == "Revenue: RMB 260.348 billion · US$ 36.669 billion"
    # consensus US$23.22bn and US$2.06 against the US$ actuals: 22.84 / 23.22 - 1, 2.65 / 2.06 - 1
    assert _cell(panel, "FY2021Q2", "surprise") == "US$ rev -1.6% · EPS +28.6%"
    # RMB revenue against an RMB consensus, US$ EPS against a US$ consensus, each labelled
    assert _cell(panel, "FY2026Q2", "surprise") == "RMB rev +2.1% · US$ EPS +24.5%"
    # a US$ consensus with RMB actuals only is not compared
    assert _cell(panel, "FY2019Q4", "surprise") == "US$ only"
    assert "never compared" in panel.table.item(_row(panel, "FY2019Q4"), COLUMN["surprise"]).toolTip()


def test_selecting_a_row_centres_the_chart_on_its_date(qtbot, panel):
    with qtbot.waitSignal(panel.dateSelected) as blocker:
        panel.select_period("FY2024Q3")
    assert blocker.args == [date(2024, 2, 7)]


def test_add_and_edit_rows_show_who_owns_them(qtbot, panel):
    dialog = panel.open_dialog(suggested=panel.next)
    assert dialog.period.currentData() == "FY2027Q3"
    assert dialog.date.text() == "2027-02-22"
    dialog.date.setText("2027-02-25")
    dialog.eps_estimate.setText("15.2")
    dialog.validate()
    assert dialog.save_button.isEnabled()
    dialog.save_button.click()
    assert panel.card.badge.text() == "announced" and panel.card.date.text() == "Thu 25 Feb 2027"
    assert tracker_event(panel, "FY2027Q3").consensus_eps_rmb == Decimal("15.2")

    panel.select_period("FY2026Q2")
    dialog = panel.edit_selected()
    dialog.revenue.setText("abc")
    dialog.validate()
    assert not dialog.save_button.isEnabled() and "a number" in dialog.error_text("revenue")
    dialog.revenue.setText("247.8")
    assert dialog.eps_non_gaap_usd.text() == "0.61"           # the bundled US$ figure, editable
    dialog.revenue_usd.setText("34.9")
    dialog.validate()
    dialog.save_button.click()
    assert _cell(panel, "FY2026Q2", "origin") == "edited"
    assert "The published figures: Secondary source" in \
        panel.table.item(_row(panel, "FY2026Q2"), COLUMN["origin"]).toolTip()
    assert tracker_event(panel, "FY2026Q2").revenue_usd_bn == Decimal("34.9")
    assert panel.revert_button.isEnabled() and not panel.delete_button.isEnabled()
    panel.revert_selected()
    assert _cell(panel, "FY2026Q2", "origin") == "bundled · secondary source"
    assert tracker_event(panel, "FY2026Q2").revenue_rmb_bn == Decimal("247.795")
    assert tracker_event(panel, "FY2026Q2").revenue_usd_bn == Decimal("34.808")


def tracker_event(panel, period):
    return panel.tracker.earnings.event(period)


def test_reminder_setting_is_remembered_and_fires_once(qtbot, tracker):
    tracker.earnings.add(EarningsEvent("FY2027Q2", None, date(2026, 11, 26), "before"))
    panel = EarningsPanel(tracker, clock=clock_at(2026, 11, 24, 9, 0))
    qtbot.addWidget(panel)
    assert not panel.card.remind.isChecked()
    panel.card.remind_days.setValue(3)
    panel.card.remind.setChecked(True)          # shows the reminder at once: 2 days to go
    assert tracker.earnings.reminder_days() == 3
    assert panel.card.reminder_banner.isVisibleTo(panel)
    assert panel.card.reminder_banner.text() == "Reminder: these results are in 2 days"
    assert "FY2027 Q2 · September quarter 2026 results in 2 days" in panel.card.reminder_banner.toolTip()
    assert panel.check_reminder() is None       # already shown for this release
    again = EarningsPanel(tracker, clock=clock_at(2026, 11, 24, 9, 0))
    qtbot.addWidget(again)
    assert again.card.remind.isChecked() and again.card.remind_days.value() == 3


def test_export_from_the_panel(panel, tmp_path):
    path = tmp_path / "next.ics"
    assert panel.export_ics(include_past=False, path=str(path)) == 1
    assert b"FY2027 Q3" in path.read_bytes()
    assert "Wrote 1 event" in panel.status.text()


def test_a_new_day_moves_the_countdown_while_the_app_runs(qtbot, tracker):
    moments = [datetime(2026, 11, 24, 23, 50, tzinfo=ZURICH)]
    panel = EarningsPanel(tracker, clock=lambda: moments[0])
    qtbot.addWidget(panel)
    assert panel.card.countdown.text() == "in 90 days"
    moments[0] = datetime(2026, 11, 25, 0, 20, tzinfo=ZURICH)
    panel._timer.timeout.emit()
    assert panel.card.countdown.text() == "in 89 days"


def test_the_panel_fits_the_main_windows_dock(qtbot, tracker):
    panel = EarningsPanel(tracker, clock=clock_at(2026, 11, 24, 9, 0))
    qtbot.addWidget(panel)
    # the card never forces a dock of about 420 px wider; the table scrolls sideways instead
    assert panel.minimumSizeHint().width() <= 420
    panel.resize(420, 800)
    assert panel.card.width() <= 420 and panel.table.width() <= 420


def test_card_the_day_after_the_march_2026_quarter(qtbot, tracker):
    # the June 2026 quarter is next: 41 days after quarter end on the cadence (see the service tests)
    panel = EarningsPanel(tracker, clock=clock_at(2026, 5, 14, 9, 0))
    qtbot.addWidget(panel)
    assert panel.card.quarter.text() == "FY2027 Q1 · June quarter 2026 results"
    assert (panel.card.date.text(), panel.card.badge.text()) == ("Mon 10 Aug 2026", "estimated")
    assert panel.card.missing.isHidden()
    assert panel.results[0].event.fiscal_period == "FY2026Q4"


def test_card_and_table_on_the_first_of_december_2026(qtbot, tracker):
    panel = EarningsPanel(tracker, clock=clock_at(2026, 12, 1, 9, 0))
    qtbot.addWidget(panel)
    assert panel.table.rowCount() == 30                                # every bundled release is past
    assert [r.event.fiscal_period for r in panel.results[:2]] == ["FY2026Q4", "FY2026Q3"]
    assert (panel.card.date.text(), panel.card.countdown.text()) == ("Mon 22 Feb 2027", "in 83 days")
    assert panel.card.missing.text().startswith("Not on file: FY2027 Q1 to FY2027 Q2 (2 quarters)")
