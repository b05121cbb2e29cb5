"""Position summary (objectName `positionSummary`): one card per listing with activity, or the
first-run empty state with buttons that start the next step.

Each figure carries a tooltip with its definition; gains are green, losses red, numbers are
right-aligned with thousands separators and the currency.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (QApplication, QBoxLayout, QFrame, QGridLayout, QHBoxLayout, QLabel,
                               QPushButton, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget)

from tracker.app.price_age import STALE_AFTER_SESSIONS
from tracker.domain import fx
from tracker.domain.ledger import PRICE_FROM_CLOSE
from tracker.domain.model import Position
from tracker.domain.returns import NOT_ANNUALIZED
from tracker.domain.stake import STAKE
from tracker.ui import formatting as fmt
from tracker.ui import theme
from tracker.ui.i18n import part, tr, tr_parts


@dataclass(frozen=True)
class Figure:
    """One tile of a card: its caption, its definition and how to read it off a Position."""
    key: str
    caption: str
    definition: str
    value: Callable[[Position], str]
    detail: Callable[[Position], str] = lambda p: ""
    sign: Callable[[Position], int] = lambda p: 0
    note: Callable[[Position], str] = lambda p: ""      # what the tooltip adds for this position
    detail_signed: bool = True      # the detail line takes the figure's gain/loss colour


def unrealized_fraction(p: Position) -> Decimal | None:
    """Unrealized P&L as a fraction of the cost basis of the units held."""
    if p.unrealized_pnl is None or not p.cost_basis:
        return None
    return p.unrealized_pnl / p.cost_basis


def _method(p: Position) -> str:
    return "FIFO" if p.method == "fifo" else tr("moving average")


def stale_text(p: Position) -> str:
    """`price from 2024-03-08, 998 days old` when the price is stale, else empty."""
    return tr("price from {day}, {days} days old").format(day=p.last_price_date, days=p.price_age_days) \
        if p.price_stale else ""


def stale_note(p: Position) -> str:
    if not p.price_stale:
        return ""
    return tr("The last price is more than {sessions} trading days of the exchange before {as_of}: the market "
              "value uses it as it is, and XIRR and TWR run to {returns_to}, not to {as_of}. Import a newer price "
              "file to bring them up to date.").format(sessions=STALE_AFTER_SESSIONS, as_of=p.as_of,
                                                       returns_to=p.returns_to)


PERIOD_FIGURES = ("xirr", "twr")      # the tiles whose figures cover the chosen reporting period


def period_caption(p: Position) -> str:
    """` · YTD` (` · range` for a custom one) when XIRR and TWR cover a chosen reporting period."""
    per = p.period
    if per is None or per.key == "inception":
        return ""
    return " · " + (tr("range") if per.key == "custom" else tr(per.label))


def period_note(p: Position) -> str:
    """The tooltip's line on the period the figure covers."""
    per = p.period
    if per is None or per.key == "inception" or p.period_start is None:
        return ""
    return tr("Over {period}: from {start} (the value held then counts as money put in) to {end}.").format(
        period=tr(per.label), start=p.period_start, end=p.returns_to)


def _price_detail(p: Position) -> str:
    if p.last_price_date is None:
        return tr("no prices yet")
    if p.newest_price_date is not None:      # the stake: each listing at its own last price
        # two lines: one would widen the card past what a small screen leaves beside the docks
        return tr("{oldest} to\n{newest}").format(oldest=p.last_price_date, newest=p.newest_price_date)
    if p.price_source == PRICE_FROM_CLOSE:
        return str(p.last_price_date)
    return f"{tr(p.price_source)} {p.last_price_date}"      # "trade 2026-11-20"


def _rate(p: Position, yearly: float | None, period: float | None) -> float | None:
    """The yearly rate over a year or more, the period's own return under a year."""
    return yearly if p.annualized else period


def _rate_note(p: Position) -> str:
    notes = []
    if p.period_days is not None and not p.annualized:
        over = tr("Over {days} day ({why}).") if p.period_days == 1 else tr("Over {days} days ({why}).")
        notes.append(over.format(days=p.period_days, why=tr(NOT_ANNUALIZED)))
    if p.price_stale:
        notes.append(tr("Runs to {day}, the date of the last price.").format(day=p.returns_to))
    return " ".join(notes)


