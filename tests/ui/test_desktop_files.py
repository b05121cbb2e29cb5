"""Files from the desktop: a CSV dropped on the window opens the right import dialog on it (never
the database's own files), and File ▸ Recent databases remembers what was opened."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog

from tests.shared_data import shared_file


def mime_for(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def drop(window, *paths: Path) -> bool:
    """Drag `paths` over the window and drop them; whether the window took the drag."""
    mime = mime_for(*paths)
    point = QPointF(window.width() / 2, window.height() / 2)
    enter = QDragEnterEvent(point.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    return True


def open_dialog(window, name):
    return next((d for d in window.findChildren(QDialog, name) if d.isVisible()), None)


def test_a_dropped_trade_file_opens_the_trade_import_on_it(window, tmp_path):
    path = tmp_path / "broker.csv"
    path.write_text("date,symbol,side,quantity,price\n2024-03-01,BABA,buy,10,75.5\n", encoding="utf-8")
    assert window.acceptDrops()
    assert drop(window, path)
    dialog = open_dialog(window, "tradeImportDialog")
    assert dialog is not None and dialog.path == path
    assert dialog.import_button.isEnabled()                       # previewed and checked
    assert open_dialog(window, "priceImportDialog") is None
    dialog.reject()


def test_a_dropped_price_file_opens_the_price_import_on_it(window):
    path = shared_file("prices_BABA_daily.csv")
    assert drop(window, path)
    dialog = open_dialog(window, "priceImportDialog")
    assert dialog is not None and dialog.path == path and dialog.symbol.currentData() == "BABA"
    dialog.reject()


def test_the_database_itself_is_refused_and_never_opened(window):
    for own in (window.tracker.path, Path(f"{window.tracker.path}-wal")):
        window.last_error = None
        assert drop(window, own)                                   # taken, so that it can be refused
        assert "this database's own file" in window.last_error
        assert open_dialog(window, "priceImportDialog") is None and open_dialog(window, "tradeImportDialog") is None
    assert window.tracker.trades() == []                           # and the database still works


def test_other_drops_are_not_taken(window, tmp_path):
    picture = tmp_path / "photo.png"
    picture.write_bytes(b"\x89PNG")
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    a.write_text("x\n")
    b.write_text("x\n")
    assert not drop(window, picture)
    assert not drop(window, a, b)                                  # one file at a time


def test_recent_databases_are_remembered_and_a_missing_one_is_disabled(make_window, tmp_path):
    from tracker.app.tracker import Tracker
    first = make_window()
    other = tmp_path / "other.db"
    Tracker(other, create=True).close()
    gone = tmp_path / "gone.db"
    Tracker(gone, create=True).close()
    assert first.switch_database(gone) and first.switch_database(other)
    listed = first.recent_databases()
    assert listed[:2] == [other.resolve(), gone.resolve()]
    first.close()
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(f"{gone}{suffix}").unlink(missing_ok=True)

    window = make_window()                                         # the list outlives the window
    window.recent_menu.aboutToShow.emit()
    items = {a.toolTip(): a for a in window.recent_menu.actions() if a.objectName().startswith("recentDatabase")}
    assert items[str(other.resolve())].isEnabled()
    missing = next(a for tip, a in items.items() if "no longer exists" in tip)
    assert not missing.isEnabled()
    current = next(a for a in items.values() if a.isChecked())
    assert not current.isEnabled() and str(window.tracker.path.name) in current.text()
    items[str(other.resolve())].trigger()                          # opens it
    assert window.tracker.path.resolve() == other.resolve()
    clear = next(a for a in window.recent_menu.actions() if a.objectName() == "clearRecentDatabases")
    clear.trigger()
    assert window.recent_databases() == [other.resolve()]
