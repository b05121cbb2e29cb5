"""Turning command-line text into domain values, with errors that name the option."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from tracker.domain import checks
from tracker.errors import ValidationError


def decimal_arg(text: str | None, field: str, default: Decimal | None = None) -> Decimal | None:
    if text is None:
        return default
    value, error = checks.parse_decimal(text, field)
    if error:
        raise ValidationError([error])
    return value


def date_arg(text: str | None, field: str) -> date | None:
    if text is None:
        return None
    value, error = checks.parse_date(text, field)
    if error:
        raise ValidationError([error])
    return value
