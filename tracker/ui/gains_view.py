"""The Gains view (objectName `gainsDialog`): every closed lot, grouped by calendar or tax year,
with each year's totals and a CSV export. Cost method and as-of date are the window's."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QSettings, Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QSpinBox, QTableView, QVBoxLayout)

from tracker.domain.gains import CALENDAR_YEAR, HK_TAX_YEAR, UK_TAX_YEAR, TaxYearStart, YearGains
from tracker.errors import TrackerError
from tracker.ui import file_dialogs, messages, theme
from tracker.ui import formatting as fmt
from tracker.ui import i18n
from tracker.ui.i18n import tr

YEAR_STARTS = ((QT_TRANSLATE_NOOP("", "Calendar year"), CALENDAR_YEAR),
               (QT_TRANSLATE_NOOP("", "UK tax year (6 April)"), UK_TAX_YEAR),
               (QT_TRANSLATE_NOOP("", "Hong Kong tax year (1 April)"), HK_TAX_YEAR),
               (QT_TRANSLATE_NOOP("", "Other start…"), None))
COLUMNS = ("Year", "Listing", "Bought", "Sold", "Held (days)", "Quantity", "Proceeds", "Cost", "Gain", "Return",
           "Account")
COLUMN_NAMES = (QT_TRANSLATE_NOOP("", "Year"), QT_TRANSLATE_NOOP("", "Listing"), QT_TRANSLATE_NOOP("", "Bought"),
                QT_TRANSLATE_NOOP("", "Sold"), QT_TRANSLATE_NOOP("", "Held (days)"), QT_TRANSLATE_NOOP("", "Quantity"),
                QT_TRANSLATE_NOOP("", "Proceeds"), QT_TRANSLATE_NOOP("", "Cost"), QT_TRANSLATE_NOOP("", "Gain"),
                QT_TRANSLATE_NOOP("", "Return"), QT_TRANSLATE_NOOP("", "Account"))
ACCOUNT_COLUMN = COLUMNS.index("Account")
TIPS = {
    "Bought": QT_TRANSLATE_NOOP("", "The acquisition date of the lot the sell closed (kept across ADS↔HK conversions); "
              "\"pool\" with the moving-average method, whose pool has no single date."),
    "Held (days)": QT_TRANSLATE_NOOP("", "Sell date − acquisition date, in calendar days."),
    "Proceeds": QT_TRANSLATE_NOOP("", "The sell's proceeds (quantity × price − sell fee) shared among the lots it closed by "
                "quantity, rounded half-even to the cent; the last lot takes the remainder."),
    "Cost": QT_TRANSLATE_NOOP("", "What the lot cost, buy fees included (carried cost for units that came by conversion)."),
    "Gain": QT_TRANSLATE_NOOP("", "Proceeds − cost."),
    "Return": QT_TRANSLATE_NOOP("", "Gain ÷ cost."),
    "Account": QT_TRANSLATE_NOOP("", "The account the sell was in (its lots are that account's own, or moved into it)."),
    "Year": QT_TRANSLATE_NOOP("", "The tax year of the sell date, named by the calendar year it starts in "
            "(UK 2024/25: 6 April 2024 to 5 April 2025)."),
}
MONTHS = (QT_TRANSLATE_NOOP("", "January"), QT_TRANSLATE_NOOP("", "February"), QT_TRANSLATE_NOOP("", "March"),
          QT_TRANSLATE_NOOP("", "April"), QT_TRANSLATE_NOOP("", "May"), QT_TRANSLATE_NOOP("", "June"),
          QT_TRANSLATE_NOOP("", "July"), QT_TRANSLATE_NOOP("", "August"), QT_TRANSLATE_NOOP("", "September"),
          QT_TRANSLATE_NOOP("", "October"), QT_TRANSLATE_NOOP("", "November"), QT_TRANSLATE_NOOP("", "December"))


class GainsModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[tuple] = []      # (year label, lot)
        self.account_names: dict[int, str] = {}

    def set_years(self, years: list[YearGains], account_names: dict[int, str] | None = None) -> None:
        self.beginResetModel()
        self.rows = [(y.label, lot) for y in years for lot in y.lots]
        self.account_names = dict(account_names or {})
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr(TIPS[COLUMNS[section]]) if COLUMNS[section] in TIPS else None
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        label, lot = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (label, lot.symbol, str(lot.bought) if lot.bought else tr("pool"), str(lot.sold),
                      "" if lot.holding_days is None else f"{lot.holding_days:,}", fmt.quantity(lot.quantity),
                      fmt.money(lot.proceeds, lot.currency), fmt.money(lot.cost, lot.currency),
                      fmt.money(lot.gain, lot.currency, signed=True),
                      fmt.percent(lot.return_fraction) if lot.return_fraction is not None else "",
                      self.account_names.get(lot.account_id, ""))
            return values[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and 4 <= col < ACCOUNT_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col in (8, 9):
            return theme.signed_color(fmt.sign(lot.gain))
        return None


class GainsDialog(QDialog):
    def __init__(self, tracker, settings: QSettings, method: str, as_of: date | None, parent=None):
        super().__init__(parent)
        self.setObjectName("gainsDialog")
        self.setWindowTitle(tr("Realized gains"))
        self.tracker, self.settings = tracker, settings
        self.method, self.as_of = method, as_of
        self.account: int | None = None       # the window's account filter (None: every account)
        self.years: list[YearGains] = []
        self.start_choice = QComboBox(objectName="taxYearStart")
        for label, start in YEAR_STARTS:
            self.start_choice.addItem(tr(label), start)
        self.start_choice.setToolTip(tr(TIPS["Year"]))
        self.month = QComboBox(objectName="taxYearMonth")
        for i, name in enumerate(MONTHS, start=1):
            self.month.addItem(tr(name), i)
        self.day = QSpinBox(objectName="taxYearDay", minimum=1, maximum=31)
        self.year_choice = QComboBox(objectName="gainsYear")
        self.method_label = QLabel(objectName="gainsMethod")
        self.export_button = QPushButton(tr("Export CSV…"), objectName="gainsExport")
        top = QHBoxLayout()
        for w in (QLabel(tr("Group by")), self.start_choice, self.month, self.day, QLabel(tr("Show")), self.year_choice):
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(self.method_label)
        self.model = GainsModel(self)
        self.table = QTableView(objectName="gainsTable")
        self.table.setAccessibleName(self.tr("Closed lots"))
        self.table.setTabKeyNavigation(False)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.totals = QLabel(objectName="gainsTotals")
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.totals.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        layout.addWidget(buttons)
        self.resize(980, 520)
        self._restore()
        self.start_choice.currentIndexChanged.connect(self._start_changed)
        self.month.currentIndexChanged.connect(lambda _i: self.refresh())
        self.day.valueChanged.connect(lambda _v: self.refresh())
        self.year_choice.currentIndexChanged.connect(lambda _i: self._show())
        self.export_button.clicked.connect(lambda: self.export_csv())
        self._start_changed()

    # --- the tax year -------------------------------------------------------------------------------
    def _restore(self) -> None:
        try:
            start = TaxYearStart.parse(str(self.settings.value("gains/tax_year_start", "01-01") or "01-01"))
        except ValueError:
            start = CALENDAR_YEAR
        index = next((i for i, (_, s) in enumerate(YEAR_STARTS) if s == start), len(YEAR_STARTS) - 1)
        self.start_choice.setCurrentIndex(index)
        self.month.setCurrentIndex(start.month - 1)
        self.day.setValue(start.day)

    def tax_year_start(self) -> TaxYearStart | None:
        chosen = self.start_choice.currentData()
        if chosen is not None:
            return chosen
        try:
            return TaxYearStart(self.month.currentData(), self.day.value())
        except ValueError:
            return None

    def _start_changed(self, *_args) -> None:
        other = self.start_choice.currentData() is None
        self.month.setVisible(other)
        self.day.setVisible(other)
        self.refresh()

    def set_view(self, method: str, as_of: date | None, account: int | None = None) -> None:
        """The window's cost method, as-of date or account filter changed."""
        self.method, self.as_of, self.account = method, as_of, account
        self.refresh()

    def refresh(self) -> None:
        start = self.tax_year_start()
        if start is None:
            self.years = []
            self.totals.setText(tr("<b>{day} {month}</b> is not a day of every year: choose another start.").format(
                day=self.day.value(), month=self.month.currentText()))
            self.model.set_years([])
            return
        self.settings.setValue("gains/tax_year_start", str(start))
        lots = self.tracker.closed_lots(method=self.method, until=self.as_of, account=self.account)
        from tracker.domain.gains import by_tax_year
        self.all_years = by_tax_year(lots, start)
        wanted = self.year_choice.currentData()
        self.year_choice.blockSignals(True)
        self.year_choice.clear()
        self.year_choice.addItem(tr("All years"), None)
        for label in dict.fromkeys(y.label for y in self.all_years):
            self.year_choice.addItem(label, label)
        self.year_choice.setCurrentIndex(max(self.year_choice.findData(wanted), 0))
        self.year_choice.blockSignals(False)
        method = "FIFO" if self.method == "fifo" else tr("moving average")
        shown = next((i18n.account_name(a) for a in self.tracker.accounts() if a.id == self.account), None)
        self.method_label.setText(f"{method}" + (" · " + tr("as of {day}").format(day=self.as_of) if self.as_of else "")
                                  + (f" · {shown}" if shown else ""))
        self.method_label.setToolTip(tr("The cost method and as-of date chosen above the summary cards."))
        self._show()

    def _show(self) -> None:
        wanted = self.year_choice.currentData()
        self.years = [y for y in self.all_years if wanted is None or y.label == wanted]
        accounts = self.tracker.accounts()
        self.model.set_years(self.years, {a.id: i18n.account_name(a) for a in accounts})
        self.table.setColumnHidden(ACCOUNT_COLUMN, len(accounts) < 2)     # one account: nothing to tell
        self.export_button.setEnabled(bool(self.years))
        if not self.years:
            self.totals.setText(tr("No closed lots yet: a sell closes the lots it consumes."))
            return
        lines = []
        for y in self.years:
            color = theme.signed_color(fmt.sign(y.gain))
            gain = fmt.money(y.gain, y.currency, signed=True)
            gain = f"<span style='color:{color.name()}'>{gain}</span>" if color is not None else gain
            lots = (tr("{count} lot") if len(y.lots) == 1 else tr("{count} lots")).format(count=fmt.count(len(y.lots)))
            lines.append(tr("<b>{year}</b> ({first} to {last}, {currency}): {lots}, proceeds {proceeds}, cost {cost}, "
                            "gain {gain}").format(year=y.label, first=y.first, last=y.last, currency=y.currency,
                                                  lots=lots, proceeds=fmt.money(y.proceeds, y.currency),
                                                  cost=fmt.money(y.cost, y.currency), gain=gain))
        self.totals.setText("<br>".join(lines))

    def export_csv(self, path: str | None = None):
        from tracker.app.gains_export import write_gains_csv
        start = self.tax_year_start()
        if path is None:
            path = file_dialogs.save_file_name(self, tr("Export realized gains"), "gains.csv", tr("CSV files (*.csv)"))
            if not path:
                return None
        try:
            return write_gains_csv(self.tracker.check_output_file(path), self.years, start,
                                   {a.id: i18n.account_name(a) for a in self.tracker.accounts()})
        except TrackerError as exc:
            self.totals.setText(messages.error_text(exc))
            return None
