"""The trades table: a QAbstractTableModel over the facade's trades, a filter proxy, and the view
with its filter bar (listing and free text).

Numbers sort as numbers (on SORT_ROLE, not on the displayed text), dates sort by date, and unknown
values (the realized P&L of a buy) always sort last. The model sorts itself — one Python sort of
plain keys, far quicker than a proxy calling a Python comparison per pair — and the proxy only
filters, passing sort requests from the header on to the model.
"""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import (QAbstractTableModel, QByteArray, QModelIndex, QSortFilterProxyModel, Qt,
                            Signal)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel,
                               QLineEdit, QTableView, QVBoxLayout, QWidget)

from tracker.domain.model import SELL, Trade
from tracker.ui import formatting as fmt
from tracker.ui import theme

SORT_ROLE = Qt.ItemDataRole.UserRole
TRADE_ROLE = Qt.ItemDataRole.UserRole + 1

DATE, LISTING, SIDE, QUANTITY, PRICE, FEE, TOTAL, REALIZED, NOTE = range(9)
HEADERS = ("Date", "Listing", "Side", "Quantity", "Price", "Fee", "Total", "Realized P&L", "Note")
NUMERIC = {QUANTITY, PRICE, FEE, TOTAL, REALIZED}
HEADER_TIPS = {
    QUANTITY: "Units traded: ADS for BABA, ordinary shares for 9988.HK.",
    PRICE: "Price per unit in the listing's currency.",
    FEE: "Commission and charges of the trade, in the listing's currency.",
    TOTAL: "Cash that left your account for a buy (quantity × price + fee) or reached it for a "
           "sell (quantity × price − fee).",
    REALIZED: "Realized P&L of a sell: its proceeds after fees minus the cost of the lots it "
              "closed (first in, first out, fees included).",
}
ALL_LISTINGS = "All listings"


class TradesModel(QAbstractTableModel):
    """Rows are trades in the order last asked for by `sort` (newest first until then);
    `realized` maps a sell's id to its realized P&L."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._trades: list[Trade] = []
        self._realized: dict[int, Decimal] = {}
        self._search: list[str] | None = None         # built when a text filter first needs it
        self._order = (DATE, Qt.SortOrder.DescendingOrder)

    # --- data in ------------------------------------------------------------------------------
    def set_trades(self, trades: list[Trade], realized: dict[int, Decimal] | None = None) -> None:
        self.beginResetModel()
        self._realized = dict(realized or {})
        self._trades = self._sorted(list(trades), *self._order)
        self._search = None
        self.endResetModel()

    # --- sorting ------------------------------------------------------------------------------
    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(HEADERS):
            return
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        old_rows = {id(t): row for row, t in enumerate(self._trades)}
        self._trades = self._sorted(self._trades, column, order)
        self._search = None
        new_rows = {old_rows[id(t)]: row for row, t in enumerate(self._trades)}
        moved_from = self.persistentIndexList()
        if moved_from:
            self.changePersistentIndexList(
                moved_from, [self.index(new_rows[i.row()], i.column()) for i in moved_from])
        self.layoutChanged.emit()

    def _sorted(self, trades: list[Trade], column: int, order) -> list[Trade]:
        """Stable: ties keep the date order; trades without a value go last either way."""
        keyed = [(self._key(t, column), t) for t in trades]
        known = [kt for kt in keyed if kt[0] is not None]
        unknown = [t for k, t in keyed if k is None]
        known.sort(key=lambda kt: kt[0], reverse=order == Qt.SortOrder.DescendingOrder)
        return [t for _, t in known] + unknown

    def trade_at(self, row: int) -> Trade:
        return self._trades[row]

    def row_of(self, trade_id: int) -> int | None:
        for row, t in enumerate(self._trades):
            if t.id == trade_id:
                return row
        return None

    def search_text(self, row: int) -> str:
        if self._search is None:
            self._search = [" ".join(self._text(t, c) for c in range(len(HEADERS))).lower()
                            for t in self._trades]
        return self._search[row]

    # --- QAbstractTableModel --------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._trades)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return HEADER_TIPS.get(section)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if section in NUMERIC else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._trades):
            return None
        trade, col = self._trades[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(trade, col)
        if role == SORT_ROLE:
            return self._key(trade, col)
        if role == TRADE_ROLE:
            return trade
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if col in NUMERIC else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == REALIZED:
                return theme.signed_color(fmt.sign(self._realized.get(trade.id)))
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == REALIZED and trade.side == SELL:
                return HEADER_TIPS[REALIZED]
            if col == NOTE and trade.note:
                return trade.note
            return None
        return None

    # --- cells --------------------------------------------------------------------------------
    def _text(self, t: Trade, col: int) -> str:
        cur = t.currency
        if col == DATE:
            return t.trade_date.isoformat()
        if col == LISTING:
            return t.symbol
        if col == SIDE:
            return t.side.capitalize()
        if col == QUANTITY:
            return fmt.quantity(t.quantity)
        if col == PRICE:
            return fmt.price(t.price, cur)
        if col == FEE:
            return fmt.money(t.fee, cur)
        if col == TOTAL:
            return fmt.money(t.total, cur)
        if col == REALIZED:
            return fmt.money(self._realized.get(t.id), cur, signed=True) if t.side == SELL else ""
        return t.note

    def _key(self, t: Trade, col: int):
        """What the proxy sorts on: numbers as floats, dates as ordinals, None for 'no value'."""
        if col == DATE:
            return float(t.trade_date.toordinal() * 1e6 + (t.id or 0) % 1_000_000)
        if col == QUANTITY:
            return float(t.quantity)
        if col == PRICE:
            return float(t.price)
        if col == FEE:
            return float(t.fee)
        if col == TOTAL:
            return float(t.total)
        if col == REALIZED:
            value = self._realized.get(t.id)
            return None if value is None else float(value)
        return self._text(t, col).lower()


class TradesFilter(QSortFilterProxyModel):
    """Keeps the rows of one listing (or all) that contain every word of the filter text."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._listing: str | None = None
        self._words: list[str] = []

    def set_listing(self, symbol: str | None) -> None:
        self.beginFilterChange()
        self._listing = symbol or None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.lower().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        model: TradesModel = self.sourceModel()
        if source_parent.isValid() or source_row >= model.rowCount():
            return False
        if self._listing and model.trade_at(source_row).symbol != self._listing:
            return False
        if not self._words:
            return True
        haystack = model.search_text(source_row)
        return all(w in haystack for w in self._words)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """The model sorts (see the module docstring); the proxy keeps the model's order."""
        self.sourceModel().sort(column, order)


