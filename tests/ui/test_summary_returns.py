"""The summary cards' return figures: stale prices, periods under a year, the price a holding is
valued at, and a converted holding that reads the same on the card and in the position view."""
from datetime import date, timedelta
from decimal import Decimal

from tests.shared_data import TODAY, shared_file
from tests.ui.conftest import buy
from tracker.domain.model import Conversion
from tracker.ui import formatting as fmt


def _recent_closes(path, first: date, last: date):
    """A price file of weekday closes from `first` to `last`, rising 0.50 a day from 100."""
    rows, day, close = [], first, 100.0
    while day <= last:
        if day.weekday() < 5:
            rows.append(f"{day},{close},{close},{close},{close},{close},1000\n")
            close += 0.5
        day += timedelta(days=1)
    path.write_text("Date,Open,High,Low,Close,Adj Close,Volume\n" + "".join(rows))
    return path


def test_stale_cards_say_so_and_a_conversion_reads_the_same_as_the_position_view(window):
    t = window.tracker
    t.import_prices(shared_file("prices_BABA_daily.csv"), "BABA")        # ends 2024-03-08
    t.import_prices(shared_file("prices_9988HK_daily.csv"), "9988.HK")   # ends 2025-07-18
    t.add_trade(buy(quantity="20", price="216.39", fee="0", day=date(2021, 1, 4)))
    t.add_conversion(Conversion(date(2022, 10, 24), "BABA", "9988.HK", Decimal(20), Decimal(5), Decimal("7.80")))
    window.refresh(prices=True)
    cards = window.summary.cards
    assert cards["BABA"].stale.text() == f"⚠ price from 2024-03-08, {(TODAY - date(2024, 3, 8)).days} days old"
    assert cards["9988.HK"].stale.text() == "⚠ price from 2025-07-18, 494 days old"
    assert all(card.stale.isVisibleTo(card) for card in cards.values())
    assert "run to 2025-07-18" in cards["9988.HK"].stale.toolTip()
    assert "Runs to 2025-07-18" in cards["9988.HK"].tiles["xirr"].toolTip()

    # the position view of 9988.HK ends on its last close; the card's total return is its P&L there
    window.listing.setCurrentIndex(window.listing.findData("9988.HK"))
    chart = window.chart
    chart.toolbar.position_view_button.click()
    view = chart.position_view
    assert view.dates[-1] == date(2025, 7, 18) and view.currency == "HKD"
    hk = cards["9988.HK"]
    assert hk.figure_text("total_return") == fmt.money(view.pnl[-1], "HKD", signed=True)
    # by hand: 160 x 115.80 = 18,528 worth; in (20 x 63.15 + 5) x 7.80 = 9,890.40 -> +8,637.60;
    # at carried cost (20 x 216.39 + 5) x 7.80 = 33,795.84 -> -15,267.84, shown below it
    assert hk.figure_text("total_return") == "+8,637.60 HKD"
    assert hk.tiles["total_return"].detail.text() == "at cost -15,267.84"
    assert "carried cost" in hk.tiles["total_return"].toolTip()


def test_under_a_year_the_rates_are_not_annualized_and_say_why(window, tmp_path):
    t = window.tracker
    t.import_prices(_recent_closes(tmp_path / "baba.csv", date(2026, 11, 2), TODAY), "BABA")
    t.add_trade(buy(quantity="10", price="100.50", fee="0", day=date(2026, 11, 3)))
    window.refresh(prices=True)
    card = window.summary.cards["BABA"]
    p = t.position("BABA")
    assert (p.period_days, p.price_stale) == (21, False)
    assert not card.stale.isVisibleTo(card)
    # 10 bought at 100.50, the 2026-11-24 close is 100 + 16 x 0.50 = 108: +7.46 % over 21 days
    assert card.figure_text("twr") == fmt.percent(108 / 100.5 - 1) == "+7.46%"
    assert card.figure_text("xirr") == "+7.46%"
    for key in ("xirr", "twr"):
        tile = card.tiles[key]
        assert tile.detail.text() == "not annualized"
        assert "Over 21 days (not annualized: period under a year)." in tile.toolTip()
    twr_tip = card.tiles["twr"].toolTip()
    assert "start of its day" in twr_tip and "Portfolio Performance" in twr_tip


def test_a_listing_without_any_close_is_valued_at_its_latest_trade(window):
    t = window.tracker
    t.add_trade(buy(symbol="9988.HK", quantity="800", price="70", fee="0", day=date(2026, 11, 3)))
    t.add_trade(buy(symbol="9988.HK", quantity="400", price="72.50", fee="0", day=date(2026, 11, 20)))
    window.refresh()
    card = window.summary.cards["9988.HK"]
    assert card.tiles["last_price"].detail.text() == "trade 2026-11-20"
    assert card.figure_text("market_value") == "87,000.00 HKD"            # 1,200 x 72.50
    assert card.figure_text("unrealized") == "+2,000.00 HKD"              # 87,000 - 56,000 - 29,000
