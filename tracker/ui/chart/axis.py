"""An axis that paints straight to the screen, fast enough to redraw on every frame of a pan.

pyqtgraph's AxisItem records its ticks into a QPicture and replays it, measuring and laying out
every label again each time the range moves; on a chart that moves every frame that was most of
the frame. This axis keeps pyqtgraph's layout and view linking but paints itself: grid lines and
tick marks in one `drawLines` call each, labels from a cache of laid-out `QStaticText`.

Subclasses say where the ticks go: `ticks(lo, hi, length_px) -> [(value, label), ...]`.
"""
from __future__ import annotations

from tracker.ui.qt import QtCore, QtGui, pg

TICK_PX = 4
TEXT_GAP_PX = 3
_TEXT_CACHE_LIMIT = 512


class FastAxis(pg.AxisItem):
    def __init__(self, orientation: str, show_values: bool = True):
        super().__init__(orientation)
        self.show_values = show_values
        self.enableAutoSIPrefix(False)
        self.setStyle(autoExpandTextSpace=False, autoReduceTextSpace=False,
                      hideOverlappingLabels=True, showValues=show_values)
        self.font = QtGui.QFont()
        self.font.setPixelSize(11)
        self._texts: dict[str, QtGui.QStaticText] = {}
        self.grid_color: QtGui.QColor | None = None   # opaque, set from the palette
        self.background_color = QtGui.QColor("white")
        self.cursor: tuple[float, str] | None = None  # (value, label) boxed at the crosshair
        self._bounds: QtCore.QRectF | None = None
        self.geometryChanged.connect(self._forget_bounds)

    # -- what to draw
    def ticks(self, lo: float, hi: float, length_px: float) -> list[tuple[float, str]]:
        raise NotImplementedError

    # pyqtgraph's own drawing path (still used by its exporters) asks these two
    def tickValues(self, minVal, maxVal, size):
        return [(1.0, [v for v, _ in self.ticks(minVal, maxVal, size)])]

    def tickStrings(self, values, scale, spacing):
        labels = dict(self.ticks(*sorted(self.range), self._length()))
        return [labels.get(v, "") for v in values]

    # -- geometry
    def _forget_bounds(self):
        self._bounds = None

    def linkToView(self, view):
        super().linkToView(view)
        view.sigResized.connect(self._forget_bounds)

    def boundingRect(self):
        if self._bounds is None:
            self._bounds = super().boundingRect()
        return self._bounds

    def setGrid(self, grid):
        super().setGrid(grid)
        self._forget_bounds()

    def _length(self) -> float:
        r = self.rect()
        return r.width() if self.orientation in ("top", "bottom") else r.height()

    def _text(self, label: str) -> QtGui.QStaticText:
        text = self._texts.get(label)
        if text is None:
            if len(self._texts) > _TEXT_CACHE_LIMIT:
                self._texts.clear()
            text = QtGui.QStaticText(label)
            text.setTextFormat(QtCore.Qt.TextFormat.PlainText)
            text.prepare(QtGui.QTransform(), self.font)
            self._texts[label] = text
        return text

    def setTextPen(self, *args, **kwargs):
        super().setTextPen(*args, **kwargs)
        self.update()

    def set_cursor(self, value: float | None, label: str = "") -> None:
        """Box `label` on the axis at `value` (the crosshair's position); None removes it."""
        cursor = None if value is None else (value, label)
        if cursor != self.cursor:
            self.cursor = cursor
            self.update()

    # -- painting
    def paint(self, p, opt, widget):
        lo, hi = self.range
        rect = self.rect()
        horizontal = self.orientation in ("top", "bottom")
        length = rect.width() if horizontal else rect.height()
        if hi == lo or length <= 0:
            return
        flipped = lo > hi
        lo, hi = min(lo, hi), max(lo, hi)
        ticks = self.ticks(lo, hi, length)
        scale = length / (hi - lo)

        def position(v: float) -> float:
            if horizontal:
                return rect.left() + (v - lo) * scale
            return rect.bottom() - (v - lo) * scale if not flipped else rect.top() + (v - lo) * scale

        positions = [round(position(v)) + 0.5 for v, _ in ticks]   # centre of a pixel column/row
        view = self.linkedView()
        if self.grid is not False and view is not None and positions:
            area = self.mapRectFromItem(view, view.boundingRect())
            color = self.grid_color
            if color is None:
                color = QtGui.QColor(self.pen().color())
                color.setAlpha(int(self.grid))
            p.setPen(QtGui.QPen(color, 0))
            if horizontal:
                p.drawLines([QtCore.QLineF(x, area.top(), x, area.bottom()) for x in positions])
            else:
                p.drawLines([QtCore.QLineF(area.left(), y, area.right(), y) for y in positions])
        p.setPen(self.pen())
        if self.orientation == "bottom":
            p.drawLine(QtCore.QLineF(rect.left(), rect.top() + 0.5, rect.right(), rect.top() + 0.5))
        elif self.orientation == "right":
            p.drawLine(QtCore.QLineF(rect.left() + 0.5, rect.top(), rect.left() + 0.5, rect.bottom()))
        if self.cursor is not None and self.show_values:
            self._paint_cursor(p, rect, horizontal)
        if not self.show_values or not ticks:
            return
        if horizontal:
            p.drawLines([QtCore.QLineF(x, rect.top(), x, rect.top() + TICK_PX) for x in positions])
        else:
            p.drawLines([QtCore.QLineF(rect.left(), y, rect.left() + TICK_PX, y) for y in positions])
        p.setPen(self.textPen())
        p.setFont(self.font)
        box = self._cursor_box(rect, horizontal) if self.cursor is not None else None
        for (value, label), at in zip(ticks, positions):
            if not label:
                continue
            text = self._text(label)
            size = text.size()
            if horizontal:
                x = at - size.width() / 2
                if x < rect.left() or x + size.width() > rect.right():
                    continue
                if box is not None and box.left() - 4 < x + size.width() and x < box.right() + 4:
                    continue       # under the crosshair's box
                p.drawStaticText(QtCore.QPointF(round(x), rect.top() + TICK_PX + TEXT_GAP_PX), text)
            else:
                y = at - size.height() / 2
                if y < rect.top() or y + size.height() > rect.bottom():
                    continue
                if box is not None and box.top() - 2 < y + size.height() and y < box.bottom() + 2:
                    continue
                p.drawStaticText(QtCore.QPointF(rect.left() + TICK_PX + TEXT_GAP_PX, round(y)), text)

    def _cursor_box(self, rect: QtCore.QRectF, horizontal: bool) -> QtCore.QRectF:
        lo, hi = sorted(self.range)
        length = rect.width() if horizontal else rect.height()
        at = (self.cursor[0] - lo) / (hi - lo) * length if hi != lo else 0.0
        size = self._text(self.cursor[1]).size()
        w, h = size.width() + 8, size.height() + 2
        if horizontal:
            return QtCore.QRectF(round(rect.left() + at - w / 2), rect.top() + 1, w, h)
        return QtCore.QRectF(rect.left() + 1, round(rect.bottom() - at - h / 2), min(w, rect.width() - 1), h)

    def _paint_cursor(self, p, rect, horizontal) -> None:
        box = self._cursor_box(rect, horizontal)
        if not rect.adjusted(-1, -1, 1, 1).intersects(box):
            return
        p.fillRect(box, self.textPen().color())        # inverted: text colour box,
        p.setPen(self.background_color)                # background colour letters
        p.setFont(self.font)
        text = self._text(self.cursor[1])
        size = text.size()
        p.drawStaticText(QtCore.QPointF(round(box.center().x() - size.width() / 2),
                                        round(box.center().y() - size.height() / 2)), text)
