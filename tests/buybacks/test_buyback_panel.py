"""The buyback panel: figures on screen, adding and correcting a quarter, the rendered picture."""
from datetime import date
from decimal import Decimal as D

import pytest

from tracker.domain.model import Trade

pytest.importorskip("PySide6")


@pytest.fixture
def panel(qtbot, tracker):
    from tracker.ui.buyback_panel import BuybackPanel
    tracker.add_trade(Trade("BABA", "buy", date(2023, 5, 10), D(1000), D("90.10")))
    tracker.add_trade(Trade("9988.HK", "buy", date(2023, 8, 15), D(8000), D("85.00")))
    widget = BuybackPanel(tracker)
    qtbot.addWidget(widget)
    widget.resize(1200, 950)
    widget.show()
    return widget


def cell(panel, quarter_end, column):
    return panel.table.item(row_of(panel, quarter_end), column).text()


def row_of(panel, quarter_end):
    for r in range(panel.table.rowCount()):
        if panel.table.item(r, 0).text() == quarter_end:
            return r
    raise AssertionError(f"{quarter_end} not in the table")


def test_panel_shows_the_stake_and_every_quarter(panel):
    assert panel.objectName() == "buybackPanel"
    assert panel.table.rowCount() == 26                      # every bundled quarter up to today
    # 2,000 ADS-equivalents of 2,319M outstanding (Sep-2025) = 862.441 per billion
    assert "862.441 per billion ADS" in panel.ownership_label.text()
    # accretion since 2023-05-10: 2566 / 2319 − 1 = +10.65%
    assert "+10.65%" in panel.accretion_first_label.text()
    assert "buybacks" in panel.decomposition_label.text() and "your trades" in panel.decomposition_label.text()
    from tracker.ui.buyback_panel import COL_AMOUNT, COL_NET_REDUCTION, COL_ORIGIN
    assert cell(panel, "2023-12-31", COL_AMOUNT) == "US$2.9bn"
    assert cell(panel, "2023-12-31", COL_NET_REDUCTION) == "1.26%"     # (2531 − 2499) / 2531
    assert cell(panel, "2023-12-31", COL_ORIGIN) == "published"


def test_figures_from_a_secondary_source_say_so(panel):
    from tracker.ui.buyback_panel import COL_AMOUNT, COL_ORIGIN
    assert cell(panel, "2025-06-30", COL_ORIGIN) == "published · secondary source"
    assert cell(panel, "2025-06-30", COL_AMOUNT) == "US$815M"
    tip = panel.table.item(row_of(panel, "2025-06-30"), COL_AMOUNT).toolTip()
    assert tip.startswith("Secondary source:") and "tmeoo.com" in tip
    assert cell(panel, "2026-06-30", COL_ORIGIN) == "published"        # a placeholder: nothing to check
    # the ownership uses the September 2025 count and says the later quarters report none
    assert "none reported for the 4 quarters since" in panel.ownership_label.text()
    assert "HK$80 BILLION PLACING" in panel.ownership_label.toolTip()


def test_since_date_changes_the_accretion(panel):
    from tracker.ui.qt import QtCore
    panel.since_edit.setDate(QtCore.QDate(2024, 3, 31))
    # 2434 / 2319 − 1 = +4.96%
    assert "+4.96%" in panel.accretion_since_label.text()
    # to the last share count (the September 2025 quarter), not to today
    assert panel.accretion_since_label.text().endswith("to 2025-09-30")
    assert "2025-09-30" in panel.accretion_since_label.toolTip()


def test_as_of_shows_the_runway_and_projection(panel):
    panel.set_as_of(date(2024, 10, 15))
    assert "US$22bn" in panel.remaining_label.text()
    assert "5.0" in panel.runway_label.text()
    assert "2,072M" in panel.projection_label.text()


def test_user_fills_a_missing_quarter(panel, tracker):
    panel.table.selectRow(row_of(panel, "2025-03-31"))
    panel.form_fields["amount_usd"].setText("1.1bn")
    panel.form_fields["shares_repurchased_ads"].setText("13M")
    panel.form_fields["outstanding_ads"].setText("2,325,000,000")
    assert panel.save_form()
    q = tracker.buybacks.quarter(date(2025, 3, 31))
    assert (q.amount_usd, q.shares_repurchased_ads, q.outstanding_ads) == (D("1.1e9"), D("13e6"), D("2325e6"))
    from tracker.ui.buyback_panel import COL_AMOUNT, COL_ORIGIN
    assert cell(panel, "2025-03-31", COL_ORIGIN) == "corrected by you"
    assert cell(panel, "2025-03-31", COL_AMOUNT) == "US$1.1bn"
    assert panel.revert_button.isEnabled()
    panel._revert()
    assert tracker.buybacks.quarter(date(2025, 3, 31)).amount_usd is None


