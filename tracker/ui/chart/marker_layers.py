"""Items drawn over the candles: the user's trades, company events and the average-cost line.

Markers are stamped from small pre-rendered pixmaps (one per side and size), so a frame costs one
`drawPixmap` per visible marker and nothing per bar. The chart forwards mouse moves to
`hover_at`, which sets the tooltip to what the marker under the mouse is (kept in `hovered`).
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

import numpy as np

from tracker.ui.chart.layers import ViewLayer, _Primitives, device_mapping, device_pixels
from tracker.ui.chart.markers import BUY, BUYBACK, DIVIDEND, EARNINGS, MOVE, EventMarker, TradeMarker
from tracker.ui.chart.series import Series
from tracker.ui import theme
from tracker.ui.qt import QtCore, QtGui, Signal

MIN_MARKER_PX, MAX_MARKER_PX = 12, 22
EVENT_GLYPH_PX = 15
COST_PEN_PX = 1.5
DASH_PERIOD_PX = 6 * COST_PEN_PX     # Qt's dash line: 4 on, 2 off, in pen widths
EVENT_STYLE = {   # kind -> (letter, colour); rows from the bottom of the price pane in this order
    DIVIDEND: ("D", QtGui.QColor("#8250df")),
    EARNINGS: ("E", QtGui.QColor("#0969da")),
    BUYBACK: ("B", QtGui.QColor("#9a6700")),
    MOVE: ("C", QtGui.QColor("#1a7f37")),
}


def _pixmap(size: int, draw) -> QtGui.QPixmap:
    ratio = 2.0   # crisp on high-density screens and in exports
    pm = QtGui.QPixmap(int(size * ratio), int(size * ratio))
    pm.setDevicePixelRatio(ratio)
    pm.fill(QtCore.Qt.GlobalColor.transparent)
    p = QtGui.QPainter(pm)
    try:
        p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
        p.setRenderHint(QtGui.QPainter.RenderHint.TextAntialiasing, True)
        draw(p, size)
    finally:
        p.end()
    return pm


def _round_pen(color: QtGui.QColor, width: float) -> QtGui.QPen:
    pen = QtGui.QPen(color, width)
    pen.setJoinStyle(QtCore.Qt.PenJoinStyle.RoundJoin)
    return pen


def triangle_pixmap(side: str, size: int) -> QtGui.QPixmap:
    """An up triangle (buy) or a down triangle (sell) with a light outline so it reads on candles,
    in the colour convention's marker colours (theme.trade_marker_colors)."""
    buy, sell = theme.trade_marker_colors()
    color = buy if side == BUY else sell

    def draw(p, s):
        m = 1.5
        if side == BUY:
            pts = [QtCore.QPointF(s / 2, m), QtCore.QPointF(s - m, s - m), QtCore.QPointF(m, s - m)]
        else:
            pts = [QtCore.QPointF(m, m), QtCore.QPointF(s - m, m), QtCore.QPointF(s / 2, s - m)]
        triangle = QtGui.QPolygonF(pts)
        # a dark rim outside a white one: the marker stays readable on green, red and background
        p.setPen(_round_pen(QtGui.QColor(0, 0, 0, 150), 3.0))
        p.setBrush(QtCore.Qt.BrushStyle.NoBrush)
        p.drawPolygon(triangle)
        p.setPen(_round_pen(QtGui.QColor("white"), 1.5))
        p.setBrush(color)
        p.drawPolygon(triangle)
    return _pixmap(size, draw)


