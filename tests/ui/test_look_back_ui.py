"""The window's period selector, cost method and as-of date (remembered), the Gains view and the
position view's TWR against a benchmark, on the real BABA price file."""
from datetime import date
from decimal import Decimal as D

import pytest

from tests.shared_data import shared_file
from tests.ui.conftest import buy
from tracker.domain import periods


@pytest.fixture
def held(tracker):
    """1 BABA bought 2022-03-14 at 77.76 and 100 at 92.00 on 2022-03-16; 50 sold on 2024-04-05 at 72
    and 20 on 2024-04-08 at 74 (each with a 2.00 fee); a benchmark with two closes."""
    tracker.import_prices(shared_file("prices_BABA_daily.csv"), "BABA")
    tracker.add_trade(buy(day=date(2022, 3, 14), quantity="1", price="77.76", fee="0"))
    tracker.add_trade(buy(day=date(2022, 3, 16), quantity="100", price="92.00", fee="0"))
    tracker.add_trade(buy(day=date(2024, 4, 5), quantity="50", price="72.00", fee="2", side="sell"))
    tracker.add_trade(buy(day=date(2024, 4, 8), quantity="20", price="74.00", fee="2", side="sell"))
    tracker.close()
    return tracker


def test_the_period_method_and_as_of_drive_the_cards_and_are_remembered(held, make_window, tracker):
    from tracker.app.tracker import Tracker
    window = make_window()
    bar = window.view_options
    bar.use_as_of.setChecked(True)
    bar.as_of.setDate(bar.as_of.date().fromString("2022-03-31", "yyyy-MM-dd"))
    bar.period.setCurrentIndex(bar.period.findData(periods.CUSTOM))
    bar.first.setDate(bar.first.date().fromString("2022-03-14", "yyyy-MM-dd"))
    bar.last.setDate(bar.last.date().fromString("2022-03-31", "yyyy-MM-dd"))
    card = window.summary.cards["BABA"]
    # 76.76 / 77.76 x (101 x 108.80) / (76.76 + 9200) - 1 = +16.93 %, over 17 days
    assert card.figure_text("twr") == "+16.93%"
    assert "as of 2022-03-31" in card.subtitle.text()
    assert card.tiles["twr"].caption.text() == "TWR · range"
    assert "Over 2022-03-14 – 2022-03-31: from 2022-03-14" in card.tiles["twr"].toolTip()
    bar.period.setCurrentIndex(bar.period.findData(periods.YTD))
    bar.as_of.setDate(bar.as_of.date().fromString("2024-03-08", "yyyy-MM-dd"))
    with Tracker(window.tracker.path, access="read") as t:
        expected = t.position_over("BABA", periods.period("ytd", date(2024, 3, 8)))
    assert card.figure_text("twr") == f"{expected.twr * 100:+.2f}%"
    assert card.tiles["xirr"].caption.text() == "XIRR · YTD"
    # moving average: the cost of what is left is the pool's, 101 units for 9,277.76 (91.86 each)
    bar.method.setCurrentIndex(bar.method.findData("average"))
    assert card.figure_text("average_cost") == "91.8590 USD"
    assert card.tiles["average_cost"].detail.text() == "moving average"
    window.close()

    again = make_window()
    options = again.view_options.options()
    assert (options.period, options.method, options.as_of) == ("ytd", "average", date(2024, 3, 8))
    assert again.summary.cards["BABA"].figure_text("twr") == f"{expected.twr * 100:+.2f}%"


def test_the_cost_method_moves_the_chart_cost_line(held, window):
    fifo = list(window.chart._cost_points)
    window.view_options.method.setCurrentIndex(window.view_options.method.findData("average"))
    average = list(window.chart._cost_points)
    # after the first sell FIFO is left with 51 of the 92.00 lot; the pool keeps 9,277.76 / 101 each
    assert fifo[-1] == (date(2024, 4, 8), pytest.approx(92.00))
    assert average[-1] == (date(2024, 4, 8), pytest.approx(9277.76 / 101, abs=1e-4))


