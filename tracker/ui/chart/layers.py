"""The items that draw bars: candles (or a close line), volume bars and moving-average lines.

Each paint draws only the buckets in view, from the level of the pyramid that gives about two
pixels per candle, in a handful of batched calls (`drawRects` / `drawLines` over numpy-backed
arrays): the cost of a frame depends on the window's width, not on how many bars are loaded.
Geometry is computed in device pixels and rounded, so candles stay crisp without antialiasing.
"""
from __future__ import annotations

import math
from contextlib import contextmanager

import numpy as np

from tracker.ui.chart.lod import Level
from tracker.ui.chart.series import Series
from tracker.ui.qt import QtCore, QtGui, blend, pg

try:   # numpy-backed QRectF / QLineF arrays handed to QPainter without a Python object per bar
    from pyqtgraph.Qt.internals import PrimitiveArray
except ImportError:   # pragma: no cover - older pyqtgraph
    PrimitiveArray = None

BODY_FRACTION = 0.8       # candle body width as a fraction of the bucket's width (at least a
                          # one-pixel gap between candles)
VOLUME_TINT = 0.45        # volume bars: the candle colour at this strength over the background


class _Primitives:
    """A reusable array of QRectF or QLineF drawn with one call."""

    def __init__(self, klass):
        self._klass = klass
        self._array = PrimitiveArray(klass, 4) if PrimitiveArray is not None else None
        self._fallback: np.ndarray | None = None

    def fill(self, columns: np.ndarray) -> None:
        """columns: (n, 4) rows of x, y, w, h (rects) or x1, y1, x2, y2 (lines)."""
        if self._array is not None:
            self._array.resize(len(columns))
            self._array.ndarray()[:] = columns
        else:
            self._fallback = columns

    def draw(self, painter: QtGui.QPainter) -> None:
        if self._array is not None:
            if len(self._array):
                args = self._array.drawargs()
                (painter.drawRects if self._klass is QtCore.QRectF else painter.drawLines)(*args)
        elif self._fallback is not None and len(self._fallback):
            items = [self._klass(*row) for row in self._fallback.tolist()]
            (painter.drawRects if self._klass is QtCore.QRectF else painter.drawLines)(items)


def _hairline(color: QtGui.QColor) -> QtGui.QPen:
    """A one-pixel antialiased pen: Qt draws these on a fast path (wider smooth lines cost
    about five times as much per frame)."""
    pen = QtGui.QPen(QtGui.QColor(color), 1.0)
    pen.setCosmetic(True)
    return pen


@contextmanager
def device_pixels(painter: QtGui.QPainter):
    """Paint in device pixels for the block, and always give the painter back as it was."""
    painter.save()
    try:
        painter.resetTransform()
        yield painter
    finally:
        painter.restore()


def device_mapping(painter: QtGui.QPainter) -> tuple[float, float, float, float] | None:
    """(sx, ox, sy, oy) with device = data * s + o, or None if the view is rotated or skewed."""
    t = painter.transform()
    if t.m12() != 0 or t.m21() != 0 or t.m11() == 0 or t.m22() == 0:
        return None
    return t.m11(), t.m31(), t.m22(), t.m32()


class ViewLayer(pg.GraphicsObject):
    """An item that paints inside its view box's visible rect and only there.

    Its bounding rect is the visible rect (kept in step with every pan and zoom), never the extent
    of the data: a million bars, or prices spanning many decades, would map to device coordinates
    beyond what Qt's integer rectangles hold, and Qt would then skip painting the item at all."""

    def __init__(self):
        super().__init__()
        self._view_bounds: QtCore.QRectF | None = None

    def has_content(self) -> bool:
        return True

    def viewTransformChanged(self):
        super().viewTransformChanged()
        self.prepareGeometryChange()
        self._view_bounds = None

    def content_changed(self) -> None:
        self.prepareGeometryChange()
        self._view_bounds = None
        self.update()

    def view_x(self) -> tuple[float, float]:
        vb = self.getViewBox()
        return tuple(vb.viewRange()[0]) if vb is not None else (0.0, 0.0)

    def view_y(self) -> tuple[float, float]:
        vb = self.getViewBox()
        return tuple(vb.viewRange()[1]) if vb is not None else (0.0, 1.0)

    def boundingRect(self):
        if self._view_bounds is None:
            vb = self.getViewBox() if self.has_content() else None
            if vb is None:
                return QtCore.QRectF()
            (x0, x1), (y0, y1) = vb.viewRange()
            self._view_bounds = QtCore.QRectF(x0, y0, x1 - x0, y1 - y0)
        return self._view_bounds