def event_pixmap(kind: str, hollow: bool = False) -> QtGui.QPixmap:
    """A filled disc with the kind's letter; hollow: the same letter in a ring of the kind's colour
    on a light disc (readable on candles and on either theme)."""
    letter, color = EVENT_STYLE[kind]

    def draw(p, s):
        if hollow:
            p.setPen(QtGui.QPen(color, 1.6))
            p.setBrush(QtGui.QColor(255, 255, 255, 230))
            p.drawEllipse(QtCore.QRectF(1, 1, s - 2, s - 2))
        else:
            p.setPen(QtGui.QPen(QtGui.QColor(255, 255, 255, 220), 1.0))
            p.setBrush(color)
            p.drawEllipse(QtCore.QRectF(0.5, 0.5, s - 1, s - 1))
        font = QtGui.QFont()
        font.setPixelSize(int(s * 0.62))
        font.setBold(True)
        p.setFont(font)
        p.setPen(color if hollow else QtGui.QColor("white"))
        p.drawText(QtCore.QRectF(0, 0, s, s), QtCore.Qt.AlignmentFlag.AlignCenter, letter)
    return _pixmap(EVENT_GLYPH_PX, draw)


class _HoverLayer(ViewLayer):
    """Common hover handling: find the marker under the mouse in device pixels."""
    hoveredChanged = Signal(str)

    def __init__(self):
        super().__init__()
        self.hovered = ""
        self.log = False

    def set_log(self, log: bool) -> None:
        self.log = log
        self.content_changed()

    def _hit(self, px: float, py: float, mapping) -> str:
        return ""

    def hover_at(self, scene_pos) -> str:
        """Find the marker under a scene position (the chart forwards every mouse move), set the
        tooltip to what it is and return that text ("" when the mouse is on no marker)."""
        text = ""
        scene = self.scene()
        if self.isVisible() and scene is not None and scene.views():
            view = scene.views()[0]
            transform = self.sceneTransform() * view.viewportTransform()   # item -> viewport pixels
            view_pos = view.mapFromScene(scene_pos)
            mapping = (transform.m11(), transform.m31(), transform.m22(), transform.m32())
            text = self._hit(view_pos.x(), view_pos.y(), mapping)
        if text != self.hovered:
            self.hovered = text
            self.setToolTip(text)
            self.hoveredChanged.emit(text)
        return text



@dataclass(frozen=True)
class PlacedTrade:
    """A trade as drawn: its bar index, price and the marker's size in pixels."""
    index: int
    when: object
    side: str
    price: float
    size: int
    marker: TradeMarker

    @property
    def label(self) -> str:
        """What hovering it shows."""
        return self.marker.hover_text


def _find(placed: PlacedTrade, trades: list[PlacedTrade], x: np.ndarray) -> int | None:
    """Where `placed` is in `trades` (placed in bar order; `x` their bar indices), among those of its bar."""
    lo, hi = np.searchsorted(x, [placed.index, placed.index + 0.5])
    return next((i for i in range(int(lo), int(hi)) if trades[i] is placed), None)


