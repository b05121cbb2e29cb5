"""Import speed: a 1,000,000-row one-minute CSV through Tracker's importer vs `sqlite-utils insert`.

    python3 bench/bench_import.py [ROWS] [--csv PATH]

Prints rows/s for
  (a) `sqlite-utils insert DB prices FILE --csv` into a fresh database (no checks, text columns),
  (b) Tracker: parse + validate every row, then upsert into a fresh migrated database in one
      transaction,
  (c) Tracker's dry run: parse + validate only,
  (d) the sqlite3 shell's `.import --csv` into a fresh table of typed columns (C, no checks), when
      a `sqlite3` program is on the PATH, and
  (e) plain Python: csv.reader + one executemany in one transaction (no checks),
and the ratios of (b) to each. Target: (b) >= 0.5 x (d). The CSV is Yahoo-like (`Date,Open,High,Low,Close,Adj Close,Volume`, dates
with times) and is generated once into the system temp folder, then reused.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
SYNTH = REPO.parent / "shared" / "bench"

from tracker.importers.prices import parse_price_csv  # noqa: E402
from tracker.store import prices as store  # noqa: E402
from tracker.store.db import connect  # noqa: E402
from tracker.store.migrations import migrations  # noqa: E402


def synthetic_bars(rows: int) -> pd.DataFrame:
    """The shared chart benchmark's seeded walk when available, else an equivalent one."""
    try:
        sys.path.insert(0, str(SYNTH))
        from synth import ohlcv
        return ohlcv(rows)
    except ImportError:
        rng = np.random.default_rng(7)
        close = 90.0 * np.exp(np.cumsum(rng.normal(0, 0.002, rows)))
        open_ = close * np.exp(rng.normal(0, 0.001, rows))
        high = np.maximum(open_, close) * np.exp(np.abs(rng.normal(0, 0.001, rows)))
        low = np.minimum(open_, close) * np.exp(-np.abs(rng.normal(0, 0.001, rows)))
        index = pd.date_range("2014-09-19 09:30", periods=rows, freq="min", name="Date")
        return pd.DataFrame({"Open": open_, "High": high, "Low": low, "Close": close,
                             "Volume": rng.integers(1_000, 50_000, rows)}, index=index)


def ensure_csv(rows: int, path: Path | None) -> Path:
    path = path or Path(tempfile.gettempdir()) / f"tracker_bench_{rows}_minute.csv"
    if path.exists():
        return path
    frame = synthetic_bars(rows).round(4)
    frame.insert(4, "Adj Close", frame["Close"])
    frame.to_csv(path, date_format="%Y-%m-%d %H:%M:%S")
    return path


def timed(action) -> tuple[float, object]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def sqlite_utils_insert(csv: Path, work: Path) -> float:
    db_file = work / "sqlite_utils.db"
    seconds, _ = timed(lambda: subprocess.run(
        ["sqlite-utils", "insert", str(db_file), "prices", str(csv), "--csv"],
        check=True, capture_output=True))
    return seconds


PEER_TABLE = "CREATE TABLE prices (Date TEXT, Open REAL, High REAL, Low REAL, Close REAL, AdjClose REAL, Volume REAL)"


def sqlite_shell_import(csv: Path, work: Path) -> float | None:
    """The sqlite3 shell's own CSV import (C) of the same file into typed columns."""
    shell = shutil.which("sqlite3")
    if shell is None:
        return None
    db_file = work / "shell.db"
    subprocess.run([shell, str(db_file), PEER_TABLE], check=True)
    seconds, _ = timed(lambda: subprocess.run(
        [shell, str(db_file), f".import --csv --skip 1 '{csv}' prices"], check=True, capture_output=True))
    return seconds


def plain_executemany(csv: Path, work: Path) -> float:
    """csv.reader into one executemany, one transaction: Python's floor for writing the rows."""
    import csv as csv_module
    import sqlite3

    def run():
        db = sqlite3.connect(work / "executemany.db")
        db.execute(PEER_TABLE)
        with open(csv, newline="", encoding="utf-8") as f, db:
            rows = csv_module.reader(f)
            next(rows)
            db.executemany("INSERT INTO prices VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
        db.close()
    seconds, _ = timed(run)
    return seconds


def tracker_import(csv: Path, work: Path) -> tuple[float, float, float, tuple[int, int]]:
    """(parse seconds, upsert seconds, total seconds, (added, updated))."""
    db = connect(work / "tracker.db")
    migrations.apply(db)
    parse_s, bars = timed(lambda: parse_price_csv(csv))
    if bars.errors:
        raise SystemExit(f"benchmark file refused: {bars.errors[:3]}")

    def upsert():
        with db.atomic():
            return store.upsert_bars(db, "BABA", bars)

    upsert_s, counts = timed(upsert)
    db.close()
    return parse_s, upsert_s, parse_s + upsert_s, counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", nargs="?", type=int, default=1_000_000)
    parser.add_argument("--csv", type=Path, help="reuse this CSV instead of the generated one")
    args = parser.parse_args()
    csv = ensure_csv(args.rows, args.csv)
    rows = args.rows
    print(f"file: {csv} ({csv.stat().st_size / 1e6:.1f} MB, {rows:,} rows)")
    with tempfile.TemporaryDirectory(prefix="tracker_bench_") as folder:
        work = Path(folder)
        dry_s, dry = timed(lambda: parse_price_csv(csv))
        assert dry.rows == rows and not dry.errors, "dry run must accept the whole file"
        peer_s = sqlite_utils_insert(csv, work)
        shell_s = sqlite_shell_import(csv, work)
        plain_s = plain_executemany(csv, work)
        parse_s, upsert_s, ours_s, (added, updated) = tracker_import(csv, work)
    assert (added, updated) == (rows, 0)
    peer_rate, ours_rate, dry_rate = rows / peer_s, rows / ours_s, rows / dry_s
    print(f"(a) sqlite-utils insert --csv        {peer_s:7.2f} s  {peer_rate:12,.0f} rows/s")
    print(f"(b) tracker parse+validate+upsert    {ours_s:7.2f} s  {ours_rate:12,.0f} rows/s"
          f"   (parse {parse_s:.2f} s, upsert {upsert_s:.2f} s)")
    print(f"(c) tracker dry run (parse+validate) {dry_s:7.2f} s  {dry_rate:12,.0f} rows/s")
    if shell_s is not None:
        print(f"(d) sqlite3 shell .import --csv      {shell_s:7.2f} s  {rows / shell_s:12,.0f} rows/s")
    print(f"(e) csv.reader + executemany         {plain_s:7.2f} s  {rows / plain_s:12,.0f} rows/s")
    print(f"ratio (b)/(a): {ours_rate / peer_rate:.1f}x  (target >= 2x)")
    if shell_s is not None:
        print(f"ratio (b)/(d): {ours_rate / (rows / shell_s):.2f}x  (target >= 0.5x, every row validated)")
    print(f"ratio (b)/(e): {ours_rate / (rows / plain_s):.2f}x")


if __name__ == "__main__":
    main()
