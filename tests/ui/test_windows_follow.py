"""Two windows on one database (separate connections in one process): the second is read-only,
says why, and follows the first's saves within two seconds; the window refreshes from Changes."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.ui.conftest import buy, table_rows


@pytest.fixture
def two_windows(make_window):
    first = make_window()
    second = make_window()
    return first, second


def test_the_second_window_is_read_only_with_a_notice_and_cannot_change_anything(two_windows):
    first, second = two_windows
    assert not first.tracker.read_only and second.tracker.read_only
    assert "Read-only" in second.read_only_notice.text and "Tracker window" in second.read_only_notice.text
    assert first.read_only_notice.text == ""
    assert not second.act_new_trade.isEnabled() and not second.act_import_prices.isEnabled()
    from tracker.errors import TrackerError
    with pytest.raises(TrackerError, match="read-only"):
        second.tracker.add_trade(buy())


def test_the_read_only_window_shows_the_writers_save_within_two_seconds(qtbot, two_windows):
    first, second = two_windows
    first._save_new_trade(buy(day=date(2019, 6, 3), quantity="100"))
    qtbot.waitUntil(lambda: len(table_rows(second)) == 1, timeout=2000)
    assert second.summary.cards["BABA"].figure_text("shares") == "100"


def test_an_outside_change_keeps_the_users_selection(qtbot, two_windows):
    first, second = two_windows
    for n in range(1, 4):
        first._save_new_trade(buy(day=date(2024, 3, n), quantity=str(n)))
    qtbot.waitUntil(lambda: len(table_rows(second)) == 3, timeout=2000)
    picked = second.tracker.trades()[1]
    second.trades_view.select_entry(picked)
    first._save_new_trade(buy(day=date(2024, 3, 5), quantity="9"))
    qtbot.waitUntil(lambda: len(table_rows(second)) == 4, timeout=2000)
    assert second.trades_view.selected_entries() == [picked]


def test_the_read_only_window_takes_over_once_the_writer_closes(qtbot, two_windows):
    first, second = two_windows
    first.close()
    qtbot.waitUntil(lambda: not second.tracker.read_only, timeout=3000)
    assert second.read_only_notice.text == "" and second.act_new_trade.isEnabled()
    second._save_new_trade(buy())
    assert len(second.tracker.trades()) == 1


def test_a_dividend_save_refreshes_the_table_but_does_not_reload_the_chart_bars(window, monkeypatch):
    from tracker.domain.model import Dividend
    from decimal import Decimal
    window._save_new_trade(buy())
    loaded = []
    monkeypatch.setattr(window.tracker, "bars", lambda *a, **k: loaded.append(a) or pytest.fail("bars reloaded"))
    window._added(window.tracker.add_dividend(Dividend("BABA", date(2024, 3, 5), Decimal("10"))))
    window._after_change()
    assert any("Dividend" in row for row in table_rows(window)) and loaded == []


def test_prices_of_the_other_listing_do_not_reload_the_charts_bars(window, monkeypatch, tmp_path):
    assert window.chart_symbol == "BABA"
    csv = tmp_path / "hk.csv"
    csv.write_text("Date,Open,High,Low,Close,Adj Close,Volume\n2024-03-01,70,71,69,70.5,70.5,100\n")
    reloaded = []
    real = window.tracker.bars
    monkeypatch.setattr(window.tracker, "bars", lambda s, *a, **k: reloaded.append(s) or real(s, *a, **k))
    window.tracker.import_prices(csv, "9988.HK")
    changes = window.check_outside_changes()
    assert changes.prices == {"9988.HK"} and not changes.activities
    assert reloaded == []
    assert "9988.HK prices through 2024-03-01" in window.status_prices.text()


def test_the_watcher_reports_what_another_connection_committed(tracker, db_path):
    from tracker.store.db import connect
    assert not tracker.poll()
    other = connect(db_path)
    other.execute("INSERT INTO trades (symbol, side, trade_date, quantity, price, currency) "
                  "VALUES ('9988.HK', 'buy', '2024-03-01', '100', '70', 'HKD')")
    other.close()
    changes = tracker.poll()
    assert changes.activities == {"9988.HK"} and not changes.prices and not changes.reference
    assert [t.quantity for t in tracker.trades("9988.HK")] == [100]      # no stale cache
    assert not tracker.poll()


def test_opening_a_database_with_an_impossible_history_shows_it_and_can_select_it(make_window, db_path):
    from tracker.app.tracker import Tracker
    from tracker.store.db import connect
    with Tracker(db_path) as t:
        t.add_trade(buy(day=date(2019, 7, 1), quantity="10", price="160"))
    other = connect(db_path)
    other.execute("INSERT INTO trades (symbol, side, trade_date, quantity, price, fee, currency) "
                  "VALUES ('BABA', 'sell', '2020-01-02', '100', '200', '0', 'USD')")
    other.close()
    window = make_window()
    assert "1 impossible entry" in window.history_notice.text
    assert "sell of 100 BABA on 2020-01-02 exceeds the 10 held then" in window.history_notice.text
    window.history_notice.buttons["Show"].click()
    assert [e.side for e in window.trades_view.selected_entries()] == ["sell"]
    window.delete_selected()
    assert window.history_notice.text == ""


def test_the_read_only_window_says_so_in_its_title_and_refuses_to_start_a_change(two_windows):
    first, second = two_windows
    assert "(read-only)" in second.windowTitle() and "(read-only)" not in first.windowTitle()
    assert second.new_trade() is None and second.import_prices() is None
    assert "Read-only" in second.statusBar().currentMessage()


def test_exports_never_write_onto_the_database(window, db_path):
    window._save_new_trade(buy())
    for target in (db_path, f"{db_path}-wal", db_path.parent):
        assert window.export_trades(target) is None
        assert "database itself" in window.last_error or "folder" in window.last_error
    window.finish_startup()
    assert window.earnings_panel.export_ics(path=str(db_path)) is None
    assert len(window.tracker.trades()) == 1
    from tests.safety.support import trades_in
    assert len(trades_in(db_path)) == 1            # the file is still the database, whole


def test_the_database_own_files_are_never_opened_as_an_import_or_a_backup(window, db_path):
    """Reading x.db or x.db-shm to preview it would close a descriptor of the live file, and so
    drop this process's SQLite locks: they are refused by name, before anything opens them."""
    from tracker.errors import TrackerError
    window._save_new_trade(buy())
    lock_file = db_path.with_name(db_path.name + ".lock")
    for own in (db_path, f"{db_path}-wal", f"{db_path}-shm", lock_file):
        with pytest.raises(TrackerError, match="this database's own file"):
            window.tracker.read_import_file(own)
        with pytest.raises(TrackerError, match="own file"):
            window.tracker.import_prices(own, "BABA")
        assert window.restore_from(Path(own)) is False
    with pytest.raises(TrackerError, match="the database itself"):
        window.tracker.backup(lock_file)
    assert window.export_trades(lock_file) is None


