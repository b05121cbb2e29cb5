"""A strip across the top of the window for what the user must know before trusting the figures:
read-only because another window writes, impossible entries in the history, a risky folder."""
from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from tracker.ui import theme


class NoticeBar(QFrame):
    def __init__(self, object_name: str, parent: QWidget | None = None):
        super().__init__(parent, objectName=object_name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        background, edge = theme.notice_colors()
        self.setStyleSheet(f"#{object_name} {{ background: {background}; "
                           f"border: 1px solid {edge}; border-radius: 4px; }}")
        self.label = QLabel(wordWrap=True, objectName=f"{object_name}Text")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(10, 6, 10, 6)
        self._layout.addWidget(self.label, 1)
        self.buttons: dict[str, QPushButton] = {}
        self.hide()

    def show_notice(self, text: str, actions: dict[str, Callable[[], None]] | None = None) -> None:
        for button in self.buttons.values():
            self._layout.removeWidget(button)     # at once: deleteLater waits for the event loop
            button.hide()
            button.deleteLater()
        self.buttons = {}
        for title, run in (actions or {}).items():
            button = QPushButton(title)
            button.clicked.connect(run)
            self._layout.addWidget(button)
            self.buttons[title] = button
        self.label.setText(text)
        self.show()

    def hide_notice(self) -> None:
        self.hide()

    @property
    def text(self) -> str:
        """What the strip says ("" while it is hidden)."""
        return "" if self.isHidden() else self.label.text()
