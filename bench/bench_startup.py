"""Startup time: seconds from process start to the first painted window, offscreen.

    python3 bench/bench_startup.py [--runs 5] [--trades 1000] [--years 10] [--minute-bars N]

In one run it prints the median over `--runs` fresh processes of
  (a) the app: `create_window` on a database with ten years of daily BABA and 9988.HK bars and
      1,000 trades (built once through the facade into a temporary folder; with `--minute-bars N`
      BABA's prices are instead the last N one-minute bars of its sessions, 09:30-16:00 New York
      time, imported from a price file as a user would), and
  (b) the floor: a bare script that imports PySide6, pyqtgraph, pandas and sqlite_utils and shows
      an empty QMainWindow,
and the ratio (a)/(b). Target: (a) <= 1.3 x (b).

"Process start" is taken by the parent just before it spawns the child; "first painted" is when
the processEvents() that follows show() returns after the window received its first paint event
(so the whole first frame is drawn), or else when a zero-delay timer fires in the event loop. The
app reads the database right after that first frame (its views, then its earnings and buyback
panels); the time until its figures (the cards, the price bars and the trades table) are
painted, and until all of it is in, are printed too. One unmeasured warm-up of each comes first (file cache, the
database's daily backup, the bytecode cache).

Bytecode: an installed app runs from compiled bytecode (pip compiles every module when it
installs), as the libraries of the floor do. A checkout run with PYTHONDONTWRITEBYTECODE=1 instead
recompiles the app's own modules on every start. The headline figures give both children a
private bytecode cache (PYTHONPYCACHEPREFIX in the temporary folder, filled by the warm-up); the
same pair is then measured again in the inherited environment, and printed as well.
"""
from __future__ import annotations

import argparse
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

# Prints the wall-clock time of the first paint of the window, then quits.
PAINT_PROBE = r"""
from PySide6.QtCore import QEvent, QObject, QTimer
class _FirstPaint(QObject):
    painted = None
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and _FirstPaint.painted is None:
            _FirstPaint.painted = time.time()
        return False
def _measure(app, window, ready=None):
    probe = _FirstPaint()
    window.installEventFilter(probe)
    window.show()
    app.processEvents()                     # the first frame: layout and every widget's paint
    if _FirstPaint.painted is not None:
        _FirstPaint.painted = time.time()   # the frame is complete once processEvents returns
    def done():
        print(f"PAINTED {(_FirstPaint.painted or time.time()):.6f}", flush=True)
        wait_ready()
    def wait_ready():
        if ready is None or ready():
            print(f"READY {time.time():.6f}", flush=True)
            app.quit()
        else:
            QTimer.singleShot(5, wait_ready)
    QTimer.singleShot(0, done)
    app.exec()
"""

APP_SCRIPT = r"""
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, REPO_PATH)
from tracker.ui.main_window import create_window, ensure_app
from PySide6.QtCore import QSettings
""" + PAINT_PROBE + r"""
app = ensure_app()
window = create_window(DB_PATH, settings=QSettings(INI_PATH, QSettings.Format.IniFormat))
window.resize(1440, 900)
_paint_now = window._paint_now
def _painted_so_far():        # start-up paints the figures, then the chart's overlays, then the docks
    _paint_now()
    if not hasattr(window, "_figures_at"):
        window._figures_at = time.time()
        print(f"FIGURES {window._figures_at:.6f}", flush=True)
window._paint_now = _painted_so_far
_measure(app, window, ready=lambda: window.ready)
"""

FLOOR_SCRIPT = r"""
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
import PySide6
from PySide6.QtWidgets import QApplication, QMainWindow
import pyqtgraph, pandas, sqlite_utils
""" + PAINT_PROBE + r"""
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1440, 900)
_measure(app, window)
"""


