"""How long the buyback panel takes to refresh after a change, with a long trade history.

Stores a seeded random history of buys and sells of BABA and 9988.HK (never overselling) in a
temporary database with the real BABA daily closes when ../shared/data/alibaba holds them, builds
the panel offscreen, then prints the median time of:

- `BuybackService.report()` right after a change (a trade added: the ledger is replayed),
- `BuybackPanel.refresh()` right after a change (what the window calls after any edit),
- `BuybackPanel.refresh()` with nothing changed.

    python3 bench/bench_buyback_panel.py [--trades 1000] [--runs 7] [--seed 7]
"""
from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from timing import median_ms  # noqa: E402

from tracker.domain.model import BUY, SELL, Trade  # noqa: E402

PRICES = REPO.parent / "shared" / "data" / "alibaba" / "prices_BABA_daily.csv"
TODAY = date(2026, 11, 24)
START = date(2019, 12, 2)       # both listings trade from here on



def random_trades(n: int, seed: int) -> list[Trade]:
    rng = random.Random(seed)
    span = (date(2025, 11, 1) - START).days
    days = sorted(START + timedelta(days=rng.randrange(span)) for _ in range(n))
    held = {"BABA": Decimal(0), "9988.HK": Decimal(0)}
    trades = []
    for day in days:
        while day.weekday() >= 5:
            day -= timedelta(days=1)
        symbol = "9988.HK" if rng.random() < 0.4 else "BABA"
        lot = Decimal(rng.choice((100, 200, 500))) if symbol == "9988.HK" else Decimal(rng.randint(1, 40))
        side = SELL if held[symbol] >= lot and rng.random() < 0.45 else BUY
        held[symbol] += lot if side == BUY else -lot
        price = Decimal("180.00") if symbol == "9988.HK" else Decimal("95.00")
        trades.append(Trade(symbol, side, day, lot, price, Decimal("1.50")))
    return trades



def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trades", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    from tracker.app.tracker import Tracker
    from tracker.store import ledger_rows
    from tracker.ui.main_window import ensure_app

    app = ensure_app()
    from tracker.ui.buyback_panel import BuybackPanel

    with tempfile.TemporaryDirectory() as folder, \
            Tracker(Path(folder) / "bench.db", today=TODAY, make_backups=False) as t:
        if PRICES.is_file():
            t.import_prices(PRICES, "BABA")
        with t.write():    # one change: the facade forgets what it cached
            for trade in random_trades(args.trades, args.seed):
                ledger_rows.insert_trade(t.db, trade)
        panel = BuybackPanel(t)
        panel.resize(440, 1400)
        panel.show()
        app.processEvents()
        print(f"{len(t.trades())} trades, {len(t.buybacks.quarters())} quarters, "
              f"BABA closes: {'real' if PRICES.is_file() else 'none'}")

        extra = Trade("BABA", BUY, date(2025, 11, 3), Decimal(1), Decimal("95.00"))

        def change():
            added = t.add_trade(extra)
            t.delete_trade(added.id)

        def report_after_change():
            change()
            t.buybacks.report()

        def refresh_after_change():
            change()
            panel.refresh()

        change_only = median_ms(change, args.runs)
        print(f"{'a change (add + delete a trade)':42s} median {change_only:7.1f} ms")
        print(f"{'report() after a change':42s} median {median_ms(report_after_change, args.runs) - change_only:7.1f} ms")
        print(f"{'panel refresh() after a change':42s} median {median_ms(refresh_after_change, args.runs) - change_only:7.1f} ms")
        print(f"{'panel refresh(), nothing changed':42s} median {median_ms(panel.refresh, args.runs):7.1f} ms")
        panel.close()


if __name__ == "__main__":
    main()