def _not_annualized(p: Position) -> str:
    """The detail line under a year (short: the tooltip says over how many days, and why)."""
    return tr("not annualized") if p.period_days is not None else ""


def _at_cost(p: Position) -> str:
    if p.total_return_at_cost is None or p.total_return_at_cost == p.total_return:
        return ""
    return tr("at cost {amount}").format(amount=fmt.money(p.total_return_at_cost, signed=True))


NOT_ANNUALIZED_TEXT = QT_TRANSLATE_NOOP("", "not annualized: period under a year")   # returns.NOT_ANNUALIZED
PRICE_SOURCES = (QT_TRANSLATE_NOOP("", "trade"), QT_TRANSLATE_NOOP("", "conversion"))
PERIOD_LABELS = (QT_TRANSLATE_NOOP("", "YTD"), QT_TRANSLATE_NOOP("", "1Y"), QT_TRANSLATE_NOOP("", "3Y"),
                 QT_TRANSLATE_NOOP("", "5Y"))
LISTING_NAMES = (QT_TRANSLATE_NOOP("", "Alibaba Group ADS"),
                 QT_TRANSLATE_NOOP("", "Alibaba Group ordinary shares"))
APPROXIMATE_WORD = QT_TRANSLATE_NOOP("", "approximate: 7.80 HKD per USD where no rate was stored")   # fx.APPROXIMATE


def approximate() -> str:
    return "≈ " + tr(fx.APPROXIMATE)

RATES_UNDER_A_YEAR = (part(QT_TRANSLATE_NOOP("", "Under a year it is the return over the period itself, not annualized (a "
                                              "period under a year is never given a yearly rate: the GIPS rule).")))


