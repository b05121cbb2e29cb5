"""PriceChart: candles and volume of one listing with the user's trades and company events on top.

Data-driven: the window hands it numpy bars, markers and a holdings function; the chart never
reads the database. Layout: toolbar, readout line, then either the price pane over the volume
pane (one shared, gap-free index x axis), the position view, or an empty state.
"""
from __future__ import annotations

import math
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Callable

from tracker.ui import file_dialogs, theme
from tracker.ui.chart.export import DEFAULT_EXPORT_SIZE, ExportSizeDialog, export_image, export_title, write_svg
from tracker.ui.chart.layers import CandleLayer, LineLayer, VolumeLayer
from tracker.ui.chart.marker_layers import CostLineLayer, EventLayer, TradeLayer
from tracker.ui.chart.markers import EVENT_KINDS, EventMarker, TradeMarker
from tracker.ui.chart.readout import (HoldingsFn, ReadoutBar, bar_fields, price_text, readout_html,
                                      when_text)
from tracker.ui.chart.series import MA_WINDOWS, Series
from tracker.ui.chart.time_axis import DateAxis
from tracker.ui.chart.toolbar import DEFAULT_OVERLAYS, OVERLAYS, PRESETS, ChartToolbar
from tracker.ui.chart.value_axis import PriceAxis, VolumeAxis
from tracker.ui.chart.viewbox import FitViewBox
from tracker.ui.i18n import tr
from tracker.ui.qt import QtCore, QtGui, QtWidgets, Signal, apply_palette, pg

if TYPE_CHECKING:
    from tracker.ui.chart.position_view import PositionView

MA_COLORS = {   # moving averages: orange, blue, purple; brighter on a dark background
    "light": {20: "#bc4c00", 50: "#0969da", 200: "#8250df"},
    "dark": {20: "#f0883e", 50: "#58a6ff", 200: "#bc8cff"},
}
Y_MARGIN = 0.06            # room above the highest high and below the lowest low in view
SETTINGS_GROUP = "chart"
PAN_FRACTION = 0.125       # arrow keys move by this share of the visible span
ZOOM_STEP = 1.25
AWAY = QtCore.QPointF(-1e9, -1e9)   # a scene position no marker is near


