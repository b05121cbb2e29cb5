"""Accounts in the window: the account filter (table, cards and chart), the Account field of the
entry dialogs, and transfers between accounts as one undo step each."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialog

from tests.shared_data import shared_file
from tests.ui.conftest import buy, table_rows
from tracker.domain.model import Account, Transfer
from tracker.ui.trades_view import ACCOUNT, NOTE, QUANTITY, TYPE


def with_two_accounts(window):
    """Main buys 100 BABA on 2024-01-02; IBKR buys 40 on 2024-02-06."""
    t = window.tracker
    t.import_prices(shared_file("prices_BABA_daily.csv"), "BABA")
    ibkr = t.add_account(Account(None, "IBKR", "Interactive Brokers"))
    t.add_trade(buy(quantity="100", day=date(2024, 1, 2), price="72.00"))
    from dataclasses import replace
    t.add_trade(replace(buy(quantity="40", day=date(2024, 2, 6), price="70.10"), account_id=ibkr.id))
    window.refresh(prices=True)
    return ibkr


def test_one_account_shows_no_account_filter_column_or_field(window, qtbot):
    window.tracker.add_trade(buy())
    window.refresh()
    view = window.trades_view
    assert not view.account.isVisible() and view.table.isColumnHidden(ACCOUNT)
    assert not window.act_transfer.isEnabled()            # nowhere to move units to
    dialog = window.new_trade()
    assert dialog.account.isHidden() and dialog.account.currentData() == 1
    dialog.reject()


def test_the_account_filter_narrows_the_table_and_the_cards(window, qtbot):
    ibkr = with_two_accounts(window)
    view = window.trades_view
    assert view.account.isVisible() and not view.table.isColumnHidden(ACCOUNT)
    assert [r[ACCOUNT] for r in table_rows(window)] == ["IBKR", "Main"]
    assert window.summary.cards["BABA"].figure_text("shares") == "140"
    view.set_account_filter(ibkr.id)
    assert [r[QUANTITY] for r in table_rows(window)] == ["40"]
    assert view.count.text() == "1 of 2 transactions"
    assert window.summary.cards["BABA"].figure_text("shares") == "40"
    assert window.summary.cards["BABA"].figure_text("average_cost") == "70.125 USD"   # (40 x 70.10 + 1) / 40
    assert [trade for trade, _ in window._trade_markers.values()] == window.tracker.trades()[1:]   # the chart follows
    view.set_account_filter(None)
    assert window.summary.cards["BABA"].figure_text("shares") == "140"


def test_a_new_trade_goes_to_the_account_the_window_shows(window, qtbot):
    ibkr = with_two_accounts(window)
    window.trades_view.set_account_filter(ibkr.id)
    dialog = window.new_trade()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert not dialog.account.isHidden() and dialog.account.currentData() == ibkr.id
    dialog.side.setCurrentIndex(dialog.side.findData("sell"))
    dialog.date.setDate(QDate(2024, 3, 1))
    qtbot.keyClicks(dialog.quantity, "50")
    qtbot.keyClicks(dialog.price, "75")
    # IBKR holds 40: the sell is refused by IBKR's own holding, though 140 are held in all
    assert "exceeds the 40 held then in IBKR" in dialog.error_text("quantity")
    assert not dialog.save_button.isEnabled()
    dialog.account.setCurrentIndex(dialog.account.findData(1))
    assert dialog.error_text("quantity") == "" and dialog.save_button.isEnabled()
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert window.tracker.trades()[-1].account_id == 1


def test_a_transfer_from_its_dialog_is_listed_refused_when_too_large_and_undone_in_one_step(window, qtbot):
    ibkr = with_two_accounts(window)
    dialog = window.add_transfer()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert (dialog.from_account.currentData(), dialog.to_account.currentData()) == (1, ibkr.id)
    dialog.date.setDate(QDate(2024, 3, 4))
    qtbot.keyClicks(dialog.quantity, "150")
    assert dialog.error_text("quantity") == "transfer of 150 BABA on 2024-03-04 exceeds the 100 held then in Main"
    dialog.quantity.clear()
    qtbot.keyClicks(dialog.quantity, "60")
    qtbot.keyClicks(dialog.fee, "25")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    [row] = [r for r in table_rows(window) if r[TYPE] == "Transfer"]
    assert row[ACCOUNT] == "Main → IBKR" and row[NOTE] == "60 BABA Main → IBKR"
    window.trades_view.set_account_filter(ibkr.id)
    assert window.summary.cards["BABA"].figure_text("shares") == "100"    # its 40 and the 60 moved
    window.trades_view.set_account_filter(None)
    assert window.summary.cards["BABA"].figure_text("shares") == "140"    # no unit left the stake
    assert "add transfer of 60 BABA" in window.act_undo.text()
    window.act_undo.trigger()
    assert window.tracker.transfers() == []
    window.act_redo.trigger()
    assert [x.quantity for x in window.tracker.transfers()] == [Decimal(60)]


def test_deleting_a_transfer_a_later_sell_needs_is_refused_with_its_reason(window, qtbot):
    ibkr = with_two_accounts(window)
    t = window.tracker
    t.add_transfer(Transfer(date(2024, 3, 4), "BABA", Decimal(60), 1, ibkr.id))
    from dataclasses import replace
    t.add_trade(replace(buy(side="sell", quantity="90", day=date(2024, 3, 6)), account_id=ibkr.id))
    window.refresh()
    entry = next(e for e in (window.trades_view.model.entry_at(r) for r in range(window.trades_view.model.rowCount()))
                 if isinstance(e, Transfer))
    assert window.trades_view.select_entry(entry)
    assert not window.delete_selected()
    assert "sell of 90 BABA on 2024-03-06 exceeds the 40 held then in IBKR" in window.last_error
    assert len(t.transfers()) == 1


def test_the_dividend_dialog_proposes_what_the_chosen_account_held(window, qtbot):
    from dataclasses import replace
    t = window.tracker
    ibkr = t.add_account(Account(None, "IBKR"))
    t.add_trade(buy(quantity="100", day=date(2023, 6, 1)))
    t.add_trade(replace(buy(quantity="40", day=date(2023, 6, 1)), account_id=ibkr.id))
    window.refresh()
    window.trades_view.set_account_filter(ibkr.id)
    dialog = window.add_dividend()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.date.setDate(QDate(2024, 1, 11))                 # Alibaba's first annual dividend, 1 USD per ADS
    assert dialog.account.currentData() == ibkr.id and dialog.proposal.units == 40
    dialog.account.setCurrentIndex(dialog.account.findData(1))
    assert dialog.proposal.units == 100 and Decimal(dialog.gross.text()) == 100 * dialog.proposal.payout.per_unit_usd
    dialog.reject()


def with_a_sell_in_each_account(window):
    """`with_two_accounts`, then Main sells 10 and IBKR 5 on 2024-03-06."""
    from dataclasses import replace
    ibkr = with_two_accounts(window)
    t = window.tracker
    t.add_trade(buy(side="sell", quantity="10", day=date(2024, 3, 6), price="80.00"))
    t.add_trade(replace(buy(side="sell", quantity="5", day=date(2024, 3, 6), price="80.00"), account_id=ibkr.id))
    window.refresh()
    return ibkr


def test_realized_gains_follow_the_account_filter(window, qtbot):
    ibkr = with_a_sell_in_each_account(window)
    dialog = window.show_gains()
    assert sorted(lot.account_id for y in dialog.all_years for lot in y.lots) == [1, ibkr.id]
    window.trades_view.set_account_filter(ibkr.id)
    assert [(lot.account_id, lot.quantity) for y in dialog.all_years for lot in y.lots] == [(ibkr.id, 5)]
    assert "IBKR" in dialog.method_label.text()


def test_a_new_account_from_the_edit_menu_brings_the_filter(window):
    window.tracker.add_trade(buy())
    window.refresh()
    assert not window.trades_view.account.isVisible()
    assert window.new_account("IBKR").name == "IBKR"
    assert window.trades_view.account.isVisible() and window.act_transfer.isEnabled()
    assert window.new_account("ibkr") is None and "already exists" in window.last_error


def test_a_transfer_is_edited_from_the_table_as_one_undo_step(window, qtbot):
    ibkr = with_two_accounts(window)
    moved = window.tracker.add_transfer(Transfer(date(2024, 3, 4), "BABA", Decimal(60), 1, ibkr.id))
    window.refresh()
    dialog = window.edit_entry(moved)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert dialog.windowTitle() == "Edit transfer" and dialog.quantity.text() == "60"
    dialog.quantity.clear()
    qtbot.keyClicks(dialog.quantity, "70")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    assert [x.quantity for x in window.tracker.transfers()] == [Decimal(70)]
    assert "edit transfer of 60 BABA" in window.act_undo.text()
    window.act_undo.trigger()
    assert [x.quantity for x in window.tracker.transfers()] == [Decimal(60)]


def test_the_transfer_edit_dialog_counts_what_was_held_without_the_transfer_being_edited(window, qtbot):
    ibkr = with_two_accounts(window)
    moved = window.tracker.add_transfer(Transfer(date(2024, 3, 4), "BABA", Decimal(60), 1, ibkr.id))
    window.refresh()
    dialog = window.edit_entry(moved)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert "Held in Main on 2024-03-04 before this entry: 100 BABA" in dialog.hint.text()    # not 40
    dialog.reject()
    dialog = window.add_transfer()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.date.setDate(QDate(2024, 3, 4))
    assert "before this entry: 40 BABA" in dialog.hint.text()       # a new transfer: the first counts


def account_filter_names(window) -> list[str]:
    combo = window.trades_view.account
    return [combo.itemText(i) for i in range(1, combo.count())]


def select_account(dialog, name):
    dialog.table.selectRow([a.name for a in dialog.tracker.accounts()].index(name))
    return dialog.selected()


def test_an_account_is_renamed_from_edit_accounts_as_one_undo_step(window, qtbot):
    ibkr = with_two_accounts(window)
    dialog = window.show_accounts()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())] == ["Main", "IBKR"]
    assert dialog.table.item(1, 1).text() == "Interactive Brokers"
    select_account(dialog, "IBKR")
    assert dialog.rename_selected("Interactive").id == ibkr.id
    assert dialog.table.item(1, 0).text() == "Interactive"
    assert account_filter_names(window) == ["Main", "Interactive"]
    assert [r[ACCOUNT] for r in table_rows(window)] == ["Interactive", "Main"]
    # a name another account has (whatever its case) is refused, and nothing enters the stack
    assert dialog.rename_selected("main") is None
    assert window.last_error == "name: an account named 'Main' already exists"
    dialog.reject()
    assert window.act_undo.text() == "&Undo rename account IBKR"
    window.act_undo.trigger()
    assert account_filter_names(window) == ["Main", "IBKR"] and window.tracker.account(ibkr.id).name == "IBKR"
    window.act_redo.trigger()
    assert account_filter_names(window) == ["Main", "Interactive"]


def test_only_an_empty_account_can_be_deleted_and_undo_puts_it_back(window, qtbot):
    with_two_accounts(window)
    dialog = window.show_accounts()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    select_account(dialog, "Main")
    assert not dialog.delete_button.isEnabled()
    assert dialog.why_not.text() == ("Cannot delete: Main is the account every activity without one "
                                     "belongs to; rename it instead")
    select_account(dialog, "IBKR")
    assert not dialog.delete_button.isEnabled()
    assert dialog.why_not.text() == "Cannot delete: IBKR still holds activities; delete or move them first"
    futu = window.new_account("Futu")
    dialog.reload(select=futu.id)
    assert dialog.selected() == futu and dialog.delete_button.isEnabled() and dialog.why_not.text() == ""
    window.trades_view.set_account_filter(futu.id)
    assert dialog.delete_selected()
    assert [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())] == ["Main", "IBKR"]
    assert account_filter_names(window) == ["Main", "IBKR"] and window.account_filter is None
    dialog.reject()
    window.act_undo.trigger()                     # the delete: Futu is back with its id
    assert [(a.id, a.name) for a in window.tracker.accounts()][-1] == (futu.id, "Futu")
    window.act_undo.trigger()                     # the add
    assert account_filter_names(window) == ["Main", "IBKR"]
    window.act_redo.trigger()
    assert window.tracker.account(futu.id).name == "Futu"


def test_realized_gains_name_each_lot_s_account_when_there_are_several(window, qtbot):
    from tracker.ui.gains_view import ACCOUNT_COLUMN
    with_a_sell_in_each_account(window)
    dialog = window.show_gains()
    model = dialog.model
    assert model.headerData(ACCOUNT_COLUMN, Qt.Orientation.Horizontal) == "Account"
    assert not dialog.table.isColumnHidden(ACCOUNT_COLUMN)
    assert sorted(model.index(r, ACCOUNT_COLUMN).data() for r in range(model.rowCount())) == ["IBKR", "Main"]


def test_realized_gains_of_a_one_account_database_show_no_account_column(window, qtbot):
    from tracker.ui.gains_view import ACCOUNT_COLUMN
    window.tracker.add_trade(buy())
    window.tracker.add_trade(buy(side="sell", quantity="10", day=date(2024, 3, 6), price="80.00"))
    window.refresh()
    assert window.show_gains().table.isColumnHidden(ACCOUNT_COLUMN)


def test_an_ampersand_in_an_account_name_is_shown_in_the_undo_item_not_taken_as_its_shortcut(window):
    window.new_account("Smith & Co")
    assert window.act_undo.text() == "&Undo add account Smith && Co"
