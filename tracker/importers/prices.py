"""Price-bar CSV files parsed into numpy arrays, every row validated. Nothing is written here.

Layouts, recognised from the header or forced with `fmt`:

- yahoo: `Date,Open,High,Low,Close,Adj Close,Volume` (the raw OHLC is kept, Adj Close ignored), and
  the yfinance variants `Date,Open,High,Low,Close,Volume,Dividends,Stock Splits` (history(), dates
  with a UTC offset, `Datetime` for intraday) and `Date,Close,High,Low,Open,Volume` (download(),
  also with its stacked three-line header); and history(auto_adjust=False) saved with snake_case
  names, `date,open,high,low,close,adj_close,volume,dividend,split`.
- stooq: `Date,Open,High,Low,Close,Volume`, intraday `Date,Time,Open,...`, and the bulk
  `<TICKER>,<PER>,<DATE>,<TIME>,<OPEN>,...` files (YYYYMMDD dates, HHMMSS times).
- nasdaq: `Date,Close/Last,Volume,Open,High,Low`, `$` prices, MM/DD/YYYY dates, newest first.
- investing: `Date,Price,Open,High,Low,Vol.,Change %`, quoted `1,234.50` prices, `12.5M` volumes
  (`-` = unknown volume), MM/DD/YYYY or `Nov 21, 2026` dates, newest first.
- closes: a date and a close column only (`Date,Close`, also `Date,Rate` or `Date,Price`), as
  exchange-rate histories often are: open, high and low are the close.
- generic: any columns, named by a mapping {"date", "time" (optional), "open", "high", "low",
  "close", "volume" (optional, 0 when absent)}; ISO dates and date-times. Open, high and low may be
  left out together: they are then the close.

Read as closes only (the `closes` layout, or a mapping without open, high and low), each bar's open,
high and low are its close, so a daily series of rates is enough.

Bar time `ts` = epoch seconds of the bar's naive exchange-local wall time, read as if it were UTC. A
UTC offset written in the file is dropped and the wall clock kept, so a daily Hong Kong bar written
as `2020-01-02 00:00:00+08:00` stays at midnight of 2 January. A bar at midnight is a daily bar.

Every row is checked (dates parse; prices are finite numbers > 0; volume is a finite number >= 0;
low <= open, close <= high; no two rows share a bar time) and every failure is reported with its
file line (header = line 1). The work is vectorized: line numbers are only computed for failures.
"""
from __future__ import annotations

import math
import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import IO

import numpy as np
import pandas as pd

from tracker.domain.checks import FIRST_BAR_TS, FIRST_YEAR, LAST_BAR_TS
from tracker.domain.model import FieldError
from tracker.domain.money import MAX_AMOUNT, MAX_VOLUME
from tracker.errors import TrackerError
from tracker.importers.csvsniff import CsvHead, field_counts, normalize, open_body, read_head, unclosed_quote

FORMATS = ("yahoo", "stooq", "nasdaq", "investing", "closes", "generic")
ROLES = ("date", "time", "open", "high", "low", "close", "volume")
PRICE_ROLES = ("open", "high", "low", "close")
OPTIONAL_ROLES = ("time", "volume")
CLOSE_ONLY = ("open", "high", "low")     # may be absent together: then they are the close

ISO = "ISO8601"
TIME_FORMATS = ("%H:%M:%S", "%H:%M", "%H%M%S")
MISSING = frozenset({"", "null", "nan", "n/a", "na", "-", "--", "none"})
VOLUME_SUFFIXES = {"K": 1e3, "M": 1e6, "B": 1e9}
# an adjusted close beside the raw one: Yahoo's layout (Stooq writes none), under either spelling
ADJ_CLOSE_NAMES = frozenset({"adj close", "adj_close"})
# Adjusted vendor data is computed in floating point; a bar may sit a hair outside its own range.
RANGE_TOLERANCE = 1e-9
# A UTC offset after a time of day: Z, +08:00, +0800 or -04 (what pandas writes for New York).
NAT = np.datetime64("NaT", "s")      # with its unit: a bare NaT warns on numpy 2.5
_UTC_OFFSET = re.compile(r"(\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(?:Z|UTC|[+-]\d{2}(?::?\d{2})?)$")