class PriceChart(QtWidgets.QWidget):
    """The chart. Signals: `importPricesRequested()` from the empty state's button and
    `rangeChanged(first_date, last_date)` whenever the visible bars change."""

    importPricesRequested = Signal()
    rangeChanged = Signal(object, object)
    benchmarkChosen = Signal(str)       # the position view's benchmark: a symbol, or "" for none

    def __init__(self, settings: QtCore.QSettings | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("priceChart")
        self.settings = settings
        self.series: Series | None = None
        self.holdings: HoldingsFn | None = None
        self.log = False
        self.chart_style = "candles"
        self.overlays = dict(DEFAULT_OVERLAYS)
        self._trade_markers: list[TradeMarker] = []
        self._cost_points: list = []
        self._events: dict[str, list[EventMarker]] = {}
        self._hover_index: int | None = None
        self._last_range: tuple[int, int] | None = None

        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.toolbar = ChartToolbar()
        layout.addWidget(self.toolbar)
        self.readout = ReadoutBar()
        layout.addWidget(self.readout)
        self.pages = QtWidgets.QStackedWidget()
        layout.addWidget(self.pages, 1)

        self._build_price_page()
        # the position view is built when first shown: most sessions never open it, and its two
        # plots cost as much as the price page to build
        self.position_view: PositionView | None = None
        self._position_source: Callable[[], tuple] | None = None     # the position view's data, made on demand
        self._comparison_source: Callable[[], tuple] | None = None
        self.premium_view = None
        self._premium_points: list = []
        self._build_empty_page()
        self._restore_settings()
        self._connect_toolbar()
        self.apply_palette()
        self.pages.setCurrentWidget(self.empty_page)
        self._sync_toolbar()

    # ----------------------------------------------------------------------------- building
    def _build_price_page(self) -> None:
        self.view = pg.GraphicsLayoutWidget()
        self.view.setObjectName("chartView")
        self.view.setFocusPolicy(QtCore.Qt.FocusPolicy.StrongFocus)
        self.view.installEventFilter(self)
        self.setFocusProxy(self.view)
        grid = self.view.ci
        grid.setContentsMargins(4, 4, 0, 0)
        grid.setSpacing(0)

        self.price_box = FitViewBox(self._fit_price)
        self.volume_box = FitViewBox(self._fit_volume)
        self.price_axis = PriceAxis()
        self.volume_axis = VolumeAxis()
        self.price_dates = DateAxis(show_values=False)    # carries the vertical grid lines
        self.date_axis = DateAxis(show_values=True)
        for axis, box in ((self.price_axis, self.price_box), (self.volume_axis, self.volume_box),
                          (self.price_dates, self.price_box), (self.date_axis, self.volume_box)):
            axis.linkToView(box)
        grid.addItem(self.price_box, row=0, col=0)
        grid.addItem(self.price_axis, row=0, col=1)
        grid.addItem(self.price_dates, row=1, col=0)
        grid.addItem(self.volume_box, row=2, col=0)
        grid.addItem(self.volume_axis, row=2, col=1)
        grid.addItem(self.date_axis, row=3, col=0)
        grid.layout.setRowStretchFactor(0, 4)
        grid.layout.setRowStretchFactor(2, 1)
        grid.layout.setRowSpacing(1, 0)
        self.volume_box.setXLink(self.price_box)
        for axis in (self.price_dates, self.price_axis, self.date_axis, self.volume_axis):
            axis.setGrid(28)
            axis.setZValue(-200)     # under the view boxes (z -100): grid lines go under the bars

        self.candles = CandleLayer()
        self.volume = VolumeLayer()
        self.ma_lines = {w: LineLayer(QtGui.QColor(MA_COLORS["light"][w])) for w in MA_WINDOWS}
        self.cost_line = CostLineLayer()
        self.trades = TradeLayer()
        self.events = EventLayer()
        for item in (self.candles, *self.ma_lines.values(), self.cost_line, self.trades, self.events):
            self.price_box.addItem(item, ignoreBounds=True)
        self.volume_box.addItem(self.volume, ignoreBounds=True)
        self.trades.setZValue(20)
        self.events.setZValue(21)
        for layer in (self.trades, self.events):
            layer.hoveredChanged.connect(self._marker_hovered)

        self.cross_x = pg.InfiniteLine(angle=90, movable=False)
        self.cross_y = pg.InfiniteLine(angle=0, movable=False)
        self.cross_x_volume = pg.InfiniteLine(angle=90, movable=False)
        for box, line in ((self.price_box, self.cross_x), (self.price_box, self.cross_y),
                          (self.volume_box, self.cross_x_volume)):
            line.hide()
            line.setZValue(30)
            box.addItem(line, ignoreBounds=True)
        self.view.scene().sigMouseMoved.connect(self._mouse_moved)
        self.price_box.sigXRangeChanged.connect(self._x_range_changed)
        self.view.viewport().setMouseTracking(True)
        self.view.viewport().installEventFilter(self)
        self.pages.addWidget(self.view)

    def _build_empty_page(self) -> None:
        self.empty_page = QtWidgets.QWidget()
        self.empty_page.setObjectName("chartEmpty")
        box = QtWidgets.QVBoxLayout(self.empty_page)
        box.addStretch(1)
        self.empty_label = QtWidgets.QLabel(tr("No prices yet."))
        self.empty_label.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        box.addWidget(self.empty_label)
        self.import_button = QtWidgets.QPushButton(tr("Import prices…"))
        self.import_button.setObjectName("importPricesButton")
        self.import_button.clicked.connect(self.importPricesRequested)
        row = QtWidgets.QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.import_button)
        row.addStretch(1)
        box.addLayout(row)
        box.addStretch(1)
        self.pages.addWidget(self.empty_page)

    def _connect_toolbar(self) -> None:
        tb = self.toolbar
        tb.presetChosen.connect(self.set_range_preset)
        tb.styleChanged.connect(self.set_style)
        tb.logToggled.connect(self.set_log)
        tb.overlayToggled.connect(self.set_overlay)
        tb.viewChanged.connect(self.show_view)
        tb.exportRequested.connect(self._export_dialog)

    def apply_palette(self) -> None:
        """Colours from the palette and the theme's gain / loss colours (light or dark)."""
        # the chart's own palette: on a palette change children may not have the new one yet
        palette = self.palette()
        apply_palette(self.view, palette)
        gain, loss = theme.gain_color(), theme.loss_color()
        text = palette.color(QtGui.QPalette.ColorRole.Text)
        self.candles.set_colors(gain, loss, text)
        self._ma_colors = MA_COLORS[theme.current_scheme()]
        for w, line in self.ma_lines.items():
            line.set_color(QtGui.QColor(self._ma_colors[w]))
        self.volume.set_colors(gain, loss, palette.color(QtGui.QPalette.ColorRole.Base))
        self._gain, self._loss, self._muted = gain.name(), loss.name(), theme.muted_color().name()
        cross_pen = pg.mkPen(theme.muted_color(), width=1, style=QtCore.Qt.PenStyle.DashLine)
        for line in (self.cross_x, self.cross_y, self.cross_x_volume):
            line.setPen(cross_pen)
        if self.position_view is not None:
            self.position_view.apply_palette(palette)
        if self.premium_view is not None:
            self.premium_view.apply_palette(palette)

    def changeEvent(self, event):
        if event.type() == QtCore.QEvent.Type.PaletteChange:
            self.apply_palette()
            self._update_readout()
        super().changeEvent(event)

    # ----------------------------------------------------------------------------- settings
    def _key(self, name: str) -> str:
        return f"{SETTINGS_GROUP}/{name}"

    def _restore_settings(self) -> None:
        s = self.settings
        if s is None:
            self._apply_overlays()
            return
        for key in OVERLAYS:
            value = s.value(self._key(f"overlay/{key}"), None)
            if value is not None:
                self.overlays[key] = _as_bool(value)
            self.toolbar.set_overlay(key, self.overlays[key])
        self.chart_style = "line" if s.value(self._key("style"), "candles") == "line" else "candles"
        self.log = _as_bool(s.value(self._key("log"), False))
        self.toolbar.set_style(self.chart_style)
        self.toolbar.set_log(self.log)
        self.candles.set_style(self.chart_style)
        self._apply_log()
        self._apply_overlays()

    def _save(self, name: str, value) -> None:
        if self.settings is not None:
            self.settings.setValue(self._key(name), value)

    # ----------------------------------------------------------------------------- data
    def show_reading(self) -> None:
        """Until the window has read the bars: the empty page says so, without the import button
        (the listing may well have prices)."""
        self.empty_label.setText(tr("Reading prices…"))
        self.import_button.hide()

    def set_series(self, symbol: str, currency: str, ts, open, high, low, close, volume) -> None:
        """Show a listing's bars (ts: epoch seconds of the naive exchange-local bar time)."""
        keep_span = self.series is not None and self.series.symbol == symbol and len(self.series)
        old_range = self.visible_range() if keep_span else None
        # a view that showed the newest bar follows the bars an import or update adds after it
        at_end = bool(keep_span) and (self._visible_bars() or (0, -1))[1] == len(self.series) - 1
        old_last, preset = (self.series.day_of(len(self.series) - 1), self.toolbar.marked_preset()) if keep_span \
            else (None, None)
        if not keep_span:
            self.readout.forget_height()       # another listing's figures: their own width
        series = Series(symbol, currency, ts, open, high, low, close, volume)
        self.series = series
        self.price_axis.set_currency(currency)
        self.empty_label.setText(tr("No prices for {symbol} yet. Import a price file to see the chart.").format(symbol=symbol))
        self.import_button.show()
        if not len(series):
            if self.pages.currentWidget() is self.view:
                self.pages.setCurrentWidget(self.empty_page)
            self.readout.setText("")
            self._sync_toolbar()
            return
        for axis in (self.price_dates, self.date_axis):
            axis.set_times(series.ts)
        self.candles.set_series(series)
        self.volume.set_series(series)
        for w, line in self.ma_lines.items():
            line.set_values(series, series.ma[w])
        for box in (self.price_box, self.volume_box):
            box.set_bar_count(len(series))
        self.trades.set_trades(series, self._trade_markers)
        self.cost_line.set_points(series, self._cost_points)
        for kind, events in self._events.items():
            self.events.set_events(series, kind, events)
        if self.pages.currentWidget() is self.empty_page:
            self.pages.setCurrentWidget(self.view)
        self._sync_toolbar()
        self._last_range = None
        new_last = series.day_of(len(series) - 1)
        if old_range is not None and at_end and new_last > old_last:
            if preset is not None:
                self.set_range_preset(preset)
            else:                         # the same span of days, ending at the new last bar
                self.set_visible_range(new_last - (old_range[1] - old_range[0]), new_last)
        elif old_range is not None:
            self.set_visible_range(*old_range)
        else:
            self.set_range_preset("1Y")

    def set_trades(self, markers: list[TradeMarker]) -> None:
        self._trade_markers = list(markers)
        self.trades.set_trades(self.series, self._trade_markers)

    def update_trades(self, added: list[TradeMarker], removed: list[TradeMarker]) -> None:
        """The trade markers since the last `set_trades` or `update_trades`, less `removed` (the same
        marker objects), plus `added`: one save places one marker."""
        if removed:
            gone = {id(m) for m in removed}
            self._trade_markers = [m for m in self._trade_markers if id(m) not in gone]
        self._trade_markers += added
        self.trades.update_trades(self.series, self._trade_markers, added, removed)

    def set_cost_line(self, points: list[tuple[date, float | None]]) -> None:
        self._cost_points = list(points)
        self.cost_line.set_points(self.series, self._cost_points)
        self.price_box.refit()

    def set_events(self, kind: str, events: list[EventMarker]) -> None:
        if kind not in EVENT_KINDS:
            raise ValueError(f"kind: expected one of {', '.join(EVENT_KINDS)}, got {kind!r}")
        self._events[kind] = list(events)
        self.events.set_events(self.series, kind, self._events[kind])
        self.price_box.refit()

    def set_position_series(self, dates, market_value, invested, cumulative_pnl) -> None:
        self.set_position_source(lambda: (dates, market_value, invested, cumulative_pnl))

    def set_position_source(self, source: Callable[[], tuple]) -> None:
        """The position view's series as `source()` gives them (dates, market value, invested,
        cumulative P&L), asked for when that view is built, or at once while it exists: most
        sessions never open it, and a save need not convert years of values for it."""
        self._position_source = source
        if self.position_view is not None:
            self._show_position_series()

    def _show_position_series(self) -> None:
        currency = self.series.currency if self.series is not None else ""
        dates, market_value, invested, cumulative_pnl = self._position_source()
        self.position_view.set_series(currency, list(dates), market_value, invested, cumulative_pnl)

    def set_comparison(self, benchmarks: list[tuple[str, str]], chosen: str, *comparison) -> None:
        """The position view's benchmark choices and its TWR-against-benchmark pane (see
        `PositionView.set_comparison`)."""
        self.set_comparison_source(lambda: (benchmarks, chosen, comparison))

    def set_comparison_source(self, source: Callable[[], tuple]) -> None:
        """`set_comparison`'s arguments as `source()` gives them (benchmarks, chosen, the pane's),
        asked for as the position series are."""
        self._comparison_source = source
        if self.position_view is not None:
            self._show_comparison()

    def _show_comparison(self) -> None:
        benchmarks, chosen, comparison = self._comparison_source()
        self.position_view.set_benchmarks(benchmarks, chosen)
        self.position_view.set_comparison(*comparison)

    def _position_page(self):
        """The position view, built (and given the latest position series) on first use."""
        if self.position_view is None:
            from tracker.ui.chart.position_view import PositionView
            self.position_view = PositionView()
            self.position_view.apply_palette(self.palette())
            self.position_view.benchmarkChosen.connect(self.benchmarkChosen)
            self.pages.addWidget(self.position_view)
            if self._position_source is not None:
                self._show_position_series()
            if self._comparison_source is not None:
                self._show_comparison()
        return self.position_view

    def set_premium_series(self, points) -> None:
        """The ADS premium per day (tracker.domain.stake.PremiumPoint), for the premium view."""
        self._premium_points = list(points)
        if self.premium_view is not None:
            self.premium_view.set_series(self._premium_points)

    def _premium_page(self):
        if self.premium_view is None:
            from tracker.ui.chart.premium_view import PremiumView
            self.premium_view = PremiumView()
            self.premium_view.apply_palette(self.palette())
            self.pages.addWidget(self.premium_view)
            self.premium_view.set_series(self._premium_points)
        return self.premium_view

    def set_holdings(self, fn: Callable[[date], tuple[float, float] | None] | None) -> None:
        self.holdings = fn
        self._update_readout()

    # ----------------------------------------------------------------------------- view state
    def set_style(self, style: str) -> None:
        """"candles" or "line"."""
        self.chart_style = "line" if style == "line" else "candles"
        self.candles.set_style(self.chart_style)
        self.toolbar.set_style(self.chart_style)
        self._save("style", self.chart_style)

    def set_log(self, log: bool) -> None:
        """Logarithmic price scale on or off (equal heights then mean equal percentage moves)."""
        self.log = bool(log)
        self.toolbar.set_log(self.log)
        self._apply_log()
        self._save("log", self.log)

    def _apply_log(self) -> None:
        for layer in (self.candles, *self.ma_lines.values(), self.cost_line, self.trades, self.events):
            layer.set_log(self.log)
        self.price_axis.set_log(self.log)
        self.price_box.refit()

    def set_overlay(self, key: str, on: bool) -> None:
        if key not in OVERLAYS:
            raise ValueError(f"overlay: unknown {key!r}; expected one of {', '.join(OVERLAYS)}")
        self.overlays[key] = bool(on)
        self.toolbar.set_overlay(key, bool(on))
        self._apply_overlays()
        self._save(f"overlay/{key}", bool(on))

    def _apply_overlays(self) -> None:
        for w, line in self.ma_lines.items():
            line.setVisible(self.overlays[f"ma{w}"])
        self.cost_line.setVisible(self.overlays["cost"])
        self.trades.setVisible(self.overlays["trades"])
        for kind in EVENT_KINDS:
            self.events.set_shown(kind, self.overlays[kind])
        self.price_box.refit()
        self._update_readout()

    def show_view(self, name: str) -> None:
        """"price" (candles and volume), "position" (the position over time) or "premium" (the ADS
        premium to the Hong Kong shares)."""
        if name == "position":
            self.pages.setCurrentWidget(self._position_page())
        elif name == "premium":
            self.pages.setCurrentWidget(self._premium_page())
        elif self.series is not None and len(self.series):
            self.pages.setCurrentWidget(self.view)
        else:
            self.pages.setCurrentWidget(self.empty_page)
        button = {"position": self.toolbar.position_view_button,
                  "premium": self.toolbar.premium_view_button}.get(name, self.toolbar.price_view_button)
        button.setChecked(True)
        self._sync_toolbar()
        self._update_readout()

    def _sync_toolbar(self) -> None:
        current = self.pages.currentWidget()
        view = ("position" if current is self.position_view else
                "premium" if current is self.premium_view and current is not None else "price")
        self.toolbar.set_enabled_for(view, self.series is not None and len(self.series) > 0)

    # ----------------------------------------------------------------------------- fitting
    def _fit_price(self, x0: float, x1: float, width: float, height: float):
        """The price axis spans the lowest low to the highest high of the bars in view, with a
        margin above and below (and room for the event glyphs at the bottom)."""
        if self.series is None or not len(self.series):
            return None
        extent = self.series.pyramid.extent(x0, x1, width / max(x1 - x0, 1e-9))
        if extent is None:
            return None
        lo, hi = extent
        # the bars alone: an average cost far from them (bought near a top, say) would squeeze the
        # candles into a sliver; it is marked at the edge instead (CostLineLayer.edge_marker)
        if self.log:
            lo, hi = math.log10(max(lo, 1e-9)), math.log10(max(hi, 1e-9))
        span = max(hi - lo, abs(hi) * 1e-3, 1e-9)
        # leave room for the event glyphs along the bottom when any are shown
        strip = self.events.strip_px()
        usable = max(height * (1 - 2 * Y_MARGIN) - strip, height * 0.3)
        per_px = span / usable if height > 0 else 0
        return lo - per_px * (height * Y_MARGIN + strip), hi + per_px * height * Y_MARGIN

    def _fit_volume(self, x0: float, x1: float, width: float, height: float):
        if self.series is None or not len(self.series):
            return None
        top = self.series.pyramid.volume_max(x0, x1, width / max(x1 - x0, 1e-9))
        if top is None:
            return None
        return 0.0, max(top, 1.0) * 1.08

    # ----------------------------------------------------------------------------- range
    def set_range_preset(self, name: str) -> None:
        """Show the last month, 3 or 6 months, the year to date, 1, 3 or 5 years, or all bars."""
        if name not in PRESETS:
            raise ValueError(f"preset: expected one of {', '.join(PRESETS)}, got {name!r}")
        s = self.series
        if s is None or not len(s):
            return
        last = s.when(len(s) - 1)
        last_day = last.date() if isinstance(last, datetime) else last
        if name == "Max":
            start = 0
        else:
            if name == "YTD":
                first_day = date(last_day.year, 1, 1)
            else:
                months = {"1M": 1, "3M": 3, "6M": 6, "1Y": 12, "3Y": 36, "5Y": 60}[name]
                first_day = _months_before(last_day, months) + timedelta(days=1)
            start = min(s.index_on_or_after(first_day), len(s) - 1)
        self._applying_preset = True
        try:
            self._show_bars(start, len(s) - 1)
        finally:
            self._applying_preset = False
        self.toolbar.mark_preset(name)

    def _show_bars(self, first: int, last: int) -> None:
        """Make bars first..last (inclusive) fill the width, with a little room after the last."""
        span = last - first + 1
        right = max(1.0, span * 0.02) if last == len(self.series) - 1 else 0.0
        self.price_box.setXRange(first - 0.5, last + 0.5 + right, padding=0)

    def visible_range(self) -> tuple[date, date] | None:
        """Dates of the first and the last bar in view (None without bars)."""
        span = self._visible_bars()
        if span is None:
            return None
        return self.series.day_of(span[0]), self.series.day_of(span[1])

    def _visible_bars(self) -> tuple[int, int] | None:
        s = self.series
        if s is None or not len(s):
            return None
        x0, x1 = self.price_box.viewRange()[0]
        first = int(min(max(math.ceil(x0 - 0.5 + 1e-9), 0), len(s) - 1))
        last = int(min(max(math.floor(x1 + 0.5 - 1e-9), 0), len(s) - 1))
        return first, max(first, last)

    def set_visible_range(self, first: date, last: date) -> None:
        s = self.series
        if s is None or not len(s):
            return
        a = min(s.index_on_or_after(first), len(s) - 1)
        b = max(s.index_on_or_before(last), a)
        self._show_bars(a, b)

    def center_on(self, day: date) -> None:
        """Keep the zoom and put the bar of `day` in the middle."""
        s = self.series
        if s is None or not len(s):
            return
        x0, x1 = self.price_box.viewRange()[0]
        i = s.index_of(day)
        half = (x1 - x0) / 2
        self.price_box.setXRange(i - half, i + half, padding=0)

    def _x_range_changed(self, *_):
        if not getattr(self, "_applying_preset", False):
            self.toolbar.mark_preset(None)
        span = self._visible_bars()
        if span is not None and span != self._last_range:
            self._last_range = span
            self.rangeChanged.emit(self.series.day_of(span[0]), self.series.day_of(span[1]))
        if self._hover_index is None:
            self._update_readout()

    # ----------------------------------------------------------------------------- keyboard
    def eventFilter(self, obj, event):
        if obj is self.view and event.type() == QtCore.QEvent.Type.KeyPress:
            if self._key_pressed(event.key()):
                return True
        if obj is self.view.viewport() and event.type() == QtCore.QEvent.Type.Leave:
            self._hide_crosshair()
        return super().eventFilter(obj, event)

    def _key_pressed(self, key) -> bool:
        """Left/Right pan, Up/Down zoom in/out, Home/End jump to the first/last bar."""
        s = self.series
        if s is None or not len(s):
            return False
        x0, x1 = self.price_box.viewRange()[0]
        span = x1 - x0
        K = QtCore.Qt.Key
        if key == K.Key_Left:
            self.price_box.setXRange(x0 - span * PAN_FRACTION, x1 - span * PAN_FRACTION, padding=0)
        elif key == K.Key_Right:
            self.price_box.setXRange(x0 + span * PAN_FRACTION, x1 + span * PAN_FRACTION, padding=0)
        elif key in (K.Key_Up, K.Key_Plus, K.Key_Equal):
            self._zoom(1 / ZOOM_STEP)
        elif key in (K.Key_Down, K.Key_Minus):
            self._zoom(ZOOM_STEP)
        elif key == K.Key_Home:
            self.price_box.setXRange(-0.5, -0.5 + span, padding=0)
        elif key == K.Key_End:
            right = max(1.0, span * 0.02)
            self.price_box.setXRange(len(s) - 0.5 + right - span, len(s) - 0.5 + right, padding=0)
        else:
            return False
        return True

    def _zoom(self, factor: float) -> None:
        """Zoom keeping the right edge's bar in place (where the latest prices are)."""
        x0, x1 = self.price_box.viewRange()[0]
        self.price_box.setXRange(x1 - (x1 - x0) * factor, x1, padding=0)

    # ----------------------------------------------------------------------------- crosshair
    def _mouse_moved(self, pos) -> None:
        s = self.series
        if s is None or not len(s):
            return
        on_price = self.price_box.sceneBoundingRect().contains(pos)
        # event glyphs are drawn above trade markers, so they win where both are under the mouse
        on_event = self.events.hover_at(pos if on_price else AWAY)
        self.trades.hover_at(pos if on_price and not on_event else AWAY)
        for box in (self.price_box, self.volume_box):
            if box.sceneBoundingRect().contains(pos):
                point = box.mapSceneToView(pos)
                i = int(min(max(round(point.x()), 0), len(s) - 1))
                for line in (self.cross_x, self.cross_x_volume):
                    line.setPos(i)
                    line.show()
                self.cross_y.setVisible(box is self.price_box)
                if box is self.price_box:
                    self.cross_y.setPos(point.y())
                    price = 10 ** point.y() if self.log else point.y()
                    self.price_axis.set_cursor(point.y(), price_text(price))
                else:
                    self.price_axis.set_cursor(None)
                self.date_axis.set_cursor(i, when_text(s.when(i), short=True))
                self._hover_index = i
                self._update_readout()
                return
        self._hide_crosshair()

    def _hide_crosshair(self) -> None:
        for line in (self.cross_x, self.cross_y, self.cross_x_volume):
            line.hide()
        for layer in (self.events, self.trades):
            layer.hover_at(AWAY)
        self.price_axis.set_cursor(None)
        self.date_axis.set_cursor(None)
        if self._hover_index is not None:
            self._hover_index = None
            self._update_readout()

    def _marker_hovered(self, text: str) -> None:
        if text:
            QtWidgets.QToolTip.showText(QtGui.QCursor.pos(), text, self.view)
        else:
            QtWidgets.QToolTip.hideText()

    def readout_index(self) -> int | None:
        """The bar the readout describes: under the mouse, else the last bar in view."""
        if self._hover_index is not None:
            return self._hover_index
        span = self._visible_bars()
        return span[1] if span is not None else None

    def readout_fields(self) -> dict[str, str]:
        i = self.readout_index()
        return bar_fields(self.series, i, self.holdings) if i is not None else {}

    def _update_readout(self) -> None:
        i = self.readout_index()
        if i is None or self.pages.currentWidget() is not self.view:
            self.readout.setVisible(self.pages.currentWidget() is self.view)
            return
        self.readout.setVisible(True)
        averages = [(f"MA {w}", self._ma_colors[w], self.series.ma[w][i])
                    for w in MA_WINDOWS if self.overlays[f"ma{w}"]]
        self.readout.setText(readout_html(self.series, i, self.holdings, self._gain, self._loss,
                                          self._muted, averages))

    # ----------------------------------------------------------------------------- export
    def _export_target(self) -> QtWidgets.QWidget:
        if self.pages.currentWidget() is self.position_view:
            return self.position_view.export_target()
        if self.premium_view is not None and self.pages.currentWidget() is self.premium_view:
            return self.premium_view.export_target()
        return self.view

    EXPORT_SIZE_KEY = "chart/export_size"

    def export_title(self) -> str:
        """Listing, view, the dates in view and today: what an exported image says at its top."""
        current = self.pages.currentWidget()
        view = (self.tr("Position") if current is self.position_view else
                self.tr("Premium") if current is self.premium_view and current is not None else self.tr("Price"))
        span = self.visible_range() or (None, None)
        return export_title(self.series.symbol if self.series is not None else "", view, *span, date.today())

    def export_png(self, path, size: tuple[int, int] = DEFAULT_EXPORT_SIZE) -> None:
        """The chart as shown (both panes and their axes), re-laid at `size`, under its title."""
        image = export_image(self._export_target(), size, self.export_title())
        if not image.save(str(path), "PNG"):
            raise OSError(self.tr("could not write the image to {path}").format(path=path))

    def export_svg(self, path, size: tuple[int, int] = DEFAULT_EXPORT_SIZE) -> None:
        """The chart as an SVG drawing (vector candles, lines and text), under its title."""
        write_svg(self._export_target(), size, self.export_title(), path)

    def _export_size(self) -> tuple[int, int]:
        saved = self.settings.value(self.EXPORT_SIZE_KEY) if self.settings is not None else None
        try:
            w, h = (int(v) for v in saved)
        except (TypeError, ValueError):
            return DEFAULT_EXPORT_SIZE
        return w, h

    def _export_dialog(self, kind: str) -> None:
        name = (self.series.symbol if self.series is not None else "chart") + f".{kind}"
        path = file_dialogs.save_file_name(
            self, self.tr("Export chart"), name, self.tr("PNG image (*.png)") if kind == "png" else self.tr("SVG drawing (*.svg)"))
        if not path:
            return
        sizes = ExportSizeDialog(self._export_size(), self)
        if sizes.exec() != QtWidgets.QDialog.DialogCode.Accepted:
            return
        size = sizes.chosen()
        if self.settings is not None:
            self.settings.setValue(self.EXPORT_SIZE_KEY, list(size))
        try:
            (self.export_png if kind == "png" else self.export_svg)(path, size)
        except OSError as exc:
            QtWidgets.QMessageBox.warning(self, self.tr("Export chart"), str(exc))


def _months_before(day: date, months: int) -> date:
    """The same day `months` earlier (the month's last day when it is shorter)."""
    total = day.year * 12 + day.month - 1 - months
    year, month = divmod(total, 12)
    month += 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, min(d, day.day))
        except ValueError:
            continue
    return date(year, month, 28)


def _as_bool(value) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    return bool(value)
