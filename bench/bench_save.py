"""One save in the real window: Save pressed → every affected view repainted, at 1,000 / 10,000 /
100,000 activities; the old way (every view re-read after any change) against routing the
`Changes` record to the views it touched, in one run. Also the cost of the outside-change watcher
when nothing changed (one `PRAGMA data_version` a tick).

    QT_QPA_PLATFORM=offscreen python3 bench/bench_save.py [--sizes 1000,10000,100000] [--runs 5]
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_position import build_book, store_book  # noqa: E402

AS_OF = date(2025, 6, 2)


def fill(path: Path, n: int) -> int:
    from tracker.app.tracker import Tracker
    book, closes = build_book(n, seed=7)
    with Tracker(path, today=AS_OF, make_backups=False) as t:
        store_book(t, book, closes)
    return len(book.trades) + len(book.conversions) + len(book.dividends) + len(book.fees)


def time_saves(window, runs: int, route: bool) -> list[float]:
    from PySide6.QtWidgets import QApplication

    from tracker.domain.model import Trade
    app = QApplication.instance()
    out = []
    for i in range(runs):
        trade = Trade("BABA", "buy", AS_OF, Decimal(1), Decimal("80.00") + i, Decimal(0))
        t0 = time.perf_counter()
        saved = window.tracker.add_trade(trade)
        window._added(saved)                 # one undo step, the row selected (what Save does)
        if route:
            window.apply_changes(window.tracker.poll())
        else:
            window.tracker.poll()
            window.refresh()                 # the old way: every view re-read
        window.repaint()
        app.processEvents()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from PySide6.QtCore import QSettings

    from tracker.ui.main_window import create_window
    for n in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "bench.db"
            activities = fill(path, n)
            window = create_window(path, settings=QSettings(str(Path(folder) / "s.ini"),
                                                            QSettings.Format.IniFormat), today=AS_OF)
            window.resize(1440, 900)
            window.show()
            window.finish_startup()
            routed = time_saves(window, args.runs, route=True)
            everything = time_saves(window, args.runs, route=False)
            polls = []
            for _ in range(200):
                t0 = time.perf_counter()
                window.check_outside_changes()
                polls.append((time.perf_counter() - t0) * 1e6)
            print(f"{activities:>7,} activities: save → repainted, median of {args.runs}: "
                  f"every view re-read {statistics.median(everything):7.1f} ms, "
                  f"routed by Changes {statistics.median(routed):7.1f} ms; "
                  f"watcher tick with nothing changed {statistics.median(polls):5.0f} µs", flush=True)
            window.close()


if __name__ == "__main__":
    main()
