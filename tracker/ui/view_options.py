"""The bar above the summary cards (objectName `viewOptions`): the reporting period the cards' XIRR
and TWR cover, the cost method and the as-of date. They apply to the cards, the gains view and
the chart's cost line and position view, and are remembered in the settings."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QSettings, Signal
from PySide6.QtWidgets import QBoxLayout, QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from tracker.domain import periods
from tracker.ui.i18n import tr

PERIOD_CHOICES = ((periods.INCEPTION, QT_TRANSLATE_NOOP("", "Since inception")),
                  (periods.YTD, QT_TRANSLATE_NOOP("", "Year to date")),
                  (periods.ONE_YEAR, QT_TRANSLATE_NOOP("", "1 year")),
                  (periods.THREE_YEARS, QT_TRANSLATE_NOOP("", "3 years")),
                  (periods.FIVE_YEARS, QT_TRANSLATE_NOOP("", "5 years")),
                  (periods.CUSTOM, QT_TRANSLATE_NOOP("", "Custom range")))


def period_name(period: periods.Period) -> str:
    """A reporting period as the period picker names it, in the user's language; a custom range
    by its dates."""
    if period.key == periods.CUSTOM:
        return period.label
    return tr(dict(PERIOD_CHOICES)[period.key])


METHOD_CHOICES = (("fifo", "FIFO"), ("average", QT_TRANSLATE_NOOP("", "Moving average")))

PERIOD_TIP = (QT_TRANSLATE_NOOP("", "The period the cards' XIRR and TWR cover (Portfolio Performance's reporting periods): "
              "the value held at the end of the day before it starts counts as money put in on its "
              "first day, the value at its end as money taken out. YTD opens on 31 December, 1/3/5 "
              "years on the same date that many years before the as-of date. When nothing was held "
              "then, it starts at the first buy. Under a year nothing is annualized."))
METHOD_TIP = (QT_TRANSLATE_NOOP("", "How a sell's cost is found: FIFO closes the oldest lots first; moving average pools "
              "every lot at its average cost. It decides cost basis, realized P&L, the gains view "
              "and the chart's average-cost line."))
AS_OF_TIP = QT_TRANSLATE_NOOP("", "Show every figure as it stood at the end of this day (unticked: today).")


@dataclass(frozen=True)
class ViewOptions:
    period: str = periods.INCEPTION
    first: date | None = None        # a custom range's first and last day
    last: date | None = None
    method: str = "fifo"
    as_of: date | None = None        # None: today

    def reporting_period(self, today: date) -> periods.Period:
        end = self.as_of or today
        if self.period == periods.CUSTOM:
            first = self.first or periods.years_before(end, 1) + timedelta(days=1)
            last = min(self.last or end, end)
            return periods.custom(min(first, last), last)
        return periods.period(self.period, end)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class ViewOptionsBar(QWidget):
    changed = Signal()

    def __init__(self, today: date, parent=None):
        super().__init__(parent)
        self.setObjectName("viewOptions")
        self.today = today
        self.period = QComboBox(objectName="periodChoice")
        for key, label in PERIOD_CHOICES:
            self.period.addItem(tr(label), key)
        self.period.setToolTip(tr(PERIOD_TIP))
        self.first = QDateEdit(objectName="periodFirst", calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.last = QDateEdit(objectName="periodLast", calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.first.setToolTip(tr("The first day of the custom period."))
        self.last.setToolTip(tr("The last day of the custom period (at most the as-of date): every figure "
                                "of the cards is shown as it stood at its end."))
        self.to_label = QLabel(tr("to"))
        self.method = QComboBox(objectName="costMethod")
        for key, label in METHOD_CHOICES:
            self.method.addItem(tr(label), key)
        self.method.setToolTip(tr(METHOD_TIP))
        self.use_as_of = QCheckBox(tr("As of"), objectName="useAsOf")
        self.use_as_of.setToolTip(tr(AS_OF_TIP))
        self.as_of = QDateEdit(objectName="asOfDate", calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.as_of.setAccessibleName(self.tr("Figures as of"))
        self.as_of.setToolTip(tr(AS_OF_TIP))
        for edit in (self.first, self.last, self.as_of):
            edit.setMaximumDate(_qdate(today))
        self.first.setDate(_qdate(periods.years_before(today, 1)))
        self.last.setDate(_qdate(today))
        self.as_of.setDate(_qdate(today))
        # two groups, side by side or (set_stacked: in a narrow window's Position tab) one above the other
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(12)
        period_row, rest_row = QHBoxLayout(), QHBoxLayout()
        for row in (period_row, rest_row):
            row.setSpacing(6)
            self._layout.addLayout(row)
        period_row.addWidget(QLabel(tr("Returns over")))
        for w in (self.period, self.first, self.to_label, self.last):
            period_row.addWidget(w)
        rest_row.addWidget(QLabel(tr("Cost method")))
        rest_row.addWidget(self.method)
        rest_row.addSpacing(12)
        rest_row.addWidget(self.use_as_of)
        rest_row.addWidget(self.as_of)
        rest_row.addStretch(1)
        self._sync_enabled()
        for combo in (self.period, self.method):
            combo.currentIndexChanged.connect(self._edited)
        for edit in (self.first, self.last, self.as_of):
            edit.dateChanged.connect(self._edited)
        self.use_as_of.toggled.connect(self._edited)

    def set_stacked(self, stacked: bool) -> None:
        """The reporting period above the cost method and as-of date (half as wide)."""
        self._layout.setDirection(QBoxLayout.Direction.TopToBottom if stacked
                                  else QBoxLayout.Direction.LeftToRight)
        self._layout.setSpacing(4 if stacked else 12)

    def options(self) -> ViewOptions:
        custom = self.period.currentData() == periods.CUSTOM
        return ViewOptions(self.period.currentData(), _pydate(self.first.date()) if custom else None,
                           _pydate(self.last.date()) if custom else None, self.method.currentData(),
                           _pydate(self.as_of.date()) if self.use_as_of.isChecked() else None)

    def reporting_period(self) -> periods.Period:
        return self.options().reporting_period(self.today)

    def set_options(self, options: ViewOptions) -> None:
        widgets = (self.period, self.method, self.first, self.last, self.as_of, self.use_as_of)
        for w in widgets:
            w.blockSignals(True)
        self.period.setCurrentIndex(max(self.period.findData(options.period), 0))
        self.method.setCurrentIndex(max(self.method.findData(options.method), 0))
        if options.first:
            self.first.setDate(_qdate(options.first))
        if options.last:
            self.last.setDate(_qdate(options.last))
        self.use_as_of.setChecked(options.as_of is not None)
        if options.as_of:
            self.as_of.setDate(_qdate(options.as_of))
        for w in widgets:
            w.blockSignals(False)
        self._sync_enabled()

    def _sync_enabled(self) -> None:
        custom = self.period.currentData() == periods.CUSTOM
        for w in (self.first, self.to_label, self.last):
            w.setVisible(custom)
        self.as_of.setEnabled(self.use_as_of.isChecked())

    def _edited(self, *_args) -> None:
        self._sync_enabled()
        self.changed.emit()

    # --- settings ------------------------------------------------------------------------------
    def save(self, settings: QSettings) -> None:
        o = self.options()
        settings.setValue("view/period", o.period)
        settings.setValue("view/method", o.method)
        settings.setValue("view/as_of", o.as_of.isoformat() if o.as_of else "")
        settings.setValue("view/first", _pydate(self.first.date()).isoformat())
        settings.setValue("view/last", _pydate(self.last.date()).isoformat())

    def restore(self, settings: QSettings) -> None:
        def day(key):
            try:
                found = date.fromisoformat(str(settings.value(key, "") or ""))
            except ValueError:
                return None
            return min(found, self.today)
        period = str(settings.value("view/period", periods.INCEPTION) or periods.INCEPTION)
        method = str(settings.value("view/method", "fifo") or "fifo")
        self.set_options(ViewOptions(period, day("view/first"), day("view/last"), method, day("view/as_of")))