class TradeLayer(_HoverLayer):
    """Buy (up triangle) and sell (down triangle) markers with their tip on the trade's price at
    the trade's bar; the area of a marker grows with the trade's quantity."""

    def __init__(self):
        super().__init__()
        self.trades: list[PlacedTrade] = []
        self._x = np.zeros(0)
        self._pixmaps: dict[tuple[str, int, str], QtGui.QPixmap] = {}
        # id(marker) -> (marker, its PlacedTrade or None when it has no bar), for `_placed_on`'s
        # bars and the largest quantity `_biggest`: a save places one new marker, not them all
        self._placed: dict[int, tuple[TradeMarker, PlacedTrade | None]] = {}
        self._placed_on: Series | None = None
        self._biggest = 0.0

    def set_trades(self, series: Series | None, markers: list[TradeMarker]) -> None:
        placed = []
        if series is not None and len(series) and markers:
            biggest = max(abs(m.quantity) for m in markers) or 1.0
            if series is not self._placed_on or biggest != self._biggest:
                self._placed, self._placed_on, self._biggest = {}, series, biggest
            kept = self._placed
            new = [m for m in markers if kept.get(id(m), (None,))[0] is not m]
            if new:
                self._place(series, new)
            placed = [t for t in (kept[id(m)][1] for m in markers) if t is not None]
            if len(kept) > 2 * len(markers):       # markers of trades since deleted
                self._placed = {id(m): kept[id(m)] for m in markers}
        if any(placed[n].index > placed[n + 1].index for n in range(len(placed) - 1)):
            placed.sort(key=lambda t: t.index)
        self.trades = placed
        self._x = np.fromiter((t.index for t in placed), dtype=np.float64, count=len(placed))
        self.content_changed()

    def update_trades(self, series: Series | None, markers: list[TradeMarker], added: list[TradeMarker],
                      removed: list[TradeMarker]) -> None:
        """`markers` (every marker now) differ from those last set by `added` and `removed`: only
        those are placed or taken away, unless the bars or the largest quantity (which sizes every
        marker) changed, when all are placed again."""
        biggest = self._biggest
        if series is None or series is not self._placed_on \
                or any(abs(m.quantity) > biggest for m in added) \
                or any(abs(m.quantity) >= biggest for m in removed):
            self.set_trades(series, markers)
            return
        kept = self._placed
        trades, x = list(self.trades), self._x      # (the list hover and paint hold stays as it was)
        for m in removed:
            found = kept.pop(id(m), None)
            if found is not None and found[0] is m and found[1] is not None:
                at = _find(found[1], trades, x)
                if at is not None:
                    del trades[at]
                    x = np.delete(x, at)
        self._place(series, added)
        for m in added:
            placed = kept[id(m)][1]
            if placed is not None:
                at = int(np.searchsorted(x, placed.index, side="right"))   # after the bar's others
                trades.insert(at, placed)
                x = np.insert(x, at, float(placed.index))
        self.trades, self._x = trades, x
        self.content_changed()


    def _place(self, series: Series, markers: list[TradeMarker]) -> None:
        whens = [m.when for m in markers]
        shown = series.covers(whens)     # the others have no bar: their prices are not loaded
        indexes = series.indexes_of(whens)
        quantity = np.abs(np.array([m.quantity for m in markers], dtype=np.float64))
        sizes = np.rint(MIN_MARKER_PX + (MAX_MARKER_PX - MIN_MARKER_PX)
                        * np.sqrt(quantity / self._biggest))           # area ~ quantity
        for m, i, size, ok in zip(markers, indexes, sizes, shown):
            self._placed[id(m)] = (m, PlacedTrade(int(i), m.when, m.side, float(m.price), int(size), m)
                                   if ok else None)

    def _y(self, price: float) -> float:
        return math.log10(price) if self.log else price

    def has_content(self) -> bool:
        return bool(self.trades)

    def _visible(self):
        x0, x1 = self.view_x()
        lo, hi = np.searchsorted(self._x, [x0 - 1, x1 + 1])
        return self.trades[lo:hi]

    def _pixmap(self, side: str, size: int) -> QtGui.QPixmap:
        key = (side, size, theme.convention())    # the convention can change while shown
        if key not in self._pixmaps:
            self._pixmaps[key] = triangle_pixmap(side, size)
        return self._pixmaps[key]

    def _rect(self, t: PlacedTrade, sx, ox, sy, oy) -> QtCore.QRectF:
        px, py = t.index * sx + ox, self._y(t.price) * sy + oy
        top = py if t.side == BUY else py - t.size    # the tip touches the price
        return QtCore.QRectF(round(px - t.size / 2), round(top), t.size, t.size)

    def paint(self, p, *args):
        mapping = device_mapping(p)
        if mapping is None or not self.trades:
            return
        with device_pixels(p):
            for t in self._visible():
                if t.price > 0:
                    p.drawPixmap(self._rect(t, *mapping), self._pixmap(t.side, t.size), QtCore.QRectF())

    def _hit(self, px, py, mapping) -> str:
        for t in reversed(self._visible()):
            if t.price > 0 and self._rect(t, *mapping).adjusted(-2, -2, 2, 2).contains(px, py):
                return t.label
        return ""


