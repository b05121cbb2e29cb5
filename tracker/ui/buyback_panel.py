"""Buyback panel (objectName `buybackPanel`): what Alibaba's repurchases did to the user's stake.

Top: quarterly repurchase amounts (bars) and shares outstanding (line, right axis) with program
announcements, the user's first buy and a dashed projection of shares outstanding at the recent
pace; under it the user's ownership per billion ADS over time. Then the stake and the runway cards
(the runway says which missing figures to enter), the per-quarter table and a form to add or
correct a quarter. Every figure is defined in `tracker.domain.buyback`; each caption's tooltip
repeats the definition.

The layout follows the width: in the window's 440 px dock everything stacks and the panel scrolls
vertically only; from 720 px the cards sit side by side, from 1100 px beside the chart.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation
from urllib.parse import urlparse

from tracker.app.buybacks import missing_pace_text
from tracker.domain import buyback as bb, sourcing
from tracker.domain.model import BuybackQuarter
from tracker.errors import TrackerError, ValidationError
from tracker.ui import formatting as fmt
from tracker.ui import messages, theme
from tracker.ui import reference_text as wording
from tracker.ui.reference_text import count_compact, usd_compact
from tracker.ui.i18n import tr
from tracker.ui.qt import QtCore, QtGui, QtWidgets, Qt, Signal, apply_palette, palette_colors, pg
from PySide6.QtCore import QT_TRANSLATE_NOOP
# after tracker.ui.qt, which binds pyqtgraph to PySide6
from pyqtgraph.graphicsItems.DateAxisItem import (MONTH_SPACING, YEAR_SPACING, TickSpec, ZoomLevel,  # noqa: E402
                                                  makeMStepper, makeYStepper)

BAR_COLOR = "#e8833a"           # repurchase amounts
LINE_COLOR = "#2f6fba"          # shares outstanding (and its projection)
PROGRAM_COLOR = "#8250df"       # program announcements
# the user's first buy and ownership line: the theme's gain green (readable on light and dark)
DAY = 86400

ORIGIN_LABELS = {"bundled": QT_TRANSLATE_NOOP("", "published"), "edited": QT_TRANSLATE_NOOP("", "corrected by you"),
                 "user": QT_TRANSLATE_NOOP("", "entered by you")}

DEFINITIONS = {
    "quarter_end": QT_TRANSLATE_NOOP("", "The last day of the calendar quarter the figures are for. Double-click a row to "
                   "show that day on the price chart."),
    "amount": QT_TRANSLATE_NOOP("", "US dollars Alibaba spent on repurchasing its shares in the quarter."),
    "outstanding": QT_TRANSLATE_NOOP("", "Shares outstanding at the quarter end in ADS-equivalents (8 ordinary shares = "
                   "1 ADS), as Alibaba reported it."),
    "bought": QT_TRANSLATE_NOOP("", "Shares repurchased in the quarter, in ADS-equivalents."),
    "ownership": QT_TRANSLATE_NOOP("", "ADS-equivalents you hold on both listings (8 ordinary shares = 1 ADS) ÷ ADS-"
                 "equivalents outstanding, the latest count Alibaba reported for a quarter ending on "
                 "or before that day. Per billion: how many of every 1,000,000,000 ADS are yours."),
    "accretion": QT_TRANSLATE_NOOP("", "Shares outstanding then ÷ shares outstanding now − 1: how much larger the same "
                 "number of ADS became as a slice of the company."),
    "decomposition": QT_TRANSLATE_NOOP("", "Change in your ownership split in two: buybacks = your holding before each "
                     "step × (1/new count − 1/old count); your trades = change in your holding ÷ "
                     "new count. The two add up to the change."),
    "net_reduction": QT_TRANSLATE_NOOP("", "(Shares outstanding at the previous quarter end − at this quarter end) ÷ "
                     "previous count: the change after employee share issuance, not the gross "
                     "repurchase."),
    "user_share": QT_TRANSLATE_NOOP("", "Your ownership at the quarter end × the amount Alibaba spent on repurchases in "
                  "that quarter."),
    "yield": QT_TRANSLATE_NOOP("", "Repurchases over the four quarters to this one ÷ market cap (BABA close on the "
             "quarter end, or at most a week before, × shares outstanding). Needs all four amounts "
             "and a price."),
    "remaining": QT_TRANSLATE_NOOP("", "Authorization left: what the board has approved for repurchases and Alibaba has "
                 "not spent yet, as of the latest quarter end that reports it."),
    "pace": QT_TRANSLATE_NOOP("", "Repurchases over the latest four quarters with figures ÷ 4: the recent quarterly pace."),
    "runway": QT_TRANSLATE_NOOP("", "Remaining authorization ÷ (repurchases over the latest four quarters ÷ 4): quarters "
              "left if Alibaba keeps buying at that pace."),
    "projection": QT_TRANSLATE_NOOP("", "Shares outstanding falling by the average net reduction of the same four "
                  "quarters, until the remaining authorization is used up. A projection, not a "
                  "forecast."),
    "fiscal": QT_TRANSLATE_NOOP("", "Alibaba's fiscal quarter (its fiscal year ends on 31 March)."),
    "origin": QT_TRANSLATE_NOOP("", "published: shipped with Tracker from the sources cited (\"secondary source\" when a "
              "figure comes from a news report, aggregator, translation or machine-written summary: "
              "double-check it); corrected by you: published figures you changed; entered by you: a "
              "quarter you added. Your figures are never overwritten by published data."),
    "source": QT_TRANSLATE_NOOP("", "Where the figures come from (hover a cell for the full addresses)."),
}

# (header, definition) in the order a holder reads them: what was spent, what it did to the share
# count, what it means for the user; the reference columns come last (a narrow dock scrolls to them)
TABLE_COLUMNS = (
    (QT_TRANSLATE_NOOP("", "Quarter end"), "quarter_end"), (QT_TRANSLATE_NOOP("", "Repurchased"), "amount"),
    (QT_TRANSLATE_NOOP("", "Net\nreduction"), "net_reduction"), (QT_TRANSLATE_NOOP("", "Your\nshare"), "user_share"),
    (QT_TRANSLATE_NOOP("", "Buyback\nyield"), "yield"), (QT_TRANSLATE_NOOP("", "ADS\noutstanding"), "outstanding"),
    (QT_TRANSLATE_NOOP("", "ADS\nbought"), "bought"), (QT_TRANSLATE_NOOP("", "Yours\n/bn"), "ownership"),
    (QT_TRANSLATE_NOOP("", "Authorized\nleft"), "remaining"), (QT_TRANSLATE_NOOP("", "Fiscal"), "fiscal"),
    (QT_TRANSLATE_NOOP("", "Origin"), "origin"), (QT_TRANSLATE_NOOP("", "Source"), "source"),
)
COL_QUARTER, COL_AMOUNT, COL_NET_REDUCTION, COL_USER_SHARE, COL_YIELD, COL_OUTSTANDING, COL_BOUGHT, \
    COL_OWNERSHIP, COL_REMAINING, COL_FISCAL, COL_ORIGIN, COL_SOURCE = range(len(TABLE_COLUMNS))
CHART_MIN_HEIGHT = 340
TABLE_MIN_HEIGHT = 200


def to_epoch(day: date) -> float:
    return datetime(day.year, day.month, day.day, tzinfo=timezone.utc).timestamp()


_SUFFIXES = {"": 1, "k": 10**3, "m": 10**6, "mn": 10**6, "bn": 10**9, "b": 10**9}
_AMOUNT = re.compile(r"^\s*(?:us\$|\$)?\s*([0-9][0-9,_ ]*(?:\.[0-9]+)?)\s*([a-z]*)\s*$", re.IGNORECASE)


def parse_amount(text: str) -> Decimal | None:
    """'2.9bn', '241M', '2,900,000,000', 'US$1.3 bn' -> Decimal; '' -> None. ValueError otherwise."""
    if not text.strip():
        return None
    match = _AMOUNT.match(text)
    suffix = match.group(2).lower() if match else None
    if not match or suffix not in _SUFFIXES:
        raise ValueError("expected a number such as 2900000000, 2.9bn or 241M")
    try:
        return Decimal(re.sub(r"[,_ ]", "", match.group(1))) * _SUFFIXES[suffix]
    except InvalidOperation:
        raise ValueError("expected a number such as 2900000000, 2.9bn or 241M") from None


def _plain(value: Decimal | None) -> str:
    """A figure as the form shows it: exact, without exponent or trailing zeros."""
    if value is None:
        return ""
    text = format(value.normalize(), "f")
    return text


class _ValueItem(QtWidgets.QTableWidgetItem):
    """A cell that sorts by its number, not its text."""

    def __init__(self, text: str, key=None):
        super().__init__(text)
        self._key = key

    def __lt__(self, other):
        if isinstance(other, _ValueItem):
            a, b = self._key, other._key
            if a is None or b is None:
                return a is None and b is not None
            return a < b
        return super().__lt__(other)


# year labels every 1, 2 or 5 years: pyqtgraph's own steps jump from 1 to 5, which leaves a chart in
# a narrow dock with a single year on its axis
_YEARS = ZoomLevel([TickSpec(YEAR_SPACING, makeYStepper(1), "%Y", autoSkip=[1, 2, 5, 10, 25]),
                    TickSpec(MONTH_SPACING, makeMStepper(1), "%b")], "YYYY")


class _DateAxis(pg.DateAxisItem):
    def __init__(self):
        super().__init__(orientation="bottom", utcOffset=0)
        self.zoomLevels[float("inf")] = _YEARS

    def tickStrings(self, values, scale, spacing):
        """Years, months and days as the interface's locale writes them (`3月` in Chinese);
        pyqtgraph's strftime names the months in English whatever the language."""
        if not fmt.chinese():
            return super().tickStrings(values, scale, spacing)
        days = [datetime.fromtimestamp(v, timezone.utc).date() for v in values]
        if spacing >= YEAR_SPACING:
            return [str(d.year) for d in days]
        if spacing >= MONTH_SPACING:
            return [str(d.year) if d.month == 1 else fmt.short_month(d.month) for d in days]
        return [fmt.month_and_day(d) for d in days]


