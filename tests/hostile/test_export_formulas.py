"""The window's trade export is safe to open in a spreadsheet and still imports back unchanged."""
from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal

import pytest

from tests.ui.conftest import make_window, settings_path, window  # noqa: F401 - fixtures
from tracker.domain.model import Trade
from tracker.domain.spreadsheet import guard_formula, unguard_formula

NOTES = ["=HYPERLINK(\"http://x\",\"click\")", "+1+1", "-2+3", "@SUM(A1)", "plain", "'quoted already",
         "a = b", ""]


@pytest.mark.parametrize("cell", NOTES + ["\tTab", "\rcr", "'=kept"])
def test_guard_and_unguard_are_inverse(cell):
    assert unguard_formula(guard_formula(cell)) == cell


def test_export_prefixes_formula_cells_and_imports_back(window, tmp_path):
    for k, note in enumerate(NOTES):
        window.tracker.add_trade(Trade("BABA", "buy", date(2024, 1, 2 + k), Decimal(10), Decimal("75.5"),
                                       Decimal(0), note=note))
    out = window.export_trades(tmp_path / "out.csv")
    with open(out, newline="", encoding="utf-8") as handle:
        written = [row[-1] for row in list(csv.reader(handle))[1:]]
    assert written == ["'=HYPERLINK(\"http://x\",\"click\")", "'+1+1", "'-2+3", "'@SUM(A1)", "plain",
                       "'quoted already", "a = b", ""]
    assert not any(cell[:1] in "=+-@" for row in csv.reader(open(out, encoding="utf-8")) for cell in row if cell)

    from tracker.app.tracker import Tracker
    from tests.shared_data import TODAY
    with Tracker(tmp_path / "other.db", today=TODAY) as other:
        other.import_trades(out)
        assert [t.note for t in other.trades()] == NOTES
        assert other.import_trades(out).added == 0          # same import keys: nothing twice
