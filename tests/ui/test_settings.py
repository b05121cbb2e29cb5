"""Window geometry, dock layout, column widths, the chart's listing and range survive a restart."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSettings, Qt

from tests.shared_data import shared_file


def test_settings_persist_across_two_window_instances(make_window, settings_path, qtbot):
    first = make_window()
    first.tracker.import_prices(shared_file("prices_BABA_daily.csv"), "BABA")
    first.refresh(prices=True)
    first.resize(1100, 760)
    first.removeDockWidget(first.buyback_dock)
    first.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, first.buyback_dock)
    first.buyback_dock.show()
    header = first.trades_view.table.horizontalHeader()
    header.resizeSection(8, 333)
    header.resizeSection(0, 140)
    first.listing.setCurrentIndex(first.listing.findData("9988.HK"))
    first.listing.setCurrentIndex(first.listing.findData("BABA"))
    first.chart.set_visible_range(date(2021, 3, 1), date(2021, 9, 30))
    wanted_range = first.chart.visible_range()
    print("DBG first", first.size(), first.geometry(), first.minimumSizeHint())
    assert wanted_range == (date(2021, 3, 1), date(2021, 9, 30))
    first.close()
    qtbot.waitUntil(lambda: not first.isVisible())

    stored = QSettings(str(settings_path), QSettings.Format.IniFormat)
    assert stored.value("window/geometry") is not None
    assert stored.value("window/chart_range") == ["2021-03-01", "2021-09-30"]

    second = make_window()
    print("DBG second", second.size(), second.geometry(), second.minimumSizeHint())
    assert (second.width(), second.height()) == (1100, 760)
    assert second.dockWidgetArea(second.buyback_dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert second.dockWidgetArea(second.earnings_dock) == Qt.DockWidgetArea.RightDockWidgetArea
    header = second.trades_view.table.horizontalHeader()
    assert header.sectionSize(0) == 140
    assert second.chart_symbol == "BABA"
    assert second.chart.visible_range() == wanted_range


def test_the_chart_listing_is_remembered(make_window, qtbot):
    first = make_window()
    first.listing.setCurrentIndex(first.listing.findData("9988.HK"))
    first.close()
    second = make_window()
    assert second.chart_symbol == "9988.HK"


def test_a_fresh_settings_file_gives_the_default_layout(window):
    assert (window.width(), window.height()) == (1440, 900)
    assert window.dockWidgetArea(window.earnings_dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert window.dockWidgetArea(window.buyback_dock) == Qt.DockWidgetArea.RightDockWidgetArea
