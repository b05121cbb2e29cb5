"""Persistence: sqlite-utils over one SQLite file; no Qt."""
from __future__ import annotations

import sys


HIDDEN_FROM_SQLITE_UTILS = ("pandas", "numpy")


def _import_sqlite_utils_without_pandas() -> None:
    """sqlite-utils imports pandas (about 0.3 s) and numpy (0.1 s) only to map their types to
    column types when it guesses a new table's columns, and the store never asks it to: every
    table is made by the migrations' SQL, dates are stored as ISO text and bars go in as Python
    numbers. Hide both while it loads, so that a command answering from the database starts in a
    blink; the price importers and the chart import them themselves, later, as usual."""
    if "sqlite_utils" in sys.modules:
        return
    hidden = [name for name in HIDDEN_FROM_SQLITE_UTILS if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None          # makes `import name` raise ImportError
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in hidden:
            del sys.modules[name]


_import_sqlite_utils_without_pandas()
