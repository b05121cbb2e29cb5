"""After a save the two docks refresh once the views it touched have painted: until then each is
greyed out and says it is updating, so a figure from before the save never passes for current."""
from tests.ui.conftest import buy


def test_a_save_marks_the_docks_updating_until_they_show_the_new_holding(window, qtbot, monkeypatch):
    panel = window.buyback_panel
    assert window.panels_current() and panel.isEnabled()
    before = panel.held_label.text()
    refreshes = []
    monkeypatch.setattr(window, "_refresh_next_panel", lambda: refreshes.append(1))   # the docks' turns held back
    window._added(window.tracker.add_trade(buy(quantity="40")))   # what Save does
    # the docks wait their turn, visibly: their titles at once, greyed out soon after
    assert not window.panels_current()
    assert window.buyback_dock.windowTitle() == "Buybacks (updating…)"
    assert window.earnings_dock.windowTitle() == "Earnings (updating…)"
    assert panel.held_label.text() == before                      # not yet re-read
    qtbot.waitUntil(lambda: not panel.isEnabled() and not window.earnings_panel.isEnabled(),
                    timeout=window.GREY_AFTER_MS * 10)
    assert panel.held_label.text() == before
    monkeypatch.undo()
    window._refresh_next_panel()
    qtbot.waitUntil(window.panels_current)
    assert panel.isEnabled() and window.earnings_panel.isEnabled()
    assert window.buyback_dock.windowTitle() == "Buybacks" and window.earnings_dock.windowTitle() == "Earnings"
    assert panel.held_label.text().startswith("40 ADS-equivalents")


def test_docks_that_refresh_before_the_grey_delay_are_not_flashed_grey(window, qtbot):
    window.GREY_AFTER_MS = 1000                # (longer than any refresh of this small file)
    greyed = []
    window.buyback_panel.changeEvent = lambda event: greyed.append(window.buyback_panel.isEnabled())
    window._added(window.tracker.add_trade(buy(quantity="40")))
    qtbot.waitUntil(window.panels_current)
    qtbot.wait(window.GREY_AFTER_MS + 300)     # the delay has run out: nothing was left to grey
    assert window.buyback_panel.isEnabled() and window.earnings_panel.isEnabled()
    assert False not in greyed                 # never disabled on the way


def test_changes_in_quick_succession_leave_no_dock_greyed(window, qtbot):
    for quantity in ("10", "20", "30"):
        window._added(window.tracker.add_trade(buy(quantity=quantity)))
        qtbot.wait(1)
    qtbot.waitUntil(window.panels_current)
    assert window.buyback_panel.isEnabled() and window.earnings_panel.isEnabled()
    assert window.buyback_panel.held_label.text().startswith("60 ADS-equivalents")


def test_once_idle_after_a_save_the_window_has_the_holdings_index_for_a_back_dated_entry(window, qtbot):
    from datetime import date
    t = window.tracker
    for quantity in ("10", "20"):
        window._added(t.add_trade(buy(quantity=quantity)))
    assert t._current_index() is None                    # a save leaves none for the new history
    qtbot.waitUntil(lambda: t._current_index() is not None, timeout=5000)
    built = t._current_index()
    early = buy(day=date(2024, 2, 1), quantity="5", side="sell")
    assert [e.message for e in t.check_trade(early)] == ["sell of 5 BABA on 2024-02-01 exceeds the 0 held then"]
    assert t._current_index() is built                   # answered by the index built while idle


def test_the_garbage_collector_waits_while_a_change_is_shown_and_is_never_left_off(window, qtbot):
    """No cyclic collection walks every object in the middle of a save; once the docks are in,
    collection is on again (saves in quick succession included, and a window closed mid-change)."""
    import gc
    assert gc.isenabled()
    for quantity in ("10", "20", "30"):
        window._added(window.tracker.add_trade(buy(quantity=quantity)))
        assert not gc.isenabled()                  # paused for the refresh of this change
        qtbot.wait(1)
    qtbot.waitUntil(window.panels_current)
    qtbot.waitUntil(gc.isenabled, timeout=2000)
    window._added(window.tracker.add_trade(buy(quantity="5")))
    assert not gc.isenabled()
    window.close()
    assert gc.isenabled()
