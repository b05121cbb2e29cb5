"""Import dialogs for price files and trade files.

Choosing a file reads it once into memory and runs the facade's dry run on that text: the dialog
shows the detected format, the first rows of the file, how many rows would be added or updated, and
every error with its line. Import stays disabled while any error remains. The dialog writes
nothing; on Import it hands an `ImportRequest` to the window, which runs it on a worker thread.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QListWidget, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout)

from tracker.app.price_checks import MixedSeriesError
from tracker.domain.model import FieldError
from tracker.errors import TrackerError, ValidationError
from tracker.ui import file_dialogs, messages, theme
from tracker.ui import formatting
from tracker.ui.i18n import tr

PREVIEW_ROWS = 8
FORMAT_NAMES = {"yahoo": "Yahoo Finance", "stooq": "Stooq", "nasdaq": "Nasdaq",
                "investing": "Investing.com", "closes": QT_TRANSLATE_NOOP("", "Date and close only"),
                "generic": QT_TRANSLATE_NOOP("", "Generic (columns mapped below)")}
ROLE_NAMES = {"date": QT_TRANSLATE_NOOP("", "Date"), "time": QT_TRANSLATE_NOOP("", "Time"),
              "open": QT_TRANSLATE_NOOP("", "Open"), "high": QT_TRANSLATE_NOOP("", "High"),
              "low": QT_TRANSLATE_NOOP("", "Low"), "close": QT_TRANSLATE_NOOP("", "Close"),
              "volume": QT_TRANSLATE_NOOP("", "Volume")}
TITLES = (QT_TRANSLATE_NOOP("", "Import prices"), QT_TRANSLATE_NOOP("", "Import trades"))
# file names vendors give exchange-rate histories: Yahoo `HKD=X`, `USDHKD=X`; Stooq `usdhkd`
FX_FILE_NAMES = {"USDHKD": ("HKD=X", "USDHKD"), "USDCNY": ("CNY=X", "USDCNY")}
ROLES = ("date", "time", "open", "high", "low", "close", "volume")
OPTIONAL_ROLES = ("time", "volume")
CSV_FILTER = QT_TRANSLATE_NOOP("", "CSV files (*.csv *.txt);;All files (*)")


@dataclass
class ImportRequest:
    """What to import: the file's text as read when it was previewed (so the import, and a later
    redo, see exactly what the user saw), and for prices the listing, format and column mapping."""
    kind: str                         # "prices" or "trades"
    path: Path
    text: str
    symbol: str | None = None
    fmt: str | None = None
    mapping: object | None = None     # prices: role -> column; trades: importers.mapped.Mapping
    rows: int = 0
    expected: dict = field(default_factory=dict)   # the dry run's counts
    include_duplicates: bool = False               # trades: also import possible duplicates
    account: int | None = None                     # trades: the account of rows that name none
    record_splits: bool = False                    # trades: record the splits a statement reports
    replace: bool = False                          # prices: replace stored bars that would not mix

    def source(self) -> io.StringIO:
        return io.StringIO(self.text)


def sniff_rows(text: str, limit: int) -> list[list[str]]:
    """The first `limit` lines split as CSV (comma, or semicolons / tabs when the header uses them)."""
    lines = text.splitlines()[:limit]
    if not lines:
        return []
    counts = {sep: lines[0].count(sep) for sep in (",", ";", "\t")}
    delimiter = max(counts, key=counts.get) if max(counts.values()) else ","
    try:
        return [row for row in csv.reader(lines, delimiter=delimiter)]
    except csv.Error:           # not CSV at all (a statement on one long line): nothing to show
        return []


def guess_symbol(path: Path, symbols: list[str]) -> str | None:
    """`prices_9988HK_daily.csv` -> 9988.HK; `BABA.csv` -> BABA; `HKD=X.csv`, `usdhkd_d.csv` -> USDHKD."""
    upper = path.name.upper()
    for symbol, names in FX_FILE_NAMES.items():
        if symbol in symbols and any(n in upper.replace("_", "").replace("-", "") for n in names):
            return symbol
    name = upper.replace(".", "").replace("_", "").replace("-", "")
    for s in sorted(symbols, key=len, reverse=True):
        if s.upper().replace(".", "") in name:
            return s
    return None


class ImportDialog(QDialog):
    """Common parts: the file row, the raw preview, the summary and the error list."""

    kind = ""
    title = ""
    file_filter = CSV_FILTER

    def __init__(self, tracker, parent=None, start_dir: str = ""):
        super().__init__(parent)
        self.tracker = tracker
        self.start_dir = start_dir
        self.setWindowTitle(tr(self.title))
        self.path: Path | None = None
        self.text = ""
        self.errors: list[FieldError] = []
        self.request: ImportRequest | None = None

        self.path_edit = QLineEdit(objectName="importPath")
        self.path_edit.setAccessibleName(self.tr("File to import"))
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(tr("Choose a CSV file…"))
        self.choose = QPushButton(tr("&Choose…"), objectName="chooseFile")
        self.choose.clicked.connect(self._choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.choose)

        self.form = QFormLayout()
        self.form.addRow(tr("File"), file_row)
        self.format_label = QLabel(objectName="detectedFormat")

        self.preview = QTableWidget(objectName="importPreview")
        self.preview.setAccessibleName(self.tr("Preview of the file"))
        self.preview.setTabKeyNavigation(False)
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().setVisible(True)
        self.preview.setMinimumHeight(180)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.summary = QLabel(objectName="importSummary")
        self.summary.setWordWrap(True)
        self.error_title = QLabel(objectName="errorTitle")
        self.error_list = QListWidget(objectName="importErrors")
        self.error_list.setMinimumHeight(90)
        self.error_list.setWordWrap(True)          # a long reason reads whole, not behind a scroll bar
        self.error_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self._on_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        self.extra = QVBoxLayout()
        layout.addLayout(self.extra)
        self.preview_label = QLabel(tr("First rows of the file:"))
        layout.addWidget(self.preview_label)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.error_title)
        layout.addWidget(self.error_list)
        layout.addWidget(self.buttons)
        self.resize(760, 560)
        self._show_errors([])

    # --- file -------------------------------------------------------------------------------------
    def _choose_file(self) -> None:
        path = file_dialogs.open_file_name(self, tr(self.title), self.start_dir, tr(self.file_filter))
        if path:
            self.set_path(Path(path))

    def set_path(self, path: Path) -> None:
        """Read the file, show its first rows and analyse it."""
        self.path = Path(path)
        self.path_edit.setText(str(self.path))
        try:
            self.text = self.tracker.read_import_file(self.path)
        except TrackerError as exc:
            self.text = ""
            self._fill_preview([])
            self._show_errors(exc.errors if isinstance(exc, ValidationError) else [FieldError("file", str(exc).removeprefix("file: "))])
            self.import_button.setEnabled(False)
            return
        self._fill_preview(sniff_rows(self.text, PREVIEW_ROWS + 1))
        self.file_loaded()
        self.analyse()

    def file_loaded(self) -> None:
        """Hook: a new file was read (prices: guess the listing, offer the columns for mapping)."""

    def _fill_preview(self, rows: list[list[str]]) -> None:
        self.preview.clear()
        if not rows:
            self.preview.setRowCount(0)
            self.preview.setColumnCount(0)
            return
        header, body = rows[0], rows[1:]
        width = max(len(r) for r in rows)
        self.preview.setColumnCount(width)
        self.preview.setHorizontalHeaderLabels(header + [""] * (width - len(header)))
        self.preview.setRowCount(len(body))
        self.preview.setVerticalHeaderLabels([str(i + 2) for i in range(len(body))])  # file lines
        for r, row in enumerate(body):
            for c, cell in enumerate(row):
                self.preview.setItem(r, c, QTableWidgetItem(cell))

    # --- analysis ---------------------------------------------------------------------------------
    def analyse(self) -> None:
        """Dry run through the facade; fills the summary and the errors, enables Import."""
        raise NotImplementedError

    def _show_errors(self, errors: list[FieldError]) -> None:
        self.errors = list(errors)
        self.error_list.clear()
        for e in errors:
            self.error_list.addItem(messages.error_line(e))
        count = len(errors)
        text = (tr("{count} problem — fix the file and choose it again; nothing is imported while any remain:")
                if count == 1 else
                tr("{count} problems — fix the file and choose it again; nothing is imported while any remain:"))
        self.error_title.setText(text.format(count=formatting.count(count)) if count else "")
        self.error_title.setStyleSheet(f"color: {theme.error_color().name()}; font-weight: bold;")
        self.error_title.setVisible(bool(count))
        self.error_list.setVisible(bool(count))

    def dry_run(self, run) -> tuple[object | None, list[FieldError]]:
        """The report of the facade's dry run `run()` and its errors (shown in the list); a refused
        file still gives the report the refusal carries (detected format, counts)."""
        report, errors = None, []
        self.refusal = None
        try:
            report = run()
        except ValidationError as exc:
            errors = exc.errors
            report = getattr(exc, "report", None)
            self.refusal = exc
        except TrackerError as exc:
            errors = [FieldError("file", str(exc).removeprefix("file: "))]
        self._show_errors(errors)
        return report, errors

    def _on_import(self) -> None:
        if self.request is not None and not self.errors:
            self.accept()


class PriceImportDialog(ImportDialog):
    kind = "prices"
    title = "Import prices"

    def __init__(self, tracker, parent=None, start_dir: str = "", symbol: str | None = None):
        super().__init__(tracker, parent, start_dir)
        self.setObjectName("priceImportDialog")
        series = [i for i in tracker.price_series() if i.kind != "INDEX"]     # benchmarks: below
        self.symbols = [i.symbol for i in series]     # the listings first, then exchange rates
        self.symbol = QComboBox(objectName="importSymbol")
        for inst in series:
            label = (f"{inst.symbol} — {tr(inst.name)}" if inst.kind == "FX"
                     else f"{inst.symbol} — {inst.exchange}, {inst.currency}")
            self.symbol.addItem(label, inst.symbol)
        self._add_benchmark_items()
        if symbol in self.symbols:
            self.symbol.setCurrentIndex(self.symbols.index(symbol))
        self.format = QComboBox(objectName="importFormat")
        self.format.addItem(tr("Detect from the header"), None)
        for key, name in FORMAT_NAMES.items():
            self.format.addItem(tr(name), key)
        fmt_row = QHBoxLayout()
        fmt_row.addWidget(self.format)
        fmt_row.addWidget(self.format_label, 1)
        self.form.addRow(tr("Series"), self.symbol)
        self.form.addRow(tr("Format"), fmt_row)

        self.mapping_box = QGroupBox(tr("Columns (generic format)"))
        grid = QGridLayout(self.mapping_box)
        self.mapping: dict[str, QComboBox] = {}
        for i, role in enumerate(ROLES):
            combo = QComboBox(objectName=f"map_{role}")
            grid.addWidget(QLabel(tr(ROLE_NAMES[role]) + ("" if role not in OPTIONAL_ROLES else tr(" (optional)"))),
                           i // 4 * 2, i % 4)
            grid.addWidget(combo, i // 4 * 2 + 1, i % 4)
            combo.currentIndexChanged.connect(lambda _i: self.analyse())
            self.mapping[role] = combo
        self.mapping_box.setVisible(False)
        self.extra.addWidget(self.mapping_box)
        # offered when the file's closes would not mix with the stored ones: those may be the wrong ones
        self.replace = QCheckBox(tr("Replace the stored bars with the file's: the file is of this series and "
                                    "the stored ones are wrong"),
                                 objectName="importReplace")
        self.replace.setVisible(False)
        self.replace.toggled.connect(lambda _on: self.analyse())
        self.extra.addWidget(self.replace)

        self.symbol.currentIndexChanged.connect(self._symbol_changed)
        self.format.currentIndexChanged.connect(self._format_changed)
        self._last_symbol = self.symbol.currentData()

    # --- benchmarks: series of their own, added from here ------------------------------------------
    def _add_benchmark_items(self) -> None:
        for inst in self.tracker.benchmarks():
            self.symbols.append(inst.symbol)
            self.symbol.addItem(tr("{symbol} — benchmark, {currency}").format(symbol=inst.symbol, currency=inst.currency),
                                inst.symbol)
        self.symbol.insertSeparator(self.symbol.count())
        self.symbol.addItem(tr("New benchmark…"), NEW_BENCHMARK)

    def _symbol_changed(self, _index: int) -> None:
        if self.symbol.currentData() != NEW_BENCHMARK:
            self._last_symbol = self.symbol.currentData()
            self.analyse()
            return
        dialog = BenchmarkDialog(self.tracker, self)
        added = dialog.exec() == QDialog.DialogCode.Accepted and dialog.added is not None
        self.symbol.blockSignals(True)
        if added:
            inst = dialog.added
            at = self.symbol.count() - 2          # before the separator and "New benchmark…"
            self.symbols.append(inst.symbol)
            self.symbol.insertItem(at, tr("{symbol} — benchmark, {currency}").format(symbol=inst.symbol,
                                                                                      currency=inst.currency), inst.symbol)
            self.symbol.setCurrentIndex(at)
            self._last_symbol = inst.symbol
        else:
            self.symbol.setCurrentIndex(max(self.symbol.findData(self._last_symbol), 0))
        self.symbol.blockSignals(False)
        self.analyse()

    def file_loaded(self) -> None:
        guessed = guess_symbol(self.path, self.symbols)
        if guessed:
            self.symbol.blockSignals(True)
            self.symbol.setCurrentIndex(self.symbols.index(guessed))
            self.symbol.blockSignals(False)
        header = (sniff_rows(self.text, 1) or [[]])[0]
        for role, combo in self.mapping.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(tr("(none)"), "")
            for name in header:
                combo.addItem(name, name)
            match = next((i + 1 for i, n in enumerate(header) if n.strip().lower() == role), 0)
            combo.setCurrentIndex(match)
            combo.blockSignals(False)

    def _format_changed(self, _index: int) -> None:
        self.mapping_box.setVisible(self.format.currentData() == "generic")
        self.analyse()

    def _mapping(self) -> dict[str, str] | None:
        if self.format.currentData() != "generic":
            return None
        return {role: combo.currentData() for role, combo in self.mapping.items() if combo.currentData()}

    def analyse(self) -> None:
        self.request = None
        self.import_button.setEnabled(False)
        if not self.text and self.path is None:
            return
        symbol, fmt, mapping = self.symbol.currentData(), self.format.currentData(), self._mapping()
        replace = self.replace.isChecked()
        report, errors = self.dry_run(lambda: self.tracker.import_prices(
            io.StringIO(self.text), symbol, fmt=fmt, mapping=mapping, dry_run=True, replace=replace))
        stored_typo = report is not None and report.jumps is not None and any(j.odd_stored for j in report.jumps.jumps)
        self.replace.setVisible(replace or stored_typo or isinstance(self.refusal, MixedSeriesError))
        detected = report.format if report is not None else ""
        unrecognised = any(e.field == "header" and "not recognised" in e.message for e in errors)
        if detected and fmt is None:
            self.format_label.setText(tr("detected: {format}").format(format=tr(FORMAT_NAMES.get(detected, detected))))
        elif unrecognised:
            self.format_label.setText(tr("not recognised — choose a format, or Generic to map the columns"))
        else:
            self.format_label.setText("")
        if errors or report is None:
            self.summary.setText("" if report is None else tr("{rows} rows read.").format(rows=formatting.count(report.rows)))
            return
        span = tr(" from {first} to {last}").format(first=report.first, last=report.last) if report.first else ""
        self.summary.setText(tr("{rows} rows of {symbol}{span}: <b>{added} to add</b>, <b>{updated} to update</b> "
                                "(bars already stored for those dates are replaced).").format(
            rows=formatting.count(report.rows), symbol=symbol, span=span, added=formatting.count(report.added),
            updated=formatting.count(report.updated))
            + ("<br>⚠ " + tr("This looks like a yfinance file (history() or download()) with their default "
                              "auto_adjust=True: prices adjusted for dividends and splits, where Tracker keeps "
                              "raw prices (past closes would read lower than they traded). auto_adjust=False or "
                              "Yahoo's own download gives the raw ones.") if report.looks_adjusted else "")
            + ("<br>" + tr("{count} stored bars in the file's range that it does not hold are removed.").format(
                count=formatting.count(report.removed)) if report.removed else "")
            + "".join("<br>⚠ " + line for line in jump_lines(report.jumps)))
        self.request = ImportRequest("prices", self.path, self.text, symbol, fmt, mapping, report.rows,
                                     {"added": report.added, "updated": report.updated,
                                      "format": report.format}, replace=replace)
        self.import_button.setEnabled(True)


def jump_lines(found) -> list[str]:
    """The closes out of line with their neighbours (`app.price_jumps`), in the user's language."""
    if found is None:
        return []
    lines = []
    for jump in found.jumps:
        factor = jump.ratio if jump.ratio >= 1 else 1 / jump.ratio
        shown = formatting.number(factor, 1).removesuffix(".0")
        values = {"line": jump.line, "close": formatting.number(jump.close, 2), "day": jump.day,
                  "other": formatting.number(jump.other, 2), "other_day": jump.other_day, "times": shown}
        where = tr("Line {line}: ").format(**values) if jump.line is not None else ""
        up = jump.ratio >= 1
        if jump.odd_stored:
            values["after"] = formatting.number(jump.after, 2)
            text = (tr("the stored close {close} on {day} is {times}× the close before it ({other} on "
                       "{other_day}) and the one after it ({after}), and the file leaves it in place: a typo "
                       "in the stored bars? Tick Replace to remove it.") if up else
                    tr("the stored close {close} on {day} is 1/{times} of the close before it ({other} on "
                       "{other_day}) and the one after it ({after}), and the file leaves it in place: a typo "
                       "in the stored bars? Tick Replace to remove it."))
        elif jump.lone:
            values["after"] = formatting.number(jump.after, 2)
            text = (tr("close {close} on {day} is {times}× the close before it ({other} on {other_day}) "
                       "and the one after it ({after}): a typo?") if up else
                    tr("close {close} on {day} is 1/{times} of the close before it ({other} on "
                       "{other_day}) and the one after it ({after}): a typo?"))
        elif jump.other_after:
            text = (tr("close {close} on {day} is {times}× the stored close after it ({other} on "
                       "{other_day}): another listing's prices, or adjusted for a split?") if up else
                    tr("close {close} on {day} is 1/{times} of the stored close after it ({other} on "
                       "{other_day}): another listing's prices, or adjusted for a split?"))
        elif jump.stored:
            text = (tr("close {close} on {day} is {times}× the stored close before it ({other} on "
                       "{other_day}): another listing's prices, or adjusted for a split?") if up else
                    tr("close {close} on {day} is 1/{times} of the stored close before it ({other} on "
                       "{other_day}): another listing's prices, or adjusted for a split?"))
        else:
            text = (tr("close {close} on {day} is {times}× the close before it ({other} on {other_day}): "
                       "another listing's prices, or adjusted for a split?") if up else
                    tr("close {close} on {day} is 1/{times} of the close before it ({other} on "
                       "{other_day}): another listing's prices, or adjusted for a split?"))
        lines.append(where + text.format(**values))
    if found.more:
        lines.append(tr("and {count} more as far from the close before them").format(count=formatting.count(found.more)))
    for spike in found.spikes:
        ratio = spike.value / spike.close
        factor = formatting.number(ratio if ratio >= 1 else 1 / ratio, 1).removesuffix(".0")
        values = {"value": formatting.number(spike.value, 2), "day": spike.day,
                  "close": formatting.number(spike.close, 2), "times": factor}
        where = tr("Line {line}: ").format(line=spike.line) if spike.line is not None else ""
        text = (tr("high {value} on {day} is {times}× the day's close ({close}): a typo?") if spike.field == "high"
                else tr("low {value} on {day} is 1/{times} of the day's close ({close}): a typo?"))
        lines.append(where + text.format(**values))
    if lines:
        lines[-1] += " " + tr("(imported all the same: check the file)")
    return lines


