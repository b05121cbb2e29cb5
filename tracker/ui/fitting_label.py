"""A one-line label that shows the longest of several texts that fits its width.

A line of figures cut off at the window's edge hides the very figure the user looks for (a
longer translation, a large font, a narrow window): the label is given the same line in a few
lengths instead, longest first, and drops detail before it drops a figure. The longest is its
tooltip whenever a shorter one is shown.
"""
from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QSizePolicy


class FittingLabel(QLabel):
    """`sized`: the label asks its layout for the room of its longest text and gives way down to
    its shortest (beside other such labels, as in a status bar, each gets what it needs before
    any is shortened); else it asks for none, and takes the room the layout leaves it."""

    def __init__(self, objectName: str = "", sized: bool = False):
        super().__init__(objectName=objectName)
        self._texts: list[str] = []
        self._tip = ""
        self._sized = sized
        self._widths: dict[str, int] = {}     # text -> its width in this font (layouts ask often)
        policy = QSizePolicy.Policy.Preferred if sized else QSizePolicy.Policy.Ignored   # never widens the window
        self.setSizePolicy(policy, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self._sized and self._texts:
            hint.setWidth(self._width_of(self._texts[0]))
        return hint

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if self._sized and self._texts:
            hint.setWidth(self._width_of(self._texts[-1]))
        return hint

    def _width_of(self, text: str) -> int:
        margins = self.contentsMargins()
        return self.text_width(text) + margins.left() + margins.right() + 2 * self.margin()

    def set_texts(self, texts: Sequence[str], tip: str = "") -> None:
        """The line in every length, longest first (rich text); `tip`, a tooltip always shown
        (after the full line when a shorter one is shown)."""
        self._texts = list(texts)
        self._tip = tip
        self._fit()
        if self._sized:        # the room it asks for changed: have it now, not at the next layout pass
            self.updateGeometry()
            widget = self.parentWidget()
            for _ in range(2):         # its own box (a status bar's part), and the bar
                if widget is None:
                    break
                if widget.layout() is not None:
                    widget.layout().activate()
                widget = widget.parentWidget()
            self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        texts = self._texts
        if not texts:
            self.setText("")
            self.setToolTip(self._tip)
            return
        room = self.contentsRect().width()
        shown = next((text for text in texts if self.text_width(text) <= room), texts[-1])
        if shown != self.text():
            self.setText(shown)
        full = texts[0] if shown != texts[0] else ""
        self.setToolTip("<br><br>".join(t for t in (full, self._tip) if t))

    def text_width(self, text: str) -> int:
        """The width `text` takes on one line in this label's font."""
        width = self._widths.get(text)
        if width is None:
            document = QTextDocument()
            document.setDefaultFont(self.font())
            document.setDocumentMargin(0)
            document.setHtml(text)
            width = math.ceil(document.idealWidth())
            if len(self._widths) > 64:       # a readout's texts change with every bar hovered
                self._widths.clear()
            self._widths[text] = width
        return width

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.FontChange and hasattr(self, "_widths"):   # (not while built)
            self._widths.clear()
            self._fit()
        super().changeEvent(event)
