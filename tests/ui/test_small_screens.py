"""Small screens: the chart keeps at least half of the window and the transactions table its
eight rows; the summary cards move into a tab beside the transactions with a one-line headline."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from tests.shared_data import shared_file
from tests.ui.conftest import buy


@pytest.fixture
def held(window):
    t = window.tracker
    t.import_prices(shared_file("prices_BABA_daily.csv"), "BABA")
    t.import_prices(shared_file("prices_9988HK_daily.csv"), "9988.HK")
    t.add_trade(buy(quantity="100", price="80", day=date(2022, 3, 15)))
    t.add_trade(buy(symbol="9988.HK", quantity="400", price="70", day=date(2024, 1, 10)))
    window.refresh(prices=True)
    return window


def settle(qtbot, window, size):
    window.resize(*size)
    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(20)


@pytest.mark.parametrize("size", [(1024, 700), (1440, 900)])
def test_the_chart_keeps_half_the_window_and_the_table_eight_rows(held, qtbot, size):
    window = held
    settle(qtbot, window, size)
    assert (window.width(), window.height()) == size                 # the window fits the screen
    assert window.chart_area.height() >= window.height() / 2
    table = window.trades_view.table
    assert table.viewport().height() >= 8 * table.verticalHeader().defaultSectionSize()
    assert window.compact and window.headline.isVisible()
    assert "Alibaba" in window.headline.text() and headline_fits(window)
    window.headline.linkActivated.emit("position")                    # "All figures"
    assert window.lower.currentWidget() is window.position_page
    assert window.summary.isVisibleTo(window) and window.view_options.isVisibleTo(window)
    assert window.summary.cards["BABA"].figure_text("shares") == "100"


def test_a_tall_window_shows_the_cards_above_the_chart(held, qtbot):
    window = held
    settle(qtbot, window, (1920, 1200))
    assert not window.compact and not window.headline.isVisible()
    assert window.lower.tabBar().isHidden()                          # one tab: no tab bar
    assert window.summary_area.geometry().bottom() < window.chart_area.mapTo(window.centralWidget(),
                                                                             window.chart_area.rect().topLeft()).y()
    assert window.chart_area.height() >= 450
    settle(qtbot, window, (1024, 700))                                # and back
    assert window.compact
    settle(qtbot, window, (1920, 1200))
    assert not window.compact and window.summary.isVisibleTo(window)


def test_the_earnings_dock_shows_reactions_and_your_pl_without_scrolling_sideways(held, qtbot):
    window = held
    settle(qtbot, window, (1440, 900))               # the dock at its default width
    panel = window.earnings_panel
    window.earnings_dock.raise_()
    QApplication.processEvents()
    table = panel.table
    assert panel.shown_columns() == ["release", "quarter", "BABA", "9988.HK", "impact_BABA", "impact_9988.HK"]
    assert table.horizontalHeader().length() <= table.viewport().width()     # nothing off to the side
    assert not table.horizontalScrollBar().isVisible()
    headers = [table.horizontalHeaderItem(i).text() for i in range(table.columnCount())
               if not table.isColumnHidden(i)]
    assert headers[-2:] == ["P&L USD", "P&L HKD"]                            # one currency per column
    row = next(r for r in range(table.rowCount()) if table.item(r, 6).text() not in ("", "–"))
    assert not table.item(row, 6).text().endswith("USD")                    # the header says it


def test_chosen_earnings_columns_are_remembered(held, make_window, qtbot):
    panel = held.earnings_panel
    menu = panel.columns_menu()
    next(a for a in menu.actions() if a.objectName() == "column_revenue").setChecked(True)
    assert "revenue" in panel.shown_columns()
    held.close()
    again = make_window()
    assert "revenue" in again.earnings_panel.shown_columns()


@pytest.mark.parametrize("size", [(1024, 700), (1440, 900)])
def test_the_buyback_dock_fits_its_width_and_shows_eight_quarters(held, qtbot, size):
    window = held
    settle(qtbot, window, size)
    window.buyback_dock.raise_()
    settle(qtbot, window, size)
    panel, scroll = window.buyback_panel, window.buyback_dock.widget()
    assert panel.width() <= scroll.viewport().width()                    # no text cut at the right
    charts = panel.charts
    assert charts.ci.geometry().width() <= charts.viewport().width() + 0.5   # the right axis is in view
    table = panel.table
    assert table.viewport().height() >= 8 * table.verticalHeader().defaultSectionSize()
    assert panel.accretion_since_label.text().endswith("to 2025-09-30")     # the last share count


def test_opened_on_a_small_screen_the_earnings_dock_still_fits_its_columns(held, qtbot, settings_path, db_path):
    from PySide6.QtCore import QSettings
    from tests.shared_data import TODAY
    from tracker.ui.main_window import create_window
    held.close()
    window = create_window(db_path, settings=QSettings(str(settings_path.with_name("fresh.ini")),
                                                       QSettings.Format.IniFormat), today=TODAY)
    qtbot.addWidget(window)
    window.resize(1024, 700)                 # what a 1024x700 screen gives a new window
    window.show()
    qtbot.waitUntil(lambda: window.ready)
    settle(qtbot, window, (1024, 700))
    table = window.earnings_panel.table
    assert table.horizontalHeader().length() <= table.viewport().width()
    assert window.chart_area.height() >= window.height() / 2


@pytest.mark.parametrize("size", [(1024, 700), (1440, 900)])
def test_a_first_run_on_a_short_window_shows_the_welcome_and_then_the_first_trade(window, qtbot, size):
    """The cards' place moves into the Position tab on a short window: a new user must still see
    the welcome's two first steps, and after the first trade, that trade in its table."""
    settle(qtbot, window, size)
    assert window.compact and window.summary.is_empty_state
    assert window.lower.currentWidget() is window.position_page
    assert window.summary.empty.isVisible()
    buttons = [b.text() for b in window.summary.empty.findChildren(__import__("PySide6.QtWidgets").QtWidgets.QPushButton)
               if b.isVisible()]
    assert any("first trade" in text for text in buttons), buttons
    window.tracker.add_trade(buy(quantity="10", price="80", day=date(2022, 3, 15)))
    window.refresh()
    assert not window.summary.is_empty_state
    assert window.lower.currentWidget() is window.trades_view


