"""Printing results for people and for scripts (`--json`)."""
from __future__ import annotations

import dataclasses
import json
import math
import re
import sys
import unicodedata
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from typing import Any


def jsonable(value: Any) -> Any:
    """Decimal -> JSON number, date -> ISO text, NaN -> null, dataclasses -> dicts."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() and abs(value) < 2**53 else float(value)
    if isinstance(value, float):
        return None if math.isnan(value) or math.isinf(value) else value
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    return value


def print_json(value: Any) -> None:
    text = json.dumps(jsonable(value), indent=2, ensure_ascii=False)
    # JSON escapes control characters itself; a lone surrogate (an undecodable byte) it would
    # write raw, which no UTF-8 terminal or pipe accepts
    sys.stdout.write(text.encode("utf-8", "backslashreplace").decode("utf-8") + "\n")


# C0 and C1 control characters, DEL, and the bidirectional overrides that can make a terminal show
# text other than what is stored; lone surrogates are bytes that were never UTF-8.
# Compiled on first use: the surrogate range makes it cost milliseconds, at every command's start.
_UNSAFE = "[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"


@lru_cache(maxsize=None)
def _unsafe() -> re.Pattern:
    return re.compile(_UNSAFE)


def terminal_text(text: str) -> str:
    """Text as it may be printed to a terminal: control characters shown as escapes (\\x1b, \\n)
    instead of acting on the screen."""
    if text.isascii() and text.isprintable():     # the usual case, without the pattern
        return text
    return _unsafe().sub(lambda m: m.group().encode("unicode_escape", "backslashreplace").decode("ascii"), text)


def print_table(headers: list[str], rows: list[list[Any]]) -> None:
    """A plain aligned table; numbers right-aligned."""
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [max([display_width(h)] + [display_width(r[i]) for r in cells]) for i, h in enumerate(headers)]
    numeric = [all(_is_number(row[i]) for row in rows if row[i] is not None) and rows for i in range(len(headers))]
    def fmt(values):
        def pad(i, v, w):
            gap = " " * (w - display_width(v))
            return gap + v if numeric[i] else v + gap
        return "  ".join(pad(i, v, w) for i, (v, w) in enumerate(zip(values, widths))).rstrip()
    print(fmt(headers))
    for row in cells:
        print(fmt(row))


def display_width(text: str) -> int:
    """Terminal columns `text` takes: a Chinese character (an account named 富途) takes two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 0 if unicodedata.combining(ch) else 1
               for ch in text)


def _cell(v: Any) -> str:
    if v is None:
        return "-"
    if isinstance(v, float):
        return f"{v:,.4f}"
    if isinstance(v, Decimal):
        return f"{v:,}"
    return terminal_text(str(v))


def _is_number(v: Any) -> bool:
    return isinstance(v, (int, float, Decimal)) and not isinstance(v, bool)
