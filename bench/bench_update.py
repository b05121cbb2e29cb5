"""Price update speed: ten years of daily bars for five series from a loopback provider.

    python3 bench/bench_update.py [--runs 5] [--latency-ms 0]

Prints, as medians over `--runs` fresh databases:
  (a) the facade: `tracker.price_updates.update()` of five empty series (BABA, 9988.HK, USDHKD,
      USDCNY, ^GSPC), each ten years of daily bars (2,512 bars, the real raw BABA closes of
      2016-10 .. 2026-10 scaled per series) from Yahoo-shaped chart JSON served by another process
      on 127.0.0.1: total time,
      and its parts: waiting for and reading the answers, parsing them into checked bars, and the
      one write transaction;
  (b) the same update started from the real window (File ▸ Update prices) while a 5 ms timer runs
      on the GUI thread: the longest gap between two timer ticks beyond its 5 ms (the longest
      event-loop stall) while the worker fetches, parses and writes, and after the bars land,
      while the summary, chart and table and then each dock (in an event-loop turn of its own)
      refresh and repaint. Target: no stall over 50 ms;
  (c) as (b), for a routine update: each series already holds all but its last 8 bars and the
      window shows them before the update.
`--latency-ms` holds each answer back to stand in for a real network.
"""
from __future__ import annotations

import argparse
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import numpy as np  # noqa: E402

from tests.online.loopback import MarketServer, Series  # noqa: E402
from tracker.app.tracker import Tracker  # noqa: E402
from tracker.importers.prices import parse_price_csv  # noqa: E402
from tracker.store import prices as price_store  # noqa: E402

SHARED = REPO.parent / "shared" / "data" / "alibaba"
TODAY = date(2026, 10, 12)
FIRST = date(2016, 10, 12)      # ten years for every series (9988.HK's own history starts in 2019)
BARS = 2512
ROUTINE_DAYS = 8                # bars missing before a routine update (about a week and a half)
EXTRA = [("USDHKD", "USD/HKD", "HKD", 7.8 / 80), ("USDCNY", "USD/CNY", "CNY", 7.1 / 80),
         ("^GSPC", "S&P 500", "USD", 4000 / 80)]
SCALE = {"BABA": 1.0, "9988.HK": 7.8 / 8}


