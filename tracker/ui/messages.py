"""The entry dialogs' reasons in the interface's language.

The domain's checks write their reasons in English (the command line prints them as they are).
The ones a user meets most often in the entry dialogs are recognised here by their wording and
shown translated, with their figures kept; any other reason is shown as the domain wrote it.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP

from tracker.ui import i18n
from tracker.ui.i18n import tr

# (the domain's wording as a pattern, the translatable template with the same named parts)
PATTERNS = tuple((re.compile(f"^{pattern}$"), template) for pattern, template in (
    (r"required", QT_TRANSLATE_NOOP("", "required")),
    (r"a number is required", QT_TRANSLATE_NOOP("", "a number is required")),
    (r"must be a number", QT_TRANSLATE_NOOP("", "must be a number")),
    (r"must be greater than 0", QT_TRANSLATE_NOOP("", "must be greater than 0")),
    (r"must be more than zero", QT_TRANSLATE_NOOP("", "must be greater than 0")),
    (r"cannot be negative", QT_TRANSLATE_NOOP("", "cannot be negative")),
    (r"must not be negative", QT_TRANSLATE_NOOP("", "cannot be negative")),
    (r"must be less than (?P<limit>\S+)", QT_TRANSLATE_NOOP("", "must be less than {limit}")),
    (r"not a date: use YYYY-MM-DD", QT_TRANSLATE_NOOP("", "not a date: use YYYY-MM-DD")),
    (r"not a number", QT_TRANSLATE_NOOP("", "not a number")),
    (r"must be at most (?P<limit>\S+)", QT_TRANSLATE_NOOP("", "must be at most {limit}")),
    (r"must be at least (?P<limit>\S+)", QT_TRANSLATE_NOOP("", "must be at least {limit}")),
    (r"write the number without an exponent \(1000, not 1e3\)",
     QT_TRANSLATE_NOOP("", "write the number without an exponent (1000, not 1e3)")),
    (r"use a dot for decimals and commas only between groups of three digits \(1,234\.50\)",
     QT_TRANSLATE_NOOP("", "use a dot for decimals and commas only between groups of three digits (1,234.50)")),
    (r"a date is required \(YYYY-MM-DD\)", QT_TRANSLATE_NOOP("", "a date is required (YYYY-MM-DD)")),
    (r"no such date (?P<text>.+)", QT_TRANSLATE_NOOP("", "no such date {text}")),
    (r"(?P<day>\S+) is in the future", QT_TRANSLATE_NOOP("", "{day} is in the future")),
    (r"(?P<day>\S+) is before (?P<year>\d{4})", QT_TRANSLATE_NOOP("", "{day} is before {year}")),
    (r"(?P<day>\S+) is before (?P<symbol>\S+) first traded on (?P<first>\S+)",
     QT_TRANSLATE_NOOP("", "{day} is before {symbol} first traded on {first}")),
    (r"sell of (?P<quantity>\S+) (?P<symbol>\S+) on (?P<day>\S+) exceeds the (?P<held>\S+) held then",
     QT_TRANSLATE_NOOP("", "sell of {quantity} {symbol} on {day} exceeds the {held} held then")),
    (r"conversion of (?P<quantity>\S+) (?P<symbol>\S+) on (?P<day>\S+) exceeds the (?P<held>\S+) held then",
     QT_TRANSLATE_NOOP("", "conversion of {quantity} {symbol} on {day} exceeds the {held} held then")),
    (r"(?P<symbol>\S+) trades in (?P<currency>\S+), not (?P<other>\S+)",
     QT_TRANSLATE_NOOP("", "{symbol} trades in {currency}, not {other}")),
    (r"use USD, HKD or CNY", QT_TRANSLATE_NOOP("", "use USD, HKD or CNY")),
    # the chart markers' titles (app.earnings, app.buybacks, app.declared_dividends)
    (r"FY(?P<year>\d{4}) Q(?P<quarter>\d)", QT_TRANSLATE_NOOP("", "FY{year} Q{quarter}")),
    (r"Buyback FY(?P<year>\d{4})Q(?P<quarter>\d)", QT_TRANSLATE_NOOP("", "Buyback FY{year}Q{quarter}")),
    (r"Buyback program", QT_TRANSLATE_NOOP("", "Buyback program")),
    (r"Ex-dividend: (?P<title>.+)", QT_TRANSLATE_NOOP("", "Ex-dividend: {title}")),
    (r"a Tracker window \(process (?P<pid>\d+)\)", QT_TRANSLATE_NOOP("", "a Tracker window (process {pid})")),   # store.lock
    (r"another tracker command \(process (?P<pid>\d+)\)",
     QT_TRANSLATE_NOOP("", "another tracker command (process {pid})")),
    (r"(?P<count>\d+) of the 4 quarters to (?P<day>\S+) (?:has|have) no amount",     # app.buybacks
     QT_TRANSLATE_NOOP("", "{count} of the 4 quarters to {day} have no amount")),
    (r"name the currency the dividend was credited in",
     QT_TRANSLATE_NOOP("", "name the currency the dividend was credited in")),
    # accounts (app.tracker, domain.checks): the Accounts dialog and the messages of its changes
    (r"(?P<name>.+) is the account every activity without one belongs to; rename it instead",
     QT_TRANSLATE_NOOP("", "{name} is the account every activity without one belongs to; rename it instead")),
    (r"(?P<name>.+) still holds activities \(a (?P<kind>\w+) at least\); delete or move them first",
     QT_TRANSLATE_NOOP("", "{name} still holds activities; delete or move them first")),
    (r"an account named (?P<name>.+) already exists", QT_TRANSLATE_NOOP("", "an account named {name} already exists")),
    (r"an account needs a name", QT_TRANSLATE_NOOP("", "an account needs a name")),
))

# a FieldError's field, when it is shown outside its row ("price: must be greater than 0")
FIELD_NAMES = {
    "symbol": QT_TRANSLATE_NOOP("", "listing"), "side": QT_TRANSLATE_NOOP("", "side"),
    "date": QT_TRANSLATE_NOOP("", "date"), "quantity": QT_TRANSLATE_NOOP("", "quantity"),
    "price": QT_TRANSLATE_NOOP("", "price"), "fee": QT_TRANSLATE_NOOP("", "fee"),
    "total": QT_TRANSLATE_NOOP("", "total"), "note": QT_TRANSLATE_NOOP("", "note"),
    "gross": QT_TRANSLATE_NOOP("", "gross"), "withholding": QT_TRANSLATE_NOOP("", "withholding tax"),
    "currency": QT_TRANSLATE_NOOP("", "currency"), "amount": QT_TRANSLATE_NOOP("", "amount"),
    "fx_rate": QT_TRANSLATE_NOOP("", "exchange rate"), "received": QT_TRANSLATE_NOOP("", "received"),
    "name": QT_TRANSLATE_NOOP("", "name"), "account": QT_TRANSLATE_NOOP("", "account"),
}


def reason(message: str) -> str:
    """One reason in the interface's language (as written when its wording is not known here)."""
    for pattern, template in PATTERNS:
        found = pattern.match(message)
        if found:
            return tr(template).format(**found.groupdict())
    return message


