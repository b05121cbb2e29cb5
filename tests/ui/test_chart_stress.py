"""Panning and zooming many times must never crash (PySide6 6.12 crashed pyqtgraph on repaint,
`none_dealloc`), and the view must stay sane: inside the data and fitted to it."""
from __future__ import annotations

import numpy as np

from tracker.ui.chart import PriceChart, TradeMarker
from tracker.ui.qt import QtCore, QtGui, QtWidgets

CYCLES = 500


def synthetic_bars(n: int, seed: int = 11):
    rng = np.random.default_rng(seed)
    ts = (np.datetime64("2015-01-05") + np.arange(n) * np.timedelta64(1, "D")).astype("datetime64[s]").astype(np.int64)
    close = 80 * np.exp(np.cumsum(rng.normal(0, 0.02, n)))
    open_ = close * np.exp(rng.normal(0, 0.01, n))
    high = np.maximum(open_, close) * 1.01
    low = np.minimum(open_, close) * 0.99
    return ts, open_, high, low, close, rng.integers(1_000, 50_000, n).astype(float)


def test_pan_and_zoom_500_times_without_a_crash(qtbot):
    n = 20_000
    ts, open_, high, low, close, volume = synthetic_bars(n)
    chart = PriceChart()
    qtbot.addWidget(chart)
    chart.resize(900, 560)
    chart.show()
    chart.set_series("SYN", "USD", ts, open_, high, low, close, volume)
    days = ts[::997].astype("datetime64[s]").astype(object)
    chart.set_trades([TradeMarker(d.date(), "buy" if k % 2 else "sell", float(close[k * 997]), 10 + k, f"t{k}")
                      for k, d in enumerate(days)])
    app = QtWidgets.QApplication.instance()
    rng = np.random.default_rng(5)
    viewport = chart.view.viewport()
    center = QtCore.QPointF(viewport.rect().center())
    box = chart.price_box
    for cycle in range(CYCLES):
        x0, x1 = box.viewRange()[0]
        span = x1 - x0
        kind = cycle % 5
        if kind == 0:        # pan by a random share of the span
            shift = span * rng.uniform(-0.6, 0.6)
            box.setXRange(x0 + shift, x1 + shift, padding=0)
        elif kind == 1:      # zoom in or out around the middle
            factor = rng.choice([0.3, 0.7, 1.6, 4.0])
            mid = (x0 + x1) / 2
            box.setXRange(mid - span * factor / 2, mid + span * factor / 2, padding=0)
        elif kind == 2:      # the mouse wheel
            delta = int(rng.choice([-240, -120, 120, 240]))
            event = QtGui.QWheelEvent(center, QtCore.QPointF(viewport.mapToGlobal(center.toPoint())),
                                      QtCore.QPoint(), QtCore.QPoint(0, delta), QtCore.Qt.MouseButton.NoButton,
                                      QtCore.Qt.KeyboardModifier.NoModifier, QtCore.Qt.ScrollPhase.NoScrollPhase,
                                      False)
            QtWidgets.QApplication.sendEvent(viewport, event)
        elif kind == 3:      # a preset
            chart.set_range_preset(["1M", "1Y", "Max", "YTD", "5Y"][(cycle // 5) % 5])
        else:                # keys
            key = [QtCore.Qt.Key.Key_Left, QtCore.Qt.Key.Key_Right, QtCore.Qt.Key.Key_Up,
                   QtCore.Qt.Key.Key_Down, QtCore.Qt.Key.Key_End][(cycle // 5) % 5]
            QtWidgets.QApplication.sendEvent(chart.view, QtGui.QKeyEvent(
                QtCore.QEvent.Type.KeyPress, key, QtCore.Qt.KeyboardModifier.NoModifier))
        app.processEvents()
        chart.repaint()
        (x0, x1), (y0, y1) = box.viewRange()
        lo, hi = box.x_bounds()
        assert lo - 1e-6 <= x0 < x1 <= hi + 1e-6, f"cycle {cycle}: x range {x0}..{x1} left the data"
        first, last = chart._visible_bars()
        assert y0 < low[first:last + 1].min() and y1 > high[first:last + 1].max(), f"cycle {cycle}: y not fitted"
    assert chart.candles.last_level is not None
