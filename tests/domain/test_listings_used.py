"""The listings with activity, counted once and moved by each edit, are those a count of the
whole history finds: a listing's card appears with its first entry and goes with its last."""
import random
from datetime import date, timedelta
from decimal import Decimal as D

from tracker.domain import listings_used
from tracker.domain.model import BUY, Conversion, Dividend, Fee, Trade, Transfer


def _random_record(rng: random.Random, n: int):
    day = date(2024, 1, 1) + timedelta(days=rng.randrange(300))
    symbol = rng.choice(("BABA", "9988.HK"))
    account = rng.choice((1, 2, 3))
    kind = rng.randrange(5)
    if kind == 0:
        return Trade(symbol, BUY, day, D(1), D(80), D(0), id=n, account_id=account)
    if kind == 1:
        return Dividend(symbol, day, D(10), D(1), D(0), id=n, account_id=account)
    if kind == 2:
        return Fee(symbol, day, D(2), "USD", id=n, account_id=account)
    if kind == 3:
        return Conversion(day, "BABA", "9988.HK", D(1), D(0), D("7.8"), id=n,
                          from_account_id=account, to_account_id=rng.choice((1, 2, 3)))
    return Transfer(symbol, day, D(1), account, rng.choice((1, 2, 3)), id=n)


def test_counts_moved_by_edits_find_what_a_fresh_count_finds():
    rng = random.Random(3)
    for account in (None, 1, 2, 3):
        records = [_random_record(rng, n) for n in range(3)]
        counts = listings_used.count(records, account)
        for n in range(3, 300):
            roll = rng.random()
            if roll < 0.45 or not records:
                edit = (None, _random_record(rng, n))
            elif roll < 0.7:
                edit = (rng.choice(records), _random_record(rng, n))
            else:
                edit = (rng.choice(records), None)
            records = [r for r in records if r is not edit[0]] + ([edit[1]] if edit[1] else [])
            counts = listings_used.after_edits(counts, [edit], account)
            assert listings_used.used(counts) == listings_used.used(listings_used.count(records, account))


def test_a_listing_is_used_until_its_last_entry_goes():
    hk = Trade("9988.HK", BUY, date(2024, 3, 1), D(100), D(80), D(0), id=2)
    records = [Trade("BABA", BUY, date(2024, 1, 2), D(1), D(80), D(0), id=1), hk]
    counts = listings_used.count(records, None)
    assert listings_used.used(counts) == {"BABA", "9988.HK"}
    assert listings_used.used(listings_used.after_edits(counts, [(hk, None)], None)) == {"BABA"}
    # a conversion into 9988.HK is activity there; in the giving account's view, in BABA too
    conv = Conversion(date(2024, 2, 1), "BABA", "9988.HK", D(1), D(0), D("7.8"), id=1,
                      from_account_id=2, to_account_id=1)
    assert listings_used.listings_of(conv, None) == ("9988.HK",)
    assert listings_used.listings_of(conv, 2) == ("BABA",)
    assert listings_used.listings_of(conv, 1) == ("9988.HK",)
