"""Entry dialogs, each for a new entry or an edit: a trade, a dividend, a standalone fee, an
ADS <-> Hong Kong share conversion, a transfer of units between accounts.

Each entry belongs to an account: its Account field (a conversion's From and To accounts) shows
once there is more than one account, chosen from the window's account filter for a new entry.
With a single account there is nothing to choose, and the field stays out of the way.

Every keystroke re-validates through the facade (`tracker.check_trade`, `check_dividend`,
`check_fee`, `check_conversion`, an edit checked against the history without the entry it
replaces), so the reason a value is refused — an oversell anywhere in history, a
non-positive number, a date before the listing's first trading day or in the future — appears next
to its field, and Save stays disabled until the entry is valid. The dialog itself writes nothing: Save hands the record to
a `save` callback (the window's, which records the undo step); a refusal there keeps it open.
"""
from __future__ import annotations

import re
from contextlib import contextmanager
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from typing import Callable

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QDialogButtonBox, QGridLayout, QHBoxLayout,
                               QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget)

from tracker.domain import checks, fx, lots
from tracker.domain.model import BUY, SELL, Conversion, Dividend, Fee, FieldError, Trade, Transfer
from tracker.errors import TrackerError, ValidationError
from tracker.ui import formatting as fmt
from tracker.ui import messages, theme
from tracker.ui import reference_text as wording
from tracker.ui import i18n
from tracker.ui.i18n import tr

ZERO = Decimal(0)
PRICE_PLACES = Decimal("0.000001")          # a price derived from a total keeps six decimals
_THOUSANDS = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$")

# what a FieldError may call each field (the facade's names and the record's attribute names)
FIELD_ALIASES = {
    "trade_date": "date", "pay_date": "date", "conversion_date": "date", "transfer_date": "date", "day": "date",
    "symbol": "symbol", "listing": "symbol", "from_symbol": "symbol", "to_symbol": "symbol",
    "qty": "quantity", "shares": "quantity", "units": "quantity", "fx": "fx_rate",
}


def parse_amount(text: str, field: str, required: bool = True) -> tuple[Decimal | None, FieldError | None]:
    """Text typed by the user -> Decimal; accepts thousands separators ('12,345.6')."""
    cleaned = text.strip().replace(" ", "").replace("_", "")
    if not cleaned:
        return (None, FieldError(field, "required")) if required else (ZERO, None)
    if _THOUSANDS.match(cleaned):
        cleaned = cleaned.replace(",", "")
    return checks.parse_decimal(cleaned, field)


def plain(value: Decimal) -> str:
    """A Decimal as the user would type it: no exponent, no trailing zeros."""
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "") else text


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def from_qdate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class DateEdit(QDateEdit):
    """A date field that reads `2024-03-01` typed in full: Qt moves to the next section by itself
    once a section is complete, so the separator typed next would skip a section; it is dropped.
    With the whole text selected (Ctrl+A, or on entering the field) a digit starts the date anew at
    the year, and a date pasted (Ctrl+V) replaces the whole date.

    A date that does not exist, typed in full (`2023-02-30`) or pasted, is never turned into
    another one in silence (Qt would show 2023-02-03): `problem` then says what is wrong, until
    the date is typed, picked or pasted again, and `problemChanged` tells the dialog."""

    SEPARATORS = ("-", "/", ".")
    problemChanged = Signal()

    def __init__(self, value: QDate, parent=None):
        super().__init__(value, parent)
        self._advanced = False
        self._typed: str | None = None      # what was typed since the date was begun anew
        self._typing = False
        self.problem: str | None = None
        self.dateChanged.connect(self._picked)

    def _all_selected(self) -> bool:
        line = self.lineEdit()
        return bool(line.selectedText()) and line.selectedText() == line.text()

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_date(QGuiApplication.clipboard().text())
            event.accept()
            return
        text = event.text()
        anew = text.isdigit() and self._all_selected()
        if anew:
            self._typed = ""
        if self._typed is not None and (text.isdigit() or text in self.SEPARATORS):
            self._typed += text
        elif text or event.key() not in _MODIFIER_KEYS:
            self._typed = None              # the date is being edited some other way
        if text in self.SEPARATORS and self._advanced:
            self._advanced = False
            event.accept()
            self._judge_typed()
            return
        if anew:
            # Qt would type into whichever section the cursor was last in (the day): begin at the year
            self.setCurrentSectionIndex(0)
            self.setSelectedSection(self.sectionAt(0))
        before = self.currentSectionIndex()
        with self._typed_in():
            super().keyPressEvent(event)
        self._advanced = text.isdigit() and self.currentSectionIndex() != before
        self._judge_typed()

    def _judge_typed(self) -> None:
        """A whole date typed that does not exist becomes the field's problem; one that exists but
        that Qt took otherwise (its sections can get stuck on a half-typed day) is set as typed."""
        typed = self._typed or ""
        if _WHOLE_DIGITS.fullmatch(typed):
            typed = f"{typed[:4]}-{typed[4:6]}-{typed[6:]}"
        problem = None
        if _WHOLE_DATE.fullmatch(typed):
            day, error = checks.parse_date(typed, "date")
            if error is not None:
                problem = error.message
            elif to_qdate(day) != self.date() and _DAY_TYPED.fullmatch(typed):
                with self._typed_in():
                    self.setDate(to_qdate(day))
        self._set_problem(problem)

    @contextmanager
    def _typed_in(self):
        """Date changes meanwhile come from typing (not from the calendar or a program)."""
        self._typing = True
        try:
            yield
        finally:
            self._typing = False

    def _set_problem(self, problem: str | None) -> None:
        if problem != self.problem:
            self.problem = problem
            self.problemChanged.emit()

    def _picked(self, _date) -> None:
        if not self._typing:                 # the calendar, a paste, a program
            self._typed = None
            self._set_problem(None)

    def paste_date(self, text: str) -> bool:
        """Take a date from pasted text (2019-06-03, 2019/6/3, 06/03/2019 ...); False when it
        holds none, and the date is left as it was, with the reason as the field's problem."""
        day, error = checks.parse_date(text.strip(), "date")
        self._typed = None
        if day is None:
            self._set_problem(error.message if error is not None else "not a date: use YYYY-MM-DD")
            return False
        self.setDate(to_qdate(day))
        self._set_problem(None)
        self.selectAll()
        return True

    def focusInEvent(self, event) -> None:
        self._advanced = False
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        with self._typed_in():      # Qt settles a half-typed date on leaving: still the typed one's
            super().focusOutEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab leaves the field (Qt would walk its year, month and day first): arrows move sections
        return QWidget.focusNextPrevChild(self, next)


