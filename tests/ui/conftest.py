"""The real main window on a temporary database and a temporary settings file."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from tests.shared_data import TODAY


@pytest.fixture
def settings_path(tmp_path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def make_window(qtbot, db_path, settings_path):
    """Build (and show) a window; each call opens the same database and settings file again."""
    from PySide6.QtCore import QSettings

    from tracker.ui.main_window import create_window

    def make(db=None, today: date = TODAY):
        settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
        window = create_window(db or db_path, settings=settings, today=today)
        qtbot.addWidget(window)
        window.confirm = lambda title, text: True
        window.show()
        window.activateWindow()
        qtbot.waitActive(window)      # settle activation before a dialog takes it
        qtbot.waitUntil(lambda: window.ready)     # panels load right after the first paint
        return window

    return make


@pytest.fixture
def english_again(qapp):
    """A test that switches the language, colours or theme leaves the process as it found it."""
    yield
    from tracker.ui import i18n, theme
    i18n.install(qapp, language=i18n.ENGLISH)
    theme.set_convention(theme.GREEN_UP)
    theme.follow_system(qapp).set_preference("system")


@pytest.fixture
def window(make_window):
    return make_window()


def buy(symbol="BABA", day=date(2024, 3, 1), quantity="100", price="75.50", fee="1.00", side="buy", note=""):
    from tracker.domain.model import Trade
    return Trade(symbol=symbol, side=side, trade_date=day, quantity=Decimal(quantity),
                 price=Decimal(price), fee=Decimal(fee), note=note)


def table_rows(window) -> list[list[str]]:
    """What the trades table shows, row by row (after sorting and filtering)."""
    model, table = window.trades_view.model, window.trades_view.table
    shown = [c for c in range(model.columnCount()) if not table.isColumnHidden(c)]
    return [[model.index(r, c).data() for c in shown] for r in range(model.rowCount())]