class EventLayer(_HoverLayer):
    """Dividend (D), earnings (E) and buyback-quarter (B) glyphs in rows along the bottom of the
    price pane, at the bar of their date."""

    def __init__(self):
        super().__init__()
        self.events: dict[str, list[tuple[int, EventMarker]]] = {}
        self.shown = {kind: True for kind in EVENT_STYLE}
        self._pixmaps: dict[tuple[str, bool], QtGui.QPixmap] = {}   # (kind, hollow), drawn on first paint

    def set_events(self, series: Series | None, kind: str, events: list[EventMarker]) -> None:
        if kind not in EVENT_STYLE:
            raise ValueError(f"kind: expected one of {', '.join(EVENT_STYLE)}, got {kind!r}")
        placed = []
        if series is not None and len(series) and events:
            whens = [e.when for e in events]
            placed = [(int(i), e) for e, i, ok in zip(events, series.indexes_of(whens), series.covers(whens))
                      if ok]
        self.events[kind] = sorted(placed, key=lambda pair: pair[0])
        self.content_changed()

    def has_content(self) -> bool:
        return any(self.events.values())

    def set_shown(self, kind: str, shown: bool) -> None:
        self.shown[kind] = shown
        self.update()

    def rows(self) -> list[str]:
        """The kinds that get a row, bottom up: shown and with at least one event."""
        return [k for k in EVENT_STYLE if self.shown[k] and self.events.get(k)]

    def strip_px(self) -> int:
        """Height the glyph rows take at the bottom of the pane (0 without any)."""
        rows = len(self.rows())
        return rows * (EVENT_GLYPH_PX + 2) + 4 if rows else 0


    def _placed(self, mapping):
        sx, ox, sy, oy = mapping
        x0, x1 = self.view_x()
        bottom = min(self.view_y()) * sy + oy
        half = EVENT_GLYPH_PX / 2
        for row, kind in enumerate(self.rows()):
            cy = bottom - 3 - half - row * (EVENT_GLYPH_PX + 2)
            for i, event in self.events.get(kind, ()):
                if x0 - 1 <= i <= x1 + 1:
                    yield kind, event, QtCore.QRectF(round(i * sx + ox - half), round(cy - half),
                                                     EVENT_GLYPH_PX, EVENT_GLYPH_PX)

    def paint(self, p, *args):
        mapping = device_mapping(p)
        if mapping is None or not self.events:
            return
        with device_pixels(p):
            for kind, event, rect in self._placed(mapping):
                key = (kind, event.hollow)
                if key not in self._pixmaps:
                    self._pixmaps[key] = event_pixmap(kind, event.hollow)
                p.drawPixmap(rect, self._pixmaps[key], QtCore.QRectF())

    def _hit(self, px, py, mapping) -> str:
        for _kind, event, rect in self._placed(mapping):
            if rect.adjusted(-1, -1, 1, 1).contains(px, py):
                return f"{event.title}\n{event.detail}".strip()
        return ""


