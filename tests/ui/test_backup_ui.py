"""File ▸ Back up now… and File ▸ Restore from backup…, and the backups offered for a database the
window cannot open."""
from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QMenu

from tests.store.db_files import damage_a_page, facts, populated, rows
from tests.ui.conftest import buy
from tracker.app.tracker import Tracker
from tracker.store import backup


@pytest.fixture(autouse=True)
def _windows_deleted_afterwards(qapp):
    """Windows closed by a test are deleted before the next one starts: a palette change in a
    later test must not reach their panels, whose database is closed."""
    yield
    from PySide6.QtCore import QEvent
    from tracker.ui.main_window import MainWindow
    for widget in qapp.topLevelWidgets():
        if isinstance(widget, MainWindow) and not widget.isVisible():
            widget.deleteLater()
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _menu_texts(window, title):
    menu = next(m for m in window.menuBar().findChildren(QMenu) if m.title().replace("&", "") == title)
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def test_file_menu_has_back_up_now_and_restore(window):
    texts = _menu_texts(window, "File")
    assert "Back up now…" in texts and "Restore from backup…" in texts


def test_back_up_now_writes_a_backup_and_says_where(window):
    window.tracker.add_trade(buy())
    path = window.backup_now()
    assert path is not None and path.exists()
    assert [b.path for b in backup.list_backups(window.tracker.path)] == [path]
    assert str(path) in window.statusBar().currentMessage()
    assert len(rows(path)["trades"]) == 1


def test_restore_dialog_lists_backups_newest_first_with_dates_and_sizes(window, monkeypatch):
    stamps = iter([backup.datetime(2026, 11, 20, 9, 0) + timedelta(days=d) for d in range(3)])

    class Clock(backup.datetime):
        @classmethod
        def now(cls, tz=None):
            return next(stamps)
    monkeypatch.setattr(backup, "datetime", Clock)
    for _ in range(3):
        window.tracker.add_trade(buy())
        window.backup_now()
    dialog = window.restore_dialog()
    shown = [[dialog.list.topLevelItem(i).text(c) for c in range(3)] for i in range(dialog.list.topLevelItemCount())]
    assert [row[0] for row in shown] == ["2026-11-22 09:00:00", "2026-11-21 09:00:00", "2026-11-20 09:00:00"]
    assert all(row[1].endswith("KB") for row in shown) and all(row[2] == "Manual (Back up now)" for row in shown)
    assert dialog.selected_path() == backup.list_backups(window.tracker.path)[0].path    # the newest
    assert dialog.choose.text() == "Choose a file…"
    dialog.reject()


def test_restoring_from_the_dialog_brings_the_backup_back_and_keeps_a_safety_copy(window):
    window.tracker.add_trade(buy(quantity="10"))
    window.refresh()
    saved = window.backup_now()
    window.tracker.add_trade(buy(quantity="20"))
    window.refresh()
    dialog = window.restore_dialog()
    assert dialog.selected_path() == saved
    dialog.restore.click()
    assert [t.quantity for t in window.tracker.trades()] == [10]
    assert window.trades_view.model.rowCount() == 1
    message = window.statusBar().currentMessage()
    assert message.startswith("Restored") and "previous database was saved to" in message
    safety = [b for b in backup.list_backups(window.tracker.path) if b.reason == "before-restore"]
    assert len(safety) == 1 and len(rows(safety[0].path)["trades"]) == 2


def test_a_refused_restore_leaves_the_window_on_its_database(window, tmp_path):
    window.tracker.add_trade(buy())
    window.refresh()
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"nope" * 2000)
    live = window.tracker.path
    dialog = window.restore_dialog()
    dialog.choose_path(bad)
    assert "Nothing was restored" in window.last_error and "not an SQLite database" in window.last_error
    assert "is not a Tracker backup" in window.last_error and "Import trades" in window.last_error
    assert len(window.tracker.trades()) == 1 and window.tracker.path == live


