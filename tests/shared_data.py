"""Where the real Alibaba reference data sits (beside the repository), and a clean skip without it."""
from datetime import date
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data" / "alibaba"
TODAY = date(2026, 11, 24)   # the fixed "today" of tests that need a clock


def shared_file(name: str) -> Path:
    """A file from the shared Alibaba reference data, or a clean skip when it is absent."""
    path = SHARED_DATA / name
    if not path.is_file():
        pytest.skip(f"shared reference data not available: {name}")
    return path
