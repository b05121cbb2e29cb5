"""`-` for a file on the command line: imports read standard input, exports write standard
output (their own messages go to standard error, so a pipe carries only the data)."""
from __future__ import annotations

import json
import subprocess
import sys

TRADES = "date,symbol,side,quantity,price,fee\n2024-03-01,BABA,buy,100,75.50,1\n2024-06-03,BABA,sell,40,80,1\n"
PRICES = "Date,Open,High,Low,Close,Adj Close,Volume\n2024-03-01,74.48,75.09,74.37,74.62,74.62,11955900\n"


def tracker(db, *args, stdin: str | None = None):
    return subprocess.run([sys.executable, "-m", "tracker.cli", "--db", str(db), *args],
                          input=stdin, capture_output=True, text=True, timeout=120)


def test_imports_read_standard_input(tmp_path):
    db = tmp_path / "t.db"
    done = tracker(db, "--create", "trades", "import", "-", stdin=TRADES)
    assert done.returncode == 0, done.stderr
    listed = json.loads(tracker(db, "trades", "list", "--json").stdout)
    assert [(t["side"], t["quantity"]) for t in listed] == [("buy", 100), ("sell", 40)]
    done = tracker(db, "prices", "import", "-", "--symbol", "BABA", stdin=PRICES)
    assert done.returncode == 0, done.stderr
    assert "74.62" in tracker(db, "prices", "list", "--symbol", "BABA").stdout


def test_a_bad_line_on_standard_input_is_named(tmp_path):
    done = tracker(tmp_path / "t.db", "--create", "trades", "import", "-",
                   stdin="date,symbol,side,quantity,price\n2024-03-01,BABA,hold,1,2\n")
    assert done.returncode == 1 and "line 2" in done.stderr and "Traceback" not in done.stderr


def test_exports_write_standard_output(tmp_path):
    db = tmp_path / "t.db"
    assert tracker(db, "--create", "trades", "import", "-", stdin=TRADES).returncode == 0
    ics = tracker(db, "earnings", "export-ics", "-", "--all")
    assert ics.returncode == 0, ics.stderr
    assert ics.stdout.startswith("BEGIN:VCALENDAR") and ics.stdout.rstrip().endswith("END:VCALENDAR")
    assert "to standard output" in ics.stderr
    gains = tracker(db, "gains", "--csv", "-")
    assert gains.returncode == 0, gains.stderr
    lines = gains.stdout.splitlines()
    assert len(lines) == 2 and lines[1].startswith("2024")           # the header and the one closed lot
    both = tracker(db, "gains", "--csv", "-", "--json")
    assert both.returncode == 1 and both.stderr.count("\n") == 1
