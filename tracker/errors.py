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


class DatabaseProblem(TrackerError):
    """The database file cannot be used as it is. `kind` says why, so the window can offer the
    automatic backups when restoring one is the way out."""

    RESTORABLE = frozenset({"damaged", "not-a-database", "newer"})

    def __init__(self, message: str, path, kind: str):
        super().__init__(message)
        self.path = path
        self.kind = kind

    @property
    def restorable(self) -> bool:
        return self.kind in self.RESTORABLE
