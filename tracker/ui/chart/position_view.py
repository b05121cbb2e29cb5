"""The second view of the chart: the position itself over time.

Top pane: market value (units held × that day's close) against money invested (the cost of the
units still held, which steps at each trade). Middle pane: the holding's TWR index over the chosen
period against a benchmark's price index from the same opening day, with the difference. Bottom
pane: cumulative P&L (realized plus unrealized, as given), green above zero and red below. All
share an index x axis over the days.
"""
from __future__ import annotations

import html
from bisect import bisect_left
from collections.abc import Sequence
from datetime import date

import numpy as np

from tracker.ui import theme
from tracker.ui.fitting_label import FittingLabel
from tracker.ui.i18n import tr
from tracker.ui.chart.series import to_epoch
from tracker.ui.chart.time_axis import DateAxis
from tracker.ui.chart.value_axis import AXIS_WIDTH
from tracker.ui.qt import QtCore, QtGui, QtWidgets, apply_palette, pg

VALUE_COLOR = "#1f6feb"
INVESTED_COLOR = "#8c959f"
BENCHMARK_COLOR = "#bf8700"
NO_BENCHMARK = ""


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


class PercentAxis(_MoneyAxis):
    """Signed percentages on the right (the position view's TWR index, the premium view)."""

    def tickStrings(self, values, scale, spacing):
        return [f"{v:+.0f}%" if abs(v) >= 10 or spacing >= 1 else f"{v:+.1f}%" for v in values]