def price_csv(path: Path, days: list[date], start_price: float, seed: int) -> Path:
    """A random-walk daily OHLCV file in Yahoo's layout."""
    rng = np.random.default_rng(seed)
    close = start_price * np.exp(np.cumsum(rng.normal(0, 0.02, len(days))))
    open_ = close * np.exp(rng.normal(0, 0.01, len(days)))
    high = np.maximum(open_, close) * (1 + rng.uniform(0, 0.02, len(days)))
    low = np.minimum(open_, close) * (1 - rng.uniform(0, 0.02, len(days)))
    volume = rng.integers(1_000_000, 30_000_000, len(days))
    with open(path, "w", encoding="utf-8") as f:
        f.write("Date,Open,High,Low,Close,Adj Close,Volume\n")
        for row in zip(days, open_, high, low, close, close, volume):
            f.write(f"{row[0]},{row[1]:.4f},{row[2]:.4f},{row[3]:.4f},{row[4]:.4f},{row[5]:.4f},{row[6]}\n")
    return path


def minute_csv(path: Path, days: list[date], count: int, start_price: float, seed: int) -> Path:
    """The last `count` one-minute bars of the sessions on `days` (390 a day from 09:30), a random
    walk in Yahoo's layout with date and time."""
    rng = np.random.default_rng(seed)
    per_day = 390
    sessions = days[-math.ceil(count / per_day):]
    minutes = [f"{h:02d}:{m:02d}:00" for h, m in (divmod(570 + k, 60) for k in range(per_day))]
    stamps = [f"{d} {t}" for d in sessions for t in minutes][-count:]
    close = start_price * np.exp(np.cumsum(rng.normal(0, 0.001, count)))
    open_ = close * np.exp(rng.normal(0, 0.0005, count))
    high = np.maximum(open_, close) * (1 + rng.uniform(0, 0.001, count))
    low = np.minimum(open_, close) * (1 - rng.uniform(0, 0.001, count))
    volume = rng.integers(1_000, 50_000, count)
    with open(path, "w", encoding="utf-8") as f:
        f.write("Date,Open,High,Low,Close,Adj Close,Volume\n")
        f.writelines(f"{t},{o:.4f},{h:.4f},{lo:.4f},{c:.4f},{c:.4f},{v}\n"
                     for t, o, h, lo, c, v in zip(stamps, open_, high, low, close, volume))
    return path


def trades_csv(path: Path, count: int, days: list[date], closes: dict[str, dict[date, float]], seed: int) -> Path:
    """`count` trades over both listings that never sell more than is held, on `days` (sessions of
    both) at the day's close."""
    rng = np.random.default_rng(seed)
    held = {"BABA": 0, "9988.HK": 0}
    picks = np.sort(rng.choice(len(days), size=count, replace=True))
    with open(path, "w", encoding="utf-8") as f:
        f.write("date,symbol,side,quantity,price,fee,currency,note\n")
        for n, i in enumerate(picks):
            symbol = "BABA" if n % 3 else "9988.HK"
            lot = 100 if symbol == "9988.HK" else 10
            qty = int(rng.integers(1, 6)) * lot
            side = "sell" if held[symbol] >= qty and rng.random() < 0.4 else "buy"
            held[symbol] += qty if side == "buy" else -qty
            price = float(closes[symbol][days[i]])
            cur = "USD" if symbol == "BABA" else "HKD"
            f.write(f"{days[i]},{symbol},{side},{qty},{price:.2f},1.50,{cur},bench {n}\n")
    return path


def build_database(folder: Path, years: int, trades: int, minute_bars: int = 0) -> Path:
    from tracker.app.tracker import Tracker
    db = folder / "bench.db"
    end = date(2026, 11, 20)
    from tracker.app.sessions import sessions_between
    first = end - timedelta(days=365 * years)
    # each listing on its own exchange's sessions, from its first trading day at the earliest
    days = sessions_between("NYSE", first, end)
    hk_days = sessions_between("HKEX", max(first, date(2019, 11, 26)), end)
    with Tracker(db, today=date(2026, 11, 24), make_backups=False) as t:
        baba = (minute_csv(folder / "BABA.csv", days, minute_bars, 90.0, 1) if minute_bars
                else price_csv(folder / "BABA.csv", days, 90.0, 1))
        t.import_prices(baba, "BABA")
        t.import_prices(price_csv(folder / "9988.csv", hk_days, 180.0, 2), "9988.HK")
        # trades from the Hong Kong listing day on (earlier ones are refused), at that day's close
        common = sorted(set(d for d in days if d >= date(2019, 11, 26)) & set(hk_days))
        closes = {s: dict(t.daily_closes(s)) for s in ("BABA", "9988.HK")}
        report = t.import_trades(trades_csv(folder / "trades.csv", trades, common, closes, 3))
        print(f"database: {len(t.bars('BABA')):,} BABA bars, {len(t.bars('9988.HK')):,} 9988.HK bars, "
              f"{report.added:,} trades -> {db}")
    return db


