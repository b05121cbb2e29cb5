"""Python's cyclic garbage collector kept off the path of a change: a collection that starts in
the middle of a save walks every object the window holds (10–40 ms at 10,000 activities, a few
times per save), so it is paused while a change is shown and run once the window is idle again.
Nothing is lost: objects are still freed as soon as they are dropped, and cycles are collected
in that idle turn."""
from __future__ import annotations

import gc
from typing import Callable

from PySide6.QtCore import QTimer


class CollectorPause:
    RETRY_MS = 50        # how often an unfinished change is looked at again

    def __init__(self, idle: Callable[[], bool]):
        self._idle = idle            # True once everything a change refreshes is in
        self._paused = False

    @property
    def paused(self) -> bool:
        return self._paused

    def pause(self) -> None:
        """Pause collection until the window is idle (a no-op when already paused, or when
        collection was switched off by someone else)."""
        if self._paused or not gc.isenabled():
            return
        gc.disable()
        self._paused = True
        QTimer.singleShot(0, self._resume_when_idle)

    def resume(self) -> None:
        """Switch automatic collection back on, the young objects of the change collected now
        (the older generations in their turn, as the collector's thresholds say)."""
        if self._paused:
            self._paused = False
            gc.enable()
            gc.collect(0)

    def resume_if_idle(self) -> None:
        """`resume` when the window is idle; the caller's turn is the last of a change."""
        if self._paused and self._idle():
            self.resume()

    def _resume_when_idle(self) -> None:
        if not self._paused:
            return
        if not self._idle():
            QTimer.singleShot(self.RETRY_MS, self._resume_when_idle)
            return
        self.resume()