class BarLayer(ViewLayer):
    """Base of the items drawn from a Series in a price or volume pane."""

    def __init__(self):
        super().__init__()
        self.series: Series | None = None
        self.log = False
        self._geometry: tuple | None = None

    def has_content(self) -> bool:
        return self.series is not None and len(self.series) > 0

    def content_changed(self) -> None:
        self._geometry = None
        super().content_changed()

    def geometry_stale(self, *key) -> bool:
        """True (and remember `key`) unless the last paint computed the same geometry: a repaint
        with nothing moved (the crosshair passing over) reuses the arrays it already has."""
        if key == self._geometry:
            return False
        self._geometry = key
        return True

    def set_series(self, series: Series | None) -> None:
        self.series = series
        self.content_changed()

    def set_log(self, log: bool) -> None:
        self.log = log
        self.content_changed()

    def y(self, values: np.ndarray) -> np.ndarray:
        return np.log10(values) if self.log else values

    def visible(self, painter, px_scale: float = 1.0):
        """(level, j0, j1, sx, ox, sy, oy) for what is in view, or None when nothing is."""
        if self.series is None or not len(self.series):
            return None
        mapping = device_mapping(painter)
        if mapping is None:
            return None
        sx, ox, sy, oy = mapping
        x0, x1 = self.view_x()
        level = self.series.pyramid.level_for(abs(sx) * px_scale)
        j0, j1 = level.span(x0, x1)
        if j1 <= j0:
            return None
        return level, j0, j1, sx, ox, sy, oy


def body_width(bucket_px: float) -> float:
    """Whole pixels with a gap between candles; from 5 px up an odd width, so the body centres
    exactly on its one-pixel wick (narrower bodies may lean one pixel, which no eye can see)."""
    w = max(1.0, min(math.floor(bucket_px * BODY_FRACTION + 0.5), round(bucket_px) - 1))
    if w >= 5 and int(w) % 2 == 0:
        w -= 1.0
    return w


def body_left(center_px: np.ndarray, width: float) -> np.ndarray:
    return center_px - (int(width) - 1) // 2


def _snap(values: np.ndarray) -> np.ndarray:
    return np.floor(values + 0.5)


def candle_rects(level: Level, j0: int, j1: int, sx, ox, sy, oy, y) -> tuple[np.ndarray, np.ndarray]:
    """Rects (x, y, w, h in device pixels) for the rising and the falling candles of buckets j0..j1:
    each candle is a one-pixel wick rect plus a body rect."""
    cx = _snap(level.centers(j0, j1) * sx + ox)
    body_w = body_width(abs(sx) * level.bucket)
    o, h, l, c = (y(a[j0:j1]) * sy + oy for a in (level.open, level.high, level.low, level.close))
    top_wick = _snap(np.minimum(h, l))
    wick_h = np.maximum(1.0, _snap(np.maximum(h, l)) - top_wick + 1)
    body_top = _snap(np.minimum(o, c))
    body_h = np.maximum(1.0, _snap(np.maximum(o, c)) - body_top)
    rising = level.close[j0:j1] >= level.open[j0:j1]

    def rects(mask):
        m = int(mask.sum())
        out = np.empty((2 * m, 4))
        out[:m, 0] = cx[mask]
        out[:m, 1] = top_wick[mask]
        out[:m, 2] = 1.0
        out[:m, 3] = wick_h[mask]
        out[m:, 0] = body_left(cx[mask], body_w)
        out[m:, 1] = body_top[mask]
        out[m:, 2] = body_w
        out[m:, 3] = body_h[mask]
        return out

    return rects(rising), rects(~rising)