class CostLineLayer(ViewLayer):
    """The average cost per unit over time: a step line that changes at each trade and breaks
    where the position is flat (no units held)."""

    def __init__(self):
        super().__init__()
        self.log = False
        self.pen = QtGui.QPen(QtGui.QColor("#bf8700"), COST_PEN_PX, QtCore.Qt.PenStyle.DashLine)
        self.pen.setCosmetic(True)
        self.steps: list[tuple[float, float, float]] = []   # (x from, x to, cost)
        self._end = 0.0                                     # x where the last bar ends
        self._columns = np.zeros((3, 0))
        self._lines = _Primitives(QtCore.QLineF)

    def set_points(self, series: Series | None, points: list[tuple[date, float | None]]) -> None:
        steps = []
        self._end = len(series) - 0.5 if series is not None else 0.0
        if series is not None and len(series) and points:
            end = len(series) - 0.5
            indexes = series.indexes_of([d for d, _v in points])
            placed = sorted((int(i), v) for i, (_d, v) in zip(indexes, points))
            for k, (i, value) in enumerate(placed):
                nxt = placed[k + 1][0] if k + 1 < len(placed) else end
                if value is not None and value > 0 and nxt > i:
                    steps.append((float(i), float(nxt), float(value)))
        self.steps = steps
        self._columns = np.array(steps, dtype=np.float64).reshape(-1, 3).T   # x from, x to, cost
        self.content_changed()

    def set_log(self, log: bool) -> None:
        self.log = log
        self.content_changed()

    def _y(self, v: float) -> float:
        return math.log10(v) if self.log else v

    def has_content(self) -> bool:
        return bool(self.steps)

    def extent(self, x0: float, x1: float) -> tuple[float, float] | None:
        """The lowest and highest cost drawn between x0 and x1 (None where the line is not)."""
        a, b, c = self._columns
        shown = c[(b >= x0) & (a <= x1)]
        return (float(shown.min()), float(shown.max())) if len(shown) else None

    def cost_at(self, index: int) -> float | None:
        for a, b, c in self.steps:
            if a <= index < b:
                return c
        return None

    def edge_marker(self) -> tuple[str, float] | None:
        """The cost held at the right of the view (the last bar in view) when it lies outside the
        price axis (which fits the bars alone): ("above" | "below", cost), drawn as a labelled
        marker at that edge. None once nothing is held there: a cost pinned to the edge reads as
        the cost of the holding now."""
        x0, x1 = self.view_x()
        y0, y1 = self.view_y()
        right = min(x1, self._end)
        shown = [c for a, b, c in self.steps if b >= right and a <= x1]
        if not shown:
            return None
        cost = shown[-1]
        y = self._y(cost)
        if y > y1:
            return "above", cost
        if y < y0:
            return "below", cost
        return None

    def paint(self, p, *args):
        mapping = device_mapping(p)
        if mapping is None or not self.steps:
            return
        sx, ox, sy, oy = mapping
        x0, x1 = self.view_x()
        left, right = x0 * sx + ox - DASH_PERIOD_PX, x1 * sx + ox + DASH_PERIOD_PX
        rows = []
        previous = None
        for a, b, c in self.steps:
            if b < x0 or a > x1:
                previous = None
                continue
            y = round(self._y(c) * sy + oy)
            xa, xb = round(a * sx + ox), round(b * sx + ox)
            if previous is not None and previous[0] == a:   # join to the previous level
                rows.append((xa, previous[1], xa, y))
            # clip to the view (a step can be millions of pixels long when zoomed in), starting
            # on a whole dash period so the dashes do not crawl while panning
            start = xa + max(0, math.floor((left - xa) / DASH_PERIOD_PX)) * DASH_PERIOD_PX
            rows.append((start, y, min(xb, right), y))
            previous = (b, y)
        edge = self.edge_marker()
        if rows:
            self._lines.fill(np.array(rows, dtype=np.float64))
            with device_pixels(p):
                p.setPen(self.pen)
                self._lines.draw(p)
        if edge is not None:
            self._paint_edge(p, *edge)

    def _paint_edge(self, p, where: str, cost: float) -> None:
        """"▲ avg cost 310.00" at the top right (or ▼ at the bottom) of the price pane."""
        vb = self.getViewBox()
        if vb is None:
            return
        (x0, x1), (y0, y1) = vb.viewRange()
        t = p.transform()
        corner = t.map(QtCore.QPointF(x1, y1 if where == "above" else y0))
        arrow = "▲" if where == "above" else "▼"
        text = QtCore.QCoreApplication.translate("PriceChart", "{arrow} average cost {cost:,.2f}").format(
            arrow=arrow, cost=cost)
        with device_pixels(p):
            metrics = QtGui.QFontMetrics(p.font())
            box = QtCore.QRectF(metrics.boundingRect(text)).adjusted(-4, -2, 4, 2)
            box.moveRight(corner.x() - 4)
            if where == "above":
                box.moveTop(corner.y() + 2)
            else:
                box.moveBottom(corner.y() - 2)
            p.setPen(QtGui.QPen(self.pen.color(), 1))
            p.setBrush(QtGui.QColor(0, 0, 0, 0))
            p.fillRect(box, QtGui.QColor(255, 255, 255, 200) if self.pen.color().lightness() < 200
                       else QtGui.QColor(0, 0, 0, 160))
            p.drawRect(box)
            p.setPen(self.pen.color().darker(130))
            p.drawText(box, QtCore.Qt.AlignmentFlag.AlignCenter, text)
