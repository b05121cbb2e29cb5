"""The combined stake (both listings in one currency, with XIRR and TWR) on heavy histories.

Uses bench_position's seeded book (buys and sells of BABA and 9988.HK that never oversell, a few
dividends, fees and conversions) with ten years of daily closes of each listing and of USD/HKD,
at 10,000 and 100,000 activities, and prints the median time of `stake.compute_stake` in USD and
in HKD, of one listing's position beside it (what the machine's load does to both), and of the
ADS premium series. Target: the combined position at 100,000 activities in
100 ms or less.

    python3 bench/bench_stake.py [--sizes 10000 100000] [--runs 5] [--seed 7]
"""
from __future__ import annotations

import argparse
import random
import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_position import END, build_book  # noqa: E402
from timing import median_ms  # noqa: E402

from tracker.domain import fx, ledger, stake  # noqa: E402

TARGET_MS = 100.0


def usd_hkd(days, seed: int) -> list:
    """A daily USD/HKD series inside the 7.75-7.85 band."""
    rng = random.Random(seed)
    rate, out = 7.80, []
    for day in days:
        rate = min(7.85, max(7.75, rate + rng.gauss(0, 0.002)))
        out.append((day, Decimal(f"{rate:.4f}")))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    for size in args.sizes:
        book, closes = build_book(size, args.seed)
        activities = len(book.trades) + len(book.dividends) + len(book.fees) + len(book.conversions)
        rates = fx.Rates({"HKD": usd_hkd([d for d, _ in closes["BABA"]], args.seed)})
        print(f"{activities:,} activities ({len(book.trades):,} trades, {len(book.conversions)} conversions); "
              f"closes: {len(closes['BABA'])} BABA, {len(closes['9988.HK'])} 9988.HK, "
              f"{len(closes['BABA'])} USDHKD")
        for currency in ("USD", "HKD"):
            def run(currency=currency):
                return stake.compute_stake(book, END, closes, rates, currency)
            p = run()
            ms = median_ms(run, args.runs)
            verdict = "" if size != 100_000 else (" (target met)" if ms <= TARGET_MS else
                                                   f" (target {TARGET_MS:.0f} ms not met)")
            print(f"  compute_stake {currency} median {ms:8.1f} ms{verdict}  "
                  f"(ADS-eq {p.shares}, xirr {p.xirr:+.4f}, twr {p.twr:+.4f})")
        others = {s: c for s, c in closes.items() if s != "BABA"}
        ms = median_ms(lambda: ledger.compute_position("BABA", book, END, closes["BABA"], "fifo", others,
                                                       rates=rates), args.runs)
        print(f"  compute_position BABA alone (same machine, same moment) median {ms:8.1f} ms")
        ms = median_ms(lambda: stake.premium_series(closes["BABA"], closes["9988.HK"], Decimal(8), rates),
                       args.runs)
        print(f"  premium_series     median {ms:8.1f} ms")


if __name__ == "__main__":
    main()
