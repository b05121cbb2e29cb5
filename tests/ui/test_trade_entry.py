"""Manual entry through the real window: keyboard typing, inline validation, undo / redo."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog

from tests.shared_data import TODAY
from tests.ui.conftest import buy, table_rows
from tracker.ui.trades_view import PRICE, REALIZED


def tab(qtbot, dialog):
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)


def type_here(qtbot, dialog, text):
    qtbot.keyClicks(dialog.focusWidget(), text)


def card_text(window, symbol, key):
    return window.summary.cards[symbol].figure_text(key)


def test_type_a_trade_with_the_keyboard_updates_table_and_summary(window, qtbot):
    assert window.summary.is_empty_state
    dialog = window.new_trade()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)   # keys go where the user looks
    assert dialog.focusWidget() is dialog.quantity          # starts where typing makes sense
    assert dialog.symbol.currentData() == "BABA"
    assert not dialog.save_button.isEnabled()               # nothing typed: nothing to save

    for expected in (dialog.date, dialog.side, dialog.symbol):    # Shift+Tab walks back up the form
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Backtab)
        assert dialog.focusWidget() is expected
    tab(qtbot, dialog)                                      # -> side (Buy by default)
    assert dialog.focusWidget() is dialog.side
    tab(qtbot, dialog)                                      # -> date
    assert dialog.focusWidget() is dialog.date
    type_here(qtbot, dialog, "2024-03-01")                  # the year is selected on Tab
    assert dialog.date.date() == QDate(2024, 3, 1)
    tab(qtbot, dialog)
    assert dialog.focusWidget() is dialog.quantity
    type_here(qtbot, dialog, "100")
    tab(qtbot, dialog)
    assert dialog.focusWidget() is dialog.price
    type_here(qtbot, dialog, "75.50")
    tab(qtbot, dialog)
    assert dialog.focusWidget() is dialog.fee
    type_here(qtbot, dialog, "1")
    assert dialog.total.text() == "7,551.00"                # live total: 100 x 75.50 + 1
    tab(qtbot, dialog)
    assert dialog.focusWidget() is dialog.total
    tab(qtbot, dialog)
    assert dialog.focusWidget() is dialog.note
    type_here(qtbot, dialog, "first lot")
    assert dialog.save_button.isEnabled()
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)          # Enter saves

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert table_rows(window) == [["2024-03-01", "BABA", "Buy", "USD", "100", "75.50", "7,550.00",
                                   "1.00", "", "7,551.00", "", "first lot"]]
    assert not window.summary.is_empty_state
    assert card_text(window, "BABA", "shares") == "100"
    assert card_text(window, "BABA", "average_cost") == "75.51 USD"
    [saved] = window.tracker.trades()
    assert (saved.quantity, saved.price, saved.fee, saved.note) == (Decimal(100), Decimal("75.50"), Decimal(1), "first lot")


def test_typing_a_total_derives_the_price(window, qtbot):
    dialog = window.new_trade()
    qtbot.keyClicks(dialog.quantity, "40")
    qtbot.keyClicks(dialog.fee, "2")
    qtbot.keyClicks(dialog.total, "3,202")
    assert dialog.price.text() == "80"                      # (3,202 - 2) / 40
    dialog.side.setCurrentIndex(dialog.side.findData("sell"))
    assert dialog.price.text() == "80.1"                    # a sell: (3,202 + 2) / 40
    qtbot.keyClicks(dialog.price, "5")                      # typing a price takes over again
    assert dialog.price.text() == "80.15"
    assert dialog.total.text() == "3,204.00"                # 40 x 80.15 - 2


def test_default_date_is_the_last_trading_day(window):
    dialog = window.new_trade()
    # TODAY is Tuesday 2026-11-24: the last trading day before it is Monday 2026-11-23
    assert dialog.date.date() == QDate(2026, 11, 23)
    dialog.reject()


def test_default_date_skips_the_weekend(make_window):
    window = make_window(today=date(2026, 11, 23))          # a Monday
    dialog = window.new_trade()
    assert dialog.date.date() == QDate(2026, 11, 20)        # the Friday before
    dialog.reject()


def test_an_oversell_shows_its_reason_and_writes_nothing(window, qtbot):
    window.tracker.add_trade(buy(quantity="10"))
    window.refresh()
    dialog = window.new_trade()
    dialog.side.setCurrentIndex(dialog.side.findData("sell"))
    dialog.date.setDate(QDate(2024, 6, 3))
    qtbot.keyClicks(dialog.quantity, "25")
    qtbot.keyClicks(dialog.price, "90")
    reason = dialog.error_text("quantity")
    assert "25" in reason and "exceeds" in reason and "10" in reason
    assert not dialog.save_button.isEnabled()
    qtbot.keyClick(dialog.price, Qt.Key.Key_Return)         # Enter does not save an invalid entry
    assert dialog.isVisible()
    qtbot.keyClick(dialog.price, Qt.Key.Key_Escape)         # Esc cancels
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert len(window.tracker.trades()) == 1
    assert len(table_rows(window)) == 1
    assert window.undo_stack.count() == 0


def test_a_price_not_yet_readable_does_not_hide_an_oversell_or_a_weekend(window, qtbot):
    """Every problem shows as it is typed: a price that is not a number yet, an oversell and a
    Saturday at once, not one after the other as each is fixed."""
    window.tracker.add_trade(buy(symbol="9988.HK", quantity="200", price="70", day=date(2024, 1, 10)))
    window.refresh()
    dialog = window.new_trade()
    dialog.symbol.setCurrentIndex(dialog.symbol.findData("9988.HK"))
    dialog.side.setCurrentIndex(dialog.side.findData("sell"))
    dialog.date.setDate(QDate(2025, 1, 4))                       # a Saturday
    qtbot.keyClicks(dialog.quantity, "500")
    qtbot.keyClicks(dialog.price, "80.5.0")
    assert "number" in dialog.error_text("price")
    assert "exceeds" in dialog.error_text("quantity")
    assert "did not trade on 2025-01-04" in dialog.warning.text()
    assert not dialog.save_button.isEnabled()
    dialog.price.selectAll()
    qtbot.keyClicks(dialog.price, "80.5")
    assert dialog.error_text("price") == "" and "exceeds" in dialog.error_text("quantity")
    dialog.reject()


def test_a_sell_that_breaks_a_later_sell_is_refused_too(window, qtbot):
    """Oversell 'at any point in history': an early sell that leaves too little for a later one."""
    window.tracker.add_trade(buy(quantity="10", day=date(2024, 1, 2)))
    window.tracker.add_trade(buy(quantity="10", side="sell", day=date(2024, 5, 2), price="90"))
    window.refresh()
    dialog = window.new_trade()
    dialog.side.setCurrentIndex(dialog.side.findData("sell"))
    dialog.date.setDate(QDate(2024, 3, 1))
    qtbot.keyClicks(dialog.quantity, "5")
    qtbot.keyClicks(dialog.price, "80")
    assert "2024-05-02" in dialog.error_text("quantity")
    assert not dialog.save_button.isEnabled()


@pytest.mark.parametrize("field, text, words", [
    ("quantity", "0", "greater than 0"),
    ("quantity", "-3", "greater than 0"),
    ("price", "abc", "number"),
    ("fee", "-1", "negative"),
])
def test_bad_numbers_are_explained_next_to_their_field(window, qtbot, field, text, words):
    dialog = window.new_trade()
    values = {"quantity": "10", "price": "80", "fee": "0"}
    values[field] = text
    for name, value in values.items():
        qtbot.keyClicks(getattr(dialog, name), value)
    assert words in dialog.error_text(field).lower()
    assert not dialog.save_button.isEnabled()


def test_dates_in_the_future_or_before_the_listing_are_refused(window, qtbot):
    dialog = window.new_trade()
    qtbot.keyClicks(dialog.quantity, "10")
    qtbot.keyClicks(dialog.price, "80")
    assert dialog.save_button.isEnabled()
    dialog.date.setDate(QDate(2026, 12, 1))
    assert "future" in dialog.error_text("date").lower()
    assert not dialog.save_button.isEnabled()
    dialog.symbol.setCurrentIndex(dialog.symbol.findData("9988.HK"))
    dialog.date.setDate(QDate(2019, 6, 3))                  # 9988.HK listed on 2019-11-26
    assert "2019-11-26" in dialog.error_text("date")
    assert not dialog.save_button.isEnabled()
    dialog.date.setDate(QDate(2020, 6, 3))
    assert dialog.error_text("date") == ""
    assert dialog.save_button.isEnabled()
    assert dialog.rows["price"].suffix.text() == "HKD"


@pytest.mark.parametrize("typed, meant", [("2023-02-30", "2023-02-30"), ("20230230", "2023-02-30"),
                                          ("2024-04-31", "2024-04-31"), ("2023-13-01", "2023-13-01"),
                                          ("2024-02-30", "2024-02-30")])
def test_a_date_that_does_not_exist_is_refused_not_turned_into_another(window, qtbot, typed, meant):
    """Qt's date field would show another date for an impossible one (February 30th becomes the
    3rd): the field says so and Save stays off until a real date is typed, picked or pasted."""
    dialog = window.new_trade()
    qtbot.keyClicks(dialog.quantity, "10")
    qtbot.keyClicks(dialog.price, "108")
    dialog.date.setFocus()
    qtbot.keyClick(dialog.date, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.date, typed)
    assert dialog.date.date().isValid()              # Qt shows some other date...
    assert f"no such date {meant}" in dialog.error_text("date")
    assert not dialog.save_button.isEnabled()        # ...which cannot be saved
    # ...nor described: no holdings of that other date, no weekend of 2024-02-03
    assert dialog.hint.text() == "" and not dialog.warning.isVisibleTo(dialog)
    tab(qtbot, dialog)                               # leaving the field settles nothing
    assert f"no such date {meant}" in dialog.error_text("date") and not dialog.save_button.isEnabled()
    dialog.date.setFocus()
    qtbot.keyClick(dialog.date, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.date, "2023-02-28")
    assert dialog.error_text("date") == "" and dialog.save_button.isEnabled()
    assert dialog.date.date() == QDate(2023, 2, 28)
    assert dialog.hint.text().startswith("Held on 2023-02-28")
    dialog.reject()


def test_a_pasted_date_that_does_not_exist_is_refused_and_a_picked_one_clears_it(window, qtbot):
    dialog = window.new_trade()
    qtbot.keyClicks(dialog.quantity, "10")
    qtbot.keyClicks(dialog.price, "108")
    before = dialog.date.date()
    QApplication.clipboard().setText("2023-02-30")
    dialog.date.setFocus()
    qtbot.keyClick(dialog.date, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert dialog.date.date() == before
    assert "no such date 2023-02-30" in dialog.error_text("date") and not dialog.save_button.isEnabled()
    dialog.date.setDate(QDate(2023, 3, 1))        # picked from the calendar
    assert dialog.error_text("date") == "" and dialog.save_button.isEnabled()
    dialog.reject()


def test_no_red_required_before_the_user_types(window):
    dialog = window.new_trade()
    assert all(dialog.error_text(name) == "" for name in dialog.rows)
    assert not dialog.save_button.isEnabled()


def test_undo_and_redo_an_add(window, qtbot):
    dialog = window.new_trade()
    qtbot.keyClicks(dialog.quantity, "100")
    qtbot.keyClicks(dialog.price, "75")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert len(window.tracker.trades()) == 1
    assert window.act_undo.isEnabled() and "add buy 100 BABA" in window.act_undo.text()
    window.act_undo.trigger()
    assert window.tracker.trades() == [] and table_rows(window) == []
    assert window.summary.is_empty_state
    window.act_redo.trigger()
    assert len(window.tracker.trades()) == 1 and len(table_rows(window)) == 1
    assert window.summary.cards["BABA"].figure_text("shares") == "100"


def test_double_click_edits_and_undo_redo_the_edit(window, qtbot):
    saved = window.tracker.add_trade(buy(price="75.50"))
    window.refresh()
    view = window.trades_view.table
    index = window.trades_view.model.index(0, PRICE)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = window.findChild(QDialog, "tradeDialog")
    assert dialog is not None and dialog.isVisible() and dialog.original == saved
    assert dialog.price.text() == "75.5" and dialog.save_button.isEnabled()
    dialog.price.selectAll()
    qtbot.keyClicks(dialog.price, "77.25")
    assert dialog.total.text() == "7,726.00"
    qtbot.keyClick(dialog.price, Qt.Key.Key_Return)
    assert window.tracker.trade(saved.id).price == Decimal("77.25")
    assert table_rows(window)[0][PRICE] == "77.25"
    window.act_undo.trigger()
    assert window.tracker.trade(saved.id).price == Decimal("75.50")
    assert table_rows(window)[0][PRICE] == "75.50"
    window.act_redo.trigger()
    assert window.tracker.trade(saved.id).price == Decimal("77.25")


def test_delete_asks_then_undo_and_redo(window, qtbot):
    first = window.tracker.add_trade(buy(day=date(2024, 1, 2)))
    window.tracker.add_trade(buy(day=date(2024, 2, 1), quantity="5"))
    window.refresh()
    asked = []
    window.confirm = lambda title, text: asked.append(text) or False
    assert window.trades_view.select_entry(first)
    assert window.act_delete_trade.shortcut() == QKeySequence(QKeySequence.StandardKey.Delete)
    window.act_delete_trade.trigger()
    assert asked and "buy 100 BABA on 2024-01-02" in asked[0]
    assert len(window.tracker.trades()) == 2                 # declined: nothing deleted

    window.confirm = lambda title, text: True
    window.trades_view.table.setFocus()
    qtbot.keyClick(window.trades_view.table, Qt.Key.Key_Delete)
    assert [t.id for t in window.tracker.trades()] != [] and first.id not in [t.id for t in window.tracker.trades()]
    assert len(table_rows(window)) == 1
    window.act_undo.trigger()
    assert first.id in [t.id for t in window.tracker.trades()]
    assert len(table_rows(window)) == 2
    window.act_redo.trigger()
    assert first.id not in [t.id for t in window.tracker.trades()]


def test_a_delete_that_would_break_a_later_sell_is_refused(window):
    first = window.tracker.add_trade(buy(quantity="10", day=date(2024, 1, 2)))
    window.tracker.add_trade(buy(quantity="10", side="sell", day=date(2024, 5, 2), price="90"))
    window.refresh()
    window.trades_view.select_entry(first)
    asked = []
    window.confirm = lambda title, text: asked.append(text) or True
    assert not window.delete_selected()
    assert "exceeds" in window.last_error
    assert asked == []                         # refused at once, not after "Delete …? Undo brings it back"
    assert len(window.tracker.trades()) == 2 and window.undo_stack.count() == 0


def test_realized_pnl_of_a_sell_is_in_the_table(window):
    window.tracker.add_trade(buy(quantity="10", price="100", fee="0", day=date(2024, 1, 2)))
    window.tracker.add_trade(buy(quantity="4", side="sell", price="120", fee="2", day=date(2024, 5, 2)))
    window.refresh()
    rows = {r[2]: r for r in table_rows(window)}
    assert rows["Sell"][REALIZED] == "+78.00"                       # 4 x 120 - 2 - 4 x 100
    assert rows["Buy"][REALIZED] == ""
    assert window.summary.cards["BABA"].figure_text("realized") == "+78.00 USD"


def test_dividend_entry_with_live_net(window, qtbot):
    window.tracker.add_trade(buy(day=date(2023, 6, 1)))
    window.refresh()
    dialog = window.add_dividend()
    dialog.date.setDate(QDate(2024, 1, 11))
    assert dialog.gross.text() == "100"        # proposed: FY2023's US$1.00 per ADS × 100 ADS held
    qtbot.keyClicks(dialog.withholding, "10")
    qtbot.keyClicks(dialog.fee, "0.50")
    assert dialog.net.text() == "89.50 USD"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [div] = window.tracker.dividends()
    assert div.net == Decimal("89.50")
    assert window.summary.cards["BABA"].figure_text("dividends") == "+89.50 USD"
    window.act_undo.trigger()
    assert window.tracker.dividends() == []


def test_dividend_entry_shows_the_facade_reasons(window, qtbot):
    dialog = window.add_dividend()
    dialog.date.setDate(QDate(2024, 1, 11))
    qtbot.keyClicks(dialog.gross, "10")
    qtbot.keyClicks(dialog.withholding, "12")                  # more than the gross
    assert "exceed the gross" in dialog.error_text("withholding")
    assert not dialog.save_button.isEnabled()
    dialog.withholding.selectAll()
    qtbot.keyClicks(dialog.withholding, "1")
    assert dialog.save_button.isEnabled()
    dialog.date.setDate(QDate(2030, 1, 2))                     # after today
    assert dialog.error_text("date") and not dialog.save_button.isEnabled()
    dialog.reject()
    assert window.tracker.dividends() == []


def test_a_conversion_rate_the_wrong_way_round_is_warned_about(window, qtbot):
    """7.8 typed for HK shares -> ADS (where 0.128 HKD -> USD is meant) would carry each ADS at 61
    times its cost: the dialog says so (Save stays on: the rate is the user's to give)."""
    window.tracker.add_trade(buy(symbol="9988.HK", quantity="800", price="70", day=date(2023, 6, 1)))
    window.refresh()
    dialog = window.add_conversion()
    dialog.direction.setCurrentIndex(1)                                   # 9988.HK shares -> BABA ADS
    dialog.date.setDate(QDate(2024, 1, 11))
    qtbot.keyClicks(dialog.quantity, "8")
    assert not dialog.warning.isVisible() or "wrong way round" not in dialog.warning.text()
    dialog.fx_rate.selectAll()
    qtbot.keyClicks(dialog.fx_rate, "7.8")
    assert "wrong way round" in dialog.warning.text() and "0.1282" in dialog.warning.text()
    assert dialog.save_button.isEnabled()
    dialog.reject()


def test_conversion_entry(window, qtbot):
    window.tracker.add_trade(buy(quantity="10", day=date(2023, 6, 1)))
    window.refresh()
    dialog = window.add_conversion()
    dialog.date.setDate(QDate(2024, 1, 11))
    qtbot.keyClicks(dialog.quantity, "4")
    assert dialog.receive.text() == "32 9988.HK units"
    assert dialog.fx_rate.text() == "7.8"
    assert dialog.save_button.isEnabled()
    dialog.quantity.selectAll()
    qtbot.keyClicks(dialog.quantity, "11")                   # more than the 10 held
    assert "exceeds" in dialog.error_text("quantity")
    assert not dialog.save_button.isEnabled()
    dialog.quantity.selectAll()
    qtbot.keyClicks(dialog.quantity, "4")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    held = window.tracker.holdings_on(TODAY)
    assert held["BABA"] == 6 and held["9988.HK"] == 32
    assert set(window.summary.cards) == {"BABA+9988.HK", "BABA", "9988.HK"}   # the combined card too
    window.act_undo.trigger()
    assert window.tracker.conversions() == []
