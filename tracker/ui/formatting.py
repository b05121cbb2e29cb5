"""How numbers read on screen: thousands separators, a fixed number of decimals, the currency code.

Plain functions on `Decimal` / `float` so the table, the summary cards and the dialogs agree. The
digits come from the exact Decimal (never through a float); the separators and written-out dates
follow the interface's locale (`use_locale`, called when the language is installed).
"""
from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from tracker.domain.money import quantize_money


class _Locale:
    """The separators of the interface's locale, and whether dates are written the Chinese way."""

    group, point = ",", "."
    chinese = False
    week = "周"        # 週 in Traditional Chinese


def use_locale(group: str, point: str, chinese: bool, traditional: bool = False) -> None:
    _Locale.group, _Locale.point, _Locale.chinese = group, point, chinese
    _Locale.week = "週" if traditional else "周"


def locale_key() -> tuple:
    """What the texts made here depend on: a view keeping texts keeps them under this key (the
    language can change while the window's arrays stay the same)."""
    return _Locale.group, _Locale.point, _Locale.chinese, _Locale.week


def _separators(text: str) -> str:
    if (_Locale.group, _Locale.point) == (",", "."):
        return text
    return text.replace(",", "\0").replace(".", _Locale.point).replace("\0", _Locale.group)

DASH = "–"   # shown where a figure cannot be computed (no price yet, nothing sold, ...)

# HKEX quotes in steps of 0.001 HKD below 0.25, but Alibaba's price range needs 2 decimals; NYSE too.
MONEY_DECIMALS = 2
PRICE_DECIMALS = 2


def _quantized(value: Decimal | float, decimals: int) -> Decimal:
    return quantize_money(Decimal(str(value)), decimals)


def number(value: Decimal | float | None, decimals: int = 2, signed: bool = False) -> str:
    """`1234.5` -> `1,234.50`; `signed` puts `+` on gains (and `−` is always shown on losses)."""
    if value is None:
        return DASH
    q = _quantized(value, decimals)
    if q == 0:
        q = abs(q)   # no "-0.00"
    text = _separators(f"{q:,.{decimals}f}")
    if signed and q > 0:
        text = "+" + text
    return text


def money(value: Decimal | float | None, currency: str = "", signed: bool = False,
          decimals: int = MONEY_DECIMALS) -> str:
    """`12,345.67 USD`; a dash when the value is unknown."""
    if value is None:
        return DASH
    text = number(value, decimals, signed)
    return f"{text} {currency}" if currency else text


def price(value: Decimal | float | None, currency: str = "", max_decimals: int = 6) -> str:
    """A unit price: at least two decimals, more when the price has them (12.3456), at most
    `max_decimals` (an average cost is a quotient and may have many)."""
    if value is None:
        return DASH
    places = max(PRICE_DECIMALS, -Decimal(str(value)).normalize().as_tuple().exponent)
    return money(value, currency, decimals=min(places, max_decimals))


def quantity(value: Decimal | None) -> str:
    """Units held or traded: no trailing zeros (`1,200`, `0.5`)."""
    if value is None:
        return DASH
    q = Decimal(value).normalize()
    places = max(0, -q.as_tuple().exponent)
    return _separators(f"{q:,.{places}f}")


def count(value: int) -> str:
    """A whole count with thousands separators: `12,560`."""
    return _separators(f"{value:,}")


def percent(value: Decimal | float | None, signed: bool = True, decimals: int = 2) -> str:
    """A fraction shown as a percentage: `0.1234` -> `+12.34%`."""
    if value is None:
        return DASH
    return number(Decimal(str(value)) * 100, decimals, signed) + "%"


def day(value: date | None) -> str:
    """ISO 8601 (2026-02-12): unambiguous in every language, and sorts."""
    return value.isoformat() if value else DASH


def _qlocale_text(value: date, pattern: str) -> str:
    """A date in the interface locale's own words (QLocale: 周四 in zh_CN, 週四 in zh_HK / zh_TW)."""
    from PySide6.QtCore import QDate, QLocale
    return QLocale().toString(QDate(value.year, value.month, value.day), pattern)


def weekday(value: date) -> str:
    """`Thu`, or `周四` (週四)."""
    return _qlocale_text(value, "ddd") if _Locale.chinese else value.strftime("%a")


def long_day(value: date, weekday: bool = True, year: bool = True) -> str:
    """A date written out: `Thu 12 Feb 2026` (the English layout the app has always shown), or
    through QLocale in Chinese: `2026年2月12日 周四` (週四)."""
    if _Locale.chinese:
        return _qlocale_text(value, ("yyyy年" if year else "") + "M月d日" + (" ddd" if weekday else ""))
    pattern = ("%a " if weekday else "") + "%d %b" + (" %Y" if year else "")
    return value.strftime(pattern)


def chinese() -> bool:
    return _Locale.chinese


def quarter_label(fq) -> str:
    """Alibaba's fiscal quarter both ways: `FY2026 Q2 · September quarter 2025`, in Chinese
    `2026财年Q2 · 2025年9月季度` (財年 in Traditional Chinese)."""
    if not _Locale.chinese:
        return fq.label
    return f"{fiscal_quarter_label(fq)} · {fq.end.year}年{fq.end.month}月季度"


def fiscal_quarter_label(fq) -> str:
    """`FY2026 Q2`, or `2026财年Q2`."""
    if not _Locale.chinese:
        return fq.fiscal_label
    return f"{fiscal_year_label(fq.fiscal_year)}Q{fq.quarter}"


def fiscal_year_label(year: int) -> str:
    """`FY2026`, or `2026财年` (財年 in Traditional Chinese)."""
    if not _Locale.chinese:
        return f"FY{year}"
    return f"{year}{'財年' if _Locale.week == '週' else '财年'}"


MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December")
_MONTH_YEAR = re.compile(r"^(?P<month>[A-Z][a-z]+) (?P<year>\d{4})$")


def month_text(text: str) -> str:
    """A month written in English by the bundled data (`March 2027`): `2027年3月` in Chinese."""
    found = _MONTH_YEAR.match(text or "")
    if not _Locale.chinese or found is None or found.group("month") not in MONTH_NAMES:
        return text
    return f"{found.group('year')}年{MONTH_NAMES.index(found.group('month')) + 1}月"


SHORT_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def short_month(month: int) -> str:
    """`Mar`, or the locale's own short name through QLocale (`3月`)."""
    if not _Locale.chinese:
        return SHORT_MONTHS[month - 1]
    from PySide6.QtCore import QLocale
    return QLocale().standaloneMonthName(month, QLocale.FormatType.ShortFormat)


def month_and_day(value: date) -> str:
    """`Mar 12`, or `3月12日` (QLocale)."""
    if not _Locale.chinese:
        return f"{SHORT_MONTHS[value.month - 1]} {value.day}"
    return _qlocale_text(value, "MMMd日")


def month(value: date) -> str:
    """`Feb 2026`, or `2026年2月`."""
    return f"{value.year}年{value.month}月" if _Locale.chinese else value.strftime("%b %Y")


def sign(value: Decimal | float | None) -> int:
    """+1 gain, -1 loss, 0 flat or unknown: what decides green or red."""
    if value is None:
        return 0
    return (value > 0) - (value < 0)
