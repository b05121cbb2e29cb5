"""Every input a screen reader lands on has a name: the window's and every dialog's."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSlider, QAbstractSpinBox,
                               QApplication, QComboBox, QLineEdit, QWidget)

from tests.ui.conftest import buy

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractButton, QAbstractItemView, QAbstractSlider)


def unnamed(root: QWidget) -> list[str]:
    """The inputs under `root` a screen reader would announce without a name."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INPUTS) or not widget.isVisibleTo(root.window()):
            continue
        if isinstance(widget.parent(), (QAbstractSpinBox, QComboBox)):   # a spin box's own line edit
            continue
        if widget.objectName().startswith("qt_") or (       # Qt's own parts: a table's corner button
                isinstance(widget, QAbstractButton) and isinstance(widget.parent(), QAbstractItemView)):
            continue
        if widget.focusPolicy().value == 0 and not isinstance(widget, QAbstractButton):
            continue
        face = QAccessible.queryAccessibleInterface(widget)
        name = face.text(QAccessible.Text.Name).strip() if face is not None else ""
        if not name:
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} in "
                           f"{(widget.parent().objectName() if widget.parent() else '')!r}")
    return missing


def test_every_input_of_the_window_has_a_name(window):
    window.tracker.add_trade(buy())
    window.refresh()
    missing = unnamed(window)
    assert not missing, "\n".join(missing)


DIALOGS = ["new_trade", "add_dividend", "add_fee", "add_conversion", "add_transfer", "show_gains", "new_benchmark",
           "import_prices", "import_trades", "provider_settings", "restore_dialog"]


@pytest.mark.parametrize("opener", DIALOGS)
def test_every_input_of_each_dialog_has_a_name(window, qtbot, opener):
    window.tracker.add_trade(buy())
    window.refresh()
    dialog = getattr(window, opener)()
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    missing = unnamed(dialog)
    assert not missing, "\n".join(missing)
    dialog.close()
