"""The keyboard as a user drives it: typing and pasting dates, where a dialog opens, Tab through
forms and out of tables, the shortcuts, the menus' mnemonics, and what undo and redo report."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from tests.shared_data import shared_file
from tests.ui.conftest import buy

CTRL = Qt.KeyboardModifier.ControlModifier


def opened(qtbot, dialog):
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_ctrl_a_then_a_whole_date_gives_that_date(window, qtbot):
    dialog = opened(qtbot, window.new_trade())
    qtbot.keyClicks(dialog.quantity, "10")
    qtbot.keyClicks(dialog.price, "80")
    dialog.date.setFocus()
    qtbot.keyClick(dialog.date, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(dialog.date, "2019-06-03")
    assert dialog.date.date() == QDate(2019, 6, 3)          # not 2026-06-03
    assert dialog.save_button.isEnabled()
    qtbot.keyClick(dialog.date, Qt.Key.Key_A, CTRL)          # and again, without separators
    qtbot.keyClicks(dialog.date, "20200702")
    assert dialog.date.date() == QDate(2020, 7, 2)


def test_a_pasted_date_replaces_the_whole_date(window, qtbot):
    dialog = opened(qtbot, window.new_trade())
    dialog.date.setFocus()
    for pasted, expected in (("2019-06-03", QDate(2019, 6, 3)), (" 2021/1/4 \n", QDate(2021, 1, 4)),
                             ("03/14/2024", QDate(2024, 3, 14))):
        QApplication.clipboard().setText(pasted)
        qtbot.keyClick(dialog.date, Qt.Key.Key_V, CTRL)
        assert dialog.date.date() == expected
    QApplication.clipboard().setText("not a date")
    qtbot.keyClick(dialog.date, Qt.Key.Key_V, CTRL)
    assert dialog.date.date() == QDate(2024, 3, 14)          # left as it was


def test_the_new_trade_dialog_opens_on_the_quantity_and_digits_never_change_the_listing(window, qtbot):
    dialog = opened(qtbot, window.new_trade())
    qtbot.keyClicks(dialog.focusWidget(), "9")               # what a user types first: a number
    assert dialog.quantity.text() == "9"
    dialog.symbol.setFocus()
    qtbot.keyClicks(dialog.symbol, "9988")                   # a digit on the listing does nothing
    assert dialog.symbol.currentData() == "BABA"
    qtbot.keyClick(dialog.symbol, Qt.Key.Key_Down)           # the arrow keys still pick
    assert dialog.symbol.currentData() == "9988.HK"


def _tab_walk(qtbot, dialog, start: QWidget, steps: int) -> list[QWidget]:
    start.setFocus(Qt.FocusReason.TabFocusReason)
    seen = [dialog.focusWidget()]
    for _ in range(steps):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        seen.append(dialog.focusWidget())
    return seen


@pytest.mark.parametrize("opener", ["new_trade", "add_dividend", "add_fee", "add_conversion", "add_transfer"])
def test_tab_walks_each_entry_form_from_top_to_bottom(window, qtbot, opener):
    dialog = opened(qtbot, getattr(window, opener)())
    fields = [r.editor for r in dialog.rows.values()       # the shown, enabled ones (one account: no picker)
              if r.editor.isVisibleTo(dialog) and r.editor.isEnabled()
              and r.editor.focusPolicy() & Qt.FocusPolicy.TabFocus]
    walked = _tab_walk(qtbot, dialog, fields[0], len(fields) - 1)
    assert [w.objectName() for w in walked] == [f.objectName() for f in fields]
    dialog.reject()


def test_tab_leaves_the_earnings_table_in_one_step(window, qtbot):
    table = window.earnings_panel.table
    assert table.rowCount() > 3 and table.columnCount() > 3
    window.earnings_dock.raise_()
    table.setFocus()
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table


def test_ctrl_t_puts_the_keyboard_on_the_transactions_table(window, qtbot):
    window.tracker.add_trade(buy())
    window.refresh()
    window.listing.setFocus()
    qtbot.keyClick(window.listing, Qt.Key.Key_T, CTRL)
    table = window.trades_view.table
    assert QApplication.focusWidget() is table
    assert table.currentIndex().isValid()                    # on a row: Enter or F2 edits it


def test_ctrl_y_and_ctrl_shift_z_redo_and_the_status_bar_says_what_moved(window, qtbot):
    dialog = opened(qtbot, window.new_trade())
    qtbot.keyClicks(dialog.quantity, "10")
    qtbot.keyClicks(dialog.price, "80")
    qtbot.keyClick(dialog.price, Qt.Key.Key_Return)
    assert len(window.tracker.trades()) == 1
    window.activateWindow()                                     # the dialog has closed
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    focus = window.trades_view.table
    focus.setFocus()
    qtbot.keyClick(focus, Qt.Key.Key_Z, CTRL)
    assert window.tracker.trades() == []
    assert window.statusBar().currentMessage().startswith("Undone: add ")
    assert "BABA" in window.statusBar().currentMessage()
    qtbot.keyClick(focus, Qt.Key.Key_Y, CTRL)
    assert len(window.tracker.trades()) == 1
    assert window.statusBar().currentMessage().startswith("Redone: add ")
    qtbot.keyClick(focus, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(focus, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert len(window.tracker.trades()) == 1


def _mnemonic(text: str) -> str | None:
    i = text.replace("&&", "").find("&")
    return text.replace("&&", "")[i + 1].lower() if i >= 0 else None


def test_every_menu_item_has_its_own_mnemonic(window):
    def walk(actions, where):
        items = [a for a in actions if not a.isSeparator() and a.isVisible()]
        letters = [(_mnemonic(a.text()), a.text()) for a in items]
        # every command has its letter; a choice among exclusive options (a language by its own name)
        # and a disabled note need none, but a letter given is never given twice
        missing = [a.text() for a in items if _mnemonic(a.text()) is None and a.isEnabled()
                   and not (a.isCheckable() and a.actionGroup() is not None)]
        assert not missing, f"{where}: no mnemonic on {missing}"
        taken = [letter for letter, _ in letters if letter is not None]
        clashes = sorted({t for letter, t in letters if letter is not None and taken.count(letter) > 1})
        assert not clashes, f"{where}: the same mnemonic on {clashes}"
        for a in items:
            if a.menu() is not None:
                walk(a.menu().actions(), f"{where} ▸ {a.text()}")
    walk(window.menuBar().actions(), "menu bar")
    assert len([m for m in window.menuBar().findChildren(QMenu)]) >= 5


def test_the_edit_dialog_counts_what_was_held_without_the_entry_being_edited(window, qtbot):
    window.tracker.add_trade(buy(quantity="100", day=date(2024, 3, 1)))
    second = window.tracker.add_trade(buy(quantity="30", day=date(2024, 3, 4)))
    window.refresh()
    dialog = window.edit_trade(second)
    assert "before this entry: 100 BABA" in dialog.hint.text()       # not 130
    dialog.reject()
    dialog = window.new_trade()
    dialog.date.setDate(QDate(2024, 3, 4))
    assert "before this entry: 130 BABA" in dialog.hint.text()       # a new entry: both count
    dialog.reject()


def test_the_default_date_is_the_listings_last_session_never_a_holiday(make_window):
    window = make_window(today=date(2026, 11, 27))       # the day after Thanksgiving (NYSE shut)
    dialog = window.new_trade()
    assert dialog.date.date() == QDate(2026, 11, 25)     # BABA: Wednesday
    dialog.symbol.setCurrentIndex(dialog.symbol.findData("9988.HK"))
    assert dialog.date.date() == QDate(2026, 11, 26)     # Hong Kong traded on Thursday
    dialog.reject()
    window.close()
    window = make_window(today=date(2026, 2, 20))        # after the Lunar New Year holidays
    window.listing.setCurrentIndex(window.listing.findData("9988.HK"))
    dialog = window.new_trade()
    assert dialog.date.date() == QDate(2026, 2, 16)      # HKEX shut 17-19 February
    dialog.reject()


def test_the_default_date_is_today_once_the_exchange_has_opened(make_window):
    """A trade typed on the evening it was made is of that day's session, not the one before."""
    from datetime import datetime, timezone
    window = make_window()
    window.tracker._now = lambda: datetime(2026, 12, 2, 1, 36, tzinfo=timezone.utc)   # 20:36 in New York
    dialog = window.new_trade()
    assert dialog.date.date() == QDate(2026, 12, 1)      # BABA: Tuesday's session, closed at 16:00
    dialog.symbol.setCurrentIndex(dialog.symbol.findData("9988.HK"))
    assert dialog.date.date() == QDate(2026, 12, 2)      # 09:36 in Hong Kong: open since 09:30
    dialog.reject()
    window.tracker._now = lambda: datetime(2026, 12, 1, 13, 0, tzinfo=timezone.utc)   # 08:00 in New York
    dialog = window.new_trade()
    assert dialog.date.date() == QDate(2026, 11, 30)     # before the open: Monday's session
    dialog.reject()


