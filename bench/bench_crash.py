"""Crash benchmark: SIGKILL the real `tracker` command many times and count what went wrong.

    python3 bench/bench_crash.py [--kills 200] [--seed N] [--bars 200000] [--trades 3000]

The same scenarios and checks as tests/crash (a large one-minute price import, a trade import,
bursts of `trades add`, `backup`, `restore`), with the kills spread evenly over the scenarios.
Prints, per scenario and in total: kills, kills that landed while the command ran, integrity
failures, partial writes (neither the state before nor after the command), lost commits (the
command exited 0 but its change is gone), databases `tracker position` could not open, and
temporary files left in the backups folder. Exit status 1 when any safety count is not zero.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.crash import harness  # noqa: E402

COLUMNS = ("kills", "mid-command", "integrity", "partial", "lost commits", "open fails", "leftovers")


def tally(trials: list[harness.Trial]) -> list[int]:
    return [len(trials), sum(t.killed for t in trials), sum(t.integrity_failure for t in trials),
            sum(t.partial for t in trials), sum(t.lost_commit for t in trials),
            sum(t.open_failure for t in trials), sum(bool(t.leftovers) for t in trials)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--bars", type=int, default=200_000)
    parser.add_argument("--trades", type=int, default=3_000)
    args = parser.parse_args()
    seed = args.seed or harness.seed_from_environment()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="bench-crash-") as tmp:
        folder = Path(tmp)
        work = harness.build_workload(folder / "workload", bars=args.bars, trades=args.trades)
        scenarios = harness.scenarios(work)
        for scenario in scenarios:
            harness.calibrate(scenario, folder / "calibration", work.env)
        results: dict[str, list[harness.Trial]] = {s.name: [] for s in scenarios}
        for k in range(args.kills):
            scenario = scenarios[k % len(scenarios)]
            rng = random.Random(f"{seed}:{scenario.name}:{k}")
            trial = harness.kill_trial(scenario, folder / "trial", work.env, rng)
            results[scenario.name].append(trial)
            if trial.problems:
                print(f"  FAILED: {trial.describe(seed)}", flush=True)
    elapsed = time.perf_counter() - started
    print(f"seed {seed}, {args.bars:,} one-minute bars, {args.trades:,} trades, {elapsed:.0f} s")
    print(f"{'scenario':<18}" + "".join(f"{c:>14}" for c in COLUMNS))
    for name, trials in results.items():
        print(f"{name:<18}" + "".join(f"{n:>14}" for n in tally(trials)))
    every = [t for trials in results.values() for t in trials]
    total = tally(every)
    print(f"{'total':<18}" + "".join(f"{n:>14}" for n in total))
    for scenario in scenarios:
        work_ms = ", ".join(f"{w * 1000:.0f}" for w in scenario.work_s)
        print(f"  {scenario.name}: working time after opening the database {work_ms} ms")
    leftovers = sorted({name for t in every for name in t.leftovers})
    if leftovers:
        print(f"  left in backups/ by killed backups (e.g.): {', '.join(leftovers[:2])}")
    return 1 if any(total[2:6]) else 0


if __name__ == "__main__":
    raise SystemExit(main())
