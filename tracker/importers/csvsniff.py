"""The first lines of a CSV file: its delimiter, its header, and where the data starts.

Both importers read the header themselves before handing the body to a CSV parser, so they can
recognise a vendor's layout and number every data row by its line in the file (header = line 1).
"""
from __future__ import annotations

import codecs
import csv
import io
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from tracker.domain.model import FieldError
from tracker.errors import TrackerError, ValidationError

ENCODING = "utf-8-sig"   # Excel and Investing.com exports start with a byte-order mark
PEEK_LINES = 4
# No price or trade row comes near this (a trade with a 1,000-character note is under 1,100); a
# longer line is a file of something else, or no text at all (/dev/zero). The same figure is the
# csv module's field limit, so no single-line field can go over it.
MAX_LINE = 131_072
MAX_FILE_BYTES = 1 << 30      # 1 GiB: about 15 million price bars; a bigger file is split first
_CHUNK = 1 << 20
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


@dataclass(frozen=True)
class CsvHead:
    """What the top of a file says. `header` is empty for an empty file, or when `problem` says why
    the file cannot be read as CSV text at all (then nothing else is filled in)."""
    header: list[str]
    delimiter: str
    header_lines: int          # lines before the first data row (3 for yfinance's stacked header)
    body: str | Path           # a path, or the whole text when the source was not a UTF-8 file
    sample: list[str]          # the first data row's cells ([] when there is none in the peek)
    lines: int = 0             # physical lines in the file (a last line without a break counts)
    problem: FieldError | None = None

    @property
    def first_data_line(self) -> int:
        return self.header_lines + 1


def normalize(name: str) -> str:
    """A header cell as compared with known names: trimmed, lower case, Stooq's <ANGLE> off."""
    return name.strip().strip('"').strip().strip("<>").strip().lower()


def read_head(source: str | Path | IO) -> CsvHead:
    """Peek at the header of a path or an open text/binary file, after checking that the whole
    file is UTF-8 (or UTF-16 with a byte-order mark) text with lines of sane length.

    Raises TrackerError when the file cannot be opened; what is wrong inside the file comes back
    as `problem`, naming the file line; an empty file gives an empty header.
    """
    if isinstance(source, (str, Path)):
        path = Path(source)
        try:
            with open(path, "rb") as handle:
                scan = _scan(handle, _regular_size(handle))
        except OSError as exc:
            raise TrackerError(f"file: cannot read {str(path)!r}: {exc.strerror or exc}") from None
        except ValueError:          # a NUL character in the name
            raise TrackerError(f"file: cannot read {str(path)!r}: no such file") from None
        body: str | Path = path if scan.text is None else scan.text
    else:
        data = source.read(MAX_FILE_BYTES + 1)
        if isinstance(data, str):
            data = data.encode("utf-8", "surrogatepass")   # a lone surrogate is refused as not UTF-8
        scan = _scan(io.BytesIO(data), len(data))
        # a file that is not UTF-8 is refused by `scan.problem` below, naming the line
        body = scan.text if scan.text is not None else data.decode(ENCODING, "replace" if scan.problem else "strict")
    if scan.problem:
        return CsvHead([], ",", 1, body, [], scan.lines, scan.problem)
    if isinstance(body, Path):
        with open(body, encoding=ENCODING, newline="") as handle:
            lines = [handle.readline() for _ in range(PEEK_LINES)]
    else:
        lines = body.removeprefix("\ufeff").splitlines(keepends=True)[:PEEK_LINES]
    lines = [line.rstrip("\r\n") for line in lines]
    first = lines[0] if lines else ""
    if not first.strip():
        return CsvHead([], ",", 1, body, [], scan.lines)
    delimiter = _delimiter(first)
    rows = [next(csv.reader([line], delimiter=delimiter), []) for line in lines if line]
    header = [cell.strip() for cell in rows[0]]
    header_lines = 1
    if _is_stacked_yfinance_header(rows):
        # yfinance >= 0.2.48 download(): "Price,Close,...", "Ticker,BABA,...", "Date,,,..."
        header = [rows[2][0].strip()] + header[1:]
        header_lines = 3
    sample = rows[header_lines] if len(rows) > header_lines else []
    return CsvHead(header, delimiter, header_lines, body, sample, scan.lines)


@dataclass
class _Scan:
    lines: int = 0
    problem: FieldError | None = None
    text: str | None = None       # the decoded text, when the file is not UTF-8 (UTF-16 with BOM)


def _regular_size(handle) -> int | None:
    """The size of a regular file; None for a device, pipe or socket (read until a limit)."""
    info = os.fstat(handle.fileno())
    return info.st_size if stat.S_ISREG(info.st_mode) else None


