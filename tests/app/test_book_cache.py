"""The book kept in memory across the window's own changes equals the book read back from the
file, after any sequence of adds, edits, deletes and undo steps (so no figure can drift)."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.domain.model import Conversion, Dividend, Fee, Trade
from tracker.errors import TrackerError
from tracker.store import ledger_rows as rows

START = date(2020, 1, 2)
ops = st.lists(st.tuples(st.sampled_from(["buy", "sell", "edit", "delete", "dividend", "fee",
                                          "convert", "undo-delete", "delete-dividend"]),
                         st.integers(0, 400), st.integers(1, 30)), min_size=1, max_size=25)


def stored_book(t):
    return (tuple(rows.load_trades(t.db)), tuple(rows.load_dividends(t.db)), tuple(rows.load_fees(t.db)),
            tuple(rows.load_conversions(t.db)))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=ops)
def test_the_cached_book_always_equals_the_stored_one(tmp_path_factory, steps):
    from tracker.app.tracker import Tracker
    path = tmp_path_factory.mktemp("book") / "t.db"
    with Tracker(path, today=date(2026, 12, 1), make_backups=False) as t:
        deleted = []
        for kind, offset, qty in steps:
            day = START + timedelta(days=offset)
            try:
                if kind in ("buy", "sell"):
                    t.add_trade(Trade("BABA", kind, day, Decimal(qty), Decimal("80"), Decimal("1")))
                elif kind == "edit" and t.trades():
                    old = t.trades()[offset % len(t.trades())]
                    t.update_trade(replace(old, trade_date=day, quantity=Decimal(qty)), expected=old)
                elif kind == "delete" and t.trades():
                    deleted.append(t.delete_trade(t.trades()[offset % len(t.trades())].id))
                elif kind == "undo-delete" and deleted:
                    t.restore_trade(deleted.pop())
                elif kind == "dividend":
                    t.add_dividend(Dividend("BABA", day, Decimal(qty)))
                elif kind == "delete-dividend" and t.dividends():
                    t.delete_dividend(t.dividends()[0].id)
                elif kind == "fee":
                    t.add_fee(Fee("9988.HK", day, Decimal(qty)))
                elif kind == "convert":
                    t.add_conversion(Conversion(day, "BABA", "9988.HK", Decimal(1)))
            except TrackerError:
                pass          # refused (an oversell, a date in the future ...): nothing changed
            t.position("BABA")               # the book is cached from here on
            book = t.book()
            assert (book.trades, book.dividends, book.fees, book.conversions) == stored_book(t)
