"""A one-line label that shows the longest of several texts that fits its width.

A line of figures cut off at the window's edge hides the very figure the user looks for (a
longer translation, a large font, a narrow window): the label is given the same line in a few
lengths instead, longest first, and drops detail before it drops a figure. The longest is its
tooltip whenever a shorter one is shown.
"""
from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QSizePolicy


class FittingLabel(QLabel):
    def __init__(self, objectName: str = ""):
        super().__init__(objectName=objectName)
        self._texts: list[str] = []
        self._tip = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)   # never widens the window

    def set_texts(self, texts: Sequence[str], tip: str = "") -> None:
        """The line in every length, longest first (rich text); `tip`, a tooltip always shown
        (after the full line when a shorter one is shown)."""
        self._texts = list(texts)
        self._tip = tip
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
        document = QTextDocument()
        document.setDefaultFont(self.font())
        document.setDocumentMargin(0)
        document.setHtml(text)
        return math.ceil(document.idealWidth())
