"""What every bundled reference file shares: its packaging errors and its source-quality column."""
from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from tracker import paths
from tracker.domain import sourcing


class BundledDataError(ValueError):
    """A bundled file itself is malformed (a packaging bug, not a user error)."""


def source_quality(text: str | None, where: str) -> str:
    """The `source_quality` cell: 'primary', 'secondary' or '' (the row cites no source)."""
    quality = (text or "").strip()
    if quality and quality not in sourcing.QUALITIES:
        raise BundledDataError(f"{where}: source_quality must be one of "
                               f"{', '.join(sourcing.QUALITIES)}, not {quality!r}")
    return quality


def csv_rows(name: str, folder: Path | None = None) -> Iterator[tuple[str, dict]]:
    """Each row of the bundled file `name` with where it is ("buybacks.csv line 7") for messages."""
    path = Path(folder or paths.resources_dir()) / name
    with open(path, newline="", encoding="utf-8") as f:
        for line, row in enumerate(csv.DictReader(f), start=2):
            yield f"{path.name} line {line}", row