def test_opening_a_damaged_database_offers_its_backups(window, tmp_path):
    from tracker.ui.backups_dialog import BackupsDialog
    other = populated(tmp_path / "other.db", trades=40)
    with Tracker(other, make_backups=False) as t:
        t.backup()
        t.backup()
    for b in backup.list_backups(other):        # dated yesterday, so today's open checks the file
        b.path.rename(backup.backup_dir(other) / backup.backup_name(other, b.taken - timedelta(days=1), b.reason))
    damage_a_page(other)
    before = facts(other)
    assert not window.switch_database(other)
    assert "is damaged" in window.last_error and facts(other) == before
    offered = window.findChildren(BackupsDialog)
    assert len(offered) == 1 and "is damaged" in offered[0].problem.text()
    assert offered[0].list.topLevelItemCount() == 2
    offered[0].restore.click()
    assert window.tracker.path == other and len(window.tracker.trades()) == 40
    assert len(list(backup.backup_dir(other).glob("other.db.*.damaged"))) == 1


def test_the_backups_dialog_renders(window, tmp_path, qtbot):
    """Rendered offscreen to look at: the problem banner, the list, the buttons."""
    from tracker.ui.backups_dialog import BackupsDialog
    for _ in range(3):
        window.tracker.add_trade(buy())
        window.backup_now()
    dialog = BackupsDialog(window.tracker.path, "tracker.db is damaged (database disk image is malformed)",
                           parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    image = dialog.grab()
    out = tmp_path / "backups-dialog.png"
    assert image.save(str(out)) and image.width() >= 500


def test_starting_on_a_damaged_database_offers_its_backups_then_opens(tmp_path, qtbot, monkeypatch):
    """`tracker` on a damaged database: the backups dialog comes up instead of a bare error, and
    once one is restored the window opens on it. (The dialog's answer and the event loop are
    stood in for; everything else is the real code.)"""
    from PySide6.QtWidgets import QApplication, QDialog, QMenu
    from tracker.ui import main_window
    from tracker.ui.backups_dialog import BackupsDialog
    path = populated(tmp_path / "tracker.db", trades=40)
    with Tracker(path, make_backups=False) as t:
        t.backup()
    for b in backup.list_backups(path):        # dated yesterday, so today's open checks the file
        b.path.rename(backup.backup_dir(path) / backup.backup_name(path, b.taken - timedelta(days=1), b.reason))
    damage_a_page(path)
    offered = []

    def answer(dialog):
        offered.append(dialog.problem.text())
        dialog._restore_selected()             # the newest, as Enter would
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(main_window, "_interactive", lambda: True)
    monkeypatch.setattr(BackupsDialog, "exec", answer)
    opened = []

    def event_loop():
        for w in QApplication.topLevelWidgets():
            if isinstance(w, main_window.MainWindow) and w.isVisible():
                opened.append(len(w.tracker.trades()))
                qtbot.waitUntil(lambda w=w: w.ready)
                w.close()
        return 0
    monkeypatch.setattr(QApplication.instance(), "exec", event_loop)
    assert main_window.run_app(path) == 0
    assert offered and "is damaged" in offered[0]
    assert opened == [40]


def test_a_read_only_window_can_back_up_but_not_restore(make_window):
    first, second = make_window(), make_window()
    assert second.tracker.read_only
    assert not second.act_restore.isEnabled() and first.act_restore.isEnabled()
    assert second.act_backup_now.isEnabled()
    path = second.backup_now()
    assert path is not None and path.exists()


def test_choose_a_file_restores_from_the_file_picked_in_the_apps_own_dialog(window, tmp_path, monkeypatch):
    from tracker.ui import file_dialogs
    elsewhere = populated(tmp_path / "usb" / "tracker-copy.db", trades=2)
    seen = {}

    def pick(parent, title, start, filters):
        seen["start"] = start
        return str(elsewhere)
    monkeypatch.setattr(file_dialogs, "open_file_name", pick)
    window.backup_now()                     # so the backups folder exists
    dialog = window.restore_dialog()
    dialog.choose.click()
    assert seen["start"] == str(backup.backup_dir(window.tracker.path))   # never the data folder
    assert len(window.tracker.trades()) == 2
