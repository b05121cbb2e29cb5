"""Earnings panel (objectName `earningsPanel`): the next Alibaba results and every past release,
with how each one moved both listings and what that meant for the user's holding.

The card on top shows the next release (announced or estimated from the usual cadence), its time in
New York, Hong Kong and the user's own time zone, a countdown, and the typical move translated into
money for what the user holds. The table lists past releases newest first; selecting a row emits
`dateSelected(release date)` so the window can centre the chart on it. Rows are added and edited in a
dialog; each row says whether it is bundled reference data, a bundled row the user edited, or the
user's own. Definitions of every figure: tracker/app/earnings.py.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QFont
from PySide6.QtWidgets import (QAbstractItemView, QToolButton, QCheckBox, QComboBox, QFrame,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMenu, QMessageBox,
                               QPushButton, QSizePolicy, QSpinBox, QStyle, QSystemTrayIcon,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from tracker.app.earnings import (AFTER, BEFORE, CURRENCY_LABEL, HONG_KONG, LISTINGS, RMB, USD,
                                  NextRelease, Result, TypicalMove, amount_in, parse_amount)
from tracker.domain import fiscal, sourcing
from tracker.domain.model import EarningsEvent, FieldError
from tracker.errors import TrackerError
from tracker.ui import formatting as fmt
from tracker.ui import file_dialogs, messages, theme
from tracker.ui import reference_text as wording
from tracker.ui.i18n import tr
from tracker.ui.trade_dialog import EntryDialog, plain

Clock = Callable[[], datetime]
ORIGIN_TEXT = {"bundled": QT_TRANSLATE_NOOP("", "bundled"), "edited": QT_TRANSLATE_NOOP("", "edited"),
               "user": QT_TRANSLATE_NOOP("", "yours")}
ORIGIN_TIP = {
    "bundled": QT_TRANSLATE_NOOP("", "Reference data shipped with Tracker (sources in the row's tooltip); follows updates."),
    "edited": QT_TRANSLATE_NOOP("", "Bundled data you changed: updates of the bundled data leave it alone. Revert restores it."),
    "user": QT_TRANSLATE_NOOP("", "A row you entered."),
}
UNITS = {"BABA": "ADS", "9988.HK": QT_TRANSLATE_NOOP("", "shares")}
SESSION_TEXT = {BEFORE: QT_TRANSLATE_NOOP("", "before the US open"), AFTER: QT_TRANSLATE_NOOP("", "after the US close"),
                None: QT_TRANSLATE_NOOP("", "session not known")}
SESSION_LINE = {BEFORE: QT_TRANSLATE_NOOP("", "Before the US open, about {ny}"),
                AFTER: QT_TRANSLATE_NOOP("", "After the US close, about {ny}"),
                None: QT_TRANSLATE_NOOP("", "Session not known, about {ny}")}


def local_now() -> datetime:
    return datetime.now().astimezone()


def countdown_text(days: int) -> str:
    if days == 0:
        return tr("today")
    if days == 1:
        return tr("tomorrow")
    return tr("in {days} days").format(days=days)


def _time_text(moment: datetime, reference: date) -> str:
    """`19:30`, with the weekday and date when it falls on another day than `reference`."""
    text = moment.strftime("%H:%M")
    return text if moment.date() == reference else f"{text} {fmt.long_day(moment.date(), year=False)}"


def zone_times(nxt: NextRelease, now: datetime) -> tuple[str, str, str]:
    """("06:30 New York", "19:30 Hong Kong", "12:30 your time (CET)"): the typical release time in
    each place, with the day added where it differs from the New York date."""
    ny = nxt.moment
    hk = ny.astimezone(HONG_KONG)
    local = ny.astimezone(now.tzinfo) if now.tzinfo else ny
    zone = now.tzname() or tr("local")
    return (tr("{time} New York").format(time=ny.strftime('%H:%M')),
            tr("{time} Hong Kong").format(time=_time_text(hk, ny.date())),
            tr("{time} your time ({zone})").format(time=_time_text(local, ny.date()), zone=zone))


def release_times(nxt: NextRelease, now: datetime) -> str:
    """about 06:30 New York · 19:30 Hong Kong · 12:30 your time (CET)."""
    return tr("about {times}").format(times=" · ".join(zone_times(nxt, now)))


def last_expected(missing) -> str:
    return fmt.long_day(missing[-1][1])


def typical_move_text(move: TypicalMove) -> str:
    """`BABA ±5.9% ≈ ±590.12 USD on your 100 ADS` (or the move alone when nothing is held)."""
    if move.fraction is None:
        return tr("{symbol}: no reactions yet (import its prices)").format(symbol=move.symbol)
    text = f"{move.symbol} ±{move.fraction * 100:.1f}%"
    if move.units and move.money is not None:
        text += " " + tr("≈ ±{amount} on your {units} {unit}").format(
            amount=fmt.money(move.money, move.currency), units=fmt.quantity(move.units), unit=tr(UNITS[move.symbol]))
    return text


# --- the add / edit dialog ----------------------------------------------------------------------------
def _decimal(text: str, field: str) -> tuple[Decimal | None, FieldError | None]:
    cleaned = text.strip().replace(",", "").replace(" ", "")
    if not cleaned:
        return None, None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None, FieldError(field, "a number, e.g. 247.8", text=text)
    if not value.is_finite():
        return None, FieldError(field, "a number, e.g. 247.8", text=text)
    return value, None


def _consensus(text: str, field: str, unit: str) -> tuple[str | None, Decimal | None, FieldError | None]:
    """A bare number is RMB ("245.5" -> "RMB245.5bn"); "RMB…" and "US$…" are kept as typed.
    Returns (stored text, RMB value or None, error)."""
    cleaned = text.strip()
    if not cleaned:
        return None, None, None
    value, error = _decimal(cleaned, field)
    if error is None and value is not None:
        return f"RMB{plain(value)}{unit}", value, None
    parsed = parse_amount(cleaned)
    if parsed is None:
        return None, None, FieldError(field, tr("a number in RMB, or RMB…/US$… (e.g. {example})").format(example=f"RMB245.5{unit}"),
                                     text=text)
    return cleaned, parsed[1] if parsed[0] == "RMB" else None, None


class EarningsDialog(EntryDialog):
    """New results event, or an edit of `event` (its quarter then stays fixed)."""

    def __init__(self, tracker, save: Callable[[EarningsEvent], None], event: EarningsEvent | None = None,
                 suggested: NextRelease | None = None, parent=None):
        title = tr("Edit {quarter}").format(quarter=fmt.quarter_label(fiscal.quarter_of(event.period_end))) \
            if event else tr("Add results")
        super().__init__(tracker, title, save, parent)
        self.setObjectName("earningsDialog")
        self.original = event
        self.period = QComboBox()
        self.period.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        if event is not None:
            fq = fiscal.quarter_of(event.period_end)
            self.period.addItem(fmt.quarter_label(fq), fq.code)
            self.period.setEnabled(False)
        else:
            stored = {e.fiscal_period for e in tracker.earnings.events()}
            first = suggested.quarter if suggested else fiscal.quarter_of(tracker.today()).previous()
            fq = first.next().next().next()
            for _ in range(12):              # the next few quarters and the recent ones not yet stored
                if fq.code not in stored:
                    self.period.addItem(fmt.quarter_label(fq), fq.code)
                fq = fq.previous()
            index = self.period.findData(first.code)
            self.period.setCurrentIndex(max(index, 0))
        start = event or (suggested.event if suggested else None)
        day = (event.release_date if event else suggested.release_date if suggested else None)
        self.date = QLineEdit(day.isoformat() if day else "")
        self.date.setPlaceholderText(tr("YYYY-MM-DD (US Eastern date)"))
        self.session = QComboBox()
        for value in (BEFORE, AFTER, None):
            self.session.addItem(tr(SESSION_TEXT[value]), value)
        session = start.session if start else (suggested.session if suggested else BEFORE)
        self.session.setCurrentIndex(self.session.findData(session))

        def text(value):
            return "" if value is None else plain(value) if isinstance(value, Decimal) else str(value)

        self.revenue = self.number_editor("e.g. 247.8", text(start and start.revenue_rmb_bn))
        self.eps = self.number_editor("e.g. 5.65", text(start and start.eps_diluted_rmb))
        self.eps_non_gaap = self.number_editor("e.g. 18.97", text(start and start.eps_non_gaap_rmb))
        self.revenue_usd = self.number_editor("e.g. 36.67", text(start and start.revenue_usd_bn))
        self.eps_usd = self.number_editor("e.g. 0.80", text(start and start.eps_diluted_usd))
        self.eps_non_gaap_usd = self.number_editor("e.g. 2.67", text(start and start.eps_non_gaap_usd))
        self.revenue_estimate = self.number_editor(tr("consensus, e.g. 245.2"), text(start and start.consensus_revenue))
        self.eps_estimate = self.number_editor(tr("consensus, e.g. 16.2"), text(start and start.consensus_eps))
        self.source = QLineEdit(start.source if start else "")
        self.source.setPlaceholderText(tr("where the figures come from (URL), optional"))
        self.note = QLineEdit(start.note if start else "")
        self.note.setPlaceholderText(tr("optional"))
        for edit in (self.source, self.note):
            edit.setCursorPosition(0)               # long texts: show their beginning
        self.add_row("period", tr("&Quarter"), self.period)
        self.add_row("date", tr("&Release date"), self.date)
        self.add_row("session", tr("&Session"), self.session)
        self.add_row("revenue", tr("Re&venue"), self.revenue, tr("RMB bn"))
        self.add_row("eps", tr("&Diluted EPS"), self.eps, tr("RMB/ADS"))
        self.add_row("eps_non_gaap", tr("&Non-GAAP EPS"), self.eps_non_gaap, tr("RMB/ADS"))
        self.add_row("revenue_usd", tr("Revenue in &US$"), self.revenue_usd, tr("US$ bn"))
        self.add_row("eps_usd", tr("Diluted EPS in US$"), self.eps_usd, tr("US$/ADS"))
        self.add_row("eps_non_gaap_usd", tr("Non-GAAP EPS in US$"), self.eps_non_gaap_usd, tr("US$/ADS"))
        self.add_row("revenue_estimate", tr("Revenue es&timate"), self.revenue_estimate, tr("RMB bn (or US$…)"))
        self.add_row("eps_estimate", tr("EPS &estimate"), self.eps_estimate, tr("RMB/ADS (or US$…)"))
        self.add_row("source", tr("S&ource"), self.source)
        self.add_row("note", tr("N&ote"), self.note)
        self.aliases.update({"fiscal_period": "period", "release_date": "date", "period_end": "period",
                             "revenue_rmb_bn": "revenue", "consensus_eps_rmb": "eps_estimate",
                             "revenue_usd_bn": "revenue_usd"})
        self.rows["eps_estimate"].label.setToolTip(tr("Consensus non-GAAP diluted EPS per ADS: a number is RMB, "
                                                   "type US$1.41 for US dollars. The surprise compares it with "
                                                   "the non-GAAP actual in the same currency."))
        if event is not None:
            self.touched.update(self.rows)
        if event is not None and event.origin == "bundled":
            self.hint.setText(tr("Saving changes marks this bundled row as edited: later updates of the "
                                 "bundled data will leave it as you set it."))
        elif suggested is not None and suggested.estimated:
            self.hint.setText(tr("The date shown is estimated from Alibaba's usual cadence; enter the "
                                 "announced date to confirm it."))
        self.finish_layout()
        self.setMinimumWidth(860)

    def build(self):
        errors: list[FieldError] = []
        code = self.period.currentData()
        fq = fiscal.parse_period(code or "")
        if fq is None:
            return None, [FieldError("period", "required")]
        day = None
        if self.date.text().strip():
            try:
                day = date.fromisoformat(self.date.text().strip())
            except ValueError:
                errors.append(FieldError("date", tr("a date as YYYY-MM-DD"), text=self.date.text()))
        elif self.original is None:
            errors.append(FieldError("date", "required"))
        numbers = {}
        for name in ("revenue", "eps", "eps_non_gaap", "revenue_usd", "eps_usd", "eps_non_gaap_usd"):
            numbers[name], error = _decimal(getattr(self, name).text(), name)
            if error:
                errors.append(error)
        revenue_text, _, error = _consensus(self.revenue_estimate.text(), "revenue_estimate", "bn")
        errors += [error] if error else []
        eps_text, eps_rmb, error = _consensus(self.eps_estimate.text(), "eps_estimate", "")
        errors += [error] if error else []
        if errors:
            return None, errors
        base = self.original or EarningsEvent(fq.code, fq.end, None, None, origin="user")
        return replace(base, release_date=day, session=self.session.currentData(),
                       revenue_rmb_bn=numbers["revenue"], eps_diluted_rmb=numbers["eps"],
                       eps_non_gaap_rmb=numbers["eps_non_gaap"], revenue_usd_bn=numbers["revenue_usd"],
                       eps_diluted_usd=numbers["eps_usd"], eps_non_gaap_usd=numbers["eps_non_gaap_usd"],
                       consensus_revenue=revenue_text,
                       consensus_eps=eps_text, consensus_eps_rmb=eps_rmb,
                       source=self.source.text().strip(), note=self.note.text().strip()), []

    def check(self, record):
        service = self.tracker.earnings
        return service.check(service.normalized(record), replacing=record.id)


# --- the card -------------------------------------------------------------------------------------------
class NextResultsCard(QFrame):
    """The next release at a glance."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("nextResultsCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption = QLabel(tr("Next results"), objectName="nextCaption")
        self.badge = QLabel(objectName="nextBadge")
        self.date = QLabel(objectName="nextDate")
        font = self.date.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.DemiBold)
        self.date.setFont(font)
        self.countdown = QLabel(objectName="nextCountdown")
        countdown_font = QFont(font)
        countdown_font.setPointSizeF(font.pointSizeF() * 0.8)
        self.countdown.setFont(countdown_font)
        self.quarter = QLabel(objectName="nextQuarter")
        self.times = QLabel(objectName="nextTimes")
        self.typical = QLabel(objectName="typicalMove")
        self.missing = QLabel(objectName="missingQuarters")
        self.reminder_banner = QLabel(objectName="reminderBanner")
        # short lines without word wrap: a dock can then never squeeze the card and clip its text
        for label in (self.times, self.typical, self.missing, self.reminder_banner):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.typical.setToolTip(tr("Average absolute one-day reaction over the last 8 results on each listing "
                                "(close on the first session after the release vs the close before it), "
                                "× the latest close × the units you hold today."))
        self.countdown.setToolTip(tr("Calendar days from today to the release date in your time zone."))
        self.confirm = QPushButton(tr("Confirm date…"), objectName="confirmDate")
        self.export = QPushButton(tr("Export .ics"), objectName="exportIcs")
        self.remind = QCheckBox(tr("Remind"), objectName="remindCheck")
        self.remind_days = QSpinBox(objectName="remindDays")
        self.remind_days.setAccessibleName(self.tr("Remind days before the results"))
        self.remind_days.setRange(0, 60)
        self.remind_days.setValue(3)
        self.remind_days.setSuffix(tr(" days before"))
        self.remind_days.setToolTip(tr("How many days before the release the notification comes."))
        self.remind.setToolTip(tr("A desktop notification this many days before the next results, while "
                               "Tracker is running."))

        # short rows of controls so the card fits a narrow dock (the main window's is about 420 px)
        top = QHBoxLayout()
        top.addWidget(self.caption)
        top.addWidget(self.badge)
        top.addStretch(1)
        top.addWidget(self.remind)
        top.addWidget(self.remind_days)
        headline = QHBoxLayout()
        headline.addWidget(self.date)
        headline.addSpacing(12)
        headline.addWidget(self.countdown, 0, Qt.AlignmentFlag.AlignBaseline)
        headline.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.confirm)
        actions.addWidget(self.export)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(headline)
        for label in (self.quarter, self.times, self.typical, self.missing, self.reminder_banner):
            layout.addWidget(label)
        layout.addLayout(actions)
        self.apply_colors()

    def apply_colors(self) -> None:
        muted = theme.muted_color().name()
        self.setStyleSheet(
            f"#nextResultsCard {{ background: {theme.card_color().name()}; "
            f"border: 1px solid {theme.border_color().name()}; border-radius: 6px; }}"
            f"#nextCaption, #nextTimes, #missingQuarters {{ color: {muted}; }}")

    def set_badge(self, estimated: bool) -> None:
        color = theme.muted_color().name() if estimated else theme.ok_color().name()
        self.badge.setText(tr("estimated") if estimated else tr("announced"))
        self.badge.setStyleSheet(f"color: {color}; border: 1px solid {color}; border-radius: 3px; "
                                 "padding: 0 4px;")
        self.badge.setToolTip(tr("Estimated from Alibaba's usual release cadence until you enter the "
                                 "announced date.") if estimated else tr("The release date is on file."))