NEW_BENCHMARK = "\0new-benchmark"


class BenchmarkDialog(QDialog):
    """A new benchmark series: symbol, name and currency, checked as typed; Add writes it."""

    def __init__(self, tracker, parent=None):
        super().__init__(parent)
        self.setObjectName("benchmarkDialog")
        self.setWindowTitle(tr("New benchmark"))
        self.tracker = tracker
        self.added = None
        self.symbol = QLineEdit(objectName="benchmarkSymbol", placeholderText="SPY, KWEB, ^HSI, 2800.HK")
        self.name = QLineEdit(objectName="benchmarkName", placeholderText="SPDR S&P 500 ETF")
        self.currency = QLineEdit("USD", objectName="benchmarkCurrency")
        self.message = QLabel(objectName="benchmarkError")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("Symbol"), self.symbol)
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("Currency"), self.currency)
        intro = QLabel(tr("An index or ETF to compare your holding with. Import its daily prices like a "
                          "listing's (any supported format); the position view then shows your TWR "
                          "against it."))
        intro.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = self.buttons.addButton(tr("&Add"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setObjectName("benchmarkAdd")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        for edit in (self.symbol, self.name, self.currency):
            edit.textChanged.connect(self.check)
        self.check()

    def check(self) -> list[FieldError]:
        from tracker.domain.series import benchmark
        _, errors = benchmark(self.symbol.text(), self.name.text(), self.currency.text())
        known = {i.symbol for i in self.tracker.instruments()} | {b.symbol for b in self.tracker.benchmarks()}
        if not errors and self.symbol.text().strip().upper() in known:
            errors = [FieldError("symbol", f"{self.symbol.text().strip().upper()} is already a series")]
        shown = [e for e in errors if e.field != "symbol" or self.symbol.text()]
        self.message.setText("; ".join(messages.error_line(e) for e in shown))
        self.message.setStyleSheet(f"color: {theme.error_color().name()};")
        self.add_button.setEnabled(not errors)
        return errors

    def save(self) -> None:
        if self.check():
            return
        try:
            self.added = self.tracker.add_benchmark(self.symbol.text(), self.name.text(), self.currency.text())
        except TrackerError as exc:
            self.message.setText(messages.error_text(exc))
            return
        self.accept()
