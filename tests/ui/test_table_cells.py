"""The transactions table paints its plain cells from text laid out once (`PlainCellDelegate`):
what the user sees must be the stock delegate's picture to the pixel — alignment, elided text in
narrow columns, gain and loss colours, a selected row — in the light and the dark scheme."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QStyledItemDelegate

from tests.ui.conftest import buy
from tracker.domain.model import Dividend
from tracker.ui import theme
from tracker.ui.table_cells import PlainCellDelegate
from tracker.ui.trades_view import DATE, GROSS, NOTE, PRICE, TYPE


def with_entries(window):
    t = window.tracker
    t.add_trade(buy(day=date(2024, 1, 2), quantity="100", price="75.50",
                    note="bought after the results call, a long note that cannot fit its column"))
    t.add_trade(buy(day=date(2024, 2, 6), quantity="30", price="88.10", side="sell"))       # a gain
    t.add_trade(buy(day=date(2024, 3, 4), quantity="20", price="70.00", side="sell"))       # a loss
    t.add_dividend(Dividend("BABA", date(2024, 6, 13), Decimal("100.00"), Decimal("10.00"), Decimal("0.00")))
    # notes as users paste them: two lines, a line separator, Hebrew and Arabic first, Chinese
    for n, note in enumerate(("pasted line one\npasted line two", "para one\u2028second line",
                              "שלום BABA 100 sold", "بيع الأسهم 100 HK", "港股 100 股", "tab\there")):
        t.add_trade(buy(day=date(2024, 7, 1 + n), quantity="1", price="90.00", note=note))
    window.refresh()


def painted(view, delegate):
    view.table.setItemDelegate(delegate)
    return view.table.viewport().grab().toImage()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_plain_cells_are_painted_exactly_as_the_stock_delegate_paints_them(window, qtbot, qapp, monkeypatch, scheme):
    monkeypatch.setenv(theme.THEME_ENV, scheme)
    follower = theme.follow_system(qapp)
    follower.apply()
    try:
        assert theme.current_scheme() == scheme
        compare_delegates(window, qtbot)
    finally:          # back to light while the window is open (its panels redraw from the database)
        monkeypatch.setenv(theme.THEME_ENV, "light")
        follower.apply()
        qtbot.wait(10)


def compare_delegates(window, qtbot):
    with_entries(window)
    view = window.trades_view
    header = view.table.horizontalHeader()
    for col, width in ((DATE, 46), (TYPE, 22), (PRICE, 34), (GROSS, 120)):
        header.resizeSection(col, width)          # elided, cut to "…", and room to spare
    view.table.selectRow(1)
    qtbot.wait(10)
    ours = view.table.itemDelegate()
    assert isinstance(ours, PlainCellDelegate)
    for note_width in (40, 90, 260):
        header.resizeSection(NOTE, note_width)
        fast = painted(view, ours)
        assert ours._margin is not None and ours._margin >= 0, "the Fusion style: the quick path painted"
        stock = painted(view, QStyledItemDelegate(view.table))
        assert fast.size() == stock.size()
        assert fast == stock, f"a cell painted differently from the stock delegate (Note {note_width} px wide)"

    # an edit changes other rows' figures too (the first buy's price moves both sells' P&L): the
    # texts kept from the last paint are not shown again
    first = min(window.tracker.trades(), key=lambda t: t.trade_date)
    window.tracker.update_trade(replace(first, price=Decimal("95.00"), note="repriced"))
    window.refresh()
    view.table.selectRow(1)
    fast = painted(view, ours)
    assert fast == painted(view, QStyledItemDelegate(view.table)), "a text kept from before the edit"
    assert fast != stock


SCALED = r"""
import sys
from datetime import date
from decimal import Decimal
from PySide6.QtWidgets import QApplication, QStyledItemDelegate
app = QApplication([])
app.setStyle("Fusion")
from tracker.domain.model import Trade
from tracker.ui.trades_view import ACCOUNT, NOTE, REALIZED, TradesView
notes = ["bought after the results call, a long note", "港股 100 股", "שלום BABA", "two\nlines", ""]
entries = [Trade("BABA", "sell" if n % 2 else "buy", date(2024, 1, 1 + n), Decimal(1 + n), Decimal("88.10"),
                 Decimal("1.5"), note=notes[n % len(notes)], id=n + 1, account_id=1 + n % 2) for n in range(24)]
realized = {t.id: Decimal("-1113.25") * (1 if t.id % 4 else -1) for t in entries if t.side == "sell"}
view = TradesView()
view.set_accounts([(1, "Main"), (2, "Hong Kong broker")])
view.set_entries(entries, realized, {}, {"BABA": "USD"}, {1: "Main", 2: "Hong Kong broker"})
view.resize(1100, 500)
view.show()
app.processEvents()
table, differing = view.table, []
ours, stock = table.itemDelegate(), QStyledItemDelegate(table)
for col in (REALIZED, ACCOUNT, NOTE):
    for width in range(20, 120, 3):
        table.horizontalHeader().resizeSection(col, width)
        app.processEvents()
        table.setItemDelegate(ours)
        a = table.viewport().grab().toImage()
        table.setItemDelegate(stock)
        if a != table.viewport().grab().toImage():
            differing.append((col, width))
print("DIFFERING", differing, "QUICK", ours._margin)
"""


@pytest.mark.parametrize("scale", ["1", "1.25", "2"])
def test_cut_texts_look_the_same_at_fractional_scales(scale):
    """At a scale such as 125 %, a text cut with "…" (a long account name, a big P&L in a narrow
    column) lands where the stock delegate puts it, column width after column width."""
    import os
    import subprocess
    import sys
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": scale}
    out = subprocess.run([sys.executable, "-c", SCALED], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    line = next(x for x in out.stdout.splitlines() if x.startswith("DIFFERING"))
    assert int(line.split("QUICK ")[1]) >= 0, "the quick path painted (Fusion, left to right)"
    assert line.startswith("DIFFERING []"), line
