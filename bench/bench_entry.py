"""One keystroke in the trade dialog, with its inline validation, at 10,000 and 100,000 activities.

    QT_QPA_PLATFORM=offscreen python3 bench/bench_entry.py [--sizes 10000,100000] [--runs 15]

The real `TradeDialog` on the real facade: a sell of BABA, typed digit by digit into Quantity
(each keystroke checks the sell against the whole history). Printed beside it, in the same run:
the floor, the same keystrokes into a bare QLineEdit, and the check as it was (a full replay of
history, `ledger.new_history_errors`). Target: <= 16 ms a keystroke at 100,000 activities.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_save import AS_OF, fill  # noqa: E402

TARGET_MS = 16.0
DIGITS = "1234567"


def keystrokes(app, editor, runs: int) -> list[float]:
    """Milliseconds per typed digit (the editor cleared between words)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    out = []
    for n in range(runs):
        editor.clear()
        for ch in DIGITS[: 1 + n % 3]:
            t0 = time.perf_counter()
            QTest.keyClick(editor, ch)
            app.processEvents()
            out.append((time.perf_counter() - t0) * 1000)
        QTest.keyClick(editor, Qt.Key.Key_Backspace)
    return out


def first_keystrokes(app, tracker, dialog_class, sell, indexed: bool) -> tuple[float, float, float]:
    """Milliseconds of the first keystroke in a new trade dialog right after a save: for a sell on
    the last session, then (after another save each) for one dated half a year before and five
    years before. With `indexed`, the holdings index was built before each save (as the window
    does when idle) and the save counts as a change made since; without, none was (saves in
    quick succession): a date among the latest tenth of history is then judged by a replay
    resumed from the state kept there, an earlier one builds the index for the new history."""
    from datetime import timedelta

    from PySide6.QtTest import QTest

    from tracker.domain.model import BUY, Trade
    out = []
    for day in (AS_OF, AS_OF - timedelta(days=182), AS_OF - timedelta(days=5 * 365)):
        if indexed:
            tracker.holdings_index()
        else:
            tracker._index_cache = None
        tracker.add_trade(Trade("BABA", BUY, AS_OF, Decimal(1), Decimal(80), Decimal(0), currency="USD"))
        dialog = dialog_class(tracker, lambda _t: None, symbol="BABA")
        dialog.side.setCurrentIndex(dialog.side.findData(sell))
        dialog.date.setDate(day)
        dialog.price.setText("80")
        dialog.show()
        app.processEvents()
        t0 = time.perf_counter()
        QTest.keyClick(dialog.quantity, "3")
        app.processEvents()
        out.append((time.perf_counter() - t0) * 1000)
        dialog.close()
    return out[0], out[1], out[2]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication, QLineEdit

    from tracker.app.tracker import Tracker
    from tracker.domain import ledger
    from tracker.domain.model import SELL, Trade
    from tracker.ui.trade_dialog import TradeDialog
    app = QApplication.instance() or QApplication([])
    bare = QLineEdit()
    bare.show()
    for n in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "bench.db"
            activities = fill(path, n)
            with Tracker(path, today=AS_OF, make_backups=False) as tracker:
                dialog = TradeDialog(tracker, lambda _t: None, symbol="BABA")
                dialog.side.setCurrentIndex(dialog.side.findData(SELL))
                dialog.price.setText("80")
                dialog.show()
                app.processEvents()
                typed = keystrokes(app, dialog.quantity, args.runs)
                floor = keystrokes(app, bare, args.runs)
                book = tracker.book()
                sell = Trade("BABA", SELL, AS_OF, Decimal(1), Decimal(80), Decimal(0), currency="USD")
                known = tracker.history_problems()

                def replayed():
                    ledger.forget_replays()
                    return ledger.new_history_errors(known, replace(book, trades=book.trades + (sell,)))
                t0 = time.perf_counter()
                for _ in range(3):
                    replayed()
                replay_ms = (time.perf_counter() - t0) * 1000 / 3
                dialog.close()
                after_idle = first_keystrokes(app, tracker, TradeDialog, SELL, indexed=True)
                in_a_row = first_keystrokes(app, tracker, TradeDialog, SELL, indexed=False)
            ms, floor_ms = statistics.median(typed), statistics.median(floor)
            verdict = "met" if ms <= TARGET_MS else "NOT met"
            print(f"{activities:>7,} activities: keystroke in the trade dialog, median of {len(typed)}: "
                  f"{ms:6.2f} ms (bare QLineEdit {floor_ms:5.2f} ms; the check by full replay "
                  f"{replay_ms:7.1f} ms); target {TARGET_MS:.0f} ms: {verdict}", flush=True)
            for label, (today, back, long_back) in (("the index of before the save", after_idle),
                                                    ("no index (saves in quick succession)", in_a_row)):
                print(f"{'':>7}  the first keystroke after a save, {label}: a sell dated the last "
                      f"session {today:6.2f} ms, half a year before {back:7.1f} ms, five years before "
                      f"{long_back:7.1f} ms", flush=True)


if __name__ == "__main__":
    main()
