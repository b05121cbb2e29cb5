"""Read-only commands answer from the database: they never load pandas, numpy or the exchange
calendars (together over a second of start-up), even with prices fresh enough that their age is
counted in trading sessions, nor the modules of the other commands and the package metadata. Each
command runs in a fresh interpreter, as a user starts it."""
import subprocess
import sys
from datetime import date, timedelta

import pytest

HEAVY = ("pandas", "numpy", "exchange_calendars", "importlib.metadata")
READ_COMMANDS = (["position"], ["position", "--json"], ["trades", "list"], ["earnings", "list"])


def _run(args: list[str], *, report_modules: bool = False) -> subprocess.CompletedProcess:
    code = ("import sys, io, contextlib; from tracker.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()): code = main(sys.argv[1:])\n"
            f"print(code, *sorted(m for m in {HEAVY!r} if m in sys.modules))" if report_modules else
            "import sys; from tracker.cli import main; raise SystemExit(main(sys.argv[1:]))")
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def recent_database(tmp_path_factory):
    """Two trades and ten days of BABA closes up to yesterday: the prices are fresh, so their age
    is counted in NYSE sessions."""
    folder = tmp_path_factory.mktemp("reads")
    db = str(folder / "t.db")
    closes = folder / "closes.csv"
    from tracker.app.sessions import sessions_between
    days = sessions_between("NYSE", date.today() - timedelta(days=14), date.today() - timedelta(days=1))
    closes.write_text("Date,Close\n" + "".join(f"{d.isoformat()},{80 + i}.5\n" for i, d in enumerate(days)))
    for args in (["--create", "trades", "add", "--symbol", "BABA", "--side", "buy", "--date", "2020-03-02",
                  "--quantity", "10", "--price", "200"],
                 ["trades", "add", "--symbol", "BABA", "--side", "sell", "--date", "2021-03-02",
                  "--quantity", "4", "--price", "230"],
                 ["prices", "import", str(closes), "--symbol", "BABA"]):
        done = _run(["--db", db, *args])
        assert done.returncode == 0, done.stderr
    return db


def test_a_read_command_fills_the_session_cache_once_then_never_loads_the_calendars(recent_database):
    first = _run(["--db", recent_database, "position"], report_modules=True)
    assert first.returncode == 0, first.stderr
    assert first.stdout.split()[0] == "0"
    again = _run(["--db", recent_database, "position"], report_modules=True)
    assert again.stdout.split() == ["0"], f"a read command loaded {again.stdout.split()[1:]}"


@pytest.mark.parametrize("command", READ_COMMANDS, ids=" ".join)
def test_read_commands_do_not_load_pandas_numpy_or_the_calendars(recent_database, command):
    _run(["--db", recent_database, *command])          # fills the cache, as any first run does
    done = _run(["--db", recent_database, *command], report_modules=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["0"], f"{' '.join(command)} loaded {done.stdout.split()[1:]}"


def test_the_cached_sessions_give_the_same_answer_as_the_calendars(recent_database):
    """The position text (price age in sessions, staleness) is the same with the calendars loaded
    and from the cache."""
    from tracker import paths
    cold = paths.cache_dir()
    for name in ("sessions-XNYS.txt", "sessions-XHKG.txt"):
        (cold / name).unlink(missing_ok=True)
    built = _run(["--db", recent_database, "position"])
    cached = _run(["--db", recent_database, "position"])
    assert built.returncode == cached.returncode == 0, built.stderr + cached.stderr
    assert "last price" in built.stdout and "(close " in built.stdout
    assert built.stdout == cached.stdout


def _command_modules(code: str, args: list[str]) -> tuple[str, set[str]]:
    done = subprocess.run([sys.executable, "-c", code + "\nprint(code, *(m for m in sys.modules "
                           "if m.startswith('tracker.commands.')))", *args], capture_output=True, text=True, timeout=120)
    code, *loaded = done.stdout.split()
    assert code == "0", done.stderr
    return code, set(loaded)


@pytest.mark.parametrize("command, module", [(["position"], "position"), (["trades", "list"], "ledger"),
                                             (["earnings", "list"], "earnings")],
                         ids=("position", "trades list", "earnings list"))
def test_a_read_command_loads_only_its_own_command_module(recent_database, command, module):
    """Not every command's module (and what those import) before the one asked for answers."""
    _, loaded = _command_modules("import sys, io, contextlib; from tracker.cli import main\n"
                                 "with contextlib.redirect_stdout(io.StringIO()): code = main(sys.argv[1:])",
                                 ["--db", recent_database, *command])
    _, its_own = _command_modules(f"import sys; import tracker.cli, tracker.commands.{module}; code = 0", [])
    assert f"tracker.commands.{module}" in loaded and loaded <= its_own, sorted(loaded - its_own)
