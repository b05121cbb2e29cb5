"""A view of the chart area: BABA's premium (or discount) to the Hong Kong shares it stands for.

premium = BABA close / (8 x 9988.HK close / USDHKD) - 1 on each day both listings closed, pairing
each NYSE close with the same calendar day's HKEX close (Hong Kong closes about 12 hours earlier)
and that day's rate (tracker.domain.stake). Above zero the ADS costs more than its eight shares.
"""
from __future__ import annotations

from datetime import date

import numpy as np

from PySide6.QtCore import QT_TRANSLATE_NOOP

from tracker.ui import theme
from tracker.ui.fitting_label import FittingLabel
from tracker.ui.i18n import tr
from tracker.ui.chart.position_view import PercentAxis
from tracker.ui.chart.series import to_epoch
from tracker.ui.chart.time_axis import DateAxis
from tracker.ui.qt import QtCore, QtGui, QtWidgets, apply_palette, pg

LINE_COLOR = "#8c959f"
COMPARED = (QT_TRANSLATE_NOOP("", "BABA's NYSE close against 8 × the 9988.HK close of the same calendar day (Hong Kong "
            "closes about 12 hours before New York) ÷ that day's USD/HKD rate."))


class PremiumView(QtWidgets.QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("premiumView")
        self.dates: list[date] = []
        self.premium = self.ads = self.parity = np.zeros(0)
        self.approximate: list[bool] = []
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.readout = FittingLabel(objectName="premiumReadout")     # one line, or more when narrow
        self.readout.setTextFormat(QtCore.Qt.TextFormat.RichText)
        self.readout.setContentsMargins(8, 2, 8, 2)
        layout.addWidget(self.readout)
        self.view = pg.GraphicsLayoutWidget()
        self.view.ci.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view, 1)
        self.plot = self.view.addPlot(row=0, col=0, axisItems={"right": PercentAxis(),
                                                               "bottom": DateAxis(show_values=True)})
        self.plot.hideButtons()
        self.plot.setMenuEnabled(False)
        self.plot.showAxis("right")
        self.plot.hideAxis("left")
        self.plot.showGrid(x=True, y=True, alpha=0.15)
        self.plot.getViewBox().setMouseEnabled(x=True, y=False)
        self.plot.getViewBox().setAutoVisible(y=True)
        self.plot.setLabel("right", tr("ADS premium"))
        self.above = self.plot.plot(fillLevel=0)
        self.below = self.plot.plot(fillLevel=0)
        self.plot.addItem(pg.InfiniteLine(pos=0, angle=0, pen=pg.mkPen(LINE_COLOR, width=1)))
        self.cross = pg.InfiniteLine(angle=90, pen=pg.mkPen(LINE_COLOR, style=QtCore.Qt.PenStyle.DashLine))
        self.cross.hide()
        self.plot.addItem(self.cross, ignoreBounds=True)
        self.view.scene().sigMouseMoved.connect(self._mouse_moved)
        self.empty = QtWidgets.QLabel(tr("No premium to show: import daily prices of both BABA and 9988.HK "
                                         "(and USDHKD rates) for days both listings traded."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty, 1)
        self.apply_palette()
        self._show_empty(True)

    def apply_palette(self, palette: QtGui.QPalette | None = None) -> None:
        apply_palette(self.view, palette if palette is not None else self.palette())
        for curve, color in ((self.above, theme.gain_color()), (self.below, theme.loss_color())):
            curve.setPen(pg.mkPen(color, width=1.2))
            curve.setBrush(QtGui.QColor(color.red(), color.green(), color.blue(), 60))

    def _show_empty(self, empty: bool) -> None:
        self.empty.setVisible(empty)
        self.view.setVisible(not empty)
        self.readout.setVisible(not empty)

    def set_series(self, points) -> None:
        """`points`: tracker.domain.stake.PremiumPoint, ascending by day."""
        self.dates = [p.day for p in points]
        self.premium = np.array([p.premium * 100 for p in points], dtype=np.float64)
        self.ads = np.array([float(p.ads_close) for p in points], dtype=np.float64)
        self.parity = np.array([float(p.parity) for p in points], dtype=np.float64)
        self.approximate = [p.approximate for p in points]
        n = len(self.dates)
        self._show_empty(n == 0)
        if not n:
            return
        x = np.arange(n, dtype=np.float64)
        self.plot.getAxis("bottom").set_times(np.array([to_epoch(d) for d in self.dates], dtype=np.int64))
        self.above.setData(x, np.maximum(self.premium, 0.0))
        self.below.setData(x, np.minimum(self.premium, 0.0))
        self.plot.setXRange(-0.5, n - 0.5, padding=0.01)
        self._show_readout(n - 1)

    def _mouse_moved(self, pos) -> None:
        if not self.dates or not self.plot.sceneBoundingRect().contains(pos):
            self.cross.hide()
            return
        x = self.plot.getViewBox().mapSceneToView(pos).x()
        i = int(min(max(round(x), 0), len(self.dates) - 1))
        self.cross.setPos(i)
        self.cross.show()
        self._show_readout(i)

    def _show_readout(self, i: int) -> None:
        muted = theme.muted_color().name()
        value = self.premium[i]
        color = (theme.gain_color() if value >= 0 else theme.loss_color()).name()
        word = tr("ADS premium") if value >= 0 else tr("ADS discount")
        gap = "&nbsp;&nbsp;&nbsp;"
        approx = (f"<span style='color:{theme.warning_color().name()}'>"
                  + tr("≈ at 7.80 HKD per USD (no rate stored)") + "</span>" if self.approximate[i] else "")
        prices = (f"<b>{self.dates[i].isoformat()}</b>{gap}"
                  f"<span style='color:{muted}'>BABA</span>&nbsp;{self.ads[i]:,.2f} USD{gap}"
                  f"<span style='color:{muted}'>8 × 9988.HK ÷ USDHKD</span>&nbsp;{self.parity[i]:,.2f} USD")
        premium = f"<span style='color:{muted}'>{word}</span>&nbsp;<span style='color:{color}'>{value:+.2f}%</span>"
        after = "&nbsp;&nbsp;".join(filter(None, (premium, approx)))
        texts = [prices + gap + after, f"{prices}<br>{after}"] + ([f"{prices}<br>{premium}<br>{approx}"] if approx else [])
        self.readout.set_texts(texts, tr(COMPARED))

    def export_target(self) -> QtWidgets.QWidget:
        return self.view