# --- the table -------------------------------------------------------------------------------------------
COLUMNS = [
    ("release", QT_TRANSLATE_NOOP("", "Release"),
     QT_TRANSLATE_NOOP("", "Release date (US Eastern); the session (before the US open or after the close) in the cell's tooltip and the Session column.")),
    ("session", QT_TRANSLATE_NOOP("", "Session"),
     QT_TRANSLATE_NOOP("", "Before the US open or after the close (\"?\": no source gives it).")),
    ("quarter", QT_TRANSLATE_NOOP("", "Quarter"),
     QT_TRANSLATE_NOOP("", "Fiscal quarter (Alibaba's fiscal year ends 31 March); the calendar quarter the results cover in the cell's tooltip and the Calendar column.")),
    ("calendar", QT_TRANSLATE_NOOP("", "Calendar"),
     QT_TRANSLATE_NOOP("", "The calendar quarter the results cover.")),
    ("BABA", "BABA",
     QT_TRANSLATE_NOOP("", "Close on the first NYSE session after the release ÷ the close before it − 1.")),
    ("9988.HK", "9988.HK",
     QT_TRANSLATE_NOOP("", "Close on the first HKEX session after the release ÷ the close before it − 1 (Alibaba releases in the Hong Kong evening, so Hong Kong reacts the next day).")),
    ("impact_BABA", QT_TRANSLATE_NOOP("", "P&L USD"),
     QT_TRANSLATE_NOOP("", "Your BABA: ADS held before the release × (close after − close before), USD.")),
    ("impact_9988.HK", QT_TRANSLATE_NOOP("", "P&L HKD"),
     QT_TRANSLATE_NOOP("", "Your 9988.HK: shares held before the release × (close after − close before), HKD.")),
    ("revenue", QT_TRANSLATE_NOOP("", "Rev. RMB bn"),
     QT_TRANSLATE_NOOP("", "Revenue in billions of RMB (– where only US$ is on file).")),
    ("revenue_usd", QT_TRANSLATE_NOOP("", "Rev. US$ bn"),
     QT_TRANSLATE_NOOP("", "Revenue in billions of US$ (– where only RMB is on file).")),
    ("revenue_yoy", QT_TRANSLATE_NOOP("", "YoY"),
     QT_TRANSLATE_NOOP("", "Revenue ÷ revenue of the same quarter a year earlier − 1, both in the currency shown (RMB is never compared with US$).")),
    ("eps", QT_TRANSLATE_NOOP("", "EPS RMB"),
     QT_TRANSLATE_NOOP("", "Non-GAAP diluted EPS per ADS in RMB (diluted GAAP EPS in the tooltip).")),
    ("eps_usd", QT_TRANSLATE_NOOP("", "EPS US$"),
     QT_TRANSLATE_NOOP("", "Non-GAAP diluted EPS per ADS in US$.")),
    ("eps_yoy", QT_TRANSLATE_NOOP("", "YoY"),
     QT_TRANSLATE_NOOP("", "Non-GAAP diluted EPS ÷ the same quarter a year earlier − 1, in one currency (GAAP when non-GAAP is missing, marked G).")),
    ("surprise", QT_TRANSLATE_NOOP("", "Surprise"),
     QT_TRANSLATE_NOOP("", "Actual ÷ consensus − 1, in the currency the consensus is quoted in (RMB or US$) when the actual is on file in it; vendors vary, see the row's note.")),
    ("origin", QT_TRANSLATE_NOOP("", "Data"),
     QT_TRANSLATE_NOOP("", "bundled: shipped reference data (\"secondary source\" when a figure comes from a news report, aggregator, translation or machine-written summary: double-check it) · edited: bundled data you changed · yours: a row you entered.")),
]
# what the dock shows at its default width without scrolling sideways: the reactions and what they
# meant for your holding; the rest is a right-click on the header (or Columns) away
DEFAULT_COLUMNS = ("release", "quarter", "BABA", "9988.HK", "impact_BABA", "impact_9988.HK")
COLUMN = {key: i for i, (key, _, _) in enumerate(COLUMNS)}