@dataclass(frozen=True)
class _Layout:
    columns: dict[str, tuple[str, ...]]   # role -> header names that mean it (normalized)
    date_formats: tuple[str, ...]
    date_hint: str                        # shown when a date does not parse
    numbers: str                          # "plain", "dollar" ($1,234.50) or "abbreviated" (12.5M)


_OHLC = {"open": ("open",), "high": ("high",), "low": ("low",), "close": ("close",)}
_ISO_HINT = "YYYY-MM-DD or YYYY-MM-DD HH:MM:SS"
LAYOUTS = {
    "yahoo": _Layout({"date": ("date", "datetime"), **_OHLC, "volume": ("volume",)},
                     (ISO,), _ISO_HINT, "plain"),
    "stooq": _Layout({"date": ("date",), "time": ("time",), **_OHLC, "volume": ("volume", "vol")},
                     (ISO,), _ISO_HINT, "plain"),
    "nasdaq": _Layout({"date": ("date",), **_OHLC, "close": ("close/last", "close"),
                       "volume": ("volume",)},
                      ("%m/%d/%Y", ISO), "MM/DD/YYYY", "dollar"),
    "investing": _Layout({"date": ("date",), **_OHLC, "close": ("price", "close"),
                          "volume": ("vol.", "vol", "volume")},
                         ("%m/%d/%Y", "%b %d, %Y", ISO), "MM/DD/YYYY or 'Nov 21, 2026'",
                         "abbreviated"),
    "closes": _Layout({"date": ("date", "datetime"), "close": ("close", "rate", "price"),
                       "volume": ("volume",)}, (ISO,), _ISO_HINT, "plain"),
    "generic": _Layout({}, (ISO,), _ISO_HINT, "plain"),
}


@dataclass
class ParsedBars:
    """Bars read from one file. The arrays hold only the rows that passed every check, sorted by
    time; `errors` lists every failure. A file with any error must not be written at all."""
    format: str
    ts: np.ndarray
    open: np.ndarray
    high: np.ndarray
    low: np.ndarray
    close: np.ndarray
    volume: np.ndarray
    rows: int                                   # data rows read (blank lines not counted)
    errors: list[FieldError] = field(default_factory=list)
    lines: np.ndarray | None = None             # the file line of each bar (None: not from a file)
    # yfinance's history() or download() layout without an Adj Close column: its prices are
    # adjusted for dividends and splits (auto_adjust=True, the default of both), where the app
    # keeps raw prices
    looks_adjusted: bool = False

    def __len__(self) -> int:
        return len(self.ts)

    @property
    def ok(self) -> bool:
        return not self.errors and len(self.ts) > 0

    @property
    def intraday(self) -> bool:
        """True when some bar is not at midnight (minute or hour bars)."""
        return bool(len(self.ts)) and bool(np.any(self.ts % 86400))

    @property
    def first(self) -> date | datetime | None:
        return _when(self.ts[0]) if len(self.ts) else None

    @property
    def last(self) -> date | datetime | None:
        return _when(self.ts[-1]) if len(self.ts) else None


def _when(ts: np.int64) -> date | datetime:
    """A date for a daily bar (midnight), else the naive local date-time."""
    moment = datetime.fromtimestamp(int(ts), tz=timezone.utc).replace(tzinfo=None)
    return moment.date() if int(ts) % 86400 == 0 else moment


def detect_format(header: list[str]) -> str | None:
    """Which vendor wrote a file with this header, or None when it is not recognised."""
    names = [normalize(name) for name in header]
    present = set(names)
    if "close/last" in present:
        return "nasdaq"
    if "price" in present and present & {"vol.", "change %"}:
        return "investing"
    if not present & {"date", "datetime"}:
        return None
    if not {"open", "high", "low"} & present and present & {"close", "rate", "price"}:
        return "closes"
    if not {"open", "high", "low", "close"} <= present:
        return None
    if present & (ADJ_CLOSE_NAMES | {"dividends", "stock splits", "datetime"}):
        return "yahoo"
    if _is_yfinance_download(header):
        return "yahoo"
    return "stooq"


