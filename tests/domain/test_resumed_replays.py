"""Positions, the stake, the cost line, the value series, the holdings timeline and the history
check, computed over a book edited entry by entry (as the window edits it:
`book_edits.with_entry`) and so resumed from states saved over the book before, equal the same figures computed afresh, to the cent: random histories in two
accounts with a split, conversions both ways, transfers, same-day events, dividends and fees,
and adds, edits and deletes anywhere in history, most of them among the latest entries."""
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal as D

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.domain import book_edits, checkpoints, fx, ledger, stake
from tracker.domain.model import Conversion, Dividend, Fee, Trade, Transfer
from tests.domain.test_holdings_index import START, SYMBOLS, event, history

AS_OF = START + timedelta(days=400)
CLOSES = {s: [(START + timedelta(days=n), D(10 + n % 7) * (1 if s == "BABA" else D("0.9")))
              for n in range(0, 400) if (START + timedelta(days=n)).weekday() < 5] for s in SYMBOLS}
RATES = fx.Rates({"HKD": [(START, D("7.8"))]})

edit = st.tuples(st.sampled_from(("add", "add", "edit", "delete")), st.sampled_from(("buy", "sell")),
                 st.sampled_from(SYMBOLS), st.integers(min_value=1, max_value=80),
                 st.integers(min_value=0, max_value=20), st.booleans(), st.sampled_from((1, 2)))


def listing_figures(symbol: str, book: ledger.Book) -> list:
    out = []
    other = {s: CLOSES[s] for s in SYMBOLS if s != symbol}
    for method in ledger.METHODS:
        for account in (None, 1, 2):
            rows: list = []
            p = ledger.compute_position(symbol, book, AS_OF, CLOSES[symbol], method, other, rates=RATES,
                                        account=account, days_out=rows)
            out.append((p.shares, p.cost_basis, p.realized_pnl, p.dividends_net, p.fees, p.market_value,
                        p.total_return, p.xirr, p.twr, sorted(p.realized_by_trade.items()), rows))
            out.append(ledger.average_cost_series(symbol, book, method, account))
    out.append(ledger.value_series(symbol, book, CLOSES[symbol], other, RATES, account=None))
    out.append(ledger.value_series(symbol, book, CLOSES[symbol], other, RATES, account=2))
    return out


def figures(book: ledger.Book) -> list:
    out = [ledger.holdings_timeline(book, account) for account in (None, 1, 2)]
    out.append([e.message for _, e in ledger.history_problems(book)])
    for symbol in SYMBOLS:
        out += listing_figures(symbol, book)
    for account in (None, 1):
        rows: list = []
        s = stake.compute_stake(book, AS_OF, CLOSES, RATES, account=account, days_out=rows)
        out.append((s.shares, s.cost_basis, s.realized_pnl, s.market_value, s.total_return, s.xirr, s.twr,
                    sorted(s.realized_by_trade.items()), rows))
    return out


def edited(book: ledger.Book, spec, next_id: int) -> ledger.Book:
    """`book` with one trade added, edited or removed, mostly near the end of its history."""
    what, side, symbol, units, back, anywhere, account = spec
    last = max((t.trade_date for t in book.trades), default=START)
    day = START + timedelta(days=back * 10) if anywhere else last - timedelta(days=back % 3)
    new = Trade(symbol, side, day, D(units), D("12.50"), D("0.10"), id=next_id, account_id=account,
                currency="USD" if symbol == "BABA" else "HKD")
    if what == "add" or not book.trades:
        return book_edits.with_entry(book, None, new)
    target = book.trades[-1 - back % len(book.trades)] if not anywhere else book.trades[back % len(book.trades)]
    if what == "delete":
        return book_edits.with_entry(book, target, None)
    return book_edits.with_entry(book, target, replace(new, id=target.id))


def with_income(book: ledger.Book) -> ledger.Book:
    dividends = tuple(Dividend("BABA", START + timedelta(days=d), D("5.00"), D("0.50"), D(0), id=n,
                               account_id=1 + n % 2) for n, d in enumerate((90, 200, 300), start=1))
    fees = (Fee("9988.HK", START + timedelta(days=150), D("3.00"), "HKD", id=1, account_id=2),)
    return replace(book, dividends=dividends, fees=fees)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(event, min_size=1, max_size=40), st.lists(edit, min_size=1, max_size=6), st.booleans())
def test_resumed_figures_equal_a_fresh_replay(events, edits, oversell):
    book = with_income(history(events, oversell=oversell))     # some histories already hold a problem
    checkpoints.forget()
    figures(book)                               # states saved over the first book
    for n, spec in enumerate(edits):
        before, book = book, edited(book, spec, 1000 + n)
        for symbol in SYMBOLS:      # a listing the edit cannot reach keeps every figure
            if ledger.unchanged_for(symbol, book, before):
                assert listing_figures(symbol, book) == listing_figures(symbol, before)
        resumed = figures(book)
        ledger.forget_replays()
        assert resumed == figures(book)
        # leave the states of this book for the next edit to resume from
        ledger.forget_replays()
        figures(book)


