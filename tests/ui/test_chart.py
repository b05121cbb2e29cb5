"""The price chart as a user meets it: real BABA and 9988.HK prices, trades, presets, the crosshair."""
from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pandas as pd
import pytest

from tests.shared_data import shared_file
from tracker.ui.chart import EventMarker, PriceChart, TradeMarker
from tracker.ui.chart.lod import Pyramid
from tracker.ui.chart.time_axis import date_ticks
from PySide6 import QtTest

from tracker.ui.qt import QtCore, QtGui, QtWidgets

WIDTH, HEIGHT = 1280, 800


def read_prices(name: str) -> pd.DataFrame:
    """A Yahoo-style CSV (Date, Open, High, Low, Close, [Adj Close], Volume) from the shared data."""
    frame = pd.read_csv(shared_file(name))
    frame["Date"] = pd.to_datetime(frame["Date"].str.slice(0, 10))
    return frame


def epoch_seconds(dates: pd.Series) -> np.ndarray:
    return dates.values.astype("datetime64[s]").astype(np.int64)


@pytest.fixture
def baba() -> pd.DataFrame:
    return read_prices("prices_BABA_daily.csv")


@pytest.fixture
def make_chart(qtbot):
    def make(frame: pd.DataFrame | None = None, symbol="BABA", currency="USD", settings=None):
        chart = PriceChart(settings=settings)
        qtbot.addWidget(chart)
        chart.resize(WIDTH, HEIGHT)
        chart.show()
        qtbot.waitExposed(chart)
        if frame is not None:
            chart.set_series(symbol, currency, epoch_seconds(frame["Date"]), frame["Open"], frame["High"],
                             frame["Low"], frame["Close"], frame["Volume"])
        QtWidgets.QApplication.processEvents()
        return chart
    return make


def viewport_point(chart: PriceChart, box, x: float, y: float) -> QtCore.QPoint:
    scene = box.mapViewToScene(QtCore.QPointF(x, y))
    return chart.view.mapFromScene(scene)


def move_mouse(chart: PriceChart, point: QtCore.QPoint) -> None:
    QtTest.QTest.qWait(20)     # pyqtgraph drops mouse moves closer together than 1/60 s
    viewport = chart.view.viewport()
    event = QtGui.QMouseEvent(QtCore.QEvent.Type.MouseMove, QtCore.QPointF(point),
                              QtCore.QPointF(viewport.mapToGlobal(point)), QtCore.Qt.MouseButton.NoButton,
                              QtCore.Qt.MouseButton.NoButton, QtCore.Qt.KeyboardModifier.NoModifier)
    QtWidgets.QApplication.sendEvent(viewport, event)
    QtWidgets.QApplication.processEvents()


def bar_index(frame: pd.DataFrame, day: date) -> int:
    return int(np.flatnonzero(frame["Date"].dt.date.values == day)[0])


# ---------------------------------------------------------------------------------------------- trades
def test_every_trade_gets_a_marker_at_its_date_and_price(make_chart, baba):
    chart = make_chart(baba)
    trades = [TradeMarker(date(2016, 2, 10), "buy", 62.0, 100, "Buy 100 BABA @ 62.00"),
              TradeMarker(date(2018, 6, 1), "sell", 200.0, 50, "Sell 50 BABA @ 200.00"),
              TradeMarker(date(2022, 3, 15), "buy", 80.0, 300, "Buy 300 BABA @ 80.00"),
              TradeMarker(date(2023, 10, 2), "buy", 86.0, 40, "Buy 40 BABA @ 86.00")]
    chart.set_trades(trades)
    chart.set_range_preset("Max")
    placed = chart.trades.trades
    assert len(placed) == len(trades)
    for trade in trades:
        i = bar_index(baba, trade.when)
        [marker] = [m for m in placed if m.label == trade.label]
        assert (marker.index, marker.price, marker.side) == (i, trade.price, trade.side)
    # a bigger trade draws a bigger marker; buys and sells differ in shape (up vs down triangle)
    sizes = {m.label: m.size for m in placed}
    assert sizes["Buy 300 BABA @ 80.00"] > sizes["Buy 100 BABA @ 62.00"] > sizes["Buy 40 BABA @ 86.00"]


