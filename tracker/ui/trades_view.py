"""The transactions table: every activity of the ledger — trades, dividends, standalone fees,
ADS <-> Hong Kong share conversions and transfers between accounts — in one QAbstractTableModel,
and the view with its filter bar (account, listing and free text). The account filter and the
Account column appear once there is more than one account.

Numbers sort as numbers (on SORT_ROLE, not on the displayed text), dates sort by date (and within
a day in the ledger's own order: buys, conversions, sells, dividends, fees), and empty cells (the
realized P&L of a buy, the price of a dividend) always sort last. The model sorts and filters
itself — one Python sort of plain keys, one scan of kept lower-case texts — far quicker than a
QSortFilterProxyModel calling into Python for every row on every keystroke.
"""
from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from itertools import compress

from bisect import bisect_left
from operator import itemgetter, neg

from PySide6.QtCore import (QAbstractItemModel, QAbstractTableModel, QByteArray, QEvent, QModelIndex, Qt,
                            QTimer, Signal, QT_TRANSLATE_NOOP)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel,
                               QLineEdit, QTableView, QVBoxLayout, QWidget)

from tracker.domain.model import BUY, Conversion, Dividend, Fee, Trade, Transfer
from tracker.ui import formatting as fmt
from tracker.ui import theme
from tracker.ui.entries import (Entry, entry_accounts, entry_date, entry_key, entry_rank, entry_symbols,
                                entry_type)
from tracker.ui.i18n import tr
from tracker.ui.table_cells import PlainCellDelegate
from tracker.ui.table_search import Matches, SearchTexts, words_of

SORT_ROLE = Qt.ItemDataRole.UserRole
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1     # the domain record of the row

# Account came last and is shown beside Listing (a visual move), so the other columns keep their numbers
DATE, LISTING, TYPE, CURRENCY, QUANTITY, PRICE, GROSS, FEE, TAX, TOTAL, REALIZED, NOTE, ACCOUNT = range(13)
HEADERS = ("Date", "Listing", "Type", "Currency", "Quantity", "Price", "Gross", "Fee", "Tax", "Total",
           "Realized P&L", "Note", "Account")
HEADER_NAMES = (QT_TRANSLATE_NOOP("", "Date"), QT_TRANSLATE_NOOP("", "Listing"), QT_TRANSLATE_NOOP("", "Type"),
                QT_TRANSLATE_NOOP("", "Currency"), QT_TRANSLATE_NOOP("", "Quantity"),
                QT_TRANSLATE_NOOP("", "Price"), QT_TRANSLATE_NOOP("", "Gross"), QT_TRANSLATE_NOOP("", "Fee"),
                QT_TRANSLATE_NOOP("", "Tax"), QT_TRANSLATE_NOOP("", "Total"),
                QT_TRANSLATE_NOOP("", "Realized P&L"), QT_TRANSLATE_NOOP("", "Note"), QT_TRANSLATE_NOOP("", "Account"))
NUMERIC = {QUANTITY, PRICE, GROSS, FEE, TAX, TOTAL, REALIZED}
MONEY = {GROSS, FEE, TAX, TOTAL}
HEADER_TIPS = {
    LISTING: QT_TRANSLATE_NOOP("", "The listing of the entry; a conversion names the listing given up (and shows under "
             "both listings when filtering)."),
    ACCOUNT: QT_TRANSLATE_NOOP("", "The account (broker record) of the entry; a conversion or a transfer names the "
             "account the units leave and the one they arrive in."),
    TYPE: QT_TRANSLATE_NOOP("", "Buy, Sell, Dividend, Fee (a standalone charge such as custody or the ADS depositary "
          "fee), Convert (ADS exchanged for Hong Kong shares or back; not a sale) or Transfer "
          "(units moved between two accounts; not a sale)."),
    CURRENCY: QT_TRANSLATE_NOOP("", "The currency of every amount on the row: the listing's for a trade or a fee, the "
              "paid currency for a dividend, the currency of the listing given up for a conversion."),
    QUANTITY: QT_TRANSLATE_NOOP("", "Units traded or converted: ADS for BABA, ordinary shares for 9988.HK."),
    PRICE: QT_TRANSLATE_NOOP("", "Price per unit."),
    GROSS: QT_TRANSLATE_NOOP("", "Trade: quantity × price. Dividend: the amount declared on your units, before tax and fees."),
    FEE: QT_TRANSLATE_NOOP("", "Commission and charges of a trade, the fee taken from a dividend, a standalone fee, or "
         "the fee of a conversion (in the currency of the listing given up)."),
    TAX: QT_TRANSLATE_NOOP("", "Withholding tax deducted from a dividend."),
    TOTAL: QT_TRANSLATE_NOOP("", "Cash that left your account (a buy: quantity × price + fee; a fee; a conversion's fee) or "
           "reached it (a sell: quantity × price − fee; a dividend: gross − tax − fee, its net)."),
    REALIZED: QT_TRANSLATE_NOOP("", "Realized P&L of a sell: its proceeds after fees minus the cost of the lots it "
              "closed (first in, first out, fees included)."),
}
ALL_LISTINGS = QT_TRANSLATE_NOOP("", "All listings")
ALL_ACCOUNTS = QT_TRANSLATE_NOOP("", "All accounts")

