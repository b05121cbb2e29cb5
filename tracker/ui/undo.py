"""Every change the user makes from the window is one step on a QUndoStack.

A command is pushed only after its change has succeeded (a refused entry never enters the stack),
so its first `redo()` — which QUndoStack.push calls — does not apply it again. Later undo / redo
calls go through the facade, which checks the whole history each time.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Callable

from PySide6.QtGui import QUndoCommand

from tracker.domain.model import Account, Conversion, Dividend, Fee, Trade, Transfer
from tracker.errors import TrackerError
from tracker.ui import formatting as fmt
from tracker.ui import i18n, messages
from tracker.ui.entries import Entry, chronological, describe
from tracker.ui.i18n import tr


class TrackerCommand(QUndoCommand):
    """Base: `apply` / `revert` change the database; `on_change` refreshes the window afterwards;
    `on_error` shows a message when the database no longer allows the step (changed elsewhere)."""

    def __init__(self, tracker, text: str, on_change: Callable[[], None],
                 on_error: Callable[[str], None]):
        super().__init__(text)
        self.tracker = tracker
        self._on_change = on_change
        self._on_error = on_error
        self._applied = True      # pushed after the change was made

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if not self._applied:
            self._run(self.apply, tr("Redo {step} failed: {problem}"))
        self._applied = True
        self._on_change()

    def undo(self) -> None:
        self._run(self.revert, tr("Undo {step} failed: {problem}"))
        self._applied = False
        self._on_change()

    def _run(self, step: Callable[[], None], failed: str) -> None:
        try:
            step()
        except TrackerError as exc:
            # Qt ignores exceptions raised inside undo()/redo(); the user must still learn of it.
            # `on_error` must not touch the stack (or open a modal loop) here: the stack is still
            # running this command (see MainWindow._undo_failed)
            self._on_error(failed.format(step=self.text(), problem=messages.error_text(exc)))


class AddEntry(TrackerCommand):
    """A trade, dividend, fee, conversion or transfer that was added (redo puts it back with its id)."""

    def __init__(self, tracker, saved: Entry, on_change, on_error):
        super().__init__(tracker, tr("add {entry}").format(entry=describe(saved)), on_change, on_error)
        self.entry = saved

    def apply(self) -> None:
        self.entry = restore_entry(self.tracker, self.entry)

    def revert(self) -> None:
        delete_entry(self.tracker, self.entry)


class EditEntry(TrackerCommand):
    def __init__(self, tracker, old: Entry, new: Entry, on_change, on_error):
        super().__init__(tracker, tr("edit {entry}").format(entry=describe(old)), on_change, on_error)
        self.old, self.new = old, new

    def apply(self) -> None:
        self.new = replace_entry(self.tracker, self.old, self.new)

    def revert(self) -> None:
        self.old = replace_entry(self.tracker, self.new, self.old)


class DeleteEntries(TrackerCommand):
    """One step for one or several entries (the selection)."""

    def __init__(self, tracker, deleted: list[Entry], on_change, on_error):
        text = (tr("delete {entry}").format(entry=describe(deleted[0])) if len(deleted) == 1
                else tr("delete {count} entries").format(count=fmt.count(len(deleted))))
        super().__init__(tracker, text, on_change, on_error)
        self.deleted = list(deleted)

    def apply(self) -> None:
        delete_entries(self.tracker, self.deleted)

    def revert(self) -> None:
        restore_entries(self.tracker, self.deleted)


class AccountChange(TrackerCommand):
    """An account added (`before` None), renamed, or deleted (`after` None); undo puts back what
    was, with the same id (the facade's rules apply again: a name taken since is refused)."""

    def __init__(self, tracker, before: Account | None, after: Account | None, on_change, on_error):
        # "&" in a name would turn the next letter of the Undo menu item into its shortcut
        name = i18n.account_name(after if before is None else before).replace("&", "&&")
        text = (tr("add account {name}") if before is None else
                tr("delete account {name}") if after is None else tr("rename account {name}")).format(name=name)
        super().__init__(tracker, text, on_change, on_error)
        self.before, self.after = before, after

    def apply(self) -> None:
        _set_account(self.tracker, self.before, self.after)

    def revert(self) -> None:
        _set_account(self.tracker, self.after, self.before)


def _set_account(tracker, current: Account | None, wanted: Account | None) -> None:
    if wanted is None:
        tracker.delete_account(current.id)
    elif current is None:
        tracker.add_account(wanted)
    else:
        tracker.update_account(wanted)


# --- the changes themselves, through the facade ------------------------------------------------------
# per kind of entry: the facade's (delete, restore with the same id, update in place)
_OPERATIONS = {
    Trade: ("delete_trade", "restore_trade", "update_trade"),
    Dividend: ("delete_dividend", "add_dividend", "update_dividend"),
    Fee: ("delete_fee", "add_fee", "update_fee"),
    Conversion: ("delete_conversion", "add_conversion", "update_conversion"),
    Transfer: ("delete_transfer", "add_transfer", "update_transfer"),
}


def _operation(tracker, entry: Entry, which: int):
    return getattr(tracker, _OPERATIONS[type(entry)][which])


def delete_entry(tracker, entry: Entry) -> None:
    """Refused (TrackerError) when a later sell or conversion needs the units of `entry`, or when
    the stored row no longer reads as `entry` (changed by another process since)."""
    _operation(tracker, entry, 0)(entry.id, expected=entry)


def restore_entry(tracker, entry: Entry) -> Entry:
    """Add `entry` back with its id (the same checks as any new entry)."""
    return _operation(tracker, entry, 1)(entry)


def replace_entry(tracker, old: Entry, new: Entry) -> Entry:
    """Put `new` in the place of `old` (same id), in one checked transaction of the facade."""
    new = replace(new, id=old.id)
    return _operation(tracker, new, 2)(new, expected=old)


def delete_entries(tracker, entries: list[Entry]) -> list[Entry]:
    """Delete all of `entries` or none (TrackerError with the first refusal), in one transaction.

    Latest first, in the ledger's order within a day (a sell goes before the buy it drew on, a
    conversion before the buy it converted)."""
    _all_or_none(tracker, list(reversed(chronological(entries))), delete_entry)
    return list(entries)


def restore_entries(tracker, entries: list[Entry]) -> None:
    """Put deleted entries back with their ids, earliest first (a buy before the sell that drew
    on it), in one transaction as the delete was."""
    _all_or_none(tracker, chronological(entries), restore_entry)


def _all_or_none(tracker, pending: list[Entry], step: Callable) -> None:
    """Apply `step` to every entry; one refused because another of them is still in the way is
    tried again after the others, until no more can go. The raise rolls the whole lot back."""
    with tracker.write():
        while pending:
            refused, reason = [], None
            for entry in pending:
                try:
                    step(tracker, entry)
                except TrackerError as exc:
                    refused.append(entry)
                    reason = reason or exc
            if len(refused) == len(pending):
                raise reason
            pending = refused


class ImportPrices(TrackerCommand):
    """Undo drops the bars the import added and puts back the ones it replaced; redo imports the
    same file content again (kept in memory, so a file edited since does not matter)."""

    def __init__(self, tracker, report, reimport: Callable[[], object], on_change, on_error):
        super().__init__(tracker, tr("import {count} {symbol} prices").format(
            count=fmt.count(report.added + report.updated), symbol=report.symbol), on_change, on_error)
        self.report = report
        self._reimport = reimport

    def apply(self) -> None:
        self.report = self._reimport()

    def revert(self) -> None:
        self.tracker.revert_price_import(self.report)


class ImportTrades(TrackerCommand):
    """Undo removes the imported trades; redo puts the very same trades back in one transaction,
    with their ids and their import keys (so importing that file again still adds nothing)."""

    def __init__(self, tracker, report, on_change, on_error):
        super().__init__(tracker, tr("import {count} activities").format(count=fmt.count(len(report.added_records))),
                         on_change, on_error)
        self.report = report
        self._removed: list = []

    def apply(self) -> None:
        self.tracker.restore_trades(self._removed, self.report.record_keys, self.report)

    def revert(self) -> None:
        self._removed = list(self.report.added_records)
        self.tracker.revert_trade_import(self.report)