def test_bad_input_is_shown_next_to_the_form(panel, tracker):
    panel.form_fields["amount_usd"].setText("a lot")
    assert not panel.save_form()
    assert "Repurchased US$" in panel.form_message.text()
    from tracker.ui.qt import QtCore
    panel.form_quarter.setDate(QtCore.QDate(2025, 12, 30))
    panel.form_fields["amount_usd"].setText("1bn")
    assert not panel.save_form()
    assert "last day of a calendar quarter" in panel.form_message.text()
    assert tracker.buybacks.quarter(date(2025, 12, 30)) is None


def test_double_click_asks_the_chart_to_show_the_quarter(panel, qtbot):
    with qtbot.waitSignal(panel.dateSelected) as signal:
        panel._row_activated(row_of(panel, "2024-03-31"), 0)
    assert signal.args == [date(2024, 3, 31)]


def test_parse_amount():
    from tracker.ui.buyback_panel import parse_amount
    assert parse_amount("2.9bn") == D("2.9e9")
    assert parse_amount("US$ 241M") == D("241e6")
    assert parse_amount("2,499,000,000") == D(2499000000)
    assert parse_amount(" ") is None
    with pytest.raises(ValueError):
        parse_amount("12 apples")


def test_renders(panel, tmp_path):
    path = tmp_path / "buyback_panel.png"
    assert panel.grab().save(str(path))
    assert path.stat().st_size > 20_000


# --- a narrow dock and a wide one ---------------------------------------------------------------------
def test_fits_a_440_px_dock(panel, qtbot):
    panel.resize(440, 900)
    qtbot.waitUntil(lambda: panel._mode == "narrow")
    qtbot.wait(20)                                       # the rearranged layouts settle
    assert panel.minimumSizeHint().width() <= 440
    stake, runway = panel.held_label.parentWidget(), panel.remaining_label.parentWidget()
    assert runway.geometry().top() > stake.geometry().bottom()                     # cards stacked
    assert panel.form_fields["outstanding_ads"].geometry().top() > \
        panel.form_fields["amount_usd"].geometry().bottom()                        # two-column form


def test_wide_panel_puts_the_cards_beside_the_chart(panel, qtbot):
    panel.resize(1280, 900)
    qtbot.waitUntil(lambda: panel._mode == "wide")
    qtbot.wait(20)
    runway = panel.remaining_label.parentWidget()
    assert runway.geometry().left() > panel.charts.geometry().right()
    assert panel.minimumSizeHint().height() <= 830          # fits a 900 px window without scrolling


def test_main_window_dock_never_scrolls_sideways(qtbot, db_path, tmp_path):
    from tracker.app.tracker import Tracker
    from tracker.ui.main_window import create_window
    from tracker.ui.qt import QtCore
    from tests.shared_data import TODAY
    with Tracker(db_path, today=TODAY) as t:
        t.add_trade(Trade("BABA", "buy", date(2023, 5, 10), D(300), D("90.10")))
    settings = QtCore.QSettings(str(tmp_path / "window.ini"), QtCore.QSettings.Format.IniFormat)
    window = create_window(db_path, settings=settings, today=TODAY)
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    window.finish_startup()
    window.buyback_dock.raise_()
    window.resizeDocks([window.buyback_dock], [440], QtCore.Qt.Orientation.Horizontal)
    scroll = window.buyback_dock.widget()
    qtbot.waitUntil(lambda: window.buyback_panel._mode == "narrow")
    qtbot.wait(50)
    assert window.buyback_dock.width() <= 445
    assert scroll.horizontalScrollBar().maximum() == 0
    assert window.buyback_panel.width() <= scroll.viewport().width()