class EarningsPanel(QWidget):
    """Next results card, past results table and the buttons that change them."""

    dateSelected = Signal(date)
    eventsChanged = Signal()        # the user added, edited, reverted or deleted a results event

    REMINDER_CHECK_MS = 30 * 60 * 1000

    COLUMNS_KEY = "earnings/columns"

    def __init__(self, tracker, parent=None, clock: Clock | None = None, settings=None):
        super().__init__(parent)
        self.settings = settings          # QSettings: the columns chosen (None: the defaults)
        self.setObjectName("earningsPanel")
        self.tracker = tracker
        self.clock = clock or local_now
        self.results: list[Result] = []
        self.next: NextRelease | None = None
        self._tray: QSystemTrayIcon | None = None
        self._shown_day: date | None = None

        self.card = NextResultsCard(self)
        self.table = QTableWidget(0, len(COLUMNS), self, objectName="earningsTable")
        self.table.setAccessibleName(self.tr("Past results"))
        self.table.setTabKeyNavigation(False)      # Tab leaves the table; arrows move between cells
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        for i, (_, title, tip) in enumerate(COLUMNS):
            item = QTableWidgetItem(tr(title))
            item.setToolTip(tr(tip))
            self.table.setHorizontalHeaderItem(i, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)   # sized once per fill: fast
        header.setStretchLastSection(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(lambda pos: self.columns_menu().exec(header.mapToGlobal(pos)))
        self.columns_button = QToolButton(objectName="earningsColumns", text="⋮")
        self.columns_button.setToolTip(self.tr("Choose the columns (or right-click the header)"))
        self.columns_button.setAccessibleName(self.tr("Columns"))
        self.columns_button.clicked.connect(
            lambda: self.columns_menu().exec(self.columns_button.mapToGlobal(self.columns_button.rect().bottomLeft())))
        self.show_columns(self._saved_columns())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_selected())

        self.add_button = QPushButton(tr("Add…"), objectName="addEarnings")
        self.edit_button = QPushButton(tr("Edit…"), objectName="editEarnings")
        self.revert_button = QPushButton(tr("Revert"), objectName="revertEarnings")
        self.revert_button.setToolTip(tr("Put the bundled figures back in a row you edited."))
        self.delete_button = QPushButton(tr("Delete"), objectName="deleteEarnings")
        self.status = QLabel(objectName="earningsStatus")
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.revert_button, self.delete_button, self.columns_button):
            buttons.addWidget(b)
        buttons.addWidget(self.status, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.card)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.add_button.clicked.connect(lambda: self.open_dialog())
        self.edit_button.clicked.connect(self.edit_selected)
        self.revert_button.clicked.connect(self.revert_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.card.confirm.clicked.connect(lambda: self.open_dialog(suggested=self.next))
        menu = QMenu(self.card.export)
        upcoming = QAction(tr("Next results…"), menu, objectName="exportUpcoming")
        everything = QAction(tr("Next and all past results…"), menu, objectName="exportAll")
        upcoming.triggered.connect(lambda: self.export_ics(include_past=False))
        everything.triggered.connect(lambda: self.export_ics(include_past=True))
        menu.addAction(upcoming)
        menu.addAction(everything)
        self.card.export.setMenu(menu)
        self.card.remind.toggled.connect(self._reminder_changed)
        self.card.remind_days.valueChanged.connect(self._reminder_changed)

        self._timer = QTimer(self)
        self._timer.setInterval(self.REMINDER_CHECK_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        self._load_reminder_setting()
        self.refresh()

    # --- columns ----------------------------------------------------------------------------------
    def _saved_columns(self) -> list[str]:
        saved = self.settings.value(self.COLUMNS_KEY) if self.settings is not None else None
        if isinstance(saved, str):
            saved = [saved]
        chosen = [key for key in (saved or ()) if key in COLUMN]
        return chosen or list(DEFAULT_COLUMNS)

    def shown_columns(self) -> list[str]:
        return [key for key, _, _ in COLUMNS if not self.table.isColumnHidden(COLUMN[key])]

    def show_columns(self, keys) -> None:
        """Show these columns (and hide the others); remembered in the window's settings."""
        wanted = set(keys) or {"release"}
        for key, _, _ in COLUMNS:
            self.table.setColumnHidden(COLUMN[key], key not in wanted)
        if self.settings is not None:
            self.settings.setValue(self.COLUMNS_KEY, self.shown_columns())

    def columns_menu(self) -> QMenu:
        menu = QMenu(self)
        for key, title, tip in COLUMNS:
            action = menu.addAction(tr(title))
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(COLUMN[key]))
            action.setToolTip(tr(tip))
            action.setObjectName(f"column_{key}")
            action.toggled.connect(lambda on, k=key: self.show_columns(
                [c for c in self.shown_columns() if c != k] + ([k] if on else [])))
        menu.addSeparator()
        menu.addAction(self.tr("Default columns")).triggered.connect(lambda: self.show_columns(DEFAULT_COLUMNS))
        return menu

    # --- data -------------------------------------------------------------------------------------
    def today(self) -> date:
        return self.clock().date()

    def _tick(self) -> None:
        """Every half hour: a new day moves the countdown (and maybe the next release); the reminder
        may become due."""
        if self.today() != self._shown_day:
            self.refresh()
        else:
            self.check_reminder()

    def refresh(self) -> None:
        """Re-read everything from the facade (the window calls this after any data change)."""
        today = self._shown_day = self.today()
        service = self.tracker.earnings
        selected = self.selected_result()
        self.results = service.results(today)
        self.next = service.next_release(today)
        self._fill_card(today, service.typical_moves(today, self.results), service.missing_quarters(today))
        self._fill_table()
        if selected is not None:
            self.select_period(selected.event.fiscal_period)
        self._update_buttons()
        self.check_reminder()

    def _fill_card(self, today: date, moves: list[TypicalMove], missing) -> None:
        card, nxt, now = self.card, self.next, self.clock()
        card.apply_colors()
        if nxt is None:
            card.date.setText(tr("No date known"))
            card.countdown.setText("")
            card.quarter.setText("")
            card.times.setText("")
            card.badge.setText("")
            card.confirm.setEnabled(True)
        else:
            card.set_badge(nxt.estimated)
            card.date.setText(fmt.long_day(nxt.release_date))
            card.countdown.setText(countdown_text(nxt.days_until(now)))
            card.quarter.setText(tr("{quarter} results").format(quarter=fmt.quarter_label(nxt.quarter)))
            ny, hk, local = zone_times(nxt, now)
            card.times.setText(tr(SESSION_LINE[nxt.session]).format(ny=ny) + f"\n{hk} · {local}")
            card.confirm.setText(tr("Confirm date…") if nxt.estimated else tr("Edit…"))
        card.typical.setText("\n".join([tr("Typical move on results (last 8):")]
                                        + ["  " + typical_move_text(m) for m in moves]))
        if missing:
            first, last = missing[0][0], missing[-1][0]
            span = fmt.quarter_label(first) if first == last else tr("{first} to {last}").format(
                first=fmt.fiscal_quarter_label(first), last=fmt.fiscal_quarter_label(last))
            count = (tr("{count} quarters") if len(missing) > 1 else tr("{count} quarter")).format(count=len(missing))
            card.missing.setText(tr("Not on file: {span} ({count})").format(span=span, count=count) + "\n"
                                 + tr("latest expected around {day} · use Add…").format(day=last_expected(missing)))
            card.missing.setToolTip(tr("Quarters after the last release on file whose results should be out "
                                       "by now on Alibaba's usual cadence:") + "\n" + "\n".join(
                tr("{quarter}: expected around {day}").format(quarter=fmt.quarter_label(fq), day=day.isoformat())
                for fq, day in missing))
        else:
            card.missing.setText("")
        card.missing.setVisible(bool(missing))

    def _fill_table(self) -> None:
        table = self.table
        table.setUpdatesEnabled(False)
        table.clearContents()
        table.setRowCount(len(self.results))
        by_period = {r.event.fiscal_period: r for r in self.results}
        for row, result in enumerate(self.results):
            for key, (text, tip, sign, numeric) in self._cells(result, by_period).items():
                item = QTableWidgetItem(text)
                if tip:
                    item.setToolTip(tip)
                if numeric:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                color = theme.signed_color(sign)
                if color is not None:
                    item.setForeground(color)
                if key == "origin" and result.event.origin != "bundled":
                    item.setForeground(QColor(theme.ok_color() if result.event.origin == "user" else
                                              self.palette().color(self.palette().ColorRole.Link)))
                elif key == "origin" and sourcing.needs_checking(result.event.source_quality):
                    item.setForeground(theme.warning_color())
                table.setItem(row, COLUMN[key], item)
        table.resizeColumnsToContents()
        table.setUpdatesEnabled(True)

    def _cells(self, r: Result, by_period) -> dict:
        """column key -> (text, tooltip, sign for colour, right-aligned)."""
        e = r.event
        session = "" if e.release_date is None else " · " + (tr("before") if e.session == BEFORE else
                                                              tr("after") if e.session == AFTER else tr("before?"))
        release_tip = (tr("Release date not found in the sources read.") if e.release_date is None else
                       tr(SESSION_TEXT[e.session]) if not r.session_assumed else
                       tr("No source gives the session; taken as before the US open, as every sourced release."))
        eps_yoy, eps_mark = r.eps_non_gaap_yoy, ""
        if eps_yoy is None and r.eps_diluted_yoy is not None:
            eps_yoy, eps_mark = r.eps_diluted_yoy, " G"
        eps_yoy_currency = r.change_currency("eps_diluted_yoy" if eps_mark else "eps_non_gaap_yoy")
        surprise = surprise_text(r)
        consensus = wording.joined([
            tr("revenue {quoted}").format(quoted=wording.consensus(e.consensus_revenue)) if e.consensus_revenue else "",
            tr("EPS {quoted}").format(quoted=wording.consensus(e.consensus_eps)) if e.consensus_eps else ""])
        surprise_sign = fmt.sign(r.eps_surprise if r.eps_surprise is not None else r.revenue_surprise)
        revenue_tip = _both_currencies(e, "revenue", tr("Revenue"), True)
        eps_tip = (_both_currencies(e, "eps_non_gaap", tr("Non-GAAP diluted EPS per ADS")) + "\n"
                   + _both_currencies(e, "eps_diluted", tr("Diluted (GAAP) EPS per ADS")))
        cells = {
            "release": (e.release_date.isoformat() if e.release_date else fmt.DASH, release_tip, 0, False),
            "session": (session.removeprefix(" · "), release_tip, 0, False),
            "quarter": (fmt.fiscal_quarter_label(r.quarter), f"{fmt.quarter_label(r.quarter)}: "
                        + tr("Quarter ended {day}").format(day=e.period_end.isoformat()), 0, False),
            "calendar": (fmt.quarter_label(r.quarter).split(" · ")[-1],
                         tr("Quarter ended {day}").format(day=e.period_end.isoformat()), 0, False),
            "revenue": (figure_text(e, "revenue", RMB, 1), revenue_tip, 0, True),
            "revenue_usd": (figure_text(e, "revenue", USD, 1), revenue_tip, 0, True),
            "revenue_yoy": (fmt.percent(r.revenue_yoy, decimals=1), _yoy_tip(r.change_currency("revenue_yoy")),
                            fmt.sign(r.revenue_yoy), True),
            "eps": (figure_text(e, "eps_non_gaap", RMB, 2), eps_tip, 0, True),
            "eps_usd": (figure_text(e, "eps_non_gaap", USD, 2), eps_tip, 0, True),
            "eps_yoy": (fmt.percent(eps_yoy, decimals=1) + eps_mark,
                        (tr("G: diluted GAAP EPS compared.") + " " if eps_mark else "") + _yoy_tip(eps_yoy_currency),
                        fmt.sign(eps_yoy), True),
            "surprise": (surprise or (consensus and _no_surprise_reason(e)[0]) or fmt.DASH,
                         tr("Consensus: {consensus}").format(consensus=consensus)
                         + (_surprise_actuals(r) if surprise else _no_surprise_reason(e)[1])
                         if consensus else tr("No consensus on file"), surprise_sign, True),
            "origin": (origin_text(e), tr(ORIGIN_TIP[e.origin]) + _sources_tip(e), 0, False),
        }
        for symbol in LISTINGS:
            reaction = r.reactions.get(symbol)
            if reaction is None:
                why = (tr("No release date on file.") if e.release_date is None else
                       tr("No {symbol} closes on both sides of the release: import prices.").format(symbol=symbol))
                cells[symbol] = (fmt.DASH, why, 0, True)
                cells[f"impact_{symbol}"] = (fmt.DASH, why, 0, True)
                continue
            cells[symbol] = (fmt.percent(reaction.fraction), tr("{before} on {before_day} → {after} on {after_day}").format(
                before=fmt.price(reaction.before_close, reaction.currency), before_day=reaction.before_date,
                after=fmt.price(reaction.after_close, reaction.currency), after_day=reaction.after_date),
                fmt.sign(reaction.fraction), True)
            if reaction.units:
                cells[f"impact_{symbol}"] = (      # the column's header names the currency
                    fmt.money(reaction.impact, reaction.currency, signed=True).removesuffix(f" {reaction.currency}"),
                    tr("{units} {unit} held × ({after} − {before})").format(
                        units=fmt.quantity(reaction.units), unit=tr(UNITS[symbol]),
                        after=fmt.price(reaction.after_close), before=fmt.price(reaction.before_close)),
                    fmt.sign(reaction.impact), True)
            else:
                cells[f"impact_{symbol}"] = ("", tr("No {symbol} held on {day}.").format(symbol=symbol, day=reaction.before_date),
                                             0, True)
        return cells

    # --- selection ------------------------------------------------------------------------------------
    def selected_result(self) -> Result | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.results):
            return None
        return self.results[rows[0].row()]

    def select_period(self, fiscal_period: str) -> bool:
        for i, r in enumerate(self.results):
            if r.event.fiscal_period == fiscal_period:
                self.table.selectRow(i)
                return True
        return False

    def _selection_changed(self) -> None:
        self._update_buttons()
        result = self.selected_result()
        if result is not None and result.event.release_date is not None:
            self.dateSelected.emit(result.event.release_date)

    def _update_buttons(self) -> None:
        r = self.selected_result()
        origin = r.event.origin if r else None
        self.edit_button.setEnabled(r is not None)
        self.revert_button.setEnabled(origin == "edited")
        self.delete_button.setEnabled(origin == "user")
        self.delete_button.setToolTip(tr("Only rows you entered can be deleted.") if origin != "user" else "")

    # --- changes --------------------------------------------------------------------------------------
    def _save(self, event: EarningsEvent) -> None:
        service = self.tracker.earnings
        saved = service.update(event) if event.id is not None else service.add(event)
        self.status.setText(f"Saved {fiscal.quarter_of(saved.period_end).label}.")
        self._changed(saved.fiscal_period)

    def _changed(self, fiscal_period: str | None = None) -> None:
        self.refresh()
        if fiscal_period:
            self.select_period(fiscal_period)
        self.eventsChanged.emit()

    def open_dialog(self, event: EarningsEvent | None = None, suggested: NextRelease | None = None) -> EarningsDialog:
        if event is None and suggested is not None and suggested.event is not None:
            event = suggested.event
        dialog = EarningsDialog(self.tracker, self._save, event=event, suggested=suggested, parent=self)
        dialog.open()
        return dialog

    def edit_selected(self) -> EarningsDialog | None:
        r = self.selected_result()
        return self.open_dialog(r.event) if r else None

    def revert_selected(self) -> None:
        r = self.selected_result()
        if r is None:
            return
        try:
            reverted = self.tracker.earnings.revert(r.event.id)
        except TrackerError as exc:
            self.status.setText(messages.error_text(exc))
            return
        self.status.setText(tr("{quarter} is back to the bundled figures.").format(
            quarter=wording.fiscal_code(reverted.period_end)))
        self._changed(reverted.fiscal_period)

    def delete_selected(self, confirm: bool = True) -> None:
        r = self.selected_result()
        if r is None:
            return
        if confirm and QMessageBox.question(self, tr("Delete results"), tr("Delete your row for {quarter}?").format(
                quarter=fmt.quarter_label(r.quarter))) \
                != QMessageBox.StandardButton.Yes:
            return
        try:
            self.tracker.earnings.delete(r.event.id)
        except TrackerError as exc:
            self.status.setText(messages.error_text(exc))
            return
        self.status.setText(tr("Deleted {quarter}.").format(quarter=fmt.quarter_label(r.quarter)))
        self._changed()

    def export_ics(self, include_past: bool = False, path: str | None = None) -> int | None:
        if path is None:
            path = file_dialogs.save_file_name(self, tr("Export results to a calendar"),
                                               "alibaba-results.ics", tr("iCalendar (*.ics)"))
            if not path:
                return None
        try:
            count = self.tracker.earnings.export_ics(path, include_past=include_past, today=self.today())
        except TrackerError as exc:
            self.status.setText(messages.error_text(exc))
            return None
        self.status.setText(f"Wrote {count} event{'s' if count != 1 else ''} to {path}.")
        return count

    # --- reminder -------------------------------------------------------------------------------------
    def _load_reminder_setting(self) -> None:
        days = self.tracker.earnings.reminder_days()
        for w in (self.card.remind, self.card.remind_days):
            w.blockSignals(True)
        self.card.remind.setChecked(days is not None)
        if days is not None:
            self.card.remind_days.setValue(days)
        self.card.remind_days.setEnabled(days is not None)
        for w in (self.card.remind, self.card.remind_days):
            w.blockSignals(False)

    def _reminder_changed(self, *_args) -> None:
        on = self.card.remind.isChecked()
        self.card.remind_days.setEnabled(on)
        try:
            self.tracker.earnings.set_reminder_days(self.card.remind_days.value() if on else None)
        except TrackerError as exc:           # a read-only database: show what is stored
            self._load_reminder_setting()
            self.status.setText(messages.error_text(exc))
            return
        self.check_reminder()

    def set_writable(self, writable: bool) -> None:
        """Off while the database is open read-only: nothing here may start a change then (a
        refresh may have turned buttons on again, so they go off on every call)."""
        was, self._writable = getattr(self, "_writable", True), writable
        if writable:
            if not was:
                # on again what the data does not decide; the refresh sets the rest from the data
                for widget in (self.card.confirm, self.card.remind, self.add_button):
                    widget.setEnabled(True)
                self.refresh()
            return
        for widget in (self.card.confirm, self.card.remind, self.card.remind_days, self.add_button,
                       self.edit_button, self.revert_button, self.delete_button):
            widget.setEnabled(False)

    def check_reminder(self) -> str | None:
        """Keep the reminder banner in the card while the next results are within the chosen number
        of days, and show the desktop notification once per release; returns the notification text
        when one was shown now."""
        service = self.tracker.earnings
        now = self.clock()
        upcoming = service.reminder_window(now)
        banner = self.card.reminder_banner
        banner.setVisible(upcoming is not None)
        if upcoming is None:
            return None
        banner.setText(tr("Reminder: these results are {when}").format(when=countdown_text(upcoming.days_until(now))))
        banner.setToolTip(self._reminder_text(upcoming, now))
        if service.due_reminder(now) is None:
            return None
        text = self._reminder_text(upcoming, now)
        self._notify(tr("Alibaba results coming"), text)
        service.mark_reminded(upcoming)
        return text

    @staticmethod
    def _reminder_text(nxt: NextRelease, now: datetime) -> str:
        text = (tr("Alibaba {quarter} results {when}, {day} (estimated date): {times}.") if nxt.estimated
                else tr("Alibaba {quarter} results {when}, {day}: {times}."))
        return text.format(quarter=fmt.quarter_label(nxt.quarter), when=countdown_text(nxt.days_until(now)),
                           day=fmt.long_day(nxt.release_date, year=False), times=release_times(nxt, now))

    def _notify(self, title: str, text: str) -> None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return              # the banner in the card carries the reminder
        if self._tray is None:
            icon = self.window().windowIcon()
            if icon.isNull():
                icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self._tray = QSystemTrayIcon(icon, self)
        self._tray.show()
        self._tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15000)