def test_markers_placed_one_save_at_a_time_are_those_placed_all_at_once(make_chart, baba):
    """A save places only the new marker; the result is what placing every marker afresh gives,
    also when the new trade is the largest (every marker is then resized) or one is deleted."""
    chart = make_chart(baba)
    days = list(baba["Date"].dt.date.values[::40])
    trades = [TradeMarker(d, ("buy", "sell")[n % 2], 50.0 + n, 10 + n % 7, f"t{n}") for n, d in enumerate(days)]

    def fresh(markers):
        other = make_chart(baba)
        other.set_trades(markers)
        return other.trades.trades
    chart.set_trades(trades)
    for markers in (trades + [TradeMarker(days[3], "buy", 70.0, 5, "small, late")],
                    trades + [TradeMarker(days[5], "sell", 71.0, 500, "the largest")],
                    trades[1:] + [TradeMarker(date(2031, 1, 2), "buy", 1.0, 1, "no bar yet")]):
        chart.set_trades(markers)
        assert chart.trades.trades == fresh(markers)
    assert [t.index for t in chart.trades.trades] == sorted(t.index for t in chart.trades.trades)


def test_hovering_a_trade_marker_tells_what_it_is(make_chart, baba):
    chart = make_chart(baba)
    chart.set_trades([TradeMarker(date(2022, 3, 15), "buy", 80.0, 300, "Buy 300 BABA @ 80.00"),
                      TradeMarker(date(2018, 6, 1), "sell", 200.0, 50, "Sell 50 BABA @ 200.00")])
    chart.set_visible_range(date(2017, 1, 3), date(2023, 1, 3))
    QtWidgets.QApplication.processEvents()
    buy_tip = viewport_point(chart, chart.price_box, bar_index(baba, date(2022, 3, 15)), 80.0)
    move_mouse(chart, buy_tip + QtCore.QPoint(0, 6))          # a buy's triangle sits under its price
    assert chart.trades.hovered == "Buy 300 BABA @ 80.00"
    assert chart.trades.toolTip() == "Buy 300 BABA @ 80.00"
    sell_tip = viewport_point(chart, chart.price_box, bar_index(baba, date(2018, 6, 1)), 200.0)
    move_mouse(chart, sell_tip - QtCore.QPoint(0, 5))         # a sell's triangle sits above it
    assert chart.trades.hovered == "Sell 50 BABA @ 200.00"
    move_mouse(chart, buy_tip - QtCore.QPoint(0, 120))        # empty chart area
    assert chart.trades.hovered == ""


def test_trades_outside_the_loaded_prices_are_not_drawn_on_the_wrong_bar(make_chart, baba):
    chart = make_chart(baba)
    chart.set_trades([TradeMarker(date(2030, 1, 2), "buy", 90.0, 10, "future"),
                      TradeMarker(date(2020, 1, 2), "buy", 220.0, 10, "inside")])
    assert [m.label for m in chart.trades.trades] == ["inside"]


def test_a_trade_on_a_holiday_sits_on_the_next_session(make_chart, baba):
    chart = make_chart(baba)
    chart.set_trades([TradeMarker(date(2023, 12, 25), "buy", 75.0, 10, "Christmas order")])
    [marker] = chart.trades.trades
    assert chart.series.day_of(marker.index) == date(2023, 12, 26)


def test_event_markers_show_their_title_on_hover(make_chart, baba):
    chart = make_chart(baba)
    chart.set_events("earnings", [EventMarker(date(2023, 11, 16), "Earnings FY2024 Q2",
                                              "Revenue 224.8bn CNY")])
    chart.set_events("dividend", [EventMarker(date(2024, 1, 10), "Dividend 1.00 USD per ADS")])
    chart.set_range_preset("1Y")
    QtWidgets.QApplication.processEvents()
    [(i, _event)] = chart.events.events["earnings"]
    assert chart.series.day_of(i) == date(2023, 11, 16)
    rects = {kind: rect for kind, _e, rect in
             chart.events._placed(_device_mapping(chart.events))}
    move_mouse(chart, rects["earnings"].center().toPoint())
    assert chart.events.hovered == "Earnings FY2024 Q2\nRevenue 224.8bn CNY"
    move_mouse(chart, rects["dividend"].center().toPoint())
    assert chart.events.hovered == "Dividend 1.00 USD per ADS"
    with pytest.raises(ValueError, match="kind"):
        chart.set_events("split", [])


def _device_mapping(item):
    t = item.sceneTransform() * item.scene().views()[0].viewportTransform()
    return t.m11(), t.m31(), t.m22(), t.m32()