_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
_DISPLAY, _ALIGNMENT, _FOREGROUND = (int(r) for r in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole,
                                                      Qt.ItemDataRole.ForegroundRole))
_UNUSED = frozenset(int(r) for r in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.CheckStateRole,
                                      Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.BackgroundRole))
_ALIGNMENTS = tuple(int((Qt.AlignmentFlag.AlignRight if col in NUMERIC else Qt.AlignmentFlag.AlignLeft)
                        | Qt.AlignmentFlag.AlignVCenter) for col in range(len(HEADERS)))
_UNSET, _NOT_SOLD = object(), object()      # (no realized P&L kept yet; an entry that has none)
_LAYOUT_SIGNATURE = "QList<QPersistentModelIndex>,QAbstractItemModel::LayoutChangeHint"   # (the overload with a hint)


class TradesModel(QAbstractTableModel):
    """Rows are the entries that pass the filter (listing, account, words of text), in the order
    last asked for by `sort` (newest first until then).

    The model filters itself: each entry's lower-case text is built once (see table_search) and a
    keystroke scans those texts (or only the last match's rows, when the new text adds to the old)
    and tells the view in one layout change; the selection keeps the rows still shown.

    `realized` maps a sell's id to its realized P&L; `received` a conversion's id to the units of
    the other listing it delivered; `currencies` a listing to its currency (a conversion's fee is
    in the currency of the listing given up)."""

    # after the entries arrive, the filter texts are built in slices this much later (a refresh
    # after a save is not slowed), each slice this long: the event loop runs between them
    IDLE_DELAY_MS, SLICE_S = 1000, 0.008
    FEW_CHANGED = 1000        # entries added or gone that a refresh places one by one, keeping the rest
    PAINTED_KEPT = 4000       # rows whose shown texts are kept (a few screens' worth, scrolled or filtered)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._all: list[Entry] = []                   # every entry, in the order last asked for
        self._rows: Sequence[int] = []                # the shown ones: ascending indices into _all
        self._base: Sequence[int] | None = None       # those of the listing and account (None: not known)
        self._matches = Matches()                     # those of words of text, among the base
        self._listing: str | None = None
        self._account: int | None = None
        self._words: tuple[str, ...] = ()
        self._realized: dict[int, Decimal] = {}
        self._received: dict[int, Decimal] = {}
        self._currencies: dict[str, str] = {}
        self._accounts: dict[int, str] = {}           # account id -> name
        self._order = (DATE, Qt.SortOrder.DescendingOrder)
        self._shown_keys: list = []                   # the sort key of each of _all
        self._ids: set[int] = set()                   # id() of each of _all
        # Sort keys and filter texts of each entry, kept across refreshes: a save changes one
        # entry, not the 100,000 others' cells. Keyed by the record itself (records are frozen and
        # the facade keeps the unchanged ones); the realized P&L column and conversions (their
        # cells read other entries' figures) are computed afresh, the P&L's text when it moved.
        self._keys: dict[tuple[int, int], tuple[Entry, object]] = {}
        self._texts: dict[int, tuple[Entry, str, str, object, str]] = {}
        self._search = SearchTexts(self._search_texts)
        # the shown texts of rows painted lately, id(entry) -> (entry, text per column or None):
        # scrolling and filtering repaint the same rows. Dropped on every change of the data.
        self._painted: dict[int, tuple[Entry, list[str | None]]] = {}
        self._builder = QTimer(self, singleShot=True)
        self._builder.timeout.connect(self._build_texts)

    # --- data in ------------------------------------------------------------------------------
    def set_entries(self, entries: list[Entry], realized: dict[int, Decimal] | None = None,
                    received: dict[int, Decimal] | None = None,
                    currencies: dict[str, str] | None = None,
                    accounts: dict[int, str] | None = None) -> None:
        self.beginResetModel()
        self._painted.clear()
        self._realized = dict(realized or {})
        self._received = dict(received or {})
        currencies, accounts = dict(currencies or {}), dict(accounts or {})
        if currencies != self._currencies or accounts != self._accounts \
                or len(self._texts) > 2 * len(entries) + 1000:
            self._keys.clear()      # a currency shown by default, an account renamed, or mostly gone records
            self._texts.clear()
        self._currencies, self._accounts = currencies, accounts
        entries = list(entries)
        placed = self._placed(entries)
        if placed is None:
            order, self._shown_keys = self._sort_order(entries, *self._order)
            placed = [entries[i] for i in order]
        self._all = placed
        self._search.reset(self._all)
        self._base = None
        self._rows = self._filtered()
        self.endResetModel()
        if not self._search.complete:
            self._builder.start(self.IDLE_DELAY_MS)

    def apply_edits(self, edits: Sequence[tuple[Entry | None, Entry | None]], realized: dict[int, Decimal],
                    received: dict[int, Decimal], currencies: dict[str, str], accounts: dict[int, str]) -> bool:
        """Take out and put in the entries of `edits` ((removed, added) pairs, oldest first, as
        `ledger.edits_between` gives them) as rows removed and inserted: the other rows, the
        selection and the view's place stay, and a save costs a bisection, not a reset of 100,000
        rows. False when that is not the way: sorted on another column than the date, a filter on,
        a currency or an account renamed, many edits, or an entry not found (`set_entries` then
        puts every row right)."""
        if (self._order[0] != DATE or not self._all or len(edits) > self.FEW_CHANGED
                or self._listing is not None or self._account is not None or self._words
                or currencies != self._currencies or accounts != self._accounts):
            return False
        self._painted.clear()
        for removed, added in edits:
            if removed is not None and not self._remove_row(removed):
                return False
            if added is not None:
                self._insert_row(added)
        self._base = self._rows = range(len(self._all))
        self._matches.clear()
        if realized != self._realized or received != self._received:
            self._realized, self._received = dict(realized), dict(received)
            self._search.reset(self._all)       # a sell's P&L, a conversion's units are in their texts
            if self._all:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(HEADERS) - 1))
        if not self._search.complete:
            self._builder.start(self.IDLE_DELAY_MS)
        return True

    def _date_place(self, e: Entry) -> int:
        """Where `e` goes among the rows in date order (its key is unique: date, rank, id)."""
        key = self._kept_key(e, DATE)
        if self._order[1] == Qt.SortOrder.DescendingOrder:
            return bisect_left(self._shown_keys, -key, key=neg)
        return bisect_left(self._shown_keys, key)

    def _remove_row(self, e: Entry) -> bool:
        at = self._date_place(e)
        if at >= len(self._all) or type(self._all[at]) is not type(e) or self._all[at].id != e.id:
            return False
        self.beginRemoveRows(QModelIndex(), at, at)
        gone = self._all.pop(at)
        del self._shown_keys[at]
        self._search.removed(at)
        self._ids.discard(id(gone))
        self._rows = range(len(self._all))
        self.endRemoveRows()
        return True

    def _insert_row(self, e: Entry) -> None:
        at = self._date_place(e)
        self.beginInsertRows(QModelIndex(), at, at)
        self._all.insert(at, e)
        self._shown_keys.insert(at, self._kept_key(e, DATE))
        self._search.inserted(at)
        self._ids.add(id(e))
        self._rows = range(len(self._all))
        self.endInsertRows()

    # --- filtering ----------------------------------------------------------------------------
    def set_filter(self, listing: str | None = None, account: int | None = None, text: str = "") -> None:
        """Show the entries of `listing` (a conversion under both), of `account` (a conversion or
        transfer under both) and containing every word of `text`; None or "" for no condition."""
        listing, words = listing or None, words_of(text)
        if (listing, account, words) == (self._listing, self._account, self._words):
            return
        if (listing, account) != (self._listing, self._account):
            self._base = None
        self._listing, self._account, self._words = listing, account, words
        self._relayout(self._filtered())

    def prepare_filter(self) -> None:
        """Build the filter texts now, in slices (the user is about to type a filter)."""
        if not self._search.complete:
            self._builder.start(0)

    def filter_ready(self) -> bool:
        """Whether every entry's filter text is built (a keystroke then only scans them)."""
        return self._search.complete

    def entry_count(self) -> int:
        """Every entry, shown or filtered out."""
        return len(self._all)

    def _filtered(self) -> Sequence[int]:
        """The rows of the filter, found among every entry of the listing and account."""
        if self._base is None:
            listing, account, rows = self._listing, self._account, range(len(self._all))
            if listing is not None:
                rows = [i for i in rows if listing in entry_symbols(self._all[i])]
            if account is not None:
                rows = [i for i in rows if account in entry_accounts(self._all[i])]
            self._base = rows
            self._matches.clear()
        return self._matches.rows(self._base, self._search.ensure, self._words)

    def _build_texts(self) -> None:
        if not self._search.build_some(self.SLICE_S):
            self._builder.start(0)

    def _relayout(self, rows: Sequence[int], moved: list[int] | None = None) -> None:
        """Show `rows` in one layout change; `moved[i]` is the new place in _all of the entry at i
        (after a sort). Selected rows still shown stay selected, the others are dropped."""
        hint = QAbstractItemModel.LayoutChangeHint.VerticalSortHint    # whole rows move, columns stay
        self.layoutAboutToBeChanged[_LAYOUT_SIGNATURE].emit([], hint)
        old = self._rows
        self._rows = rows
        kept = self.persistentIndexList()
        if kept:
            places = []
            for index in kept:
                i = old[index.row()] if moved is None else moved[old[index.row()]]
                row = bisect_left(rows, i)
                places.append(self.index(row, index.column()) if row < len(rows) and rows[row] == i
                              else QModelIndex())
            self.changePersistentIndexList(kept, places)
        self.layoutChanged[_LAYOUT_SIGNATURE].emit([], hint)

    # --- sorting ------------------------------------------------------------------------------
    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(HEADERS):
            return
        self._order = (column, order)
        new_order, self._shown_keys = self._sort_order(self._all, column, order)
        moved = [0] * len(new_order)
        for place, i in enumerate(new_order):
            moved[i] = place
        self._all = [self._all[i] for i in new_order]
        self._search.reorder(self._all, new_order)
        self._base = None
        self._matches.clear()
        rows = self._rows if len(self._rows) == len(self._all) else sorted(moved[i] for i in self._rows)
        self._relayout(rows, moved)

    def _sort_order(self, entries: list[Entry], column: int, order) -> tuple[list[int], list]:
        """The positions of `entries` in sorted order, and their keys in that order. Stable: ties
        keep their order; entries without a value go last either way."""
        keyed = [(self._kept_key(e, column), i) for i, e in enumerate(entries)]
        known = [ki for ki in keyed if ki[0] is not None]
        unknown = [i for k, i in keyed if k is None]
        known.sort(key=itemgetter(0), reverse=order == Qt.SortOrder.DescendingOrder)
        return [i for _, i in known] + unknown, [k for k, _ in known] + [None] * len(unknown)

    def _placed(self, entries: list[Entry]) -> list[Entry] | None:
        """`entries` in the order shown, from the entries shown before when few came or went (a
        save changes one): the others keep their places, the new ones are placed by bisection.
        Only in date order, where no two keys are equal (a tie would not fall where a fresh sort
        puts it); None otherwise, or when most changed."""
        ids = list(map(id, entries))          # (map and compress loop in C: a few ms for 100,000)
        before, now = self._ids, set(ids)
        self._ids = now
        if self._order[0] != DATE or not self._all:
            return None
        came = now - before
        if len(came) > self.FEW_CHANGED or len(before - now) > self.FEW_CHANGED:
            return None
        kept = list(map(now.__contains__, map(id, self._all)))
        keys, shown = list(compress(self._shown_keys, kept)), list(compress(self._all, kept))
        descending = self._order[1] == Qt.SortOrder.DescendingOrder
        for e in compress(entries, map(came.__contains__, ids)) if came else ():
            key = self._kept_key(e, DATE)
            at = bisect_left(keys, -key, key=neg) if descending else bisect_left(keys, key)
            keys.insert(at, key)
            shown.insert(at, e)
        self._shown_keys = keys
        return shown

    def entry_at(self, row: int) -> Entry:
        return self._all[self._rows[row]]

    def row_of(self, kind: type, entry_id: int) -> int | None:
        """The row showing that record, None when it is filtered out or gone."""
        for i, e in enumerate(self._all):
            if e.id == entry_id and type(e) is kind:
                row = bisect_left(self._rows, i)
                return row if row < len(self._rows) and self._rows[row] == i else None
        return None

    def row_of_entry(self, e: Entry) -> int | None:
        """`row_of` the record `e`, found by bisection while the rows are in date order."""
        if self._order[0] == DATE and self._all:
            at = self._date_place(e)
            if at < len(self._all) and type(self._all[at]) is type(e) and self._all[at].id == e.id:
                row = bisect_left(self._rows, at)
                return row if row < len(self._rows) and self._rows[row] == at else None
        return self.row_of(type(e), e.id)

    def search_text(self, row: int) -> str:
        return self._search.ensure()[self._rows[row]]

    def _kept_key(self, e: Entry, col: int):
        if col == REALIZED or isinstance(e, Conversion):
            return self._key(e, col)
        kept = self._keys.get((id(e), col))
        if kept is None or kept[0] is not e:
            kept = self._keys[id(e), col] = (e, self._key(e, col))
        return kept[1]

    def _search_texts(self, entries: Sequence[Entry]) -> list[str]:
        """`_search_of` each entry; the kept text straight away while the entry and its realized
        P&L are the same (a loop of its own: 100,000 calls would cost more than the lookups)."""
        kept_texts, realized, out = self._texts, self._realized, []
        for e in entries:
            kept = kept_texts.get(id(e))
            if kept is not None and kept[0] is e and (kept[3] is _NOT_SOLD or kept[3] == realized.get(e.id)):
                out.append(kept[4])
            else:
                out.append(self._search_of(e))
        return out

    def _search_of(self, e: Entry) -> str:
        """Every cell's text of the entry, in column order, in lower case, after its English type
        ("buy" finds buys whatever the interface's language)."""
        if isinstance(e, Conversion):
            return " ".join([entry_type(e)] + [self._text(e, c) for c in range(len(HEADERS))]).lower()
        kept = self._texts.get(id(e))
        if kept is None or kept[0] is not e:      # the cells before the realized P&L, and after it
            kept = (e, " ".join([entry_type(e)] + [self._text(e, c) for c in range(REALIZED)]).lower(),
                    " ".join(self._text(e, c) for c in range(REALIZED + 1, len(HEADERS))).lower(), _UNSET, "")
        realized = self._realized.get(e.id) if isinstance(e, Trade) else _NOT_SOLD
        if kept[3] is _UNSET or kept[3] != realized:
            kept = self._texts[id(e)] = (*kept[:3], realized, f"{kept[1]} {self._text(e, REALIZED).lower()} {kept[2]}")
        return kept[4]

    # --- QAbstractTableModel --------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = HEADER_TIPS.get(section)
            return tr(tip) if tip else tip
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGNMENTS[section]
        return None

    def index(self, row: int, column: int, parent=QModelIndex()) -> QModelIndex:
        # (the base class asks rowCount and columnCount, two calls into Python, for every cell painted)
        if 0 <= row < len(self._rows) and 0 <= column < len(HEADERS) and not parent.isValid():
            return self.createIndex(row, column)
        return QModelIndex()

    def flags(self, index):
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def multiData(self, index, roles) -> None:
        """Every role the view paints a cell with, in one call: asked role by role, each would be a
        call into Python, and painting the table would cost several times more."""
        if index.isValid() and 0 <= index.row() < len(self._rows):
            entry, col = self._all[self._rows[index.row()]], index.column()
            for role_data in roles:       # (the caller may reuse the span: every role is set or cleared)
                value = self._cell(entry, col, role_data.role())
                if value is None:
                    role_data.clearData()
                else:
                    role_data.setData(value)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._cell(self._all[self._rows[index.row()]], index.column(), role)

    def cell_look(self, row: int, col: int) -> tuple[str, int, object]:
        """(text, alignment, colour or None) of a cell, as `PlainCellDelegate` paints it."""
        if not 0 <= row < len(self._rows):
            return "", 0, None
        entry = self._all[self._rows[row]]
        kept = self._painted.get(id(entry))
        if kept is None or kept[0] is not entry:
            if len(self._painted) >= self.PAINTED_KEPT:
                self._painted.clear()
            kept = self._painted[id(entry)] = (entry, [None] * len(HEADERS))
        text = kept[1][col]
        if text is None:
            text = kept[1][col] = self._text(entry, col)
        return text, _ALIGNMENTS[col], self._foreground(entry, col)

    def _foreground(self, entry: Entry, col: int):
        """A sell's realized P&L in the gain or loss colour; None: the palette's text colour."""
        if col == REALIZED and isinstance(entry, Trade):
            return theme.signed_color(fmt.sign(self._realized.get(entry.id)))
        return None

    def _cell(self, entry: Entry, col: int, role: int):
        if role == _DISPLAY:
            return self._text(entry, col)
        if role == _ALIGNMENT:
            return _ALIGNMENTS[col]
        if role == _FOREGROUND:
            return self._foreground(entry, col)
        if role in _UNUSED:
            return None
        if role == SORT_ROLE:
            return self._key(entry, col)
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry, col)
        return None

    # --- cells --------------------------------------------------------------------------------
    def currency_of(self, e: Entry) -> str:
        if isinstance(e, Conversion):
            return self._currencies.get(e.from_symbol, "")
        return e.currency or self._currencies.get(e.symbol, "")

    def account_text(self, e: Entry) -> str:
        """`IBKR`, or `Main → IBKR` for units leaving one account for another."""
        names = [self._accounts.get(i, str(i)) for i in dict.fromkeys(entry_accounts(e))]
        return " → ".join(names)

    def describe_transfer(self, x: Transfer) -> str:
        """`10 BABA Main → IBKR`."""
        return f"{fmt.quantity(x.quantity)} {x.symbol} {self.account_text(x)}"

    def describe_conversion(self, c: Conversion) -> str:
        """`Convert 10 BABA → 80 9988.HK`."""
        received = self._received.get(c.id)
        got = f"{fmt.quantity(received)} " if received is not None else ""
        convert = tr("Convert")
        return f"{convert} {fmt.quantity(c.quantity)} {c.from_symbol} → {got}{c.to_symbol}"

    def _value(self, e: Entry, col: int):
        """The figure behind a cell: Decimal, date or text; None for an empty cell."""
        if col == DATE:
            return entry_date(e)
        if col == TYPE:
            return entry_type(e)
        if col == CURRENCY:
            return self.currency_of(e)
        if col == ACCOUNT:
            return self.account_text(e)
        if col == NOTE:
            if isinstance(e, Transfer):
                return self.describe_transfer(e) + (f" · {e.note}" if e.note else "")
            if isinstance(e, Conversion):     # `25 BABA → 200 9988.HK`: the Type column says Convert
                return self.describe_conversion(e).removeprefix(tr("Convert") + " ") + (f" · {e.note}" if e.note else "")
            if isinstance(e, Dividend) and e.received is not None:
                return credited_text(e) + (f" · {e.note}" if e.note else "")
            return e.note
        if col == LISTING:
            return e.from_symbol if isinstance(e, Conversion) else e.symbol
        if isinstance(e, Trade):
            if col == QUANTITY:
                return e.quantity
            if col == PRICE:
                return e.price
            if col == GROSS:
                return e.gross
            if col == FEE:
                return e.fee
            if col == TOTAL:
                return e.total
            if col == REALIZED and e.side != BUY:
                return self._realized.get(e.id)
            return None
        if isinstance(e, Dividend):
            return {GROSS: e.gross, FEE: e.fee, TAX: e.withholding, TOTAL: e.net}.get(col)
        if isinstance(e, Fee):
            return e.amount if col in (FEE, TOTAL) else None
        return {QUANTITY: e.quantity, FEE: e.fee, TOTAL: e.fee}.get(col)   # a conversion, a transfer

    def _text(self, e: Entry, col: int) -> str:
        value = self._value(e, col)
        if value is None:
            return ""
        if col == DATE:
            return value.isoformat()
        if col == TYPE:
            return tr(value)
        if col == QUANTITY:
            return fmt.quantity(value)
        if col == PRICE:
            return fmt.price(value)            # amounts without a suffix: see the Currency column
        if col in MONEY:
            return fmt.money(value)
        if col == REALIZED:
            return fmt.money(value, signed=True)
        return value

    def _key(self, e: Entry, col: int):
        """What the model sorts on: numbers as floats, dates (then the ledger's same-day order,
        then the record's id) as one integer that no two entries share, text in lower case, None
        for 'no value'."""
        if col == DATE:
            return entry_date(e).toordinal() * 10 ** 12 + entry_rank(e) * 10 ** 11 + (e.id or 0)
        value = self._value(e, col)
        if value is None:
            return None
        if isinstance(value, Decimal):
            return float(value)
        return str(value).lower()

    def _tooltip(self, e: Entry, col: int) -> str | None:
        if col == REALIZED and isinstance(e, Trade) and e.side != BUY:
            return tr(HEADER_TIPS[REALIZED])
        if isinstance(e, Dividend) and col in (TYPE, GROSS, FEE, TAX, TOTAL):
            cur = e.currency
            return (self.tr("Dividend: gross {gross} − withholding tax {tax} − fee {fee} = net {net} received").format(
                        gross=fmt.money(e.gross, cur), tax=fmt.money(e.withholding, cur),
                        fee=fmt.money(e.fee, cur), net=fmt.money(e.net, cur))
                    + (f"; {credited_text(e)}" if e.received is not None else ""))
        if isinstance(e, Conversion) and col in (LISTING, TYPE, QUANTITY, NOTE):
            src, dst = self._currencies.get(e.from_symbol, ""), self._currencies.get(e.to_symbol, "")
            return (self.tr("{conversion}: not a sale — the lots keep their dates and their cost, carried at "
                            "{rate} {to} per {from_}").format(conversion=self.describe_conversion(e),
                                                              rate=fmt.quantity(e.fx_rate), to=dst, from_=src)
                    + (self.tr("; fee {0}").format(fmt.money(e.fee, src)) if e.fee else "")
                    + (f"\n{e.note}" if e.note else ""))
        if isinstance(e, Transfer) and col in (LISTING, ACCOUNT, TYPE, QUANTITY, NOTE):
            return (self.tr("Transfer of {0}: not a sale — the lots keep their dates and their cost").format(
                        self.describe_transfer(e))
                    + (self.tr("; fee {0}, added to their cost").format(fmt.money(e.fee, self.currency_of(e)))
                       if e.fee else "")
                    + (f"\n{e.note}" if e.note else ""))
        if isinstance(e, Fee) and col == TYPE:
            return self.tr("A standalone fee (custody, ADS depositary fee, ...): it lowers the total return.")
        if col == NOTE and e.note:
            return e.note
        return None