_WHOLE_DATE = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")
_DAY_TYPED = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{2}")       # its day's two digits in: typed whole
_WHOLE_DIGITS = re.compile(r"\d{8}")
_MODIFIER_KEYS = {Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta}


class ListingPicker(QComboBox):
    """The listing: picked with the arrow keys, the mouse or its letters. A digit typed here is
    meant for a number field, so it never jumps to "9988.HK" behind the user's back."""

    def keyPressEvent(self, event) -> None:
        if event.text().isdigit():
            event.accept()
            return
        super().keyPressEvent(event)


class Row:
    """One field of an entry dialog: its label, editor and the error shown beside it."""

    def __init__(self, name: str, label: str, editor: QWidget, suffix: QLabel | None = None):
        self.name = name
        self.label = QLabel(label)
        self.label.setBuddy(editor)
        self.editor = editor
        self.suffix = suffix
        self.error = QLabel(objectName=f"{name}Error")
        self.error.setWordWrap(True)
        self.error.setMinimumWidth(280)
        self.error.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        editor.setObjectName(name)
        if not editor.accessibleName():       # what a screen reader says: the field's label
            editor.setAccessibleName(label.replace("&", ""))

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setStyleSheet(f"color: {theme.error_color().name()};")
        self.editor.setToolTip(message)


