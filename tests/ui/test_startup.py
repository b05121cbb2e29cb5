"""Start-up: the window paints its frame before it reads the database, and until the views are
filled it shows no figure, no welcome and no "no prices" offer that the data would contradict."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSettings

from tests.shared_data import TODAY, shared_file
from tests.ui.conftest import buy, table_rows


def test_the_frame_shows_no_figure_until_the_database_is_read_then_everything(db_path, settings_path, qtbot):
    from tracker.app.tracker import Tracker
    from tracker.ui.main_window import create_window
    prices = shared_file("prices_BABA_daily.csv")
    with Tracker(db_path, today=TODAY) as t:
        t.import_prices(prices, "BABA")
        t.add_trade(buy(quantity="100", day=date(2024, 1, 2), price="72.00"))
    window = create_window(db_path, settings=QSettings(str(settings_path), QSettings.Format.IniFormat), today=TODAY)
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    # the first frame: nothing read yet, and it says so
    assert not window.loaded and not window.ready
    assert window.statusBar().currentMessage() == f"Reading {window.tracker.path}…"
    assert window.summary_area.isHidden() and window.view_options.isHidden()      # no welcome card
    chart = window.chart
    assert chart.pages.currentWidget() is chart.empty_page and chart.empty_label.text() == "Reading prices…"
    assert not chart.import_button.isVisible()
    assert table_rows(window) == [] and window.check_outside_changes().everything is False
    reading = window.earnings_dock.widget().widget()
    assert reading.text() == "Reading earnings…" and window.buyback_dock.widget().widget().text() == "Reading buybacks…"
    # the figures are painted before the docks are read
    painted = []
    paint_now = window._paint_now
    window._paint_now = lambda: (paint_now(), painted.append(
        (window.summary.cards["BABA"].figure_text("shares"), window.earnings_dock.widget().widget() is reading)))
    qtbot.waitUntil(lambda: window.ready)              # right after the first frame
    assert painted[0] == ("100", True)
    assert window.loaded and window.statusBar().currentMessage() == ""
    assert [r[4] for r in table_rows(window)] == ["100"]
    assert not window.summary_area.isHidden() and window.summary.cards["BABA"].figure_text("shares") == "100"
    assert chart.pages.currentWidget() is chart.view and len(chart.series) > 0
    assert window.earnings_panel is not None and window.panels_current()


def test_an_empty_database_gets_the_welcome_once_it_is_read(window):
    assert window.loaded and window.summary.is_empty_state and not window.summary_area.isHidden()
    assert window.chart.empty_label.text().startswith("No prices for BABA yet")
    assert window.chart.import_button.isVisible()
