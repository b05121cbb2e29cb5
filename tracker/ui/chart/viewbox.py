"""A view box that moves only along time and fits its y range to the bars in view, in one update.

Whoever changes the x range (the wheel, a drag, a preset, a linked pane, the keyboard), the y range
is computed in the same `setRange` call, so a frame lays out and paints once.
"""
from __future__ import annotations

from typing import Callable

from tracker.ui.qt import pg

# fit(x0, x1, width_px, height_px) -> (y0, y1) or None when nothing is in view
FitFunction = Callable[[float, float, float, float], "tuple[float, float] | None"]

MIN_VISIBLE_BARS = 8


class FitViewBox(pg.ViewBox):
    def __init__(self, fit: FitFunction | None = None):
        super().__init__(enableMenu=False, defaultPadding=0.0)
        self.setMouseEnabled(x=True, y=False)
        self._fit = fit
        self._bars = 0        # how many bars the x range may cover (0 = no limits)
        self.sigResized.connect(self.refit)

    def set_fit(self, fit: FitFunction | None) -> None:
        self._fit = fit

    def set_bar_count(self, n: int) -> None:
        self._bars = n

    def x_bounds(self) -> tuple[float, float]:
        """Where the view may go: a little room before the first bar and after the last."""
        return -0.5 - max(2.0, 0.02 * self._bars), self._bars - 0.5 + max(5.0, 0.15 * self._bars)

    def clamp_x(self, x0: float, x1: float) -> tuple[float, float]:
        if self._bars <= 0:
            return x0, x1
        lo, hi = self.x_bounds()
        span = min(max(x1 - x0, float(min(MIN_VISIBLE_BARS, self._bars))), hi - lo)
        if x1 - x0 != span:
            mid = (x0 + x1) / 2
            x0, x1 = mid - span / 2, mid + span / 2
        if x0 < lo:
            x0, x1 = lo, lo + span
        if x1 > hi:
            x0, x1 = hi - span, hi
        return x0, x1

    def setRange(self, rect=None, xRange=None, yRange=None, padding=None, update=True,
                 disableAutoRange=True):
        if rect is not None and xRange is None:
            xRange = (rect.left(), rect.right())
            rect = None
            yRange = None        # y always follows the bars; a drag never moves it by hand
        if xRange is not None:
            x0, x1 = min(xRange), max(xRange)
            pad = (x1 - x0) * (padding or 0.0)
            x0, x1 = self.clamp_x(x0 - pad, x1 + pad)
            xRange = (x0, x1)
            if yRange is None and self._fit is not None:
                yRange = self._fit_y(x0, x1)
            padding = 0.0
        if xRange is None and yRange is None:
            return
        super().setRange(xRange=xRange, yRange=yRange, padding=padding, update=update,
                         disableAutoRange=disableAutoRange)

    def _fit_y(self, x0: float, x1: float):
        size = self.size()
        return self._fit(x0, x1, size.width(), size.height()) if size.width() > 0 else None

    def refit(self, *_):
        """Fit y again for the current x range (after a resize, new data, a log switch)."""
        x0, x1 = self.viewRange()[0]
        self.setRange(xRange=(x0, x1), padding=0.0)

    def suggestPadding(self, axis):
        return 0.0

    # a plain click or double click must not reset the view as pyqtgraph does by default
    def mouseClickEvent(self, ev):
        ev.ignore()

    def wheelEvent(self, ev, axis=None):
        super().wheelEvent(ev, axis=0)