# --- the runway: what is missing, and what appears once it is entered --------------------------------
def test_runway_says_which_quarters_to_enter(panel):
    needs = panel.needs_label
    assert not needs.isHidden()
    text = needs.text()
    # the bundled data has no amount for FY2025Q4, inside the four quarters to 2025-09-30
    assert "FY2025Q4" in text and "2025-03-31" in text and "FY2026Q1" not in text
    assert "enter" in text
    assert "unknown" in panel.runway_label.text() and "unknown" in panel.projection_label.text()
    panel.edit_quarter(date(2025, 3, 31))               # what a click on the FY2025Q4 link does
    assert panel.form_quarter.date().toPython() == date(2025, 3, 31)
    assert panel._selected_quarter().quarter_end == date(2025, 3, 31)
    assert "FY2025Q4" in panel.form_message.text()


def test_runway_and_projection_appear_after_buybacks_add(qtbot, db_path, capsys):
    """Made-up figures for the missing quarter (test data only, not Alibaba's)."""
    from tracker.app.tracker import Tracker
    from tracker.cli import main
    from tracker.ui.buyback_panel import BuybackPanel
    from tests.shared_data import TODAY
    for end, amount, bought, outstanding in (("2025-03-31", "644000000", "8000000", "2322000000"),):
        assert main(["--db", str(db_path), "--create", "buybacks", "add", "--quarter-end", end, "--amount-usd", amount,
                     "--shares-repurchased-ads", bought, "--outstanding-ads", outstanding]) == 0
    capsys.readouterr()
    with Tracker(db_path, today=TODAY) as t:
        panel = BuybackPanel(t)
        qtbot.addWidget(panel)
        panel.resize(440, 1400)
        # pace: 1.3bn + 0.644bn + 0.815bn + 0.241bn = 3.0bn a year = 0.75bn a quarter;
        # runway: 19.1bn remaining (2025-09-30) / 0.75bn = 25.47 quarters
        assert "US$750M a quarter" in panel.pace_label.text()
        assert "25.5 quarters" in panel.runway_label.text()
        # projection: (2,327M at 2024-09-30 − 2,319M at 2025-09-30) / 4 = 2M a quarter fewer, for
        # 25.47 quarters: 2,319M − 50.93M = 2,268.067M, at the 26th quarter end after 2025-09-30
        assert "2,319M → 2,268.067M ADS by 2032-03-31" in panel.projection_label.text()
        assert panel.needs_label.isHidden()
        assert panel.projection_line is not None
        xs, ys = panel.projection_line.getData()
        assert len(xs) == 27 and ys[-1] == pytest.approx(2268.0667, abs=1e-3)


def test_runway_needs_names_each_missing_figure():
    from tracker.domain import buyback as bb
    from tracker.ui.buyback_panel import runway_needs
    r = bb.Runway(remaining_usd=None, remaining_as_of=None, pace_quarter_end=date(2024, 9, 30),
                  trailing_four_usd=D("17.6e9"), missing_quarters=(), missing_counts=(date(2023, 9, 30),),
                  quarters_left=None, net_reduction_per_quarter=None, projection=())
    text = runway_needs(r)
    assert 'ADS outstanding at the end of <a href="2023-09-30">FY2024Q2</a>' in text
    assert 'authorization left at <a href="2024-09-30">FY2025Q2</a>' in text
    from dataclasses import replace
    assert runway_needs(replace(r, remaining_usd=D("22e9"), missing_counts=())) == ""


def test_program_labels_close_together_sit_at_different_heights_and_clear_the_first_buy():
    from tracker.ui.buyback_panel import program_label_places
    announced = [date(2020, 12, 27), date(2021, 8, 3), date(2022, 3, 22), date(2022, 11, 17), date(2024, 2, 7)]
    places = program_label_places(announced, first_buy=date(2022, 3, 15))
    heights = [h for h, _ in places]
    assert all(a != b for a, b, (x, y) in zip(heights, heights[1:], zip(announced, announced[1:]))
               if (y - x).days < 300)                   # neighbours close in time never share a height
    assert [side for _, side in places] == [0, 0, 1, 0, 0]   # the one a week after the first buy: other side


def test_program_labels_stay_readable_where_they_cross_a_bar_or_the_line(panel):
    from PySide6.QtCore import Qt
    from tracker.ui.qt import palette_colors, pg
    labels = [item.label for item in panel.plot.items if isinstance(item, pg.InfiniteLine) and hasattr(item, "label")]
    assert len(labels) >= 5                                  # one per program on file
    background = palette_colors()[0]
    for label in labels:                                     # each on a patch of the chart's background
        assert label.fill.style() != Qt.BrushStyle.NoBrush
        assert label.fill.color().rgb() == background.rgb() and label.fill.color().alpha() >= 200
