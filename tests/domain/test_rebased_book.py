"""A book read afresh after another process's commit, made instead from the book before it by the
entries that differ: the same facts in the same order, and the replays kept for the book before
resume for it (its figures are a fresh replay's)."""
import random
from dataclasses import fields, replace
from datetime import date, timedelta
from decimal import Decimal as D

from tracker.domain import book_edits, ledger
from tracker.domain.model import BUY, SELL, Account, Conversion, Dividend, Fee, Instrument, Trade

INSTRUMENTS = {
    "BABA": Instrument("BABA", "Alibaba Group ADS", "NYSE", "USD", "ADS", D(8), date(2014, 9, 19)),
    "9988.HK": Instrument("9988.HK", "Alibaba Group ordinary shares", "HKEX", "HKD", "ORD", D(1), date(2019, 11, 26)),
}
CLOSES = [(date(2024, 1, 1) + timedelta(days=n), D("80") + n % 7) for n in range(200)]


def _book(trades, dividends=(), fees=(), conversions=(), accounts=None):
    key = lambda day: (lambda e: (getattr(e, day), e.id))      # noqa: E731 (the store's order)
    return ledger.Book(INSTRUMENTS, tuple(sorted(trades, key=key("trade_date"))),
                       tuple(sorted(dividends, key=key("pay_date"))), tuple(sorted(fees, key=key("fee_date"))),
                       tuple(sorted(conversions, key=key("conversion_date"))),
                       accounts=accounts or {1: Account(1, "Main")})


def _same(a: ledger.Book, b: ledger.Book) -> bool:
    return all(getattr(a, f.name) == getattr(b, f.name) for f in fields(ledger.Book))


def test_a_book_read_afresh_is_rebased_on_the_one_before_with_the_same_facts_and_figures():
    rng = random.Random(11)
    day0 = date(2024, 1, 2)
    trades = [Trade("BABA", BUY, day0 + timedelta(days=n), D(10), D(80), D(1), currency="USD", id=n + 1)
              for n in range(150)]
    dividends = [Dividend("BABA", day0 + timedelta(days=40), D(100), D(10), D(0), id=1)]
    fees = [Fee("BABA", day0 + timedelta(days=41), D(2), "USD", id=1)]
    conversions = [Conversion(day0 + timedelta(days=60), "BABA", "9988.HK", D(5), D(1), D("7.8"), id=1)]
    before = _book(trades, dividends, fees, conversions)
    ledger.compute_position("BABA", before, CLOSES[-1][0], CLOSES)          # replays kept for it
    next_id = 1000
    for step in range(25):
        # another process: a few trades added, edited (moved, resized) or deleted, a dividend changed
        now = list(before.trades)
        for _ in range(rng.randrange(1, 4)):
            roll = rng.random()
            if roll < 0.4:
                next_id += 1
                now.append(Trade("BABA", rng.choice((BUY, SELL)), day0 + timedelta(days=rng.randrange(190)),
                                 D(1), D(81), D(0), currency="USD", id=next_id))
            elif roll < 0.7:
                i = rng.randrange(len(now))
                now[i] = replace(now[i], quantity=D(rng.randrange(1, 20)),
                                 trade_date=day0 + timedelta(days=rng.randrange(190)))
            else:
                del now[rng.randrange(len(now))]
        divs = [replace(d, gross=D(100 + step)) for d in before.dividends] if step % 5 == 0 else list(before.dividends)
        fresh = _book([replace(t) for t in now], [replace(d) for d in divs], [replace(f) for f in before.fees],
                      [replace(c) for c in before.conversions])          # read afresh: new objects
        made = book_edits.rebased(before, fresh)
        assert made is not None and _same(made, fresh)
        assert ledger.edits_between(made, before) is not None          # the views can place the edits
        for symbol in ("BABA", "9988.HK"):
            resumed = ledger.compute_position(symbol, made, CLOSES[-1][0], CLOSES)
            ledger.forget_replays()
            assert resumed == ledger.compute_position(symbol, fresh, CLOSES[-1][0], CLOSES)
            ledger.compute_position(symbol, made, CLOSES[-1][0], CLOSES)      # kept again for the next step
        before = made


def test_a_book_that_differs_in_more_than_entries_or_in_many_is_not_rebased():
    day0 = date(2024, 1, 2)
    trades = [Trade("BABA", BUY, day0 + timedelta(days=n), D(10), D(80), D(1), currency="USD", id=n + 1)
              for n in range(100)]
    before = _book(trades)
    renamed = _book(trades, accounts={1: Account(1, "Main broker")})
    assert book_edits.rebased(before, renamed) is None                  # an account renamed
    many = _book([replace(t, fee=D(2)) for t in trades])                 # every fee changed: a bulk edit
    assert book_edits.rebased(before, many) is None
    assert _same(book_edits.rebased(before, _book(trades)), before)      # nothing changed at all
