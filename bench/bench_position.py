"""How long the pure ledger takes on a heavy history: 10,000 trades over ten years.

Builds a seeded random book (buys and sells of BABA and 9988.HK that never oversell, a few
dividends, fees and conversions, the real 2019 corporate actions) with ~2,600 daily closes per
listing, then prints the median time of `compute_position` (with XIRR and TWR) and of
`history_errors`, each from scratch, and the position again when the book's sorted timeline is
kept from an earlier computation (as after a change, when several views read the same book). Target:
compute_position under 50 ms at 10,000 trades, 100 ms at 100,000. Beside them, in the same run, the
floor: the least an exact first-in first-out replay of the same trades costs (see `floor_figures`).

With `--two-accounts` the same book is kept in two accounts (BABA at one broker, 9988.HK at
another, the conversions moving units between them): every figure for all accounts together is
the same, and the time shows what summing the accounts' lots costs. With `--conversion-every N`
about one conversion is made per N trades (default: six in all).

    python3 bench/bench_position.py [--trades 10000] [--runs 20] [--seed 7] [--two-accounts]
                                    [--conversion-every 18] [--sweep-conversions]

With `--sweep-conversions` it prints only the time of the same trades with more and more
conversions, and the time per conversion and per lot a conversion moves (linear in conversions:
each adds the time of the lots it moves).
"""
from __future__ import annotations

import argparse
import gc
import random
import sys
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from timing import median_ms  # noqa: E402

from tracker.domain import book_edits, ledger  # noqa: E402
from tracker.domain.model import (BUY, RATIO_CHANGE, SELL, SPLIT, Conversion, CorporateAction,  # noqa: E402
                                  Dividend, Fee, Instrument, Trade)

INSTRUMENTS = {
    "BABA": Instrument("BABA", "Alibaba Group ADS", "NYSE", "USD", "ADS", Decimal(8), date(2014, 9, 19)),
    "9988.HK": Instrument("9988.HK", "Alibaba Group ordinary shares", "HKEX", "HKD", "ORD", Decimal(1),
                          date(2019, 11, 26)),
}
ACTIONS = (CorporateAction("9988.HK", date(2019, 7, 30), SPLIT, Decimal(8), id=1),
           CorporateAction("BABA", date(2019, 7, 30), RATIO_CHANGE, Decimal(8), id=2))
START, END = date(2015, 6, 1), date(2025, 6, 1)



def business_days(start: date, end: date) -> list[date]:
    days, day = [], start
    while day <= end:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days


def random_walk(rng: random.Random, days: list[date], first: float) -> dict[date, Decimal]:
    price, out = first, {}
    for day in days:
        price = max(5.0, price * (1 + rng.gauss(0.0002, 0.02)))
        out[day] = Decimal(f"{price:.2f}")
    return out