def test_the_gains_view_groups_by_uk_tax_year_and_exports(held, window, tmp_path):
    dialog = window.show_gains()
    dialog.start_choice.setCurrentIndex(1)          # UK, 6 April
    # 5 April 2024 ends 2023/24, 8 April is in 2024/25
    assert [(y.label, y.gain) for y in dialog.years] == [
        ("2023/24", D("-987.76")),      # 50 x 72 - 2 = 3,598.00 - (77.76 + 49 x 92 = 4,585.76)
        ("2024/25", D("-362.00"))]      # 20 x 74 - 2 = 1,478.00 - 20 x 92 = 1,840.00
    assert dialog.model.rowCount() == 3
    assert "2024/25</b> (2024-04-06 to 2025-04-05, USD): 1 lot, proceeds 1,478.00 USD" in dialog.totals.text()
    dialog.start_choice.setCurrentIndex(0)          # calendar year: both sells in 2024
    assert [(y.label, y.gain) for y in dialog.years] == [("2024", D("-1349.76"))]
    out = dialog.export_csv(str(tmp_path / "gains.csv"))
    assert out.read_text().splitlines()[1].startswith("2024,BABA,USD,2022-03-14,2024-04-05,753,1,71.96,77.76,-5.80")
    window.view_options.method.setCurrentIndex(window.view_options.method.findData("average"))
    assert dialog.model.rows[0][1].bought is None and dialog.model.index(0, 2).data() == "pool"
    # back to FIFO, a new sell shows at once: 10 x 80 - 2 = 798.00 against 10 x 92 = 920.00: -122.00
    window.view_options.method.setCurrentIndex(window.view_options.method.findData("fifo"))
    window.tracker.add_trade(buy(day=date(2024, 5, 2), quantity="10", price="80.00", fee="2", side="sell"))
    window._after_change()
    assert [(y.label, y.gain) for y in dialog.years] == [("2024", D("-1471.76"))]    # -1,349.76 - 122.00


def test_the_position_view_compares_the_twr_with_a_benchmark(held, window, tmp_path):
    from tracker.ui.import_dialog import BenchmarkDialog
    dialog = BenchmarkDialog(window.tracker, window)
    dialog.symbol.setText("^hsi")
    dialog.name.setText("Hang Seng Index")
    dialog.currency.setText("HKD")
    assert dialog.add_button.isEnabled()
    dialog.save()
    assert dialog.added.symbol == "^HSI"
    spy = tmp_path / "spy.csv"
    spy.write_text("Date,Open,High,Low,Close,Adj Close,Volume\n"
                   "2022-03-11,420,421,419,420.00,420,1\n2022-03-31,451,452,450,451.50,451,1\n")
    window.tracker.add_benchmark("SPY", "SPDR S&P 500 ETF", "USD")
    window.tracker.import_prices(spy, "SPY")
    window._after_change()
    bar = window.view_options
    bar.use_as_of.setChecked(True)
    bar.as_of.setDate(bar.as_of.date().fromString("2022-03-31", "yyyy-MM-dd"))
    window.chart.show_view("position")
    view = window.chart.position_view
    assert [view.benchmark.itemData(i) for i in range(view.benchmark.count())] == ["", "SPY", "^HSI"]
    view.benchmark.setCurrentIndex(view.benchmark.findData("SPY"))
    assert window.settings.value("view/benchmark") == "SPY"
    # since inception: opened at the 11 March close, 420.00; on 31 March 451.50 / 420 - 1 = +7.50 %
    i = view.dates.index(date(2022, 3, 31))
    assert view.bench[i] == pytest.approx(7.5)
    assert view.twr[i] == pytest.approx((76.76 / 77.76 * (101 * 108.80) / (76.76 + 9200) - 1) * 100)
    view._show_readout(i)
    assert "difference" in view.readout.text() and "+9.43 pts" in view.readout.text()   # 16.93 - 7.50
    assert "Max drawdown" in view.risk.text() and "√252" in view.risk.toolTip()


def test_the_price_import_dialog_offers_a_new_benchmark(held, window):
    dialog = window.import_prices()
    items = [dialog.symbol.itemText(i) for i in range(dialog.symbol.count())]
    assert items[-1] == "New benchmark…"
    dialog.reject()
