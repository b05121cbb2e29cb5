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

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy,
                               QStackedWidget, QVBoxLayout, QWidget)

from tracker.domain.model import Position
from tracker.ui import formatting as fmt
from tracker.ui import theme


@dataclass(frozen=True)
class Figure:
    """One tile of a card: its caption, its definition and how to read it off a Position."""
    key: str
    caption: str
    definition: str
    value: Callable[[Position], str]
    detail: Callable[[Position], str] = lambda p: ""
    sign: Callable[[Position], int] = lambda p: 0


def unrealized_fraction(p: Position) -> Decimal | None:
    """Unrealized P&L as a fraction of the cost basis of the units held."""
    if p.unrealized_pnl is None or not p.cost_basis:
        return None
    return p.unrealized_pnl / p.cost_basis


def _method(p: Position) -> str:
    return "first in, first out" if p.method == "fifo" else "moving average"


FIGURES = (
    Figure("shares", "Shares",
           "Units held at the end of the day shown: American depositary shares (1 ADS = 8 ordinary "
           "shares) for BABA, ordinary shares for 9988.HK.",
           lambda p: fmt.quantity(p.shares)),
    Figure("average_cost", "Average cost",
           "Cost basis ÷ shares: what each unit still held cost on average, buy fees included; "
           "lots are matched to sells first in, first out unless the moving-average method is chosen.",
           lambda p: fmt.price(p.average_cost, p.currency), lambda p: _method(p)),
    Figure("last_price", "Last price",
           "The latest daily close on or before the day shown, with the date of that close.",
           lambda p: fmt.price(p.last_price, p.currency),
           lambda p: f"close {p.last_price_date}" if p.last_price_date else "no prices imported"),
    Figure("market_value", "Market value",
           "Shares × last price: what the holding would fetch at that close, before fees.",
           lambda p: fmt.money(p.market_value, p.currency)),
    Figure("unrealized", "Unrealized P&L",
           "Market value − cost basis of the units held (gain or loss not yet sold); the percentage "
           "is of the cost basis.",
           lambda p: fmt.money(p.unrealized_pnl, p.currency, signed=True),
           lambda p: fmt.percent(unrealized_fraction(p)) if unrealized_fraction(p) is not None else "",
           lambda p: fmt.sign(p.unrealized_pnl)),
    Figure("realized", "Realized P&L",
           "Sum over every sell of its proceeds after fees minus the cost of the lots it closed.",
           lambda p: fmt.money(p.realized_pnl, p.currency, signed=True),
           sign=lambda p: fmt.sign(p.realized_pnl)),
    Figure("dividends", "Net dividends",
           "Dividends received: gross minus withholding tax and fees.",
           lambda p: fmt.money(p.dividends_net, p.currency, signed=True),
           lambda p: f"fees {fmt.money(p.fees, p.currency)}" if p.fees else "",
           lambda p: fmt.sign(p.dividends_net)),
    Figure("total_return", "Total return",
           "Unrealized P&L + realized P&L + net dividends − standalone fees: everything the "
           "position has gained or lost since the first buy.",
           lambda p: fmt.money(p.total_return, p.currency, signed=True),
           sign=lambda p: fmt.sign(p.total_return)),
    Figure("xirr", "XIRR",
           "Money-weighted return a year: the rate at which every buy, sell, dividend and fee, "
           "plus today's market value, discount to zero. It weighs the timing of your money.",
           lambda p: fmt.percent(p.xirr), lambda p: "a year",
           lambda p: fmt.sign(p.xirr)),
    Figure("twr", "TWR",
           "Time-weighted return: the growth of one unit invested, chaining the daily returns between "
           "cash flows, so the size and timing of buys and sells do not count. Below it, the same "
           "rate a year.",
           lambda p: fmt.percent(p.twr),
           lambda p: f"{fmt.percent(p.twr_annualized)} a year" if p.twr_annualized is not None else "",
           lambda p: fmt.sign(p.twr)),
)


class Tile(QWidget):
    """Caption over a right-aligned value over a small detail line."""

    def __init__(self, figure: Figure, parent=None):
        super().__init__(parent)
        self.figure = figure
        self.setObjectName(f"figure_{figure.key}")
        self.caption = QLabel(figure.caption)
        self.value = QLabel(objectName="value")
        self.detail = QLabel(objectName="detail")
        for label in (self.caption, self.value, self.detail):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.value.setFont(font)
        small = self.caption.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.caption.setFont(small)
        self.detail.setFont(small)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(0)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        self.setToolTip(f"<b>{figure.caption}</b><br>{figure.definition}")

    def show_position(self, p: Position) -> None:
        self.value.setText(self.figure.value(p))
        self.detail.setText(self.figure.detail(p))
        muted = theme.muted_color().name()
        color = theme.signed_color(self.figure.sign(p))
        self.caption.setStyleSheet(f"color: {muted};")
        self.detail.setStyleSheet(f"color: {color.name() if color else muted};")
        self.value.setStyleSheet(f"color: {color.name()};" if color else "")


