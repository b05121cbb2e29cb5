"""Save, edit, delete, undo and redo in the real window at 1,000 / 10,000 / 100,000 activities:
pressed → the views the change touched repainted (the docks greyed as updating), and → the two
docks refreshed too (each in an event-loop turn of its own, after that first repaint). Also the
cost of the outside-change watcher when nothing changed (one `PRAGMA data_version` a tick), and
how soon a second, read-only window on the same file shows a save of the first.
Targets: <= 50 ms at 10,000 activities, <= 150 ms at 100,000.

    QT_QPA_PLATFORM=offscreen python3 bench/bench_save.py [--sizes 1000,10000,100000] [--runs 5]
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from dataclasses import replace
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


def _until_repainted(window, app, action) -> tuple[float, float]:
    """(ms until the views the action touched have repainted, ms until the docks are in too)."""
    t0 = time.perf_counter()
    action()
    window.repaint()                         # the window's views, painted synchronously
    painted = (time.perf_counter() - t0) * 1000
    app.processEvents()
    while not window.panels_current():       # the docks, each in an event-loop turn of its own
        app.processEvents()
    return painted, (time.perf_counter() - t0) * 1000


def time_actions(window, runs: int) -> dict[str, list[tuple[float, float]]]:
    """Save (a new buy), edit (its quantity), delete, undo and redo, as the window does them."""
    from PySide6.QtWidgets import QApplication

    from tracker.domain.model import Trade
    app = QApplication.instance()
    out: dict[str, list[tuple[float, float]]] = {k: [] for k in ("save", "edit", "delete", "undo", "redo")}
    for i in range(runs):
        trade = Trade("BABA", "buy", AS_OF, Decimal(1), Decimal("80.00") + i, Decimal(0))
        saved = []
        out["save"].append(_until_repainted(window, app, lambda: saved.append(window.tracker.add_trade(trade))
                                             or window._added(saved[-1])))
        old = saved[-1]
        out["edit"].append(_until_repainted(window, app, lambda: window._save_edit(old, replace(old, quantity=Decimal(2)))))
        window.trades_view.select_entry(window.tracker.trade(old.id))
        out["delete"].append(_until_repainted(window, app, window.delete_selected))
        out["undo"].append(_until_repainted(window, app, window.undo_stack.undo))
        out["redo"].append(_until_repainted(window, app, window.undo_stack.redo))
    return out


FOLLOWER = r"""
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, REPO)
from datetime import date
from pathlib import Path
from PySide6.QtCore import QSettings
from tracker.domain import book_edits
from tracker.ui.main_window import create_window
if not REBASE:
    book_edits.rebased = lambda *a, **k: None
window = create_window(Path(DB), settings=QSettings(INI, QSettings.Format.IniFormat), today=date.fromisoformat(TODAY))
window.resize(1440, 900)
window.show()
window.finish_startup()
window.watcher.stop()                 # its ticks are driven here
assert window.tracker.read_only
print("READY", flush=True)
for line in sys.stdin:                # one line per save of the other window
    t0 = time.perf_counter()
    assert window.check_outside_changes().activities
    window.repaint()
    print(f"FOLLOWED {(time.perf_counter() - t0) * 1000:.1f}", flush=True)
"""


def follow_times(window, path: Path, folder: str, runs: int, rebase: bool = True) -> list[float]:
    """A second window on the same file, in a process of its own (read-only: the first one
    writes): ms from its watcher's tick after each of the first window's saves to its views
    repainted. With `rebase` False, as when the book read again is used as it is (not made from
    the one before by the entries that changed)."""
    import subprocess

    from tracker.domain.model import Trade
    script = (FOLLOWER.replace("REPO", repr(str(Path(__file__).resolve().parents[1])))
              .replace("REBASE", repr(rebase)).replace("DB", repr(str(path)))
              .replace("INI", repr(str(Path(folder) / "s2.ini"))).replace("TODAY", repr(AS_OF.isoformat())))
    child = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             text=True)
    assert child.stdout.readline().strip() == "READY"
    out = []
    for i in range(runs):
        trade = Trade("BABA", "buy", AS_OF, Decimal(1), Decimal("90.00") + i, Decimal(0))
        window._added(window.tracker.add_trade(trade))
        child.stdin.write("saved\n")
        child.stdin.flush()
        out.append(float(child.stdout.readline().split()[1]))
    child.stdin.close()
    child.wait()
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
            window.confirm = lambda title, text: True
            window.resize(1440, 900)
            window.show()
            window.finish_startup()
            figures = time_actions(window, args.runs)
            followed = follow_times(window, path, folder, args.runs)
            afresh = follow_times(window, path, folder, args.runs, rebase=False)
            polls = []
            for _ in range(200):
                t0 = time.perf_counter()
                window.check_outside_changes()
                polls.append((time.perf_counter() - t0) * 1e6)
            target = 50 if n <= 10_000 else 150
            print(f"{activities:>7,} activities, median of {args.runs} (pressed → the views it touched "
                  f"repainted / → the docks in too; target {target} ms):", flush=True)
            for action, pairs in figures.items():
                painted = statistics.median(p for p, _ in pairs)
                docks = statistics.median(d for _, d in pairs)
                print(f"  {action:<7} {painted:8.1f} ms / {docks:8.1f} ms", flush=True)
            print(f"  watcher tick with nothing changed {statistics.median(polls):5.0f} µs", flush=True)
            print(f"  a second, read-only window on the file (another process): the first's save seen and repainted "
                  f"{statistics.median(followed):8.1f} ms (median of {len(followed)}); with the book "
                  f"read afresh and every view computed again instead: {statistics.median(afresh):8.1f} ms",
                  flush=True)
            window.close()


if __name__ == "__main__":
    main()