FIGURES = (
    Figure("shares", QT_TRANSLATE_NOOP("", "Shares"),
           part(QT_TRANSLATE_NOOP("", "Units held at the end of the day shown: American depositary shares (1 ADS = 8 ordinary "
                                   "shares) for BABA, ordinary shares for 9988.HK.")),
           lambda p: fmt.quantity(p.shares)),
    Figure("average_cost", QT_TRANSLATE_NOOP("", "Average cost"),
           part(QT_TRANSLATE_NOOP("", "Cost basis ÷ shares: what each unit still held cost on average, buy fees included. "
                                   "FIFO: sells close the oldest lots first (first in, first out).")),
           lambda p: fmt.price(p.average_cost, p.currency, max_decimals=4), lambda p: _method(p)),
    Figure("last_price", QT_TRANSLATE_NOOP("", "Last price"),
           part(QT_TRANSLATE_NOOP("", "The latest daily close on or before the day shown, or this listing's own latest trade "
                                   "price when that is more recent (or no close has been imported); below it, its date, "
                                   "marked \"trade\" when it is a trade price.")),
           lambda p: fmt.price(p.last_price, p.currency), _price_detail, note=stale_note),
    Figure("market_value", QT_TRANSLATE_NOOP("", "Market value"),
           part(QT_TRANSLATE_NOOP("", "Shares × last price: what the holding would fetch at that price, before fees.")),
           lambda p: fmt.money(p.market_value, p.currency), note=stale_note),
    Figure("unrealized", QT_TRANSLATE_NOOP("", "Unrealized P&L"),
           part(QT_TRANSLATE_NOOP("", "Market value − cost basis of the units held (gain or loss not yet sold); the percentage "
                                   "is of the cost basis.")),
           lambda p: fmt.money(p.unrealized_pnl, p.currency, signed=True),
           lambda p: fmt.percent(unrealized_fraction(p)) if unrealized_fraction(p) is not None else "",
           lambda p: fmt.sign(p.unrealized_pnl)),
    Figure("realized", QT_TRANSLATE_NOOP("", "Realized P&L"),
           part(QT_TRANSLATE_NOOP("", "Sum over every sell of its proceeds after fees minus the cost of the lots it closed.")),
           lambda p: fmt.money(p.realized_pnl, p.currency, signed=True),
           sign=lambda p: fmt.sign(p.realized_pnl)),
    Figure("dividends", QT_TRANSLATE_NOOP("", "Net dividends"),
           part(QT_TRANSLATE_NOOP("", "Dividends received: gross minus withholding tax and fees.")),
           lambda p: fmt.money(p.dividends_net, p.currency, signed=True),
           lambda p: tr("fees {amount}").format(amount=fmt.money(p.fees, p.currency)) if p.fees else "",
           lambda p: fmt.sign(p.dividends_net)),
    Figure("total_return", QT_TRANSLATE_NOOP("", "Total return"),
           part(QT_TRANSLATE_NOOP("", "Market value + money taken out (sells after fees, net dividends) − money put in (buys "
                                   "with their fees, standalone fees): everything the holding gained or lost in this "
                                   "listing. Units moved by an ADS↔HK conversion count at their market value that day "
                                   "(the giving listing's close), as in XIRR, TWR and the position view. Without "
                                   "conversions this equals unrealized + realized P&L + net dividends − fees; with one, "
                                   "that sum (conversions at their carried cost) is shown below it as \"at cost\".")),
           lambda p: fmt.money(p.total_return, p.currency, signed=True), _at_cost,
           lambda p: fmt.sign(p.total_return), detail_signed=False),
    Figure("xirr", QT_TRANSLATE_NOOP("", "XIRR"),
           part(QT_TRANSLATE_NOOP("", "Money-weighted return a year: the rate at which every buy, sell, dividend and fee, "
                                   "plus the market value at the end, discount to zero (365-day year). It weighs the "
                                   "timing of your money. ")) + RATES_UNDER_A_YEAR,
           lambda p: fmt.percent(_rate(p, p.xirr, p.xirr_period)),
           lambda p: tr("a year") if p.annualized else _not_annualized(p),
           lambda p: fmt.sign(_rate(p, p.xirr, p.xirr_period)), _rate_note),
    Figure("twr", QT_TRANSLATE_NOOP("", "TWR"),
           part(QT_TRANSLATE_NOOP("", "Time-weighted return: the growth of one unit invested, chaining the daily returns "
                                   "rₜ = (MVₜ + outₜ) / (MVₜ₋₁ + inₜ) − 1, so the size and timing of buys and sells do not "
                                   "count. Money put in counts from the start of its day and money taken out until its "
                                   "end (Portfolio Performance's convention); a day with nothing held and nothing put in "
                                   "is skipped. Below it, the same rate a year. ")) + RATES_UNDER_A_YEAR,
           lambda p: fmt.percent(p.twr),
           lambda p: (tr("{rate} a year").format(rate=fmt.percent(p.twr_annualized))
                      if p.twr_annualized is not None else "")
           if p.annualized else _not_annualized(p),
           lambda p: fmt.sign(p.twr), _rate_note),
)


def set_text_color(label: QLabel, color: QColor | None) -> None:
    """Colour a label's text through its palette (None: the palette's own text colour).

    A palette, unlike a style sheet, costs nothing to parse and keeps the fast native painting."""
    palette = QApplication.palette(label)
    if color is not None:
        palette.setColor(QPalette.ColorRole.WindowText, color)
    label.setPalette(palette)


class Card(QFrame):
    """A panel with a rounded border on the card background colour."""

    RADIUS = 6.0

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(theme.border_color(), 1))
        painter.setBrush(theme.card_color())
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), self.RADIUS, self.RADIUS)


class Badge(QLabel):
    """Short text in a thin rounded outline (the card's currency)."""

    def __init__(self, parent=None, objectName: str = ""):
        super().__init__(parent, objectName=objectName)
        self.setContentsMargins(5, 0, 5, 0)
        font = self.font()
        font.setBold(True)
        self.setFont(font)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(theme.border_color(), 1))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
        painter.end()
        super().paintEvent(event)


