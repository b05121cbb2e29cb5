"""Every activity in the transactions table: dividends, standalone fees and conversions beside the
trades, entered, edited and deleted from the window, each change one undo step."""
from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMenu

from tests.shared_data import TODAY, shared_file
from tests.ui.conftest import buy, table_rows
from tracker.domain.model import Conversion, Dividend, Fee
from tracker.ui.trades_view import (CURRENCY, DATE, ENTRY_ROLE, FEE, GROSS, LISTING, NOTE, QUANTITY, TAX,
                                    TOTAL, TYPE)


def fy2023_dividend_per_ads() -> Decimal:
    """Alibaba's first annual dividend (announced 2023-11-16), per ADS, from the reference data."""
    with open(shared_file("dividends.csv"), newline="", encoding="utf-8") as handle:
        row = next(r for r in csv.DictReader(handle) if r["announced_date"] == "2023-11-16")
    return Decimal(row["per_ads_usd"])


def rows_of(window, kind: str) -> list[list[str]]:
    return [r for r in table_rows(window) if r[TYPE] == kind]


def row_index(window, kind: str) -> int:
    return [r[TYPE] for r in table_rows(window)].index(kind)


def double_click_row(window, qtbot, row: int) -> None:
    view = window.trades_view.table
    rect = view.visualRect(window.trades_view.model.index(row, DATE))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def select_row(window, kind: str) -> None:
    entry = window.trades_view.model.index(row_index(window, kind), 0).data(ENTRY_ROLE)
    assert window.trades_view.select_entry(entry)


# --- dividends ------------------------------------------------------------------------------------
def test_a_dividend_typed_into_its_dialog_is_listed_with_its_net_and_can_be_deleted_and_undone(window, qtbot):
    per_ads = fy2023_dividend_per_ads()                         # 1.00 USD per ADS
    window.tracker.add_trade(buy(quantity="100", day=date(2023, 6, 1)))
    window.refresh()
    dialog = window.add_dividend()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.date.setDate(QDate(2024, 1, 11))
    assert Decimal(dialog.gross.text()) == per_ads * 100         # proposed for the 100 ADS held
    qtbot.keyClicks(dialog.withholding, "10")
    qtbot.keyClicks(dialog.fee, "0.50")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)              # Enter saves
    assert dialog.result() == QDialog.DialogCode.Accepted

    [row] = rows_of(window, "Dividend")
    assert row[DATE] == "2024-01-11" and row[LISTING] == "BABA" and row[CURRENCY] == "USD"
    assert (row[GROSS], row[TAX], row[FEE], row[TOTAL]) == ("100.00", "10.00", "0.50", "89.50")
    assert row[QUANTITY] == ""
    assert window.trades_view.count.text() == "2 transactions"
    assert window.summary.cards["BABA"].figure_text("dividends") == "+89.50 USD"

    [saved] = window.tracker.dividends()
    assert window.trades_view.current_entry() == saved          # the new row is selected
    window.act_delete_trade.trigger()                           # Edit ▸ Delete… (the Delete key)
    assert window.tracker.dividends() == [] and rows_of(window, "Dividend") == []
    assert window.summary.cards["BABA"].figure_text("dividends") == "0.00 USD"
    assert "delete dividend 89.50 USD BABA" in window.act_undo.text()

    window.act_undo.trigger()                                   # one step brings it back, same id
    assert window.tracker.dividends() == [saved]
    assert rows_of(window, "Dividend")[0][TOTAL] == "89.50"
    assert window.summary.cards["BABA"].figure_text("dividends") == "+89.50 USD"
    window.act_redo.trigger()
    assert window.tracker.dividends() == []


def test_deleting_asks_first_and_a_no_keeps_the_dividend(window):
    window.tracker.add_trade(buy(day=date(2023, 6, 1)))
    window.tracker.add_dividend(Dividend("BABA", date(2024, 1, 11), Decimal(100)))
    window.refresh()
    asked = []
    window.confirm = lambda title, text: asked.append(text) or False
    select_row(window, "Dividend")
    assert not window.delete_selected()
    assert "dividend 100.00 USD BABA on 2024-01-11" in asked[0]
    assert len(window.tracker.dividends()) == 1 and window.undo_stack.count() == 0


