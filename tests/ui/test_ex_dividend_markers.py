"""Declared ex-dividend dates on the price chart, beside the dividends the user received."""
from datetime import date
from decimal import Decimal

from tests.shared_data import shared_file
from tests.ui.conftest import buy
from tracker.domain.model import Dividend
from tracker.ui.chart.markers import DIVIDEND
from tracker.ui.qt import QtCore, QtWidgets
from PySide6 import QtTest


def _placed(chart):
    t = chart.events.sceneTransform() * chart.events.scene().views()[0].viewportTransform()
    return list(chart.events._placed((t.m11(), t.m31(), t.m22(), t.m32())))


def test_the_chart_shows_each_declared_ex_date_as_a_hollow_dividend_marker(window, qtbot):
    window.tracker.import_prices(shared_file("prices_BABA_daily.csv"), "BABA")   # to 2024-03-08
    window.tracker.add_trade(buy(day=date(2023, 6, 1)))
    window.tracker.add_dividend(Dividend("BABA", date(2024, 1, 11), Decimal(100)))
    window.refresh(prices=True)
    fed = window.chart._events[DIVIDEND]
    assert [(m.when, m.hollow) for m in fed] == [(date(2023, 12, 20), True), (date(2024, 1, 11), False),
                                                 (date(2024, 6, 13), True), (date(2025, 6, 12), True),
                                                 (date(2026, 6, 11), True)]
    ex = fed[0]
    assert ex.title == "Ex-dividend: FY2023 annual dividend"
    assert ex.detail.startswith("US$1.00 per ADS; record date 2023-12-21; pay date not sourced")
    # the prices end in March 2024: only the ex-date and the payment inside them are drawn
    placed = [window.chart.series.day_of(i) for i, _m in window.chart.events.events[DIVIDEND]]
    assert placed == [date(2023, 12, 20), date(2024, 1, 11)]
    window.chart.set_range_preset("6M")
    QtWidgets.QApplication.processEvents()
    rect = next(r for kind, m, r in _placed(window.chart) if kind == DIVIDEND and m.hollow)
    QtTest.QTest.qWait(20)
    QtTest.QTest.mouseMove(window.chart.view.viewport(), rect.center().toPoint())
    QtTest.QTest.qWait(20)
    QtTest.QTest.mouseMove(window.chart.view.viewport(), rect.center().toPoint() + QtCore.QPoint(0, 1))
    qtbot.waitUntil(lambda: window.chart.events.hovered.startswith("Ex-dividend: FY2023 annual dividend"))


def test_the_hong_kong_chart_uses_the_hong_kong_ex_dates(window):
    markers = window._event_markers("9988.HK")[DIVIDEND]
    assert [m.when for m in markers if m.hollow] == [date(2023, 12, 20), date(2024, 6, 13),
                                                     date(2025, 6, 11), date(2026, 6, 10)]
    assert "US$0.25 per share" in markers[2].detail


def test_hollow_and_filled_glyphs_differ(qapp):
    from tracker.ui.chart.marker_layers import event_pixmap
    filled, hollow = event_pixmap(DIVIDEND).toImage(), event_pixmap(DIVIDEND, hollow=True).toImage()
    centre = QtCore.QPoint(filled.width() // 2, filled.height() // 6)    # inside the disc, above the letter
    assert filled.pixelColor(centre) != hollow.pixelColor(centre)
    assert hollow.pixelColor(centre).lightness() > 200                  # light inside the ring