class Tile(QWidget):
    """Caption over a right-aligned value over a small detail line. The currency is the card's."""

    def __init__(self, figure: Figure, parent=None):
        super().__init__(parent)
        self.figure = figure
        self.setObjectName(f"figure_{figure.key}")
        self.caption = QLabel(tr(figure.caption))
        self.value = QLabel(objectName="value")
        self.text = ""                # the figure with its currency, as plain text
        self.detail = QLabel(objectName="detail")
        for label in (self.caption, self.value, self.detail):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.value.setFont(font)
        small = self.caption.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.caption.setFont(small)
        self.detail.setFont(small)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.setSpacing(0)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)

    def show_position(self, p: Position) -> None:
        if self.figure.key in PERIOD_FIGURES:
            self.caption.setText(tr(self.figure.caption) + period_caption(p))
        self.text = self.figure.value(p)
        suffix = f" {p.currency}"
        is_money = self.text.endswith(suffix)
        self.value.setText(self.text[:-len(suffix)] if is_money else self.text)
        self.detail.setText(self.figure.detail(p))
        muted = theme.muted_color()
        color = theme.signed_color(self.figure.sign(p))
        set_text_color(self.caption, muted)
        set_text_color(self.detail, (color if self.figure.detail_signed else None) or muted)
        set_text_color(self.value, color)
        unit = "<br><i>" + tr("In {currency}.").format(currency=p.currency) + "</i>" if is_money else ""
        note = self.figure.note(p)
        if self.figure.key in PERIOD_FIGURES:
            note = " ".join(n for n in (period_note(p), note) if n)
        note = f"<br><b>{note}</b>" if note else ""
        caption, definition = tr(self.figure.caption), tr_parts(self.figure.definition)
        self.setToolTip(f"<b>{caption}</b>: {self.text}<br>{definition}{unit}{note}")