def test_double_click_edits_a_dividend_as_one_undo_step(window, qtbot):
    window.tracker.add_trade(buy(day=date(2023, 6, 1)))
    old = window.tracker.add_dividend(Dividend("BABA", date(2024, 1, 11), Decimal(100), Decimal(10)))
    window.refresh()
    double_click_row(window, qtbot, row_index(window, "Dividend"))
    dialog = window.findChild(QDialog, "dividendDialog")
    assert dialog is not None and dialog.isVisible() and dialog.windowTitle() == "Edit dividend"
    assert (dialog.gross.text(), dialog.withholding.text(), dialog.net.text()) == ("100", "10", "90.00 USD")
    assert dialog.date.date() == QDate(2024, 1, 11) and dialog.save_button.isEnabled()
    dialog.gross.selectAll()
    qtbot.keyClicks(dialog.gross, "166")                        # the two-part FY2024 dividend
    assert dialog.net.text() == "156.00 USD"
    qtbot.keyClick(dialog.gross, Qt.Key.Key_Return)

    assert window.tracker.dividends() == [Dividend("BABA", date(2024, 1, 11), Decimal(166), Decimal(10), id=old.id)]
    assert rows_of(window, "Dividend")[0][TOTAL] == "156.00"
    assert window.undo_stack.count() == 1 and "edit dividend 90.00 USD" in window.act_undo.text()
    window.act_undo.trigger()
    assert window.tracker.dividends() == [old]
    assert rows_of(window, "Dividend")[0][TOTAL] == "90.00"
    window.act_redo.trigger()
    assert window.tracker.dividends()[0].gross == 166


# --- fees -----------------------------------------------------------------------------------------
def test_a_fee_entered_in_its_dialog_lowers_the_total_return(window, qtbot):
    window.tracker.import_prices(shared_file("prices_BABA_daily.csv"), "BABA")
    window.tracker.add_trade(buy(quantity="100", price="75.50", day=date(2023, 6, 1)))
    window.refresh(prices=True)
    card = window.summary.cards["BABA"]
    before = window.tracker.position("BABA").total_return
    assert card.figure_text("total_return") != "–"

    menu = next(m for m in window.menuBar().findChildren(QMenu) if m.title().replace("&", "") == "Trades")
    assert window.act_fee in menu.actions()
    window.act_fee.trigger()
    dialog = window.findChild(QDialog, "feeDialog")
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert dialog.focusWidget() is dialog.amount and dialog.rows["amount"].suffix.text() == "USD"
    dialog.date.setDate(QDate(2024, 2, 1))
    qtbot.keyClicks(dialog.amount, "5")
    qtbot.keyClicks(dialog.note, "ADS depositary fee")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted

    assert window.tracker.fees() == [Fee("BABA", date(2024, 2, 1), Decimal(5), "USD", "ADS depositary fee", id=1)]
    [row] = rows_of(window, "Fee")
    assert (row[FEE], row[TOTAL], row[NOTE]) == ("5.00", "5.00", "ADS depositary fee")
    after = window.tracker.position("BABA").total_return
    assert after == before - 5
    from tracker.ui import formatting as fmt
    assert card.figure_text("total_return") == fmt.money(after, "USD", signed=True)
    window.act_undo.trigger()                                   # one step
    assert window.tracker.fees() == [] and rows_of(window, "Fee") == []
    assert window.tracker.position("BABA").total_return == before


def test_the_fee_dialog_explains_a_bad_amount_or_date_and_writes_nothing(window, qtbot):
    dialog = window.add_fee()
    assert not dialog.save_button.isEnabled() and dialog.error_text("amount") == ""
    qtbot.keyClicks(dialog.amount, "0")
    assert "must be greater than 0" in dialog.error_text("amount")
    assert not dialog.save_button.isEnabled()
    dialog.amount.selectAll()
    qtbot.keyClicks(dialog.amount, "abc")
    assert dialog.error_text("amount") and not dialog.save_button.isEnabled()
    dialog.amount.selectAll()
    qtbot.keyClicks(dialog.amount, "12")
    dialog.date.setDate(QDate(2027, 1, 4))                      # after today
    assert "future" in dialog.error_text("date") and not dialog.save_button.isEnabled()
    dialog.date.setDate(QDate(2014, 9, 1))                      # before BABA first traded
    assert "first traded" in dialog.error_text("date")
    dialog.date.setDate(QDate(2024, 9, 2))
    assert dialog.error_text("date") == "" and dialog.save_button.isEnabled()
    dialog.symbol.setCurrentIndex(dialog.symbol.findData("9988.HK"))
    assert dialog.rows["amount"].suffix.text() == "HKD"
    dialog.reject()
    assert window.tracker.fees() == [] and window.undo_stack.count() == 0