def figure_text(e: EarningsEvent, figure: str, currency: str, decimals: int) -> str:
    """A figure in one currency (its column names the currency), or a dash when not on file in it."""
    value = amount_in(e, figure, currency)
    return fmt.DASH if value is None else fmt.number(value, decimals)


def surprise_text(r: Result) -> str:
    """`RMB rev +2.3% · EPS +30.1%` (收入 in Chinese)."""
    return r.surprise_text(lambda v: fmt.percent(v, decimals=1), tr("rev"))


def _both_currencies(e: EarningsEvent, figure: str, title: str, billions: bool = False) -> str:
    """`Revenue: RMB 247.795 billion · US$ 34.808 billion` with every currency on file."""
    values = [(tr("{currency} {amount} billion") if billions else tr("{currency} {amount}")).format(
              currency=CURRENCY_LABEL[c], amount=plain(v)) for c in (RMB, USD)
              if (v := amount_in(e, figure, c)) is not None]
    return tr("{title}: {values}").format(title=title, values=" · ".join(values) or tr("not on file"))


def _yoy_tip(currency: str | None) -> str:
    return tr("Both quarters in {currency}.").format(currency=CURRENCY_LABEL[currency]) if currency else ""


def _surprise_actuals(r: Result) -> str:
    """The actuals the surprises compare against, in the consensus' currency."""
    parts = []
    for name, figure, word in (("revenue_surprise", "revenue", tr("revenue")),
                               ("eps_surprise", "eps_non_gaap", tr("non-GAAP EPS"))):
        currency = r.change_currency(name)
        if currency is not None:
            value = amount_in(r.event, figure, currency)
            parts.append(f"{word} {CURRENCY_LABEL[currency]}{plain(value)}{'bn' if figure == 'revenue' else ''}")
    return "\n" + tr("Actual: {actuals} (each compared in its consensus' currency)").format(
        actuals=wording.joined(parts))


