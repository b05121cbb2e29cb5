"""Errors a user can cause. Anything else is a bug and may show a traceback."""
from __future__ import annotations

from tracker.domain.model import FieldError


class TrackerError(Exception):
    """A problem with the user's input or data, worded for the user."""


class ValidationError(TrackerError):
    """One or more fields were refused; nothing was written."""

    def __init__(self, errors: list[FieldError]):
        self.errors = list(errors)
        shown = "; ".join(str(e) for e in self.errors[:20])
        more = f" (and {len(self.errors) - 20} more)" if len(self.errors) > 20 else ""
        super().__init__(shown + more)


class ImportCancelled(TrackerError):
    """The user cancelled an import; its transaction was rolled back."""