class CandleLayer(BarLayer):
    """Candlesticks, or a line through the closes (`style` "candles" / "line")."""

    def __init__(self):
        super().__init__()
        self.style = "candles"
        self.up = QtGui.QColor("#1a7f37")
        self.down = QtGui.QColor("#cf222e")
        self.line_pen = _hairline(QtGui.QColor("#2f81f7"))
        self._up = _Primitives(QtCore.QRectF)
        self._down = _Primitives(QtCore.QRectF)
        self._line = _Primitives(QtCore.QLineF)
        self.last_level: Level | None = None     # what the last frame drew (read by tests)
        self.last_span: tuple[int, int] = (0, 0)

    def set_colors(self, up: QtGui.QColor, down: QtGui.QColor, line: QtGui.QColor) -> None:
        self.up, self.down = QtGui.QColor(up), QtGui.QColor(down)
        self.line_pen = _hairline(QtGui.QColor(line))
        self.update()

    def set_style(self, style: str) -> None:
        self.style = style
        self.update()

    def paint(self, p, *args):
        # a close line needs one point per pixel; candles need two pixels each
        view = self.visible(p, px_scale=2.0 if self.style == "line" else 1.0)
        if view is None:
            return
        level, j0, j1, sx, ox, sy, oy = view
        self.last_level, self.last_span = level, (j0, j1)
        line = self.style == "line"
        if self.geometry_stale(level.bucket, j0, j1, sx, ox, sy, oy, self.log, line):
            if line:
                x = level.last_bar(j0, j1) * sx + ox
                yv = self.y(level.close[j0:j1]) * sy + oy
                self._line.fill(np.column_stack((x[:-1], yv[:-1], x[1:], yv[1:])))
            else:
                rising, falling = candle_rects(level, j0, j1, sx, ox, sy, oy, self.y)
                self._up.fill(rising)
                self._down.fill(falling)
        with device_pixels(p):
            if line:
                p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
                p.setPen(self.line_pen)
                self._line.draw(p)
            else:
                p.setPen(QtCore.Qt.PenStyle.NoPen)
                for color, prims in ((self.up, self._up), (self.down, self._down)):
                    p.setBrush(color)
                    prims.draw(p)


class VolumeLayer(BarLayer):
    """Volume bars from zero, coloured like their candle, at the same level of detail."""

    def __init__(self):
        super().__init__()
        self.up = QtGui.QColor("#1a7f37")
        self.down = QtGui.QColor("#cf222e")
        self._up = _Primitives(QtCore.QRectF)
        self._down = _Primitives(QtCore.QRectF)

    def set_colors(self, up: QtGui.QColor, down: QtGui.QColor, background: QtGui.QColor) -> None:
        self.up = blend(background, up, VOLUME_TINT)
        self.down = blend(background, down, VOLUME_TINT)
        self.update()

    def y(self, values):
        return values

    def paint(self, p, *args):
        view = self.visible(p)
        if view is None:
            return
        level, j0, j1, sx, ox, sy, oy = view
        if self.geometry_stale(level.bucket, j0, j1, sx, ox, sy, oy):
            cx = _snap(level.centers(j0, j1) * sx + ox)
            w = body_width(abs(sx) * level.bucket)
            base = _snap(np.float64(oy))
            top = _snap(level.volume[j0:j1] * sy + oy)
            rising = level.close[j0:j1] >= level.open[j0:j1]
            for mask, prims in ((rising, self._up), (~rising, self._down)):
                rects = np.empty((int(mask.sum()), 4))
                rects[:, 0] = body_left(cx[mask], w)
                rects[:, 1] = top[mask]
                rects[:, 2] = w
                rects[:, 3] = np.maximum(base - top[mask], 0.0)
                prims.fill(rects)
        with device_pixels(p):
            p.setPen(QtCore.Qt.PenStyle.NoPen)
            for color, prims in ((self.up, self._up), (self.down, self._down)):
                p.setBrush(color)
                prims.draw(p)


class LineLayer(BarLayer):
    """A line over the bars, one value per bar (a moving average), sampled at each bucket's last
    bar; NaN values (before the average has enough bars) leave a gap."""

    def __init__(self, color: QtGui.QColor):
        super().__init__()
        self.values: np.ndarray | None = None
        self.pen = _hairline(color)
        self._lines = _Primitives(QtCore.QLineF)

    def set_color(self, color: QtGui.QColor) -> None:
        self.pen = _hairline(color)
        self.update()

    def set_values(self, series: Series | None, values: np.ndarray | None) -> None:
        self.values = values
        self.set_series(series)

    def paint(self, p, *args):
        view = self.visible(p, px_scale=2.0)
        if view is None or self.values is None:
            return
        level, j0, j1, sx, ox, sy, oy = view
        if self.geometry_stale(level.bucket, j0, j1, sx, ox, sy, oy, self.log):
            bars = level.last_bar(j0, j1)
            x = bars * sx + ox
            yv = self.y(self.values[bars]) * sy + oy
            ok = np.isfinite(yv)
            seg = ok[:-1] & ok[1:]
            self._lines.fill(np.column_stack((x[:-1][seg], yv[:-1][seg], x[1:][seg], yv[1:][seg])))
        with device_pixels(p):
            p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
            p.setPen(self.pen)
            self._lines.draw(p)
