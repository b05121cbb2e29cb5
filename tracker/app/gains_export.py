"""Closed lots as CSV, safe to open in a spreadsheet.

A text cell that begins with =, +, - or @ is a formula to Excel, LibreOffice and Google Sheets,
so such cells get a leading ' as those applications expect (tracker.domain.spreadsheet). Numbers the ledger computed (a loss
reads -12.50) are written as plain decimals and stay numbers, so a column can still be summed: a
number cannot be a formula. Dates are ISO 8601.
"""
from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

from tracker.domain.gains import TaxYearStart, YearGains
from tracker.domain.spreadsheet import guard_formula
from tracker.errors import TrackerError

# `account` comes last: a spreadsheet built on the columns before it keeps working
COLUMNS = ("tax_year", "symbol", "currency", "bought", "sold", "holding_days", "quantity", "proceeds",
           "cost", "gain", "return", "account")


def _plain(value) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return f"{value:f}"
    return str(value)


def gains_rows(years: list[YearGains], account_names: dict[int, str] | None = None) -> list[list[str]]:
    """One row per closed lot; `account_names` (id -> name) fills the account column (the account
    the sell was in), which stays empty without it."""
    names = account_names or {}
    rows = []
    for y in years:
        for lot in y.lots:
            ret = lot.return_fraction
            text = [guard_formula(v) for v in (y.label, lot.symbol, lot.currency)]
            rows.append(text + [_plain(v) for v in (
                lot.bought, lot.sold, lot.holding_days, lot.quantity, lot.proceeds, lot.cost, lot.gain,
                None if ret is None else ret.quantize(Decimal("0.000001")))])
            rows[-1].append(guard_formula(names.get(lot.account_id, "")))
    return rows


def write_gains_rows(handle, years: list[YearGains], account_names: dict[int, str] | None = None) -> None:
    """The header and one row per closed lot, to an open text file (or standard output)."""
    writer = csv.writer(handle)
    writer.writerow(COLUMNS)
    writer.writerows(gains_rows(years, account_names))


def write_gains_csv(path: str | Path, years: list[YearGains], start: TaxYearStart,
                    account_names: dict[int, str] | None = None) -> Path:
    """One row per closed lot, grouped by tax year; written whole or not at all."""
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    try:
        with open(tmp, "w", newline="", encoding="utf-8") as handle:
            write_gains_rows(handle, years, account_names)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise TrackerError(f"{path}: cannot write ({exc.strerror or exc})") from None
    return path