def ten_years() -> Series:
    """BABA's real raw bars, 2016-10-12 .. 2026-10-09 (two files joined at 2024-03-08)."""
    old = parse_price_csv(SHARED / "prices_BABA_daily.csv")
    new = parse_price_csv(SHARED / "prices_BABA_daily_2024_2026.csv")
    keep = old.ts < new.ts[0]
    joined = {n: np.concatenate([getattr(old, n)[keep], getattr(new, n)])
              for n in ("ts", "open", "high", "low", "close", "volume")}
    first = (np.datetime64("2016-10-12") - np.datetime64("1970-01-01")).astype(int) * 86_400
    inside = joined["ts"] >= first
    days = (joined["ts"][inside] // 86_400).astype("datetime64[D]")
    return Series(days, *(joined[n][inside] for n in ("open", "high", "low", "close", "volume")))


def scaled(series: Series, factor: float) -> Series:
    return Series(series.days, series.open * factor, series.high * factor, series.low * factor,
                  series.close * factor, series.volume)


def fresh_database(folder: Path, run: int, holding: dict[str, Series] | None = None) -> Path:
    """A new database: the two listings and the two exchange rates it seeds, and a benchmark;
    without bars, or with `holding`'s."""
    path = folder / f"update_{run}.db"
    with Tracker(path, today=TODAY, make_backups=False) as t:
        with t.write():
            t.db["instruments"].insert({"symbol": "^GSPC", "name": "S&P 500", "exchange": "INDEX",
                                        "currency": "USD", "kind": "INDEX", "ordinary_per_unit": "0",
                                        "first_trading_day": "1927-12-30"})
            for symbol, series in (holding or {}).items():
                ts = (series.days - np.datetime64("1970-01-01")).astype(np.int64) * 86_400
                price_store.upsert_bars(t.db, symbol, {"ts": ts, "open": series.open, "high": series.high,
                                                       "low": series.low, "close": series.close,
                                                       "volume": series.volume})
    return path


def all_but_last(series: dict[str, Series], days: int) -> dict[str, Series]:
    return {symbol: s.between(FIRST, s.days[-days - 1].item()) for symbol, s in series.items()}


def facade_run(path: Path) -> dict[str, float]:
    with Tracker(path, today=TODAY, make_backups=False) as t:
        began = time.perf_counter()
        report = t.price_updates.update(start=FIRST)
        total = time.perf_counter() - began
        assert report.added == 5 * BARS, report.added
    return {"total": total, "fetch": report.fetch_seconds, "parse": report.parse_seconds,
            "write": report.write_seconds}


def window_run(path: Path, folder: Path, first_fill: bool = True) -> dict[str, float]:
    """The update from the window, with a 5 ms timer measuring the GUI thread's stalls."""
    from unittest import mock

    from PySide6.QtCore import QSettings, QTimer
    from tracker.ui.main_window import create_window, ensure_app
    app = ensure_app()
    settings = QSettings(str(folder / "bench.ini"), QSettings.Format.IniFormat)
    window = create_window(path, settings=settings, today=TODAY)
    window.resize(1440, 900)
    window.show()
    app.processEvents()
    window.finish_startup()
    for _ in range(5):
        app.processEvents()
    landed_at: list[float] = []
    refresh_views = window.online.refresh_views

    def timed_refresh_views():
        landed_at.append(time.perf_counter())
        refresh_views()
    window.online.refresh_views = timed_refresh_views
    pieces: dict[str, float] = {}

    def timed(name, method):
        def run(*args, **kwargs):
            began = time.perf_counter()
            method(*args, **kwargs)
            pieces[name] = max(pieces.get(name, 0.0), time.perf_counter() - began)   # the watcher calls too
        return run
    window.apply_changes = timed("views", window.apply_changes)
    window.earnings_panel.refresh = timed("earnings panel", window.earnings_panel.refresh)
    window.buyback_panel.refresh = timed("buyback panel", window.buyback_panel.refresh)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    began = time.perf_counter()
    start_for = (lambda symbol, start=None: FIRST) if first_fill else window.tracker.price_updates.start_for
    with mock.patch.object(window.tracker.price_updates, "start_for", start_for):
        task = window.update_prices()
        while window.busy:
            app.processEvents()
            time.sleep(0.001)
    landed = time.perf_counter() - began
    settle = time.perf_counter() + 3.0          # the docks' turns, and the repaint after them
    while len(pieces) < 3 and time.perf_counter() < settle:
        app.processEvents()
        time.sleep(0.001)
    settle = time.perf_counter() + 0.1
    while time.perf_counter() < settle:
        app.processEvents()
        time.sleep(0.001)
    timer.stop()
    assert task.outcome == "succeeded", task.error
    window.online.events_dialog and window.online.events_dialog.reject()
    window.close()
    app.processEvents()
    ticks_at = np.array(ticks)
    gaps = np.diff(ticks_at) - 0.005
    before = ticks_at[1:] <= landed_at[0]
    return {"landed": landed, "working": float(gaps[before].max(initial=0.0)),
            "refresh": float(gaps[~before].max(initial=0.0)), "ticks": len(ticks), **pieces}


def serve(series: dict[str, Series], delay: float, urls, stop) -> None:
    with MarketServer(series) as server:
        server.delay = delay
        urls.put(server.url)
        stop.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--latency-ms", type=float, default=0.0)
    args = parser.parse_args()
    base = ten_years()
    assert len(base.days) == BARS, len(base.days)
    series = {"BABA": base, "9988.HK": scaled(base, SCALE["9988.HK"])}
    series.update({symbol: scaled(base, factor) for symbol, _, _, factor in EXTRA})
    urls, stop = multiprocessing.Queue(), multiprocessing.Event()
    server = multiprocessing.Process(target=serve, args=(series, args.latency_ms / 1000, urls, stop))
    server.start()                     # its own process, as a real provider is: no shared GIL
    try:
        os.environ["TRACKER_YAHOO_URL"] = urls.get(timeout=30)
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            facade = [facade_run(fresh_database(folder, run)) for run in range(args.runs)]
            windows = [window_run(fresh_database(folder, 100 + run), folder) for run in range(args.runs)]
            recent = all_but_last(series, ROUTINE_DAYS)
            routine = [window_run(fresh_database(folder, 200 + run, recent), folder, first_fill=False)
                       for run in range(args.runs)]
    finally:
        stop.set()
        server.join(10)

    def med(rows, key):
        return statistics.median(r[key] for r in rows) * 1000
    bars = 5 * len(base.days)
    print(f"update of 5 series x {len(base.days):,} daily bars ({bars:,} bars) from 127.0.0.1, "
          f"latency {args.latency_ms:g} ms, median of {args.runs} fresh databases:")
    print(f"  facade total           {med(facade, 'total'):8.1f} ms "
          f"({bars / (med(facade, 'total') / 1000):,.0f} bars/s)")
    print(f"    waiting and reading  {med(facade, 'fetch'):8.1f} ms")
    print(f"    parsing and checking {med(facade, 'parse'):8.1f} ms")
    print(f"    writing (one txn)    {med(facade, 'write'):8.1f} ms")
    for title, rows in ((f"from the window, the same ten years into empty series", windows),
                        (f"from the window, a routine update (the last {ROUTINE_DAYS} bars of each "
                         "series missing, the window showing the rest)", routine)):
        print(f"  {title}: landed after {med(rows, 'landed'):.1f} ms")
        print(f"    longest GUI-thread stall while the worker fetched, parsed and wrote "
              f"{med(rows, 'working'):6.1f} ms (worst run {max(w['working'] for w in rows) * 1000:.1f} ms;"
              " target <= 50)")
        print(f"    longest GUI-thread stall while the views refreshed after it landed "
              f"{med(rows, 'refresh'):6.1f} ms (worst run {max(w['refresh'] for w in rows) * 1000:.1f} ms)")
        print("      its steps, each in an event-loop turn of its own: " + ", ".join(
            f"{name} {med(rows, name):.1f} ms" for name in ("views", "earnings panel", "buyback panel")))


if __name__ == "__main__":
    main()