def child_env(pycache: Path | None) -> dict[str, str]:
    """The inherited environment, offscreen; with `pycache`, bytecode is written to and read from
    that folder (the checkout itself stays free of __pycache__ folders)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if pycache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def time_child(script: str, env: dict[str, str]) -> tuple[float, float, float | None]:
    """(seconds to the first painted frame, until the window reports it is complete, until its
    figures were painted (the app only; None for the floor))."""
    start = time.time()
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env,
                         cwd=str(REPO), timeout=300)
    found = dict(line.split() for line in out.stdout.splitlines()
                 if line.startswith(("PAINTED ", "READY ", "FIGURES ")))
    if out.returncode != 0 or "PAINTED" not in found:
        raise SystemExit(f"child failed ({out.returncode}):\n{out.stdout}\n{out.stderr}")
    figures = float(found["FIGURES"]) - start if "FIGURES" in found else None
    return float(found["PAINTED"]) - start, float(found["READY"]) - start, figures


def measure(app: str, env: dict[str, str], runs: int) -> tuple[list[float], list[float], list[float], list[float]]:
    """(app first-paint times, app complete times, floor first-paint times, app figures-painted
    times) over `runs` pairs."""
    time_child(app, env), time_child(FLOOR_SCRIPT, env)      # warm-up, not measured
    app_times, ready_times, floor_times, figure_times = [], [], [], []
    for _ in range(runs):                                     # interleaved: machine noise hits both
        painted, ready, figures = time_child(app, env)
        app_times.append(painted)
        ready_times.append(ready)
        figure_times.append(figures)
        floor_times.append(time_child(FLOOR_SCRIPT, env)[0])
    return app_times, ready_times, floor_times, figure_times


def report(title: str, args, app_times, ready_times, floor_times, figure_times) -> None:
    a, b = statistics.median(app_times), statistics.median(floor_times)
    print(title)
    bars = (f"{args.minute_bars:,} one-minute BABA bars + {args.years} years of daily 9988.HK bars"
            if args.minute_bars else f"{args.years} years of bars x 2 listings")
    print(f"(a) app, {bars} + {args.trades:,} trades: "
          f"median {a:.3f} s  (runs: {', '.join(f'{t:.3f}' for t in app_times)})")
    print(f"    the cards, the price bars and the trades table painted: median {statistics.median(figure_times):.3f} s")
    print(f"    with the chart's trades and events, and the earnings and buyback panels in: "
          f"median {statistics.median(ready_times):.3f} s")
    print(f"(b) floor, PySide6 + pyqtgraph + pandas + sqlite_utils + empty window: "
          f"median {b:.3f} s  (runs: {', '.join(f'{t:.3f}' for t in floor_times)})")
    print(f"ratio (a)/(b) = {a / b:.2f}  (target <= 1.30)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--trades", type=int, default=1000)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--minute-bars", type=int, default=0, metavar="N",
                        help="BABA's prices as its last N one-minute bars (1,000,000: about ten years)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = build_database(folder, args.years, args.trades, args.minute_bars)
        app = (APP_SCRIPT.replace("REPO_PATH", repr(str(REPO))).replace("DB_PATH", repr(str(db)))
               .replace("INI_PATH", repr(str(folder / "settings.ini"))))
        cached = measure(app, child_env(folder / "pycache"), args.runs)
        inherited = measure(app, child_env(None), args.runs) if os.environ.get("PYTHONDONTWRITEBYTECODE") else None
    report("As installed (all bytecode compiled, app and libraries alike):", args, *cached)
    if inherited is not None:
        print()
        report("This environment as is (PYTHONDONTWRITEBYTECODE=1: the app's own modules are compiled "
               "on every start, the libraries' bytecode was compiled when they were installed):",
               args, *inherited)


if __name__ == "__main__":
    main()
