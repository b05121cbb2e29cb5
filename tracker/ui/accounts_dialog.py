"""Edit ▸ Accounts…: every account (broker record) with its broker, currency and broker id; rename
one, or delete one that holds nothing. The window makes each change (one undo step each); the
dialog says beforehand why an account cannot be deleted, with the facade's own sentence."""
from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
                               QInputDialog, QLabel, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout)

from tracker.domain.model import Account
from tracker.ui import i18n, messages


class AccountsDialog(QDialog):
    """`rename(account, new_name)` returns the renamed account, None when refused (the window has
    said why); `delete(account)` returns whether it was deleted; `add()` the new account or None."""

    def __init__(self, tracker, rename: Callable[[Account, str], Account | None],
                 delete: Callable[[Account], bool], add: Callable[[], Account | None], parent=None):
        super().__init__(parent, objectName="accountsDialog")
        self.setWindowTitle(self.tr("Accounts"))
        self.tracker = tracker
        self._rename, self._delete, self._add = rename, delete, add
        self.table = QTableWidget(0, 4, objectName="accountsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Broker"), self.tr("Currency"),
                                              self.tr("Broker id")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.rename_selected())
        self.why_not = QLabel(objectName="accountsWhyNot", wordWrap=True)
        self.why_not.setStyleSheet("color: palette(placeholder-text);")
        self.add_button = QPushButton(self.tr("&New…"), clicked=self.add_account)
        self.rename_button = QPushButton(self.tr("&Rename…"), clicked=lambda: self.rename_selected())
        self.delete_button = QPushButton(self.tr("&Delete"), clicked=self.delete_selected)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.rename_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, rejected=self.reject)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.why_not)
        layout.addLayout(buttons)
        self.resize(560, 300)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        """Read the accounts again, keeping (or moving to) the selected one."""
        keep = select if select is not None else getattr(self.selected(), "id", None)
        self._accounts = self.tracker.accounts()
        self.table.setRowCount(len(self._accounts))
        for row, a in enumerate(self._accounts):
            for column, text in enumerate((i18n.account_name(a), a.broker, a.currency, a.external_id or "")):
                self.table.setItem(row, column, QTableWidgetItem(text))
        ids = [a.id for a in self._accounts]
        self.table.selectRow(ids.index(keep) if keep in ids else 0)
        self._selection_changed()

    def selected(self) -> Account | None:
        rows = self.table.selectionModel().selectedRows() if self.table.rowCount() else []
        return self._accounts[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        account = self.selected()
        refusal = self.tracker.account_deletion_refusal(account) if account else None
        self.rename_button.setEnabled(account is not None)
        self.delete_button.setEnabled(account is not None and refusal is None)
        reason = messages.reason(refusal) if refusal else ""
        self.delete_button.setToolTip(reason)
        self.why_not.setText(self.tr("Cannot delete: {reason}").format(reason=reason) if refusal else "")

    def rename_selected(self, name: str | None = None) -> Account | None:
        """Rename the selected account to `name` (asks for it when not given)."""
        account = self.selected()
        if account is None:
            return None
        if name is None:
            shown = i18n.account_name(account)
            name, ok = QInputDialog.getText(self, self.tr("Rename account"),
                                            self.tr("New name of {name}:").format(name=shown), text=shown)
            if not ok or name.strip() in (account.name, shown):
                return None
        renamed = self._rename(account, name.strip())
        self.reload()
        return renamed

    def delete_selected(self) -> bool:
        account = self.selected()
        if account is None or not self._delete(account):
            return False
        self.reload()
        return True

    def add_account(self) -> Account | None:
        added = self._add()
        self.reload(select=added.id if added else None)
        return added