def _scan(handle: IO[bytes], size: int | None) -> _Scan:
    """Read the whole file once, in chunks (memory stays flat whatever the file), and refuse it
    on the first line that is too long, holds a NUL byte or is not UTF-8."""
    if size is not None and size > MAX_FILE_BYTES:
        return _Scan(problem=FieldError(
            "file", f"is {size / (1 << 20):,.0f} MB; at most {MAX_FILE_BYTES >> 20:,} MB can be "
            "imported at once (split it into several files)"))
    start = handle.read(4)
    encoding = next((name for bom, name in _BOMS if start.startswith(bom)), "utf-8")
    if encoding == "utf-16":
        raw = start + handle.read(MAX_FILE_BYTES)
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            line = raw[:exc.start].decode("utf-16", "replace").count("\n") + 1
            return _Scan(problem=FieldError("file", "not UTF-16 text after its byte-order mark; "
                                            "save the file as UTF-8 CSV", line=line))
        result = _scan(io.BytesIO(text.encode("utf-8", "surrogatepass")), None)
        result.text = text if result.problem is None else None
        return result
    decoder = codecs.getincrementaldecoder("utf-8")()
    lines, run, total, chunk = 0, 0, 0, start
    previous_cr = False
    while chunk:
        problem = _chunk_problem(chunk, lines, run, decoder)
        if problem:
            return _Scan(lines, problem)
        breaks = _breaks(chunk)
        if previous_cr and chunk.startswith(b"\n"):
            breaks -= 1                       # a CRLF split across two chunks is one break
        lines += breaks
        last = max(chunk.rfind(b"\n"), chunk.rfind(b"\r"))
        run = run + len(chunk) if last < 0 else len(chunk) - last - 1
        previous_cr = chunk.endswith(b"\r")
        total += len(chunk)
        if total > MAX_FILE_BYTES:
            return _Scan(lines, FieldError("file", f"is over {MAX_FILE_BYTES >> 20:,} MB; split it "
                                           "into several files"))
        chunk = handle.read(_CHUNK)
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return _Scan(lines, _not_utf8(lines + 1))
    return _Scan(lines + (1 if run else 0))


def _chunk_problem(chunk: bytes, lines_before: int, run: int, decoder) -> FieldError | None:
    """The first thing in `chunk` that makes the file unreadable, with its file line."""
    def line_at(offset: int) -> int:
        return lines_before + _breaks(chunk[:offset]) + 1

    nul = chunk.find(b"\0")
    if nul >= 0:
        return FieldError("file", "holds NUL bytes: not a text CSV file (UTF-16 without a "
                          "byte-order mark, or binary data); save it as UTF-8 CSV", line=line_at(nul))
    long_at = _long_line(chunk, run)
    if long_at is not None:
        return FieldError("file", f"a line is longer than {MAX_LINE:,} characters: not a CSV file "
                          "of prices or trades", line=line_at(long_at))
    if chunk.isascii() and not decoder.getstate()[0]:
        return None                            # plain ASCII: valid UTF-8, nothing left pending
    try:
        decoder.decode(chunk)
    except UnicodeDecodeError as exc:
        # the decoder keeps up to 3 bytes of an unfinished character from the chunk before
        offset = max(exc.start - (len(exc.object) - len(chunk)), 0)
        return _not_utf8(line_at(offset), chunk[offset:offset + 1])
    return None


def _breaks(data: bytes) -> int:
    """Line breaks in `data`: LF, CRLF and a lone CR each count one (as the csv module reads them)."""
    lf = data.count(b"\n")
    cr = data.count(b"\r")
    return lf if not cr else lf + cr - data.count(b"\r\n")


def _long_line(chunk: bytes, run: int) -> int | None:
    """Offset in `chunk` where a line (already `run` bytes long before it) passes MAX_LINE."""
    breaks = [chunk.find(b"\n"), chunk.find(b"\r")]
    first = min((b for b in breaks if b >= 0), default=len(chunk))
    if run + first > MAX_LINE:
        return max(MAX_LINE - run, 0)
    # Every stretch of MAX_LINE // 2 bytes holding a line break means no line is over MAX_LINE;
    # memchr over a few windows per chunk is all a normal file costs.
    step = MAX_LINE // 2
    for at in range(first, len(chunk), step):
        window = chunk[at:at + step + 1]
        if len(window) > step and b"\n" not in window and b"\r" not in window:
            return _exact_long_line(chunk, first)
    return None


def _exact_long_line(chunk: bytes, start: int) -> int | None:
    previous = start
    for match in re.finditer(rb"[\r\n]", chunk[start + 1:]):
        at = start + 1 + match.start()
        if at - previous - 1 > MAX_LINE:
            return previous + 1
        previous = at
    return previous + 1 if len(chunk) - previous - 1 > MAX_LINE else None


def _not_utf8(line: int, byte: bytes = b"") -> FieldError:
    shown = f" (byte 0x{byte[0]:02X})" if byte else ""
    return FieldError("file", f"not UTF-8 text{shown}; save the file as UTF-8 CSV "
                      "(in Excel: CSV UTF-8)", line=line)


def unclosed_quote(line: int) -> FieldError:
    """A quote that opens a field and is never closed: every line after it would be read as that
    one field (both the price and the trade importers refuse it in these words)."""
    return FieldError("file", 'a quote (") opens a field that never closes', line=line)


def read_text(path: str | Path) -> str:
    """The whole text of a file to import, checked as `read_head` checks it (ValidationError naming
    the line otherwise): for previews that show the file before it is parsed."""
    head = read_head(path)
    if head.problem:
        raise ValidationError([head.problem])
    if isinstance(head.body, Path):
        with open(head.body, encoding=ENCODING, newline="") as handle:
            return handle.read()
    return head.body


def field_counts(head: CsvHead) -> list[int]:
    """The number of fields on each line after the header, blank lines included (as 0)."""
    import csv
    text = head.body
    with (open(text, encoding=ENCODING, newline="") if isinstance(text, Path) else io.StringIO(text)) as stream:
        rows = csv.reader(stream, delimiter=head.delimiter)
        for _ in range(head.header_lines):
            next(rows, None)
        return [len(row) for row in rows]


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
