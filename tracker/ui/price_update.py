"""File ▸ Update prices: the update on a worker thread (tasks.py) behind a progress dialog with
Cancel, then the views refreshed, a question when the new bars look adjusted, and the dividends
the provider reported offered with checkboxes (none is recorded unless ticked). Also the dialog
for the providers' settings.
"""
from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox,
                               QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget)

from tracker.app.price_checks import AdjustedMixError, MixedSeriesError
from tracker.app.price_update import (DEFAULT_URLS, DIVIDEND, ENV_VARS, PROVIDER_NAMES, PROVIDERS,
                                      OnlineSettings, UpdateReport)
from tracker.domain.model import CorporateAction
from tracker.errors import TrackerError
from tracker.ui import formatting as fmt
from tracker.ui import messages
from tracker.ui.i18n import tr


class ProviderEventsDialog(QDialog):
    """The dividends and splits a provider reported: tick the ones to record."""

    def __init__(self, report: UpdateReport, suggestions: list, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("providerEventsDialog")
        self.setWindowTitle(tr("Dividends and splits reported"))
        self.setMinimumWidth(560)
        intro = QLabel(tr("{provider} reported these events. Nothing has been recorded: tick the dividends you "
                          "received and the splits that happened; you can correct a dividend's amount and pay date "
                          "afterwards (double-click the row). Feeds have mislabelled Alibaba's ADS events before, so "
                          "check each one against your broker's statement.").format(provider=PROVIDER_NAMES[report.provider]))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        self.boxes: list[tuple[QCheckBox, object]] = []
        for event, dividend in suggestions:
            if isinstance(dividend, CorporateAction):
                text = event_text(event) + "\n    " + tr("record it: each {symbol} unit held before {day} becomes {factor}").format(
                    symbol=event.symbol, day=dividend.effective, factor=f"{dividend.factor:f}")
            elif dividend is not None:
                text = event_text(event) + "\n    " + tr("record {amount} gross, dated {day}").format(
                    amount=fmt.money(dividend.gross, dividend.currency), day=dividend.pay_date)
            elif event.kind == DIVIDEND:
                text = event_text(event) + "\n    " + tr("you held no {symbol} the day before: nothing to record").format(
                    symbol=event.symbol)
            else:
                text = event_text(event) + "\n    " + tr("not a split Tracker can record")
            box = QCheckBox(text)
            box.setObjectName("eventChoice")
            box.setEnabled(dividend is not None)
            layout.addWidget(box)
            self.boxes.append((box, dividend))
        buttons = QDialogButtonBox()
        self.add_button = buttons.addButton(tr("Record ticked events"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setObjectName("recordDividends")
        buttons.addButton(tr("Not now"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for box, _ in self.boxes:
            box.toggled.connect(self._update_button)
        self._update_button()
        self.adjustSize()

    def _update_button(self) -> None:
        self.add_button.setEnabled(bool(self.chosen()))

    def chosen(self) -> list:
        return [dividend for box, dividend in self.boxes if box.isChecked() and dividend is not None]


class ProviderSettingsDialog(QDialog):
    """The provider to use, each provider's base URL (blank: its public address), the timeout and
    whether the window updates prices when it opens. Stored in the database file."""

    def __init__(self, settings: OnlineSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("providerSettingsDialog")
        self.setWindowTitle(tr("Price providers"))
        self.setMinimumWidth(520)
        self.provider = QComboBox(objectName="settingsProvider")
        for name in PROVIDERS:
            self.provider.addItem(PROVIDER_NAMES[name], name)
        self.provider.setCurrentIndex(self.provider.findData(settings.provider))
        self.urls = {}
        form = QFormLayout()
        form.addRow(tr("Provider"), self.provider)
        for name in PROVIDERS:
            edit = QLineEdit(getattr(settings, f"{name}_url"), objectName=f"settings_{name}_url")
            edit.setPlaceholderText(DEFAULT_URLS[name])
            edit.setToolTip(tr("Scheme, host and port of a mirror or proxy; blank for {url}. The environment "
                               "variable {variable} overrides it.").format(url=DEFAULT_URLS[name], variable=ENV_VARS[name]))
            self.urls[name] = edit
            form.addRow(tr("{provider} URL").format(provider=PROVIDER_NAMES[name]), edit)
        self.timeout = QDoubleSpinBox(objectName="settingsTimeout")
        self.timeout.setRange(1, 300)
        self.timeout.setSuffix(tr(" s"))
        self.timeout.setValue(settings.timeout)
        form.addRow(tr("Timeout"), self.timeout)
        self.on_start = QCheckBox(tr("Update prices when Tracker opens"), objectName="settingsOnStart")
        self.on_start.setChecked(settings.update_on_start)
        form.addRow("", self.on_start)
        self.error = QLabel(objectName="settingsError")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def settings(self) -> OnlineSettings:
        return OnlineSettings(provider=self.provider.currentData(),
                              yahoo_url=self.urls["yahoo"].text().strip(),
                              stooq_url=self.urls["stooq"].text().strip(),
                              timeout=self.timeout.value(), update_on_start=self.on_start.isChecked())

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()


class PriceUpdates:
    """The window's side of updates: starts them, reports their outcome, shows freshness."""

    def __init__(self, window):
        self.window = window
        self.last_report: UpdateReport | None = None
        self.events_dialog: ProviderEventsDialog | None = None

    def start(self, symbols: list[str] | None = None, allow_adjusted: bool = False):
        """Run an update on a worker thread; returns the Task (None while another one runs)."""
        w = self.window
        if not w._may_change():         # busy, or open read-only (it says so)
            return None
        updates = w.tracker.price_updates
        provider = updates.settings().provider
        names = symbols or sorted(updates.all_series())

        def work(progress, should_cancel):
            return updates.update(symbols, progress=progress, should_cancel=should_cancel,
                                  allow_adjusted=allow_adjusted)

        from tracker.ui.tasks import start_task
        w.set_busy(True)
        w.current_task = start_task(
            work, w, tr("Update prices"), tr("Fetching {series} from {provider}").format(series=", ".join(names), provider=provider),
            on_succeeded=self._done,
            on_failed=lambda exc: self._failed(exc, symbols),
            on_cancelled=self._cancelled)
        return w.current_task

    def _done(self, report: UpdateReport) -> None:
        w = self.window
        if not w._task_over():
            return
        self.last_report = report
        self.refresh_views()
        counts = ", ".join(tr("{symbol} {added} added, {updated} updated").format(
            symbol=s.symbol, added=fmt.count(s.added), updated=fmt.count(s.updated)) for s in report.series)
        w.statusBar().showMessage(tr("Prices from {provider}: {counts}").format(provider=report.provider, counts=counts), 10000)
        if report.events:
            self.offer_events(report)

    def refresh_views(self) -> None:
        """The views, then each dock in an event-loop turn of its own, so no single step holds
        the window for long (each of the three takes some tens of milliseconds)."""
        w = self.window
        w.apply_changes(w.tracker.poll())          # the docks follow in turns of their own

    def _failed(self, exc: BaseException, symbols: list[str] | None) -> None:
        w = self.window
        if not w._task_over():
            return
        if isinstance(exc, MixedSeriesError):
            question = (tr("Replace the stored bars with the provider's anyway? Mixing adjusted and raw closes "
                           "shifts old returns and reactions.") if isinstance(exc, AdjustedMixError) else
                        tr("Replace the stored bars with the provider's anyway?"))
            if w.confirm(tr("Replace stored prices?"), messages.error_text(exc) + ".\n\n" + question):
                self.start(symbols, allow_adjusted=True)
            else:
                w.statusBar().showMessage(tr("Update refused: the stored prices are as they were"), 8000)
            return
        if isinstance(exc, TrackerError):
            w.show_error(tr("Update failed"), tr("Nothing was written.") + "\n\n" + messages.error_text(exc))
            return
        w.show_error(tr("Update failed"), tr("Nothing was written: unexpected {error}").format(error=f"{type(exc).__name__}: {exc}"))
        raise exc

    def _cancelled(self) -> None:
        w = self.window
        if not w._task_over():
            return
        w.statusBar().showMessage(tr("Update cancelled: the database is as it was"), 8000)

    def offer_events(self, report: UpdateReport) -> ProviderEventsDialog:
        w = self.window
        updates = w.tracker.price_updates
        suggestions = [(e, updates.suggestion(e)) for e in report.events]
        dialog = self.events_dialog = ProviderEventsDialog(report, suggestions, w)
        dialog.accepted.connect(lambda: self._record(dialog.chosen()))
        dialog.open()
        return dialog

    def _record(self, chosen: list) -> None:
        w = self.window
        try:
            for entry in chosen:
                if isinstance(entry, CorporateAction):
                    w.tracker.add_split(entry)      # kept; `tracker splits delete ID` removes it
                    w._after_change()
                else:
                    w._added(w.tracker.add_dividend(entry))
        except TrackerError as exc:
            w.show_error(tr("Cannot record the event"), messages.error_text(exc))

    def edit_settings(self) -> ProviderSettingsDialog | None:
        w = self.window
        if not w._may_change():         # busy, or open read-only (it says so)
            return None
        updates = w.tracker.price_updates
        dialog = ProviderSettingsDialog(updates.settings(), w)

        def save() -> None:
            try:
                updates.save_settings(dialog.settings())
            except TrackerError as exc:
                dialog.show_error(messages.error_text(exc))
                dialog.open()              # stay on the form, the error beside it
                return
            w.statusBar().showMessage(tr("Price provider settings saved"), 5000)

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    def on_startup(self) -> None:
        """Update at start-up when the user turned that on (never otherwise)."""
        if self.window.tracker.price_updates.settings().update_on_start:
            self.start()




def event_text(event) -> str:
    """A dividend or split a provider reported, as online.base's `describe` has it in English
    (`BABA dividend of 1.05 per unit, ex-date 2026-06-11`)."""
    if event.kind == DIVIDEND:
        return tr("{symbol} dividend of {amount} per unit, ex-date {day}").format(
            symbol=event.symbol, amount=f"{event.amount:g}", day=event.day)
    return tr("{symbol} split {numerator}:{denominator} on {day}").format(
        symbol=event.symbol, numerator=f"{event.numerator:g}", denominator=f"{event.denominator:g}", day=event.day)
