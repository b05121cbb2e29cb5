"""Light and dark palettes that follow the system's colour scheme, and the gain / loss colours.

The Fusion style draws every widget from the palette, so one palette switch recolours the whole
window. `TRACKER_THEME=light|dark` overrides the system (screenshots, accessibility checks).
"""
from __future__ import annotations

import os

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

THEME_ENV = "TRACKER_THEME"

# Gains / losses: GitHub-like greens and reds with enough contrast on each background (WCAG AA).
GAIN = {"light": "#1a7f37", "dark": "#3fb950"}
LOSS = {"light": "#cf222e", "dark": "#f85149"}
MUTED = {"light": "#57606a", "dark": "#8b949e"}
CARD = {"light": "#f6f8fa", "dark": "#161b22"}
BORDER = {"light": "#d0d7de", "dark": "#30363d"}
NOTICE = {"light": "#fff8c5", "dark": "#3b2e00"}          # a warning strip's background
NOTICE_EDGE = {"light": "#d4a72c", "dark": "#9e6a03"}
# Attention text (a stale price on a card, a secondary source, a warning that does not block
# saving): amber, readable on either card background.
WARNING = {"light": "#9a6700", "dark": "#d29922"}


def system_scheme() -> str:
    """'dark' or 'light': the override, else what the platform reports (light when it cannot say)."""
    forced = os.environ.get(THEME_ENV, "").strip().lower()
    if forced in ("light", "dark"):
        return forced
    hints = QGuiApplication.styleHints()
    scheme = hints.colorScheme() if hints is not None else Qt.ColorScheme.Unknown
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


def current_scheme() -> str:
    """The scheme of the palette in use: decided by the window colour's lightness."""
    app = QApplication.instance()
    if app is None:
        return "light"
    return "dark" if app.palette().color(QPalette.ColorRole.Window).lightness() < 128 else "light"


def gain_color() -> QColor:
    return QColor(GAIN[current_scheme()])


def loss_color() -> QColor:
    return QColor(LOSS[current_scheme()])


def muted_color() -> QColor:
    return QColor(MUTED[current_scheme()])


def warning_color() -> QColor:
    return QColor(WARNING[current_scheme()])


def card_color() -> QColor:
    return QColor(CARD[current_scheme()])


def border_color() -> QColor:
    return QColor(BORDER[current_scheme()])


def notice_colors() -> tuple[str, str]:
    """Background and border of a warning strip, for the scheme in use."""
    scheme = current_scheme()
    return NOTICE[scheme], NOTICE_EDGE[scheme]


def signed_color(sign: int) -> QColor | None:
    """Green for a gain, red for a loss, None (the palette's text colour) for flat or unknown."""
    if sign > 0:
        return gain_color()
    if sign < 0:
        return loss_color()
    return None


def dark_palette() -> QPalette:
    p = QPalette()
    window, base, text = QColor("#0d1117"), QColor("#161b22"), QColor("#e6edf3")
    button, highlight = QColor("#21262d"), QColor("#2f81f7")
    disabled = QColor("#6e7681")
    roles = {
        QPalette.ColorRole.Window: window, QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base, QPalette.ColorRole.AlternateBase: QColor("#1c2128"),
        QPalette.ColorRole.ToolTipBase: QColor("#1c2128"), QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: disabled, QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: button, QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor("#ffffff"), QPalette.ColorRole.Highlight: highlight,
        QPalette.ColorRole.HighlightedText: QColor("#ffffff"), QPalette.ColorRole.Link: QColor("#58a6ff"),
        QPalette.ColorRole.Light: QColor("#30363d"), QPalette.ColorRole.Midlight: QColor("#262c36"),
        QPalette.ColorRole.Mid: QColor("#30363d"), QPalette.ColorRole.Dark: QColor("#010409"),
        QPalette.ColorRole.Shadow: QColor("#000000"),
    }
    for role, color in roles.items():
        p.setColor(role, color)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return p


def light_palette() -> QPalette:
    p = QApplication.style().standardPalette()
    p.setColor(QPalette.ColorRole.Highlight, QColor("#0969da"))
    p.setColor(QPalette.ColorRole.Link, QColor("#0969da"))
    p.setColor(QPalette.ColorRole.AlternateBase, QColor("#f6f8fa"))
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor("#8c959f"))
    return p


class ThemeFollower(QObject):
    """Applies the palette for the system's scheme now and again whenever the system switches."""

    changed = Signal(str)

    def __init__(self, app: QApplication):
        super().__init__(app)
        self._app = app
        app.setStyle("Fusion")
        self.apply()
        hints = QGuiApplication.styleHints()
        if hints is not None:
            hints.colorSchemeChanged.connect(lambda _scheme: self.apply())

    def apply(self) -> None:
        scheme = system_scheme()
        self._app.setPalette(dark_palette() if scheme == "dark" else light_palette())
        self.changed.emit(scheme)


def follow_system(app: QApplication) -> ThemeFollower:
    """Install (once per application) the palette that follows the system's scheme."""
    existing = app.findChild(ThemeFollower)
    return existing if existing is not None else ThemeFollower(app)