def build_book(n_trades: int, seed: int, conversion_every: int | None = None):
    """Trades in date order that never sell more than held; now and then a conversion of part of
    the holding (the ledger applies a day's buys, then conversions, then sells, so a conversion
    generated after a same-day sell is still covered): six in the second half, or with
    `conversion_every` about one per that many trades."""
    rng = random.Random(seed)
    days = business_days(START, END)
    baba = random_walk(rng, days, 90.0)
    hk = random_walk(rng, [d for d in days if d >= INSTRUMENTS["9988.HK"].first_trading_day], 190.0)
    held = {"BABA": Decimal(0), "9988.HK": Decimal(0)}
    trades, conversions = [], []
    convert_at = (set(rng.sample(range(n_trades // 2, n_trades), 6)) if conversion_every is None
                  else set(range(conversion_every, n_trades + 1, conversion_every)))
    for n, day in enumerate(sorted(rng.choice(days) for _ in range(n_trades)), start=1):
        symbol = "9988.HK" if day in hk and rng.random() < 0.4 else "BABA"
        price = (hk if symbol == "9988.HK" else baba)[day]
        lot = Decimal(rng.choice((100, 200, 500))) if symbol == "9988.HK" else Decimal(rng.randint(1, 40))
        side = SELL if held[symbol] >= lot and rng.random() < 0.45 else BUY
        held[symbol] += lot if side == BUY else -lot
        trades.append(Trade(symbol, side, day, lot, price, Decimal("1.50"), id=n))
        if n in convert_at and day in hk:
            src, dst, rate = (("BABA", "9988.HK", Decimal("7.80")) if len(conversions) % 2 == 0
                              else ("9988.HK", "BABA", Decimal(1) / Decimal("7.80")))
            qty = held[src] // 2 if src == "BABA" else (held[src] // 16) * 8
            if qty > 0:
                conversions.append(Conversion(day, src, dst, qty, Decimal("5"), rate, id=len(conversions) + 1))
                held[src] -= qty
                held[dst] += qty * 8 if src == "BABA" else qty / 8
    dividends, fees = [], []
    for k, day in enumerate(d for d in days if d.month == 7 and d.day < 8 and d.weekday() == 2):
        dividends.append(Dividend("BABA", day, Decimal("100.00"), Decimal("10.00"), Decimal("0.50"), id=k + 1))
        fees.append(Fee("BABA", day, Decimal("2.00"), "USD", id=k + 1))
    book = ledger.Book(INSTRUMENTS, tuple(trades), tuple(dividends), tuple(fees), tuple(conversions), ACTIONS)
    closes = {"BABA": sorted(baba.items()), "9988.HK": sorted(hk.items())}
    return book, closes



def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trades", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--two-accounts", action="store_true",
                        help="BABA in one account, 9988.HK in another (the figures are the same)")
    parser.add_argument("--conversion-every", type=int, metavar="N",
                        help="about one conversion per N trades (default: six in all)")
    parser.add_argument("--sweep-conversions", action="store_true",
                        help="only: the same trades with more and more conversions (is the time linear in them?)")
    args = parser.parse_args()
    if args.sweep_conversions:
        sweep_conversions(args.trades, args.seed, args.runs)
        return

    book, closes = build_book(args.trades, args.seed, args.conversion_every)
    if args.two_accounts:
        book = in_two_accounts(book)
    assert not ledger.history_errors(book), "the generated book oversells"
    # The window moves what it has loaded out of the cyclic collector's reach (gc.freeze): measured
    # the same way, a replay is not charged for the collector walking the book again and again.
    ledger.forget_replays()
    gc.freeze()
    as_of = END
    print(f"book: {len(book.trades)} trades in {len(book.accounts) or 1} account(s), "
          f"{len(book.conversions)} conversions, "
          f"{len(book.dividends)} dividends, {len(book.fees)} fees; "
          f"closes: {len(closes['BABA'])} BABA, {len(closes['9988.HK'])} 9988.HK")
    for symbol in ("BABA", "9988.HK"):
        others = {s: c for s, c in closes.items() if s != symbol}
        for method in ("fifo", "average"):
            def kept(symbol=symbol, method=method, others=others):
                return ledger.compute_position(symbol, book, as_of, closes[symbol], method, others)

            def cold(symbol=symbol, method=method, others=others):
                ledger.forget_replays()
                return kept(symbol, method, others)
            def after_a_trade(symbol=symbol, method=method, others=others):
                """One trade added on the last day, as a save does: resumed from the kept states."""
                kept(symbol, method, others)
                last = book.trades[-1]
                added = book_edits.with_entry(book, None, replace(last, id=10**9, side="buy"))
                return lambda: ledger.compute_position(symbol, added, as_of, closes[symbol], method, others)
            p = cold()
            print(f"compute_position {symbol:8s} {method:8s} median {median_ms(cold, args.runs):7.1f} ms  "
                  f"(after a trade added on the last day, resumed from the states kept before: "
                  f"{median_ms(after_a_trade(), args.runs):6.1f} ms; "
                  f"shares {p.shares}, xirr {p.xirr:+.4f}, twr {p.twr:+.4f})")
    floor_figures(book, args.runs)
    facade_figures(book, closes, as_of, args.runs)
    for label, fn in (("history_errors", lambda: ledger.history_errors(book)),
                      ("holdings_on", lambda: ledger.holdings_on(book, as_of)),
                      ("value_series BABA", lambda: ledger.value_series("BABA", book, closes["BABA"], closes))):
        print(f"{label:34s} median {median_ms(lambda fn=fn: (ledger.forget_replays(), fn()), args.runs):7.1f} ms")


def sweep_conversions(n_trades: int, seed: int, runs: int) -> None:
    """compute_position from scratch over the same `n_trades` trades with one conversion every
    400, 200, 100, 50 and 25 trades: the time each conversion adds, and the lots it moves (a
    conversion re-prices every lot it carries: each keeps its date and its own cost, which takes
    its share of the fee and the exchange rate, rounded to the cent)."""
    base = None
    print(f"{n_trades:,} trades; compute_position BABA fifo from scratch, median of {runs}:")
    for every in (None, 400, 200, 100, 50, 25):
        book, closes = build_book(n_trades, seed, every if every else n_trades * 2)
        others = {"9988.HK": closes["9988.HK"]}

        def cold(book=book, closes=closes, others=others):
            ledger.forget_replays()
            return ledger.compute_position("BABA", book, END, closes["BABA"], "fifo", others)
        ms = median_ms(cold, runs)
        moved = _lots_moved(book)
        count = len(book.conversions)
        if base is None:
            base = ms
            print(f"  no conversions               {ms:8.1f} ms")
            continue
        print(f"  {count:5d} conversions ({moved:8,} lot moves) {ms:8.1f} ms: "
              f"{(ms - base) / count:6.3f} ms per conversion, {(ms - base) * 1000 / moved:5.2f} µs per lot moved")


def _lots_moved(book: ledger.Book) -> int:
    """How many lots the conversions of `book` carry in all (a replay with `take` counted)."""
    moved = 0
    original = ledger._Holding.take

    def counting(self, quantity, pieces=None):
        nonlocal moved
        removed = original(self, quantity, pieces)
        if pieces is not None:
            moved += len(pieces)
        return removed
    ledger._Holding.take = counting
    try:
        ledger.forget_replays()
        ledger.holdings_on(book, END)
    finally:
        ledger._Holding.take = original
        ledger.forget_replays()
    return moved


HK_ACCOUNT = 2


def in_two_accounts(book: ledger.Book) -> ledger.Book:
    """Each listing's activities in an account of its own: 9988.HK's in account 2."""
    from dataclasses import replace

    from tracker.domain.model import Account

    def of(symbol: str) -> int:
        return HK_ACCOUNT if symbol == "9988.HK" else 1
    return replace(book, trades=tuple(replace(t, account_id=of(t.symbol)) for t in book.trades),
                   dividends=tuple(replace(d, account_id=of(d.symbol)) for d in book.dividends),
                   fees=tuple(replace(f, account_id=of(f.symbol)) for f in book.fees),
                   conversions=tuple(replace(c, from_account_id=of(c.from_symbol), to_account_id=of(c.to_symbol))
                                     for c in book.conversions),
                   accounts={1: Account(1, "Main"), HK_ACCOUNT: Account(HK_ACCOUNT, "Hong Kong broker")})


def store_book(t, book, closes) -> None:
    """Write a generated book and its closes into the Tracker's database in one transaction."""
    from datetime import datetime, timezone

    import numpy as np

    from tracker.store import ledger_rows, prices
    with t.write():
        for account in book.accounts.values():
            if account.id != 1:
                ledger_rows.insert_account(t.db, account)
        for trade in book.trades:
            ledger_rows.insert_trade(t.db, trade)
        for conv in book.conversions:
            ledger_rows.insert_conversion(t.db, conv)
        for div in book.dividends:
            ledger_rows.insert_dividend(t.db, div)
        for fee in book.fees:
            ledger_rows.insert_fee(t.db, fee)
        for symbol, series in closes.items():
            ts = np.array([int(datetime(d.year, d.month, d.day, tzinfo=timezone.utc).timestamp())
                           for d, _ in series], dtype=np.int64)
            c = np.array([float(v) for _, v in series])
            prices.upsert_bars(t.db, symbol, {"ts": ts, "open": c, "high": c, "low": c, "close": c,
                                              "volume": np.zeros(len(c))})


def floor_figures(book: ledger.Book, runs: int) -> None:
    """The floor of a position from scratch, in the same run: the least an exact first-in
    first-out replay of the same trades does (sort them by day, one lot per buy, lots consumed
    per sell, realized P&L and cash per day summed), once in Decimal as the ledger counts, once in
    scaled integers over tuples made beforehand, and once in integers decoded from the trades (the
    book holds Decimals). No conversions, dividends, accounts or rates."""
    from collections import deque

    cent = Decimal("0.01")

    def fifo(events, zero, part_of):
        lots = {"BABA": deque(), "9988.HK": deque()}
        realized, cash = zero, {}
        for day, sells, _, symbol, quantity, price, fee in sorted(events):
            held = lots[symbol]
            if not sells:
                cost = quantity * price + fee
                held.append([quantity, cost])
                cash[day] = cash.get(day, zero) - cost
                continue
            left, removed = quantity, zero
            while left:
                lot = held[0]
                if lot[0] <= left:
                    held.popleft()
                    left -= lot[0]
                    removed += lot[1]
                else:
                    part = part_of(lot[1], left, lot[0])
                    lot[0] -= left
                    lot[1] -= part
                    removed += part
                    left = 0
            proceeds = quantity * price - fee
            realized += proceeds - removed
            cash[day] = cash.get(day, zero) + proceeds
        return realized

    def in_decimal():
        return fifo([(t.trade_date, t.side == SELL, i, t.symbol, t.quantity, t.price, t.fee)
                     for i, t in enumerate(book.trades)], Decimal(0),
                    lambda cost, taken, held: (cost * taken / held).quantize(cent))
    def decoded():
        return [(t.trade_date, t.side == SELL, i, t.symbol, int(t.quantity), int(t.price * 100), int(t.fee * 100))
                for i, t in enumerate(book.trades)]
    scaled = decoded()

    def in_integers(records=None):
        return fifo(records or scaled, 0, lambda cost, taken, held: (2 * cost * taken + held) // (2 * held))
    print(f"{'floor: bare FIFO replay, Decimal':34s} median {median_ms(in_decimal, runs):7.1f} ms  "
          f"(scaled integers, records decoded beforehand: {median_ms(in_integers, runs):6.1f} ms; "
          f"decoded from the book's trades first: {median_ms(lambda: in_integers(decoded()), runs):6.1f} ms)")


def facade_figures(book, closes, as_of: date, runs: int) -> None:
    """The same book through the app: stored in SQLite, loaded, computed (what a user waits for)."""
    import tempfile

    from tracker.app.tracker import Tracker

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        with Tracker(path, today=as_of, make_backups=False) as t:
            store_book(t, book, closes)

        def cold():
            with Tracker(path, today=as_of, make_backups=False) as t:
                return t.position("BABA")

        with Tracker(path, today=as_of, make_backups=False) as warm:
            warm.position("BABA")
            print(f"{'Tracker.position BABA (warm)':34s} median {median_ms(lambda: warm.position('BABA'), runs):7.1f} ms")
        print(f"{'Tracker open + position (cold)':34s} median {median_ms(cold, max(3, runs // 4)):7.1f} ms")


if __name__ == "__main__":
    main()