def headline_fits(window) -> bool:
    label = window.headline
    return label.text_width(label.text()) <= label.contentsRect().width()


def test_the_headline_drops_the_totals_before_it_is_cut_off(held, qtbot):
    window = held
    settle(qtbot, window, (1440, 900))
    full = window.headline.text()
    assert full.count("total") == 3 and headline_fits(window) and not window.headline.toolTip()
    settle(qtbot, window, (1200, 700))                 # too narrow for every total
    shown = window.headline.text()
    assert headline_fits(window)
    assert "total" not in shown and window.headline.toolTip() == full
    values = [window.summary.cards[key].figure_text("market_value") for key in window.summary.cards]
    assert len(values) == 3 and all(value in shown for value in values)    # every market value is still there
    settle(qtbot, window, (1024, 700))                 # room for the whole stake only
    shown = window.headline.text()
    assert headline_fits(window) and "Alibaba" in shown and "total" in shown
    assert "BABA" not in shown and window.headline.toolTip() == full


def test_the_headline_in_chinese_names_the_stake_briefly_and_fits(held, qtbot, qapp, english_again):
    from tracker.ui import i18n
    window = held
    i18n.install(qapp, language="zh_CN")
    window.refresh(prices=True)
    settle(qtbot, window, (1440, 900))
    shown = window.headline.text()
    assert "<b>阿里巴巴</b>" in shown and "两地" not in shown
    assert headline_fits(window)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_position_view_leaves_the_earnings_dock_its_width(held, qtbot, qapp, english_again, language):
    """The position view's lines of figures (drawdowns and volatility, the day's values and TWR)
    shorten or wrap instead of widening the chart: the window stays on the screen and the dock
    keeps the width the price view leaves it."""
    from tracker.ui import i18n
    window = held
    if language != "en":
        i18n.install(qapp, language=language)
        window.refresh(prices=True)
    settle(qtbot, window, (1024, 700))
    window.earnings_dock.raise_()
    dock_width = window.earnings_dock.width()
    window.chart.show_view("position")
    settle(qtbot, window, (1024, 700))
    view = window.chart.position_view
    assert window.width() == 1024 and window.earnings_dock.width() == dock_width
    assert ("Max drawdown" if language == "en" else "最大回撤") in view.risk.text()
    for label in (view.risk, view.readout):
        assert label.text_width(label.text()) <= label.contentsRect().width()   # nothing cut off
    assert "TWR" in view.readout.text()
    window.chart.show_view("premium")
    settle(qtbot, window, (1024, 700))
    readout = window.chart.premium_view.readout
    assert window.width() == 1024 and window.earnings_dock.width() == dock_width
    assert "9988.HK" in readout.text() and readout.text_width(readout.text()) <= readout.contentsRect().width()


def test_the_status_bar_shortens_its_lines_instead_of_cutting_them(held, qtbot):
    """Two series from files, both stale: at 1024 px the database's name, the last dates and the
    stale series' ages all show whole; the longer lines stay a hover away."""
    window = held
    settle(qtbot, window, (1024, 700))
    labels = (window.status_db, window.status_prices, window.status_freshness.label)
    for label in labels:
        assert label.text() and label.text_width(label.text()) <= label.contentsRect().width(), label.objectName()
    assert "9988.HK" in window.status_prices.text() and "BABA" in window.status_prices.text()
    assert "trading days old" in window.status_freshness.label.text()
    assert "from a file" in window.status_freshness.label.toolTip()
    settle(qtbot, window, (1920, 1200))
    assert window.status_db.text() == f"Database: {window.tracker.path}"
    assert "BABA prices through" in window.status_prices.text()
