"""The transactions table's text filter as a user types it: each keystroke shows exactly the rows
whose cells hold every word, a backspace brings rows back, the selection stays on rows still shown
(and leaves with rows filtered out), and the filter holds through a save, the account filter and a
sort."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt

from tests.ui.conftest import buy, table_rows
from tracker.domain.model import Account
from tracker.ui.trades_view import ACCOUNT, DATE, NOTE, QUANTITY


def with_trades(window):
    t = window.tracker
    ibkr = t.add_account(Account(None, "IBKR"))
    for day, quantity, note, account in ((date(2024, 1, 2), "100", "tower block", 1),
                                         (date(2024, 1, 9), "40", "towing", ibkr.id),
                                         (date(2024, 2, 6), "25", "tow", 1),
                                         (date(2024, 3, 4), "10", "", ibkr.id),
                                         (date(2024, 3, 5), "7", "meadow", 1)):
        t.add_trade(replace(buy(day=day, quantity=quantity, note=note), account_id=account))
    window.refresh()
    return ibkr


def by_hand(rows, text):
    """The rows holding every word of `text` in one of their cells, searched cell by cell."""
    words = text.lower().split()
    return [r for r in rows if all(any(w in c.lower() for c in r) for w in words)]


def test_each_keystroke_shows_the_rows_holding_every_word_and_backspace_widens(window, qtbot):
    with_trades(window)
    view = window.trades_view
    every, shown = table_rows(window), []
    backspace = Qt.Key.Key_Backspace
    for key in ("t", "o", "w", "e", backspace, backspace, backspace, backspace, "o", "w", " ", *"2024-01"):
        qtbot.keyClick(view.search, key)
        rows = table_rows(window)
        assert rows == by_hand(every, view.search.text()), view.search.text()
        shown.append((view.search.text(), [r[NOTE] for r in rows], view.count.text()))
    assert shown[3] == ("towe", ["tower block"], "1 of 5 transactions")
    assert shown[4] == ("tow", ["tow", "towing", "tower block"], "3 of 5 transactions")      # newest first
    assert shown[7] == ("", ["meadow", "", "tow", "towing", "tower block"], "5 transactions")
    assert shown[9] == ("ow", ["meadow", "tow", "towing", "tower block"], "4 of 5 transactions")
    assert shown[-1] == ("ow 2024-01", ["towing", "tower block"], "2 of 5 transactions")
    view.search.clear()
    assert len(table_rows(window)) == 5 and view.count.text() == "5 transactions"


def test_the_selection_stays_on_a_row_still_shown_and_leaves_with_a_row_filtered_out(window, qtbot):
    with_trades(window)
    view = window.trades_view
    towing = next(t for t in window.tracker.trades() if t.note == "towing")
    assert view.select_entry(towing)
    qtbot.keyClicks(view.search, "towi")
    assert view.selected_entries() == [towing] and view.current_entry() == towing
    assert window.act_delete_trade.isEnabled()
    qtbot.keyClicks(view.search, "x")                      # "towix": nothing shown, nothing selected
    assert table_rows(window) == [] and view.selected_entries() == []
    assert not window.act_delete_trade.isEnabled() and not window.act_edit_trade.isEnabled()
    qtbot.keyClick(view.search, Qt.Key.Key_Backspace)
    assert view.selected_entries() == []                   # (as a table does when a row goes)


def test_deleting_the_selected_row_of_a_filtered_table_deletes_that_entry(window, qtbot):
    with_trades(window)
    view = window.trades_view
    qtbot.keyClicks(view.search, "tow")
    view.table.selectRow(1)                                 # the second row shown: "towing"
    assert [e.note for e in view.selected_entries()] == ["towing"]
    assert window.delete_selected()
    assert sorted(t.note for t in window.tracker.trades()) == ["", "meadow", "tow", "tower block"]
    assert [r[NOTE] for r in table_rows(window)] == ["tow", "tower block"] and view.search.text() == "tow"
    assert view.count.text() == "2 of 4 transactions"


def test_the_filter_holds_through_a_save_and_shows_a_new_matching_entry(window, qtbot):
    with_trades(window)
    view = window.trades_view
    qtbot.keyClicks(view.search, "tow")
    assert [r[NOTE] for r in table_rows(window)] == ["tow", "towing", "tower block"]
    window._added(window.tracker.add_trade(buy(day=date(2024, 4, 2), quantity="3", note="towpath")))   # Save
    window._added(window.tracker.add_trade(buy(day=date(2024, 4, 3), quantity="4", note="other")))
    assert view.search.text() == "tow"
    assert [r[NOTE] for r in table_rows(window)] == ["towpath", "tow", "towing", "tower block"]
    assert view.count.text() == "4 of 7 transactions"
    qtbot.keyClick(view.search, Qt.Key.Key_Backspace)      # "to": searched among the new rows too
    assert [r[NOTE] for r in table_rows(window)] == ["towpath", "tow", "towing", "tower block"]
    view.search.clear()
    assert len(table_rows(window)) == 7


def test_the_text_filter_combines_with_the_account_filter_and_the_sort(window, qtbot):
    ibkr = with_trades(window)
    view = window.trades_view
    qtbot.keyClicks(view.search, "tow")
    view.set_account_filter(1)
    assert [(r[ACCOUNT], r[NOTE]) for r in table_rows(window)] == [("Main", "tow"), ("Main", "tower block")]
    view.table.sortByColumn(QUANTITY, Qt.SortOrder.AscendingOrder)
    assert [r[QUANTITY] for r in table_rows(window)] == ["25", "100"]
    view.set_account_filter(ibkr.id)
    assert [r[NOTE] for r in table_rows(window)] == ["towing"]
    view.set_account_filter(None)                          # the sort and the text stay
    assert [r[QUANTITY] for r in table_rows(window)] == ["25", "40", "100"]
    assert view.count.text() == "3 of 5 transactions"
    for _ in range(3):
        qtbot.keyClick(view.search, Qt.Key.Key_Backspace)
    assert [r[QUANTITY] for r in table_rows(window)] == ["7", "10", "25", "40", "100"]
    view.table.sortByColumn(DATE, Qt.SortOrder.AscendingOrder)
    assert [r[QUANTITY] for r in table_rows(window)] == ["100", "40", "25", "10", "7"]
    qtbot.keyClicks(view.search, "tow")                    # oldest first, as sorted
    assert [r[NOTE] for r in table_rows(window)] == ["tower block", "towing", "tow"]


def test_the_filter_texts_are_built_while_the_window_is_idle(window, qtbot):
    with_trades(window)
    model = window.trades_view.model
    assert not model.filter_ready()                        # not on the refresh's time
    qtbot.waitUntil(model.filter_ready, timeout=5000)
    window.trades_view.search.setFocus()
    qtbot.keyClicks(window.trades_view.search, "tower")
    assert [r[NOTE] for r in table_rows(window)] == ["tower block"]
