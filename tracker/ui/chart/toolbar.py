"""The chart's toolbar: range presets, candles or line, log scale, overlays, the position view
and export. It only emits what the user asked for; the chart acts on it."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from tracker.ui.i18n import tr
from tracker.ui.qt import QtCore, QtWidgets, Signal

PRESETS = ("1M", "3M", "6M", "YTD", "1Y", "3Y", "5Y", "Max")
PRESET_NAMES = (QT_TRANSLATE_NOOP("", "1M"), QT_TRANSLATE_NOOP("", "3M"), QT_TRANSLATE_NOOP("", "6M"),
                QT_TRANSLATE_NOOP("", "YTD"), QT_TRANSLATE_NOOP("", "1Y"), QT_TRANSLATE_NOOP("", "3Y"),
                QT_TRANSLATE_NOOP("", "5Y"), QT_TRANSLATE_NOOP("", "Max"))
OVERLAYS = {   # key -> menu text; the order of the menu
    "ma20": QT_TRANSLATE_NOOP("", "Moving average 20"),
    "ma50": QT_TRANSLATE_NOOP("", "Moving average 50"),
    "ma200": QT_TRANSLATE_NOOP("", "Moving average 200"),
    "cost": QT_TRANSLATE_NOOP("", "Average cost"),
    "trades": QT_TRANSLATE_NOOP("", "Trades"),
    "dividend": QT_TRANSLATE_NOOP("", "Dividends"),
    "earnings": QT_TRANSLATE_NOOP("", "Earnings"),
    "buyback": QT_TRANSLATE_NOOP("", "Buyback quarters"),
    "move": QT_TRANSLATE_NOOP("", "Conversions and transfers"),
}
DEFAULT_OVERLAYS = {"ma20": False, "ma50": True, "ma200": True, "cost": True, "trades": True,
                    "dividend": True, "earnings": True, "buyback": False, "move": True}


def _button(text: str, tip: str, checkable: bool = False) -> QtWidgets.QToolButton:
    b = QtWidgets.QToolButton()
    b.setText(text)
    b.setToolTip(tip)
    b.setCheckable(checkable)
    b.setAutoRaise(True)
    b.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)   # as in any toolbar: keys stay with the chart
    return b


def _row(parent: QtWidgets.QWidget) -> QtWidgets.QHBoxLayout:
    row = QtWidgets.QHBoxLayout(parent)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(2)
    return row


class ChartToolbar(QtWidgets.QWidget):
    presetChosen = Signal(str)
    styleChanged = Signal(str)        # "candles" | "line"
    logToggled = Signal(bool)
    overlayToggled = Signal(str, bool)
    viewChanged = Signal(str)         # "price" | "position" | "premium"
    exportRequested = Signal(str)     # "png" | "svg"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("chartToolbar")
        # two groups: what the price view shows (left) and which view / export (right); the right
        # group moves under the left one when the chart is too narrow for both on one line
        self.price_controls = QtWidgets.QWidget(objectName="chartPriceControls")
        self.view_controls = QtWidgets.QWidget(objectName="chartViewControls")
        self.grid = QtWidgets.QGridLayout(self)
        self.grid.setContentsMargins(4, 2, 4, 2)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(2)
        self.wrapped: bool | None = None
        row = _row(self.price_controls)

        self.preset_buttons: dict[str, QtWidgets.QToolButton] = {}
        for name in PRESETS:
            tip = tr("Show all bars") if name == "Max" else tr("Show year to date") if name == "YTD" else \
                tr("Show the last {span}").format(span=tr(name))
            b = _button(tr(name), tip,
                        checkable=True)
            b.clicked.connect(lambda _=False, n=name: self.presetChosen.emit(n))
            row.addWidget(b)
            self.preset_buttons[name] = b
        row.addSpacing(12)

        self.candles_button = _button(tr("Candles"), tr("Candlesticks: open, high, low, close"), True)
        self.line_button = _button(tr("Line"), tr("A line through the closes"), True)
        styles = QtWidgets.QButtonGroup(self)
        styles.setExclusive(True)
        for b, style in ((self.candles_button, "candles"), (self.line_button, "line")):
            styles.addButton(b)
            b.toggled.connect(lambda on, s=style: on and self.styleChanged.emit(s))
            row.addWidget(b)
        self.candles_button.setChecked(True)

        self.log_button = _button(tr("Log"), tr("Logarithmic price scale: equal heights for equal % moves"), True)
        self.log_button.toggled.connect(self.logToggled)
        row.addWidget(self.log_button)

        self.overlay_button = _button(tr("Overlays"), tr("Moving averages, your trades and cost, company events"))
        self.overlay_button.setPopupMode(QtWidgets.QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QtWidgets.QMenu(self.overlay_button)
        self.overlay_actions = {}
        for key, text in OVERLAYS.items():
            action = menu.addAction(tr(text))
            action.setCheckable(True)
            action.setChecked(DEFAULT_OVERLAYS[key])
            action.toggled.connect(lambda on, k=key: self.overlayToggled.emit(k, on))
            self.overlay_actions[key] = action
        self.overlay_button.setMenu(menu)
        row.addWidget(self.overlay_button)

        row = _row(self.view_controls)
        self.price_view_button = _button(tr("Price"), tr("Price chart"), True)
        self.position_view_button = _button(tr("Position"), tr("Your position: market value against money invested, and P&L"), True)
        self.premium_view_button = _button(tr("Premium"), tr("BABA's premium or discount to 8 × the 9988.HK close "
                                                              "÷ USD/HKD, day by day"), True)
        views = QtWidgets.QButtonGroup(self)
        views.setExclusive(True)
        for b, view in ((self.price_view_button, "price"), (self.position_view_button, "position"),
                        (self.premium_view_button, "premium")):
            views.addButton(b)
            b.toggled.connect(lambda on, v=view: on and self.viewChanged.emit(v))
            row.addWidget(b)
        self.price_view_button.setChecked(True)

        self.export_button = _button(tr("Export"), tr("Save the chart as an image"))
        self.export_button.setPopupMode(QtWidgets.QToolButton.ToolButtonPopupMode.InstantPopup)
        export_menu = QtWidgets.QMenu(self.export_button)
        export_menu.addAction(tr("PNG image…")).triggered.connect(lambda: self.exportRequested.emit("png"))
        export_menu.addAction(tr("SVG drawing…")).triggered.connect(lambda: self.exportRequested.emit("svg"))
        self.export_button.setMenu(export_menu)
        row.addWidget(self.export_button)
        self._arrange()

    def _one_line_width(self) -> int:
        m = self.grid.contentsMargins()
        return (self.price_controls.minimumSizeHint().width() + self.grid.horizontalSpacing()
                + self.view_controls.minimumSizeHint().width() + m.left() + m.right())

    def _arrange(self) -> None:
        """One line when both groups fit the width, else the view group on a second line. The
        minimum width is the wider group's, so the toolbar never holds the window wide."""
        wrapped = self.width() < self._one_line_width()
        if wrapped == self.wrapped:
            return
        self.wrapped = wrapped
        for group in (self.price_controls, self.view_controls):
            self.grid.removeWidget(group)
        left = QtCore.Qt.AlignmentFlag.AlignLeft
        self.grid.addWidget(self.price_controls, 0, 0, left)
        if wrapped:
            self.grid.addWidget(self.view_controls, 1, 0, left)
        else:
            self.grid.addWidget(self.view_controls, 0, 1, QtCore.Qt.AlignmentFlag.AlignRight)
        m = self.grid.contentsMargins()
        self.setMinimumWidth(max(self.price_controls.minimumSizeHint().width(),
                                 self.view_controls.minimumSizeHint().width()) + m.left() + m.right())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange()

    def set_enabled_for(self, view: str, has_prices: bool) -> None:
        """Price controls only where they act: on the price view of a listing with prices."""
        price = view == "price" and has_prices
        for b in (*self.preset_buttons.values(), self.candles_button, self.line_button,
                  self.log_button, self.overlay_button):
            b.setEnabled(price)
        self.export_button.setEnabled(has_prices or view in ("position", "premium"))

    def set_overlay(self, key: str, on: bool) -> None:
        self.overlay_actions[key].setChecked(on)

    def set_style(self, style: str) -> None:
        (self.line_button if style == "line" else self.candles_button).setChecked(True)

    def set_log(self, on: bool) -> None:
        self.log_button.setChecked(on)

    def marked_preset(self) -> str | None:
        """The preset the view is on (its button checked), None once panned or zoomed away."""
        return next((key for key, button in self.preset_buttons.items() if button.isChecked()), None)

    def mark_preset(self, name: str | None) -> None:
        """Show which preset the view is on; none once the user pans or zooms away from it."""
        for key, button in self.preset_buttons.items():
            button.setChecked(key == name)
