"""Fuzzing both importers and every command-line option (bounded for CI; bench/bench_hostile.py
runs 10,000 files and 3,000 option values): exit 0, 1 or 2, never a traceback, every refusal names
a line or a field, a refusal writes nothing, and the everyday reads keep working."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.hostile import harness

FUZZ = settings(max_examples=120, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
OPTIONS = settings(max_examples=150, deadline=None, derandomize=True,
                   suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

mutations = st.lists(st.builds(harness.Mutation, st.sampled_from(harness.KINDS),
                               st.floats(0, 1, allow_nan=False),
                               st.integers(0, len(harness.TOKENS) - 1)), min_size=1, max_size=4)


@pytest.fixture(scope="module")
def fuzz_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("fuzz") / "fuzz.db"
    harness.seeded_database(db)
    return db


@FUZZ
@given(kind=st.sampled_from(["prices", "trades", "flex"]), changes=mutations, dry_run=st.booleans())
def test_fuzzed_files_never_break_anything(fuzz_db, tmp_path_factory, kind, changes, dry_run):
    original = {"prices": harness.PRICE_FILE, "trades": harness.TRADE_FILE, "flex": harness.FLEX_FILE}[kind]
    data = harness.mutate(original, changes)
    path = tmp_path_factory.mktemp("f") / "fuzzed.csv"
    path.write_bytes(data)
    argv = ["prices", "import", str(path), "--symbol", "BABA"] if kind == "prices" else ["trades", "import", str(path)]
    verdict = harness.judge(fuzz_db, argv + (["--dry-run"] if dry_run else []))
    assert verdict.ok, f"{changes}: {verdict}"


hostile = st.one_of(st.sampled_from(harness.HOSTILE_VALUES),
                    st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=30),
                    st.decimals(allow_nan=True, allow_infinity=True).map(str),
                    st.integers(-(2 ** 70), 2 ** 70).map(str))


@OPTIONS
@given(data=st.data())
def test_hostile_option_values_never_break_anything(fuzz_db, tmp_path_factory, data):
    command = data.draw(st.sampled_from(sorted(harness.COMMANDS)))
    options = dict(harness.COMMANDS[command])
    if options:
        for name in data.draw(st.lists(st.sampled_from(sorted(options)), min_size=1, max_size=2, unique=True)):
            options[name] = data.draw(hostile)
    folder = tmp_path_factory.mktemp("o")
    (folder / "t.csv").write_bytes(harness.TRADE_FILE)
    (folder / "p.csv").write_bytes(harness.PRICE_FILE)
    argv = harness.argv_for(command, options, {"trades": folder / "t.csv", "prices": folder / "p.csv"})
    verdict = harness.judge(fuzz_db, argv)
    assert verdict.code in (0, 1, 2) and verdict.ok, f"{argv!r}: {verdict}"
