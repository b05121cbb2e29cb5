"""Hostile inputs and the one verdict on each: for the hostile-input suite and bench/bench_hostile.py.

A run is `tracker.cli.main([...])` in-process on a database. Its verdict says whether it showed a
traceback (an exception escaped, or an exit code outside {0, 1, 2}), whether a refusal left the
database's facts changed (a partial write), whether a refusal failed to name a line or a field, and
whether the database is poisoned afterwards (`position`, `buybacks` or `trades list` then fails).

The fuzzed files are real files mutated: byte flips, truncation, UTF-16 and byte-order marks, NUL
bytes, huge fields, CR/LF mixes and hostile tokens (1e309, NaN, -0, 2019-02-30) spliced in. The
mutations are plain data (`Mutation`) so hypothesis and a seeded `random.Random` can both draw them.
"""
from __future__ import annotations

import contextlib
import io
import random
import re
import sqlite3
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from tracker.cli import main

PRICE_FILE = (b"Date,Open,High,Low,Close,Adj Close,Volume\n"
              b"2024-01-02,73.10,74.00,72.50,73.50,73.50,1500\n"
              b"2024-01-03,73.50,76.00,73.00,75.00,75.00,2000\n"
              b"2024-01-04,75.00,75.50,74.00,74.20,74.20,1800\n")
TRADE_FILE = (b"date,symbol,side,quantity,price,fee,currency,note\n"
              b"2024-01-02,BABA,buy,100,73.20,1.50,USD,first\n"
              b"2024-01-03,9988.HK,buy,800,70.35,5,HKD,\"hk, lot\"\n"
              b"2024-01-04,BABA,sell,50,75.00,1.00,USD,\n")
FLEX_FILE = (b'<?xml version="1.0" encoding="UTF-8"?>\n<FlexQueryResponse queryName="q" type="AF">\n'
             b'<FlexStatements count="1">\n<FlexStatement accountId="U1234567" fromDate="20240101" toDate="20240131">\n'
             b'<Trades>\n<Trade accountId="U1234567" assetCategory="STK" symbol="BABA" isin="US01609W1027" '
             b'listingExchange="NYSE" currency="USD" tradeID="11" tradeDate="20240102" quantity="100" '
             b'tradePrice="73.20" taxes="0" ibCommission="-1.50" ibCommissionCurrency="USD" buySell="BUY" '
             b'levelOfDetail="EXECUTION" />\n<Trade accountId="U1234567" assetCategory="STK" symbol="9988" '
             b'isin="KYG017191142" listingExchange="SEHK" currency="HKD" tradeID="12" tradeDate="20240103" '
             b'quantity="800" tradePrice="70.35" taxes="-56.28" ibCommission="-18" ibCommissionCurrency="HKD" '
             b'buySell="BUY" levelOfDetail="EXECUTION" />\n</Trades>\n<CashTransactions>\n'
             b'<CashTransaction accountId="U1234567" currency="USD" assetCategory="STK" symbol="BABA" '
             b'isin="US01609W1027" description="BABA(US01609W1027) ADR FEE" dateTime="20240110;202000" '
             b'amount="-0.50" type="Other Fees" transactionID="21" levelOfDetail="DETAIL" />\n'
             b'</CashTransactions>\n</FlexStatement>\n</FlexStatements>\n</FlexQueryResponse>\n')
TOKENS = (b"1e309", b"NaN", b"-0", b"2019-02-30", b"0000-01-01", b"-1", b"inf", b"1" + b"0" * 400,
          b'"', b"\x00", b",", b",,", b"\r", b"\r\n", b"\n", b"\xff", b"\xe9", b"\xef\xbb\xbf",
          b"9" * 140_000, b"=1+1", b"\x1b[31m", b"9223372036854775808", b"+08:00", b"-04")
KINDS = ("flip", "truncate", "insert", "replace_field", "utf16", "bom", "crlf", "duplicate_line")

# What a refusal looks like: one line, "tracker: " then a field or file line before a colon.
NAMED = re.compile(r"^tracker(?: [\w-]+)*: (?:line \d+: )?[^\s:][^:\n]*: \S")


@dataclass(frozen=True)
class Mutation:
    kind: str
    at: float          # where in the file, as a fraction of its length
    token: int = 0     # index into TOKENS


