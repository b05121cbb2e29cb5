"""The trade import dialog: our trade CSV, an IBKR Flex statement, Tracker's export, or any
broker's CSV through a column mapping (saved as a named preset).

The preview lists the file's rows as they will be read, each with its file line and what happens
to it: added, a possible duplicate of a stored activity (skipped unless the box is ticked), already
imported, not imported and why, cancelled by a reversal, a corporate action shown but not applied,
or refused. Import stays off while any row is refused.
"""
from __future__ import annotations

import io

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QCheckBox, QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
                               QInputDialog, QLabel, QPushButton, QTableWidget, QTableWidgetItem)

from tracker.app import presets
from tracker.app.presets import DATE_ORDERS, REQUIRED, ROLES, Mapping
from tracker.domain.model import FieldError
from tracker.errors import TrackerError, ValidationError
from tracker.ui import i18n, messages, theme
from tracker.ui.i18n import tr
from tracker.ui.import_dialog import ImportDialog, ImportRequest, sniff_rows

READ_ROWS = 200              # rows of the "as they will be read" table
AUTO, MAPPED = "", "\0mapped"
TRADE_FILTER = QT_TRANSLATE_NOOP("", "Trade and statement files (*.csv *.txt *.xml *.json);;All files (*)")


class TradeImportDialog(ImportDialog):
    kind = "trades"
    title = "Import trades"
    file_filter = TRADE_FILTER

    def __init__(self, tracker, parent=None, start_dir: str = ""):
        super().__init__(tracker, parent, start_dir)
        self.setObjectName("tradeImportDialog")
        self.path_edit.setPlaceholderText(self.tr("Choose a trade CSV, an IBKR Flex statement (XML) or an export…"))
        self.format = QComboBox(objectName="tradeFormat")
        self.format.addItem(self.tr("Recognise from the content"), AUTO)
        self._fill_presets()
        self.format.currentIndexChanged.connect(self._format_changed)
        self.format_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.format)
        row.addWidget(self.format_label, 1)
        self.form.addRow(self.tr("Format"), row)

        self.mapping_box = QGroupBox(self.tr("Columns of this broker's file"), objectName="mappingBox")
        grid = QGridLayout(self.mapping_box)
        self.columns: dict[str, QComboBox] = {}
        for i, role in enumerate(ROLES):
            combo = QComboBox(objectName=f"tradeMap_{role}")
            combo.currentIndexChanged.connect(lambda _i: self.analyse())
            label = self._role_name(role) + ("" if role in REQUIRED else self.tr(" (or amount)") if role == "price"
                                             else self.tr(" (optional)"))
            grid.addWidget(QLabel(label), i // 6 * 2, i % 6)
            grid.addWidget(combo, i // 6 * 2 + 1, i % 6)
            self.columns[role] = combo
        self.date_order = QComboBox(objectName="dateOrder")
        for order, example in zip(DATE_ORDERS, ("2024-03-01", "01.03.2024", "03/01/2024")):
            self.date_order.addItem(f"{order} ({example})", order)
        self.decimal = QComboBox(objectName="decimalSeparator")
        self.decimal.addItem(self.tr("Point (1,234.56)"), ".")
        self.decimal.addItem(self.tr("Comma (1.234,56 and 70,50)"), ",")
        self.save_preset = QPushButton(self.tr("Save as preset…"), objectName="savePreset")
        self.save_preset.clicked.connect(self._save_preset)
        for combo in (self.date_order, self.decimal):
            combo.currentIndexChanged.connect(lambda _i: self.analyse())
        options = QHBoxLayout()
        options.addWidget(QLabel(self.tr("Date order")))
        options.addWidget(self.date_order)
        options.addWidget(QLabel(self.tr("Decimal separator")))
        options.addWidget(self.decimal)
        options.addStretch(1)
        options.addWidget(self.save_preset)
        grid.addLayout(options, 4, 0, 1, 6)
        self.mapping_box.setVisible(False)
        self.extra.addWidget(self.mapping_box)

        self.duplicates = QCheckBox(self.tr("Import possible duplicates too (rows equal to a stored "
                                            "activity except for their note)"), objectName="includeDuplicates")
        self.duplicates.toggled.connect(lambda _on: self.analyse())
        self.record_splits = QCheckBox(self.tr("Record the splits the statement reports"), objectName="recordSplits")
        self.record_splits.setEnabled(False)
        self.record_splits.toggled.connect(lambda _on: self.analyse())
        self.account = QComboBox(objectName="importAccount")
        for account in tracker.accounts():
            self.account.addItem(i18n.account_name(account), account.id)
        self.account.setCurrentIndex(max(self.account.findData(tracker.account_named(None).id), 0))
        self.account.currentIndexChanged.connect(lambda _i: self.analyse())
        options = QHBoxLayout()
        options.addWidget(self.duplicates, 1)
        options.addWidget(self.record_splits)
        options.addWidget(QLabel(self.tr("Rows that name no account go to")))
        options.addWidget(self.account)
        self.extra.addLayout(options)

        self.read_table = QTableWidget(objectName="readPreview")
        self.read_table.setAccessibleName(QCoreApplication.translate("ImportDialog", "Preview of the file"))
        self.read_table.setColumnCount(4)
        self.read_table.setHorizontalHeaderLabels([self.tr("Line"), self.tr("What happens"),
                                                   self.tr("Activity"), self.tr("Account")])
        self.read_table.verticalHeader().setVisible(False)
        self.read_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.read_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.read_label = QLabel(self.tr("Rows as they will be read:"))
        layout = self.layout()
        at = layout.indexOf(self.summary)
        layout.insertWidget(at, self.read_label)
        layout.insertWidget(at + 1, self.read_table, 2)
        self.resize(900, 720)

    def _role_name(self, role: str) -> str:
        names = {"date": self.tr("Date"), "time": self.tr("Time"), "symbol": self.tr("Symbol"),
                 "side": self.tr("Side"), "quantity": self.tr("Quantity"), "price": self.tr("Price"),
                 "fee": self.tr("Fee"), "tax": self.tr("Tax"), "currency": self.tr("Currency"),
                 "amount": self.tr("Amount"), "account": self.tr("Account"), "note": self.tr("Note")}
        return names[role]

    # --- presets ------------------------------------------------------------------------------------
    def _fill_presets(self, select: str | None = None) -> None:
        self.format.blockSignals(True)
        while self.format.count() > 1:
            self.format.removeItem(1)
        try:
            saved = presets.load_all()
        except TrackerError:
            saved = {}
        for name in sorted(saved):
            self.format.addItem(self.tr("Preset: {0}").format(name), name)
        self.format.addItem(self.tr("Map the columns…"), MAPPED)
        if select is not None:
            self.format.setCurrentIndex(max(self.format.findData(select), 0))
        self.format.blockSignals(False)

    def _format_changed(self, _index: int) -> None:
        chosen = self.format.currentData()
        if chosen not in (AUTO, MAPPED):
            try:
                self._show_mapping(presets.get(chosen))
            except TrackerError as exc:          # the presets file changed or went meanwhile
                self._show_errors([FieldError("preset", str(exc).removeprefix("preset: "))])
                return
        self.mapping_box.setVisible(chosen != AUTO)
        self.analyse()

    def _show_mapping(self, mapping: Mapping) -> None:
        for role, combo in self.columns.items():
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(mapping.columns.get(role, "")), 0))
            combo.blockSignals(False)
        for combo, value in ((self.date_order, mapping.date_order), (self.decimal, mapping.decimal)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)

    def mapping(self) -> Mapping | None:
        if self.format.currentData() == AUTO:
            return None
        return Mapping({role: combo.currentData() for role, combo in self.columns.items() if combo.currentData()},
                       self.date_order.currentData(), self.decimal.currentData(),
                       self.format.currentData() if self.format.currentData() != MAPPED else "")

    def _save_preset(self, name: str | None = None) -> None:
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Save preset"), self.tr("Name of this broker's mapping:"))
            if not ok:
                return
        mapping = self.mapping()
        try:
            saved = presets.save(Mapping(mapping.columns, mapping.date_order, mapping.decimal, name))
        except TrackerError as exc:
            errors = exc.errors if isinstance(exc, ValidationError) else [FieldError("preset", str(exc).removeprefix("preset: "))]
            self._show_errors(errors)
            return
        self._fill_presets(select=saved.name)
        self.analyse()

    # --- the file -----------------------------------------------------------------------------------
    def file_loaded(self) -> None:
        xml = self.text.lstrip("\ufeff \t\r\n").startswith(("<", "{"))
        self.preview.setVisible(not xml)
        self.preview_label.setVisible(not xml)
        header = [] if xml else (sniff_rows(self.text, 1) or [[]])[0]
        for role, combo in self.columns.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(none)"), "")
            for name in header:
                combo.addItem(name, name)
            combo.setCurrentIndex(next((i + 1 for i, n in enumerate(header) if n.strip().lower() == role), 0))
            combo.blockSignals(False)
        if self.format.currentData() not in (AUTO, MAPPED):
            try:
                self._show_mapping(presets.get(self.format.currentData()))
            except TrackerError:
                pass                             # gone meanwhile: the columns shown are used

    def analyse(self) -> None:
        self.request = None
        self.import_button.setEnabled(False)
        if not self.text and self.path is None:
            return
        mapping = self.mapping()
        report, errors = self.dry_run(lambda: self.tracker.import_trades(
            io.StringIO(self.text), dry_run=True, mapping=mapping, include_duplicates=self.duplicates.isChecked(),
            account=self.account.currentData(), record_splits=self.record_splits.isChecked()))
        self.record_splits.setEnabled(self.record_splits.isChecked() or bool(report and report.splits_offered))
        self._fill_read_table(report, errors)
        unknown_layout = mapping is None and any(e.field == "header" and "missing column" in e.message for e in errors)
        if unknown_layout:
            self.format_label.setText(self.tr("not Tracker's columns: choose “Map the columns…” or a preset"))
        elif report is not None and mapping is None:
            self.format_label.setText(self.tr("detected: {0}").format(self._format_name(report.format)))
        elif mapping is None:
            self.format_label.setText("")
        else:
            self.format_label.setText(self.tr("columns mapped below"))
        if errors or report is None:
            self.summary.setText("" if report is None else self.tr("{0} read.").format(self._rows(report.rows)))
            return
        self.summary.setText(self._summary(report))
        if report.added or report.corrected or report.removed:
            self.request = ImportRequest("trades", self.path, self.text, rows=report.rows, fmt=None,
                                         expected={"added": report.added, "skipped": report.skipped,
                                                   "trades_only": set(report.counts()) <= {"trades"}},
                                         mapping=mapping, include_duplicates=self.duplicates.isChecked(),
                                         account=self.account.currentData(),
                                         record_splits=self.record_splits.isChecked())
            self.import_button.setEnabled(True)

    def _format_name(self, fmt: str) -> str:
        names = {"ibkr-flex": self.tr("IBKR Flex statement"), "csv": self.tr("Tracker trade CSV"),
                 "export": self.tr("Tracker export (CSV)"), "json": self.tr("Tracker export (JSON)"),
                 "mapped": self.tr("mapped columns")}
        return names.get(fmt, fmt)

    def _summary(self, report) -> str:
        counts = report.counts()
        only_trades = set(counts) <= {"trades"} and all(kind_is_trade(e) for e in report.already)
        what = self.tr("trade") if only_trades else self.tr("activity")
        parts = []
        if report.duplicates:
            state = self.tr("imported") if report.include_duplicates else self.tr("skipped")
            found = len(report.duplicates)
            parts.append((self.tr("{0:,} possible duplicate ({1})") if found == 1 else
                          self.tr("{0:,} possible duplicates ({1})")).format(found, state))
        if report.not_imported:
            parts.append(self.tr("{0:,} not imported (other securities, cash)").format(len(report.not_imported)))
        if report.offered:
            offered = len(report.offered)
            parts.append((self.tr("{0:,} corporate action shown, not applied") if offered == 1 else
                          self.tr("{0:,} corporate actions shown, not applied")).format(offered))
        if report.corrected or report.removed:
            parts.append(self.tr("{0:,} imported before corrected, {1:,} removed (reversed)").format(
                len(report.corrected), len(report.removed)))
        if report.new_accounts:
            names = ", ".join(a.name for a in report.new_accounts)
            parts.append(self.tr("new account: {0}").format(names) if len(report.new_accounts) == 1
                         else self.tr("new accounts: {0}").format(names))
        tail = "; ".join(parts)
        tail = f"; {tail}" if tail else ""
        if not report.added:
            return self.tr("{0}: every {1} in this file is already imported ({2:,} skipped); "
                           "nothing to add{3}.").format(self._rows(report.rows), what, report.skipped, tail)
        kinds = ", ".join(self._kind_count(kind, n) for kind, n in counts.items())
        return self.tr("{0}: <b>{1} to add</b>, {2:,} already imported (skipped){3}.").format(
            self._rows(report.rows), kinds, report.skipped, tail)

    def _rows(self, count: int) -> str:
        return (self.tr("{0:,} row") if count == 1 else self.tr("{0:,} rows")).format(count)

    def _kind_count(self, kind: str, count: int) -> str:
        """"1 dividend", "3 trades": a count of one kind of record to add (`activity_import.KINDS`)."""
        one, many = {
            "trades": (self.tr("{0:,} trade"), self.tr("{0:,} trades")),
            "dividends": (self.tr("{0:,} dividend"), self.tr("{0:,} dividends")),
            "fees": (self.tr("{0:,} fee"), self.tr("{0:,} fees")),
            "conversions": (self.tr("{0:,} conversion"), self.tr("{0:,} conversions")),
            "corporate actions": (self.tr("{0:,} corporate action"), self.tr("{0:,} corporate actions")),
            "transfers": (self.tr("{0:,} transfer"), self.tr("{0:,} transfers")),
        }[kind]
        return (one if count == 1 else many).format(count)

    def _fill_read_table(self, report, errors: list[FieldError]) -> None:
        rows: list[tuple[int, str, str, str, str]] = []       # line, state, activity, account, colour
        if report is not None:
            duplicate = self.tr("possible duplicate: imported") if report.include_duplicates else \
                self.tr("possible duplicate: skipped")
            dup_ids = {id(e) for e in report.duplicates}
            for e in report.preview:
                if id(e) not in dup_ids:
                    rows.append((e.line, self.tr("add"), row_text(e.record), e.account, "gain"))
            rows += [(e.line, duplicate, row_text(e.record), e.account, "warn") for e in report.duplicates]
            rows += [(e.line, self.tr("already imported"), row_text(e.record), e.account, "") for e in report.already]
            rows += [(0, self.tr("corrects the stored {0}").format(row_text(old)), row_text(new), "", "warn")
                     for old, new in report.corrected]
            rows += [(0, self.tr("removes the stored entry (reversed)"), row_text(old), "", "warn")
                     for old, _ in report.removed]
            reason, what = messages.reason, messages.reason       # (the importers write English)
            rows += [(s.line, self.tr("not imported: {0}").format(reason(s.reason)), what(s.what), "", "")
                     for s in report.not_imported]
            rows += [(s.line, self.tr("cancelled: {0}").format(reason(s.reason)), what(s.what), "", "")
                     for s in report.cancelled]
            rows += [(s.line, self.tr("corporate action, not applied"), reason(s.reason), "", "warn")
                     for s in report.offered]
        rows += [(e.line or 0, self.tr("refused: {0}").format(messages.field_name(e.field)),
                  messages.reason(e.message), "", "loss") for e in errors]
        rows.sort(key=lambda r: r[0])
        rows = rows[:READ_ROWS]
        colours = {"gain": theme.gain_color(), "loss": theme.loss_color(), "warn": theme.warning_color()}
        self.read_table.setRowCount(len(rows))
        for r, (line, state, activity, account, colour) in enumerate(rows):
            for c, text in enumerate((str(line) if line else "", state, activity, account)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if c == 1 and colour:
                    item.setForeground(colours[colour])
                self.read_table.setItem(r, c, item)


def kind_is_trade(entry) -> bool:
    from tracker.domain.model import Trade
    return isinstance(entry.record, Trade)


def row_text(record) -> str:
    """One activity of a preview in words, as the command line's preview writes it in English
    (`2024-03-04 buy 20 BABA at 72.15 USD, fee 1.00`): amounts with their cents, quantities
    without trailing zeros."""
    from tracker.domain.model import Conversion, CorporateAction, Dividend, Fee, Trade, Transfer
    from tracker.domain.money import money_text, plain
    if isinstance(record, Trade):
        text = (tr("{day} buy {quantity} {symbol} at {price} {currency}, fee {fee}") if record.side == "buy" else
                tr("{day} sell {quantity} {symbol} at {price} {currency}, fee {fee}"))
        return text.format(day=record.trade_date, quantity=plain(record.quantity), symbol=record.symbol,
                           price=money_text(record.price), currency=record.currency, fee=money_text(record.fee))
    if isinstance(record, Dividend):
        return tr("{day} dividend {symbol} {gross} {currency}, withholding {withholding}").format(
            day=record.pay_date, symbol=record.symbol, gross=money_text(record.gross), currency=record.currency,
            withholding=money_text(record.withholding))
    if isinstance(record, Fee):
        return tr("{day} fee {symbol} {amount} {currency}").format(
            day=record.fee_date, symbol=record.symbol, amount=money_text(record.amount), currency=record.currency)
    if isinstance(record, Conversion):
        return tr("{day} conversion of {quantity} {symbol} to {other}").format(
            day=record.conversion_date, quantity=plain(record.quantity), symbol=record.from_symbol,
            other=record.to_symbol)
    if isinstance(record, CorporateAction):
        return tr("{day} split of {symbol} x{factor}").format(day=record.effective, symbol=record.symbol,
                                                             factor=plain(record.factor))
    if isinstance(record, Transfer):
        return tr("{day} transfer of {quantity} {symbol}, fee {fee}").format(
            day=record.transfer_date, quantity=plain(record.quantity), symbol=record.symbol, fee=money_text(record.fee))
    return str(record)
