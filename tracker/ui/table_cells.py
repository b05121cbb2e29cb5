"""A table's plain cells painted from text laid out once.

Qt's stock item delegate lays each cell's text out afresh on every repaint (a text layout to
wrap it and another to elide it, for every cell): on a tall transactions table that is most of a
filter keystroke. A plain cell (text only: not selected, not the current cell, not under the
mouse, one line of left-to-right text) is drawn here from a kept `QStaticText`, cut with "…"
as the stock delegate cuts it, exactly where the Fusion style puts it; every other cell, and
every cell under any other style, goes through the stock delegate.

The model gives a plain cell's text, alignment and colour in one call: `cell_look(row, column)`
-> (text, alignment flags as int, QColor or None for the palette's text colour).
"""
from __future__ import annotations

from unicodedata import bidirectional

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QPalette, QPen, QStaticText, QTransform
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

# states in which the stock delegate draws more than text (a highlight, a focus frame, a hover)
# (as plain ints: Python enum flags cost more than the rest of a cell's paint)
_NOT_PLAIN = (QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus
              | QStyle.StateFlag.State_MouseOver | QStyle.StateFlag.State_Editing).value
_ENABLED, _ACTIVE = QStyle.StateFlag.State_Enabled.value, QStyle.StateFlag.State_Active.value
_RIGHT, _HCENTER = int(Qt.AlignmentFlag.AlignRight), int(Qt.AlignmentFlag.AlignHCenter)
_RIGHT_TO_LEFT = {"R", "AL", "RLE", "RLO", "RLI"}
_ELIDE = Qt.TextElideMode.ElideRight


class PlainCellDelegate(QStyledItemDelegate):
    KEPT = 20_000        # texts laid out and kept; past that the cache starts again

    def __init__(self, model, parent=None):
        super().__init__(parent)
        self._model = model
        # text -> (laid out, width, height), or None for a text the stock delegate must paint;
        # (text, room) -> the same for the text cut with "…" to fit the room
        self._laid_out: dict[object, tuple[QStaticText, float, float] | None] = {}
        self._font = None                   # the font they were laid out in
        self._margin: int | None = None     # None until the first paint; -1: not Fusion, the stock delegate paints
        self._pens: dict[tuple[int, int], QPen] = {}     # (palette, state) -> the pen of plain text

    def paint(self, painter, option, index) -> None:
        margin = self._margin
        if margin is None:
            margin = self._margin = _text_margin(option.widget)
        state = option.state.value
        if margin < 0 or state & _NOT_PLAIN:
            super().paint(painter, option, index)
            return
        text, alignment, color = self._model.cell_look(index.row(), index.column())
        if not text:
            return
        rect = option.rect
        room = rect.width() - 2 * margin
        if room <= 0:
            return
        laid_out = self._text_of(text, option)
        if laid_out is not None and laid_out[1] > room:
            # cut with "…"; where a right-aligned cut text lands can differ by a fraction of a
            # pixel at a fractional scale: the stock delegate places those
            laid_out = None if alignment & (_RIGHT | _HCENTER) else self._elided(text, room, option)
        if laid_out is None:
            super().paint(painter, option, index)
            return
        static, width, height = laid_out
        # where the stock delegate puts it: the text aligned within the room (at a fraction of a
        # pixel when right-aligned), its whole-pixel box centred in the cell's height
        left = rect.x() + margin
        if alignment & _RIGHT:
            x = left + room - width
        elif alignment & _HCENTER:
            x = left + (room - width) / 2
        else:
            x = left
        y = rect.y() + rect.height() // 2 - round(height) // 2
        painter.setPen(self._text_pen(option, state) if color is None else color)
        painter.drawStaticText(QPointF(x, y), static)

    def _text_pen(self, option, state: int) -> QPen:
        """The palette's text colour in the cell's state (enabled, in the active window or not)."""
        palette = option.palette
        key = (palette.cacheKey(), state & (_ENABLED | _ACTIVE))
        pen = self._pens.get(key)
        if pen is None:
            group = (QPalette.ColorGroup.Disabled if not state & _ENABLED
                     else QPalette.ColorGroup.Normal if state & _ACTIVE
                     else QPalette.ColorGroup.Inactive)
            if len(self._pens) > 16:
                self._pens.clear()
            pen = self._pens[key] = QPen(palette.color(group, QPalette.ColorRole.Text))
        return pen

    def _text_of(self, text: str, option) -> tuple[QStaticText, float, float] | None:
        """`text` laid out in the cell's font; None when only the stock delegate shows it as it
        should be (see `_plain`)."""
        font = option.font
        if font != self._font or len(self._laid_out) > self.KEPT:
            self._laid_out.clear()
            self._font = QFont(font)       # (the option's own is gone after the paint)
        try:
            return self._laid_out[text]
        except KeyError:
            found = self._laid_out[text] = _laid_out(text, font) if _plain(text) else None
            return found

    def _elided(self, text: str, room: int, option) -> tuple[QStaticText, float, float]:
        """`text` cut with "…" to fit `room`, as the stock delegate cuts it."""
        key = (text, room)
        try:
            return self._laid_out[key]
        except KeyError:
            found = self._laid_out[key] = _laid_out(option.fontMetrics.elidedText(text, _ELIDE, room), option.font)
            return found


def _plain(text: str) -> bool:
    """Text a static layout draws as the stock delegate does: one line (the stock delegate shows
    a pasted line break as the first line cut with "…"), nothing invisible, and no right-to-left
    letters (a static layout orders such a text right to left; the table is laid out left to
    right)."""
    if text.isascii():
        return text.isprintable()
    return text.isprintable() and not any(bidirectional(c) in _RIGHT_TO_LEFT for c in text)


def _text_margin(widget) -> int:
    """The stock delegate's space between a cell's edge and its text under the Fusion style, left
    to right; -1 otherwise (cells may look otherwise: the stock delegate paints them all)."""
    style = widget.style() if widget is not None else None
    if (style is None or style.name().lower() != "fusion"
            or widget.layoutDirection() != Qt.LayoutDirection.LeftToRight):
        return -1
    return style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1


def _laid_out(text: str, font) -> tuple[QStaticText, float, float]:
    static = QStaticText(text)
    static.setTextFormat(Qt.TextFormat.PlainText)
    static.prepare(QTransform(), font)
    size = static.size()
    return static, size.width(), size.height()