class _Charts(pg.GraphicsLayoutWidget):
    """The chart area; it asks for its minimum height only, so a wide panel fits a 900 px window
    (the view's own size hint is 480 px) and the layout gives it what is left over."""

    def sizeHint(self) -> QtCore.QSize:
        return QtCore.QSize(400, self.minimumHeight())


LABEL_GAP_DAYS = 300      # program announcements closer than this: their labels at different heights
BUY_GAP_DAYS = 60         # a first buy this close before a program: its label goes right of the line


def program_label_places(announced: list[date], first_buy: date | None) -> list[tuple[float, int]]:
    """Where each program's rotated label sits: (height along the line from 0 to 1, side: 0 left
    of the line, 1 right of it), so that labels of programs announced close together are
    not drawn over each other and none is drawn over the first-buy line."""
    places: list[tuple[float, int]] = []
    previous: date | None = None
    for day in announced:
        height = 0.98
        if previous is not None and (day - previous).days < LABEL_GAP_DAYS and places[-1][0] == 0.98:
            height = 0.55
        side = 1 if first_buy is not None and 0 <= (day - first_buy).days <= BUY_GAP_DAYS else 0
        places.append((height, side))
        previous = day
    return places


class BuybackPanel(QtWidgets.QWidget):
    dateSelected = Signal(object)     # a quarter end or program date the user picked

    def __init__(self, tracker, parent=None):
        super().__init__(parent)
        self.setObjectName("buybackPanel")
        self._t = tracker
        self._report = None
        self._since_touched = False
        self._as_of: date | None = None          # None: follow the tracker's today
        self._build()
        self.refresh()

    # --- layout -------------------------------------------------------------------------------------
    # widths at which the layout changes: below NARROW everything stacks (cards under the chart, a
    # two-column form); from WIDE on the cards sit beside the chart; in between they sit side by side
    NARROW, WIDE = 720, 1100
    LEGEND_ONE_COLUMN = 420        # px of panel width under which the legend takes one column

    def _build(self) -> None:
        """Grows downwards: in a narrow dock the window's scroll area scrolls it vertically, never
        sideways (every part can shrink to the dock's 440 px)."""
        outer = QtWidgets.QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.setSpacing(6)
        outer.addLayout(self._build_header())

        self.charts = _Charts()
        self.charts.setObjectName("buybackChart")
        self._build_charts()
        self._cards = QtWidgets.QBoxLayout(QtWidgets.QBoxLayout.Direction.LeftToRight)
        self._cards.addWidget(self._build_stake())
        self._cards.addWidget(self._build_runway())
        self._upper = QtWidgets.QBoxLayout(QtWidgets.QBoxLayout.Direction.TopToBottom)
        self._upper.addWidget(self.charts)
        self._upper.addLayout(self._cards)
        outer.addLayout(self._upper, 3)

        self.table = QtWidgets.QTableWidget(0, len(TABLE_COLUMNS))
        self.table.setTabKeyNavigation(False)      # Tab leaves the table; arrows move between cells
        self.table.setObjectName("buybackTable")
        self.table.setAccessibleName(self.tr("Buyback quarters"))
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHorizontalScrollMode(QtWidgets.QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setMinimumHeight(TABLE_MIN_HEIGHT)
        for i, (caption, key) in enumerate(TABLE_COLUMNS):
            item = QtWidgets.QTableWidgetItem(tr(caption))
            item.setToolTip(tr(DEFINITIONS[key]))
            self.table.setHorizontalHeaderItem(i, item)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._row_selected)
        self.table.cellDoubleClicked.connect(self._row_activated)
        outer.addWidget(self.table, 2)
        outer.addWidget(self._build_editor())
        self._mode: str | None = None
        self._set_mode("medium")

    def _build_header(self) -> QtWidgets.QHBoxLayout:
        top = QtWidgets.QHBoxLayout()
        title = QtWidgets.QLabel("<b>" + tr("Buybacks and your stake") + "</b>")
        title.setToolTip(tr("What Alibaba's share repurchases did to your slice of the company"))
        title.setWordWrap(True)         # two lines in a narrow dock rather than a panel wider than it
        self.as_of_edit = QtWidgets.QDateEdit()
        self.as_of_edit.setObjectName("buybackAsOf")
        self.as_of_edit.setAccessibleName(self.tr("Stake as of"))
        self.as_of_edit.setCalendarPopup(True)
        self.as_of_edit.setDisplayFormat("yyyy-MM-dd")
        self.as_of_edit.setToolTip(tr("Figures use only the quarters that ended by this day and your "
                                   "holding at the end of it"))
        self.as_of_edit.dateChanged.connect(self._as_of_changed)
        today_button = QtWidgets.QPushButton(tr("Today"))
        today_button.clicked.connect(self._as_of_today)
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(QtWidgets.QLabel(tr("As of")))
        top.addWidget(self.as_of_edit)
        top.addWidget(today_button)
        return top

    def _build_charts(self) -> None:
        self.charts.ci.setSpacing(2)
        # the legend sits in its own row above the plot, where it can cover nothing
        self.legend = pg.LegendItem(colCount=3, labelTextSize="8pt", horSpacing=16, verSpacing=-8)
        self.charts.addItem(self.legend, row=0, col=0)
        self.plot = self.charts.addPlot(row=1, col=0, axisItems={"bottom": _DateAxis()})
        self.plot.setMenuEnabled(False)
        self.plot.showGrid(x=False, y=True, alpha=0.15)
        self.plot.setLabel("left", tr("Repurchased, US$bn"))
        self.plot.showAxis("right")
        self.plot.setLabel("right", tr("Outstanding, M ADS"))
        self.plot.setMouseEnabled(y=False)
        self.outstanding_box = pg.ViewBox()
        self.outstanding_box.setMouseEnabled(y=False)
        self.plot.scene().addItem(self.outstanding_box)
        self.plot.getAxis("right").linkToView(self.outstanding_box)
        self.outstanding_box.setXLink(self.plot)
        self.plot.vb.sigResized.connect(self._sync_boxes)

        self.own_plot = self.charts.addPlot(row=2, col=0, axisItems={"bottom": _DateAxis()})
        self.own_plot.setMenuEnabled(False)
        self.own_plot.setMouseEnabled(y=False)
        self.own_plot.showGrid(x=False, y=True, alpha=0.15)
        self.own_plot.setLabel("left", tr("Yours /bn"))
        self.own_plot.showAxis("right")
        self.own_plot.getAxis("right").setStyle(showValues=False)
        self.charts.ci.layout.setRowStretchFactor(0, 0)
        self.charts.ci.layout.setRowStretchFactor(1, 3)
        self.charts.ci.layout.setRowStretchFactor(2, 1)
        # equal axis widths on both plots, so their dates line up
        for plot in (self.plot, self.own_plot):
            plot.getAxis("left").setWidth(54)
            plot.getAxis("right").setWidth(54)
        self.own_plot.setXLink(self.plot)

    def _sync_boxes(self) -> None:
        self.outstanding_box.setGeometry(self.plot.vb.sceneBoundingRect())
        self.outstanding_box.linkedViewChanged(self.plot.vb, self.outstanding_box.XAxis)

    def _caption(self, text: str, key: str) -> QtWidgets.QLabel:
        label = QtWidgets.QLabel(tr(text))
        label.setToolTip(tr(DEFINITIONS[key]))
        label.setStyleSheet(f"color: {theme.muted_color().name()};")
        return label

    def _value_label(self, name: str) -> QtWidgets.QLabel:
        label = QtWidgets.QLabel(fmt.DASH)
        label.setObjectName(name)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setWordWrap(True)
        return label

    def _build_stake(self) -> QtWidgets.QGroupBox:
        box = QtWidgets.QGroupBox(tr("Your stake"))
        grid = QtWidgets.QGridLayout(box)
        grid.setColumnStretch(1, 1)
        self.held_label = self._value_label("buybackHeld")
        self.ownership_label = self._value_label("buybackOwnership")
        self.accretion_first_label = self._value_label("buybackAccretionFirstBuy")
        self.accretion_since_label = self._value_label("buybackAccretionSince")
        self.decomposition_label = self._value_label("buybackDecomposition")
        self.since_edit = QtWidgets.QDateEdit()
        self.since_edit.setObjectName("buybackSinceDate")
        self.since_edit.setCalendarPopup(True)
        self.since_edit.setDisplayFormat("yyyy-MM-dd")
        self.since_edit.setToolTip(tr("Accretion and its causes from this day to the as-of day"))
        self.since_edit.dateChanged.connect(self._since_changed)
        since_row = QtWidgets.QHBoxLayout()
        since_row.addWidget(self.since_edit)
        since_row.addWidget(self.accretion_since_label, 1)
        rows = (
            (self._caption(QT_TRANSLATE_NOOP("", "Held"), "ownership"), self.held_label),
            (self._caption(QT_TRANSLATE_NOOP("", "Ownership"), "ownership"), self.ownership_label),
            (self._caption(QT_TRANSLATE_NOOP("", "Accretion"), "accretion"), self.accretion_first_label),
            (self._caption(QT_TRANSLATE_NOOP("", "Since"), "accretion"), since_row),
            (self._caption(QT_TRANSLATE_NOOP("", "Came from"), "decomposition"), self.decomposition_label),
        )
        for r, (caption, value) in enumerate(rows):
            grid.addWidget(caption, r, 0, Qt.AlignmentFlag.AlignTop)
            if isinstance(value, QtWidgets.QLayout):
                grid.addLayout(value, r, 1)
            else:
                grid.addWidget(value, r, 1)
        grid.setRowStretch(len(rows), 1)      # a taller card keeps its lines together at the top
        return box

    def _build_runway(self) -> QtWidgets.QGroupBox:
        box = QtWidgets.QGroupBox(tr("Runway"))
        box.setToolTip(tr(DEFINITIONS["runway"]))
        grid = QtWidgets.QGridLayout(box)
        grid.setColumnStretch(1, 1)
        self.remaining_label = self._value_label("buybackRemaining")
        self.pace_label = self._value_label("buybackPace")
        self.runway_label = self._value_label("buybackRunway")
        self.projection_label = self._value_label("buybackProjection")
        for r, (caption, key, value) in enumerate((
                (QT_TRANSLATE_NOOP("", "Authorized"), "remaining", self.remaining_label),
                (QT_TRANSLATE_NOOP("", "Pace"), "pace", self.pace_label),
                (QT_TRANSLATE_NOOP("", "Runway"), "runway", self.runway_label),
                (QT_TRANSLATE_NOOP("", "Projection"), "projection", self.projection_label))):
            grid.addWidget(self._caption(caption, key), r, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, r, 1)
        # what the user can enter to complete the runway; quarter names are links to the form
        self.needs_label = QtWidgets.QLabel("")
        self.needs_label.setObjectName("buybackRunwayNeeds")
        self.needs_label.setWordWrap(True)
        self.needs_label.setTextFormat(Qt.TextFormat.RichText)
        self.needs_label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                                 | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.needs_label.linkActivated.connect(lambda link: self.edit_quarter(date.fromisoformat(link)))
        grid.addWidget(self.needs_label, 4, 0, 1, 2)
        grid.setRowStretch(5, 1)
        return box

    def _build_editor(self) -> QtWidgets.QGroupBox:
        box = QtWidgets.QGroupBox(tr("Add or correct a quarter"))
        box.setObjectName("buybackEditor")
        layout = QtWidgets.QVBoxLayout(box)
        hint = QtWidgets.QLabel(tr("Figures in US$ and ADS; 2.9bn and 36.6M are understood."))
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {theme.muted_color().name()};")
        layout.addWidget(hint)
        self.form_quarter = QtWidgets.QDateEdit()
        self.form_quarter.setObjectName("buybackFormQuarterEnd")
        self.form_quarter.setCalendarPopup(True)
        self.form_quarter.setDisplayFormat("yyyy-MM-dd")
        self._form_cells = [(QtWidgets.QLabel(tr("Quarter end")), self.form_quarter)]
        self.form_fields = {}
        for name, example in (("amount_usd", "2.9bn"), ("shares_repurchased_ads", "36.6M"),
                              ("outstanding_ads", "2499M"), ("remaining_usd", "19.1bn")):
            edit = QtWidgets.QLineEdit()
            edit.setObjectName(f"buybackForm_{name}")
            edit.setPlaceholderText(tr("e.g. {example}").format(example=example))
            edit.setMinimumWidth(60)
            self.form_fields[name] = edit
            self._form_cells.append((QtWidgets.QLabel(tr(_FIELD_CAPTIONS[name])), edit))
        self.form_source = QtWidgets.QLineEdit()
        self.form_source.setPlaceholderText(tr("source URL (optional)"))
        self.form_note = QtWidgets.QLineEdit()
        self.form_note.setPlaceholderText(tr("note (optional)"))
        self._form_grid = QtWidgets.QGridLayout()
        layout.addLayout(self._form_grid)
        buttons = QtWidgets.QHBoxLayout()
        self.new_button = QtWidgets.QPushButton(tr("New"))
        self.new_button.setToolTip(tr("Clear the form for a quarter not in the table yet"))
        self.save_button = QtWidgets.QPushButton(tr("Save quarter"))
        self.save_button.setObjectName("buybackSave")
        self.revert_button = QtWidgets.QPushButton(tr("Revert to published"))
        self.revert_button.setObjectName("buybackRevert")
        self.revert_button.setEnabled(False)
        self.new_button.clicked.connect(self._new_quarter)
        self.save_button.clicked.connect(self.save_form)
        self.revert_button.clicked.connect(self._revert)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.form_message = QtWidgets.QLabel("")
        self.form_message.setObjectName("buybackFormMessage")
        self.form_message.setWordWrap(True)
        self.form_message.hide()          # shown with a message: no empty line under the buttons
        layout.addWidget(self.form_message)
        return box

    def _layout_form(self, columns: int) -> None:
        """Caption over field, `columns` fields a row; source and note share the last row when wide."""
        grid = self._form_grid
        for caption, field in self._form_cells:
            grid.removeWidget(caption)
            grid.removeWidget(field)
        grid.removeWidget(self.form_source)
        grid.removeWidget(self.form_note)
        for c in range(grid.columnCount()):
            grid.setColumnStretch(c, 0)
        for i, (caption, field) in enumerate(self._form_cells):
            row, col = 2 * (i // columns), i % columns
            grid.addWidget(caption, row, col)
            grid.addWidget(field, row + 1, col)
        for c in range(columns):
            grid.setColumnStretch(c, 1)
        row = 2 * ((len(self._form_cells) + columns - 1) // columns)
        if columns >= 4:
            grid.addWidget(self.form_source, row, 0, 1, columns - 2)
            grid.addWidget(self.form_note, row, columns - 2, 1, 2)
        else:
            grid.addWidget(self.form_source, row, 0, 1, columns)
            grid.addWidget(self.form_note, row + 1, 0, 1, columns)

    def _set_mode(self, mode: str) -> None:
        """'narrow': all stacked, two-column form and legend; 'medium': chart over the two cards side
        by side; 'wide': the cards stacked beside the chart."""
        if mode == self._mode:
            return
        self._mode = mode
        Direction = QtWidgets.QBoxLayout.Direction
        beside = mode == "wide"
        self._upper.setDirection(Direction.LeftToRight if beside else Direction.TopToBottom)
        self._upper.setStretch(0, 3 if beside else 1)      # the chart
        self._upper.setStretch(1, 2 if beside else 0)      # the cards
        self._cards.setDirection(Direction.LeftToRight if mode == "medium" else Direction.TopToBottom)
        self._cards.setStretch(0, 3 if mode == "medium" else 0)
        self._cards.setStretch(1, 2 if mode == "medium" else 0)
        self._layout_form(2 if mode == "narrow" else len(self._form_cells))
        # stacked in a narrow dock the panel scrolls anyway: a taller chart, more quarters at once;
        # wide, chart, table and form fit a 900 px window together
        self.charts.setMinimumHeight(CHART_MIN_HEIGHT + (140 if mode == "narrow" else 0))
        self.table.setMinimumHeight(TABLE_MIN_HEIGHT + (100 if mode == "narrow" else 0))
        if self._report is not None:
            self._set_chart_range()

    @property
    def _narrow(self) -> bool:
        return self._mode == "narrow"

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        width = self.width()
        self._set_mode("narrow" if width < self.NARROW else "wide" if width >= self.WIDE else "medium")
        # narrower still (a dock on a 1024 px screen): one legend column, or the legend would hold
        # the chart wider than the dock and cut off its right axis
        columns = 1 if width < self.LEGEND_ONE_COLUMN else 2 if self._narrow else 3
        if self.legend.columnCount != columns:
            self.legend.setColumnCount(columns)
            # the scene's layout kept the width the wider legend forced: give it the view's again
            QtCore.QTimer.singleShot(0, lambda: self.charts.ci.setGeometry(QtCore.QRectF(self.charts.viewport().rect())))

    def changeEvent(self, event) -> None:
        """Redraw the charts in the new colours when the light / dark scheme changes."""
        super().changeEvent(event)
        if event.type() == QtCore.QEvent.Type.PaletteChange and self._report is not None:
            self._fill_chart()
            self._fill_ownership()

    def set_writable(self, writable: bool) -> None:
        """Off while the database is open read-only: no quarter can be saved or reverted then."""
        was, self._writable = getattr(self, "_writable", True), writable
        if writable:
            if not was:
                self.new_button.setEnabled(True)
                self.save_button.setEnabled(True)
                self.refresh()
            return
        for button in (self.new_button, self.save_button, self.revert_button):
            button.setEnabled(False)

    # --- data ---------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read everything from the tracker (after any change to trades or buyback figures)."""
        service = self._t.buybacks
        self._report = service.report(self._as_of or self._t.today())
        self._first_reported = service.first_reported()
        self.as_of_edit.blockSignals(True)
        self.as_of_edit.setDate(_qdate(self._report.as_of))
        self.as_of_edit.blockSignals(False)
        self._reset_since()
        self._fill_chart()
        self._fill_ownership()
        self._fill_stake()
        self._fill_runway()
        self._fill_table()
        if not self.table.selectedItems():
            self._new_quarter()
        self._update_revert_button()

    def set_as_of(self, day: date | None) -> None:
        """Show the figures as of `day` (None: today)."""
        self._as_of = day
        self.refresh()

    def _as_of_changed(self, qd) -> None:
        self.set_as_of(qd.toPython())

    def _as_of_today(self) -> None:
        self.set_as_of(None)

    def _reset_since(self) -> None:
        """Default 'since' date: the first buy, or the first reported count if that is later."""
        stake = self._report.stake
        default = stake.first_buy_date or self._first_reported or self._report.as_of
        if self._first_reported and default < self._first_reported:
            default = self._first_reported
        self.since_edit.blockSignals(True)
        self.since_edit.setMaximumDate(_qdate(self._report.as_of))
        if not self._since_touched:
            self.since_edit.setDate(_qdate(default))
        self.since_edit.blockSignals(False)

    def _since_changed(self, _qd) -> None:
        self._since_touched = True
        self._fill_stake()

    def since_date(self) -> date:
        return self.since_edit.date().toPython()

    # --- chart --------------------------------------------------------------------------------------
    def _fill_chart(self) -> None:
        report = self._report
        plot, box = self.plot, self.outstanding_box
        plot.clear()
        box.clear()
        self.legend.clear()
        apply_palette(self.charts)
        self.legend.setLabelTextColor(self.palette().color(QtGui.QPalette.ColorRole.Text))
        rows = report.quarters
        known = [f for f in rows if f.quarter.amount_usd is not None]
        if known:
            centers = [to_epoch(f.quarter.quarter_end) - 45.5 * DAY for f in known]
            heights = [float(f.quarter.amount_usd / bb.BILLION) for f in known]
            bars = pg.BarGraphItem(x=centers, height=heights, width=70 * DAY,
                                   brush=pg.mkBrush(BAR_COLOR + "cc"), pen=pg.mkPen(BAR_COLOR))
            plot.addItem(bars)
            self.legend.addItem(bars, tr("Repurchased (US$bn)"))
        for f in rows:
            if f.quarter.amount_usd is None:
                mark = pg.TextItem("?", color=theme.muted_color(), anchor=(0.5, 1.0))
                mark.setPos(to_epoch(f.quarter.quarter_end) - 45.5 * DAY, 0)
                mark.setToolTip(tr("{quarter} ({day}): no repurchase figure on file").format(
                    quarter=wording.fiscal_code(f.quarter.quarter_end), day=f.quarter.quarter_end))
                plot.addItem(mark)
        top = max([float(f.quarter.amount_usd / bb.BILLION) for f in known] or [1.0])
        plot.setYRange(0, top * 1.3, padding=0)     # headroom for the program labels

        counted = [f for f in rows if f.quarter.outstanding_ads is not None]
        if counted:
            xs, ys = [], []
            for f in counted:     # a gap (nan) where a quarter's count is missing: no line across it
                if xs and bb.shift_quarters(prev_end, 1) != f.quarter.quarter_end:
                    xs.append(to_epoch(f.quarter.quarter_end) - 45 * DAY)
                    ys.append(float("nan"))
                xs.append(to_epoch(f.quarter.quarter_end))
                ys.append(float(f.quarter.outstanding_ads / 1_000_000))
                prev_end = f.quarter.quarter_end
            line = pg.PlotDataItem(xs, ys, pen=pg.mkPen(LINE_COLOR, width=2), symbol="o", symbolSize=5,
                                   symbolBrush=LINE_COLOR, symbolPen=LINE_COLOR, antialias=True,
                                   connect="finite")
            box.addItem(line)
            self.legend.addItem(line, tr("Outstanding (M ADS)"))
        projection = report.runway.projection
        if projection:
            px = [to_epoch(d) for d, _ in projection]
            py = [float(v / 1_000_000) for _, v in projection]
            self.projection_line = pg.PlotDataItem(
                px, py, pen=pg.mkPen(LINE_COLOR, width=2, style=Qt.PenStyle.DashLine), antialias=True)
            box.addItem(self.projection_line)
            self.legend.addItem(self.projection_line, tr("Projection"))
            # labelled where it starts: its end may lie beyond the range a narrow chart shows
            label = pg.TextItem(tr("projection"), color=LINE_COLOR, anchor=(0.0, 1.2))
            label.setPos(px[0] + 120 * DAY, py[0])
            box.addItem(label)
        else:
            self.projection_line = None
        values = [float(f.quarter.outstanding_ads / 1_000_000) for f in counted] + \
                 [float(v / 1_000_000) for _, v in projection]
        if values:
            low, high = min(values), max(values)
            pad = max((high - low) * 0.15, high * 0.01)
            box.setYRange(low - pad, high + pad, padding=0)

        program_pen = pg.mkPen(PROGRAM_COLOR, width=1, style=Qt.PenStyle.DotLine)
        # a label crossing a bar or the outstanding line stays readable on a patch of the background
        backdrop = QtGui.QColor(palette_colors()[0])
        backdrop.setAlpha(215)
        first = report.stake.first_buy_date
        for p, (height, side) in zip(report.programs, program_label_places(
                [p.announced for p in report.programs], first)):
            mark = pg.InfiniteLine(pos=to_epoch(p.announced), angle=90, pen=program_pen,
                                   label=wording.program_size(p),
                                   labelOpts={"position": height, "color": PROGRAM_COLOR, "rotateAxis": (1, 0),
                                              "anchors": [(1, side), (1, side)], "fill": backdrop})
            mark.setToolTip(wording.program_tip(p))
            plot.addItem(mark)
        if report.programs:
            self.legend.addItem(pg.PlotDataItem(pen=program_pen), tr("Program (size after)"))
        if first:
            buy_pen = pg.mkPen(theme.gain_color(), width=2)
            buy = pg.InfiniteLine(pos=to_epoch(first), angle=90, pen=buy_pen)
            buy.setToolTip(tr("Your first buy: {day}").format(day=first))
            plot.addItem(buy)
            self.legend.addItem(pg.PlotDataItem(pen=buy_pen), tr("Your first buy"))
        self._set_chart_range()
        self._sync_boxes()

    def _set_chart_range(self) -> None:
        """From the first program to the as-of day or the projection's end. Narrow, from the first
        quarter with figures and at most two years of projection past the as-of day: years of
        empty quarters or of projection would squeeze the bars (the rest is a drag away)."""
        report = self._report
        figures = [f.quarter.quarter_end for f in report.quarters
                   if f.quarter.amount_usd is not None or f.quarter.outstanding_ads is not None]
        first_buy = [report.stake.first_buy_date] if report.stake.first_buy_date else []
        if self._narrow and figures:
            start = min([figures[0] - timedelta(days=92)] + first_buy)
        else:
            start = min([p.announced for p in report.programs]
                        + [f.quarter.quarter_end - timedelta(days=92) for f in report.quarters] + first_buy
                        or [report.as_of - timedelta(days=365)])
        end = max([report.as_of] + [d for d, _ in report.runway.projection])
        if self._narrow:
            end = min(end, max(report.as_of, report.runway.pace_quarter_end or report.as_of)
                      + timedelta(days=730))
        # room on the left for the rotated label of a program announced on the first day shown
        self.plot.setXRange(to_epoch(start) - 120 * DAY, to_epoch(end) + 45 * DAY, padding=0)

    def _fill_ownership(self) -> None:
        plot = self.own_plot
        plot.clear()
        report = self._report
        start = report.stake.first_buy_date
        if start and self._first_reported and start < self._first_reported:
            start = self._first_reported
        points = self._t.buybacks.ownership_points(start, report.as_of) if start else []
        if not points:
            text = (tr("Add your trades to see your ownership over time") if not report.stake.first_buy_date
                    else tr("No shares-outstanding count reported for these dates"))
            note = pg.TextItem(text, color=theme.muted_color(), anchor=(0.5, 0.5))
            plot.addItem(note)
            vr = self.plot.vb.viewRange()
            note.setPos((vr[0][0] + vr[0][1]) / 2, 0.5)
            plot.setYRange(0, 1, padding=0)
            return
        xs, ys = [], []
        for i, p in enumerate(points):
            value = float(bb.per_billion(p.fraction))
            if i:
                xs.append(to_epoch(p.day))
                ys.append(ys[-1])
            xs.append(to_epoch(p.day))
            ys.append(value)
        color = theme.ok_color()          # your ownership: not a rise or a fall
        plot.plot(xs, ys, pen=pg.mkPen(color, width=2), antialias=True)
        plot.plot([xs[-1]], [ys[-1]], pen=None, symbol="o", symbolSize=6, symbolBrush=color, symbolPen=color)
        high = max(ys)
        plot.setYRange(0, high * 1.15 if high > 0 else 1, padding=0)

    # --- stake and runway ---------------------------------------------------------------------------
    def _fill_stake(self) -> None:
        if self._report is None:
            return
        s = self._report.stake
        service = self._t.buybacks
        self.held_label.setText(tr("{units} ADS-equivalents (both listings) on {day}").format(
            units=fmt.quantity(s.held_ads_equiv), day=s.as_of))
        if s.ownership_fraction is None:
            self.ownership_label.setText(fmt.DASH + " " + tr("no shares-outstanding count on file for that day"))
        else:
            stale = (tr("; none reported for the {count} quarters since").format(count=len(s.uncounted_since))
                     if s.uncounted_since else "")
            self.ownership_label.setText(tr("<b>{per_bn} per billion ADS</b> of {count} outstanding ({day}{stale})").format(
                per_bn=fmt.number(s.ownership_per_billion, 3), count=count_compact(s.outstanding_ads),
                day=s.outstanding_as_of, stale=stale))
            self.ownership_label.setToolTip("\n".join(
                [tr("As a fraction: {fraction}").format(fraction=f"{float(s.ownership_fraction):.6e}")]
                + [tr("{quarter}: {note}").format(quarter=wording.fiscal_code(q.quarter_end), note=q.note)
                   for q in s.uncounted_since if q.note]))
        if s.first_buy_date is None:
            self.accretion_first_label.setText(fmt.DASH + " " + tr("no buy recorded"))
        elif s.accretion_since_first_buy is None:
            self.accretion_first_label.setText(fmt.DASH + " " + tr(
                "first buy {day} is before the first reported count ({first}); pick a later date below").format(
                day=s.first_buy_date, first=self._first_reported))
        else:
            self.accretion_first_label.setText(tr("<b>{rate}</b> since your first buy ({day})").format(
                rate=fmt.percent(s.accretion_since_first_buy, decimals=2), day=s.first_buy_date))
        since = self.since_date()
        acc = service.accretion_since(since, self._report.as_of)
        # the change runs to the last share count reported by the as-of date, and says so
        counted = s.outstanding_as_of or self._report.as_of
        self.accretion_since_label.setText(
            fmt.DASH + " " + tr("no shares-outstanding count by then") if acc is None
            else tr("<b>{rate}</b> to {day}").format(rate=fmt.percent(acc, decimals=2), day=counted))
        self.accretion_since_label.setToolTip(tr(
            "To the last share count reported by {as_of}: the quarter ended {counted}.").format(
            as_of=self._report.as_of, counted=counted) if acc is not None else "")
        change = service.ownership_change(since, self._report.as_of)
        if change is None:
            self.decomposition_label.setText(fmt.DASH)
        else:
            per_bn = bb.BILLION
            self.decomposition_label.setText(tr("<b>{total}</b> per bn since {day}: {buybacks} buybacks, {trades} your trades").format(
                total=fmt.number(change.total * per_bn, 3, signed=True), day=since,
                buybacks=fmt.number(change.from_buybacks * per_bn, 3, signed=True),
                trades=fmt.number(change.from_trades * per_bn, 3, signed=True)))

    def _fill_runway(self) -> None:
        r = self._report.runway
        programs = self._report.programs
        through = tr("; program through {day}").format(day=fmt.month_text(programs[-1].effective_through)) if programs else ""
        self.remaining_label.setText(
            fmt.DASH if r.remaining_usd is None
            else tr("<b>{amount}</b> left ({day}{through})").format(
                amount=usd_compact(r.remaining_usd), day=r.remaining_as_of, through=through))
        if r.trailing_four_usd is not None:
            self.pace_label.setText(tr("{pace} a quarter ({year} in the year to {day})").format(
                pace=usd_compact(r.pace_per_quarter_usd), year=usd_compact(r.trailing_four_usd), day=r.pace_quarter_end))
        elif r.missing_quarters:
            self.pace_label.setText(tr("unknown: {why}").format(why=messages.reason(missing_pace_text(r))))
        else:
            self.pace_label.setText(fmt.DASH + " " + tr("no repurchase amounts on file"))
        self.runway_label.setText(
            fmt.DASH + " " + tr("unknown") if r.quarters_left is None
            else tr("<b>{quarters} quarters</b> at that pace (used up around {month})").format(
                quarters=fmt.number(r.quarters_left, 1), month=fmt.month(r.exhausted_on)))
        if r.projection:
            end_day, end_value = r.projection[-1]
            self.projection_label.setText(tr("{start} → {end} ADS by {day} (−{step} a quarter; dashed line)").format(
                start=count_compact(r.projection[0][1]), end=count_compact(end_value), day=end_day,
                step=count_compact(r.net_reduction_per_quarter)))
        else:
            self.projection_label.setText(fmt.DASH + " " + tr("unknown"))
        needs = runway_needs(r)
        self.needs_label.setText(needs)
        self.needs_label.setVisible(bool(needs))

    def edit_quarter(self, quarter_end: date) -> None:
        """Open `quarter_end` in the form (its row when the table has one) and put the cursor in the
        first empty figure."""
        if not self._select(quarter_end):
            self._new_quarter()
            self.form_quarter.setDate(_qdate(quarter_end))
        empty = next((e for e in self.form_fields.values() if not e.text()), self.form_fields["amount_usd"])
        empty.setFocus()
        scroll = _enclosing_scroll_area(self)
        if scroll is not None:
            scroll.ensureWidgetVisible(empty)
        self._show_ok(tr("{quarter} ({day}): enter the figures from Alibaba's results or Share Repurchase "
                         "Update for that quarter, then Save.").format(quarter=wording.fiscal_code(quarter_end),
                                                                       day=quarter_end))

    # --- table --------------------------------------------------------------------------------------
    def _fill_table(self) -> None:
        table = self.table
        table.setSortingEnabled(False)
        rows = list(reversed(self._report.quarters))
        table.setRowCount(len(rows))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        numeric = set(range(COL_AMOUNT, COL_REMAINING + 1))
        figures = {COL_AMOUNT, COL_OUTSTANDING, COL_BOUGHT, COL_REMAINING, COL_ORIGIN}
        for r, f in enumerate(rows):
            q = f.quarter
            held = bool(f.held_ads)
            # a published figure from a secondary source is worth checking: amber, and says why
            check = _to_check(q)
            cells = {
                COL_QUARTER: (q.quarter_end.isoformat(), q.quarter_end),
                COL_AMOUNT: (_known(usd_compact, q.amount_usd), q.amount_usd),
                COL_NET_REDUCTION: (fmt.percent(f.net_reduction, signed=False), f.net_reduction),
                COL_USER_SHARE: (_known(usd_compact, f.user_share_usd) if held else fmt.DASH, f.user_share_usd),
                COL_YIELD: (fmt.percent(f.buyback_yield, signed=False), f.buyback_yield),
                COL_OUTSTANDING: (_known(count_compact, q.outstanding_ads), q.outstanding_ads),
                COL_BOUGHT: (_known(count_compact, q.shares_repurchased_ads), q.shares_repurchased_ads),
                COL_OWNERSHIP: (fmt.number(bb.per_billion(f.ownership_fraction), 3) if held else fmt.DASH,
                                f.ownership_fraction),
                COL_REMAINING: (_known(usd_compact, q.remaining_usd), q.remaining_usd),
                COL_FISCAL: (wording.fiscal_code(q.quarter_end), q.quarter_end),
                COL_ORIGIN: (origin_text(q), q.origin),
                COL_SOURCE: (_source_label(q.source), q.source),
            }
            for c, (text, key) in cells.items():
                item = _ValueItem(text, key)
                if c in numeric:
                    item.setTextAlignment(right)
                tip = [tr("Note: {note}").format(note=q.note)] if q.note else []     # the note as published
                if c in figures and check and (c == COL_ORIGIN or key is not None):
                    tip.insert(0, wording.quality_explanation(q.source_quality))
                    item.setForeground(theme.warning_color())
                if c == COL_ORIGIN and wording.quality_explanation(q.source_quality):
                    explained = wording.quality_explanation(q.source_quality)
                    tip.insert(0, tr("The published figures: {explanation}").format(explanation=explained)
                               if q.origin == "edited" else explained)
                if c == COL_QUARTER:
                    tip.insert(0, wording.fiscal_code(q.quarter_end))
                if c == COL_SOURCE and q.source:
                    tip = [wording.sources_tip("", "", q.source)]
                if c == COL_YIELD and f.market_cap_usd is not None:
                    tip = [tr("{amount} over four quarters ÷ market cap {cap}").format(
                        amount=usd_compact(f.trailing_four_usd), cap=usd_compact(f.market_cap_usd))]
                if tip:
                    item.setToolTip("\n".join(tip))
                if q.origin != "bundled":
                    font = item.font()
                    font.setItalic(True)
                    item.setFont(font)
                item.setData(Qt.ItemDataRole.UserRole, q.quarter_end.isoformat())
                table.setItem(r, c, item)
        table.resizeColumnsToContents()
        table.setColumnWidth(COL_SOURCE, max(table.columnWidth(COL_SOURCE), 120))

    def _selected_quarter(self) -> BuybackQuarter | None:
        items = self.table.selectedItems()
        if not items:
            return None
        end = date.fromisoformat(items[0].data(Qt.ItemDataRole.UserRole))
        return self._t.buybacks.quarter(end)

    def _row_selected(self) -> None:
        q = self._selected_quarter()
        if q is None:
            self._update_revert_button()
            return
        self.form_quarter.setDate(_qdate(q.quarter_end))
        for name, edit in self.form_fields.items():
            edit.setText(_plain(getattr(q, name)))
        self.form_source.setText(q.source)
        self.form_note.setText(q.note)
        self._update_revert_button()
        self._show_ok("")

    def _update_revert_button(self) -> None:
        """Offered only for the user's own figures: an edited quarter goes back to the published
        ones, a quarter the user added is removed."""
        q = self._selected_quarter()
        self.revert_button.setEnabled(q is not None and q.origin != "bundled")
        self.revert_button.setText(tr("Delete my quarter") if q is not None and q.origin == "user"
                                   else tr("Revert to published"))

    def _row_activated(self, row: int, _col: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.dateSelected.emit(date.fromisoformat(item.data(Qt.ItemDataRole.UserRole)))

    # --- editing ------------------------------------------------------------------------------------
    def _new_quarter(self) -> None:
        self.table.clearSelection()
        latest = max((f.quarter.quarter_end for f in self._report.quarters), default=None)
        end = bb.shift_quarters(latest, 1) if latest else bb.quarter_end_on_or_before(self._report.as_of)
        if end > self._report.as_of:
            end = bb.quarter_end_on_or_before(self._report.as_of)
        self.form_quarter.setDate(_qdate(end))
        for edit in self.form_fields.values():
            edit.clear()
        self.form_source.clear()
        self.form_note.clear()
        self._show_ok("")

    def save_form(self) -> bool:
        """Save what the form holds; the message beside the buttons says what happened."""
        values = {}
        for name, edit in self.form_fields.items():
            try:
                values[name] = parse_amount(edit.text())
            except ValueError as exc:
                self._show_error(tr("{field}: {reason}").format(field=tr(_FIELD_CAPTIONS[name]),
                                                               reason=messages.line(str(exc))))
                edit.setFocus()
                return False
        quarter = BuybackQuarter(quarter_end=self.form_quarter.date().toPython(),
                                 source=self.form_source.text().strip(), note=self.form_note.text().strip(),
                                 **values)
        try:
            saved = self._t.buybacks.save_quarter(quarter)
        except ValidationError as exc:
            self._show_error(wording.joined([tr("{field}: {reason}").format(
                field=tr(_FIELD_CAPTIONS[e.field]) if e.field in _FIELD_CAPTIONS else messages.field_name(e.field),
                reason=messages.reason(e.message)) for e in exc.errors]))
            return False
        except TrackerError as exc:
            self._show_error(messages.error_text(exc))
            return False
        self.refresh()
        self._select(saved.quarter_end)
        self._show_ok(tr("Saved {day} ({origin}); published data will not overwrite it.").format(
            day=saved.quarter_end, origin=tr(ORIGIN_LABELS[saved.origin])))
        return True

    def _revert(self) -> None:
        q = self._selected_quarter()
        if q is None:
            return
        restored = self._t.buybacks.revert_quarter(q.quarter_end)
        self.refresh()
        if restored is not None:
            self._select(restored.quarter_end)
            self._show_ok(tr("{day}: published figures restored.").format(day=q.quarter_end))
        else:
            self._show_ok(tr("{day}: your quarter was removed.").format(day=q.quarter_end))

    def _select(self, quarter_end: date) -> bool:
        for r in range(self.table.rowCount()):
            if self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == quarter_end.isoformat():
                self.table.selectRow(r)
                self.table.scrollToItem(self.table.item(r, 0))
                self._update_revert_button()
                return True
        return False

    def _show_error(self, text: str) -> None:
        self._show_message(text, theme.error_color())

    def _show_ok(self, text: str) -> None:
        self._show_message(text, theme.muted_color())

    def _show_message(self, text: str, color: QtGui.QColor) -> None:
        self.form_message.setStyleSheet(f"color: {color.name()};")
        self.form_message.setText(text)
        self.form_message.setVisible(bool(text))


_FIELD_CAPTIONS = {"quarter_end": QT_TRANSLATE_NOOP("", "Quarter end"),
                   "amount_usd": QT_TRANSLATE_NOOP("", "Repurchased US$"),
                   "shares_repurchased_ads": QT_TRANSLATE_NOOP("", "ADS bought"),
                   "outstanding_ads": QT_TRANSLATE_NOOP("", "ADS outstanding"),
                   "remaining_usd": QT_TRANSLATE_NOOP("", "Authorization left")}


def runway_needs(r: bb.Runway) -> str:
    """What the user can enter to complete the runway and projection, in plain words (rich text:
    each quarter links to the form); '' when nothing is missing."""
    def quarters(days) -> str:
        return tr(" and ").join(tr('<a href="{day}">{quarter}</a> (quarter ended {day})').format(
            day=d, quarter=wording.fiscal_code(d))
                                for d in days)

    asks = []
    if r.missing_quarters:
        asks.append(tr("the amount repurchased in {quarters}").format(quarters=quarters(r.missing_quarters)))
    if r.missing_counts:
        asks.append(tr("the ADS outstanding at the end of {quarters}").format(quarters=quarters(r.missing_counts)))
    if r.remaining_usd is None and r.pace_quarter_end is not None:
        asks.append(tr('the authorization left at <a href="{day}">{quarter}</a>').format(
            day=r.pace_quarter_end, quarter=wording.fiscal_code(r.pace_quarter_end)))
    if not asks:
        return ""
    one = len(r.missing_quarters) + len(r.missing_counts) + (len(asks) - bool(r.missing_quarters)
                                                             - bool(r.missing_counts)) == 1
    text = (tr("<b>To see the runway and projection, enter</b> {asks}. Tracker found no published figure for "
               "it, so it shows none rather than a guess. It is in Alibaba's quarterly results and Share "
               "Repurchase Updates.") if one else
            tr("<b>To see the runway and projection, enter</b> {asks}. Tracker found no published figure for "
               "them, so it shows none rather than a guess. They are in Alibaba's quarterly results and Share "
               "Repurchase Updates."))
    return text.format(asks="; ".join(asks))


def origin_text(q: BuybackQuarter) -> str:
    """'published', 'published · secondary source', 'corrected by you' or 'entered by you'."""
    label = tr(ORIGIN_LABELS.get(q.origin, q.origin))
    if _to_check(q):
        return f"{label} · {wording.quality_label(q.source_quality)}"
    return label


def _to_check(q: BuybackQuarter) -> bool:
    """Published figures (not a note-only placeholder) that came from a secondary source."""
    has_figures = any(v is not None for v in (q.amount_usd, q.shares_repurchased_ads, q.outstanding_ads,
                                               q.remaining_usd))
    return q.origin == "bundled" and has_figures and sourcing.needs_checking(q.source_quality)


def _known(formatter, value) -> str:
    return fmt.DASH if value is None else formatter(value)


def _enclosing_scroll_area(widget) -> QtWidgets.QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QtWidgets.QScrollArea):
        parent = parent.parentWidget()
    return parent


def _source_label(source: str) -> str:
    """The first source's host ('sec.gov'), '+n' when the row cites more."""
    if not source:
        return fmt.DASH
    urls = [u.strip() for u in source.split("|") if u.strip()]
    host = urlparse(urls[0]).hostname or urls[0]
    host = host.removeprefix("www.")
    return host + (f" +{len(urls) - 1}" if len(urls) > 1 else "")


def _qdate(day: date) -> QtCore.QDate:
    return QtCore.QDate(day.year, day.month, day.day)
