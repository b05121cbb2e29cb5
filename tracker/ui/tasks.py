"""Long work (big imports) on a worker thread, with a progress dialog and Cancel.

The worker never touches a widget: it reports through signals, which Qt delivers on the GUI thread.
The database connection is used by one thread at a time: while a task runs the window blocks every
other write (see MainWindow.set_busy) and refreshes nothing until the task has finished.
"""
from __future__ import annotations

import threading
from typing import Any, Callable

from PySide6.QtCore import QThread, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from tracker.ui.i18n import tr

# work(progress, should_cancel) -> result; progress(done, total) may be called from the worker thread
Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]

SHOW_PROGRESS_AFTER_MS = 400   # quick imports finish without a dialog flashing up


class Task(QThread):
    """Runs `work` once on its own thread. Exactly one of succeeded / failed / cancelled follows."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)          # the exception (a TrackerError for the user's input)
    cancelled = Signal()
    done = Signal()                  # after whichever of the three above

    def __init__(self, work: Work, parent=None):
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self.outcome: str | None = None     # "succeeded", "failed" or "cancelled"
        self.result: Any = None
        self.error: BaseException | None = None

    def cancel(self) -> None:
        """Ask the work to stop; it rolls back its transaction, so the database stays as it was."""
        self._cancel.set()

    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:  # worker thread
        try:
            result = self._work(self._report, self._cancel.is_set)
        except BaseException as exc:  # noqa: BLE001 — handed to the GUI thread, never swallowed
            if self._cancel.is_set():
                self.outcome = "cancelled"
                self.cancelled.emit()
            else:
                self.outcome, self.error = "failed", exc
                self.failed.emit(exc)
        else:
            # finished before a late Cancel could stop it: the change is made and must be reported
            self.outcome, self.result = "succeeded", result
            self.succeeded.emit(result)
        self.done.emit()

    def _report(self, done: int, total: int) -> None:  # worker thread
        self.progressed.emit(int(done), int(total))


class ProgressDialog(QProgressDialog):
    """Window-modal progress for one Task; its Cancel button cancels the task."""

    def __init__(self, task: Task, title: str, label: str, parent: QWidget | None = None):
        super().__init__(label, tr("Cancel"), 0, 0, parent)
        self.setObjectName("importProgress")
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumWidth(380)
        self._task = task
        self.canceled.connect(self._on_cancel)
        task.progressed.connect(self._on_progress)
        task.done.connect(self._finish)

    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.setMaximum(total)
            self.setValue(min(done, total))
            self.setLabelText(f"{self.labelText().split(' — ')[0]} — " + tr("{done} of {total}").format(
                done=f"{done:,}", total=f"{total:,}"))

    def _on_cancel(self) -> None:
        self._task.cancel()
        self.setLabelText(tr("Cancelling… the database is left as it was."))
        self.setCancelButtonText(tr("Cancelling…"))

    def _finish(self) -> None:
        self.reset()
        self.hide()
        self.deleteLater()


def start_task(work: Work, parent: QWidget, title: str, label: str, *,
               on_succeeded: Callable[[Any], None], on_failed: Callable[[BaseException], None],
               on_cancelled: Callable[[], None]) -> Task:
    """Start `work` on a worker thread behind a progress dialog.

    The handlers are connected before the thread starts, so even an instant result is delivered.
    """
    task = Task(work, parent)
    task.succeeded.connect(on_succeeded)
    task.failed.connect(on_failed)
    task.cancelled.connect(on_cancelled)
    ProgressDialog(task, title, label, parent)
    task.finished.connect(task.deleteLater)   # QThread.finished: the thread has really ended
    task.start()
    return task
