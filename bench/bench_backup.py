"""What the safety checks cost on a large database: the read-only look at every open, the daily
backup (copy through the backup API + quick_check of the copy) and a restore (integrity_check of
the backup, then the safety copy and the copy back).

    python3 bench/bench_backup.py [ROWS] [--runs 5]

Builds a database with ROWS one-minute BABA bars (default 1,000,000) once, then prints the
median of `--runs` of each step and the database's size.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.bench_import import ensure_csv  # noqa: E402
from bench.timing import median_ms  # noqa: E402
from tracker.app.tracker import Tracker  # noqa: E402
from tracker.store import backup, verify  # noqa: E402
from tracker.store.db import connect, open_database  # noqa: E402
from tracker.store.migrations import SCHEMA_VERSION  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("rows", nargs="?", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    csv = ensure_csv(args.rows, None)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "tracker.db"
        with Tracker(path, make_backups=False) as t:
            t.import_prices(csv, "BABA")
        size = path.stat().st_size
        print(f"database: {args.rows:,} bars, {size / 1e6:.1f} MB")

        inspect_ms = median_ms(lambda: verify.inspect(path, SCHEMA_VERSION), args.runs)
        open_ms = median_ms(lambda: open_database(path, make_backups=False).close(), args.runs)
        db = connect(path)
        copy = Path(tmp) / "copy.db"
        backup_ms = median_ms(lambda: backup.copy_to(db, copy, db_path=path), args.runs)
        db.close()
        validate_ms = median_ms(lambda: backup.validate_backup(copy, SCHEMA_VERSION), args.runs)
        restore_ms = median_ms(lambda: Tracker.restore(path, copy), args.runs)
        print(f"read-only check on every open:     {inspect_ms:8.1f} ms "
              f"(whole open without backups: {open_ms:.1f} ms)")
        print(f"daily backup (copy + quick_check): {backup_ms:8.1f} ms")
        print(f"restore: validate the backup:      {validate_ms:8.1f} ms (integrity_check)")
        print(f"restore in all (validate, safety copy, copy back): {restore_ms:8.1f} ms")


if __name__ == "__main__":
    main()
