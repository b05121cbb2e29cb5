"""The combined card (objectName `card_stake`): both listings as one Alibaba holding, in the base
currency the user picks (USD, HKD or CNY), with the ADS premium of the latest common day.

The figures and their definitions are the listing cards' (`summary.FIGURES`), with units in
ADS-equivalents and money converted at each day's rate (`tracker.domain.stake`).
"""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QComboBox

from tracker.domain.fx import CURRENCIES
from tracker.domain.model import Position
from tracker.domain.stake import STAKE, STAKE_NAME
from tracker.ui import formatting as fmt
from tracker.ui import theme
from tracker.ui.i18n import part, tr
from tracker.ui.chart.premium_view import COMPARED
from tracker.ui.summary import FIGURES, PositionCard, set_text_color

_IN_BASE = " " + part(QT_TRANSLATE_NOOP("", "Both listings together: each amount in the chosen currency at the rate "
                                       "of its own day (USDHKD and USDCNY series; the previous rate when a day has "
                                       "none). A conversion between the listings is not money in or out: its lots "
                                       "keep their dates and cost."))
_CHANGED = {
    "shares": (QT_TRANSLATE_NOOP("", "ADS-eq."), part(QT_TRANSLATE_NOOP(
        "", "Units of both listings as ADS: BABA ADS + 9988.HK shares ÷ 8 (1 ADS = 8 ordinary shares)."))),
    "average_cost": (QT_TRANSLATE_NOOP("", "Cost / ADS-eq."), part(QT_TRANSLATE_NOOP(
        "", "Cost basis ÷ ADS-equivalents: each lot at the rate of the day it was bought."))),
    "last_price": (QT_TRANSLATE_NOOP("", "Value / ADS-eq."), part(QT_TRANSLATE_NOOP(
        "", "Market value ÷ ADS-equivalents; below it, the date of the older of the two listings' last prices."))),
}
STAKE_TITLE = QT_TRANSLATE_NOOP("", "Alibaba (both listings)")     # domain.stake.STAKE_NAME
STAKE_FIGURES = tuple(
    replace(f, caption=_CHANGED[f.key][0], definition=_CHANGED[f.key][1] + _IN_BASE)
    if f.key in _CHANGED else replace(f, definition=f.definition + _IN_BASE)
    for f in FIGURES)


class StakeCard(PositionCard):
    FIGURES = STAKE_FIGURES
    FRESHNESS_OF = "USDHKD"          # the series whose age the card's freshness line shows
    currencyChosen = Signal(str)

    def __init__(self, parent=None):
        super().__init__(STAKE, parent)
        self.setObjectName("card_stake")
        self.picker = QComboBox(objectName="stakeCurrency")
        for currency in CURRENCIES:
            self.picker.addItem(currency, currency)
        self.picker.setToolTip(tr("The currency of this card's money figures; remembered."))
        head = self.layout().itemAt(0).layout()
        head.replaceWidget(self.currency, self.picker)
        self.currency.hide()
        self.picker.activated.connect(lambda i: self.currencyChosen.emit(self.picker.itemData(i)))
        self.premium = self.stale.__class__(objectName="cardPremium")
        self.layout().insertWidget(2, self.premium)

    def show_stake(self, p: Position | None, premium=None, problem: str = "", account: str = "") -> None:
        """`premium`: the latest `stake.PremiumPoint` (None: no common day); `problem`: why the
        figures cannot be shown in the chosen currency (no rate at all); `account`: the name of the
        one account shown ("" for every account)."""
        for tile in self.tiles.values():
            tile.setVisible(p is not None)
        if p is not None:
            both = tr("both listings")
            self.show_position(p, f"{both} · {account}" if account else both)
            self.picker.setCurrentIndex(max(0, self.picker.findData(p.currency)))
        self.title.setText(tr(STAKE_NAME))
        self.headline_name = tr("Alibaba")
        self.title.setToolTip(tr("BABA and 9988.HK as one holding, in the currency chosen beside it."))
        if problem:       # nothing can be shown in that currency: say why, on the notice line
            self.stale.setText(f"⚠ {problem}")
            self.stale.setToolTip("")
            self.stale.setVisible(True)
            set_text_color(self.stale, theme.warning_color())
        if premium is None:
            self.premium.setText(tr("ADS premium: no day with closes of both listings"))
            self.premium.setToolTip(tr(COMPARED))
            set_text_color(self.premium, theme.muted_color())
        else:
            text = (tr("ADS premium {rate} on {day} (BABA {ads} vs {parity} USD)") if premium.premium >= 0 else
                    tr("ADS discount {rate} on {day} (BABA {ads} vs {parity} USD)"))
            approx = tr(" ≈ 7.80 peg") if premium.approximate else ""
            self.premium.setText(text.format(rate=fmt.percent(premium.premium), day=premium.day,
                                             ads=fmt.money(premium.ads_close),
                                             parity=fmt.money(premium.parity)) + approx)
            self.premium.setToolTip(
                tr("BABA {ads} against 8 × the 9988.HK close ÷ USDHKD = {parity} on {day}.").format(
                    ads=fmt.money(premium.ads_close, 'USD'), parity=fmt.money(premium.parity, 'USD'), day=premium.day)
                + " " + tr(COMPARED)
                + (" " + tr("No USD/HKD rate was stored on or before that day: 7.80 was used.") if approx else ""))
            set_text_color(self.premium, theme.signed_color(1 if premium.premium >= 0 else -1))

    def set_currency(self, currency: str) -> None:
        self.picker.setCurrentIndex(max(0, self.picker.findData(currency)))
