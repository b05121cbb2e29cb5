"""Issue: saves vanished after a file dialog had listed the database's folder. The real window in
its own process, the real file dialog, another process opening and closing the database, a save,
another process reading it, then SIGKILL: the save must still be there."""
from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys

import pytest

from tests.safety.support import ROOT, env, tracker_cmd, trades_in


def start_window(db, tmp_path) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, str(ROOT / "tests" / "safety" / "window_driver.py"),
                             str(db), str(tmp_path / "settings.ini")],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env(),
                            cwd=str(ROOT))
    return proc


def ask(proc: subprocess.Popen, command: str) -> str:
    proc.stdin.write(command + "\n")
    proc.stdin.flush()
    return proc.stdout.readline().strip()


@pytest.mark.parametrize("other", ["tracker", "sqlite3"])
def test_a_save_after_a_file_dialog_is_durable_visible_and_survives_a_kill(tmp_path, other):
    db = tmp_path / "data" / "x.db"
    db.parent.mkdir()
    for name in ("prices.csv", "trades.csv"):            # the CSVs users keep beside the database
        (db.parent / name).write_text("Date,Close\n")
    window = start_window(db, tmp_path)
    try:
        assert window.stdout.readline().strip() == "ready False"
        assert ask(window, "save") == "saved 1 transaction"
        assert ask(window, "dialog") == "dialog closed"
        # another process opens and closes the database: the Tracker command (which opens it
        # read-only while the window writes), or any SQLite tool opening it for writing
        if other == "tracker":
            assert len(trades_in(db)) == 1
        else:
            conn = sqlite3.connect(db)
            assert conn.execute("SELECT COUNT(*) FROM trades").fetchone()[0] == 1
            conn.close()
        assert ask(window, "save") == "saved 2 transactions"
        assert [t["quantity"] for t in trades_in(db)] == [1, 2]     # visible at once elsewhere
        window.send_signal(signal.SIGKILL)
        window.wait(timeout=30)
        assert [t["quantity"] for t in trades_in(db)] == [1, 2]     # and it survived the kill
        conn = sqlite3.connect(db)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
    finally:
        if window.poll() is None:
            window.kill()
            window.wait()


def test_a_second_window_opens_read_only_and_the_command_line_is_refused_naming_the_first(tmp_path):
    db = tmp_path / "x.db"
    first = start_window(db, tmp_path)
    second = None
    try:
        assert first.stdout.readline().strip() == "ready False"
        second = start_window(db, tmp_path)
        assert second.stdout.readline().strip() == "ready True"      # read-only
        done = tracker_cmd(db, "trades", "add", "--symbol", "BABA", "--side", "buy", "--date",
                           "2024-03-01", "--quantity", "1", "--price", "75")
        assert done.returncode == 1 and f"(process {first.pid})" in done.stderr
        assert ask(first, "save") == "saved 1 transaction"
        assert len(trades_in(db)) == 1
    finally:
        for proc in (first, second):
            if proc is not None and proc.poll() is None:
                proc.kill()
                proc.wait()
