"""The chart's trade markers after each save, edit, delete, undo and redo are the ones it draws
when every marker is placed afresh: a change places only the markers it added or removed."""
from dataclasses import replace
from datetime import date
from decimal import Decimal

from tests.shared_data import shared_file
from tests.ui.conftest import buy


def drawn(window) -> list[tuple]:
    return [(t.index, t.side, t.price, t.size, t.label) for t in window.chart.trades.trades]


def afresh(window) -> list[tuple]:
    window._markers_source = None             # as after opening the file
    window._feed_overlays(window.chart_symbol)
    return drawn(window)


def test_markers_after_each_change_are_those_placed_afresh(window):
    t = window.tracker
    t.import_prices(shared_file("prices_BABA_daily.csv"), "BABA")      # to 2024-03-08
    window.refresh(prices=True)
    for n, day in enumerate((date(2023, 3, 1), date(2023, 9, 1), date(2024, 3, 1))):
        window._added(t.add_trade(buy(day=day, quantity=str(50 + n))))
    assert len(drawn(window)) == 3
    steps = [
        lambda: window._added(t.add_trade(buy(day=date(2024, 3, 4), quantity="10", price="80"))),
        lambda: window._added(t.add_trade(buy(day=date(2023, 6, 1), quantity="5", price="70"))),   # mid-history
        lambda: window._save_edit(t.trades()[-1], replace(t.trades()[-1], quantity=Decimal("12"))),
        lambda: window._save_edit(t.trades()[0], replace(t.trades()[0], trade_date=date(2024, 1, 2))),
        lambda: window._added(t.add_trade(buy(day=date(2024, 3, 5), quantity="500"))),   # the largest: all resized
        lambda: (window.trades_view.select_entry(t.trades()[1]), window.delete_selected()),
        window.undo_stack.undo,
        window.undo_stack.redo,
        lambda: window._added(t.add_trade(buy(symbol="9988.HK", day=date(2024, 3, 5), quantity="100",
                                              price="70"))),      # another listing's: nothing moves
    ]
    updates = []
    update = window.chart.update_trades
    window.chart.update_trades = lambda added, removed: (updates.append(len(added) + len(removed)),
                                                         update(added, removed))
    for step in steps:
        step()
        incremental = drawn(window)
        assert incremental == afresh(window)
    assert len(incremental) == len([x for x in t.trades() if x.symbol == "BABA"])
    assert len(updates) == len(steps) - 1 and max(updates) <= 2    # one marker in or out (or both)


def test_a_view_on_the_newest_bar_follows_the_bars_an_import_adds(window):
    """On 1Y at the last bar, newer bars imported move the view to them (still 1Y); a view panned
    into the past stays where the user put it."""
    from datetime import date

    from tests.shared_data import shared_file
    t = window.tracker
    t.import_prices(shared_file("prices_BABA_daily.csv"), "BABA")            # to 2024-03-08
    window.refresh(prices=True)
    window.chart.set_range_preset("1Y")
    assert window.chart.visible_range()[1] == date(2024, 3, 8)
    t.import_prices(shared_file("prices_BABA_daily_2024_2026.csv"), "BABA")  # to 2026-10-09
    window.refresh(prices=True)
    first, last = window.chart.visible_range()
    assert last == date(2026, 10, 9) and first.year == 2025
    assert window.chart.toolbar.marked_preset() == "1Y"
    window.chart.set_visible_range(date(2020, 1, 2), date(2020, 6, 30))      # panned into the past
    window.refresh(prices=True)
    assert window.chart.visible_range() == (date(2020, 1, 2), date(2020, 6, 30))
