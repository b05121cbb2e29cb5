"""The installed version of Tracker, from the package's metadata (the wheel's, or the editable
install's), so `tracker --version`, Help ▸ About and the packaging cannot disagree."""
from __future__ import annotations

DISTRIBUTION = "alibaba-tracker"


def version() -> str:
    from importlib import metadata      # (20 ms to import: only --version and Help ▸ About ask)
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:     # run from a source tree that was never installed
        return "unknown (not installed)"
