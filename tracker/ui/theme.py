"""Light and dark palettes (following the system's scheme, or chosen in View ▸ Theme), and the
colours of a rise and a fall.

The Fusion style draws every widget from the palette, so one palette switch recolours the whole
window. `TRACKER_THEME=light|dark` overrides both the system and the setting (screenshots,
accessibility checks).

Colour convention (View ▸ Colours): green for a rise and red for a fall, or red for a rise and green
for a fall as brokers in mainland China, Hong Kong and Taiwan show it; by default the one of the
interface language. `gain_color()` is the colour of a rise (and of a gain) in the convention in use,
`loss_color()` of a fall, so candles, volume, P&L figures and every chart follow it.
"""
from __future__ import annotations

import os

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

THEME_ENV = "TRACKER_THEME"
THEME_SETTING = "ui/theme"
THEMES = ("system", "light", "dark")
CONVENTION_SETTING = "ui/colors"
AUTO, GREEN_UP, RED_UP = "auto", "green_up", "red_up"
CONVENTIONS = (AUTO, GREEN_UP, RED_UP)

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
# Trade markers: blue and orange where green means a rise (apart from the candles' green and red,
# and for colour-blind eyes too); where red means a rise, buys are marked red and sells green, as
# the brokers there mark them, in deeper shades than the candles.
TRADE_MARKERS = {GREEN_UP: ("#1f6feb", "#e36209"), RED_UP: ("#b31d28", "#116329")}


class _Convention:
    """The colour convention in use (module state: every view reads it when it paints)."""

    name = GREEN_UP


def convention_for(setting: str, language: str) -> str:
    """green_up or red_up: the setting, or for "auto" the language's (Chinese: red for a rise)."""
    if setting in (GREEN_UP, RED_UP):
        return setting
    return RED_UP if language.startswith("zh") else GREEN_UP


def set_convention(name: str) -> None:
    _Convention.name = RED_UP if name == RED_UP else GREEN_UP


def convention() -> str:
    return _Convention.name


def trade_marker_colors() -> tuple[QColor, QColor]:
    """(buy, sell) colours of the chart's trade markers in the convention in use."""
    buy, sell = TRADE_MARKERS[convention()]
    return QColor(buy), QColor(sell)


def system_scheme(preference: str = "system") -> str:
    """'dark' or 'light': the environment's override, else the preference (View ▸ Theme) when it
    names one, else what the platform reports (light when it cannot say)."""
    forced = os.environ.get(THEME_ENV, "").strip().lower()
    if forced in ("light", "dark"):
        return forced
    if preference in ("light", "dark"):
        return preference
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
    """A rise or a gain: green, or red in the red-up convention."""
    table = LOSS if convention() == RED_UP else GAIN
    return QColor(table[current_scheme()])


def loss_color() -> QColor:
    """A fall or a loss: red, or green in the red-up convention."""
    table = GAIN if convention() == RED_UP else LOSS
    return QColor(table[current_scheme()])


def error_color() -> QColor:
    """A refusal or an error: red in either colour convention (it says nothing about a price)."""
    return QColor(LOSS[current_scheme()])


def ok_color() -> QColor:
    """Confirmed or yours (an announced date, a row you entered): green in either convention."""
    return QColor(GAIN[current_scheme()])


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
    """The gain colour for a gain, the loss colour for a loss, None (the palette's text colour) for
    flat or unknown."""
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
    """Applies the palette for the chosen scheme (or the system's) now, and again whenever the
    system switches or the preference changes."""

    changed = Signal(str)

    def __init__(self, app: QApplication):
        super().__init__(app)
        self._app = app
        self.preference = "system"
        app.setStyle("Fusion")
        self.apply()
        hints = QGuiApplication.styleHints()
        if hints is not None:
            hints.colorSchemeChanged.connect(lambda _scheme: self.apply())

    def set_preference(self, preference: str) -> None:
        self.preference = preference if preference in THEMES else "system"
        self.apply()

    def apply(self) -> None:
        scheme = system_scheme(self.preference)
        self._app.setPalette(dark_palette() if scheme == "dark" else light_palette())
        self.changed.emit(scheme)


def repaint_colors(app: QApplication) -> None:
    """Make every widget redo its colours after the convention changed: the views that bake gain
    and loss colours in (cards, charts, tables) redo them on a palette change, as for light / dark."""
    event_type = QEvent.Type.PaletteChange
    for widget in app.allWidgets():
        app.sendEvent(widget, QEvent(event_type))
        widget.update()


def follow_system(app: QApplication) -> ThemeFollower:
    """Install (once per application) the palette that follows the system's scheme."""
    existing = app.findChild(ThemeFollower)
    return existing if existing is not None else ThemeFollower(app)