# --- conversions ----------------------------------------------------------------------------------
def convert_ten_baba(window, qtbot):
    dialog = window.add_conversion()
    dialog.date.setDate(QDate(2024, 1, 11))
    qtbot.keyClicks(dialog.quantity, "10")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_conversion_is_listed_and_shows_under_both_listings(window, qtbot):
    window.tracker.add_trade(buy(quantity="10", day=date(2023, 6, 1)))
    window.refresh()
    convert_ten_baba(window, qtbot)
    [row] = rows_of(window, "Convert")
    assert row[LISTING] == "BABA" and row[QUANTITY] == "10" and row[CURRENCY] == "USD"
    assert row[NOTE] == "10 BABA → 80 9988.HK"
    tip = window.trades_view.model.index(0, TYPE).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Convert 10 BABA → 80 9988.HK: not a sale")
    view = window.trades_view
    view.listing.setCurrentIndex(view.listing.findData("9988.HK"))
    assert [r[TYPE] for r in table_rows(window)] == ["Convert"]
    view.listing.setCurrentIndex(view.listing.findData("BABA"))
    assert [r[TYPE] for r in table_rows(window)] == ["Convert", "Buy"]
    view.listing.setCurrentIndex(0)
    view.search.setText("convert 9988")
    assert [r[TYPE] for r in table_rows(window)] == ["Convert"]


def test_deleting_a_conversion_a_later_sell_needs_is_refused_with_its_reason(window, qtbot):
    window.tracker.add_trade(buy(quantity="10", day=date(2023, 6, 1)))
    window.refresh()
    convert_ten_baba(window, qtbot)
    window.tracker.add_trade(buy(symbol="9988.HK", side="sell", quantity="80", price="75", fee="0",
                                 day=date(2024, 3, 1)))
    window.refresh()
    steps = window.undo_stack.count()
    select_row(window, "Convert")
    assert not window.delete_selected()
    assert "Nothing was deleted" in window.last_error
    assert "sell of 80 9988.HK on 2024-03-01 exceeds the 0 held then" in window.last_error
    assert len(window.tracker.conversions()) == 1 and len(rows_of(window, "Convert")) == 1
    assert window.undo_stack.count() == steps

    # with the sell selected too, both go (the sell first) and come back as one step
    view = window.trades_view
    view.table.selectAll()
    assert window.delete_selected()
    assert window.tracker.trades() == [] and window.tracker.conversions() == []
    window.act_undo.trigger()
    assert len(window.tracker.trades()) == 2 and len(window.tracker.conversions()) == 1
    assert window.tracker.holdings_on(TODAY) == {"BABA": 0, "9988.HK": 0}


def test_editing_a_conversion_that_a_later_sell_needs(window, qtbot):
    """The sell keeps needing the converted shares all along: the edit still goes through."""
    window.tracker.add_trade(buy(quantity="30", day=date(2023, 6, 1)))
    old = window.tracker.add_conversion(Conversion(date(2024, 1, 11), "BABA", "9988.HK", Decimal(10),
                                                   fx_rate=Decimal("7.8")))
    window.tracker.add_trade(buy(symbol="9988.HK", side="sell", quantity="80", price="75", fee="0",
                                 day=date(2024, 3, 1)))
    window.refresh()
    double_click_row(window, qtbot, row_index(window, "Convert"))
    dialog = window.findChild(QDialog, "conversionDialog")
    assert dialog is not None and dialog.windowTitle() == "Edit conversion"
    assert (dialog.quantity.text(), dialog.fx_rate.text(), dialog.receive.text()) == ("10", "7.8", "80 9988.HK units")
    dialog.quantity.selectAll()
    qtbot.keyClicks(dialog.quantity, "25")                      # 25 of the 30 held: fine for an edit
    assert dialog.error_text("quantity") == "" and dialog.save_button.isEnabled()
    dialog.quantity.selectAll()
    qtbot.keyClicks(dialog.quantity, "31")
    assert "exceeds" in dialog.error_text("quantity")
    dialog.quantity.selectAll()
    qtbot.keyClicks(dialog.quantity, "12")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted

    [new] = window.tracker.conversions()
    assert new.quantity == 12
    assert window.tracker.holdings_on(TODAY) == {"BABA": 18, "9988.HK": 16}
    assert rows_of(window, "Convert")[0][NOTE] == "12 BABA → 96 9988.HK"
    window.act_undo.trigger()
    assert [(c.quantity, c.id) for c in window.tracker.conversions()] == [(10, old.id)]
    window.act_redo.trigger()
    assert [c.quantity for c in window.tracker.conversions()] == [12]