class TradesView(QWidget):
    """Filter bar + table (objectName `tradesTable`). Double-click or Enter asks to edit a trade."""

    editRequested = Signal(object)        # Trade
    selectionChanged = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = TradesModel(self)
        self.proxy = TradesFilter(self)
        self.proxy.setSourceModel(self.model)

        self.listing = QComboBox(objectName="tradesListingFilter")
        self.listing.addItem(ALL_LISTINGS, None)
        self.listing.setToolTip("Show the trades of one listing")
        self.search = QLineEdit(objectName="tradesTextFilter")
        self.search.setPlaceholderText("Filter trades: date, side, note…")
        self.search.setClearButtonEnabled(True)
        self.count = QLabel(objectName="tradesCount")

        self.table = QTableView(objectName="tradesTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)   # newest first
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        for col, width in ((DATE, 96), (LISTING, 72), (SIDE, 52), (QUANTITY, 84), (PRICE, 108),
                           (FEE, 84), (TOTAL, 124), (REALIZED, 124)):
            header.resizeSection(col, width)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(QLabel("Trades", objectName="tradesTitle"))
        bar.addSpacing(8)
        bar.addWidget(self.listing)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

        self.listing.currentIndexChanged.connect(lambda _i: self._filter_changed())
        self.search.textChanged.connect(lambda _t: self._filter_changed())
        self.table.doubleClicked.connect(self._on_double_click)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):   # keyboard users edit with Enter
            QShortcut(QKeySequence(key), self.table, self._edit_current,
                      context=Qt.ShortcutContext.WidgetShortcut)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.selectionChanged.emit())
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)

    # --- data ---------------------------------------------------------------------------------
    def set_listings(self, symbols: list[str]) -> None:
        current = self.listing.currentData()
        self.listing.blockSignals(True)
        self.listing.clear()
        self.listing.addItem(ALL_LISTINGS, None)
        for s in symbols:
            self.listing.addItem(s, s)
        found = self.listing.findData(current)
        self.listing.setCurrentIndex(max(found, 0))
        self.listing.blockSignals(False)

    def set_trades(self, trades: list[Trade], realized: dict[int, Decimal]) -> None:
        selected = {t.id for t in self.selected_trades()}
        self.model.set_trades(trades, realized)
        for trade_id in selected:
            self.select_trade(trade_id, clear=False)
        self._update_count()

    # --- selection ----------------------------------------------------------------------------
    def selected_trades(self) -> list[Trade]:
        rows = self.table.selectionModel().selectedRows()
        return [self.proxy.data(i, TRADE_ROLE) for i in rows]

    def current_trade(self) -> Trade | None:
        index = self.table.currentIndex()
        selected = self.selected_trades()
        if index.isValid() and self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return self.proxy.data(index, TRADE_ROLE)
        return selected[0] if selected else None

    def select_trade(self, trade_id: int, clear: bool = True) -> bool:
        row = self.model.row_of(trade_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        sm = self.table.selectionModel()
        flags = sm.SelectionFlag.Rows | sm.SelectionFlag.Select
        if clear:
            flags |= sm.SelectionFlag.Clear
            self.table.setCurrentIndex(index)
        sm.select(index, flags)
        self.table.scrollTo(index)
        return True

    # --- settings -----------------------------------------------------------------------------
    def header_state(self) -> QByteArray:
        return self.table.horizontalHeader().saveState()

    def restore_header_state(self, state) -> bool:
        return bool(state) and self.table.horizontalHeader().restoreState(state)

    # --- internals ----------------------------------------------------------------------------
    def _filter_changed(self) -> None:
        self.proxy.set_listing(self.listing.currentData())
        self.proxy.set_text(self.search.text())
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(f"{total:,} trades" if shown == total else f"{shown:,} of {total:,} trades")

    def _on_double_click(self, index) -> None:
        trade = self.proxy.data(index, TRADE_ROLE)
        if trade is not None:
            self.editRequested.emit(trade)

    def _edit_current(self) -> None:
        trade = self.current_trade()
        if trade is not None:
            self.editRequested.emit(trade)

