"""Kill the real `tracker` command with SIGKILL at random moments and judge what it left behind.

A scenario is a short sequence of `tracker` commands run one at a time on one database (never two
writers at once). An uninterrupted calibration run records the database's state before the first
command and after each one (S0 … Sk) and how long each command works once it has opened the
database. A trial runs commands 0 … i-1 to completion, starts command i, waits until it has the
database file open (read from /proc; from its start where /proc is missing), sleeps a random part
of its (shortest seen) working time and kills it. What must then hold:

- `PRAGMA integrity_check` is ok, for the database and for every backup file beside it;
- the database is exactly S(i) or S(i+1), never anything between (an import is all or nothing, a
  restore leaves the old database or the restored one, whole);
- if command i had already exited 0 when the kill came, it is S(i+1): no committed change lost;
- every backup file is a whole snapshot of one of the states S0 … Sk;
- `tracker position`, run first on the files exactly as the kill left them, exits 0.

States are compared table by table: every row of every table (prices by exact aggregates, so a
200,000-bar table costs one query), so a half-applied change shows which table it touched.
"""
from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

TRACKER = (sys.executable, "-m", "tracker")
HAVE_PROC = Path("/proc/self/fd").is_dir()
# A kill lands anywhere in the command's working time, and a little after it (the command may
# already have committed and exited, which must then be the "after" state).
OVERSHOOT = 1.1
POLL_S = 0.0005

# The prices table is checked by exact aggregates rather than row by row: every bar of a partial
# insert or update moves the count or one of these sums.
_PRICE_DIGEST = ("SELECT symbol, count(*), sum(ts), total(open), total(high), total(low), total(close), "
                 "total(volume), total((ts % 9973) * close) FROM prices GROUP BY symbol ORDER BY symbol")


# --- the database's state ----------------------------------------------------------------------------
def integrity(path: Path) -> str:
    conn = sqlite3.connect(str(path))
    try:
        return "; ".join(row[0] for row in conn.execute("PRAGMA integrity_check"))
    except sqlite3.DatabaseError as exc:
        return f"cannot read: {exc}"
    finally:
        conn.close()


def state(path: Path) -> dict[str, str]:
    """A digest of each table's whole content (and the schema version), by table name."""
    conn = sqlite3.connect(str(path))
    try:
        digests = {"user_version": str(conn.execute("PRAGMA user_version").fetchone()[0])}
        tables = [name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_stat%' "
            "ORDER BY name")]
        for table in tables:
            if table == "prices":
                rows = conn.execute(_PRICE_DIGEST).fetchall()
            else:
                # what was written, not the clock time it was written at (applied_at, updated_at)
                columns = ", ".join(f'"{c}"' for (c,) in conn.execute(
                    f"SELECT name FROM pragma_table_info('{table}')") if not c.endswith("_at"))
                rows = conn.execute(f'SELECT {columns} FROM "{table}" ORDER BY {columns}').fetchall()
            digests[table] = hashlib.sha256(repr(rows).encode()).hexdigest()[:16]
        return digests
    finally:
        conn.close()


def counts(path: Path) -> str:
    """Bars and trades stored, for messages: the figures a reader checks first."""
    conn = sqlite3.connect(str(path))
    try:
        return ", ".join(f"{conn.execute(f'SELECT count(*) FROM {table}').fetchone()[0]} {table}"
                         for table in ("prices", "trades"))
    finally:
        conn.close()


def describe_difference(found: dict, expected: list[tuple[str, dict]]) -> str:
    """Which of the tables that differ match which expected state: a partial write shows up as a
    mix, or as NEITHER."""
    parts = []
    for table in sorted(set(found) | {t for _, s in expected for t in s}):
        matches = [name for name, s in expected if s.get(table) == found.get(table)]
        if len(matches) < len(expected):          # tables matching every state say nothing
            parts.append(f"{table}: {'/'.join(matches) if matches else 'NEITHER'}")
    return ", ".join(parts)


