"""Shared fixtures. Qt runs offscreen in every test; real Alibaba data is used when present."""
from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
# The window follows the system's language: tests read its English texts, whatever the machine's
# locale (tests of the Chinese interfaces choose their language through the setting).
os.environ["LANGUAGE"] = "en_US"
os.environ["LC_MESSAGES"] = "en_US.UTF-8"

import pytest  # noqa: E402

from tests.shared_data import SHARED_DATA, TODAY, shared_file  # noqa: E402,F401


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path, monkeypatch):
    """No test may touch the user's real database, backups or settings."""
    monkeypatch.setenv("TRACKER_DB", str(tmp_path / "default" / "tracker.db"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "tracker.db"


@pytest.fixture
def tracker(db_path):
    from tracker.app.tracker import Tracker
    t = Tracker(db_path, today=TODAY)
    yield t
    t.close()


@pytest.fixture
def run(db_path, capsys):
    """`run(*args)` -> (exit code, stdout, stderr) of `tracker --db DB --create ARGS` in-process."""
    from tracker.cli import main

    def _run(*args):
        code = main(["--db", str(db_path), "--create", *args])
        out, err = capsys.readouterr()
        return code, out, err
    return _run