class PositionCard(Card):
    """All figures of one listing: a header (listing, currency, as-of date) over a grid of tiles,
    in one row of ten or two rows of five, whichever the summary has room for."""

    FIGURES = FIGURES

    def __init__(self, symbol: str, parent=None):
        super().__init__(parent)
        self.symbol = symbol
        self.headline_name = symbol         # its name in the one-line headline of a short window
        self.columns = 0
        self.setObjectName(f"card_{symbol.replace('.', '_')}")
        self.title = QLabel(objectName="cardTitle")
        self.currency = Badge(objectName="cardCurrency")
        self.subtitle = QLabel(objectName="cardSubtitle")
        self.stale = QLabel(objectName="cardStale")
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.2)
        title_font.setBold(True)
        self.title.setFont(title_font)
        head = QHBoxLayout()
        head.setSpacing(8)
        head.addWidget(self.title)
        head.addWidget(self.currency)
        head.addWidget(self.subtitle, 1)
        self.tiles = {f.key: Tile(f) for f in self.FIGURES}
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(4)
        self.grid.setVerticalSpacing(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 5, 10, 5)
        layout.setSpacing(1)
        layout.addLayout(head)
        layout.addWidget(self.stale)        # its own line: it must not be cut off on a narrow card
        layout.addLayout(self.grid)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.set_columns(5)

    def set_columns(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        for tile in self.tiles.values():
            self.grid.removeWidget(tile)
        for i, f in enumerate(self.FIGURES):
            self.grid.addWidget(self.tiles[f.key], i // columns, i % columns)

    def column_width(self, col: int) -> int:
        """The widest tile in grid column `col` with the current number of columns."""
        return max((self.tiles[f.key].minimumSizeHint().width() for i, f in enumerate(self.FIGURES)
                    if i % self.columns == col), default=0)

    def column_widths(self, columns: int) -> list[int]:
        """The widest tile of each grid column with `columns` tiles a row."""
        widths = [0] * columns
        for i, f in enumerate(self.FIGURES):
            widths[i % columns] = max(widths[i % columns], self.tiles[f.key].minimumSizeHint().width())
        return widths

    def width_for(self, columns: int, widths: list[int] | None = None) -> int:
        """The narrowest this card can be with `columns` tiles a row (of these column widths)."""
        widths = widths or self.column_widths(columns)
        m = self.layout().contentsMargins()
        return sum(widths) + self.grid.horizontalSpacing() * (columns - 1) + m.left() + m.right() + 2

    def show_position(self, p: Position, listing_name: str) -> None:
        self.title.setText(p.symbol)
        self.currency.setText(p.currency)
        self.currency.setToolTip(tr("Money figures of {symbol} are in {currency}.").format(symbol=p.symbol, currency=p.currency))
        self.subtitle.setText(tr("{listing} · as of {day}").format(listing=listing_name, day=p.as_of))
        set_text_color(self.subtitle, theme.muted_color())
        set_text_color(self.currency, theme.muted_color())
        notes = [f"⚠ {stale_text(p)}"] if p.price_stale else []
        if p.fx_approximate:
            notes.append(approximate())
        self.stale.setText("\n".join(notes))
        self.stale.setToolTip(stale_note(p))
        self.stale.setVisible(bool(notes))
        set_text_color(self.stale, theme.warning_color())
        for tile in self.tiles.values():
            tile.show_position(p)

    def figure_text(self, key: str) -> str:
        """The figure as plain text with its currency (`18,387.50 USD`)."""
        return self.tiles[key].text


class EmptyState(Card):
    """First run: what Tracker does and the two steps that get a user going."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.heading = QLabel(tr("Welcome to Tracker"), objectName="emptyHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.text = QLabel(objectName="emptyText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.import_prices = QPushButton(tr("Import prices…"), objectName="emptyImportPrices")
        self.add_trade = QPushButton(tr("Add a first trade…"), objectName="emptyAddTrade")
        self.import_trades = QPushButton(tr("Import trades…"), objectName="emptyImportTrades")
        buttons = QHBoxLayout()
        for b in (self.import_prices, self.add_trade, self.import_trades):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def show_state(self, price_dates: dict[str, date | None]) -> None:
        known = {s: d for s, d in price_dates.items() if d}
        if known:
            listed = ", ".join(tr("{symbol} through {day}").format(symbol=s, day=d) for s, d in known.items())
            step1 = tr("1. Prices are in: {listed}. Import a newer file any time (File ▸ Import "
                       "prices).").format(listed=listed)
        else:
            step1 = tr("1. <b>Import prices</b>: a daily price CSV of BABA or 9988.HK from Yahoo Finance, "
                       "Stooq, Nasdaq or Investing.com, so your position has a market value.")
        self.text.setText(
            tr("Tracker follows your Alibaba position across its two listings — BABA (NYSE, USD) and "
               "9988.HK (Hong Kong, HKD) — entirely on this computer.") + "<br><br>"
            f"{step1}<br>"
            + tr("2. <b>Add a first trade</b> (Ctrl+N), or import your broker's trades from a CSV.") + "<br><br>"
            + tr("The earnings calendar and buyback history beside the chart are ready now."))
        self.import_prices.setDefault(not known)
        self.add_trade.setDefault(bool(known))
        self.update()


class PositionSummary(QWidget):
    """Cards per listing with activity; the empty state when there is nothing to summarise."""

    importPricesRequested = Signal()
    newTradeRequested = Signal()
    importTradesRequested = Signal()
    stakeCurrencyChosen = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("positionSummary")
        self.empty = EmptyState()
        self.cards_page = QWidget()
        self.cards_layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self.cards_page)
        self.cards_layout.setContentsMargins(0, 0, 0, 0)
        self.cards: dict[str, PositionCard] = {}
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.cards_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.empty.import_prices.clicked.connect(self.importPricesRequested)
        self.empty.add_trade.clicked.connect(self.newTradeRequested)
        self.empty.import_trades.clicked.connect(self.importTradesRequested)
        self._last: tuple | None = None

    @property
    def is_empty_state(self) -> bool:
        return self.stack.currentWidget() is self.empty

    def show_positions(self, positions: list[Position], names: dict[str, str],
                       price_dates: dict[str, date | None], has_activity: bool) -> None:
        """`names`: listing -> 'Alibaba Group ADS · NYSE'; `price_dates`: last close per listing."""
        self._last = (positions, names, price_dates, has_activity)
        if not has_activity:
            self.empty.show_state(price_dates)
            self.stack.setCurrentWidget(self.empty)
            self._arrange()
            return
        wanted = [p.symbol for p in positions] + [STAKE]
        for symbol in list(self.cards):
            if symbol not in wanted:
                self._drop_card(symbol)
        first = 1 if STAKE in self.cards else 0       # the combined card leads
        for i, p in enumerate(positions):
            card = self.cards.get(p.symbol)
            if card is None:
                card = self.cards[p.symbol] = PositionCard(p.symbol)
            self.cards_layout.insertWidget(first + i, card, 1)
            card.show_position(p, names.get(p.symbol, p.symbol))
        self.stack.setCurrentWidget(self.cards_page)
        self._arrange()

    def _drop_card(self, symbol: str) -> None:
        """Out of the layout now (deleteLater waits for the event loop, and the arrangement that
        follows must not measure a card that is going)."""
        card = self.cards.pop(symbol)
        self.cards_layout.removeWidget(card)
        card.hide()
        card.deleteLater()

    def relayout(self) -> None:
        """Fit the height again after a card gained a line (its price freshness)."""
        self._arrange()

    # --- the combined card (tracker.ui.stake_card) ----------------------------------------------------
    def show_stake(self, stake: Position | None, premium=None, problem: str = "", currency: str = "",
                   account: str = "") -> None:
        """The first card, both listings as one holding (None with no problem: no card), in the
        account named `account` ("": every account)."""
        from tracker.ui.stake_card import StakeCard
        if stake is None and not problem:
            if STAKE in self.cards:
                self._drop_card(STAKE)
            self._arrange()
            return
        card = self.cards.get(STAKE)
        if card is None:
            card = self.cards[STAKE] = StakeCard()
            card.currencyChosen.connect(self.stakeCurrencyChosen)
            self.cards = {STAKE: card, **{k: v for k, v in self.cards.items() if k != STAKE}}
            self.cards_layout.insertWidget(0, card, 1)
            card.show()      # now, not when the layout gets round to it: _arrange measures it next
        card.show_stake(stake, premium, problem, account)
        if currency:
            card.set_currency(currency)
        self._arrange()

    def arrange_for(self, width: int) -> None:
        """Arrange the cards for `width` now (the window asks while they are hidden in a tab,
        to learn whether they would fit above the chart)."""
        self._arrange(width)

    def _arrange(self, width: int | None = None) -> None:
        """The flattest layout that fits the width: cards side by side with one row of tiles,
        side by side with two rows, one above the other with one row, then with two rows."""
        if self.stack.currentWidget() is self.empty:
            self.setMinimumWidth(0)     # the buttons' row decides
            # wrapped text: its height depends on the width it gets
            layout = self.empty.layout()
            layout.activate()
            width = max(self.width() if width is None else width, 200)
            height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
            self.stack.setFixedHeight(height if height > 0 else self.empty.sizeHint().height())
            return
        cards = list(self.cards.values())
        # the narrowest arrangement is the minimum: the one shown now (say one wide row) must not
        # hold the window at its width, or a narrower window could never pick a narrower one
        self.setMinimumWidth(max((c.width_for(5) for c in cards), default=0))
        gap = self.cards_layout.spacing()
        avail = self.width() if width is None else width
        options = [(QBoxLayout.Direction.LeftToRight, 10), (QBoxLayout.Direction.LeftToRight, 5),
                   (QBoxLayout.Direction.TopToBottom, 10), (QBoxLayout.Direction.TopToBottom, 5)]
        for direction, columns in options:
            if direction == QBoxLayout.Direction.LeftToRight:
                needed = sum(c.width_for(columns) for c in cards) + gap * (len(cards) - 1)
            else:     # stacked cards share column widths (below): the widest tile of each column
                shared = [max(col) for col in zip(*(c.column_widths(columns) for c in cards))]
                needed = max((c.width_for(columns, shared) for c in cards), default=0)
            if needed <= avail:
                break
        if direction != self.cards_layout.direction():
            self.cards_layout.setDirection(direction)
        stacked = direction == QBoxLayout.Direction.TopToBottom
        for card in cards:
            card.set_columns(columns)
        for col in range(10):     # stacked cards share column widths, so their figures line up
            width = max((c.column_width(col) for c in cards), default=0) if stacked else 0
            for card in cards:
                card.grid.setColumnMinimumWidth(col, width if col < columns else 0)
        for card in cards:
            card.layout().invalidate()
            card.layout().activate()
        self.cards_layout.invalidate()
        self.cards_layout.activate()
        self.stack.setFixedHeight(self.cards_layout.sizeHint().height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange()

    def changeEvent(self, event) -> None:
        # the system switched light <-> dark: colours are baked into style sheets, so redo them
        if event.type() == QEvent.Type.PaletteChange and self._last is not None:
            self.show_positions(*self._last)
        super().changeEvent(event)
