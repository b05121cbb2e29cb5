"""The transactions table keeps each entry's sort keys and filter text across refreshes; what it
shows, sorts and finds after a change is what a table built afresh shows, sorts and finds."""
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal as D

from PySide6.QtCore import Qt

from tracker.domain.model import BUY, SELL, Conversion, Dividend, Fee, Trade
from tracker.ui.entries import entry_type
from tracker.ui.trades_view import HEADERS, NOTE, QUANTITY, REALIZED, TradesModel

CURRENCIES = {"BABA": "USD", "9988.HK": "HKD"}


def _entries():
    day = date(2024, 1, 2)
    trades = [Trade("BABA", BUY if n % 3 else SELL, day + timedelta(days=n), D(n + 1), D("80.5") + n, D(1),
                    currency="USD", id=n + 1, note=f"Lot {n}", account_id=1 + n % 2) for n in range(30)]
    return trades + [Dividend("BABA", day + timedelta(days=40), D("100"), D("10"), D("0.5"), id=1),
                     Fee("BABA", day + timedelta(days=41), D("2"), "USD", id=1),
                     Conversion(day + timedelta(days=42), "BABA", "9988.HK", D(5), D(1), D("7.8"), id=1)]


ACCOUNTS = {1: "Main", 2: "Second broker"}


def _fresh(entries, realized, received, column, order, accounts=ACCOUNTS):
    model = TradesModel()
    model.sort(column, order)
    model.set_entries(entries, realized, received, CURRENCIES, accounts)
    return model


def _shown(model):
    rows = range(model.rowCount())
    return ([[model.index(r, c).data() for c in range(len(HEADERS))] for r in rows],
            [model.search_text(r) for r in rows])


def _by_hand(model):
    """The cells, and the row's English type then every cell's text joined in lower case, read
    cell by cell."""
    rows = range(model.rowCount())
    cells = [[model.index(r, c).data() for c in range(len(HEADERS))] for r in rows]
    return cells, [" ".join([entry_type(model.entry_at(r))] + cells[r]).lower() for r in rows]


def test_after_edits_the_kept_table_equals_a_table_built_afresh():
    entries = _entries()
    realized = {t.id: D(t.id) for t in entries if isinstance(t, Trade) and t.side == SELL}
    kept = TradesModel()
    for column, order in ((QUANTITY, Qt.SortOrder.DescendingOrder), (NOTE, Qt.SortOrder.AscendingOrder),
                          (REALIZED, Qt.SortOrder.DescendingOrder)):
        kept.sort(column, order)
        kept.set_entries(entries, realized, {1: D(40)}, CURRENCIES, ACCOUNTS)
        _shown(kept)                                           # fills what it keeps
        # one trade edited, one deleted, the realized P&L of every sell moved, a conversion received more
        entries = [replace(e, quantity=D(99), note="Edited") if isinstance(e, Trade) and e.id == 4 else e
                   for e in entries if not (isinstance(e, Trade) and e.id == 7)]
        realized = {k: -v for k, v in realized.items() if k != 7}      # the order of sells turns over
        kept.set_entries(entries, realized, {1: D(41)}, CURRENCIES, ACCOUNTS)
        fresh = _fresh(entries, realized, {1: D(41)}, column, order)
        assert _shown(kept) == _by_hand(fresh) == _by_hand(kept)
    renamed = {1: "Main broker", 2: "Second broker"}                 # an account renamed
    kept.set_entries(entries, realized, {1: D(41)}, CURRENCIES, renamed)
    assert _shown(kept) == _by_hand(_fresh(entries, realized, {1: D(41)}, REALIZED,
                                           Qt.SortOrder.DescendingOrder, renamed))
    rows, texts = _shown(kept)
    assert any("edited" in t and "99" in t for t in texts)
    assert any("41" in t and "convert" in t for t in texts)


def test_cells_painted_in_one_call_are_the_cells_asked_one_by_one_and_carry_nothing_over():
    from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan
    entries = _entries()
    realized = {t.id: D(-5) for t in entries if isinstance(t, Trade) and t.side == SELL}
    model = _fresh(entries, realized, {1: D(40)}, REALIZED, Qt.SortOrder.AscendingOrder)
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.TextAlignmentRole,
             Qt.ItemDataRole.FontRole, Qt.ItemDataRole.BackgroundRole)
    reused = {role: QModelRoleData(int(role)) for role in roles}    # as a delegate may keep them
    for row in range(model.rowCount()):
        for col in range(len(HEADERS)):
            index = model.index(row, col)
            for role, role_data in reused.items():
                model.multiData(index, QModelRoleDataSpan(role_data))
                assert role_data.data() == index.data(role), (row, col, role)
    assert model.index(0, REALIZED).data(Qt.ItemDataRole.ForegroundRole) is not None    # a loss, coloured
    assert model.index(0, NOTE).data(Qt.ItemDataRole.ForegroundRole) is None