class PositionView(QtWidgets.QWidget):
    benchmarkChosen = QtCore.Signal(str)       # a benchmark's symbol, or NO_BENCHMARK

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("positionView")
        self.currency = ""
        self.dates: list[date] = []
        self.market_value = self.invested = self.pnl = np.zeros(0)
        self.twr = self.bench = np.full(0, np.nan)      # per day of `dates`, in percent; NaN outside the period
        self.period_label = self.bench_label = ""
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        bar = QtWidgets.QHBoxLayout()
        bar.setContentsMargins(8, 2, 8, 0)
        bar.addWidget(QtWidgets.QLabel(tr("Compare with")))
        self.benchmark = QtWidgets.QComboBox(objectName="benchmarkChoice")
        self.benchmark.setToolTip(tr("A benchmark series (File ▸ Import prices ▸ New benchmark…): its price "
                                  "index from the same opening day as the holding's TWR."))
        self.benchmark.addItem(tr("no benchmark"), NO_BENCHMARK)
        self.benchmark.currentIndexChanged.connect(
            lambda _i: self.benchmarkChosen.emit(self.benchmark.currentData() or NO_BENCHMARK))
        bar.addWidget(self.benchmark)
        self.risk = FittingLabel(objectName="riskFigures")     # never widens the window
        self.risk.setTextFormat(QtCore.Qt.TextFormat.RichText)
        bar.addWidget(self.risk, 1)
        layout.addLayout(bar)
        self.readout = FittingLabel(objectName="positionReadout")   # one line, or two when narrow
        self.readout.setTextFormat(QtCore.Qt.TextFormat.RichText)
        self.readout.setContentsMargins(8, 2, 8, 2)
        layout.addWidget(self.readout)
        self.view = pg.GraphicsLayoutWidget()
        self.view.ci.setContentsMargins(4, 4, 4, 4)
        self.view.ci.setSpacing(0)
        layout.addWidget(self.view, 1)

        self.date_axis = DateAxis(show_values=True)
        self.top = self.view.addPlot(row=0, col=0, axisItems={"right": _MoneyAxis(), "bottom": DateAxis(False)})
        self.middle = self.view.addPlot(row=1, col=0, axisItems={"right": PercentAxis(), "bottom": DateAxis(False)})
        self.bottom = self.view.addPlot(row=2, col=0, axisItems={"right": _MoneyAxis(), "bottom": self.date_axis})
        for plot in (self.top, self.middle, self.bottom):
            plot.hideButtons()
            plot.setMenuEnabled(False)
            plot.showAxis("right")
            plot.hideAxis("left")
            plot.showGrid(x=True, y=True, alpha=0.15)
            plot.getViewBox().setMouseEnabled(x=True, y=False)
            plot.getViewBox().setAutoVisible(y=True)
        self.bottom.setXLink(self.top)
        self.middle.setXLink(self.top)
        self.view.ci.layout.setRowStretchFactor(0, 3)
        self.view.ci.layout.setRowStretchFactor(1, 2)
        self.view.ci.layout.setRowStretchFactor(2, 2)
        self.middle.setLabel("right", "TWR")
        self.compare_legend = self.middle.addLegend(offset=(8, 4))
        self.twr_curve = self.middle.plot(name="TWR", pen=pg.mkPen(VALUE_COLOR, width=2), connect="finite")
        self.bench_curve = self.middle.plot(name=tr("Benchmark"), pen=pg.mkPen(BENCHMARK_COLOR, width=1.5),
                                            connect="finite")
        self.middle_zero = pg.InfiniteLine(pos=0, angle=0, pen=pg.mkPen(INVESTED_COLOR, width=1))
        self.middle.addItem(self.middle_zero)
        self.legend = self.top.addLegend(offset=(8, 8))
        self.value_curve = self.top.plot(name=tr("Market value"), pen=pg.mkPen(VALUE_COLOR, width=2))
        self.invested_curve = self.top.plot(name=tr("Money invested"), pen=pg.mkPen(INVESTED_COLOR, width=2))
        self.gain_curve = self.bottom.plot(fillLevel=0)
        self.loss_curve = self.bottom.plot(fillLevel=0)
        self.zero_line = pg.InfiniteLine(pos=0, angle=0, pen=pg.mkPen(INVESTED_COLOR, width=1))
        self.bottom.addItem(self.zero_line)
        self.bottom.setLabel("right", tr("P&L"))
        self.cross = pg.InfiniteLine(angle=90, pen=pg.mkPen(INVESTED_COLOR, style=QtCore.Qt.PenStyle.DashLine))
        self.cross_bottom = pg.InfiniteLine(angle=90, pen=pg.mkPen(INVESTED_COLOR, style=QtCore.Qt.PenStyle.DashLine))
        self.cross_middle = pg.InfiniteLine(angle=90, pen=pg.mkPen(INVESTED_COLOR, style=QtCore.Qt.PenStyle.DashLine))
        for plot, line in ((self.top, self.cross), (self.middle, self.cross_middle), (self.bottom, self.cross_bottom)):
            line.hide()
            plot.addItem(line, ignoreBounds=True)
        self.view.scene().sigMouseMoved.connect(self._mouse_moved)
        self.empty = QtWidgets.QLabel(tr("No position to show: add trades to see your position over time."))
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
        for plot in (self.top, self.middle, self.bottom):
            plot.getAxis("bottom").set_times(ts)
        self.top.setLabel("right", currency)
        self.value_curve.setData(x, self.market_value)
        self.invested_curve.setData(x, self.invested, stepMode=None)
        self.gain_curve.setData(x, np.maximum(self.pnl, 0.0))
        self.loss_curve.setData(x, np.minimum(self.pnl, 0.0))
        self.top.setXRange(-0.5, n - 0.5, padding=0.01)
        self._draw_comparison()
        self._show_readout(n - 1)

    # --- the TWR index against a benchmark ----------------------------------------------------------
    def set_benchmarks(self, choices: list[tuple[str, str]], chosen: str = NO_BENCHMARK) -> None:
        """`choices`: (symbol, name) of every benchmark series; `chosen` is selected (none if unknown)."""
        self.benchmark.blockSignals(True)
        self.benchmark.clear()
        self.benchmark.addItem(tr("no benchmark"), NO_BENCHMARK)
        for symbol, name in choices:
            self.benchmark.addItem(f"{symbol} — {name}" if name and name != symbol else symbol, symbol)
        self.benchmark.setCurrentIndex(max(self.benchmark.findData(chosen), 0))
        self.benchmark.blockSignals(False)

    def set_comparison(self, period_label: str, index, bench_label: str = "", bench=(),
                       risk_texts: Sequence[str] = (), risk_tip: str = "") -> None:
        """`index`: (day, cumulative TWR) of the holding over the period; `bench`: (day, cumulative
        return) of the benchmark from the same opening day; fractions. Both start at 0 on the
        opening day, drawn at the first day of the period."""
        self._comparison = (list(index), list(bench))
        self.period_label, self.bench_label = period_label, bench_label
        self.bench_curve.setVisible(bool(bench_label))
        self.compare_legend.clear()
        self.compare_legend.addItem(self.twr_curve, f"TWR · {period_label}")
        if bench_label:
            self.compare_legend.addItem(self.bench_curve, bench_label)
        self.risk.set_texts(risk_texts, risk_tip)
        self._draw_comparison()
        if self.dates:
            finite = np.flatnonzero(np.isfinite(self.twr))
            self._show_readout(int(finite[-1]) if len(finite) else len(self.dates) - 1)

    def _aligned(self, points) -> np.ndarray:
        """Percent values on the view's days: each point at its day (or the next day shown), the
        value carried forward to the next point; NaN before the first point."""
        out = np.full(len(self.dates), np.nan)
        if not points or not self.dates:
            return out
        xs = [bisect_left(self.dates, day) for day, _ in points]
        # the last point stands for its own day only: the period ends there
        for (day, value), x, nxt in zip(points, xs, xs[1:] + [xs[-1] + 1]):
            if x < len(self.dates):
                out[x:max(nxt, x + 1)] = value * 100.0
        return out

    def _draw_comparison(self) -> None:
        index, bench = getattr(self, "_comparison", ([], []))
        if index:
            # the opening day's 0 %, drawn at the day before the first return (or the first day)
            first = max(bisect_left(self.dates, index[0][0]) - 1, 0) if self.dates else 0
            start = [(self.dates[first], 0.0)] if self.dates and self.dates[first] < index[0][0] else []
            index = start + index
            bench = (start + [b for b in bench if not start or b[0] > start[0][0]]) if bench else bench
        self.twr, self.bench = self._aligned(index), self._aligned(bench)
        x = np.arange(len(self.dates), dtype=np.float64)
        self.twr_curve.setData(x, self.twr)
        self.bench_curve.setData(x, self.bench)
        finite = np.flatnonzero(np.isfinite(self.twr))
        if len(finite) and self.period_label:      # the period's days fill the view
            self.top.setXRange(finite[0] - 0.5, finite[-1] + 0.5, padding=0.01)

    def _mouse_moved(self, pos) -> None:
        if not self.dates:
            return
        for plot in (self.top, self.middle, self.bottom):
            if plot.sceneBoundingRect().contains(pos):
                x = plot.getViewBox().mapSceneToView(pos).x()
                i = int(min(max(round(x), 0), len(self.dates) - 1))
                for line in (self.cross, self.cross_middle, self.cross_bottom):
                    line.setPos(i)
                    line.show()
                self._show_readout(i)
                return
        for line in (self.cross, self.cross_middle, self.cross_bottom):
            line.hide()

    def _show_readout(self, i: int) -> None:
        muted = theme.muted_color().name()
        pnl = self.pnl[i]
        color = (theme.gain_color() if pnl >= 0 else theme.loss_color()).name()
        c = self.currency
        value, invested, pnl_word = tr("Market value"), tr("Money invested"), html.escape(tr("P&L"))
        gap = "&nbsp;&nbsp;&nbsp;"
        held = (f"<b>{self.dates[i].isoformat()}</b>{gap}"
                f"<span style='color:{VALUE_COLOR}'>{value}</span>&nbsp;{self.market_value[i]:,.2f} {c}{gap}"
                f"<span style='color:{muted}'>{invested}</span>&nbsp;{self.invested[i]:,.2f} {c}")
        gain = f"<span style='color:{muted}'>{pnl_word}</span>&nbsp;<span style='color:{color}'>{pnl:+,.2f} {c}</span>"
        returns = self._comparison_readout(i)
        after = gap.join(filter(None, (gain, returns)))
        self.readout.set_texts([held + gap + after, f"{held}{gap}{gain}<br>{returns}", f"{held}<br>{after}"]
                               if returns else [held + gap + gain, f"{held}<br>{gain}"])

    def _comparison_readout(self, i: int) -> str:
        """`TWR +12.3 %  SPY +8.1 %  difference +4.2 pts` on day i, when the period covers it."""
        if i >= len(self.twr) or not np.isfinite(self.twr[i]):
            return ""
        text = f"<span style='color:{VALUE_COLOR}'>TWR</span>&nbsp;{self.twr[i]:+.2f}%"
        if self.bench_label and np.isfinite(self.bench[i]):
            diff = self.twr[i] - self.bench[i]
            color = (theme.gain_color() if diff >= 0 else theme.loss_color()).name()
            difference, points = tr("difference"), tr("{points} pts").format(points=f"{diff:+.2f}")
            text += (f"&nbsp;&nbsp;&nbsp;<span style='color:{BENCHMARK_COLOR}'>{self.bench_label}</span>&nbsp;"
                     f"{self.bench[i]:+.2f}%&nbsp;&nbsp;&nbsp;{difference}&nbsp;"
                     f"<span style='color:{color}'>{points}</span>")
        return text

    def export_target(self) -> QtWidgets.QWidget:
        return self.view