def _no_surprise_reason(e: EarningsEvent) -> tuple[str, str]:
    """Why a row with a consensus shows no surprise: (cell text, tooltip sentence)."""
    for text, figure in ((e.consensus_revenue, "revenue"), (e.consensus_eps, "eps_non_gaap")):
        quoted = parse_amount(text)
        if quoted is None:
            continue
        other = USD if quoted[0] == RMB else RMB
        if amount_in(e, figure, quoted[0]) is None and amount_in(e, figure, other) is not None:
            label, other_label = CURRENCY_LABEL[quoted[0]], CURRENCY_LABEL[other]
            return (tr("{currency} only").format(currency=label),
                    tr(" (quoted in {currency} while the actuals on file are in {other}: RMB is never compared "
                       "with US$)").format(currency=label, other=other_label))
    return "", tr(" (the matching actual is not on file)")


def origin_text(e: EarningsEvent) -> str:
    """'bundled', 'bundled · secondary source', 'edited' or 'yours'."""
    if e.origin == "bundled" and sourcing.needs_checking(e.source_quality):
        return tr("bundled") + " · " + wording.quality_label(e.source_quality)
    return tr(ORIGIN_TEXT[e.origin])


def _sources_tip(e: EarningsEvent) -> str:
    """The origin cell's tooltip tail: the source quality, the note and the sources (published)."""
    tail = wording.sources_tip(e.source_quality, e.note, e.source)
    explained = wording.quality_explanation(e.source_quality)
    if explained and e.origin == "edited":
        tail = tail.replace(explained, tr("The published figures: {explanation}").format(explanation=explained), 1)
    return "\n" + tail if tail else ""