def test_a_refused_undo_says_why_in_words_clears_the_history_and_the_window_lives_on(qtbot, window, db_path):
    from tracker.store.db import connect
    window._save_new_trade(buy(quantity="100"))
    saved = window.tracker.trades()[0]
    other = connect(db_path)                       # another program, past the lock
    other.execute("UPDATE trades SET quantity = '4' WHERE id = ?", [saved.id])
    other.close()
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: window.last_error is not None, timeout=2000)
    assert "was changed elsewhere since (it now reads buy 4 BABA at 75.5 on 2024-03-01)" in window.last_error
    assert "Trade(" not in window.last_error
    assert window.undo_stack.count() == 0
    assert [t.quantity for t in window.tracker.trades()] == [4]   # nothing was undone
    window._save_new_trade(buy(quantity="1"))       # and the window still works
    assert len(window.tracker.trades()) == 2


def test_the_read_only_windows_panels_offer_no_change(two_windows):
    first, second = two_windows
    panel = second.earnings_panel
    assert not panel.add_button.isEnabled() and not panel.card.remind.isEnabled()
    assert not second.buyback_panel.save_button.isEnabled()
    assert first.earnings_panel.add_button.isEnabled() and first.buyback_panel.save_button.isEnabled()
    panel.card.remind.setChecked(not panel.card.remind.isChecked())      # forced: still no traceback
    assert "read-only" in panel.status.text()
    assert panel.card.remind.isChecked() == (second.tracker.earnings.reminder_days() is not None)


def test_once_the_writer_closes_the_read_only_windows_panels_offer_changes_again(two_windows, qtbot):
    first, second = two_windows
    first.close()
    qtbot.waitUntil(lambda: not second.tracker.read_only, timeout=3000)     # the watcher's tick
    qtbot.waitUntil(second.panels_current, timeout=3000)                     # (greyed while they refresh)
    panel = second.earnings_panel
    assert panel.add_button.isEnabled() and panel.card.remind.isEnabled() and panel.card.confirm.isEnabled()
    assert second.buyback_panel.save_button.isEnabled() and second.act_new_trade.isEnabled()
    panel.card.remind.setChecked(not panel.card.remind.isChecked())          # and a change goes through
    assert "read-only" not in panel.status.text()


def test_a_status_message_gets_the_whole_status_bar(window):
    window.statusBar().showMessage("Backed up to /a/rather/long/folder/name/tracker.db.20261201-000000.manual.db")
    assert not window.status_prices.isVisible() and not window.status_offline.isVisible()
    window.statusBar().clearMessage()
    assert window.status_prices.isVisible() and window.status_offline.isVisible()


def test_rows_another_program_wrote_that_cannot_be_used_are_shown_in_the_window(make_window, db_path):
    from tracker.app.tracker import Tracker
    from tracker.store.db import connect
    with Tracker(db_path, create=True) as t:
        t.add_trade(buy(quantity="10"))
    other = connect(db_path)
    other.execute("INSERT INTO trades (symbol, side, trade_date, quantity, price, fee, currency) "
                  "VALUES ('BABA', 'buy', '2025-06-01', 'abc', '120', '0', 'USD')")
    other.close()
    window = make_window()
    assert "1 stored row cannot be read" in window.damaged_notice.text
    assert "quantity 'abc' is not a number" in window.damaged_notice.text
    assert window.summary.cards["BABA"].figure_text("shares") == "10"