def test_a_refresh_in_date_order_places_what_came_and_drops_what_went_as_a_fresh_sort_does():
    from tracker.ui.trades_view import DATE
    day = date(2024, 1, 2)
    trades = [Trade("BABA", BUY, day + timedelta(days=n // 3), D(n + 1), D(80), D(1), currency="USD", id=n + 1)
              for n in range(60)]
    others = [Dividend("BABA", day + timedelta(days=5), D("100"), D("10"), D("0.5"), id=1),
              Fee("BABA", day + timedelta(days=5), D("2"), "USD", id=1)]
    for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
        kept = TradesModel()
        kept.sort(DATE, order)
        entries = trades + others
        kept.set_entries(entries, {}, {}, CURRENCIES, ACCOUNTS)
        # a save: one trade added on a busy day, one edited (moved to another day), one deleted
        entries = [replace(e, trade_date=day) if isinstance(e, Trade) and e.id == 30 else e
                   for e in entries if not (isinstance(e, Trade) and e.id == 12)]
        entries.append(Trade("BABA", SELL, day + timedelta(days=5), D(1), D(81), D(0), currency="USD", id=61))
        kept.set_entries(entries, {}, {}, CURRENCIES, ACCOUNTS)
        fresh = _fresh(entries, {}, {}, DATE, order)
        assert [kept.entry_at(r) for r in range(kept.rowCount())] == [fresh.entry_at(r) for r in range(fresh.rowCount())]
        assert _shown(kept) == _by_hand(fresh)
        shown = [kept.entry_at(r) for r in range(kept.rowCount())]
        assert len(shown) == 62 and shown.index(entries[-1]) != len(shown) - 1 != 0   # placed among the rest


def test_rows_put_in_and_taken_out_by_edits_are_the_table_a_fresh_sort_shows(qtbot):
    """A save, an edit or a delete inserts or removes rows (no reset): after any sequence of them
    the table shows, finds and keeps selected what a table built afresh from the same entries does."""
    import random

    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtWidgets import QTableView

    from tracker.ui.trades_view import DATE
    rng = random.Random(5)
    day = date(2024, 1, 2)
    for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
        entries = _entries()
        realized = {t.id: D(t.id) for t in entries if isinstance(t, Trade) and t.side == SELL}
        kept = TradesModel()
        kept.sort(DATE, order)
        kept.set_entries(entries, realized, {1: D(40)}, CURRENCIES, ACCOUNTS)
        view = QTableView()
        qtbot.addWidget(view)
        view.setModel(kept)
        watched = next(e for e in entries if isinstance(e, Dividend))
        view.selectionModel().select(kept.index(kept.row_of_entry(watched), 0),
                                     QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
        next_id = 100
        for step in range(40):
            trades = [e for e in entries if isinstance(e, Trade)]
            choice = rng.random()
            if choice < 0.4:
                next_id += 1
                edit = (None, Trade("BABA", rng.choice((BUY, SELL)), day + timedelta(days=rng.randrange(50)),
                                    D(rng.randrange(1, 9)), D(80), D(0), currency="USD", id=next_id))
            elif choice < 0.7:
                old = rng.choice(trades)
                edit = (old, replace(old, trade_date=day + timedelta(days=rng.randrange(50)), quantity=D(7)))
            else:
                edit = (rng.choice(trades), None)
            entries = [e for e in entries if e is not edit[0]] + ([edit[1]] if edit[1] else [])
            if rng.random() < 0.3:                # a back-dated trade moves later sells' P&L
                realized = {k: v + 1 for k, v in realized.items()}
            assert kept.apply_edits([edit], realized, {1: D(40)}, CURRENCIES, ACCOUNTS)
            fresh = _fresh(entries, realized, {1: D(40)}, DATE, order)
            assert [kept.entry_at(r) for r in range(kept.rowCount())] == \
                [fresh.entry_at(r) for r in range(fresh.rowCount())]
            if step >= 20:                         # the filter texts, once built, follow the edits too
                assert [kept.search_text(r) for r in range(kept.rowCount())] == _by_hand(fresh)[1]
            selected = [kept.entry_at(i.row()) for i in view.selectionModel().selectedRows()]
            assert selected == [watched]           # the selected row stays selected as rows come and go
        assert _shown(kept) == _by_hand(_fresh(entries, realized, {1: D(40)}, DATE, order))


def test_edits_the_table_cannot_place_row_by_row_leave_it_to_a_full_refresh():
    from tracker.ui.trades_view import DATE
    entries = _entries()
    model = _fresh(entries, {}, {}, DATE, Qt.SortOrder.DescendingOrder)
    stranger = Trade("BABA", BUY, date(2030, 1, 1), D(1), D(80), D(0), currency="USD", id=999)
    assert not model.apply_edits([(stranger, None)], {}, {}, CURRENCIES, ACCOUNTS)      # not shown: unknown
    assert not model.apply_edits([], {}, {}, CURRENCIES, {1: "Renamed"})                  # an account renamed
    model.set_filter("BABA")
    assert not model.apply_edits([], {}, {}, CURRENCIES, ACCOUNTS)                        # a filter on
    model = _fresh(entries, {}, {}, QUANTITY, Qt.SortOrder.DescendingOrder)
    assert not model.apply_edits([(None, stranger)], {}, {}, CURRENCIES, ACCOUNTS)       # not in date order
