"""A `tracker` command runner on a fresh database, as the command-line tests use it."""
from __future__ import annotations

from pathlib import Path

import pytest

from tracker.cli import main

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def run(db_path, capsys):
    def _run(*args, db=None):
        code = main(["--db", str(db or db_path), "--create", *args])
        out, err = capsys.readouterr()
        return code, out, err
    return _run
