"""Reporting periods and the benchmark view.

1. A position with XIRR, TWR and every reporting period (YTD, 1Y, 3Y, 5Y, since inception, each
   with its TWR index, drawdowns and volatility) for a seeded book of 10,000 and 100,000 activities
   over ten years (the generator of bench_position.py), through the pure ledger: one walk over
   history, then each period reads the daily rows. Target: 100 ms at 100,000.
2. The position view's first paint with ten years of daily data: market value, money invested,
   P&L, and the TWR index against a benchmark's, offscreen.

    python3 bench/bench_periods.py [--activities 10000 100000] [--runs 10]
"""
from __future__ import annotations

import argparse
import os
import random
import sys
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_position import END, build_book  # noqa: E402
from timing import median_ms  # noqa: E402

from tracker.domain import ledger, periods, risk  # noqa: E402


def every_period(book, closes, symbol: str = "BABA"):
    others = {s: c for s, c in closes.items() if s != symbol}
    rows: list = []
    p = ledger.compute_position(symbol, book, END, closes[symbol], "fifo", others, days_out=rows)
    return p, periods_of(p, rows), rows


def periods_of(p, rows) -> dict:
    out = {}
    for key in periods.PERIOD_KEYS:
        r = periods.period_return(rows, periods.period(key, END), end=p.returns_to)
        out[key] = (r, risk.drawdown(r.index), risk.volatility(r.index))
    return out


def position_only(book, closes, symbol: str = "BABA"):
    others = {s: c for s, c in closes.items() if s != symbol}
    return ledger.compute_position(symbol, book, END, closes[symbol], "fifo", others)


def bench_positions(sizes: list[int], runs: int) -> None:
    for n in sizes:
        book, closes = build_book(n, seed=7)
        activities = len(book.trades) + len(book.dividends) + len(book.fees) + len(book.conversions)
        p, found, rows = every_period(book, closes)
        alone = median_ms(lambda: position_only(book, closes), runs)
        full = median_ms(lambda: every_period(book, closes), runs)
        only = median_ms(lambda: periods_of(p, rows), runs)
        print(f"{activities:>7,} activities: position + XIRR + TWR {alone:7.1f} ms; "
              f"with all {len(found)} periods, indexes, drawdowns, volatility {full:7.1f} ms "
              f"(the periods on their own, {len(rows):,} daily rows: {only:5.1f} ms)")
        for key, (r, dd, vol) in found.items():
            print(f"    {key:9s} twr {r.twr:+8.4f}  xirr/period {r.xirr_period:+8.4f}  "
                  f"max dd {dd.maximum:6.2%}  vol {vol.period:6.2%}")


def bench_facade(n: int, runs: int) -> None:
    """Through the app, the book stored in SQLite: every period on opening (one walk), and then
    choosing another period in the window (the walk is kept while the facts are unchanged)."""
    import tempfile

    from bench_position import store_book

    from tracker.app.tracker import Tracker
    book, closes = build_book(n, seed=7)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        with Tracker(path, today=END, make_backups=False) as t:
            store_book(t, book, closes)
        with Tracker(path, today=END, make_backups=False) as t:
            t.book(), t._decimal_closes("BABA"), t._decimal_closes("9988.HK")   # loaded once per change

            def cold():
                t._position_days_cache.clear()
                return t.period_returns("BABA")
            first = median_ms(cold, max(3, runs // 2))
            t.period_returns("BABA")
            switch = median_ms(lambda: t.position_and_period("BABA", t.period("3y")), runs)
        print(f"{n:>7,} trades via Tracker: all periods after a change {first:7.1f} ms; "
              f"another period chosen {switch:6.2f} ms")


def bench_first_paint(runs: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from tracker.ui import qt  # noqa: F401  (binds pyqtgraph first)
    from PySide6.QtWidgets import QApplication

    from tracker.ui.chart.position_view import PositionView

    app = QApplication.instance() or QApplication([])
    rng = random.Random(3)
    days, day = [], END - timedelta(days=3652)
    while day <= END:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    value, bench, level, b = [], [], 1.0, 1.0
    for _ in days:
        level *= 1 + rng.gauss(0.0003, 0.02)
        b *= 1 + rng.gauss(0.0003, 0.012)
        value.append(10_000 * level)
        bench.append(b - 1)
    invested = [8_000.0] * len(days)
    pnl = [v - 8_000 for v in value]
    index = [(d, v / 10_000 - 1) for d, v in zip(days, value)]
    bench_index = list(zip(days, bench))
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        view = PositionView()
        view.resize(1100, 520)
        view.set_series("USD", days, value, invested, pnl)
        view.set_benchmarks([("SPY", "SPDR S&P 500 ETF")], "SPY")
        view.set_comparison("Since inception", index, "SPY", bench_index, "Max drawdown", "")
        view.show()
        view.grab()                      # the first frame, painted
        times.append((time.perf_counter() - t0) * 1000)
        view.close()
        view.deleteLater()
        app.processEvents()
    times.sort()
    print(f"position view with a benchmark, {len(days):,} daily points: first paint median "
          f"{times[len(times) // 2]:.1f} ms (min {times[0]:.1f}, max {times[-1]:.1f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--activities", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    bench_positions(args.activities, args.runs)
    for n in args.activities:
        bench_facade(n, args.runs)
    bench_first_paint(args.runs)


if __name__ == "__main__":
    main()