def mutate(data: bytes, mutations: list[Mutation]) -> bytes:
    for m in mutations:
        pos = min(int(m.at * len(data)), max(len(data) - 1, 0))
        token = TOKENS[m.token % len(TOKENS)]
        if m.kind == "flip" and data:
            data = data[:pos] + bytes([data[pos] ^ (1 << (m.token % 8))]) + data[pos + 1:]
        elif m.kind == "truncate":
            data = data[:pos]
        elif m.kind == "insert":
            data = data[:pos] + token + data[pos:]
        elif m.kind == "replace_field":
            cells = data.split(b",")
            k = min(int(m.at * len(cells)), len(cells) - 1)
            tail = cells[k][len(cells[k].rstrip(b"\r\n")):]
            cells[k] = token + tail
            data = b",".join(cells)
        elif m.kind == "utf16":
            text = data.decode("utf-8", "replace")
            data = text.encode("utf-16" if m.token % 2 else "utf-16-le")
        elif m.kind == "bom":
            data = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")[m.token % 3] + data
        elif m.kind == "crlf":
            data = data.replace(b"\n", (b"\r\n", b"\r", b"\n\r")[m.token % 3], 1 + m.token % 3)
        elif m.kind == "duplicate_line":
            lines = data.split(b"\n")
            k = min(int(m.at * len(lines)), len(lines) - 1)
            lines.insert(k, lines[k])
            data = b"\n".join(lines)
    return data


def random_mutations(rng: random.Random) -> list[Mutation]:
    return [Mutation(rng.choice(KINDS), rng.random(), rng.randrange(len(TOKENS)))
            for _ in range(rng.randint(1, 4))]


# --- command-line options ----------------------------------------------------------------------
# A valid value for every option of every command that writes or reads facts (backup, restore,
# export-ics and screenshot write files and are checked elsewhere).
COMMANDS = {
    ("trades", "add"): {"--symbol": "BABA", "--side": "buy", "--date": "2024-01-02", "--quantity": "10",
                        "--price": "75", "--fee": "1", "--note": "n"},
    ("trades", "list"): {"--symbol": "BABA"},
    ("trades", "delete"): {"": "1"},
    ("trades", "import"): {"": "FILE"},
    ("trades", "import", "--dry-run"): {"": "FILE", "--format": "csv", "--account": "Main", "--preset": "futu"},
    ("export",): {"--format": "json"},
    ("presets", "show"): {"": "futu"},
    ("presets", "add"): {"": "futu", "--date-column": "Date", "--symbol-column": "Code", "--quantity-column": "Qty",
                         "--price-column": "Price", "--date-order": "DMY", "--decimal": ","},
    ("dividends", "add"): {"--symbol": "BABA", "--date": "2024-07-01", "--gross": "10",
                           "--withholding": "1", "--fee": "0", "--currency": "USD", "--note": "n"},
    ("dividends", "delete"): {"": "1"},
    ("fees", "add"): {"--symbol": "BABA", "--date": "2024-02-01", "--amount": "2", "--currency": "USD",
                      "--note": "n"},
    ("fees", "delete"): {"": "1"},
    ("convert",): {"--from": "BABA", "--to": "9988.HK", "--date": "2024-03-01", "--quantity": "1",
                   "--fee": "0", "--fx-rate": "7.8", "--note": "n"},
    ("conversions", "delete"): {"": "1"},
    ("prices", "import"): {"": "FILE", "--symbol": "BABA", "--format": "yahoo"},
    ("prices", "import", "--format=generic"): {"": "FILE", "--symbol": "BABA", "--map": "date=Date"},
    ("prices", "list"): {"--symbol": "BABA", "--from": "2024-01-01", "--to": "2024-12-31"},
    ("position",): {"--symbol": "BABA", "--as-of": "2024-06-30", "--method": "fifo"},
    ("position", "--period=1y"): {"--symbol": "BABA", "--from": "2024-01-01", "--to": "2024-06-30"},
    ("gains",): {"--year": "2024", "--tax-year-start": "04-06", "--method": "fifo", "--symbol": "BABA"},
    ("benchmarks", "list"): {},
    ("buybacks",): {"--as-of": "2024-06-30"},
    ("buybacks", "add"): {"--quarter-end": "2024-03-31", "--amount-usd": "100", "--shares-repurchased-ads": "1",
                          "--outstanding-ads": "2000000000", "--remaining-usd": "10", "--source": "s",
                          "--note": "n"},
    ("earnings", "list"): {},
    ("earnings", "list", "--upcoming"): {},
    ("check",): {},
    ("earnings", "add"): {"--period": "FY2027Q1", "--date": "2026-08-20", "--session": "before",
                          "--eps-estimate": "US$1.41", "--revenue-estimate": "US$30.4bn", "--eps": "1",
                          "--eps-non-gaap": "1", "--revenue": "200", "--eps-usd": "1",
                          "--eps-non-gaap-usd": "1", "--revenue-usd": "30", "--source": "s", "--note": "n"},
}
HOSTILE_VALUES = ("", " ", "-1", "0", "-0", "1e309", "1E3", "NaN", "inf", "-inf", "1" + "0" * 400,
                  "1" + "0" * 30, "0." + "0" * 30 + "1", "1,5", "1.234,5", "$", "US$", "HK$1,000",
                  "\u0663", "\x00", "\x1b[31mred", "\udcff", "'=1+1", "=HYPERLINK(1)", "2019-02-30",
                  "0000-01-01", "9999-12-31", "1900-01-01", "1899-12-31", "FY0001Q1", "FY9999Q4",
                  "fy2026 q3", "9223372036854775808", "9223372036854775807", "x" * 200_000,
                  "baba", "9988.HK", "NOPE", "/dev/zero", "/nonexistent/file.csv", "%s%n", "{}",
                  "--json", "-", "\u202eevil", "date=Close", "=", "999999", "1000000", "0.0000001")


