"""Every change the user makes from the window is one step on a QUndoStack.

A command is pushed only after its change has succeeded (a refused trade never enters the stack),
so its first `redo()` — which QUndoStack.push calls — does not apply it again. Later undo / redo
calls go through the facade, which checks the whole history each time.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtGui import QUndoCommand

from tracker.domain.model import Conversion, Dividend, Trade
from tracker.errors import TrackerError
from tracker.ui import formatting as fmt


def describe(trade: Trade) -> str:
    """`buy 100 BABA on 2024-03-01`: the words the Undo / Redo menu items show."""
    return f"{trade.side} {fmt.quantity(trade.quantity)} {trade.symbol} on {trade.trade_date}"


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
            self._run(self.apply, "Redo")
        self._applied = True
        self._on_change()

    def undo(self) -> None:
        self._run(self.revert, "Undo")
        self._applied = False
        self._on_change()

    def _run(self, step: Callable[[], None], verb: str) -> None:
        try:
            step()
        except TrackerError as exc:
            # Qt ignores exceptions raised inside undo()/redo(); the user must still learn of it
            self.setObsolete(True)
            self._on_error(f"{verb} {self.text()} failed: {exc}")


class AddTrade(TrackerCommand):
    def __init__(self, tracker, saved: Trade, on_change, on_error):
        super().__init__(tracker, f"add {describe(saved)}", on_change, on_error)
        self.trade = saved

    def apply(self) -> None:
        self.tracker.restore_trade(self.trade)

    def revert(self) -> None:
        self.tracker.delete_trade(self.trade.id)


class EditTrade(TrackerCommand):
    def __init__(self, tracker, old: Trade, new: Trade, on_change, on_error):
        super().__init__(tracker, f"edit {describe(old)}", on_change, on_error)
        self.old, self.new = old, new

    def apply(self) -> None:
        self.tracker.update_trade(self.new)

    def revert(self) -> None:
        self.tracker.update_trade(self.old)


class DeleteTrades(TrackerCommand):
    """One step for one or several trades (the selection)."""

    def __init__(self, tracker, deleted: list[Trade], on_change, on_error):
        text = f"delete {describe(deleted[0])}" if len(deleted) == 1 else f"delete {len(deleted)} trades"
        super().__init__(tracker, text, on_change, on_error)
        self.deleted = list(deleted)

    def apply(self) -> None:
        delete_trades(self.tracker, self.deleted)

    def revert(self) -> None:
        restore_trades(self.tracker, self.deleted)


def _chronological(trades: list[Trade]) -> list[Trade]:
    return sorted(trades, key=lambda t: (t.trade_date, t.id or 0))


def delete_trades(tracker, trades: list[Trade]) -> list[Trade]:
    """Latest first (a sell goes before the buy it drew on); all or nothing."""
    done: list[Trade] = []
    try:
        for trade in reversed(_chronological(trades)):
            done.append(tracker.delete_trade(trade.id))
    except TrackerError:
        restore_trades(tracker, done)
        raise
    return done


def restore_trades(tracker, trades: list[Trade]) -> None:
    """Earliest first (a buy comes back before the sell that drew on it), with their ids."""
    for trade in _chronological(trades):
        tracker.restore_trade(trade)


class AddDividend(TrackerCommand):
    def __init__(self, tracker, saved: Dividend, on_change, on_error):
        super().__init__(tracker, f"add dividend {fmt.money(saved.net, saved.currency)} "
                                  f"{saved.symbol} on {saved.pay_date}", on_change, on_error)
        self.dividend = saved

    def apply(self) -> None:
        self.tracker.add_dividend(self.dividend)

    def revert(self) -> None:
        self.tracker.delete_dividend(self.dividend.id)


class AddConversion(TrackerCommand):
    def __init__(self, tracker, saved: Conversion, on_change, on_error):
        super().__init__(tracker, f"convert {fmt.quantity(saved.quantity)} {saved.from_symbol} to "
                                  f"{saved.to_symbol} on {saved.conversion_date}", on_change, on_error)
        self.conversion = saved

    def apply(self) -> None:
        self.tracker.add_conversion(self.conversion)

    def revert(self) -> None:
        self.tracker.delete_conversion(self.conversion.id)


class ImportPrices(TrackerCommand):
    """Undo drops the bars the import added and puts back the ones it replaced; redo imports the
    same file content again (kept in memory, so a file edited since does not matter)."""

    def __init__(self, tracker, report, reimport: Callable[[], object], on_change, on_error):
        super().__init__(tracker, f"import {report.added + report.updated:,} {report.symbol} prices",
                         on_change, on_error)
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
        super().__init__(tracker, f"import {len(report.added_ids):,} trades", on_change, on_error)
        self.report = report
        self._removed: list[Trade] = []

    def apply(self) -> None:
        self.tracker.restore_trades(self._removed, self.report.added_keys)

    def revert(self) -> None:
        self._removed = [self.tracker.trade(i) for i in self.report.added_ids]
        self.tracker.revert_trade_import(self.report)
