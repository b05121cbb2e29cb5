"""The first lines of a CSV file: its delimiter, its header, and where the data starts.

Both importers read the header themselves before handing the body to a CSV parser, so they can
recognise a vendor's layout and number every data row by its line in the file (header = line 1).
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from tracker.errors import TrackerError

ENCODING = "utf-8-sig"   # Excel and Investing.com exports start with a byte-order mark
PEEK_LINES = 4


@dataclass(frozen=True)
class CsvHead:
    """What the top of a file says. `header` is empty for an empty file."""
    header: list[str]
    delimiter: str
    header_lines: int          # lines before the first data row (3 for yfinance's stacked header)
    body: str | Path           # a path, or the whole text when the source was an open file
    sample: list[str]          # the first data row's cells ([] when there is none in the peek)

    @property
    def first_data_line(self) -> int:
        return self.header_lines + 1


def normalize(name: str) -> str:
    """A header cell as compared with known names: trimmed, lower case, Stooq's <ANGLE> off."""
    return name.strip().strip('"').strip().strip("<>").strip().lower()


def read_head(source: str | Path | IO) -> CsvHead:
    """Peek at the header of a path or an open text/binary file.

    Raises TrackerError when the file cannot be opened; an empty file gives an empty header.
    """
    if isinstance(source, (str, Path)):
        path = Path(source)
        try:
            with open(path, encoding=ENCODING, errors="replace", newline="") as handle:
                lines = [handle.readline() for _ in range(PEEK_LINES)]
        except OSError as exc:
            raise TrackerError(f"cannot read {path}: {exc.strerror or exc}") from None
        body: str | Path = path
    else:
        data = source.read()
        if isinstance(data, bytes):
            data = data.decode(ENCODING, errors="replace")
        data = data.removeprefix("\ufeff")
        lines = data.splitlines(keepends=True)[:PEEK_LINES]
        body = data
    lines = [line.rstrip("\r\n") for line in lines]
    first = lines[0] if lines else ""
    if not first.strip():
        return CsvHead([], ",", 1, body, [])
    delimiter = _delimiter(first)
    rows = [next(csv.reader([line], delimiter=delimiter), []) for line in lines if line]
    header = [cell.strip() for cell in rows[0]]
    header_lines = 1
    if _is_stacked_yfinance_header(rows):
        # yfinance >= 0.2.48 download(): "Price,Close,...", "Ticker,BABA,...", "Date,,,..."
        header = [rows[2][0].strip()] + header[1:]
        header_lines = 3
    sample = rows[header_lines] if len(rows) > header_lines else []
    return CsvHead(header, delimiter, header_lines, body, sample)


def open_body(head: CsvHead) -> str | Path | IO:
    """Something a CSV parser can read from the top again (the header lines included)."""
    return io.StringIO(head.body) if isinstance(head.body, str) else head.body


def _delimiter(line: str) -> str:
    """Comma unless the header plainly uses semicolons or tabs (European spreadsheet exports)."""
    counts = {sep: line.count(sep) for sep in (",", ";", "\t")}
    best = max(counts, key=counts.get)
    return best if counts[best] > 0 else ","


def _is_stacked_yfinance_header(rows: list[list[str]]) -> bool:
    return (len(rows) >= 3 and normalize(rows[0][0]) == "price"
            and normalize(rows[1][0]) == "ticker"
            and normalize(rows[2][0]) in ("date", "datetime")
            and not any(cell.strip() for cell in rows[2][1:]))