def test_a_trade_added_last_resumes_instead_of_replaying_everything(monkeypatch):
    """The point of it: after a trade added on the last day, only that day is replayed again."""
    events = [("buy", "BABA", 5, 1, 1)] * 60 + [("sell", "BABA", 2, 1, 1)] * 20
    book = history(events, oversell=False)
    ledger.compute_position("BABA", book, AS_OF, CLOSES["BABA"])
    applied = []
    original = ledger._Replay.run

    def counting(self, *args, **kwargs):
        for step in original(self, *args, **kwargs):
            applied.append(step)
            yield step
    monkeypatch.setattr(ledger._Replay, "run", counting)
    last = book.trades[-1]
    after = book_edits.with_entry(book, None, replace(last, id=10_000, side="buy"))
    resumed = ledger.compute_position("BABA", after, AS_OF, CLOSES["BABA"])
    assert 0 < len(applied) <= 3
    ledger.forget_replays()
    assert resumed == ledger.compute_position("BABA", after, AS_OF, CLOSES["BABA"])
    assert len(applied) > len(after.trades)


entry_edit = st.tuples(st.sampled_from(("add", "edit", "move", "delete")),
                       st.sampled_from(("trade", "dividend", "fee", "conversion", "transfer")),
                       st.integers(min_value=0, max_value=400), st.integers(min_value=0, max_value=10_000))


def _an_entry(kind: str, day: date, n: int, entry_id: int):
    symbol = SYMBOLS[n % 2]
    if kind == "trade":
        return Trade(symbol, ("buy", "sell")[n % 2], day, D(1 + n % 9), D("10"), D(0), id=entry_id,
                     account_id=1 + n % 2)
    if kind == "dividend":
        return Dividend("BABA", day, D("3"), D("0.3"), D(0), id=entry_id, account_id=1 + n % 2)
    if kind == "fee":
        return Fee(symbol, day, D("1"), "USD", id=entry_id)
    if kind == "conversion":
        return Conversion(day, symbol, SYMBOLS[1 - n % 2], D(8), D(0), D(1), id=entry_id)
    return Transfer(day, symbol, D(2), 1, 2, id=entry_id)


FIELD = {"trade": "trades", "dividend": "dividends", "fee": "fees", "conversion": "conversions",
         "transfer": "transfers"}


@settings(max_examples=200, deadline=None)
@given(st.lists(event, min_size=1, max_size=30), st.lists(entry_edit, min_size=1, max_size=8))
def test_an_edited_books_timeline_is_the_one_a_fresh_sort_gives(events, edits):
    """Whatever is added, moved to another day, changed or removed, the events come in the order
    a full sort of the edited book gives (the ranks may differ, the order may not)."""
    book = with_income(history(events, oversell=True))
    ledger.forget_replays()
    for subset in (None, {"BABA"}, {"9988.HK"}):
        ledger._timeline(book, subset)
    for n, (what, kind, offset, pick) in enumerate(edits):
        entries = getattr(book, FIELD[kind])
        day = START + timedelta(days=offset)
        if what == "add" or not entries:
            book = book_edits.with_entry(book, None, _an_entry(kind, day, pick, 5000 + n))
        else:
            target = entries[pick % len(entries)]
            if what == "delete":
                book = book_edits.with_entry(book, target, None)
            else:
                moved = day if what == "move" else (getattr(target, "trade_date", None) or day)
                book = book_edits.with_entry(book, target, replace(_an_entry(kind, moved, pick, target.id)))
        for subset in (None, {"BABA"}, {"9988.HK"}):
            edited = ledger._edited_timeline(book, None if subset is None else frozenset(subset))
            assert edited is not None                  # made from the book before, not sorted afresh
            fresh = ledger._build_timeline(book, subset)
            assert [(d, k, r) for d, k, _, r in edited] == [(d, k, r) for d, k, _, r in fresh]
            assert ledger._timeline(book, subset) == edited


def test_an_edit_of_one_listing_leaves_the_other_alone_unless_a_later_conversion_carries_it_over():
    events = [("buy", "BABA", 10, 1, 1), ("buy", "9988.HK", 80, 1, 1)] * 10
    book = history(events, oversell=False)
    last = book.trades[-1].trade_date
    baba_buy = Trade("BABA", "buy", last, D(3), D("11"), D(0), id=900, account_id=1, currency="USD")
    after = book_edits.with_entry(book, None, baba_buy)
    assert ledger.unchanged_for("9988.HK", after, book)
    assert not ledger.unchanged_for("BABA", after, book)
    converted = replace(book, conversions=(Conversion(last, "BABA", "9988.HK", D(2), D(0), D("7.8"), id=1),))
    early = book_edits.with_entry(converted, None, replace(baba_buy, trade_date=START))
    assert not ledger.unchanged_for("9988.HK", early, converted)     # FIFO carries the new lot across


def test_deleting_the_only_entry_of_the_last_day_is_not_taken_for_no_change():
    """The resumed walk then has nothing left to replay, yet the days from the deleted entry on
    are valued without it."""
    events = [("buy", "BABA", 10, 2, 1)] * 8 + [("sell", "BABA", 30, 3, 1)]
    book = history(events, oversell=False)
    before = figures(book)
    after = book_edits.with_entry(book, book.trades[-1], None)
    resumed = figures(after)
    ledger.forget_replays()
    assert resumed == figures(after) != before
