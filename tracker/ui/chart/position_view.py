"""The second view of the chart: the position itself over time.

Top pane: market value (units held × that day's close) against money invested (the cost of the
units still held, which steps at each trade). Bottom pane: cumulative P&L (realized plus
unrealized, as given), green above zero and red below. Both share an index x axis over the days.
"""
from __future__ import annotations

from datetime import date

import numpy as np

from tracker.ui import theme
from tracker.ui.chart.series import to_epoch
from tracker.ui.chart.time_axis import DateAxis
from tracker.ui.chart.value_axis import AXIS_WIDTH
from tracker.ui.qt import QtCore, QtGui, QtWidgets, apply_palette, pg

VALUE_COLOR = "#1f6feb"
INVESTED_COLOR = "#8c959f"


class _MoneyAxis(pg.AxisItem):
    def __init__(self):
        super().__init__("right")
        self.setWidth(AXIS_WIDTH)
        self.setStyle(autoExpandTextSpace=False, autoReduceTextSpace=False, tickTextOffset=4)
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values, scale, spacing):
        out = []
        for v in values:
            a = abs(v)
            out.append(f"{v / 1e6:.4g}M" if a >= 1e6 else f"{v / 1e3:.4g}K" if a >= 1e3 else f"{v:,.0f}")
        return out


class PositionView(QtWidgets.QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("positionView")
        self.currency = ""
        self.dates: list[date] = []
        self.market_value = self.invested = self.pnl = np.zeros(0)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.readout = QtWidgets.QLabel()
        self.readout.setObjectName("positionReadout")
        self.readout.setTextFormat(QtCore.Qt.TextFormat.RichText)
        self.readout.setContentsMargins(8, 2, 8, 2)
        layout.addWidget(self.readout)
        self.view = pg.GraphicsLayoutWidget()
        self.view.ci.setContentsMargins(4, 4, 4, 4)
        self.view.ci.setSpacing(0)
        layout.addWidget(self.view, 1)

        self.date_axis = DateAxis(show_values=True)
        self.top = self.view.addPlot(row=0, col=0, axisItems={"right": _MoneyAxis(), "bottom": DateAxis(False)})
        self.bottom = self.view.addPlot(row=1, col=0, axisItems={"right": _MoneyAxis(), "bottom": self.date_axis})
        for plot in (self.top, self.bottom):
            plot.hideButtons()
            plot.setMenuEnabled(False)
            plot.showAxis("right")
            plot.hideAxis("left")
            plot.showGrid(x=True, y=True, alpha=0.15)
            plot.getViewBox().setMouseEnabled(x=True, y=False)
            plot.getViewBox().setAutoVisible(y=True)
        self.bottom.setXLink(self.top)
        self.view.ci.layout.setRowStretchFactor(0, 3)
        self.view.ci.layout.setRowStretchFactor(1, 2)
        self.legend = self.top.addLegend(offset=(8, 8))
        self.value_curve = self.top.plot(name="Market value", pen=pg.mkPen(VALUE_COLOR, width=2))
        self.invested_curve = self.top.plot(name="Money invested", pen=pg.mkPen(INVESTED_COLOR, width=2))
        self.gain_curve = self.bottom.plot(fillLevel=0)
        self.loss_curve = self.bottom.plot(fillLevel=0)
        self.zero_line = pg.InfiniteLine(pos=0, angle=0, pen=pg.mkPen(INVESTED_COLOR, width=1))
        self.bottom.addItem(self.zero_line)
        self.bottom.setLabel("right", "P&L")
        self.cross = pg.InfiniteLine(angle=90, pen=pg.mkPen(INVESTED_COLOR, style=QtCore.Qt.PenStyle.DashLine))
        self.cross_bottom = pg.InfiniteLine(angle=90, pen=pg.mkPen(INVESTED_COLOR, style=QtCore.Qt.PenStyle.DashLine))
        for plot, line in ((self.top, self.cross), (self.bottom, self.cross_bottom)):
            line.hide()
            plot.addItem(line, ignoreBounds=True)
        self.view.scene().sigMouseMoved.connect(self._mouse_moved)
        self.empty = QtWidgets.QLabel("No position to show: add trades to see your position over time.")
        self.empty.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty, 1)
        self.apply_palette()
        self._show_empty(True)

    def apply_palette(self, palette: QtGui.QPalette | None = None) -> None:
        apply_palette(self.view, palette if palette is not None else self.palette())
        gain, loss = theme.gain_color(), theme.loss_color()
        self.gain_curve.setPen(pg.mkPen(gain, width=1.5))
        self.gain_curve.setBrush(QtGui.QColor(gain.red(), gain.green(), gain.blue(), 70))
        self.loss_curve.setPen(pg.mkPen(loss, width=1.5))
        self.loss_curve.setBrush(QtGui.QColor(loss.red(), loss.green(), loss.blue(), 70))

    def _show_empty(self, empty: bool) -> None:
        self.empty.setVisible(empty)
        self.view.setVisible(not empty)
        self.readout.setVisible(not empty)

    def set_series(self, currency: str, dates, market_value, invested, cumulative_pnl) -> None:
        dates = list(dates)
        n = len(dates)
        values = [np.asarray(v, dtype=np.float64) for v in (market_value, invested, cumulative_pnl)]
        for name, v in zip(("market_value", "invested", "cumulative_pnl"), values):
            if len(v) != n:
                raise ValueError(f"{name}: {len(v)} values for {n} dates")
        self.currency = currency
        self.dates = dates
        self.market_value, self.invested, self.pnl = values
        self._show_empty(n == 0)
        if n == 0:
            return
        x = np.arange(n, dtype=np.float64)
        ts = np.array([to_epoch(d) for d in dates], dtype=np.int64)
        for plot in (self.top, self.bottom):
            plot.getAxis("bottom").set_times(ts)
        self.top.setLabel("right", currency)
        self.value_curve.setData(x, self.market_value)
        self.invested_curve.setData(x, self.invested, stepMode=None)
        self.gain_curve.setData(x, np.maximum(self.pnl, 0.0))
        self.loss_curve.setData(x, np.minimum(self.pnl, 0.0))
        self.top.setXRange(-0.5, n - 0.5, padding=0.01)
        self._show_readout(n - 1)

    def _mouse_moved(self, pos) -> None:
        if not self.dates:
            return
        for plot in (self.top, self.bottom):
            if plot.sceneBoundingRect().contains(pos):
                x = plot.getViewBox().mapSceneToView(pos).x()
                i = int(min(max(round(x), 0), len(self.dates) - 1))
                for line in (self.cross, self.cross_bottom):
                    line.setPos(i)
                    line.show()
                self._show_readout(i)
                return
        for line in (self.cross, self.cross_bottom):
            line.hide()

    def _show_readout(self, i: int) -> None:
        muted = theme.muted_color().name()
        pnl = self.pnl[i]
        color = (theme.gain_color() if pnl >= 0 else theme.loss_color()).name()
        c = self.currency
        self.readout.setText(
            f"<b>{self.dates[i].isoformat()}</b>&nbsp;&nbsp;&nbsp;"
            f"<span style='color:{VALUE_COLOR}'>Market value</span>&nbsp;{self.market_value[i]:,.2f} {c}&nbsp;&nbsp;&nbsp;"
            f"<span style='color:{muted}'>Money invested</span>&nbsp;{self.invested[i]:,.2f} {c}&nbsp;&nbsp;&nbsp;"
            f"<span style='color:{muted}'>P&amp;L</span>&nbsp;<span style='color:{color}'>{pnl:+,.2f} {c}</span>")

    def export_target(self) -> QtWidgets.QWidget:
        return self.view