def argv_for(command: tuple[str, ...], options: dict[str, str], files: dict[str, Path]) -> list[str]:
    argv = list(command)
    for name, value in options.items():
        if value == "FILE":
            value = str(files["trades" if command[0] == "trades" else "prices"])
        if name == "":
            argv.append(value)
        elif value is not None:
            argv += [name, value] if not value.startswith("-") else [f"{name}={value}"]
    return argv


# --- running and judging -----------------------------------------------------------------------
@dataclass
class Verdict:
    code: int | None
    out: str
    err: str
    traceback: str = ""
    unnamed_refusal: bool = False
    partial_write: bool = False
    poisoned: str = ""
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.traceback or self.unnamed_refusal or self.partial_write or self.poisoned)

    def __str__(self) -> str:
        return (f"exit {self.code}; traceback={self.traceback[-600:]!r} unnamed={self.unnamed_refusal} "
                f"partial={self.partial_write} poisoned={self.poisoned!r} stderr={self.err[:300]!r}")


def run(db: Path, argv: list[str]) -> Verdict:
    """`tracker --db DB ARGV...` in this process, with its output captured."""
    out, err = io.StringIO(), io.StringIO()
    tb = ""
    code: int | None = None
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(["--db", str(db), *argv])
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else 1
        except BaseException:   # noqa: BLE001 - anything escaping main is what is counted
            tb = traceback.format_exc()
    verdict = Verdict(code, out.getvalue(), err.getvalue(), tb)
    if code not in (0, 1, 2) and not tb:
        verdict.traceback = f"exit code {code}"
    if "Traceback (most recent call last)" in verdict.err:
        verdict.traceback = verdict.err
    return verdict


def facts(db: Path) -> dict[str, list[tuple]]:
    """Every row of every table (read with a connection of its own; no app code)."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    con.text_factory = bytes        # compare what is stored, whatever bytes it is
    try:
        tables = [r[0].decode() for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        return {t: sorted(con.execute(f"SELECT * FROM [{t}]").fetchall(), key=repr) for t in tables}
    finally:
        con.close()


READS = (["position"], ["buybacks"], ["trades", "list"])


def poisoned(db: Path) -> str:
    """Which of the everyday reads now fails on this database ('' when none does)."""
    for argv in READS:
        verdict = run(db, argv)
        if verdict.code != 0 or verdict.traceback:
            return f"{' '.join(argv)}: {verdict}"
    return ""


def judge(db: Path, argv: list[str], check_poison: bool = True) -> Verdict:
    """Run `argv` and judge it (see the module docstring)."""
    before = facts(db)
    verdict = run(db, argv)
    if verdict.traceback:
        return verdict
    after = facts(db)
    if verdict.code != 0:
        refusal = [line for line in verdict.err.rstrip("\n").split("\n")
                   if not line.startswith("tracker: warning:")]
        verdict.unnamed_refusal = len(refusal) != 1 or not NAMED.match(refusal[0])
        verdict.partial_write = after != before
    elif check_poison and after != before:
        verdict.poisoned = poisoned(db)
    return verdict


def seeded_database(db: Path) -> None:
    """A database with a little of everything, opened once so later opens change nothing."""
    for argv in (["--create", "trades", "add", "--symbol", "BABA", "--side", "buy", "--date", "2024-01-02",
                  "--quantity", "100", "--price", "73.2"],
                 ["dividends", "add", "--symbol", "BABA", "--date", "2024-07-01", "--gross", "10"],
                 ["fees", "add", "--symbol", "BABA", "--date", "2024-02-01", "--amount", "2"]):
        verdict = run(db, argv)
        assert verdict.code == 0, verdict
