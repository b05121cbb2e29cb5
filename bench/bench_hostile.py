"""Hostile input at volume: fuzzed import files and hostile command-line values through `tracker`.

    python3 bench/bench_hostile.py [--files 10000] [--options 3000] [--seed 1] [--show 5]

Each fuzzed file (a real price file, trade file or IBKR Flex statement with byte flips, truncation,
UTF-16 and byte-order marks, NUL bytes, huge fields, CR/LF mixes and tokens such as 1e309, NaN, -0,
2019-02-30 spliced in) is imported with `tracker prices import` or `tracker trades import`; each option value goes to one
option of a command that reads or writes facts. Everything runs in-process through
`tracker.cli.main` on one database per kind (tests/hostile/harness.py judges each run).

Prints the counts of tracebacks (an exception escaped or an exit code outside 0/1/2), refusals
that name no line or field, partial writes (a refusal that changed the database) and poisoned
databases (`position`, `buybacks` or `trades list` failing after a run that changed it), all of
which must be 0, with the first few examples of each, and the time taken.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.hostile import harness  # noqa: E402

PROBLEMS = ("traceback", "unnamed_refusal", "partial_write", "poisoned")


def fuzz_files(count: int, rng: random.Random, folder: Path, tally: Counter, examples: dict) -> None:
    db = folder / "files.db"
    harness.seeded_database(db)
    for k in range(count):
        kind = rng.choice(("prices", "trades", "flex"))
        changes = harness.random_mutations(rng)
        path = folder / "fuzzed.csv"
        original = {"prices": harness.PRICE_FILE, "trades": harness.TRADE_FILE, "flex": harness.FLEX_FILE}[kind]
        path.write_bytes(harness.mutate(original, changes))
        argv = (["prices", "import", str(path), "--symbol", "BABA"] if kind == "prices"
                else ["trades", "import", str(path)])
        if rng.random() < 0.3:
            argv.append("--dry-run")
        record(harness.judge(db, argv), f"file #{k} {kind} {changes}", tally, examples, "files")


def fuzz_options(count: int, rng: random.Random, folder: Path, tally: Counter, examples: dict) -> None:
    db = folder / "options.db"
    harness.seeded_database(db)
    files = {"trades": folder / "t.csv", "prices": folder / "p.csv"}
    files["trades"].write_bytes(harness.TRADE_FILE)
    files["prices"].write_bytes(harness.PRICE_FILE)
    commands = sorted(harness.COMMANDS)
    for k in range(count):
        command = rng.choice(commands)
        options = dict(harness.COMMANDS[command])
        if options:
            for name in rng.sample(sorted(options), min(len(options), rng.randint(1, 2))):
                options[name] = _hostile_value(rng)
        argv = harness.argv_for(command, options, files)
        record(harness.judge(db, argv), f"option #{k} {argv!r}"[:400], tally, examples, "options")


def _hostile_value(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.6:
        return rng.choice(harness.HOSTILE_VALUES)
    if roll < 0.8:       # random short text, control characters included
        return "".join(chr(rng.choice((rng.randrange(0, 0x80), rng.randrange(0x80, 0x3000))))
                       for _ in range(rng.randint(0, 12)))
    if roll < 0.9:
        return str(rng.randint(-(2 ** 70), 2 ** 70))
    return f"{rng.uniform(-1e15, 1e15):.{rng.randint(0, 12)}f}"


def record(verdict: harness.Verdict, what: str, tally: Counter, examples: dict, group: str) -> None:
    tally[f"{group} runs"] += 1
    tally[f"{group} exit {verdict.code}"] += 1
    for problem in PROBLEMS:
        if getattr(verdict, problem):
            tally[problem] += 1
            examples.setdefault(problem, []).append(f"{what}\n      {verdict}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--options", type=int, default=3_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", type=int, default=5, help="examples shown per kind of problem")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    tally: Counter = Counter()
    examples: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        start = time.perf_counter()
        fuzz_files(args.files, rng, folder, tally, examples)
        files_s = time.perf_counter() - start
        start = time.perf_counter()
        fuzz_options(args.options, rng, folder, tally, examples)
        options_s = time.perf_counter() - start
    print(f"fuzzed files:  {tally['files runs']:,} in {files_s:,.0f} s "
          f"(exit 0: {tally['files exit 0']:,}, exit 1: {tally['files exit 1']:,})")
    print(f"option values: {tally['options runs']:,} in {options_s:,.0f} s "
          f"(exit 0: {tally['options exit 0']:,}, exit 1: {tally['options exit 1']:,}, "
          f"exit 2: {tally['options exit 2']:,})")
    print(f"tracebacks:          {tally['traceback']}")
    print(f"unnamed refusals:    {tally['unnamed_refusal']}")
    print(f"partial writes:      {tally['partial_write']}")
    print(f"poisoned databases:  {tally['poisoned']}")
    for problem in PROBLEMS:
        for example in examples.get(problem, [])[:args.show]:
            print(f"  {problem}: {example}")
    return 0 if not any(tally[p] for p in PROBLEMS) else 1


if __name__ == "__main__":
    raise SystemExit(main())