# --- running the command -------------------------------------------------------------------------------
def environment(home: Path) -> dict[str, str]:
    """The command's environment: no user data folder, settings or default database of the caller."""
    env = {k: v for k, v in os.environ.items() if k != "TRACKER_DB"}
    env.update(XDG_DATA_HOME=str(home / "xdg-data"), XDG_CONFIG_HOME=str(home / "xdg-config"),
               QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    return env


def _has_open(pid: int, target: str) -> bool:
    try:
        fds = os.listdir(f"/proc/{pid}/fd")
    except OSError:
        return False
    for fd in fds:
        try:
            if os.readlink(f"/proc/{pid}/fd/{fd}") == target:
                return True
        except OSError:
            continue
    return False


@dataclass
class Run:
    args: tuple[str, ...]
    returncode: int | None = None
    stdout: str = ""
    stderr: str = ""
    killed: bool = False          # SIGKILL arrived while it was still running
    work_s: float = 0.0           # from opening the database to exiting (or being killed)


def run(db: Path, args: tuple[str, ...], env: dict, kill_after: float | None = None) -> Run:
    """Run `tracker --db DB ARGS`; with `kill_after`, SIGKILL it that many seconds after it opened
    the database (or after its start where /proc is missing)."""
    target = str(db.resolve())
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen([*TRACKER, "--db", str(db), *args], stdout=out, stderr=err, env=env,
                                cwd=db.parent)
        opened = time.perf_counter()
        if HAVE_PROC:
            while proc.poll() is None and not _has_open(proc.pid, target):
                time.sleep(POLL_S)
            opened = time.perf_counter()
        result = Run(tuple(args))
        if kill_after is not None:
            deadline = opened + kill_after
            while proc.poll() is None and time.perf_counter() < deadline:
                time.sleep(POLL_S)
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                result.killed = True
        result.returncode = proc.wait()
        result.work_s = time.perf_counter() - opened
        out.seek(0)
        err.seek(0)
        result.stdout, result.stderr = out.read().decode(errors="replace"), err.read().decode(errors="replace")
    return result


# --- scenarios -------------------------------------------------------------------------------------------
@dataclass
class Scenario:
    """Commands run one after another on a copy of `start_db`."""
    name: str
    start_db: Path
    commands: list[tuple[str, ...]]
    # filled by calibrate():
    states: list[dict] = field(default_factory=list)
    counts: list[str] = field(default_factory=list)
    work_s: list[float] = field(default_factory=list)


def fresh_copy(source: Path, folder: Path) -> Path:
    """A trial's own database (the source is closed: no process has it open)."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    db = folder / "tracker.db"
    shutil.copyfile(source, db)
    return db


def calibrate(scenario: Scenario, folder: Path, env: dict) -> None:
    db = fresh_copy(scenario.start_db, folder)
    scenario.states, scenario.counts, scenario.work_s = [state(db)], [counts(db)], []
    for args in scenario.commands:
        done = run(db, args, env)
        if done.returncode != 0:
            raise RuntimeError(f"{scenario.name}: `tracker {' '.join(args)}` failed uninterrupted "
                               f"(exit {done.returncode}): {done.stderr.strip()}")
        scenario.states.append(state(db))
        scenario.counts.append(counts(db))
        scenario.work_s.append(done.work_s)


@dataclass
class Trial:
    scenario: str
    index: int                    # which command was killed
    delay_s: float
    killed: bool = False
    integrity_failure: bool = False
    partial: bool = False         # neither the state before nor after the killed command
    lost_commit: bool = False     # the command had exited 0, yet its change is not there
    open_failure: bool = False    # `tracker position` could not open the database afterwards
    leftovers: list[str] = field(default_factory=list)   # temporary files left beside backups
    problems: list[str] = field(default_factory=list)

    def describe(self, seed: int) -> str:
        return (f"seed {seed}, {self.scenario}, command {self.index}, killed {self.delay_s:.3f} s after "
                f"it opened the database: " + "; ".join(self.problems))


def kill_trial(scenario: Scenario, folder: Path, env: dict, rng: random.Random) -> Trial:
    index = rng.randrange(len(scenario.commands))
    delay = rng.uniform(0, scenario.work_s[index] * OVERSHOOT)
    trial = Trial(scenario.name, index, delay)
    db = fresh_copy(scenario.start_db, folder)
    for j, args in enumerate(scenario.commands[:index]):
        done = run(db, args, env)
        if done.returncode != 0:
            trial.problems.append(f"`tracker {' '.join(args)}` failed before any kill: {done.stderr.strip()}")
            return trial
        _observed(scenario, j, done)
    victim = run(db, scenario.commands[index], env, kill_after=delay)
    trial.killed = victim.killed
    _observed(scenario, index, victim)
    if not victim.killed and victim.returncode != 0:
        trial.problems.append(f"`tracker {' '.join(victim.args)}` failed: {victim.stderr.strip()}")
    judge(trial, scenario, db, victim, env)
    return trial


def _observed(scenario: Scenario, index: int, done: Run) -> None:
    """A command that ran to the end on a loaded machine may be quicker than the calibration run:
    keep the shortest working time seen, so that later kills still land while it runs."""
    if not done.killed and done.returncode == 0:
        scenario.work_s[index] = min(scenario.work_s[index], done.work_s)


def judge(trial: Trial, scenario: Scenario, db: Path, victim: Run, env: dict) -> None:
    i = trial.index
    # the app meets the files exactly as the kill left them (-wal, -shm and lock file included)
    opened = run(db, ("position",), env)
    if opened.returncode != 0:
        trial.open_failure = True
        trial.problems.append(f"`tracker position` afterwards exited {opened.returncode}: "
                              f"{opened.stderr.strip()}")
    verdict = integrity(db)
    if verdict != "ok":
        trial.integrity_failure = True
        trial.problems.append(f"integrity_check of the database: {verdict}")
        return
    found = state(db)
    before, after = scenario.states[i], scenario.states[i + 1]
    figures = f"found {counts(db)}; before {scenario.counts[i]}; after {scenario.counts[i + 1]}"
    if victim.returncode == 0 and not victim.killed and found != after:
        trial.lost_commit = True
        trial.problems.append("the command exited 0 but its change is not all there ("
                              + describe_difference(found, [("before", before), ("after", after)])
                              + f"; {figures})")
    elif found not in (before, after):
        trial.partial = True
        trial.problems.append("the database is neither the state before nor after the command ("
                              + describe_difference(found, [("before", before), ("after", after)])
                              + f"; {figures})")
    _judge_backups(trial, scenario, db)


def _judge_backups(trial: Trial, scenario: Scenario, db: Path) -> None:
    """Every backup beside the database is a whole snapshot of some committed state."""
    folder = db.parent / "backups"
    if not folder.is_dir():
        return
    for path in sorted(folder.iterdir()):
        if path.suffix != ".db":
            trial.leftovers.append(path.name)
            continue
        verdict = integrity(path)
        if verdict != "ok":
            trial.integrity_failure = True
            trial.problems.append(f"backup {path.name}: integrity_check says {verdict}")
        elif state(path) not in scenario.states:
            trial.partial = True
            trial.problems.append(f"backup {path.name} is not a snapshot of any committed state")


# --- the data: a realistic database, a large price file, a trade file -----------------------------------
MINUTE_BARS_START = datetime(2020, 1, 2, 9, 30)
OVERLAP_BARS = 2_000          # bars already stored that the large import overwrites
HK_TRADES_START = date(2020, 1, 2)


def write_minute_bars(path: Path, count: int, correction: float = 0.0, seed: int = 7) -> Path:
    """Stooq-style one-minute bars (`Date,Time,...`), a seeded random walk around 80 USD; with a
    `correction`, every print is that much off, up and down in turn (a vendor's corrected prints,
    not an adjusted series)."""
    rng = random.Random(seed)
    price, moment = 80.0, MINUTE_BARS_START
    lines = ["Date,Time,Open,High,Low,Close,Volume"]
    for k in range(count):
        close = max(1.0, price + rng.uniform(-0.2, 0.2))
        high, low = max(price, close) + 0.05, min(price, close) - 0.05
        shift = correction if k % 2 else -correction
        lines.append(f"{moment:%Y-%m-%d},{moment:%H:%M:%S},{price + shift:.2f},{high + shift:.2f},"
                     f"{low + shift:.2f},{close + shift:.2f},{rng.randint(100, 50_000)}")
        price, moment = close, moment + timedelta(minutes=1)
    path.write_text("\n".join(lines) + "\n")
    return path


def write_hk_trades(path: Path, count: int) -> Path:
    """A 9988.HK history of buys and smaller sells (never more sold than held), three a day."""
    lines = ["date,symbol,side,quantity,price,fee,currency,note"]
    for k in range(count):
        side, quantity = ("sell", 100) if k % 3 == 2 else ("buy", 200)
        day = HK_TRADES_START + timedelta(days=k // 3)
        lines.append(f"{day},9988.HK,{side},{quantity},{200 + k % 37}.{k % 100:02d},{k % 5}.50,HKD,row {k}")
    path.write_text("\n".join(lines) + "\n")
    return path


@dataclass
class Workload:
    folder: Path
    base_db: Path                 # a small realistic ledger with some bars
    full_db: Path                 # the base after the large price import and the trade import
    bars_csv: Path
    trades_csv: Path
    env: dict


def build_workload(folder: Path, bars: int = 200_000, trades: int = 3_000) -> Workload:
    """Databases and files the scenarios start from, made with Tracker's own facade."""
    from tracker.app.tracker import Tracker
    from tracker.domain.model import Trade
    folder.mkdir(parents=True, exist_ok=True)
    env = environment(folder)
    bars_csv = write_minute_bars(folder / "bars.csv", bars)
    old_bars = write_minute_bars(folder / "old_bars.csv", OVERLAP_BARS, correction=0.25)
    trades_csv = write_hk_trades(folder / "trades.csv", trades)
    base = folder / "base" / "tracker.db"
    base.parent.mkdir(parents=True, exist_ok=True)
    with Tracker(base, make_backups=False) as t:
        t.import_prices(old_bars, "BABA")
        for day, quantity, price in ((date(2019, 6, 3), 100, "190.10"), (date(2019, 11, 26), 50, "185.50"),
                                     (date(2020, 1, 2), 20, "220.00")):
            t.add_trade(Trade("BABA", "buy", day, Decimal(quantity), Decimal(price), Decimal("4.95")))
    full = folder / "full" / "tracker.db"
    full.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(base, full)
    with Tracker(full, make_backups=False) as t:
        t.import_prices(bars_csv, "BABA")
        t.import_trades(trades_csv)
    return Workload(folder, base, full, bars_csv, trades_csv, env)


BURST = 3   # trades added one after another in the burst scenario


def scenarios(work: Workload) -> list[Scenario]:
    burst = [("trades", "add", "--symbol", "BABA", "--side", "buy" if k % 2 == 0 else "sell",
              "--date", f"2024-03-{k + 4:02d}", "--quantity", str(10 + k), "--price", f"7{k}.25",
              "--fee", "1.00", "--note", f"burst {k}") for k in range(BURST)]
    return [
        Scenario("price import", work.base_db,
                 [("prices", "import", str(work.bars_csv), "--symbol", "BABA")]),
        Scenario("trade import", work.base_db, [("trades", "import", str(work.trades_csv))]),
        Scenario("trades add burst", work.base_db, burst),
        Scenario("backup", work.full_db, [("backup",)]),
        Scenario("restore", work.base_db, [("restore", str(work.full_db))]),
    ]


def seed_from_environment() -> int:
    """TRACKER_CRASH_SEED replays a run's kill moments; otherwise a new seed each run."""
    value = os.environ.get("TRACKER_CRASH_SEED")
    return int(value) if value else random.SystemRandom().randrange(1, 10**9)


# --- kills at an exact SQL statement ---------------------------------------------------------------------
# Run the real command with every SQLite connection traced: the process SIGKILLs itself just before
# the n-th statement starts (n = 0: never; with a log file, every statement is written to it first).
# Deterministic crash points, complementing the random moments above.
_STATEMENT_KILLER = """
import os, signal, sqlite3, sys
_connect, _seen = sqlite3.connect, [0]
_target, _log = int(os.environ["TRACKER_KILL_AT"]), os.environ.get("TRACKER_STATEMENT_LOG")
_out = open(_log, "a") if _log else None
def _tracer(where):
    def _trace(sql):
        _seen[0] += 1
        if _out:
            _out.write(where + "\\t" + " ".join(sql.split())[:200] + "\\n"); _out.flush()
        if _seen[0] == _target:
            os.kill(os.getpid(), signal.SIGKILL)
    return _trace
def _traced(*args, **kwargs):
    conn = _connect(*args, **kwargs)
    conn.set_trace_callback(_tracer("memory" if ":memory:" in str(args[0] if args else "") else "file"))
    return conn
sqlite3.connect = _traced
from tracker.cli import main
raise SystemExit(main(sys.argv[1:]))
"""


def run_until_statement(db: Path, args: tuple[str, ...], env: dict, kill_at: int,
                        log: Path | None = None) -> subprocess.CompletedProcess:
    env = {**env, "TRACKER_KILL_AT": str(kill_at)}
    if log is not None:
        env["TRACKER_STATEMENT_LOG"] = str(log)
    return subprocess.run([sys.executable, "-c", _STATEMENT_KILLER, "--db", str(db), *args], env=env,
                          cwd=db.parent, capture_output=True, text=True)


def statements(db: Path, args: tuple[str, ...], env: dict, log: Path) -> list[tuple[str, str]]:
    """Every SQL statement the command runs, in order (it runs to the end), each with where it ran:
    "file" (a database file) or "memory" (an in-memory database)."""
    log.unlink(missing_ok=True)
    done = run_until_statement(db, args, env, 0, log)
    if done.returncode != 0:
        raise RuntimeError(f"`tracker {' '.join(args)}` failed: {done.stderr.strip()}")
    return [tuple(line.split("\t", 1)) for line in log.read_text().splitlines()]