def _is_yfinance_download(header: list[str]) -> bool:
    """yfinance's download() writes its columns in this order (Adj Close first when asked for)."""
    names = [normalize(name) for name in header]
    return names[:6] == ["date", "close", "high", "low", "open", "volume"]


def parse_price_csv(source: str | Path | IO, fmt: str | None = None,
                    mapping: dict[str, str] | None = None) -> ParsedBars:
    """Read and check every row of a price file (see the module docstring for the layouts).

    Raises TrackerError only when the file cannot be read or the arguments are wrong; problems in
    the file itself come back in `errors` with their line numbers.
    """
    if fmt is not None and fmt not in FORMATS:
        raise TrackerError(f"unknown price format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if mapping is not None and fmt not in (None, "generic"):
        raise TrackerError("a column mapping goes with the generic format only")
    head = read_head(source)
    if head.problem:
        return _refused(fmt or "", head.problem)
    if not head.header:
        return _refused(fmt or "", FieldError(
            "header", "the file is empty; expected a header line such as "
            "Date,Open,High,Low,Close,Volume", line=1))
    if mapping is not None:
        fmt = "generic"
    fmt = fmt or detect_format(head.header)
    if fmt is None:
        return _refused("", FieldError(
            "header", "columns not recognised as a Yahoo, Stooq, Nasdaq or Investing.com file; "
            "give a column mapping for date, open, high, low, close and volume",
            line=1, text=",".join(head.header)))
    layout = LAYOUTS[fmt]
    columns, error = _resolve_columns(head.header, layout, mapping)
    if error:
        return _refused(fmt, error)
    table, error = _read_table(head, columns, fast=layout.numbers == "plain")
    if error:
        return _refused(fmt, error)
    check = _Check(fmt, layout, head, columns, table)
    if check.found and (table.dtypes == np.float64).any():
        # Only for a refused file: read again as text so each error quotes the cell as written.
        table, _ = _read_table(head, columns, fast=False)
        check = _Check(fmt, layout, head, columns, table)
    parsed = check.parsed()
    names = {normalize(name) for name in head.header}
    parsed.looks_adjusted = (fmt == "yahoo" and not names & ADJ_CLOSE_NAMES
                             and ("dividends" in names or _is_yfinance_download(head.header)))
    return parsed


def _refused(fmt: str, error: FieldError) -> ParsedBars:
    empty = np.empty(0, dtype=np.float64)
    return ParsedBars(fmt, np.empty(0, dtype=np.int64), empty, empty.copy(), empty.copy(),
                      empty.copy(), empty.copy(), 0, [error])


def _resolve_columns(header: list[str], layout: _Layout, mapping: dict[str, str] | None
                     ) -> tuple[dict[str, int], FieldError | None]:
    """Role -> column index in the file."""
    names = [normalize(name) for name in header]
    if mapping is not None:
        unknown = sorted(set(mapping) - set(ROLES))
        if unknown:
            return {}, FieldError("mapping", f"unknown role {unknown[0]!r}; roles are "
                                  + ", ".join(ROLES))
        wanted = {role: (normalize(column),) for role, column in mapping.items() if column}
    elif layout.columns:
        wanted = layout.columns
    else:
        return {}, FieldError("mapping", "the generic format needs a column mapping "
                              "(date, open, high, low, close, volume)")
    close_only = not any(role in wanted for role in CLOSE_ONLY)
    unmapped = [role for role in ROLES
                if mapping is not None and role not in wanted and role not in OPTIONAL_ROLES
                and not (close_only and role in CLOSE_ONLY)]
    if unmapped:
        return {}, FieldError("mapping", "choose a column for " + ", ".join(unmapped))
    columns: dict[str, int] = {}
    missing = []
    for role in ROLES:
        choices = wanted.get(role, ())
        index = next((names.index(name) for name in choices if name in names), None)
        if index is not None:
            columns[role] = index
        elif close_only and role in CLOSE_ONLY:
            continue
        elif role not in OPTIONAL_ROLES or (mapping is not None and role in wanted):
            missing.append(mapping[role] if mapping else role.capitalize())
    if missing:
        return {}, FieldError("header", "column not found: " + ", ".join(missing),
                              line=1, text=",".join(header))
    return columns, None


def _read_table(head: CsvHead, columns: dict[str, int], fast: bool
                ) -> tuple[pd.DataFrame | None, FieldError | None]:
    """Every column as a frame, one row per file line after the header (blank lines kept so row i
    is line `first_data_line + i`). The fast path parses plain numbers in C; any cell that is not
    a number sends the file through the text path, which can say which cell it was.

    One column more than the header (more when the first row is wider) is read, so that a row with
    more fields than the header is refused with its line instead of silently cut (an unquoted
    `1,234.50` does that); a trailing delimiter on every row leaves it empty and is allowed."""
    width = len(head.header)
    if any(cell.strip() for cell in head.sample[width:]):
        return None, _too_wide(head, len(head.sample))
    read_width = max(width, len(head.sample)) + 1
    names = [f"c{i}" for i in range(read_width)]
    options = dict(sep=head.delimiter, header=None, skiprows=head.header_lines, names=names,
                   skip_blank_lines=False, index_col=False, encoding="utf-8-sig")
    text_roles = {columns[role] for role in ("date", "time") if role in columns}
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")        # every problem is reported by its line instead
            frame = None
            if fast:
                dtypes = {names[i]: str if i in text_roles or i >= width or not _numeric(head.sample, i)
                          else "float64" for i in range(read_width)}
                try:
                    frame = pd.read_csv(open_body(head), dtype=dtypes, keep_default_na=False,
                                        na_values=["", "null"], **options)
                except pd.errors.ParserError:
                    raise
                except (ValueError, OverflowError):
                    frame = None
            if frame is None:
                frame = pd.read_csv(open_body(head), dtype=str, na_filter=False, **options).fillna("")
    except pd.errors.ParserError as exc:
        return None, _parser_error(head, str(exc))
    except pd.errors.EmptyDataError:
        return pd.DataFrame({name: pd.Series([], dtype=str) for name in names[:width]}), None
    table, error = _within_header(head, frame, width)
    if error is not None and error.message == MULTILINE and fast:
        return _read_table(head, columns, fast=False)     # the text path can find the cell
    return table, error


def _parser_error(head: CsvHead, message: str) -> FieldError:
    """pandas' tokenizer error as a file line (pandas counts rows from 0 at the top of the file)."""
    found = re.search(r"Expected (\d+) fields in line (\d+), saw (\d+)", message)
    if found:
        return _too_wide(head, int(found.group(3)), int(found.group(2)))
    found = re.search(r"EOF inside string starting at row (\d+)", message)
    if found:
        return unclosed_quote(int(found.group(1)) + 1)
    reason = re.sub(r"^.*?C error: ", "", message).strip()
    return FieldError("file", f"not a well-formed CSV file: {reason}")


def _within_header(head: CsvHead, frame: pd.DataFrame, width: int
                   ) -> tuple[pd.DataFrame | None, FieldError | None]:
    """The frame's header columns, or the first row that has more fields than the header or a
    quoted cell running over several lines (row i is then no longer line first_data_line + i)."""
    filled = np.column_stack([
        (frame[name].notna() & (frame[name].astype(str).str.strip() != "")).to_numpy()
        for name in frame.columns[width:]]) if len(frame) else np.zeros((0, 1), dtype=bool)
    extra = filled.any(axis=1)
    if extra.any():
        row = int(np.flatnonzero(extra)[0])
        fields = width + int(np.flatnonzero(filled[row]).max()) + 1
        return None, _too_wide(head, fields, head.first_data_line + row)
    expected = head.lines - head.header_lines
    if head.lines and len(frame) < expected:
        return None, _multiline_cell(head, frame.iloc[:, :width])
    return frame.iloc[:, :width], None


MULTILINE = "a quoted cell runs over several lines"


def _multiline_cell(head: CsvHead, frame: pd.DataFrame) -> FieldError:
    found = [(int(np.flatnonzero(broken)[0]), k) for k, name in enumerate(frame.columns)
             if not pd.api.types.is_numeric_dtype(frame[name])
             and (broken := frame[name].astype(str).str.contains("[\r\n]", regex=True).to_numpy()).any()]
    if found:
        row, k = min(found)
        return FieldError(head.header[k], MULTILINE, line=head.first_data_line + row)
    return FieldError("file", MULTILINE, line=head.first_data_line)


def _too_wide(head: CsvHead, fields: int, line: int | None = None) -> FieldError:
    return FieldError("row", f"{fields} fields where the header has {len(head.header)} columns",
                      line=line or head.first_data_line)


def _numeric(sample: list[str], index: int) -> bool:
    """Whether the first data row holds a plain number (or nothing) in this column."""
    cell = sample[index].strip() if index < len(sample) else ""
    if cell.lower() in ("", "null"):
        return True
    try:
        float(cell)
    except ValueError:
        return False
    return True


class _Check:
    """Validates the raw table on construction; `parsed()` gives sorted arrays and the failures.

    Failures are kept as groups (rows, column, describe(row) -> FieldError) and only turned into
    FieldErrors, in line order, by `parsed()`."""

    def __init__(self, fmt: str, layout: _Layout, head: CsvHead, columns: dict[str, int],
                 table: pd.DataFrame):
        self.fmt, self.layout, self.head = fmt, layout, head
        self.columns = columns
        self.cells = {role: table[f"c{i}"] for role, i in columns.items()}
        self._texts: dict[str, np.ndarray] = {}             # raw cells, fetched for errors only
        self._field_counts: list[int] | None = None
        self.found: list[tuple[np.ndarray, int, Callable[[int], FieldError]]] = []
        self._validate(len(table))

    def name(self, role: str) -> str:
        return self.head.header[self.columns[role]]

    def fields_on(self, row: int) -> int:
        """How many fields the file's line of `row` holds. The parser pads a short line with
        empty cells; the file is read again (once, for errors only) to tell the two apart."""
        if self._field_counts is None:
            self._field_counts = field_counts(self.head)
        counts = self._field_counts
        return counts[row] if row < len(counts) else len(self.head.header)

    def line(self, row: int) -> int:
        return self.head.first_data_line + int(row)

    def raw(self, role: str, row: int) -> str:
        if role not in self._texts:
            self._texts[role] = self.cells[role].to_numpy(dtype=object)
        value = self._texts[role][row]
        if isinstance(value, float):
            return "" if np.isnan(value) else repr(float(value))
        return str(value)

    def report(self, mask: np.ndarray, role: str, message: str, text=None) -> None:
        """One error for each row where `mask` holds; `text(row)` defaults to the raw cell."""
        self.add(mask, self.columns[role], lambda row: FieldError(
            self.name(role), message, line=self.line(row),
            text=text(row) if text else self.raw(role, row)))

    def add(self, mask: np.ndarray, column: int, describe: Callable[[int], FieldError]) -> None:
        rows = np.flatnonzero(mask)
        if len(rows):
            self.found.append((rows, column, describe))

    def errors(self) -> list[FieldError]:
        """Every failure, by line and then by column."""
        if not self.found:
            return []
        rows = np.concatenate([group[0] for group in self.found])
        columns = np.concatenate([np.full(len(g[0]), g[1]) for g in self.found])
        groups = np.concatenate([np.full(len(g[0]), k) for k, g in enumerate(self.found)])
        order = np.lexsort((columns, rows))
        describers = [group[2] for group in self.found]
        return [describers[k](row) for k, row in zip(groups[order].tolist(), rows[order].tolist())]

    def parsed(self) -> ParsedBars:
        good, order = self.good, self.order
        empty = [] if self.rows else [FieldError("rows", "no price rows after the header",
                                                 line=self.head.first_data_line)]
        return ParsedBars(
            format=self.fmt, ts=self.ts[good][order],
            open=self.values["open"][good][order], high=self.values["high"][good][order],
            low=self.values["low"][good][order], close=self.values["close"][good][order],
            volume=self.volume[good][order], rows=self.rows,
            errors=empty + self.errors(),
            lines=(self.head.first_data_line + np.flatnonzero(good))[order])

    def _validate(self, n: int) -> None:
        blank = self._blank_rows(n)
        ts, ts_ok = self._times(blank)
        values, prices_ok, missing = {}, np.ones(n, dtype=bool), {}
        for role in PRICE_ROLES:
            if role in self.columns:
                values[role], usable, missing[role] = self._price(role, blank)
                prices_ok &= usable
        for role in CLOSE_ONLY:
            if role not in self.columns:      # a closes-only file: the bar is its close
                values[role], missing[role] = values["close"], np.zeros(n, dtype=bool)
        prices_ok &= self._missing_prices(missing)
        volume, volume_ok = self._volume(blank)
        range_ok = self._ranges(values, prices_ok)
        unique = self._duplicates(ts, ts_ok)
        self.good = ts_ok & prices_ok & range_ok & volume_ok & unique
        self.order = np.argsort(ts[self.good], kind="stable")
        self.ts, self.values, self.volume = ts, values, volume
        self.rows = int(n - blank.sum())

    def _blank_rows(self, n: int) -> np.ndarray:
        """Rows with nothing in any used column (a blank line, or a trailing `,,,,`)."""
        blank = np.ones(n, dtype=bool)
        for column in self.cells.values():
            empty = column.isna()
            if column.dtype != np.float64:
                empty |= column == ""
            blank &= empty.to_numpy()
        return blank

    def _times(self, blank: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Bar times (int64 seconds) and the mask of rows whose date (and time) parsed."""
        text = self.cells["date"].fillna("")
        moments = _parse_datetimes(text, self.layout.date_formats)
        ok = ~np.isnat(moments)
        failed = np.flatnonzero(~ok & ~blank)
        empty = (text.iloc[failed].str.strip() == "").to_numpy()
        missing, bad = np.zeros_like(ok), np.zeros_like(ok)
        missing[failed[empty]] = True
        bad[failed[~empty]] = True
        self.report(missing, "date", "date missing")
        self.report(bad, "date", f"not a date (expected {self.layout.date_hint})")
        seconds = np.where(ok, moments.astype("datetime64[s]").astype(np.int64), 0)
        out_of_range = ok & ((seconds < FIRST_BAR_TS) | (seconds > LAST_BAR_TS))
        self.report(out_of_range, "date", f"not a date from {FIRST_YEAR} to 9999")
        ok &= ~out_of_range
        if "time" in self.cells:
            clock = self.cells["time"].fillna("")
            of_day = _parse_datetimes(clock, TIME_FORMATS)
            time_bad = np.isnat(of_day) & ok
            self.report(time_bad, "time", "not a time of day (expected HH:MM:SS)")
            ok &= ~time_bad
            day_seconds = (of_day - np.datetime64("1900-01-01T00:00:00", "s")).astype(np.int64)
            # The Time column gives the time of day: added to the date's midnight.
            seconds = np.where(ok, seconds - seconds % 86400 + day_seconds, 0)
        return seconds.astype(np.int64), ok

    def _price(self, role: str, blank: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Values, the mask of rows where this price is usable, and the mask of empty cells."""
        values, missing, unreadable = _numbers(self.cells[role], self.layout.numbers, False)
        self.report(unreadable & ~blank, role, "not a number")
        infinite = np.isinf(values)
        self.report(infinite, role, "not a finite number")
        finite = np.isfinite(values)
        not_positive = np.zeros_like(finite)
        not_positive[finite] = values[finite] <= 0
        self.report(not_positive, role, "must be greater than 0")
        too_big = np.zeros_like(finite)
        too_big[finite] = values[finite] > float(MAX_AMOUNT)
        self.report(too_big, role, "must be at most 10^12")
        return values, finite & ~not_positive & ~too_big, missing & ~blank

    def _missing_prices(self, missing: dict[str, np.ndarray]) -> np.ndarray:
        """One error per row with empty price cells (Yahoo writes `null` on a day with no bar)."""
        missing = np.vstack([missing[role] for role in PRICE_ROLES])
        any_missing = missing.any(axis=0)

        def describe(row: int) -> FieldError:
            fields = self.fields_on(row)
            if fields < len(self.head.header):       # cut short, not empty cells
                return FieldError("row", f"{fields} fields where the header has {len(self.head.header)} columns",
                                  line=self.line(row))
            roles = [role for k, role in enumerate(PRICE_ROLES) if missing[k, row]]
            named = ", ".join(self.name(role) for role in roles)
            return FieldError(self.name(roles[0]), f"no price on this row ({named} empty or null)",
                              line=self.line(row), text=self.raw(roles[0], row))

        self.add(any_missing, self.columns.get("open", self.columns["close"]), describe)
        return ~any_missing

    def _volume(self, blank: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Volumes (0 where the file has none) and the mask of rows where volume is valid."""
        n = len(blank)
        if "volume" not in self.cells:
            return np.zeros(n, dtype=np.float64), np.ones(n, dtype=bool)
        values, missing, unreadable = _numbers(self.cells["volume"], self.layout.numbers, True)
        self.report(unreadable & ~blank, "volume", "not a number")
        infinite = np.isinf(values)
        self.report(infinite, "volume", "not a finite number")
        negative = np.zeros(n, dtype=bool)
        finite = np.isfinite(values)
        negative[finite] = values[finite] < 0
        self.report(negative, "volume", "must not be negative")
        too_big = np.zeros(n, dtype=bool)
        too_big[finite] = values[finite] > MAX_VOLUME
        self.report(too_big, "volume", "must be at most 10^12")
        values = np.where(missing, 0.0, values)
        return values, ~(unreadable | infinite | negative | too_big)

    def _ranges(self, v: dict[str, np.ndarray], usable: np.ndarray) -> np.ndarray:
        """low <= open, close <= high on rows whose four prices are valid."""
        if any(role not in self.columns for role in CLOSE_ONLY):    # closes only: nothing to compare
            return np.ones(len(usable), dtype=bool)
        high_top = v["high"] * (1 + RANGE_TOLERANCE)
        low_bottom = v["low"] * (1 - RANGE_TOLERANCE)
        inverted = usable & (high_top < v["low"])
        ordered = usable & ~inverted          # an inverted bar gets one error, not five
        checks = [
            (inverted, "high", "high is below low", ("high", "low")),
            (ordered & (v["open"] > high_top), "open", "open is above high", ("open", "high")),
            (ordered & (v["open"] < low_bottom), "open", "open is below low", ("open", "low")),
            (ordered & (v["close"] > high_top), "close", "close is above high", ("close", "high")),
            (ordered & (v["close"] < low_bottom), "close", "close is below low", ("close", "low")),
        ]
        ok = np.ones(len(usable), dtype=bool)
        for mask, role, message, pair in checks:
            self.report(mask, role, message, text=lambda row, pair=pair: ", ".join(
                f"{self.name(r)} {self.raw(r, row)}" for r in pair))
            ok &= ~mask
        return ok

    def _duplicates(self, ts: np.ndarray, usable: np.ndarray) -> np.ndarray:
        """False on every later row that repeats an earlier row's bar time."""
        rows = np.flatnonzero(usable)
        order = rows[np.argsort(ts[rows], kind="stable")]
        repeat = np.zeros(len(order), dtype=bool)
        repeat[1:] = ts[order][1:] == ts[order][:-1]
        unique = np.ones(len(ts), dtype=bool)
        if not repeat.any():
            return unique
        run_start = np.maximum.accumulate(np.where(repeat, 0, np.arange(len(order))))
        first_row = np.zeros(len(ts), dtype=np.int64)
        first_row[order[repeat]] = order[run_start[repeat]]
        unique[order[repeat]] = False
        what = "date and time" if np.any(ts[usable] % 86400) else "date"
        self.add(~unique, self.columns["date"], lambda row: FieldError(
            self.name("date"), f"duplicate bar: same {what} as line {self.line(first_row[row])}",
            line=self.line(row), text=self.raw("date", row)))
        return unique


def _numbers(column: pd.Series, style: str, volume: bool
             ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(values with NaN where unusable, missing-cell mask, not-a-number mask)."""
    if column.dtype == np.float64:       # fast path: NaN can only be an empty or `null` cell
        values = column.to_numpy(dtype=np.float64, copy=True)
        return values, np.isnan(values), np.zeros(len(values), dtype=bool)
    text = column.fillna("").str.strip()
    missing = text.str.lower().isin(MISSING).to_numpy()
    if style != "plain":
        text = text.str.replace("$", "", regex=False).str.replace(",", "", regex=False)
    scale = np.ones(len(text))
    if volume and style == "abbreviated":
        suffix = text.str[-1:].str.upper()
        abbreviated = suffix.isin(list(VOLUME_SUFFIXES)).to_numpy()
        scale[abbreviated] = suffix[abbreviated].map(VOLUME_SUFFIXES).to_numpy(dtype=np.float64)
        text = text.where(~abbreviated, text.str[:-1])
    values = pd.to_numeric(text, errors="coerce").to_numpy(dtype=np.float64) * scale
    values[missing] = np.nan
    unread = np.flatnonzero(np.isnan(values) & ~missing)
    if len(unread):      # pandas 2 coerces a number too large for a float ("1e309") to NaN: it is inf
        values[unread] = [_float_or_nan(text.iloc[i]) * scale[i] for i in unread]
    return values, missing, np.isnan(values) & ~missing


def _float_or_nan(cell: str) -> float:
    try:
        return float(cell)
    except ValueError:
        return math.nan


def _parse_datetimes(text: pd.Series, formats: tuple[str, ...]) -> np.ndarray:
    """datetime64[s] wall times (NaT where no format fits); UTC offsets are dropped."""
    result = np.full(len(text), NAT, dtype="datetime64[s]")
    todo = np.ones(len(text), dtype=bool)
    for stripped in (False, True):       # cells with stray spaces are retried trimmed
        for fmt in formats:
            rows = np.flatnonzero(todo)
            if not len(rows):
                return result
            part = text if len(rows) == len(text) else text.iloc[rows]
            part = part.str.strip() if stripped else part
            parsed = _to_wall_time(part, fmt)
            done = ~np.isnat(parsed)
            result[rows[done]] = parsed[done]
            todo[rows[done]] = False
    return result


def _to_datetime(text: pd.Series, fmt: str) -> pd.Series | None:
    """The cells as datetimes, or None when pandas cannot give one datetime column: pandas 3
    raises on offsets that differ across the file, pandas 2 returns plain objects instead."""
    with warnings.catch_warnings():          # a refused cell is reported by line, not warned about
        warnings.simplefilter("ignore")
        try:
            parsed = pd.to_datetime(text, format=fmt, errors="coerce")
        except ValueError:
            return None
    if not isinstance(parsed, pd.Series) or not pd.api.types.is_datetime64_any_dtype(parsed.dtype):
        return None
    return parsed


def _to_wall_time(text: pd.Series, fmt: str) -> np.ndarray:
    parsed = _to_datetime(text, fmt)
    if parsed is None:      # offsets differ across the file (daylight saving): drop them
        parsed = _to_datetime(text.str.replace(_UTC_OFFSET, r"\1", regex=True), fmt)
    if parsed is None:      # still mixed (an offset on a date without a time): none parse here
        return np.full(len(text), NAT, dtype="datetime64[s]")
    if getattr(parsed.dt, "tz", None) is not None:
        parsed = parsed.dt.tz_localize(None)        # keep the wall clock, forget the offset
    return parsed.to_numpy(dtype="datetime64[s]")