class PositionCard(QFrame):
    """All figures of one listing."""

    COLUMNS = 5

    def __init__(self, symbol: str, parent=None):
        super().__init__(parent)
        self.symbol = symbol
        self.setObjectName(f"card_{symbol.replace('.', '_')}")
        self.title = QLabel(objectName="cardTitle")
        self.subtitle = QLabel(objectName="cardSubtitle")
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
        title_font.setBold(True)
        self.title.setFont(title_font)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.subtitle, 1)
        self.tiles = {f.key: Tile(f) for f in FIGURES}
        grid = QGridLayout()
        grid.setHorizontalSpacing(2)
        grid.setVerticalSpacing(2)
        for i, f in enumerate(FIGURES):
            grid.addWidget(self.tiles[f.key], i // self.COLUMNS, i % self.COLUMNS)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        layout.addLayout(head)
        layout.addLayout(grid)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def show_position(self, p: Position, listing_name: str) -> None:
        self.title.setText(p.symbol)
        self.subtitle.setText(f"{listing_name} · {p.currency} · as of {p.as_of}")
        self.subtitle.setStyleSheet(f"color: {theme.muted_color().name()};")
        self.setStyleSheet(f"#{self.objectName()} {{ background: {theme.card_color().name()}; "
                           f"border: 1px solid {theme.border_color().name()}; border-radius: 6px; }}")
        for tile in self.tiles.values():
            tile.show_position(p)

    def figure_text(self, key: str) -> str:
        return self.tiles[key].value.text()


class EmptyState(QFrame):
    """First run: what Tracker does and the two steps that get a user going."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.heading = QLabel("Welcome to Tracker", objectName="emptyHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.text = QLabel(objectName="emptyText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.import_prices = QPushButton("Import prices…", objectName="emptyImportPrices")
        self.add_trade = QPushButton("Add a first trade…", objectName="emptyAddTrade")
        self.import_trades = QPushButton("Import trades…", objectName="emptyImportTrades")
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
            prices = "Prices are in: " + ", ".join(f"{s} through {d}" for s, d in known.items()) + "."
            step1 = f"1. {prices} Import a newer file any time (File ▸ Import prices)."
        else:
            step1 = ("1. <b>Import prices</b>: a daily price CSV of BABA or 9988.HK from Yahoo Finance, "
                     "Stooq, Nasdaq or Investing.com, so your position has a market value.")
        self.text.setText(
            "Tracker follows your Alibaba position across its two listings — BABA (NYSE, USD) and "
            "9988.HK (Hong Kong, HKD) — entirely on this computer.<br><br>"
            f"{step1}<br>"
            "2. <b>Add a first trade</b> (Ctrl+N), or import your broker's trades from a CSV.<br><br>"
            "The earnings calendar and buyback history beside the chart are ready now.")
        self.import_prices.setDefault(not known)
        self.add_trade.setDefault(bool(known))
        self.setStyleSheet(f"#emptyState {{ background: {theme.card_color().name()}; "
                           f"border: 1px solid {theme.border_color().name()}; border-radius: 6px; }}")


class PositionSummary(QWidget):
    """Cards per listing with activity; the empty state when there is nothing to summarise."""

    importPricesRequested = Signal()
    newTradeRequested = Signal()
    importTradesRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("positionSummary")
        self.empty = EmptyState()
        self.cards_page = QWidget()
        self.cards_layout = QHBoxLayout(self.cards_page)
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
            self.stack.setFixedHeight(self.empty.sizeHint().height())
            return
        wanted = [p.symbol for p in positions]
        for symbol in list(self.cards):
            if symbol not in wanted:
                self.cards.pop(symbol).deleteLater()
        for i, p in enumerate(positions):
            card = self.cards.get(p.symbol)
            if card is None:
                card = self.cards[p.symbol] = PositionCard(p.symbol)
            self.cards_layout.insertWidget(i, card, 1)
            card.show_position(p, names.get(p.symbol, p.symbol))
        self.stack.setCurrentWidget(self.cards_page)
        self.stack.setFixedHeight(self.cards_page.sizeHint().height())

    def changeEvent(self, event) -> None:
        # the system switched light <-> dark: colours are baked into style sheets, so redo them
        if event.type() == QEvent.Type.PaletteChange and self._last is not None:
            self.show_positions(*self._last)
        super().changeEvent(event)
