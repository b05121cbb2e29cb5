"""The main window as a user meets it: layout, empty state, summary, table, menus, status bar."""
from __future__ import annotations

import csv
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QDockWidget, QTableView, QWidget

from tests.shared_data import shared_file
from tests.ui.conftest import buy, table_rows
from tracker.ui.trades_view import NOTE, QUANTITY, REALIZED


def test_window_hosts_the_real_parts_under_stable_names(window):
    from tracker.ui.buyback_panel import BuybackPanel
    from tracker.ui.chart import PriceChart
    from tracker.ui.earnings_panel import EarningsPanel
    from tracker.ui.summary import PositionSummary

    assert isinstance(window.findChild(QWidget, "positionSummary"), PositionSummary)
    assert isinstance(window.findChild(QTableView, "tradesTable"), QTableView)
    assert isinstance(window.findChild(QWidget, "priceChart"), PriceChart)
    earnings = window.findChild(QWidget, "earningsPanel")
    buybacks = window.findChild(QWidget, "buybackPanel")
    assert isinstance(earnings, EarningsPanel) and isinstance(buybacks, BuybackPanel)
    assert _dock_of(earnings) is window.earnings_dock and _dock_of(buybacks) is window.buyback_dock


def _dock_of(widget):
    while widget is not None and not isinstance(widget, QDockWidget):
        widget = widget.parent()
    return widget


def test_first_run_shows_the_empty_state_with_working_buttons(window, qtbot):
    summary = window.summary
    assert summary.is_empty_state
    assert "Import prices" in summary.empty.text.text() and "first trade" in summary.empty.text.text()
    qtbot.mouseClick(summary.empty.add_trade, Qt.MouseButton.LeftButton)
    dialog = window.findChild(QDialog, "tradeDialog")
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
    qtbot.mouseClick(summary.empty.import_prices, Qt.MouseButton.LeftButton)
    dialog = window.findChild(QDialog, "priceImportDialog")
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_status_bar_shows_database_freshness_and_offline(window):
    assert str(window.tracker.path) in window.status_db.text()
    assert window.status_offline.text() == "offline"
    assert "no prices" in window.status_prices.text()


def test_status_bar_names_the_last_price_date(window, qtbot):
    report = window.tracker.import_prices(shared_file("prices_BABA_daily.csv"), "BABA")
    window.refresh(prices=True)
    assert window.status_prices.text() == f"BABA prices through {report.last}"


def test_summary_cards_show_signed_coloured_figures_with_definitions(window):
    from tracker.ui import theme

    window.tracker.import_prices(shared_file("prices_BABA_daily.csv"), "BABA")
    window.tracker.add_trade(buy(quantity="100", price="300", fee="0", day=date(2020, 10, 27)))   # near the top
    window.tracker.add_trade(buy(quantity="1000", price="75", fee="0", day=date(2024, 2, 6)))
    window.refresh(prices=True)
    card = window.summary.cards["BABA"]
    shares = card.tiles["shares"]
    assert shares.value.text() == "1,100"
    assert shares.value.alignment() & Qt.AlignmentFlag.AlignRight
    unrealized = card.tiles["unrealized"]
    position = window.tracker.position("BABA")
    color = theme.gain_color() if position.unrealized_pnl > 0 else theme.loss_color()
    assert unrealized.value.palette().color(QPalette.ColorRole.WindowText).name() == color.name()
    assert unrealized.text.endswith(" USD") and "," in unrealized.value.text()
    assert unrealized.value.text().startswith("+" if position.unrealized_pnl > 0 else "-")
    assert card.currency.text() == "USD"                     # the card says which currency
    assert "cost basis" in unrealized.toolTip()
    for key, words in {"xirr": "discount", "twr": "time-weighted", "total_return": "realized",
                       "market_value": "shares × last price", "average_cost": "cost basis ÷ shares",
                       "last_price": "close", "dividends": "withholding"}.items():
        assert words in card.tiles[key].toolTip().lower(), key
    assert card.tiles["last_price"].detail.text() == str(position.last_price_date)


