"""Read commands: seconds from process start to the answer, against `python -c pass`.

    python3 bench/bench_read_commands.py [--runs 7]

On a small database (two trades, ten days of fresh BABA closes, so the price's age is counted in
exchange sessions) it runs `tracker position`, `position --json`, `trades list` and `earnings list`
as fresh processes and prints each one's median wall time beside the floor, a bare
`python -c pass`, measured alternately in the same run. Target: each command <= 0.25 s.

Both run from compiled bytecode in a private cache (PYTHONPYCACHEPREFIX, filled by an unmeasured
warm-up that also fills the session cache), as an installed app does; see bench_startup.py.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
COMMANDS = (["position"], ["position", "--json"], ["trades", "list"], ["earnings", "list"])
TARGET_S = 0.25


def _wall(argv: list[str], env: dict) -> float:
    start = time.perf_counter()
    done = subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed: {done.stderr.strip()}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, PYTHONPYCACHEPREFIX=str(Path(folder) / "pycache"),
                   XDG_CACHE_HOME=str(Path(folder) / "cache"), PYTHONPATH=str(REPO))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        db = str(Path(folder) / "t.db")
        closes = Path(folder) / "closes.csv"
        from tracker.app.sessions import sessions_between       # a price file holds its sessions only
        days = sessions_between("NYSE", date.today() - timedelta(days=14), date.today() - timedelta(days=1))
        closes.write_text("Date,Close\n" + "".join(f"{d},{80 + i}.5\n" for i, d in enumerate(days)))
        tracker = [sys.executable, "-m", "tracker.cli", "--db", db]
        for setup in (["--create", "trades", "add", "--symbol", "BABA", "--side", "buy", "--date", "2020-03-02",
                       "--quantity", "10", "--price", "200"],
                      ["trades", "add", "--symbol", "BABA", "--side", "sell", "--date", "2021-03-02",
                       "--quantity", "4", "--price", "230"],
                      ["prices", "import", str(closes), "--symbol", "BABA"]):
            _wall(tracker + setup, env)
        floor_argv = [sys.executable, "-c", "pass"]
        print(f"read commands on a small database, median of {args.runs} fresh processes "
              f"(floor: python -c pass, measured alternately)")
        for command in COMMANDS:
            _wall(tracker + command, env)                 # warm-up: bytecode and session cache
            times, floors = [], []
            for _ in range(args.runs):
                times.append(_wall(tracker + command, env))
                floors.append(_wall(floor_argv, env))
            t, f = statistics.median(times), statistics.median(floors)
            verdict = "met" if t <= TARGET_S else "NOT met"
            print(f"  tracker {' '.join(command):<16} {t:6.3f} s   floor {f:6.3f} s   "
                  f"{t / f:5.1f}x   target {TARGET_S} s: {verdict}")


if __name__ == "__main__":
    main()
