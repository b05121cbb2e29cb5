"""Persistence: sqlite-utils over one SQLite file; no Qt."""
from __future__ import annotations

import sys


def _import_sqlite_utils_without_pandas() -> None:
    """sqlite-utils imports pandas (about 0.3 s) only to map `pandas.Timestamp` to TEXT when it
    guesses a new table's column types, and the store never asks it to: every table is made by
    the migrations' SQL, and dates are stored as ISO text. Hide pandas while it loads, so that a
    command answering from the database starts in a blink; the price importers import pandas
    themselves, later, as usual."""
    if "sqlite_utils" in sys.modules or "pandas" in sys.modules:
        return
    sys.modules["pandas"] = None          # makes `import pandas` raise ImportError
    try:
        import sqlite_utils  # noqa: F401
    finally:
        del sys.modules["pandas"]


_import_sqlite_utils_without_pandas()
