"""The user's conversions and transfers on the price chart: a C on both listings' charts (the one
the units left and the one they reached), and on the chart of each account they touch."""
from datetime import date
from decimal import Decimal

from tests.shared_data import shared_file
from tests.ui.conftest import buy
from tracker.domain.model import Account, Conversion, Transfer
from tracker.ui.chart.markers import MOVE


def test_a_conversion_is_marked_on_both_listings_and_a_transfer_on_its_accounts(window):
    t = window.tracker
    t.import_prices(shared_file("prices_BABA_daily.csv"), "BABA")
    t.import_prices(shared_file("prices_9988HK_daily.csv"), "9988.HK")
    t.add_trade(buy(quantity="50", price="80", day=date(2023, 6, 1)))
    t.add_conversion(Conversion(date(2024, 3, 1), "BABA", "9988.HK", Decimal(40), Decimal(2), Decimal("7.8")))
    other = t.add_account(Account(None, "Futu"))
    t.add_transfer(Transfer(date(2024, 9, 2), "9988.HK", Decimal(320), 1, other.id))
    window.refresh(prices=True)
    baba = window._event_markers("BABA")[MOVE]
    assert [(m.when, m.title) for m in baba] == [(date(2024, 3, 1), "Convert")]
    assert baba[0].detail == "conversion of 40 BABA to 9988.HK on 2024-03-01"
    hk = window._event_markers("9988.HK")[MOVE]
    assert [(m.when, m.title) for m in hk] == [(date(2024, 3, 1), "Convert"), (date(2024, 9, 2), "Transfer")]
    assert hk[1].detail == "transfer of 320 9988.HK on 2024-09-02"
    window.trades_view.set_account_filter(other.id)   # the receiving account: its transfer only
    assert [m.title for m in window._event_markers("9988.HK")[MOVE]] == ["Transfer"]
    window.trades_view.set_account_filter(None)
    assert window.chart._events[MOVE] == baba       # the chart shown (BABA) has them
    assert MOVE in window.chart.events.rows()
    window.chart.set_overlay("move", False)        # Overlays ▸ Conversions and transfers
    assert MOVE not in window.chart.events.rows()
