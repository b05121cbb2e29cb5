"""The combined card leads the summary, in the currency the user picks (remembered); the chart's
Premium view and the card's premium line; the dividend dialog's received amount; the conversion
dialog proposes the day's rate."""
from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate

from tests.ui.conftest import buy
from tracker.domain.model import Dividend
from tracker.domain.stake import STAKE

PRICES = ("Date,Open,High,Low,Close,Volume\n"
          "2024-03-01,{p},{p},{p},{p},100\n2024-03-04,{q},{q},{q},{q},100\n")
RATES = "Date,Close\n2024-03-01,7.8200\n"


def stock(window, baba=("75.00", "76.00"), hk=("73.00", "74.00")):
    t = window.tracker
    t.import_prices(io.StringIO(PRICES.format(p=baba[0], q=baba[1])), "BABA")
    t.import_prices(io.StringIO(PRICES.format(p=hk[0], q=hk[1])), "9988.HK")
    t.add_trade(buy("BABA", date(2024, 3, 1), "10", "75.00", "0"))
    t.add_trade(buy("9988.HK", date(2024, 3, 1), "80", "73.00", "0"))
    window.check_outside_changes()


def test_the_combined_card_comes_first_and_adds_both_legs(window, qtbot):
    window.tracker.import_prices(io.StringIO(RATES), "USDHKD")
    stock(window)
    cards = list(window.summary.cards)
    assert cards[0] == STAKE and set(cards[1:]) == {"BABA", "9988.HK"}
    card = window.summary.cards[STAKE]
    layout = window.summary.cards_layout
    assert layout.indexOf(card) == 0
    # 10 ADS + 80 / 8 = 20 ADS-equivalents; 10 x 76.00 + 80 x 74.00 / 7.82 (the 03-01 rate carried) USD
    assert card.figure_text("shares") == "20"
    assert card.figure_text("market_value") == f"{760 + 80 * 74 / 7.82:,.2f} USD"
    assert card.title.text() == "Alibaba (both listings)"
    # premium on 2024-03-04: 76.00 / (8 x 74.00 / 7.82) - 1 = +0.39 %
    assert card.premium.text().startswith(f"ADS premium +{(76 / (8 * 74 / 7.82) - 1) * 100:.2f}% on 2024-03-04")
    assert "approximate" not in card.stale.text()        # every amount had a rate


def test_the_base_currency_is_picked_and_remembered(make_window, qtbot, settings_path):
    first = make_window()
    first.tracker.import_prices(io.StringIO(RATES), "USDHKD")
    stock(first)
    card = first.summary.cards[STAKE]
    card.picker.setCurrentIndex(card.picker.findData("HKD"))
    card.picker.activated.emit(card.picker.currentIndex())
    # 10 x 76.00 x 7.82 + 80 x 74.00 = 5,943.20 + 5,920 HKD
    assert card.figure_text("market_value") == "11,863.20 HKD"
    first.close()
    second = make_window()
    again = second.summary.cards[STAKE]
    assert again.picker.currentData() == "HKD" and again.figure_text("market_value") == "11,863.20 HKD"
    # CNY without a USDCNY series: the card says what to import, and shows no figures
    again.picker.setCurrentIndex(again.picker.findData("CNY"))
    again.picker.activated.emit(again.picker.currentIndex())
    assert "USDCNY" in again.stale.text() and again.tiles["market_value"].isHidden()


def test_without_rates_the_card_is_marked_approximate(window):
    stock(window)
    card = window.summary.cards[STAKE]
    assert not card.stale.isHidden() and "approximate" in card.stale.text()
    assert card.figure_text("market_value") == f"{760 + 80 * 74 / 7.80:,.2f} USD"
    assert "7.80 peg" in card.premium.text()


