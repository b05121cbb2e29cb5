"""Other processes for the data-safety tests: the real `tracker` command, and a process that holds
the writer lock the way a window (or a long command) does."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def env() -> dict:
    e = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    return e


def tracker_cmd(db: Path, *args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tracker", "--db", str(db), *args],
                          capture_output=True, text=True, env=env(), timeout=timeout)


def trades_in(db: Path) -> list[dict]:
    done = tracker_cmd(db, "trades", "list", "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


HOLD_LOCK = """
import sys, time
from tracker.store.lock import WriterLock
lock = WriterLock(sys.argv[1])
assert lock.acquire(sys.argv[2])
print("held", flush=True)
time.sleep(float(sys.argv[3]))
"""


def hold_lock(db: Path, kind: str, seconds: float) -> subprocess.Popen:
    """A process that takes the writer lock of `db` as `kind` and keeps it for `seconds`."""
    proc = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(db), kind, str(seconds)],
                            stdout=subprocess.PIPE, text=True, env=env())
    assert proc.stdout.readline().strip() == "held"
    return proc


def lock_taken_elsewhere(db: Path) -> bool:
    """Whether another process can take the writer lock of `db` right now."""
    code = ("import sys; from tracker.store.lock import WriterLock; "
            "print('taken' if WriterLock(sys.argv[1]).acquire('command') else 'refused')")
    done = subprocess.run([sys.executable, "-c", code, str(db)], capture_output=True, text=True, env=env())
    return done.stdout.strip() == "taken"
