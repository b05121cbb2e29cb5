"""Where each price series came from and how old it is: a line under each summary card and a
label in the status bar, with an Update button wherever a series is more than five trading days
behind."""
from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStatusBar, QWidget

from tracker.app.price_age import STALE_AFTER_SESSIONS
from tracker.app.sources import FILE, PROVIDER, SeriesFreshness, series_freshness

from tracker.ui import theme
from tracker.ui.fitting_label import FittingLabel
from tracker.ui.i18n import tr
from tracker.ui.summary import PositionSummary, set_text_color


def describe(info: SeriesFreshness, with_age: bool = True) -> str:
    """'prices from yahoo, updated 2026-12-01 07:40', and when stale (`with_age`)
    '· last bar 2026-10-09 (36 trading days old)'."""
    if info.last_bar is None:
        if info.symbol in ("USDHKD", "USDCNY"):     # the combined card's line: rates, not prices
            return tr("no {symbol} rates yet: import a rate file or Update").format(symbol=info.symbol)
        return tr("no prices yet")
    source = (tr("from {provider}").format(provider=info.name) if info.origin == PROVIDER else
              tr("from file {name}").format(name=info.name) if info.origin == FILE and info.name else
              tr("from a file import") if info.origin == FILE else "")
    updated = tr("updated {when}").format(when=f"{info.updated_at.astimezone():%Y-%m-%d %H:%M}") \
        if info.updated_at is not None else ""
    origin = ", ".join(p for p in (source, updated) if p)
    parts = [tr("prices {origin}").format(origin=origin)] if origin else []
    if info.stale and with_age:
        parts.append(tr("last bar {day} ({days} trading days old)").format(day=info.last_bar, days=info.age_sessions))
    return " · ".join(parts)


class FreshnessLine(QWidget):
    """One series' source and age, muted when fresh, in the loss colour with Update when stale."""

    def __init__(self, symbol: str, on_update: Callable[[list[str]], None], parent=None):
        super().__init__(parent, objectName=f"freshness_{symbol.replace('.', '_')}")
        self.symbol = symbol
        self.label = QLabel(objectName="freshnessText")
        small = self.label.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.label.setFont(small)
        self.button = QPushButton(tr("Update"), objectName="freshnessUpdate")
        self.button.setToolTip(tr("Fetch the missing {symbol} bars (File ▸ Update prices)").format(symbol=symbol))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(lambda: on_update([self.symbol]))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)

    def show_info(self, info: SeriesFreshness) -> None:
        # the card says how old its price is on a line of its own: this one says where it came from
        self.label.setText(describe(info, with_age=False))
        self.label.setToolTip(
            tr("Where the {symbol} bars were last written from, and when. A series whose last bar is more than "
               "{sessions} trading days of its exchange old is flagged.").format(symbol=self.symbol,
                                                                                 sessions=STALE_AFTER_SESSIONS))
        set_text_color(self.label, theme.warning_color() if info.stale else theme.muted_color())
        self.button.setVisible(info.stale)


def show_on_cards(summary: PositionSummary, infos: dict[str, SeriesFreshness],
                  on_update: Callable[[list[str]], None]) -> None:
    """A freshness line at the foot of every card (added once per card, refreshed after)."""
    changed = False
    for symbol, card in summary.cards.items():
        symbol = getattr(card, "FRESHNESS_OF", symbol)     # the combined card: its exchange rates
        line = card.findChild(FreshnessLine)
        if line is None:
            line = FreshnessLine(symbol, on_update, card)
            card.layout().addWidget(line)
            changed = True
        if symbol in infos:
            line.show_info(infos[symbol])
    if changed:
        summary.relayout()


class StatusFreshness(QWidget):
    """The status bar's part: each series' source and update time; Update when one is stale."""

    def __init__(self, bar: QStatusBar, on_update: Callable[[list[str] | None], None]):
        super().__init__(bar, objectName="statusFreshness")
        self.label = FittingLabel(objectName="statusFreshnessText", sized=True)
        self.button = QPushButton(tr("Update prices"), objectName="statusUpdatePrices")
        self.button.setFlat(True)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(lambda: on_update(self.stale))
        self.stale: list[str] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        bar.addPermanentWidget(self)

    def show_infos(self, infos: dict[str, SeriesFreshness]) -> None:
        shown = [i for i in infos.values() if i.last_bar is not None]
        self.stale = [i.symbol for i in shown if i.stale]
        parts, undated, brief = [], [], []
        for info in shown:
            source = info.name if info.origin == "provider" else tr("a file") if info.origin else ""
            when = info.updated_at.astimezone().strftime("%Y-%m-%d %H:%M") if info.updated_at else ""
            origin = info.symbol + (" " + tr("from {provider}").format(provider=source) if source else "")
            for texts, text in ((parts, origin + (tr(", ") + when if when else "")), (undated, origin)):
                texts.append(tr("⚠ {series}: {days} trading days old").format(series=text, days=info.age_sessions)
                             if info.stale else text)
            if info.stale:     # short of room: the stale series and their age only
                brief.append(tr("⚠ {series}: {days} trading days old").format(series=info.symbol,
                                                                             days=info.age_sessions))
        self.label.set_texts([" · ".join(parts), " · ".join(undated)] + ([" · ".join(brief)] if brief else []),
                             "<br>".join(html.escape(f"{i.symbol}: {describe(i)}") for i in shown))
        set_text_color(self.label, theme.warning_color() if self.stale else None)
        self.button.setVisible(bool(self.stale))
        self.setVisible(bool(shown))


def show_freshness(tracker, status: StatusFreshness, summary: PositionSummary,
                   on_update: Callable[[list[str] | None], None]) -> None:
    """Refresh the status bar's and the cards' freshness from the facade."""
    infos = series_freshness(tracker)
    status.show_infos(infos)
    show_on_cards(summary, infos, on_update)