def test_soft_warnings_leave_save_on(window, qtbot):
    window.tracker.import_prices(shared_file("prices_BABA_daily.csv"), "BABA")
    window.refresh(prices=True)
    dialog = opened(qtbot, window.new_trade())
    dialog.date.setDate(QDate(2024, 3, 1))                      # low 74.37, high 75.09
    qtbot.keyClicks(dialog.quantity, "10")
    qtbot.keyClicks(dialog.price, "74.50")
    assert not dialog.warning.isVisible() and dialog.save_button.isEnabled()
    dialog.price.clear()
    qtbot.keyClicks(dialog.price, "80")
    assert dialog.warning.isVisible() and dialog.save_button.isEnabled()
    assert "outside BABA's range on 2024-03-01" in dialog.warning.text()
    assert "74.37" in dialog.warning.text() and "75.09" in dialog.warning.text()
    dialog.date.setDate(QDate(2024, 3, 2))                      # a Saturday
    assert "NYSE did not trade on 2024-03-02 (a weekend)" in dialog.warning.text()
    assert "far from" not in dialog.warning.text()               # 80 against Friday's close: near
    dialog.price.clear()
    qtbot.keyClicks(dialog.price, "800")                        # a digit too many, on a day without a bar
    assert "800.00 USD is far from BABA's close of 74.62 USD on 2024-03-01" in dialog.warning.text()
    assert dialog.save_button.isEnabled()
    dialog.price.clear()
    qtbot.keyClicks(dialog.price, "80")
    dialog.date.setDate(QDate(2024, 3, 29))                     # Good Friday
    assert "(a holiday)" in dialog.warning.text() and dialog.save_button.isEnabled()

    dialog.symbol.setCurrentIndex(dialog.symbol.findData("9988.HK"))
    dialog.date.setDate(QDate(2024, 3, 28))
    dialog.quantity.clear()
    qtbot.keyClicks(dialog.quantity, "150")
    assert "board lots of 100 shares: 150" in dialog.warning.text() and dialog.save_button.isEnabled()
    dialog.quantity.clear()
    qtbot.keyClicks(dialog.quantity, "200")
    assert "board lot" not in dialog.warning.text()
    dialog.fee.clear()
    qtbot.keyClicks(dialog.fee, "2500")                         # cents typed as dollars, on HK$14,000-odd
    assert "The fee of 2,500" in dialog.warning.text() and "is the fee right?" in dialog.warning.text()
    assert dialog.save_button.isEnabled()
    dialog.fee.clear()
    qtbot.keyClicks(dialog.fee, "25")
    assert "fee" not in dialog.warning.text()
    dialog.reject()


def test_a_fractional_ads_conversion_is_warned_about_not_refused(window, qtbot):
    window.tracker.add_trade(buy(symbol="9988.HK", quantity="100", price="80", day=date(2024, 3, 1)))
    window.refresh()
    dialog = opened(qtbot, window.add_conversion())
    dialog.direction.setCurrentIndex(1)                         # 9988.HK shares -> BABA ADS
    dialog.date.setDate(QDate(2024, 3, 4))
    qtbot.keyClicks(dialog.quantity, "12")
    assert "12 9988.HK units make 1.5 ADS" in dialog.warning.text()
    assert dialog.save_button.isEnabled()
    dialog.quantity.clear()
    qtbot.keyClicks(dialog.quantity, "16")
    assert not dialog.warning.isVisible()
    dialog.reject()