def test_the_premium_view_shows_each_common_day(window, qtbot):
    window.tracker.import_prices(io.StringIO(RATES), "USDHKD")
    stock(window)
    window.chart.toolbar.premium_view_button.click()
    view = window.chart.premium_view
    assert window.chart.pages.currentWidget() is view
    assert view.dates == [date(2024, 3, 1), date(2024, 3, 4)]
    assert view.premium[0] == __import__("pytest").approx((75 / (8 * 73 / 7.82) - 1) * 100)
    assert "ADS premium" in view.readout.text() and "2024-03-04" in view.readout.text()
    window.chart.toolbar.price_view_button.click()
    assert window.chart.pages.currentWidget() is not view


def test_dividend_dialog_records_the_hkd_received_and_derives_the_rate(window, qtbot):
    from tracker.ui.trade_dialog import DividendDialog
    window.tracker.add_trade(buy("9988.HK", date(2024, 3, 1), "80", "73.00", "0"))
    saved = []
    dialog = DividendDialog(window.tracker, saved.append, symbol="9988.HK", parent=window)
    dialog.date.setDate(QDate(2024, 6, 13))
    for editor, text, name in ((dialog.gross, "1.00", "gross"), (dialog.received, "7.81", "received")):
        editor.setText(text)
        dialog._edited(name)
    assert dialog.rows["received"].suffix.text() == "HKD"
    assert dialog.div_rate.placeholderText() == "7.81 derived"       # 7.81 HKD / 1.00 USD
    assert dialog.record is not None
    assert (dialog.record.received, dialog.record.received_currency) == (Decimal("7.81"), "HKD")
    window.tracker.add_dividend(dialog.record)
    stored = window.tracker.dividends("9988.HK")[0]
    assert stored.fx_rate == Decimal("7.81")             # 7.81 HKD received / 1.00 USD net
    # BABA's dividend is received as declared: the fields are off
    dialog.symbol.setCurrentIndex(dialog.symbol.findData("BABA"))
    dialog._edited("symbol")
    assert not dialog.received.isEnabled()


def test_conversion_dialog_proposes_the_days_rate(window, qtbot):
    from tracker.ui.trade_dialog import ConversionDialog
    window.tracker.import_prices(io.StringIO("Date,Close\n2024-03-01,7.8200\n2024-03-05,7.8250\n"), "USDHKD")
    window.tracker.add_trade(buy("BABA", date(2024, 3, 1), "10", "75.00", "0"))
    dialog = ConversionDialog(window.tracker, lambda c: None, parent=window)
    dialog.date.setDate(QDate(2024, 3, 4))           # no rate that day: the 03-01 rate
    assert dialog.fx_rate.text() == "7.82" and dialog.fx_source.text().startswith("2024-03-01")
    dialog.date.setDate(QDate(2024, 3, 5))
    assert dialog.fx_rate.text() == "7.825"
    dialog.fx_rate.setText("7.9")
    dialog._edited("fx_rate")
    dialog.date.setDate(QDate(2024, 3, 1))           # a rate typed by the user stays
    assert dialog.fx_rate.text() == "7.9" and dialog.fx_source.text() == "typed by you"


def test_the_price_import_dialog_offers_the_exchange_rates(window, qtbot, tmp_path):
    from tests.ui.test_imports_ui import click_import
    path = tmp_path / "HKD=X.csv"
    path.write_text("Date,Open,High,Low,Close,Adj Close,Volume\n2024-03-01,7.8190,7.8230,7.8170,7.8200,7.8200,0\n")
    dialog = window.import_prices(path)
    offered = [dialog.symbol.itemData(i) for i in range(dialog.symbol.count())]
    assert offered[:2] == ["BABA", "9988.HK"] and {"USDHKD", "USDCNY"} <= set(offered)
    assert dialog.symbol.currentData() == "USDHKD"                 # Yahoo's name for the series
    assert "Hong Kong dollars per US dollar" in dialog.symbol.currentText()
    click_import(qtbot, window, dialog)
    assert window.tracker.fx_rate("USD", "HKD", date(2024, 3, 4)).value == Decimal("7.82")
    stock(window)
    assert "approximate" not in window.summary.cards[STAKE].stale.text()
