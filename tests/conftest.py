"""Shared fixtures. Qt runs offscreen in every test; real Alibaba data is used when present."""
from __future__ import annotations

import os
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pytest  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data" / "alibaba"
TODAY = date(2026, 11, 24)


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path, monkeypatch):
    """No test may touch the user's real database, backups or settings."""
    monkeypatch.setenv("TRACKER_DB", str(tmp_path / "default" / "tracker.db"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))


def shared_file(name: str) -> Path:
    """A file from the shared Alibaba reference data, or a clean skip when it is absent."""
    path = SHARED_DATA / name
    if not path.is_file():
        pytest.skip(f"shared reference data not available: {name}")
    return path


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "tracker.db"


@pytest.fixture
def tracker(db_path):
    from tracker.app.tracker import Tracker
    t = Tracker(db_path, today=TODAY)
    yield t
    t.close()
