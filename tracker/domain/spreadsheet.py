"""Cells of a CSV file that spreadsheet apps will open: keeping text from being run as a formula.

Excel, LibreOffice and Google Sheets read a cell that begins with `=`, `+`, `-` or `@` (and, in
some versions, a tab or carriage return) as a formula, so a note such as `=HYPERLINK(...)` in an
export would run when the file is opened. The usual guard, which those apps show as the plain text,
is a leading apostrophe; our importer removes it again, so an export reads back unchanged.
"""
from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def guard_formula(cell: str) -> str:
    """`=1+1` -> `'=1+1`; a cell already written `'=1+1` gets a second apostrophe, so that reading
    it back gives exactly what was stored; any other cell as it is."""
    return "'" + cell if cell.lstrip("'").startswith(FORMULA_STARTS) else cell


def unguard_formula(cell: str) -> str:
    """The inverse of `guard_formula`: `'=1+1` -> `=1+1`, `''=1` -> `'=1`; any other cell as it is."""
    return cell[1:] if cell.startswith("'") and cell.lstrip("'").startswith(FORMULA_STARTS) else cell