# ---------------------------------------------------------------------------------------------- range
@pytest.mark.parametrize("preset, start", [
    ("1M", date(2024, 2, 9)), ("3M", date(2023, 12, 11)), ("6M", date(2023, 9, 11)),
    ("YTD", date(2024, 1, 2)), ("1Y", date(2023, 3, 9)), ("3Y", date(2021, 3, 9)),
    ("5Y", date(2019, 3, 11)), ("Max", date(2014, 9, 19))])
def test_range_presets_show_the_expected_span(make_chart, baba, preset, start):
    chart = make_chart(baba)
    last = baba["Date"].iloc[-1].date()
    assert last == date(2024, 3, 8)
    chart.set_range_preset(preset)
    assert chart.visible_range() == (start, last)


def test_the_active_preset_is_shown_until_the_user_pans_away(make_chart, baba):
    chart = make_chart(baba)
    buttons = chart.toolbar.preset_buttons
    buttons["1Y"].click()
    assert [n for n, b in buttons.items() if b.isChecked()] == ["1Y"]
    chart.set_range_preset("3M")
    assert [n for n, b in buttons.items() if b.isChecked()] == ["3M"]
    chart.center_on(date(2022, 5, 26))
    assert not any(b.isChecked() for b in buttons.values())


def test_visible_range_round_trips_for_the_window_to_restore(make_chart, baba):
    chart = make_chart(baba)
    seen = []
    chart.rangeChanged.connect(lambda a, b: seen.append((a, b)))
    chart.set_visible_range(date(2020, 6, 1), date(2020, 12, 31))
    assert chart.visible_range() == (date(2020, 6, 1), date(2020, 12, 31))
    assert seen[-1] == (date(2020, 6, 1), date(2020, 12, 31))
    chart.center_on(date(2022, 5, 26))
    first, last = chart.visible_range()
    middle = chart.series.index_of(date(2022, 5, 26))
    assert abs((chart.series.index_of(first) + chart.series.index_of(last)) / 2 - middle) <= 1


def test_price_axis_fits_the_bars_in_view(make_chart, baba):
    chart = make_chart(baba)
    chart.set_range_preset("1M")
    first, last = chart.visible_range()
    shown = baba[(baba["Date"].dt.date >= first) & (baba["Date"].dt.date <= last)]
    y0, y1 = chart.price_box.viewRange()[1]
    lo, hi = shown["Low"].min(), shown["High"].max()
    assert y0 < lo and y1 > hi
    assert (y1 - y0) < 2 * (hi - lo)    # fitted to the month, not to ten years of prices


def test_keyboard_pans_zooms_and_jumps(make_chart, baba):
    chart = make_chart(baba)
    chart.set_range_preset("1Y")
    first, last = chart.visible_range()
    chart.view.setFocus()
    QtWidgets.QApplication.processEvents()
    send_key(chart, QtCore.Qt.Key.Key_Left)
    assert chart.visible_range()[1] < last
    send_key(chart, QtCore.Qt.Key.Key_Home)
    assert chart.visible_range()[0] == date(2014, 9, 19)
    send_key(chart, QtCore.Qt.Key.Key_End)
    assert chart.visible_range()[1] == last
    span = _span(chart)
    send_key(chart, QtCore.Qt.Key.Key_Up)
    assert _span(chart) < span
    send_key(chart, QtCore.Qt.Key.Key_Down)
    send_key(chart, QtCore.Qt.Key.Key_Down)
    assert _span(chart) > span


def send_key(chart, key):
    for kind in (QtCore.QEvent.Type.KeyPress, QtCore.QEvent.Type.KeyRelease):
        QtWidgets.QApplication.sendEvent(chart.view, QtGui.QKeyEvent(kind, key, QtCore.Qt.KeyboardModifier.NoModifier))
    QtWidgets.QApplication.processEvents()


def _span(chart):
    x0, x1 = chart.price_box.viewRange()[0]
    return x1 - x0


def test_wheel_zooms_along_time_only(make_chart, baba):
    chart = make_chart(baba)
    chart.set_range_preset("1Y")
    before = _span(chart)
    center = chart.view.viewport().rect().center()
    wheel = QtGui.QWheelEvent(QtCore.QPointF(center), QtCore.QPointF(chart.view.viewport().mapToGlobal(center)),
                              QtCore.QPoint(0, 0), QtCore.QPoint(0, 120), QtCore.Qt.MouseButton.NoButton,
                              QtCore.Qt.KeyboardModifier.NoModifier, QtCore.Qt.ScrollPhase.NoScrollPhase, False)
    QtWidgets.QApplication.sendEvent(chart.view.viewport(), wheel)
    QtWidgets.QApplication.processEvents()
    assert _span(chart) < before
    first, last = chart.visible_range()
    shown = baba[(baba["Date"].dt.date >= first) & (baba["Date"].dt.date <= last)]
    y0, y1 = chart.price_box.viewRange()[1]
    assert y0 < shown["Low"].min() and y1 > shown["High"].max()