def credited_text(e: Dividend) -> str:
    """`credited 78.30 HKD at 7.83 HKD per USD`."""
    return tr("credited {amount} at {rate} {currency} per {paid}").format(
        amount=fmt.money(e.received, e.received_currency), rate=fmt.quantity(e.fx_rate),
        currency=e.received_currency, paid=e.currency)


class TradesView(QWidget):
    """Filter bar + table (objectName `tradesTable`). Double-click or Enter asks to edit an entry."""

    editRequested = Signal(object)        # Trade, Dividend, Fee, Conversion or Transfer
    selectionChanged = Signal()
    accountChanged = Signal(object)       # the account id shown, None for every account

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = TradesModel(self)

        self.listing = QComboBox(objectName="tradesListingFilter")
        self.listing.addItem(tr(ALL_LISTINGS), None)
        self.listing.setToolTip(tr("Show the transactions of one listing (a conversion shows under both)"))
        self.account = QComboBox(objectName="tradesAccountFilter")
        self.account.addItem(tr(ALL_ACCOUNTS), None)
        self.account.setToolTip(self.tr("Show one account's transactions, and its positions in the cards "
                                        "above (a transfer shows under both accounts)"))
        self.account.setVisible(False)
        self.search = QLineEdit(objectName="tradesTextFilter")
        self.search.setAccessibleName(self.tr("Filter transactions by text"))
        self.search.setPlaceholderText(tr("Filter: date, type (buy, dividend, fee, convert…), note…"))
        self.search.setClearButtonEnabled(True)
        self.count = QLabel(objectName="tradesCount")

        self.table = QTableView(objectName="tradesTable")
        self.table.setAccessibleName(self.tr("Transactions"))
        self.table.setTabKeyNavigation(False)      # Tab leaves the table; arrows move between rows
        self.table.setModel(self.model)
        self.table.setItemDelegate(PlainCellDelegate(self.model, self.table))
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
        metrics = self.table.fontMetrics()      # widths for the longest usual text of each column
        for col, sample in ((DATE, "2024-01-22"), (LISTING, "9988.HK"), (ACCOUNT, "Main → IBKR"),
                            (TYPE, "Transfer"),
                            (CURRENCY, "Currency"), (QUANTITY, "Quantity"), (PRICE, "1,103.49"),
                            (GROSS, "145,963.00"), (FEE, "125.00"), (TAX, "15.00"), (TOTAL, "145,963.00"),
                            (REALIZED, "Realized P&L")):
            header.resizeSection(col, metrics.horizontalAdvance(sample) + 14)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(QLabel(tr("Transactions"), objectName="tradesTitle"))
        bar.addSpacing(8)
        bar.addWidget(self.account)
        bar.addWidget(self.listing)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

        header.moveSection(header.visualIndex(ACCOUNT), LISTING + 1)
        self.table.setColumnHidden(ACCOUNT, True)
        self.listing.currentIndexChanged.connect(lambda _i: self._filter_changed())
        self.account.currentIndexChanged.connect(self._account_changed)
        self.search.textChanged.connect(lambda _t: self._filter_changed())
        self.table.doubleClicked.connect(self._on_double_click)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):   # keyboard users edit with Enter
            edit = QShortcut(QKeySequence(key), self.table, self._edit_current,
                             context=Qt.ShortcutContext.WidgetShortcut)
            edit.setWhatsThis(tr("Edit the selected transaction (in the transactions table)"))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.selectionChanged.emit())
        self.model.modelReset.connect(self._update_count)
        self.model.layoutChanged.connect(self._update_count)
        self.search.installEventFilter(self)

    # --- data ---------------------------------------------------------------------------------
    def set_listings(self, symbols: list[str]) -> None:
        current = self.listing.currentData()
        self.listing.blockSignals(True)
        self.listing.clear()
        self.listing.addItem(tr(ALL_LISTINGS), None)
        for s in symbols:
            self.listing.addItem(s, s)
        found = self.listing.findData(current)
        self.listing.setCurrentIndex(max(found, 0))
        self.listing.blockSignals(False)

    def set_accounts(self, accounts: list[tuple[int, str]]) -> None:
        """(id, name) of every account: with more than one, the account filter and the Account
        column show; the chosen account stays chosen while it exists (else: every account)."""
        current = self.account.currentData()
        self.account.blockSignals(True)
        self.account.clear()
        self.account.addItem(tr(ALL_ACCOUNTS), None)
        for account_id, name in accounts:
            self.account.addItem(name, account_id)
        found = self.account.findData(current)
        self.account.setCurrentIndex(max(found, 0))
        self.account.blockSignals(False)
        several = len(accounts) > 1
        self.account.setVisible(several)
        self.table.setColumnHidden(ACCOUNT, not several)
        # no signal: the caller is refreshing and reads `account_filter()` next
        self._apply_filter()

    def account_filter(self) -> int | None:
        """The account chosen in the filter, None for every account."""
        return self.account.currentData()

    def set_account_filter(self, account_id: int | None) -> None:
        self.account.setCurrentIndex(max(0, self.account.findData(account_id)))

    def set_entries(self, entries: list[Entry], realized: dict[int, Decimal],
                    received: dict[int, Decimal] | None = None,
                    currencies: dict[str, str] | None = None,
                    accounts: dict[int, str] | None = None) -> None:
        """Show `entries`, keeping the selection of those still there and the scroll position
        (a refresh for another process's change must not move the user's place)."""
        selected = [entry_key(e) for e in self.selected_entries()]
        current = self.current_entry()
        scroll = self.table.verticalScrollBar().value()
        self.model.set_entries(entries, realized, received, currencies, accounts)
        for kind, entry_id in selected:
            self.select(kind, entry_id, clear=False, scroll=False)
        if current is not None:
            row = self.model.row_of(type(current), current.id)
            if row is not None:
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(row, 0),
                    self.table.selectionModel().SelectionFlag.NoUpdate)
        self.table.verticalScrollBar().setValue(scroll)
        self._update_count()

    def apply_edits(self, edits, realized: dict[int, Decimal], received: dict[int, Decimal],
                    currencies: dict[str, str], accounts: dict[int, str]) -> bool:
        """`TradesModel.apply_edits`: the rows an edit changed, the others left as they are."""
        if not self.model.apply_edits(edits, realized, received, currencies, accounts):
            return False
        self._update_count()
        return True

    # --- selection ----------------------------------------------------------------------------
    def selected_entries(self) -> list[Entry]:
        rows = self.table.selectionModel().selectedRows()
        return [self.model.data(i, ENTRY_ROLE) for i in rows]

    def current_entry(self) -> Entry | None:
        index = self.table.currentIndex()
        selected = self.selected_entries()
        if index.isValid() and self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return self.model.data(index, ENTRY_ROLE)
        return selected[0] if selected else None

    def select(self, kind: type, entry_id: int, clear: bool = True, scroll: bool = True,
               entry: Entry | None = None) -> bool:
        """Select the row of the `kind` record with `entry_id` (and scroll to it); given the record
        itself, its row is found by bisection."""
        row = self.model.row_of(kind, entry_id) if entry is None else self.model.row_of_entry(entry)
        if row is None:
            return False
        index = self.model.index(row, 0)
        sm = self.table.selectionModel()
        flags = sm.SelectionFlag.Rows | sm.SelectionFlag.Select
        if clear:
            flags |= sm.SelectionFlag.Clear
            self.table.setCurrentIndex(index)
        sm.select(index, flags)
        if scroll:
            self.table.scrollTo(index)
        return True

    def select_entry(self, entry: Entry) -> bool:
        return self.select(type(entry), entry.id, entry=entry)

    # --- settings -----------------------------------------------------------------------------
    def header_state(self) -> QByteArray:
        return self.table.horizontalHeader().saveState()

    def restore_header_state(self, state) -> bool:
        return bool(state) and self.table.horizontalHeader().restoreState(state)

    # --- internals ----------------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:
        if watched is self.search and event.type() == QEvent.Type.FocusIn:
            self.model.prepare_filter()
        return super().eventFilter(watched, event)

    def _apply_filter(self) -> None:
        selection = self.table.selectionModel()
        before = len(selection.selectedRows()) if selection.hasSelection() else 0
        self.model.set_filter(self.listing.currentData(), self.account.currentData(), self.search.text())
        if before and len(selection.selectedRows()) != before:
            self.selectionChanged.emit()     # a selected row filtered out leaves without a signal

    def _filter_changed(self) -> None:
        self._apply_filter()
        self._update_count()

    def _account_changed(self, _index: int = 0) -> None:
        self._apply_filter()
        self._update_count()
        self.accountChanged.emit(self.account.currentData())

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.entry_count()
        if shown == total:
            text = tr("{total} transaction") if total == 1 else tr("{total} transactions")
        else:
            text = tr("{shown} of {total} transaction") if total == 1 else tr("{shown} of {total} transactions")
        self.count.setText(text.format(shown=fmt.count(shown), total=fmt.count(total)))

    def _on_double_click(self, index) -> None:
        entry = self.model.data(index, ENTRY_ROLE)
        if entry is not None:
            self.editRequested.emit(entry)

    def _edit_current(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            self.editRequested.emit(entry)