def test_a_window_with_data_can_be_made_narrow(window, qtbot):
    """Once wide, the summary and the chart's toolbar must not hold the window at that width."""
    from PySide6.QtWidgets import QSizePolicy

    window.tracker.import_prices(shared_file("prices_BABA_daily.csv"), "BABA")
    window.tracker.import_prices(shared_file("prices_9988HK_daily.csv"), "9988.HK")
    window.tracker.add_trade(buy(quantity="100", price="80", day=date(2021, 6, 1)))
    window.tracker.add_trade(buy(symbol="9988.HK", quantity="800", price="80", day=date(2021, 6, 1)))
    window.refresh(prices=True)
    window.resize(1600, 900)
    qtbot.waitUntil(lambda: window.width() == 1600)
    assert window.summary.cards_page.minimumSizeHint().width() > 760   # a wide arrangement
    assert not window.chart.toolbar.wrapped                      # one line of chart controls

    qtbot.waitUntil(lambda: window.minimumSize().width() <= 760)   # the layout's minimum, updated
    window.resize(760, 800)
    qtbot.waitUntil(lambda: window.width() == 760)
    assert window.chart.toolbar.wrapped                          # the view buttons on a second line
    assert all(card.columns == 5 for card in window.summary.cards.values())
    summary = window.summary
    for card in summary.cards.values():                          # every figure fully inside its card
        assert card.geometry().right() <= summary.width()
        for tile in card.tiles.values():
            assert tile.geometry().right() <= card.width()
    assert window.chart.readout.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Ignored


def test_losses_are_red(window):
    from tracker.ui import theme
    window.tracker.import_prices(shared_file("prices_BABA_daily.csv"), "BABA")
    window.tracker.add_trade(buy(quantity="10", price="300", fee="0", day=date(2020, 10, 27)))
    window.tracker.add_trade(buy(quantity="10", side="sell", price="70", fee="0", day=date(2024, 1, 17)))
    window.refresh(prices=True)
    realized = window.summary.cards["BABA"].tiles["realized"]
    assert realized.text == "-2,300.00 USD" and realized.value.text() == "-2,300.00"
    assert realized.value.palette().color(QPalette.ColorRole.WindowText).name() == theme.loss_color().name()
    rows = {r[2]: r for r in table_rows(window)}
    sell_index = [i for i, r in enumerate(table_rows(window)) if r[2] == "Sell"][0]
    brush = window.trades_view.model.index(sell_index, REALIZED).data(Qt.ItemDataRole.ForegroundRole)
    assert brush.name() == theme.loss_color().name()
    assert rows["Sell"][REALIZED] == "-2,300.00"


def test_table_filters_by_listing_and_text(window):
    window.tracker.add_trade(buy(day=date(2024, 1, 2), note="opening lot"))
    window.tracker.add_trade(buy(symbol="9988.HK", day=date(2024, 1, 3), quantity="800", price="70", note="hk"))
    window.tracker.add_trade(buy(day=date(2024, 2, 1), quantity="20", side="sell", price="80", note="trim"))
    window.refresh()
    view = window.trades_view
    assert view.count.text() == "3 transactions"
    view.listing.setCurrentIndex(view.listing.findData("9988.HK"))
    assert [r[1] for r in table_rows(window)] == ["9988.HK"]
    view.listing.setCurrentIndex(0)
    view.search.setText("sell")
    assert [r[NOTE] for r in table_rows(window)] == ["trim"]
    view.search.setText("2024-01 lot")
    assert [r[NOTE] for r in table_rows(window)] == ["opening lot"]
    assert view.count.text() == "1 of 3 transactions"


def test_numbers_sort_as_numbers(window):
    for q in ("9", "100", "25"):
        window.tracker.add_trade(buy(quantity=q))
    window.refresh()
    window.trades_view.table.sortByColumn(QUANTITY, Qt.SortOrder.AscendingOrder)
    assert [r[QUANTITY] for r in table_rows(window)] == ["9", "25", "100"]          # text order: 100, 25, 9
    window.trades_view.table.sortByColumn(QUANTITY, Qt.SortOrder.DescendingOrder)
    assert [r[QUANTITY] for r in table_rows(window)] == ["100", "25", "9"]


def test_buys_sort_after_sells_on_realized_pnl_in_both_orders(window):
    window.tracker.add_trade(buy(quantity="10", price="100", fee="0", day=date(2024, 1, 2)))
    window.tracker.add_trade(buy(quantity="2", side="sell", price="90", fee="0", day=date(2024, 2, 2)))
    window.tracker.add_trade(buy(quantity="2", side="sell", price="130", fee="0", day=date(2024, 3, 2)))
    window.refresh()
    table = window.trades_view.table
    table.sortByColumn(REALIZED, Qt.SortOrder.AscendingOrder)
    assert [r[REALIZED] for r in table_rows(window)] == ["-20.00", "+60.00", ""]
    table.sortByColumn(REALIZED, Qt.SortOrder.DescendingOrder)
    assert [r[REALIZED] for r in table_rows(window)] == ["+60.00", "-20.00", ""]


