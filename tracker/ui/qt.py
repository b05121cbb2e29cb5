"""The one place that picks the Qt binding and configures pyqtgraph.

PySide6 is imported before pyqtgraph so pyqtgraph binds to it (never to a PyQt that happens to be
installed). Other UI modules import Qt names from here:

    from tracker.ui.qt import QtCore, QtGui, QtWidgets, Signal, pg
"""
from __future__ import annotations

import gc
import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import PySide6  # noqa: E402,F401  (must come before pyqtgraph)
from PySide6 import QtCore, QtGui, QtSvg, QtWidgets  # noqa: E402
from PySide6.QtCore import Qt, Signal, Slot  # noqa: E402

import pyqtgraph as pg  # noqa: E402

# Candles and bars are drawn on whole pixels: antialiasing would only blur their edges and costs
# time on every frame. Lines that want smoothing (moving averages) switch it on for themselves.
pg.setConfigOptions(antialias=False, useOpenGL=False, foreground="k", background="w",
                    exitCleanup=False)


def freeze_loaded_objects() -> None:
    """Move every object alive now out of the garbage collector's generations (gc.freeze).

    What the libraries load (modules, classes, Qt wrappers, numpy and pandas internals) lives as
    long as the process. Left in the generations, it is walked again by every full collection the
    allocations of startup trigger: about 30 ms each with numpy, pandas and pyqtgraph loaded.
    Called once the libraries are in, and again once the window's modules are."""
    gc.freeze()


freeze_loaded_objects()


def palette_colors(palette: QtGui.QPalette | None = None) -> tuple[QtGui.QColor, QtGui.QColor]:
    """(background, foreground) for plots: the palette's Base and Text colours, so a chart follows
    the light or dark scheme like every other widget."""
    palette = palette if palette is not None else QtWidgets.QApplication.palette()
    return palette.color(QtGui.QPalette.ColorRole.Base), palette.color(QtGui.QPalette.ColorRole.Text)


def blend(under: QtGui.QColor, over: QtGui.QColor, amount: float) -> QtGui.QColor:
    """`over` laid on `under` at `amount` opacity, as one opaque colour. Opaque colours paint
    several times faster than translucent ones in Qt's raster engine, and grids and volume bars
    are repainted on every frame."""
    mix = lambda a, b: round(a + (b - a) * amount)  # noqa: E731
    return QtGui.QColor(mix(under.red(), over.red()), mix(under.green(), over.green()),
                        mix(under.blue(), over.blue()))


def apply_palette(view: pg.GraphicsView, palette: QtGui.QPalette | None = None) -> None:
    """Give a pyqtgraph view, and every axis in it, the colours of its widget's palette: Base for the
    background, Mid for axis lines and grid lines, Text for the labels."""
    palette = palette if palette is not None else view.palette()
    background, foreground = palette_colors(palette)
    line = palette.color(QtGui.QPalette.ColorRole.Mid)
    view.setBackground(background)
    for item in view.scene().items():
        if isinstance(item, pg.AxisItem):
            item.setPen(line)            # axis lines: quiet
            item.setTextPen(foreground)  # labels: full contrast
            if hasattr(item, "grid_color"):
                item.grid_color = blend(background, foreground, 0.09)
                item.background_color = background


__all__ = ["QtCore", "QtGui", "QtSvg", "QtWidgets", "Qt", "Signal", "Slot", "pg", "blend", "palette_colors",
           "apply_palette", "freeze_loaded_objects"]