class EntryDialog(QDialog):
    """Grid of rows with inline errors, a Save button that is enabled only while the entry is valid."""

    def __init__(self, tracker, title: str, save: Callable[[object], None], parent=None):
        super().__init__(parent)
        self.tracker = tracker
        self._save = save
        self.setWindowTitle(title)
        self.rows: dict[str, Row] = {}
        self.aliases: dict[str, str] = {}     # per dialog: a FieldError's field -> row name
        self.touched: set[str] = set()
        self.errors: list[FieldError] = []
        self.record = None
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        self.grid.setHorizontalSpacing(10)
        self.general_error = QLabel(objectName="generalError")
        self.general_error.setWordWrap(True)
        self.hint = QLabel(objectName="hint")
        self.hint.setWordWrap(True)
        self.warning = QLabel(objectName="entryWarning")    # soft: Save stays on
        self.warning.setWordWrap(True)
        self.warning.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.grid)
        layout.addWidget(self.hint)
        layout.addWidget(self.warning)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

    # --- building ---------------------------------------------------------------------------------
    def add_row(self, name: str, label: str, editor: QWidget, suffix: str | None = None) -> Row:
        suffix_label = QLabel(suffix) if suffix is not None else None
        row = Row(name, label, editor, suffix_label)
        r = len(self.rows)
        self.grid.addWidget(row.label, r, 0)
        self.grid.addWidget(editor, r, 1)
        if suffix_label is not None:
            self.grid.addWidget(suffix_label, r, 2)
        self.grid.addWidget(row.error, r, 3)
        self.rows[name] = row
        if isinstance(editor, QLineEdit):
            editor.textEdited.connect(lambda _t, n=name: self._edited(n))
        elif isinstance(editor, QComboBox):
            editor.currentIndexChanged.connect(lambda _i, n=name: self._edited(n))
        elif isinstance(editor, QDateEdit):
            editor.dateChanged.connect(lambda _d, n=name: self._edited(n))
            if isinstance(editor, DateEdit):
                editor.problemChanged.connect(lambda n=name: self._edited(n))
        return row

    def listing_picker(self, selected: str | None, show_currency: bool = True) -> QComboBox:
        """The listings, BABA first, as "BABA — NYSE, USD"; `selected` (or the first) chosen.
        Also keeps `self.instruments` (symbol -> Instrument) for the dialog's checks."""
        self.instruments = {i.symbol: i for i in self.tracker.instruments()}
        combo = ListingPicker()
        for s in sorted(self.instruments, key=lambda s: (s != "BABA", s)):
            inst = self.instruments[s]
            combo.addItem(f"{s} — {inst.exchange}, {inst.currency}" if show_currency
                          else f"{s} — {inst.exchange}", s)
        combo.setCurrentIndex(max(0, combo.findData(selected)))
        return combo

    def account_picker(self, selected: int | None) -> QComboBox:
        """Every account by name (with its broker); `selected`, else the default account (the only
        one, or Main), chosen. Keeps `self.account_names` (id -> name) for hints."""
        accounts = self.tracker.accounts()
        self.account_names = {a.id: i18n.account_name(a) for a in accounts}
        combo = QComboBox()
        for a in accounts:
            combo.addItem(f"{i18n.account_name(a)} — {a.broker}" if a.broker else i18n.account_name(a), a.id)
        if selected is None:
            try:
                selected = self.tracker.account_named(None).id
            except TrackerError:
                selected = None
        combo.setCurrentIndex(max(0, combo.findData(selected)))
        return combo

    def add_account_row(self, name: str, label: str, combo: QComboBox) -> Row:
        """An account row, shown only when there is an account to choose between."""
        row = self.add_row(name, label, combo)
        if combo.count() < 2:
            for widget in (row.label, row.editor, row.error):
                widget.setVisible(False)
        return row

    def number_editor(self, placeholder: str, text: str = "") -> QLineEdit:
        edit = QLineEdit(text)
        edit.setPlaceholderText(placeholder)
        edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        return edit

    def date_editor(self, value: date) -> QDateEdit:
        edit = DateEdit(to_qdate(value))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        # wide range on purpose: a date out of bounds gets its reason shown, not a silent clamp
        edit.setDateRange(QDate(1990, 1, 1), to_qdate(self.tracker.today() + timedelta(days=3650)))
        edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        return edit

    def finish_layout(self, first: str | None = None) -> None:
        """Tab order follows the rows (those shown), then Save, then Cancel; the dialog opens on
        `first` (the field one types into first), else on the first row."""
        editors = [r.editor for r in self.rows.values()
                   if not r.editor.isHidden() and r.editor.focusPolicy() != Qt.FocusPolicy.NoFocus]
        editors += [self.save_button, self.buttons.button(QDialogButtonBox.StandardButton.Cancel)]
        for a, b in zip(editors, editors[1:]):
            QWidget.setTabOrder(a, b)
        start = self.rows[first].editor if first else editors[0]
        start.setFocus(Qt.FocusReason.TabFocusReason)
        if isinstance(start, QLineEdit):
            start.selectAll()
        self.validate()

    # --- validation -------------------------------------------------------------------------------
    def build(self) -> tuple[object | None, list[FieldError]]:
        """The record the fields describe, or the parse errors that prevent building it."""
        raise NotImplementedError

    def check(self, record) -> list[FieldError]:
        """The facade's reasons to refuse `record`."""
        raise NotImplementedError

    def on_edited(self, name: str) -> None:
        """Hook: live derived values (total, net, ...), before validation runs."""

    def notes(self, record) -> list[str]:
        """Hook: soft warnings about a record that can be saved as it is (a day the exchange was
        closed, a price outside the day's range, an odd lot)."""
        return []

    def _edited(self, name: str) -> None:
        self.touched.add(name)
        self.on_edited(name)
        self.validate()

    def provisional(self, errors: list[FieldError]):
        """Hook: when some fields cannot be read (`errors`), a record with stand-ins for them, so
        that what is wrong with the others (an oversell, a weekend) shows at once; None when the
        fields read do not say enough."""
        return None

    def provisional_notes(self, record) -> list[str]:
        """Hook: the notes of a `provisional` record that its stand-ins do not make up."""
        return []

    def _checked(self, record) -> list[FieldError]:
        try:
            return self.check(record)
        except TrackerError as exc:
            return list(getattr(exc, "errors", [])) or [FieldError("", str(exc))]

    def validate(self) -> bool:
        record, errors = self.build()
        stand_in = self.provisional(errors) if record is None and errors else None
        if record is not None and not errors:
            errors = self._checked(record)
        elif stand_in is not None:      # the other fields' problems too, not only the first one met
            unread = {self._row_for(e).name if self._row_for(e) else e.field for e in errors}
            errors = errors + [e for e in self._checked(stand_in)
                               if (self._row_for(e).name if self._row_for(e) else e.field) not in unread]
        # a date typed that does not exist: the field shows another one, which must not be saved
        errors = [FieldError(name, row.editor.problem) for name, row in self.rows.items()
                  if isinstance(row.editor, DateEdit) and row.editor.problem] + list(errors)
        self.record = record if not errors else None
        self.errors = errors
        # the notes of a date that does not exist would be of the date Qt shows instead
        shown = ([] if self.date_unreadable() else self.notes(record) if record is not None
                 else self.provisional_notes(stand_in) if stand_in is not None else [])
        self.warning.setText("\n".join(shown))
        self.warning.setStyleSheet(f"color: {theme.warning_color().name()};")
        self.warning.setVisible(bool(shown))
        self._show(errors)
        self.save_button.setEnabled(self.record is not None)
        return self.record is not None

    def date_unreadable(self) -> bool:
        """Whether a date field holds a date typed that does not exist (its problem is shown)."""
        return any(isinstance(row.editor, DateEdit) and row.editor.problem for row in self.rows.values())

    def _row_for(self, error: FieldError) -> Row | None:
        name = self.aliases.get(error.field) or FIELD_ALIASES.get(error.field, error.field)
        return self.rows.get(name)

    def _show(self, errors: list[FieldError]) -> None:
        per_row: dict[str, list[str]] = {}
        general: list[str] = []
        for e in errors:
            row = self._row_for(e)
            required = e.message == "required"
            if row is None:
                general.append(messages.field_reason(e.field, messages.reason(e.message)) if e.field
                               else messages.reason(e.message))
            elif not required or row.name in self.touched:   # no red "required" before typing
                per_row.setdefault(row.name, []).append(messages.reason(e.message) if not e.text
                                                        else messages.with_input(e.message, e.text))
        for name, row in self.rows.items():
            row.show_error("; ".join(per_row.get(name, [])))
        self.general_error.setText("\n".join(general))
        self.general_error.setStyleSheet(f"color: {theme.error_color().name()};")
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow when a reason wraps onto a second line (wrapped labels only know their height
        for a given width, which a dialog's minimum size does not follow by itself)."""
        layout = self.layout()
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        if needed > self.height():
            self.resize(self.width(), needed)

    def session_note(self, symbol: str, day: date) -> str | None:
        """A warning when the listing's exchange did not trade on `day`."""
        if self.tracker.is_trading_day(symbol, day) is not False:
            return None
        inst = self.instruments.get(symbol) if hasattr(self, "instruments") else None
        exchange = inst.exchange if inst else symbol
        why = self.tr("a weekend") if day.weekday() >= 5 else self.tr("a holiday")
        return self.tr("{exchange} did not trade on {day} ({why}): is the date right?").format(
            exchange=exchange, day=day.isoformat(), why=why)

    def range_note(self, symbol: str, day: date, price: Decimal, currency: str) -> str | None:
        """A warning when `price` lies outside the day's stored low–high range."""
        outside = self.tracker.outside_day_range(symbol, day, price)
        if outside is None:
            return None
        low, high = outside
        return self.tr("{price} is outside {symbol}'s range on {day} ({low} – {high}): "
                       "is the price right?").format(
            price=fmt.price(price, currency), symbol=symbol, day=day.isoformat(),
            low=fmt.price(low, currency), high=fmt.price(high, currency))

    def error_text(self, name: str) -> str:
        return self.rows[name].error.text()

    # --- saving -----------------------------------------------------------------------------------
    def _on_save(self) -> None:
        if not self.validate():
            return
        try:
            self._save(self.record)
        except ValidationError as exc:        # the database changed since the last check
            self.touched.update(self.rows)
            self._show(exc.errors)
            self.save_button.setEnabled(False)
            return
        except TrackerError as exc:
            self.general_error.setText(messages.line(str(exc)))
            return
        self.accept()


class TradeDialog(EntryDialog):
    """New trade, or edit of `trade` (then the check ignores the trade being replaced)."""

    def __init__(self, tracker, save: Callable[[Trade], None], trade: Trade | None = None,
                 symbol: str | None = None, account: int | None = None, parent=None):
        super().__init__(tracker, tr("Edit trade") if trade else tr("New trade"), save, parent)
        self.setObjectName("tradeDialog")
        self.original = trade
        self._total_drives = False      # True once the user typed a total: the price follows it
        self.symbol = self.listing_picker(trade.symbol if trade else symbol)
        self.account = self.account_picker(trade.account_id if trade else account)
        self.side = QComboBox()
        self.side.addItem(tr("Buy"), BUY)
        self.side.addItem(tr("Sell"), SELL)
        if trade:
            self.side.setCurrentIndex(self.side.findData(trade.side))
        default_day = trade.trade_date if trade else tracker.default_entry_date(self.symbol.currentData())
        self.date = self.date_editor(default_day)
        self.quantity = self.number_editor(tr("units, e.g. 100"), plain(trade.quantity) if trade else "")
        self.price = self.number_editor(tr("per unit"), plain(trade.price) if trade else "")
        self.fee = self.number_editor("0", plain(trade.fee) if trade else "")
        self.total = self.number_editor(tr("or type the total to derive the price"))
        self.note = QLineEdit(trade.note if trade else "")
        self.note.setPlaceholderText(tr("optional"))

        self.add_row("symbol", tr("&Listing"), self.symbol)
        self.add_account_row("account", self.tr("Acc&ount"), self.account)
        self.add_row("side", tr("&Side"), self.side)
        self.add_row("date", tr("&Date"), self.date)
        self.add_row("quantity", tr("&Quantity"), self.quantity)
        self.add_row("price", tr("&Price"), self.price, "")
        self.add_row("fee", tr("&Fee"), self.fee, "")
        self.add_row("total", tr("&Total"), self.total, "")
        self.add_row("note", tr("N&ote"), self.note)
        self.rows["total"].label.setToolTip(tr("Buy: quantity × price + fee. Sell: quantity × price − fee."))
        if trade:
            self.touched.update(self.rows)
        self._refresh_currency()
        self._update_total()
        self.finish_layout("quantity")
        self.setMinimumWidth(640)

    @property
    def currency(self) -> str:
        return self.instruments[self.symbol.currentData()].currency

    def _refresh_currency(self) -> None:
        for name in ("price", "fee", "total"):
            self.rows[name].suffix.setText(self.currency)

    # --- live total / derived price --------------------------------------------------------------
    def on_edited(self, name: str) -> None:
        if name == "symbol":
            self._refresh_currency()
            if self.original is None and "date" not in self.touched:   # that listing's last session
                self.date.blockSignals(True)
                self.date.setDate(to_qdate(self.tracker.default_entry_date(self.symbol.currentData())))
                self.date.blockSignals(False)
        if name == "total":
            self._total_drives = bool(self.total.text().strip())
            self._derive_price()
        elif name == "price":
            self._total_drives = False
            self._update_total()
        elif name in ("quantity", "fee", "side"):
            self._derive_price() if self._total_drives else self._update_total()
        self._update_hint()

    def _numbers(self):
        q, _ = parse_amount(self.quantity.text(), "quantity")
        p, _ = parse_amount(self.price.text(), "price")
        f, _ = parse_amount(self.fee.text(), "fee", required=False)
        t, _ = parse_amount(self.total.text(), "total")
        return q, p, f, t

    def _update_total(self) -> None:
        q, p, f, _ = self._numbers()
        if q is None or p is None or f is None:
            self.total.setText("")
            return
        gross = q * p
        total = gross + f if self.side.currentData() == BUY else gross - f
        self.total.setText(fmt.number(total, 2) if total == total.quantize(Decimal("0.01")) else plain(total))

    def _derive_price(self) -> None:
        q, _, f, t = self._numbers()
        if q is None or f is None or t is None or q <= 0:
            return
        gross = t - f if self.side.currentData() == BUY else t + f
        try:
            p = (gross / q).quantize(PRICE_PLACES)
        except InvalidOperation:
            return
        self.price.setText(plain(p))

    def _update_hint(self) -> None:
        """How many units the account holds on the trade date, without the entry being edited:
        what a sell may not exceed."""
        if self.date_unreadable():           # the holdings of the date shown, not of the one typed
            self.hint.setText("")
            return
        account = self.account.currentData()
        replacing = self.original.id if self.original else None
        try:
            held = self.tracker.holdings_on(from_qdate(self.date.date()), account, without_trade=replacing).get(
                self.symbol.currentData(), ZERO)
        except TrackerError:
            return
        where = tr(" in {account}").format(account=self.account_names.get(account, '')) \
            if len(self.account_names) > 1 else ""
        self.hint.setText(tr("Held on {day}{where} before this entry: {quantity} {symbol}").format(
            day=from_qdate(self.date.date()), where=where, quantity=fmt.quantity(held),
            symbol=self.symbol.currentData()))
        self.hint.setStyleSheet(f"color: {theme.muted_color().name()};")

    # --- record -----------------------------------------------------------------------------------
    def build(self):
        errors = []
        q, e1 = parse_amount(self.quantity.text(), "quantity")
        p, e2 = parse_amount(self.price.text(), "price")
        f, e3 = parse_amount(self.fee.text(), "fee", required=False)
        errors = [e for e in (e1, e2, e3) if e]
        if self.total.text().strip():
            _, e4 = parse_amount(self.total.text(), "total")
            if e4:
                errors.append(e4)
        if errors:
            return None, errors
        trade = Trade(symbol=self.symbol.currentData(), side=self.side.currentData(),
                      trade_date=from_qdate(self.date.date()), quantity=q, price=p, fee=f,
                      currency=self.currency, note=self.note.text().strip(),
                      id=self.original.id if self.original else None, account_id=self.account.currentData())
        return trade, []

    def check(self, trade: Trade) -> list[FieldError]:
        return self.tracker.check_trade(trade, replacing=self.original.id if self.original else None)

    def provisional(self, errors: list[FieldError]) -> Trade | None:
        # a price, fee or total not yet readable: the listing, date and quantity can still be judged
        if any(e.field == "quantity" for e in errors):
            return None
        q, p, f, _ = self._numbers()
        if q is None:
            return None
        return Trade(symbol=self.symbol.currentData(), side=self.side.currentData(),
                     trade_date=from_qdate(self.date.date()), quantity=q, price=p or Decimal(1), fee=f or ZERO,
                     currency=self.currency, id=self.original.id if self.original else None,
                     account_id=self.account.currentData())

    def provisional_notes(self, trade: Trade) -> list[str]:
        return [n for n in [self.session_note(trade.symbol, trade.trade_date)] if n]

    def notes(self, trade: Trade) -> list[str]:
        found = [self.session_note(trade.symbol, trade.trade_date),
                 self.range_note(trade.symbol, trade.trade_date, trade.price, self.currency)]
        far = self.tracker.far_from_close(trade.symbol, trade.trade_date, trade.price)
        if far is not None:
            found.append(self.tr("{price} is far from {symbol}'s close of {close} on {day}: is the price "
                                 "right?").format(price=fmt.price(trade.price, self.currency), symbol=trade.symbol,
                                                  close=fmt.price(far[1], self.currency), day=far[0].isoformat()))
        lot = lots.board_lot_missed(trade.symbol, trade.quantity)
        if lot:
            found.append(self.tr("{symbol} trades in board lots of {lot} shares: {quantity} is not a "
                                 "whole number of lots (odd lots trade apart).").format(
                symbol=trade.symbol, lot=lot, quantity=fmt.quantity(trade.quantity)))
        share = lots.fee_share_high(trade.quantity, trade.price, trade.fee)
        if share is not None:
            found.append(self.tr("The fee of {fee} is {share} of the trade's {gross}: is the fee right?").format(
                fee=fmt.price(trade.fee, self.currency), share=fmt.percent(share, signed=False, decimals=0),
                gross=fmt.price(trade.quantity * trade.price, self.currency)))
        return [n for n in found if n]

    def validate(self) -> bool:
        ok = super().validate()
        if not self.hint.text():
            self._update_hint()
        return ok


class DividendDialog(EntryDialog):
    """A dividend payment (new, or an edit of `dividend`): gross, withholding tax, fee and the
    live net amount. Under the fields, what Alibaba declared for that listing and date: the declared
    amount × the units held before the ex-date, proposed as the gross of a new dividend (until the
    user types one) and offered by a button otherwise; a warning, which does not block saving, when
    nothing was held on the ex-date or no declared dividend went ex shortly before the date."""

    def __init__(self, tracker, save: Callable[[Dividend], None], symbol: str | None = None,
                 dividend: Dividend | None = None, account: int | None = None, parent=None):
        super().__init__(tracker, tr("Edit dividend") if dividend else tr("Add dividend"), save, parent)
        self.setObjectName("dividendDialog")
        self.original = dividend
        self.proposal = None
        self.symbol = self.listing_picker(dividend.symbol if dividend else symbol, show_currency=False)
        self.account = self.account_picker(dividend.account_id if dividend else account)
        self.date = self.date_editor(dividend.pay_date if dividend
                                     else tracker.default_entry_date(self.symbol.currentData()))
        self.currency = QComboBox()
        for c in ("USD", "HKD"):
            self.currency.addItem(c, c)
        if dividend:
            self.currency.setCurrentIndex(max(0, self.currency.findData(dividend.currency)))
        self.currency.setToolTip(tr("Alibaba declares its dividend in US dollars on both listings."))
        self.gross = self.number_editor(tr("before tax"), plain(dividend.gross) if dividend else "")
        self.withholding = self.number_editor("0", plain(dividend.withholding) if dividend else "")
        self.fee = self.number_editor("0", plain(dividend.fee) if dividend else "")
        self.net = QLineEdit(objectName="net")
        self.net.setReadOnly(True)
        self.net.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.net.setAlignment(Qt.AlignmentFlag.AlignRight)
        credited = dividend is not None and dividend.received is not None
        self.received = self.number_editor(tr("if credited in another currency"),
                                           plain(dividend.received) if credited else "")
        self.received.setObjectName("received")
        self.div_rate = self.number_editor(tr("or the rate"), plain(dividend.fx_rate) if credited else "")
        self.div_rate.setObjectName("dividendRate")
        self.note = QLineEdit(dividend.note if dividend else "")
        self.note.setPlaceholderText(tr("optional"))
        self.add_row("symbol", tr("&Listing"), self.symbol)
        self.add_account_row("account", self.tr("Acc&ount"), self.account)
        self.add_row("date", tr("&Pay date"), self.date)
        self.add_row("currency", tr("&Currency"), self.currency)
        self.add_row("gross", tr("&Gross"), self.gross)
        self.add_row("withholding", tr("&Withholding tax"), self.withholding)
        self.add_row("fee", tr("&Fee"), self.fee)
        self.add_row("net", tr("Net"), self.net)
        self.add_row("received", tr("&Received"), self.received, "")
        self.add_row("fx_rate", tr("R&ate"), self.div_rate, "")
        self.add_row("note", tr("N&ote"), self.note)
        self.rows["net"].label.setToolTip(tr("Gross − withholding tax − fee: what reached your account."))
        self.rows["received"].label.setToolTip(
            tr("Declared in US dollars but credited in Hong Kong dollars (usual on 9988.HK)? Type the "
            "amount that arrived, and the rate is derived (received ÷ net); or type the rate, and the "
            "amount is derived. Left empty, the day's USD/HKD rate is used."))
        self._add_declared_notice()
        if dividend:
            self.touched.update(self.rows)
        self._propose()
        self.on_edited("")
        self.finish_layout("date")
        self.setMinimumWidth(600)

    def _add_declared_notice(self) -> None:
        self.declared = QLabel(objectName="declaredNotice")
        self.declared.setWordWrap(True)
        self.declared_warning = QLabel(objectName="declaredWarning")
        self.declared_warning.setWordWrap(True)
        self.declared_warning.setStyleSheet(f"color: {theme.warning_color().name()};")
        self.use_declared = QPushButton(objectName="useDeclared")
        self.use_declared.setAutoDefault(False)
        self.use_declared.clicked.connect(self._use_declared)
        row = QHBoxLayout()
        row.addWidget(self.declared, 1)
        row.addWidget(self.use_declared, 0, Qt.AlignmentFlag.AlignTop)
        layout = self.layout()
        layout.insertLayout(1, row)
        layout.insertWidget(2, self.declared_warning)

    def _propose(self) -> None:
        """Look the listing and date up in the declared dividends; fill in a new dividend's gross
        (and note) while the user has not typed them."""
        day = from_qdate(self.date.date())
        # the units of the dividend's own account (with one account, that is every unit)
        p = self.proposal = self.tracker.declared_dividends.proposal(self.symbol.currentData(), day,
                                                                     self.account.currentData())
        warnings = wording.proposal_warnings(p)
        self.declared_warning.setText("\n".join(warnings))
        self.declared_warning.setVisible(bool(warnings))
        if self.original is None:      # a new dividend: propose until the user types their own
            if "gross" not in self.touched:
                # in the currency the user chose (HKD at the peg: a 9988.HK holder's broker shows
                # HKD), else in US dollars, as declared
                currency = self.currency.currentData() if "currency" in self.touched else "USD"
                proposed = p.gross_in(currency) if p.units else None
                if p.units and proposed is None:
                    currency, proposed = "USD", p.gross
                self.gross.setText(plain(proposed) if proposed is not None else "")
                if p.units:
                    self.currency.setCurrentIndex(self.currency.findData(currency))
            if "note" not in self.touched:
                self.note.setText(wording.payout_title(p.payout) if p.units else "")
                self.note.setCursorPosition(0)
        if p.payout is None:
            self.declared.setText("")
            self.declared.setVisible(False)
            self.use_declared.setVisible(False)
            return
        payout = p.payout
        quality = wording.quality_label(payout.source_quality)
        text = (tr("Declared: {title}, ex-date {day}: {amount} per ADS × {units} ADS held = {gross}")
                if p.unit_word == "ADS" else
                tr("Declared: {title}, ex-date {day}: {amount} per share × {units} shares held = {gross}"))
        self.declared.setText(text.format(title=wording.payout_title(payout), day=wording.written_day(payout.ex_date),
                                          amount=fmt.price(payout.per_unit_usd, 'USD'),
                                          units=fmt.quantity(p.units), gross=fmt.money(p.gross, 'USD'))
                              + (tr(" ({parts})").format(parts=quality) if quality else ""))
        self.declared.setToolTip("\n".join(
            [tr("Units held at the end of the day before the ex-date receive the dividend.")]
            + ([wording.quality_explanation(payout.source_quality)] if quality else [])))
        self.declared.setVisible(True)
        self.use_declared.setText(tr("Use {amount}").format(amount=fmt.money(p.gross, 'USD')))
        self._update_use_button()

    def _update_use_button(self) -> None:
        p = self.proposal
        gross, _ = parse_amount(self.gross.text(), "gross")
        differs = gross != p.gross or self.currency.currentData() != "USD"
        self.use_declared.setVisible(bool(p is not None and p.payout is not None and p.units and differs))

    def _use_declared(self) -> None:
        self.gross.setText(plain(self.proposal.gross))
        self.currency.setCurrentIndex(self.currency.findData("USD"))
        self._edited("gross")

    def _credited_in(self) -> str:
        """The currency a dividend declared in another one is credited in: the listing's."""
        inst = self.instruments.get(self.symbol.currentData())
        return inst.currency if inst else ""

    def on_edited(self, name: str) -> None:
        if name in ("symbol", "date", "account", "currency"):
            self._propose()
        g, _ = parse_amount(self.gross.text(), "gross")
        w, _ = parse_amount(self.withholding.text(), "withholding", required=False)
        f, _ = parse_amount(self.fee.text(), "fee", required=False)
        cur = self.currency.currentData()
        self.net.setText(fmt.money(g - w - f, cur) if None not in (g, w, f) else "")
        if self.proposal is not None:
            self._update_use_button()
        credited = self._credited_in()
        self.rows["received"].suffix.setText(credited)
        self.rows["fx_rate"].suffix.setText(tr("{currency} per {paid}").format(currency=credited, paid=cur))
        other = credited != cur
        for row in ("received", "fx_rate"):
            self.rows[row].editor.setEnabled(other)
        if name == "received" and self.received.text().strip():
            self.div_rate.clear()           # one of the two is given, the other derived
        elif name == "fx_rate" and self.div_rate.text().strip():
            self.received.clear()
        elif name in ("gross", "withholding", "fee") and self.received.text().strip():
            self.div_rate.clear()           # what arrived stays the fact; its rate is derived anew
        self._show_derived(g - w - f if None not in (g, w, f) else None)

    def _show_derived(self, net: Decimal | None) -> None:
        """The amount or rate derived from the other one, as the empty field's placeholder."""
        received, _ = parse_amount(self.received.text(), "received", required=False)
        rate, _ = parse_amount(self.div_rate.text(), "fx_rate", required=False)
        self.div_rate.setPlaceholderText(tr("or the rate"))
        self.received.setPlaceholderText(tr("if credited in another currency"))
        if net and self.received.text().strip() and received:
            self.div_rate.setPlaceholderText(tr("{value} derived").format(value=plain((received / net).quantize(Decimal('0.0001')))))
        elif net and self.div_rate.text().strip() and rate:
            self.received.setPlaceholderText(tr("{value} derived").format(value=plain((net * rate).quantize(Decimal('0.01')))))

    def build(self):
        g, e1 = parse_amount(self.gross.text(), "gross")
        w, e2 = parse_amount(self.withholding.text(), "withholding", required=False)
        f, e3 = parse_amount(self.fee.text(), "fee", required=False)
        credited, cur = self._credited_in(), self.currency.currentData()
        received = rate = None
        e4 = e5 = None
        if credited != cur:
            if self.received.text().strip():
                received, e4 = parse_amount(self.received.text(), "received")
            if self.div_rate.text().strip():
                rate, e5 = parse_amount(self.div_rate.text(), "fx_rate")
        errors = [e for e in (e1, e2, e3, e4, e5) if e]
        if errors:
            return None, errors
        return Dividend(symbol=self.symbol.currentData(), pay_date=from_qdate(self.date.date()), gross=g,
                        withholding=w, fee=f, currency=cur, note=self.note.text().strip(),
                        id=self.original.id if self.original else None, received=received,
                        received_currency=credited if received is not None or rate is not None else "",
                        fx_rate=rate, account_id=self.account.currentData()), []

    def check(self, dividend: Dividend) -> list[FieldError]:
        return self.tracker.check_dividend(dividend)

    def notes(self, dividend: Dividend) -> list[str]:
        p = self.proposal
        twice = self.tracker.declared_dividends.recorded_already(dividend, p.payout) if p is not None else []
        found = []
        if twice:
            first = twice[0]
            found.append(self.tr("The {title} of {symbol} is recorded already: {day}, net {net}. Saved again it is "
                            "counted twice, unless it was a second payment.").format(
                title=wording.payout_title(p.payout), symbol=dividend.symbol, day=first.pay_date,
                net=fmt.money(first.net, first.currency)))
        if p is None or not p.gross_far_off(dividend.gross, dividend.currency):
            return found
        return found + [self.tr("A gross of {gross} is far from the {declared} the {title} pays on the {units} "
                        "{symbol} held at its ex-date {day}: is it right?").format(
            gross=fmt.price(dividend.gross, dividend.currency), declared=_declared_in(p, dividend.currency),
            title=wording.payout_title(p.payout), units=fmt.quantity(p.units), symbol=dividend.symbol,
            day=p.payout.ex_date)]


def _declared_in(proposal, currency: str) -> str:
    """The proposed gross in the dividend's currency, with the US dollars declared beside any other."""
    shown = fmt.price(proposal.gross_in(currency), currency)
    return shown if currency == "USD" else f"{shown} ({fmt.price(proposal.gross, 'USD')})"


class ConversionDialog(EntryDialog):
    """Units of one listing exchanged for the other (1 ADS = 8 ordinary shares); not a sale."""

    def __init__(self, tracker, save: Callable[[Conversion], None],
                 conversion: Conversion | None = None, account: int | None = None, parent=None):
        title = tr("Edit conversion") if conversion else tr("Convert between ADS and Hong Kong shares")
        super().__init__(tracker, title, save, parent)
        self.setObjectName("conversionDialog")
        self.original = conversion
        self.instruments = {i.symbol: i for i in tracker.instruments()}
        self.direction = QComboBox()
        self.direction.addItem(tr("BABA ADS → 9988.HK shares"), ("BABA", "9988.HK"))
        self.direction.addItem(tr("9988.HK shares → BABA ADS"), ("9988.HK", "BABA"))
        if conversion:
            self.direction.setCurrentIndex(max(0, self.direction.findData(
                (conversion.from_symbol, conversion.to_symbol))))
        self.date = self.date_editor(conversion.conversion_date if conversion
                                     else tracker.default_entry_date("9988.HK"))
        self.quantity = self.number_editor(tr("units given up"), plain(conversion.quantity) if conversion else "")
        self.receive = QLabel(objectName="receive")
        self.fee = self.number_editor("0", plain(conversion.fee) if conversion else "")
        self.fx_rate = self.number_editor("")
        self.note = QLineEdit(conversion.note if conversion else "")
        self.note.setPlaceholderText(tr("optional"))
        self.from_account = self.account_picker(conversion.from_account_id if conversion else account)
        self.to_account = self.account_picker(conversion.to_account_id if conversion else account)
        self.add_row("direction", tr("&Direction"), self.direction)
        self.add_account_row("from_account", self.tr("From accou&nt"), self.from_account)
        self.add_account_row("to_account", self.tr("To accoun&t"), self.to_account)
        self.add_row("date", tr("D&ate"), self.date)
        self.add_row("quantity", tr("&Quantity"), self.quantity, "")
        self.add_row("receive", tr("You receive"), self.receive)
        self.add_row("fee", tr("&Fee"), self.fee, "")
        self.add_row("fx_rate", tr("FX &rate"), self.fx_rate, "")
        self.fx_source = QLabel(objectName="fxSource")
        self.add_row("fx_source", tr("Rate of"), self.fx_source)
        self.rows["fx_source"].label.setToolTip(tr("The day of the USDHKD rate proposed: the conversion's "
                                                "date, or the last day before it with a rate."))
        self.add_row("note", tr("N&ote"), self.note)
        self.rows["fx_rate"].label.setToolTip(tr("Carries the cost of the converted lots into the receiving "
                                              "listing's currency: units of that currency per unit of the "
                                              "other. Proposed: the day's rate of the USDHKD series (the "
                                              "previous one when the day has none; 7.80 when none is stored)."))
        self.aliases = {"symbol": "direction", "from_symbol": "direction", "to_symbol": "direction",
                        "from": "direction", "to": "direction"}
        self._fx_for_direction()
        if conversion:
            self.fx_rate.setText(plain(conversion.fx_rate))
            self.touched.update(self.rows)
            self.fx_source.setText(tr("as recorded"))
        self.finish_layout("quantity")
        self.setMinimumWidth(640)

    def _pair(self):
        src, dst = self.direction.currentData()
        return self.instruments[src], self.instruments[dst]

    def _fx_for_direction(self) -> None:
        """Propose the day's rate (until the user types one)."""
        src, dst = self._pair()
        where = ""
        if "fx_rate" not in self.touched and src.currency != dst.currency:
            rate = self.tracker.fx_rate(src.currency, dst.currency, from_qdate(self.date.date()))
            value = rate.value if src.currency == "USD" else rate.value.quantize(Decimal("0.000001"))
            self.fx_rate.setText(plain(value))
            where = tr("none stored: 7.80 peg") if rate.approximate else f"{rate.quoted} (USDHKD)"
        elif "fx_rate" not in self.touched:
            self.fx_rate.setText("1")
        if "fx_rate" in self.touched:
            where = tr("typed by you")
        self.fx_source.setText(where)
        self.rows["quantity"].suffix.setText(tr("{symbol} units").format(symbol=src.symbol))
        self.rows["fee"].suffix.setText(src.currency)
        self.rows["fx_rate"].suffix.setText(tr("{currency} per {paid}").format(currency=dst.currency, paid=src.currency))
        self._update_receive()

    def _update_receive(self) -> None:
        src, dst = self._pair()
        q, _ = parse_amount(self.quantity.text(), "quantity")
        if q is None:
            self.receive.setText(tr("{symbol} units").format(symbol=dst.symbol))
            return
        got = q * src.ordinary_per_unit / dst.ordinary_per_unit
        self.receive.setText(tr("{quantity} {symbol} units").format(quantity=fmt.quantity(got), symbol=dst.symbol))

    def on_edited(self, name: str) -> None:
        if name in ("direction", "date", "fx_rate"):
            self._fx_for_direction()
        self._update_receive()

    def build(self):
        src, dst = self._pair()
        q, e1 = parse_amount(self.quantity.text(), "quantity")
        f, e2 = parse_amount(self.fee.text(), "fee", required=False)
        fx, e3 = parse_amount(self.fx_rate.text(), "fx_rate")
        errors = [e for e in (e1, e2, e3) if e]
        if errors:
            return None, errors
        return Conversion(conversion_date=from_qdate(self.date.date()), from_symbol=src.symbol,
                          to_symbol=dst.symbol, quantity=q, fee=f, fx_rate=fx,
                          note=self.note.text().strip(),
                          id=self.original.id if self.original else None,
                          from_account_id=self.from_account.currentData(),
                          to_account_id=self.to_account.currentData()), []

    def notes(self, conversion: Conversion) -> list[str]:
        src, dst = self._pair()
        notes = []
        expected = fx.implausible_rate(src.currency, dst.currency, conversion.fx_rate)
        if expected is not None:        # it carries the cost over: 7.8 for 0.128 makes an ADS cost 61 times more
            notes.append(self.tr("A rate of {rate} {to} per {frm} is far from the usual {expected}: is it "
                                 "the wrong way round? The cost carried over is multiplied by it.").format(
                rate=fmt.price(conversion.fx_rate), to=dst.currency, frm=src.currency,
                expected=fmt.price(expected.quantize(Decimal("0.0001")))))
        ads = lots.fractional_ads(conversion.quantity, src.ordinary_per_unit, dst.ordinary_per_unit)
        if ads is not None:
            ratio = max(src.ordinary_per_unit, dst.ordinary_per_unit)
            notes.append(self.tr("ADS convert whole: {quantity} {symbol} units make {ads} ADS; the depositary "
                                 "converts multiples of {ratio} shares.").format(
                quantity=fmt.quantity(conversion.quantity), symbol=src.symbol, ads=fmt.quantity(ads),
                ratio=fmt.quantity(ratio)))
        return notes

    def check(self, conversion: Conversion) -> list[FieldError]:
        # an edit is checked against the history without the conversion it replaces
        return self.tracker.check_conversion(conversion, replacing=self.original.id if self.original else None)


class FeeDialog(EntryDialog):
    """A standalone fee (custody, ADS depositary fee, ...), new or an edit of `fee`: listing, date,
    amount in the listing's currency, note."""

    def __init__(self, tracker, save: Callable[[Fee], None], symbol: str | None = None,
                 fee: Fee | None = None, account: int | None = None, parent=None):
        super().__init__(tracker, tr("Edit fee") if fee else tr("Add fee"), save, parent)
        self.setObjectName("feeDialog")
        self.original = fee
        self.symbol = self.listing_picker(fee.symbol if fee else symbol)
        self.account = self.account_picker(fee.account_id if fee else account)
        self.date = self.date_editor(fee.fee_date if fee else tracker.default_entry_date(self.symbol.currentData()))
        self.amount = self.number_editor(tr("e.g. 12.50"), plain(fee.amount) if fee else "")
        self.note = QLineEdit(fee.note if fee else "")
        self.note.setPlaceholderText(tr("e.g. ADS depositary fee"))
        self.add_row("symbol", tr("&Listing"), self.symbol)
        self.add_account_row("account", self.tr("Acc&ount"), self.account)
        self.add_row("date", tr("&Date"), self.date)
        self.add_row("amount", tr("&Amount"), self.amount, "")
        self.add_row("note", tr("N&ote"), self.note)
        self.rows["amount"].label.setToolTip(tr("What was charged, in the listing's currency. A fee lowers "
                                                "the listing's total return; it does not change its cost basis."))
        if fee:
            self.touched.update(self.rows)
        self._refresh_currency()
        self.finish_layout("amount")
        self.setMinimumWidth(560)

    @property
    def currency(self) -> str:
        """The listing's currency; an edited fee keeps its own while its listing stays the same."""
        symbol = self.symbol.currentData()
        if self.original is not None and self.original.symbol == symbol and self.original.currency:
            return self.original.currency
        return self.instruments[symbol].currency

    def _refresh_currency(self) -> None:
        self.rows["amount"].suffix.setText(self.currency)

    def on_edited(self, name: str) -> None:
        if name == "symbol":
            self._refresh_currency()

    def build(self):
        amount, error = parse_amount(self.amount.text(), "amount")
        if error:
            return None, [error]
        return Fee(symbol=self.symbol.currentData(), fee_date=from_qdate(self.date.date()), amount=amount,
                   currency=self.currency, note=self.note.text().strip(),
                   id=self.original.id if self.original else None, account_id=self.account.currentData()), []

    def check(self, fee: Fee) -> list[FieldError]:
        return self.tracker.check_fee(fee)


class TransferDialog(EntryDialog):
    """Units of one listing moved from one account to another (new, or an edit of `transfer`): not
    a sale, the lots keep their cost and acquisition dates; an optional fee, in the listing's
    currency, is added to their cost."""

    def __init__(self, tracker, save: Callable[[Transfer], None], symbol: str | None = None,
                 transfer: Transfer | None = None, account: int | None = None, parent=None):
        super().__init__(tracker, self.tr("Edit transfer") if transfer else self.tr("Transfer between accounts"),
                         save, parent)
        self.setObjectName("transferDialog")
        self.original = transfer
        self.symbol = self.listing_picker(transfer.symbol if transfer else symbol)
        self.from_account = self.account_picker(transfer.from_account_id if transfer else account)
        self.to_account = self.account_picker(transfer.to_account_id if transfer else None)
        if transfer is None and self.to_account.currentData() == self.from_account.currentData():
            self.to_account.setCurrentIndex(1 if self.from_account.currentIndex() == 0 else 0)
        self.date = self.date_editor(transfer.transfer_date if transfer
                                     else tracker.default_entry_date(self.symbol.currentData()))
        self.quantity = self.number_editor(self.tr("units moved"), plain(transfer.quantity) if transfer else "")
        self.fee = self.number_editor("0", plain(transfer.fee) if transfer else "")
        self.note = QLineEdit(transfer.note if transfer else "")
        self.note.setPlaceholderText(self.tr("optional"))
        self.add_row("symbol", self.tr("&Listing"), self.symbol)
        self.add_row("from_account", self.tr("&From account"), self.from_account)
        self.add_row("to_account", self.tr("&To account"), self.to_account)
        self.add_row("date", self.tr("&Date"), self.date)
        self.add_row("quantity", self.tr("&Quantity"), self.quantity, "")
        self.add_row("fee", self.tr("F&ee"), self.fee, "")
        self.add_row("note", self.tr("N&ote"), self.note)
        self.rows["fee"].label.setToolTip(self.tr("What the brokers charged for the transfer, in the listing's "
                                                  "currency: added to the cost of the units moved."))
        self.aliases = {"from": "from_account", "to": "to_account"}
        if transfer:
            self.touched.update(self.rows)
        self._refresh_units()
        self.finish_layout()
        self.setMinimumWidth(700)

    @property
    def currency(self) -> str:
        return self.instruments[self.symbol.currentData()].currency

    def _refresh_units(self) -> None:
        self.rows["quantity"].suffix.setText(self.tr("{0} units").format(self.symbol.currentData()))
        self.rows["fee"].suffix.setText(self.currency)
        self._update_hint()

    def _update_hint(self) -> None:
        """How many units the giving account holds that day, without the transfer being edited:
        what a transfer may not exceed."""
        if self.date_unreadable():           # the holdings of the date shown, not of the one typed
            self.hint.setText("")
            return
        day, account = from_qdate(self.date.date()), self.from_account.currentData()
        replacing = self.original.id if self.original else None
        held = self.tracker.holdings_on(day, account, without_transfer=replacing).get(self.symbol.currentData(), ZERO)
        self.hint.setText(self.tr("Held in {0} on {1} before this entry: {2} {3}").format(
            self.account_names.get(account, ""), day, fmt.quantity(held), self.symbol.currentData()))
        self.hint.setStyleSheet(f"color: {theme.muted_color().name()};")

    def on_edited(self, name: str) -> None:
        if name in ("symbol", "from_account", "date"):
            self._refresh_units()

    def build(self):
        q, e1 = parse_amount(self.quantity.text(), "quantity")
        f, e2 = parse_amount(self.fee.text(), "fee", required=False)
        errors = [e for e in (e1, e2) if e]
        if errors:
            return None, errors
        return Transfer(from_qdate(self.date.date()), self.symbol.currentData(), q,
                        self.from_account.currentData(), self.to_account.currentData(), fee=f,
                        currency=self.currency, note=self.note.text().strip(),
                        id=self.original.id if self.original else None), []

    def check(self, transfer: Transfer) -> list[FieldError]:
        return self.tracker.check_transfer(transfer, replacing=self.original.id if self.original else None)
