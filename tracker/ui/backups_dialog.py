"""File ▸ Restore from backup…: this database's backups, newest first, or any file the user picks.

The same dialog is what the window offers when it cannot open a database (damaged, not a database,
written by a newer Tracker): the problem is shown above the list. The dialog only chooses; the
caller restores through the facade (validated first, the current database saved or set aside).
"""
from __future__ import annotations

from pathlib import Path

from tracker.ui import qt  # noqa: F401  (binds pyqtgraph to PySide6 first)
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QLabel, QPushButton, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from tracker.app.tracker import Tracker
from tracker.ui import file_dialogs
from tracker.ui.i18n import tr

KINDS = {"daily": QT_TRANSLATE_NOOP("", "Automatic (daily)"), "manual": QT_TRANSLATE_NOOP("", "Manual (Back up now)"),
         "before-restore": QT_TRANSLATE_NOOP("", "Before a restore")}
PATH_ROLE = Qt.ItemDataRole.UserRole


def describe_kind(reason: str, legacy: bool = False) -> str:
    if reason in KINDS:
        text = tr(KINDS[reason])
    elif reason.startswith("before-v") and reason[8:].isdigit():
        text = tr("Before the upgrade to schema {version}").format(version=reason[8:])
    else:
        text = reason.replace("-", " ").capitalize()
    return text + (tr(" (older name)") if legacy else "")


def human_size(size: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return tr("{count} bytes").format(count=f"{size:,}") if unit == "bytes" else f"{size:,.1f} {unit}"
        size /= 1024
    return f"{size:,.1f} GB"


class BackupsDialog(QDialog):
    def __init__(self, db_path: Path, problem: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.setWindowTitle(tr("Restore from backup"))
        self.db_path = Path(db_path)
        self.chosen: Path | None = None
        self.backups = Tracker.backups_of(self.db_path)

        layout = QVBoxLayout(self)
        if problem:
            self.problem = QLabel("<b>" + tr("Tracker cannot open this database.") + f"</b><br>{_html(problem)}",
                                  objectName="backupsProblem")
            self.problem.setStyleSheet("color: palette(bright-text); background: #b3261e; padding: 8px;"
                                       " border-radius: 4px;")
            self.problem.setWordWrap(True)
            layout.addWidget(self.problem)
        intro = QLabel(tr("Restoring replaces <b>{path}</b> with the backup you choose. The backup is checked first, "
                          "and the current database is saved to the backups folder before it is replaced (moved "
                          "there as it is, when damaged).").format(path=_html(str(self.db_path))),
                       objectName="backupsIntro")
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.list = QTreeWidget(objectName="backupsList")
        self.list.setAccessibleName(self.tr("Backups"))
        self.list.setHeaderLabels([tr("Taken"), tr("Size"), tr("Kind")])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        for b in self.backups:
            item = QTreeWidgetItem([b.taken.strftime("%Y-%m-%d %H:%M:%S"), human_size(b.size),
                                    describe_kind(b.reason, b.legacy)])
            item.setData(0, PATH_ROLE, str(b.path))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(0, str(b.path))
            self.list.addTopLevelItem(item)
        header = self.list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.list, 1)
        folder = Tracker.backups_folder(self.db_path)
        where = QLabel(tr("Backups folder: {path}").format(path=_html(str(folder))) if self.backups else
                       tr("No backups of this database in {path} yet: choose a file instead.").format(path=_html(str(folder))),
                       objectName="backupsFolder")
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(where)

        buttons = QDialogButtonBox(objectName="backupsButtons")
        self.choose = QPushButton(tr("Choose a file…"), objectName="chooseBackupFile")
        self.restore = QPushButton(tr("Restore"), objectName="restoreBackup")
        buttons.addButton(self.choose, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        for other in (self.choose, cancel):
            other.setAutoDefault(False)       # Enter restores the selected backup
        self.restore.setDefault(True)
        buttons.rejected.connect(self.reject)
        self.restore.clicked.connect(self._restore_selected)
        self.choose.clicked.connect(self.choose_file)
        self.list.itemSelectionChanged.connect(self._update)
        self.list.itemDoubleClicked.connect(lambda _item, _col: self._restore_selected())
        layout.addWidget(buttons)
        if self.backups:
            self.list.setCurrentItem(self.list.topLevelItem(0))      # the newest
        self._update()
        self.list.setFocus()
        self.resize(640, 420)

    def selected_path(self) -> Path | None:
        items = self.list.selectedItems()
        return Path(items[0].data(0, PATH_ROLE)) if items else None

    def _update(self) -> None:
        self.restore.setEnabled(self.selected_path() is not None)

    def _restore_selected(self) -> None:
        path = self.selected_path()
        if path is not None:
            self.choose_path(path)

    def choose_path(self, path: Path) -> None:
        """Accept the dialog with `path` as the file to restore from."""
        self.chosen = Path(path)
        self.accept()

    def choose_file(self) -> None:
        """The app's own file dialog (it never opens the files it lists), in the backups folder."""
        start = Tracker.backups_folder(self.db_path)
        chosen = file_dialogs.open_file_name(self, tr("Restore from a file"), str(start if start.is_dir() else Path.home()),
                                             tr("Tracker databases (*.db *.sqlite);;All files (*)"))
        if chosen:
            self.choose_path(Path(chosen))


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