def test_trades_model_passes_qtmodeltester(window, qtmodeltester):
    window.tracker.add_trade(buy(day=date(2024, 1, 2)))
    window.tracker.add_trade(buy(day=date(2024, 2, 1), quantity="20", side="sell", price="80"))
    window.refresh()
    qtmodeltester.check(window.trades_view.model)


def test_menus_use_the_standard_shortcuts(window):
    K = QKeySequence.StandardKey
    assert window.act_new_trade.shortcut() == QKeySequence(K.New)
    assert window.act_undo.shortcut() == QKeySequence(K.Undo)
    redo = window.act_redo.shortcuts()
    assert redo[:2] == [QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")]     # both habits
    assert all(k in redo for k in QKeySequence.keyBindings(K.Redo))
    assert window.act_open_db.shortcut() == QKeySequence(K.Open)
    assert window.act_quit.shortcut() == QKeySequence(K.Quit)
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles[:3] == ["File", "Edit", "Trades"]
    everything = {a.text().replace("&", "") for m in window.menuBar().actions() for a in m.menu().actions()}
    for wanted in ("New trade…", "Edit…", "Delete…", "Add dividend…", "Add fee…", "Import prices…", "Import trades…",
                   "Export trades CSV…", "Open database…", "New database…", "Quit"):
        assert wanted in everything


def test_ctrl_n_opens_the_trade_dialog(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(QDialog, "tradeDialog")
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_export_then_import_into_a_new_database_round_trips(window, tmp_path):
    window.tracker.add_trade(buy(day=date(2024, 1, 2), note="a, with comma"))
    window.tracker.add_trade(buy(symbol="9988.HK", day=date(2024, 1, 3), quantity="800", price="70.35"))
    window.refresh()
    out = window.export_trades(tmp_path / "out.csv")
    with open(out, newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["date", "symbol", "side", "quantity", "price", "fee", "currency", "note"]
    assert rows[1] == ["2024-01-02", "BABA", "buy", "100", "75.5", "1", "USD", "a, with comma"]
    before = [(t.symbol, t.trade_date, t.quantity, t.price, t.fee, t.note) for t in window.tracker.trades()]
    assert window.switch_database(tmp_path / "other.db", create=True)
    assert window.tracker.trades() == [] and window.summary.is_empty_state
    assert window.undo_stack.count() == 0
    window.tracker.import_trades(out)
    after = [(t.symbol, t.trade_date, t.quantity, t.price, t.fee, t.note) for t in window.tracker.trades()]
    assert after == before


def test_dark_palette_when_the_system_is_dark(window, monkeypatch):
    from tracker.ui import theme
    monkeypatch.setenv(theme.THEME_ENV, "dark")
    follower = theme.follow_system(QApplication.instance())
    follower.apply()
    try:
        assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 60
        assert theme.current_scheme() == "dark"
        assert theme.gain_color().name() == theme.GAIN["dark"]
    finally:
        monkeypatch.setenv(theme.THEME_ENV, "light")
        follower.apply()
    assert theme.current_scheme() == "light"


def test_screenshot_renders_the_real_window(db_path, tmp_path):
    from PySide6.QtGui import QImage
    from tracker.ui.main_window import render_screenshot
    out = render_screenshot(db_path, tmp_path / "shot.png", (1200, 800))
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1200, 800)


@pytest.mark.parametrize("key", ["shares", "xirr"])
def test_every_figure_has_a_tooltip(window, key):
    window.tracker.add_trade(buy())
    window.refresh()
    assert len(window.summary.cards["BABA"].tiles[key].toolTip()) > 40


def test_run_app_opens_the_window_and_returns_when_it_closes(db_path, qtbot, monkeypatch):
    """The event loop is stood in for (a second real one would upset pytest-qt's application)."""
    from tracker.ui.main_window import MainWindow, run_app
    app = QApplication.instance()
    seen = []

    def event_loop():
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen.extend(windows)
        for w in windows:
            qtbot.waitUntil(lambda w=w: w.ready)      # the panels come after the first frame
            w.close()
        return 0

    monkeypatch.setattr(app, "exec", event_loop)
    assert run_app(db_path, create=True) == 0
    assert len(seen) == 1 and seen[0].tracker.path == db_path
    assert not seen[0].isVisible()


def test_run_app_on_a_file_that_is_not_a_database_says_so(tmp_path, capsys):
    from tracker.ui.main_window import run_app
    bogus = tmp_path / "notes.db"
    bogus.write_text("these are my notes, not a database\n" * 100, encoding="utf-8")
    assert run_app(bogus) == 1
    assert "not a Tracker database" in capsys.readouterr().err