# ---------------------------------------------------------------------------------------------- readout
def test_crosshair_readout_shows_the_exact_ohlc_of_the_bar_under_the_mouse(make_chart, baba):
    chart = make_chart(baba)
    held = {}
    chart.set_holdings(lambda day: held.get(day, (200.0, 200.0 * 1.0)) if day >= date(2020, 1, 2) else None)
    chart.set_visible_range(date(2020, 9, 1), date(2020, 12, 31))
    QtWidgets.QApplication.processEvents()
    day = date(2020, 11, 3)
    i = bar_index(baba, day)
    row = baba.iloc[i]
    move_mouse(chart, viewport_point(chart, chart.price_box, i, float(row["Close"])))
    fields = chart.readout_fields()
    assert fields["date"] == "Tue 2020-11-03"
    assert (fields["O"], fields["H"], fields["L"], fields["C"]) == tuple(
        f"{row[c]:,.2f}" for c in ("Open", "High", "Low", "Close"))
    prev = baba.iloc[i - 1]["Close"]
    assert fields["change"] == f"{row['Close'] - prev:+,.2f} ({(row['Close'] - prev) / prev * 100:+.2f}%)"
    assert fields["Held"] == "200"
    text = chart.readout.plain_text()
    for value in (fields["O"], fields["H"], fields["L"], fields["C"], fields["change"], "Held 200"):
        assert value in text
    assert chart.cross_x.isVisible() and chart.cross_x.value() == i
    assert chart.date_axis.cursor == (i, "2020-11-03")          # boxed on the axes too
    assert abs(float(chart.price_axis.cursor[1]) - row["Close"]) < 0.5
    move_mouse(chart, QtCore.QPoint(-50, -50))
    QtWidgets.QApplication.sendEvent(chart.view.viewport(), QtCore.QEvent(QtCore.QEvent.Type.Leave))
    assert not chart.cross_x.isVisible() and chart.date_axis.cursor is None


def test_the_readout_wraps_on_a_narrow_chart_instead_of_being_cut(make_chart, baba, tmp_path):
    chart = make_chart(baba)
    chart.set_holdings(lambda day: (12345.0, 12345.0 * 90.0))
    for w in (20, 50, 200):
        chart.set_overlay(f"ma{w}", True)
    chart.set_range_preset("1Y")
    readout = chart.readout
    one_line = readout.height()
    move_mouse(chart, viewport_point(chart, chart.price_box, len(baba) - 3, float(baba.iloc[-3]["Close"])))
    wide_text = readout.plain_text()
    assert "MA 200" in wide_text and "Value" in wide_text
    chart.resize(520, 460)
    QtWidgets.QApplication.processEvents()
    move_mouse(chart, viewport_point(chart, chart.price_box, len(baba) - 2, float(baba.iloc[-2]["Close"])))
    assert readout._text.size().width() <= readout.width() - readout.LEFT    # nothing past the edge
    assert readout._text.size().height() <= readout.height()                  # nor below it
    assert readout.height() > one_line                                         # a second line instead
    chart.grab().save(str(tmp_path / "narrow.png"))


def test_hovering_bars_whose_readout_needs_more_or_fewer_lines_does_not_move_the_panes(make_chart, baba):
    """A bar with holdings needs a second line where one without does not: the panes stay where
    they are as the pointer goes between them (a hover aimed at a marker stays on it)."""
    chart = make_chart(baba)
    held_from = baba["Date"].dt.date.values[len(baba) - 5]
    chart.set_holdings(lambda day: (12345.0, 12345.0 * 90.0) if day >= held_from else None)
    for w in (20, 50, 200):
        chart.set_overlay(f"ma{w}", True)
    chart.set_range_preset("1Y")
    QtWidgets.QApplication.processEvents()
    readout = chart.readout

    def hover(i: int) -> tuple[int, int]:
        move_mouse(chart, viewport_point(chart, chart.price_box, i, float(baba.iloc[i]["Close"])))
        QtWidgets.QApplication.processEvents()
        return readout.height(), chart.view.mapTo(chart, QtCore.QPoint(0, 0)).y()
    for width in range(900, 400, -20):      # a width where only the bars with holdings wrap
        chart.resize(width, 460)
        QtWidgets.QApplication.processEvents()
        hover(len(baba) - 30)
        readout.forget_height()                # (as for a new listing: the lines this text needs)
        without = readout.height(), chart.view.mapTo(chart, QtCore.QPoint(0, 0)).y()
        with_holdings = hover(len(baba) - 2)
        if with_holdings[0] > without[0]:
            break
    else:
        raise AssertionError("no width where only a readout with holdings needs a second line")
    assert hover(len(baba) - 30) == with_holdings          # back on a shorter readout: nothing moved
    assert hover(len(baba) - 2) == with_holdings
    chart.resize(1400, 460)                                  # room again: one line
    QtWidgets.QApplication.processEvents()
    assert hover(len(baba) - 30)[0] == without[0]


