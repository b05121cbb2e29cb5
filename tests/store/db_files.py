"""Database files for the backup and bad-database tests: populated, damaged, compared.

Tests may read the bytes of a database no connection has open; the app never does.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from tests.shared_data import TODAY

def populated(path: Path, trades: int = 3) -> Path:
    """A Tracker database with trades, a dividend, a fee, a conversion and prices."""
    from tracker.app.tracker import Tracker
    from tracker.domain.model import Conversion, Dividend, Fee, Trade
    with Tracker(path, today=TODAY, make_backups=False) as t:
        for i in range(trades):
            t.add_trade(Trade("BABA", "buy", date(2020, 1, 2) + timedelta(days=i), Decimal(10 + i),
                              Decimal("210.5"), fee=Decimal("1.25"), note=f"buy {i} " + "." * 200))
        t.add_dividend(Dividend("BABA", date(2024, 1, 11), Decimal("10"), note="annual"))
        t.add_fee(Fee("BABA", date(2024, 2, 1), Decimal("0.50"), note="custody"))
        t.add_conversion(Conversion(date(2024, 3, 1), "BABA", "9988.HK", Decimal(2), fx_rate=Decimal("7.8")))
        prices = path.parent / f"{path.stem}-prices.csv"
        prices.write_text("Date,Open,High,Low,Close,Adj Close,Volume\n"
                          "2024-01-02,73,74,72,73.5,73.5,100\n2024-01-03,73.5,76,73,75,75,200\n")
        t.import_prices(prices, "BABA")
    return path


def rows(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, in a stable order."""
    conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
    finally:
        conn.close()


def facts(path: Path) -> dict:
    """What must not change when a file is refused: its bytes, and nothing written beside it
    (a -wal with frames, a rollback journal). An empty -wal and its -shm index are what SQLite
    makes for any reader of a WAL-mode file, and are not a change."""
    path = Path(path)
    data = path.read_bytes() if path.exists() else None
    wal = Path(f"{path}-wal")
    return {"sha": hashlib.sha256(data).hexdigest() if data is not None else None,
            "wal_bytes": wal.stat().st_size if wal.exists() else 0,
            "journal": Path(f"{path}-journal").exists()}


def foreign_file(path: Path, version: int) -> Path:
    """Another program's SQLite file that happens to have an `instruments` table."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE instruments (ticker TEXT, isin TEXT)")
    conn.execute("INSERT INTO instruments VALUES ('BABA', 'US01609W1027')")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()
    return path


def damage_a_page(path: Path) -> None:
    """Overwrite the root page of the trades table with garbage: the schema still reads,
    `PRAGMA quick_check` does not pass."""
    conn = sqlite3.connect(path)
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'trades'").fetchone()[0]
    conn.close()            # the last connection: the -wal is checkpointed and removed
    assert not Path(f"{path}-wal").exists()
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * page)
        handle.write(b"\xff" * 64)
    conn = sqlite3.connect(path.resolve().as_uri() + "?immutable=1", uri=True)    # (makes no -wal)
    assert conn.execute("SELECT count(*) FROM instruments").fetchone()[0] >= 2     # the schema reads
    try:
        verdict = conn.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:      # SQLite may report the damage as an error
        verdict = str(exc)
    conn.close()
    assert verdict != "ok"


def stale_wal_of_another_database(folder: Path) -> Path:
    """A -wal left by some other database (uncheckpointed frames that replace the schema)."""
    other = folder / "someone-else.db"
    conn = sqlite3.connect(other)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE stranger (x)")
    conn.execute("INSERT INTO stranger VALUES ('not yours')")
    conn.commit()
    kept = folder / "stale-wal"
    shutil.copy(f"{other}-wal", kept)      # copied while the writer is open: the frames are live
    conn.close()
    return kept


def cli(*argv: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """The real `tracker` command in a fresh process."""
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2]), **(env or {})}
    return subprocess.run([sys.executable, "-m", "tracker", *argv], capture_output=True, text=True,
                          env=env, timeout=120)


def read_only_cli(ro_target: Path, *argv: str) -> subprocess.CompletedProcess:
    """Run the command with `ro_target` (a file or a folder) bind-mounted read-only, in a private
    mount namespace: real read-only media, whoever runs the tests (root ignores file modes)."""
    if shutil.which("unshare") is None:
        pytest.skip("unshare is not available to mount a read-only folder")
    probe = subprocess.run(["unshare", "--user", "--map-root-user", "--mount", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("user namespaces are not available to mount a read-only folder")
    script = ('mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" && exec "$@"')
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    return subprocess.run(["unshare", "--user", "--map-root-user", "--mount", "sh", "-c", script, str(ro_target),
                           sys.executable, "-m", "tracker", *argv], capture_output=True, text=True, env=env,
                          timeout=120)


def one_clear_line(done: subprocess.CompletedProcess) -> str:
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("tracker: "), done.stderr
    return lines[0]
