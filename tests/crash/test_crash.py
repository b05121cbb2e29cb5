"""SIGKILL the real `tracker` command mid-import, mid-add, mid-backup and mid-restore.

Six kills per scenario (30 in all) keep CI bounded; bench/bench_crash.py runs the same with 200.
The kill moments come from a seed printed with any failure: `TRACKER_CRASH_SEED=N python -m pytest
tests/crash` replays them (the machine's timing still varies a little from run to run).
"""
from __future__ import annotations

import random
import sqlite3

import pytest

from tests.crash import harness

KILLS_PER_SCENARIO = 6
SCENARIOS = ("price import", "trade import", "trades add burst", "backup", "restore")


@pytest.fixture(scope="module")
def workload(tmp_path_factory):
    return harness.build_workload(tmp_path_factory.mktemp("crash-workload"))


def calibrated(workload, name, folder) -> harness.Scenario:
    scenario = next(s for s in harness.scenarios(workload) if s.name == name)
    harness.calibrate(scenario, folder, workload.env)
    return scenario


@pytest.mark.parametrize("name", SCENARIOS)
def test_a_killed_command_leaves_the_state_before_or_after_it_whole(workload, seed, name, tmp_path):
    scenario = calibrated(workload, name, tmp_path / "calibration")
    assert scenario.states[0] != scenario.states[-1] or name == "backup"   # the commands do write
    rng = random.Random(f"{seed}:{name}")
    trials = [harness.kill_trial(scenario, tmp_path / "trial", workload.env, rng)
              for _ in range(KILLS_PER_SCENARIO)]
    failures = [trial.describe(seed) for trial in trials if trial.problems]
    assert not failures, "\n".join(failures) + f"\nreplay with TRACKER_CRASH_SEED={seed}"
    # kills really landed while the command ran (some come just after it exited: that is checked
    # too, and on a loaded machine the working time varies, so only one is demanded)
    assert any(trial.killed for trial in trials), f"seed {seed}: every kill came after the command ended"


# --- the judge itself must catch what it is there to catch ---------------------------------------------
@pytest.fixture(scope="module")
def price_import(workload):
    """The price import scenario with known states and no calibration run: the base database
    before, the full one after."""
    scenario = next(s for s in harness.scenarios(workload) if s.name == "price import")
    scenario.states = [harness.state(workload.base_db), harness.state(workload.full_db)]
    scenario.counts = [harness.counts(workload.base_db), harness.counts(workload.full_db)]
    return scenario


def _judged(scenario, workload, db, victim) -> harness.Trial:
    trial = harness.Trial(scenario.name, 0, 0.0, killed=victim.killed)
    harness.judge(trial, scenario, db, victim, workload.env)
    return trial


def test_judge_reports_a_half_written_import(price_import, workload, tmp_path):
    db = harness.fresh_copy(price_import.start_db, tmp_path / "half")
    conn = sqlite3.connect(db)
    with conn:
        conn.executemany("INSERT OR REPLACE INTO prices VALUES ('BABA', ?, 1, 2, 0.5, 1.5, 10)",
                         [(1_700_000_000 + 60 * k,) for k in range(500)])
    conn.close()
    trial = _judged(price_import, workload, db, harness.Run(("prices",), returncode=-9, killed=True))
    assert trial.partial and not trial.lost_commit
    assert "prices: NEITHER" in trial.problems[0] and "trades: before" in trial.problems[0]
    assert "found 2500 prices" in trial.problems[0]


def test_judge_reports_a_lost_commit(price_import, workload, tmp_path):
    db = harness.fresh_copy(price_import.start_db, tmp_path / "lost")
    trial = _judged(price_import, workload, db, harness.Run(("prices",), returncode=0))
    assert trial.lost_commit and "exited 0" in trial.problems[0]


def test_judge_reports_a_torn_backup_and_a_database_that_no_longer_opens(price_import, workload, tmp_path):
    db = harness.fresh_copy(price_import.start_db, tmp_path / "torn")
    (db.parent / "backups").mkdir()
    torn = db.parent / "backups" / "tracker-20250101-000000-manual.db"
    torn.write_bytes(db.read_bytes()[: 3 * 4096])
    trial = _judged(price_import, workload, db, harness.Run(("prices",), returncode=-9, killed=True))
    assert trial.integrity_failure and "backup tracker-20250101-000000-manual.db" in trial.problems[0]
    db.write_bytes(b"not a database" * 300)
    trial = _judged(price_import, workload, db, harness.Run(("prices",), returncode=-9, killed=True))
    assert trial.integrity_failure and trial.open_failure
    assert any("integrity_check of the database" in p for p in trial.problems)
    assert "`tracker position` afterwards exited 1: tracker: " in trial.problems[0]