def test_readout_has_no_holdings_before_the_first_trade(make_chart, baba):
    chart = make_chart(baba)
    chart.set_holdings(lambda day: (10.0, 900.0) if day >= date(2021, 1, 4) else None)
    chart.set_visible_range(date(2020, 9, 1), date(2020, 12, 31))
    assert "Held" not in chart.readout_fields()


# ---------------------------------------------------------------------------------------------- scale
def test_log_scale_toggles_from_the_toolbar(make_chart, baba):
    chart = make_chart(baba)
    chart.set_range_preset("Max")
    linear = chart.price_box.viewRange()[1]
    assert linear[1] > baba["High"].max()
    chart.toolbar.log_button.click()
    assert chart.log and chart.price_axis.log
    y0, y1 = chart.price_box.viewRange()[1]
    assert y0 < np.log10(baba["Low"].min()) < np.log10(baba["High"].max()) < y1 < 3
    labels = [text for _v, text in chart.price_axis.ticks(y0, y1, 600)]
    assert "100" in labels and "200" in labels           # a log axis still reads in prices
    chart.toolbar.log_button.click()
    assert not chart.log and chart.price_box.viewRange()[1][1] > 300


def test_hong_kong_listing_is_labelled_hkd(make_chart):
    frame = read_prices("prices_9988HK_daily.csv")
    chart = make_chart(frame, symbol="9988.HK", currency="HKD")
    assert chart.price_axis.labelText == "HKD"
    assert "9988.HK" in chart.readout.plain_text()


def test_us_listing_is_labelled_usd(make_chart, baba):
    assert make_chart(baba).price_axis.labelText == "USD"


def test_line_mode_and_overlays_are_remembered(make_chart, baba, tmp_path):
    settings = QtCore.QSettings(str(tmp_path / "chart.ini"), QtCore.QSettings.Format.IniFormat)
    chart = make_chart(baba, settings=settings)
    chart.toolbar.line_button.click()
    chart.toolbar.overlay_actions["ma20"].trigger()
    chart.toolbar.overlay_actions["trades"].trigger()
    chart.toolbar.log_button.click()
    assert chart.ma_lines[20].isVisible() and not chart.trades.isVisible()
    settings.sync()
    again = make_chart(baba, settings=QtCore.QSettings(str(tmp_path / "chart.ini"), QtCore.QSettings.Format.IniFormat))
    assert again.chart_style == "line" and again.candles.style == "line"
    assert again.overlays["ma20"] and not again.overlays["trades"] and again.log
    assert again.ma_lines[20].isVisible() and not again.trades.isVisible()
    assert again.toolbar.overlay_actions["ma20"].isChecked()


def test_cost_line_steps_at_each_trade_and_breaks_when_flat(make_chart, baba):
    chart = make_chart(baba)
    chart.set_cost_line([(date(2016, 2, 10), 62.0), (date(2018, 6, 1), 70.0), (date(2019, 1, 2), None),
                         (date(2022, 3, 15), 80.0)])
    a, b, c = (bar_index(baba, d) for d in (date(2016, 2, 10), date(2018, 6, 1), date(2019, 1, 2)))
    assert chart.cost_line.cost_at(a) == 62.0 and chart.cost_line.cost_at(b - 1) == 62.0
    assert chart.cost_line.cost_at(b) == 70.0
    assert chart.cost_line.cost_at(c + 5) is None
    assert chart.cost_line.cost_at(len(baba) - 1) == 80.0


