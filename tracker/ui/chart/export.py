"""Chart exports: a title band (listing, view, date range, export date) over the chart, drawn at a
chosen size (1600×900 by default) rather than the size the chart has on screen."""
from __future__ import annotations

from datetime import date

from tracker.ui.i18n import tr
from tracker.ui.qt import QtCore, QtGui, QtSvg, QtWidgets

DEFAULT_EXPORT_SIZE = (1600, 900)
MIN_SIZE, MAX_SIZE = 320, 8000




def export_title(symbol: str, view: str, first: date | None, last: date | None, today: date) -> str:
    """`BABA · Price · 2025-10-10 to 2026-10-09 · exported 2026-12-01`."""
    parts = [symbol, view]
    if first is not None and last is not None:
        parts.append(tr("{first} to {last}").format(first=first.isoformat(), last=last.isoformat()))
    parts.append(tr("exported {day}").format(day=today.isoformat()))
    return " · ".join(parts)


def _band_height(font: QtGui.QFont) -> int:
    return QtGui.QFontMetrics(font).height() * 2


def _title_font(widget: QtWidgets.QWidget) -> QtGui.QFont:
    font = QtGui.QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    return font


def _paint(target: QtWidgets.QWidget, painter: QtGui.QPainter, size: tuple[int, int], title: str) -> None:
    """The chart re-laid at `size` (less the title band) under the title; the widget gets its own
    size back afterwards."""
    width, height = size
    font = _title_font(target)
    band = _band_height(font)
    background = target.palette().color(QtGui.QPalette.ColorRole.Base)
    painter.fillRect(QtCore.QRect(0, 0, width, height), background)
    painter.setFont(font)
    painter.setPen(target.palette().color(QtGui.QPalette.ColorRole.Text))
    painter.drawText(QtCore.QRect(12, 0, width - 24, band),
                     QtCore.Qt.AlignmentFlag.AlignLeft | QtCore.Qt.AlignmentFlag.AlignVCenter, title)
    shown = target.size()
    target.resize(width, height - band)        # the scene lays itself out anew at that size
    try:
        QtWidgets.QWidget.render(target, painter, QtCore.QPoint(0, band))    # the widget, not its scene
    finally:
        target.resize(shown)


def export_image(target: QtWidgets.QWidget, size: tuple[int, int], title: str) -> QtGui.QImage:
    image = QtGui.QImage(size[0], size[1], QtGui.QImage.Format.Format_ARGB32)
    painter = QtGui.QPainter(image)
    try:
        _paint(target, painter, size, title)
    finally:
        painter.end()
    return image


def write_svg(target: QtWidgets.QWidget, size: tuple[int, int], title: str, path) -> None:
    generator = QtSvg.QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QtCore.QSize(*size))
    generator.setViewBox(QtCore.QRect(0, 0, *size))
    generator.setTitle(title)
    painter = QtGui.QPainter()
    if not painter.begin(generator):
        raise OSError(tr("could not write the drawing to {path}").format(path=path))
    try:
        _paint(target, painter, size, title)
    finally:
        painter.end()


class ExportSizeDialog(QtWidgets.QDialog):
    """Width and height of the exported image, in pixels."""

    def __init__(self, size: tuple[int, int], parent=None):
        super().__init__(parent)
        self.setObjectName("exportSizeDialog")
        self.setWindowTitle(self.tr("Export size"))
        self.width_box = QtWidgets.QSpinBox(objectName="exportWidth")
        self.height_box = QtWidgets.QSpinBox(objectName="exportHeight")
        for box, value, name in ((self.width_box, size[0], self.tr("Width")),
                                 (self.height_box, size[1], self.tr("Height"))):
            box.setRange(MIN_SIZE, MAX_SIZE)
            box.setValue(value)
            box.setSuffix(" px")
            box.setAccessibleName(name)
        form = QtWidgets.QFormLayout(self)
        form.addRow(self.tr("&Width"), self.width_box)
        form.addRow(self.tr("&Height"), self.height_box)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Ok
                                             | QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def chosen(self) -> tuple[int, int]:
        return self.width_box.value(), self.height_box.value()
