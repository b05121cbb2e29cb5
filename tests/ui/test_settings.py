"""Window geometry, dock layout, column widths, the chart's listing and range survive a restart.

The offscreen screen is 800 x 800 and Qt fits a restored window to the screen, so the geometry
test uses a size that fits (with the docks closed, which is remembered too).
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSettings, Qt

from tests.shared_data import shared_file
from tracker.ui.trades_view import NOTE


def test_geometry_docks_and_columns_persist_across_two_windows(make_window, settings_path, qtbot):
    first = make_window()
    first.earnings_dock.close()
    first.buyback_dock.close()
    qtbot.waitUntil(lambda: first.minimumSize().width() < 780)   # the layout without docks
    first.resize(780, 700)
    assert (first.width(), first.height()) == (780, 700)
    header = first.trades_view.table.horizontalHeader()
    header.resizeSection(0, 140)
    header.resizeSection(4, 131)
    header.moveSection(header.visualIndex(NOTE), 1)              # note column second
    first.close()
    assert QSettings(str(settings_path), QSettings.Format.IniFormat).value("window/geometry") is not None

    second = make_window()
    assert (second.width(), second.height()) == (780, 700)
    assert not second.earnings_dock.isVisible() and not second.buyback_dock.isVisible()
    header = second.trades_view.table.horizontalHeader()
    assert header.sectionSize(0) == 140 and header.sectionSize(4) == 131
    assert header.visualIndex(NOTE) == 1


def test_the_chart_range_persists(make_window, settings_path):
    first = make_window()
    first.tracker.import_prices(shared_file("prices_BABA_daily.csv"), "BABA")
    first.refresh(prices=True)
    first.chart.set_visible_range(date(2021, 3, 1), date(2021, 9, 30))
    assert first.chart.visible_range() == (date(2021, 3, 1), date(2021, 9, 30))
    first.close()
    stored = QSettings(str(settings_path), QSettings.Format.IniFormat)
    assert stored.value(first._chart_range_key()) == ["2021-03-01", "2021-09-30"]
    second = make_window()
    assert second.chart.visible_range() == (date(2021, 3, 1), date(2021, 9, 30))


def test_a_chart_range_saved_for_one_file_is_not_forced_on_another(make_window, settings_path, tmp_path):
    first = make_window()
    first.tracker.import_prices(shared_file("prices_BABA_daily.csv"), "BABA")
    first.refresh(prices=True)
    default = first.chart.visible_range()
    first.chart.set_visible_range(date(2021, 3, 1), date(2021, 5, 28))    # a spring of one file
    first.close()
    other = make_window(tmp_path / "other.db")
    other.tracker.import_prices(shared_file("prices_BABA_daily.csv"), "BABA")
    other.refresh(prices=True, restore_range=True)
    assert other.chart.visible_range() == default                         # its own default span
    other.close()
    again = make_window()                                                  # the first file: its spring
    assert again.chart.visible_range() == (date(2021, 3, 1), date(2021, 5, 28))


def test_dock_layout_persists(make_window):
    first = make_window()
    first.removeDockWidget(first.buyback_dock)
    first.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, first.buyback_dock)
    first.buyback_dock.show()
    first.close()
    second = make_window()
    assert second.dockWidgetArea(second.buyback_dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert second.dockWidgetArea(second.earnings_dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert second.buyback_dock.isVisible() and second.earnings_dock.isVisible()


def test_the_chart_listing_is_remembered(make_window):
    first = make_window()
    first.listing.setCurrentIndex(first.listing.findData("9988.HK"))
    first.close()
    second = make_window()
    assert second.chart_symbol == "9988.HK"


def test_a_fresh_settings_file_gives_the_default_layout(window):
    assert (window.width(), window.height()) == (1440, 900)
    assert window.dockWidgetArea(window.earnings_dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert window.dockWidgetArea(window.buyback_dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert window.tabifiedDockWidgets(window.earnings_dock) == [window.buyback_dock]