def test_a_cost_far_from_the_prices_never_squeezes_the_candles(make_chart, baba):
    """Bought near the 2020 top: the cost is far above the prices of the last year. The price
    axis still fits the bars in view; the cost is a labelled marker at the top edge instead."""
    chart = make_chart(baba)
    chart.set_cost_line([(date(2020, 10, 27), 310.0)])
    chart.set_range_preset("1Y")
    first, last = chart.visible_range()
    shown = baba[(baba["Date"].dt.date >= first) & (baba["Date"].dt.date <= last)]
    assert shown["High"].max() < 250                       # the cost is well above every bar
    y0, y1 = chart.price_box.viewRange()[1]
    low, high = shown["Low"].min(), shown["High"].max()
    assert y0 < low and high < y1 < high + (high - low) * 0.5    # the bars fill the pane
    assert chart.cost_line.edge_marker() == ("above", 310.0)

    chart.set_cost_line([(date(2020, 10, 27), 5.0)])         # below every bar: the bottom edge
    y0, _ = chart.price_box.viewRange()[1]
    assert y0 > 5.0 and chart.cost_line.edge_marker() == ("below", 5.0)

    chart.set_cost_line([(date(2020, 10, 27), float(shown["Close"].iloc[-1]))])   # inside: a line
    assert chart.cost_line.edge_marker() is None

    sold_out = baba["Date"].dt.date.iloc[-60]              # everything sold (or converted) in view
    chart.set_cost_line([(date(2020, 10, 27), 310.0), (sold_out, None)])
    assert chart.cost_line.edge_marker() is None            # no cost pinned for a holding now gone

    chart.set_cost_line([(date(2020, 10, 27), 310.0)])
    chart.set_log(True)                                    # log scale: same rule, in log units
    y0, y1 = chart.price_box.viewRange()[1]
    assert y1 < np.log10(310.0) and chart.cost_line.edge_marker() == ("above", 310.0)


def test_marker_placement_matches_the_one_by_one_lookup(baba):
    """`indexes_of` (one searchsorted for all trades) puts every date where `index_of` does:
    trading days, weekends and holidays (the next session), before and after the data."""
    from tracker.ui.chart.series import Series
    s = Series("BABA", "USD", epoch_seconds(baba["Date"]), baba["Open"], baba["High"], baba["Low"],
               baba["Close"], baba["Volume"])
    start = baba["Date"].iloc[0].date() - timedelta(days=10)
    days = [start + timedelta(days=i) for i in range((baba["Date"].iloc[-1].date() - start).days + 20)]
    assert list(s.indexes_of(days)) == [s.index_of(d) for d in days]
    assert [bool(c) for c in s.covers(days)] == [s.day_of(0) <= d <= s.day_of(len(s) - 1) for d in days]


