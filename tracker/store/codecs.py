"""Values to and from SQLite: Decimal as TEXT (never REAL), dates as ISO text."""
from __future__ import annotations

from datetime import date
from decimal import Decimal


def dec_out(value: Decimal | None) -> str | None:
    """Exact text; normalized so '10.00' and '10' compare and read the same."""
    if value is None:
        return None
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "0") else text


def dec_in(text: str | None) -> Decimal | None:
    return None if text is None or text == "" else Decimal(text)


def date_out(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def date_in(text: str | None) -> date | None:
    return None if not text else date.fromisoformat(text)