# --- the table ------------------------------------------------------------------------------------
def every_kind(window):
    t = window.tracker
    t.add_trade(buy(quantity="100", price="75.50", day=date(2023, 6, 1)))
    t.add_conversion(Conversion(date(2024, 1, 11), "BABA", "9988.HK", Decimal(10), Decimal(2), Decimal("7.8"),
                                note="for HK hours"))
    t.add_dividend(Dividend("BABA", date(2024, 1, 11), Decimal(90), Decimal(9)))
    t.add_fee(Fee("BABA", date(2024, 1, 11), Decimal("12.5")))
    t.add_trade(buy(symbol="9988.HK", side="sell", quantity="40", price="75", fee="10", day=date(2024, 3, 1)))
    window.refresh()


def test_the_table_lists_every_kind_newest_first_in_the_ledger_order_of_a_day(window):
    every_kind(window)
    assert [(r[DATE], r[TYPE]) for r in table_rows(window)] == [
        ("2024-03-01", "Sell"), ("2024-01-11", "Fee"), ("2024-01-11", "Dividend"),
        ("2024-01-11", "Convert"), ("2023-06-01", "Buy")]
    assert window.trades_view.count.text() == "5 transactions"
    window.trades_view.search.setText("hk hours")
    assert [r[NOTE] for r in table_rows(window)] == ["10 BABA → 80 9988.HK · for HK hours"]


def test_totals_of_every_kind_sort_as_numbers(window):
    every_kind(window)
    table = window.trades_view.table
    table.sortByColumn(TOTAL, Qt.SortOrder.AscendingOrder)
    assert [r[TOTAL] for r in table_rows(window)] == [
        "2.00", "12.50", "81.00", "2,990.00", "7,551.00"]
    assert [r[CURRENCY] for r in table_rows(window)] == ["USD", "USD", "USD", "HKD", "USD"]
    table.sortByColumn(TAX, Qt.SortOrder.DescendingOrder)
    assert [r[TAX] for r in table_rows(window)][0] == "9.00"
    assert [r[TAX] for r in table_rows(window)][1:] == [""] * 4            # empty cells last


def test_the_model_with_every_kind_passes_qtmodeltester(window, qtmodeltester):
    every_kind(window)
    qtmodeltester.check(window.trades_view.model)


def test_a_saved_column_layout_is_ignored_when_the_columns_changed(make_window, settings_path):
    from PySide6.QtCore import QSettings
    first = make_window()
    first.trades_view.table.horizontalHeader().resizeSection(NOTE, 333)
    first.close()
    stored = QSettings(str(settings_path), QSettings.Format.IniFormat)
    stored.setValue("trades/columns", "Date|Listing|Side|Quantity|Price|Fee|Total|Realized P&L|Note")
    stored.sync()
    second = make_window()
    assert second.trades_view.table.horizontalHeader().sectionSize(NOTE) != 333


@pytest.mark.parametrize("kind", ["Buy", "Dividend", "Fee", "Convert"])
def test_edit_and_delete_are_offered_for_every_kind(window, kind):
    every_kind(window)
    assert not window.act_edit_trade.isEnabled()
    select_row(window, kind)
    assert window.act_edit_trade.isEnabled() and window.act_delete_trade.isEnabled()
    dialog = window.edit_selected()
    expected = {"Buy": "tradeDialog", "Dividend": "dividendDialog", "Fee": "feeDialog",
                "Convert": "conversionDialog"}[kind]
    assert dialog.objectName() == expected and dialog.save_button.isEnabled()
    dialog.reject()