# ---------------------------------------------------------------------------------------------- LOD
def test_lod_candles_keep_each_buckets_high_and_low():
    rng = np.random.default_rng(3)
    n = 10_001                                   # odd, so the last bucket of most levels is short
    close = 100 * np.exp(np.cumsum(rng.normal(0, 0.01, n)))
    open_ = close * np.exp(rng.normal(0, 0.005, n))
    high = np.maximum(open_, close) * 1.01
    low = np.minimum(open_, close) * 0.99
    volume = rng.integers(1, 1000, n).astype(float)
    pyramid = Pyramid(open_, high, low, close, volume)
    assert len(pyramid.levels) > 5
    for level in pyramid.levels[1:]:
        size = level.bucket
        for j in (0, 1, len(level) // 2, len(level) - 1):
            bars = slice(j * size, min((j + 1) * size, n))
            assert level.high[j] == high[bars].max()
            assert level.low[j] == low[bars].min()
            assert level.open[j] == open_[bars][0]
            assert level.close[j] == close[bars][-1]
            assert level.volume[j] == pytest.approx(volume[bars].mean())


def test_zoomed_out_chart_still_shows_a_one_bar_spike(make_chart):
    n = 250_000
    ts = np.arange(n, dtype=np.int64) * 60 + 1_600_000_000 // 60 * 60
    close = np.full(n, 50.0)
    high, low = close + 0.5, close - 0.5
    high[123_457] = 95.0                          # one bar spikes, one bar crashes
    low[200_001] = 12.0
    chart = make_chart()
    chart.set_series("SYN", "USD", ts, close, high, low, close, np.ones(n))
    chart.set_range_preset("Max")
    chart.repaint()
    assert chart.candles.last_level.bucket >= 256     # drawing buckets, not 250,000 bars
    y0, y1 = chart.price_box.viewRange()[1]
    assert y0 < 12.0 and y1 > 95.0
    level = chart.candles.last_level
    j0, j1 = chart.candles.last_span
    assert level.high[j0:j1].max() == 95.0 and level.low[j0:j1].min() == 12.0


def test_prices_spanning_many_decades_still_draw_when_zoomed_in(make_chart):
    """Early bars at billions and late bars near 10: zoomed on the late bars the data's full extent
    is far outside what Qt's integer rects hold, and the candles must still be painted."""
    n = 5_000
    ts = (np.datetime64("2010-01-04") + np.arange(n) * np.timedelta64(1, "D")).astype("datetime64[s]").astype(np.int64)
    close = np.geomspace(1e10, 10.0, n)
    chart = make_chart()
    chart.set_series("SYN", "USD", ts, close, close * 1.01, close * 0.99, close, np.ones(n))
    chart.price_box.setXRange(n - 60, n, padding=0)
    chart.candles.last_level = None
    chart.repaint()
    assert chart.candles.last_level is not None and chart.candles.last_level.bucket == 1
    assert chart.candles.last_span[1] == n


def test_drag_pans_along_time(make_chart, baba):
    chart = make_chart(baba)
    chart.set_range_preset("1Y")
    first, last = chart.visible_range()
    y_before = chart.price_box.viewRange()[1]
    viewport = chart.view.viewport()
    start = QtCore.QPointF(viewport.rect().center())
    buttons = QtCore.Qt.MouseButton.LeftButton
    no_keys = QtCore.Qt.KeyboardModifier.NoModifier

    def send(kind, pos, button, held):
        QtTest.QTest.qWait(20)
        QtWidgets.QApplication.sendEvent(viewport, QtGui.QMouseEvent(
            kind, pos, QtCore.QPointF(viewport.mapToGlobal(pos.toPoint())), button, held, no_keys))
        QtWidgets.QApplication.processEvents()

    send(QtCore.QEvent.Type.MouseButtonPress, start, buttons, buttons)
    for step in range(1, 6):
        send(QtCore.QEvent.Type.MouseMove, start + QtCore.QPointF(60 * step, 40 * step), QtCore.Qt.MouseButton.NoButton, buttons)
    send(QtCore.QEvent.Type.MouseButtonRelease, start + QtCore.QPointF(300, 200), buttons, QtCore.Qt.MouseButton.NoButton)
    new_first, new_last = chart.visible_range()
    assert new_first < first and new_last < last          # dragged right: earlier bars come in
    shown = baba[(baba["Date"].dt.date >= new_first) & (baba["Date"].dt.date <= new_last)]
    y0, y1 = chart.price_box.viewRange()[1]                # y follows the bars, not the drag
    assert y0 < shown["Low"].min() and y1 > shown["High"].max()
    assert (y0, y1) != tuple(y_before)


# ---------------------------------------------------------------------------------------------- axis
def test_date_labels_follow_the_zoom():
    days = pd.bdate_range("2019-01-01", "2024-12-31")
    ts = epoch_seconds(pd.Series(days))
    n = len(ts)
    years = [text for _i, text in date_ticks(ts, 0, n, 1200)]
    assert {"2020", "2021", "2022", "2023", "2024"} <= set(years) <= {
        "2019", "2020", "2021", "2022", "2023", "2024", "Jul"}
    decade = [text for _i, text in date_ticks(ts, 0, n, 300)]    # a narrow chart: years only
    assert decade and all(t.isdigit() and len(t) == 4 for t in decade)
    months = [text for _i, text in date_ticks(ts, n - 300, n - 48, 1200)]   # Oct 2023 .. Oct 2024
    assert "Mar" in months and "2024" in months
    days_ = [text for _i, text in date_ticks(ts, n - 10, n, 1200)]
    assert all(t.isdigit() and int(t) <= 31 or t in ("Dec",) for t in days_)
    minutes = pd.date_range("2024-03-04 09:30", periods=390 * 3, freq="min")
    ts_min = epoch_seconds(pd.Series(minutes))
    times = [text for _i, text in date_ticks(ts_min, 300, 500, 1200)]
    assert all(":" in t or t.startswith("Mar") for t in times) and "14:30" in times


def test_date_labels_never_crowd(baba):
    for x0, x1 in ((0, len(baba)), (len(baba) - 300, len(baba)), (len(baba) - 22, len(baba))):
        ticks = date_ticks(epoch_seconds(baba["Date"]), x0, x1, 1200)
        px = [i * 1200 / (x1 - x0) for i, _t in ticks]
        assert all(b - a >= 60 for a, b in zip(px, px[1:]))


# ---------------------------------------------------------------------------------------------- states
def test_empty_listing_offers_the_price_import(make_chart, qtbot):
    chart = make_chart()
    empty = np.zeros(0)
    chart.set_series("9988.HK", "HKD", np.zeros(0, dtype=np.int64), empty, empty, empty, empty, empty)
    assert chart.pages.currentWidget() is chart.empty_page
    assert "No prices for 9988.HK" in chart.empty_label.text()
    with qtbot.waitSignal(chart.importPricesRequested, timeout=1000):
        chart.import_button.click()


def test_bad_bars_are_refused_with_the_field_named(make_chart):
    chart = make_chart()
    with pytest.raises(ValueError, match="close: 2 values for 3 bars"):
        chart.set_series("BABA", "USD", np.array([1, 2, 3]) * 86400, [1.0] * 3, [1.0] * 3, [1.0] * 3,
                         [1.0] * 2, [1.0] * 3)
    with pytest.raises(ValueError, match="increasing time order"):
        chart.set_series("BABA", "USD", np.array([3, 2, 1]) * 86400, *([[1.0] * 3] * 5))


def test_position_view_shows_value_against_money_invested(make_chart, baba):
    chart = make_chart(baba)
    days = [date(2024, 1, 2) + timedelta(days=k) for k in range(30)]
    value = np.linspace(1000, 1300, 30)
    invested = np.full(30, 1100.0)
    chart.set_position_series(days, value, invested, value - invested)
    chart.toolbar.position_view_button.click()
    assert chart.pages.currentWidget() is chart.position_view
    assert not chart.readout.isVisible()
    text = chart.position_view.readout.text()
    assert "2024-01-31" in text and "1,300.00 USD" in text and "+200.00 USD" in text
    chart.toolbar.price_view_button.click()
    assert chart.pages.currentWidget() is chart.view


def test_exports_carry_a_title_and_come_at_the_chosen_size(make_chart, baba, tmp_path):
    chart = make_chart(baba)
    chart.set_trades([TradeMarker(date(2024, 2, 1), "buy", 70.0, 10, "Buy 10")])
    chart.set_range_preset("1Y")
    shown = chart.view.size()
    first, last = chart.visible_range()
    title = chart.export_title()
    assert title.startswith(f"BABA · Price · {first} to {last} · exported ")
    chart.export_png(tmp_path / "chart.png")
    image = QtGui.QImage(str(tmp_path / "chart.png"))
    assert (image.width(), image.height()) == (1600, 900)           # the default size
    assert chart.view.size() == shown                               # the window keeps its chart
    chart.export_png(tmp_path / "small.png", size=(800, 500))
    assert QtGui.QImage(str(tmp_path / "small.png")).size() == QtCore.QSize(800, 500)
    chart.export_svg(tmp_path / "chart.svg")
    svg = (tmp_path / "chart.svg").read_text()
    assert "<svg" in svg and "USD" in svg and 'width="1600' in svg
    assert f"{first} to {last}" in svg                               # the title, as text
    assert svg.count("<rect") + svg.count("<path") > 100     # candles are vector shapes


def test_the_export_title_band_is_painted_above_the_chart(make_chart, baba, tmp_path):
    chart = make_chart(baba)
    chart.set_range_preset("1Y")
    chart.export_png(tmp_path / "chart.png")
    image = QtGui.QImage(str(tmp_path / "chart.png"))
    band = [image.pixelColor(x, y) for y in range(4, 30) for x in range(12, 400)]
    background = image.pixelColor(1, 1)
    assert sum(c != background for c in band) > 200                 # the title's letters


def test_chart_follows_a_dark_palette(make_chart, baba):
    from tracker.ui import theme
    app = QtWidgets.QApplication.instance()
    before = app.palette()
    chart = make_chart(baba)
    try:
        app.setPalette(theme.dark_palette())
        QtWidgets.QApplication.processEvents()
        base = chart.view.palette().color(QtGui.QPalette.ColorRole.Base)
        assert base.lightness() < 60
        assert chart.view.backgroundBrush().color() == base
        assert chart.price_axis.textPen().color().lightness() > 180      # light labels on dark
        assert chart.candles.up == theme.gain_color()                    # the dark scheme's green
    finally:
        app.setPalette(before)
