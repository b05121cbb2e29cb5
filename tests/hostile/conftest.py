"""The hostile-input suite: every input a user, a broken file or a hand-edited database can throw
at the app gets one clear line, and nothing stored is half-written or left unreadable."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile import harness


@pytest.fixture
def seeded(tmp_path) -> Path:
    """A database holding a trade, a dividend and a fee."""
    db = tmp_path / "seeded.db"
    harness.seeded_database(db)
    return db


@pytest.fixture
def cli(seeded):
    """Run `tracker --db SEEDED ...` in-process; returns the harness verdict."""
    def _run(*argv: str) -> harness.Verdict:
        return harness.judge(seeded, list(argv))
    return _run
