"""What every activity file parses into, whatever its format: the records to add, each with its
file line, its import key and the broker's account, and what the file holds that is not imported
(with the reason), so that a preview can show all three before anything is written."""
from __future__ import annotations

from dataclasses import dataclass, field

from tracker.domain.model import FieldError


@dataclass
class Entry:
    record: object                  # Trade, Dividend, Fee, Conversion or CorporateAction (id None)
    line: int                       # the file line it was read from (1-based)
    key: str | None = None          # import key: importing the same row again adds nothing
    account: str = ""               # the broker's account id or the file's account name; "" = default
    to_account: str = ""            # conversions and transfers: the receiving account's


@dataclass(frozen=True)
class Skipped:
    """A row of the file that is not imported, and why (another security, a deposit, ...)."""
    line: int
    what: str
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.what}: {self.reason}"


@dataclass
class ParsedActivities:
    format: str                                             # "csv", "ibkr-flex", "mapped", "export"
    entries: list[Entry] = field(default_factory=list)
    offered: list[Skipped] = field(default_factory=list)    # corporate actions: shown, never applied
    offered_records: list[Entry] = field(default_factory=list)   # the splits among them, recorded only
                                                            # when the user asks
    skipped: list[Skipped] = field(default_factory=list)
    cancelled: list[Skipped] = field(default_factory=list)  # rows a reversal in the file cancels
    rows: int = 0
    errors: list[FieldError] = field(default_factory=list)
    accounts: list = field(default_factory=list)            # Account records the file describes (export)
    cancel_keys: list[tuple[int, str]] = field(default_factory=list)   # (line, import key) a reversal
                                                            # cancels: a row imported before goes

    def line_of(self) -> dict[int, int]:
        """id(record) -> file line: a history problem found later is named by its line."""
        return {id(e.record): e.line for e in self.entries}


def from_trades(parsed, fmt: str = "csv", accounts: list[str] | None = None) -> ParsedActivities:
    """A trade-only parse (importers.trades.ParsedTrades) as activities."""
    accounts = accounts or [""] * len(parsed.trades)
    return ParsedActivities(fmt, [Entry(t, line, key, account) for t, line, key, account
                                  in zip(parsed.trades, parsed.lines, parsed.keys, accounts)],
                            rows=parsed.rows, errors=list(parsed.errors))
