"""The app's only file dialogs: Qt's own (never the platform's), with an icon provider that never
opens a file.

A dialog that lists the database's folder would otherwise open and close `x.db`, `x.db-wal` and
`x.db-shm` to sniff their MIME types, and closing any descriptor of a file drops every POSIX lock
the process holds on it: SQLite's locks included, so that another process could then delete the
`-wal` this window is still writing to. The platform's dialog (GTK's, in this process) sniffs the
same way, so it is not used.
"""
from __future__ import annotations

from PySide6.QtCore import QFileInfo
from PySide6.QtGui import QAbstractFileIconProvider
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QWidget


class NameOnlyIconProvider(QAbstractFileIconProvider):
    """Folder or file icons and type names from the name alone: no file is ever opened."""

    def __init__(self):
        super().__init__()
        self._icons = QFileIconProvider()

    def icon(self, what):
        if isinstance(what, QFileInfo):
            kind = (QAbstractFileIconProvider.IconType.Folder if what.isDir()
                    else QAbstractFileIconProvider.IconType.File)
            return self._icons.icon(kind)
        return self._icons.icon(what)

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return "Folder"
        suffix = info.suffix()
        return f"{suffix.upper()} file" if suffix else "File"


def _dialog(parent: QWidget | None, title: str, start: str, filters: str) -> QFileDialog:
    dialog = QFileDialog(parent, title, start, filters)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setIconProvider(NameOnlyIconProvider())
    return dialog


def open_file_name(parent: QWidget | None, title: str, start: str = "", filters: str = "") -> str:
    """The chosen existing file's path, or "" when cancelled."""
    dialog = _dialog(parent, title, start, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    return _run(dialog)


def save_file_name(parent: QWidget | None, title: str, start: str = "", filters: str = "",
                   confirm_overwrite: bool = True) -> str:
    """The path to write, or "" when cancelled."""
    dialog = _dialog(parent, title, start, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, not confirm_overwrite)
    return _run(dialog)


def _run(dialog: QFileDialog) -> str:
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted:
            return ""
        chosen = dialog.selectedFiles()
        return chosen[0] if chosen else ""
    finally:
        dialog.deleteLater()