def field_name(field: str) -> str:
    """The field in the interface's language; in English the domain's own name, as the command
    line prints it."""
    if not i18n.is_chinese():
        return field
    return tr(FIELD_NAMES[field]) if field in FIELD_NAMES else field


def with_input(message: str, text: str) -> str:
    """A reason with the text that was typed: `must be a number (got 'abc')`."""
    return tr("{reason} (got {text})").format(reason=reason(message), text=repr(text))

SOURCE_QUALITY = (QT_TRANSLATE_NOOP("", "primary source"), QT_TRANSLATE_NOOP("", "secondary source"))   # sourcing.label

FX_NAMES = (QT_TRANSLATE_NOOP("", "Hong Kong dollars per US dollar"),     # the bundled FX series' names
            QT_TRANSLATE_NOOP("", "Chinese yuan per US dollar"))


def error_line(error) -> str:
    """A FieldError as one line, `line 3: price: must be greater than 0 (got '-1')`, translated
    where its wording is known."""
    where = tr("line {line}: ").format(line=error.line) if error.line is not None else ""
    text = with_input(error.message, error.text) if error.text is not None else reason(error.message)
    return where + (field_reason(error.field, text) if error.field else text)


_FIELD_LINE = re.compile(r"^(?P<field>[a-z_]+): (?P<reason>.+)$")


def line(text: str) -> str:
    """A message from the layers below, one line at a time: `price: must be greater than 0` has
    its field and reason translated where known; other lines are shown as written."""
    def one(part: str) -> str:
        found = _FIELD_LINE.match(part)
        if found and found.group("field") in FIELD_NAMES:
            return field_reason(found.group("field"), reason(found.group("reason")))
        return reason(part)
    return "\n".join(one(part) for part in text.split("\n"))


def field_reason(field: str, text: str) -> str:
    """`price: must be greater than 0` (`价格：必须大于 0`)."""
    return tr("{field}: {reason}").format(field=field_name(field), reason=text)
