"""Importing activity files (our trade CSV, an IBKR Flex statement, any broker's CSV through a
mapping, our own export): which format a file is, what it would add, and the one transaction that
adds it.

The plan of an import, judged against the database as committed:
- a row whose import key is stored was imported before: skipped;
- a row equal to a stored activity in date, listing, side, quantity, price and fee (whatever its
  note) is a possible duplicate: skipped unless asked for. Each stored activity stands for one row
  only, so rows genuinely repeated within a file still import;
- the whole history with the new rows must hold (no sell of more than was held then): each problem
  is named by the file line of the row it is about, in the same pass as the rows' own problems.
"""
from __future__ import annotations

import io
from collections import Counter
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path

from tracker.domain import checks, ledger
from tracker.domain.model import Account, Conversion, CorporateAction, Dividend, Fee, FieldError, Trade, Transfer
from tracker.domain.money import plain
from tracker.errors import TrackerError
from tracker.importers.activities import Entry, ParsedActivities, Skipped

FORMATS = ("csv", "ibkr-flex", "mapped", "export", "json")
NAMED_FORMATS = ("csv", "ibkr-flex", "export", "json")      # what --format may name (a mapping is a preset)
MAX_FILE_BYTES = 256 << 20       # a Flex statement of a million trades is about 1 GB: split it


@dataclass
class ActivityImportReport:
    rows: int
    format: str = "csv"
    added: int = 0
    skipped: int = 0                         # imported before (their import key is stored)
    errors: list[FieldError] = field(default_factory=list)
    dry_run: bool = False
    preview: list[Entry] = field(default_factory=list)        # what is (or would be) added
    duplicates: list[Entry] = field(default_factory=list)     # possible duplicates of stored rows
    already: list[Entry] = field(default_factory=list)        # imported before (the `skipped` rows)
    include_duplicates: bool = False
    not_imported: list[Skipped] = field(default_factory=list)  # other securities, deposits, ...
    offered: list[Skipped] = field(default_factory=list)       # corporate actions, never applied
    splits_offered: int = 0                                    # of those, splits that can be recorded
    cancelled: list[Skipped] = field(default_factory=list)     # reversals and what they cancel
    added_ids: list[int] = field(default_factory=list)         # trade ids (the command line prints them)
    added_keys: list[str | None] = field(default_factory=list)
    added_records: list = field(default_factory=list)          # every record written, with its id
    new_accounts: list = field(default_factory=list)           # accounts the import makes (Account)
    corrected: list = field(default_factory=list)   # (stored, new): imported before, a later statement corrects it
    removed: list = field(default_factory=list)     # (stored, key): imported before, reversed since
    record_keys: list[str | None] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        """Records to add by kind, in a fixed order: {"trades": 3, "dividends": 1}."""
        counted = Counter(kind_of(e.record) for e in self.preview)
        return {kind: counted[kind] for kind in KINDS.values() if counted[kind]}


KINDS = {Trade: "trades", Dividend: "dividends", Fee: "fees", Conversion: "conversions",
         CorporateAction: "corporate actions", Transfer: "transfers"}


def kind_of(record) -> str:
    return KINDS.get(type(record), type(record).__name__.lower())


def _money(value) -> str:
    """An amount with at least its cents: 33.20, 72.155."""
    return f"{value.quantize(Decimal('0.01')) if value.as_tuple().exponent > -2 else value:f}"


def describe(record) -> str:
    """One row of a preview in words (amounts with their cents, quantities without trailing zeros)."""
    if isinstance(record, Trade):
        return (f"{record.trade_date} {record.side} {plain(record.quantity)} {record.symbol} at "
                f"{_money(record.price)} {record.currency}, fee {_money(record.fee)}")
    if isinstance(record, Dividend):
        return (f"{record.pay_date} dividend {record.symbol} {_money(record.gross)} {record.currency}"
                f", withholding {_money(record.withholding)}")
    if isinstance(record, Fee):
        return f"{record.fee_date} fee {record.symbol} {_money(record.amount)} {record.currency}"
    if isinstance(record, Conversion):
        return (f"{record.conversion_date} conversion of {plain(record.quantity)} {record.from_symbol} "
                f"to {record.to_symbol}")
    if isinstance(record, CorporateAction):
        return f"{record.effective} {record.kind} of {record.symbol} x{plain(record.factor)}"
    if isinstance(record, Transfer):
        return f"{record.transfer_date} transfer of {plain(record.quantity)} {record.symbol}, fee {_money(record.fee)}"
    return str(record)


# --- reading a file in whichever format it is ------------------------------------------------------
def file_bytes(source) -> bytes:
    """The whole file, read with a bound (a device such as /dev/zero never ends)."""
    if isinstance(source, (str, Path)):
        path = Path(source)
        try:
            with open(path, "rb") as handle:
                data = handle.read(MAX_FILE_BYTES + 1)
        except OSError as exc:
            raise TrackerError(f"file: cannot read {str(path)!r}: {exc.strerror or exc}") from None
        except ValueError:          # a NUL character in the name
            raise TrackerError(f"file: cannot read {str(path)!r}: no such file") from None
    else:
        data = source.read(MAX_FILE_BYTES + 1)
        data = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    if len(data) > MAX_FILE_BYTES:
        raise TrackerError(f"file: larger than {MAX_FILE_BYTES >> 20} MiB; split it first")
    return data


def head_of(path) -> bytes:
    """The first bytes of a file: enough to tell its format, whatever its size."""
    try:
        with open(path, "rb") as handle:
            return handle.read(4096)
    except OSError as exc:
        raise TrackerError(f"file: cannot read {str(path)!r}: {exc.strerror or exc}") from None
    except ValueError:          # a NUL character in the name
        raise TrackerError(f"file: cannot read {str(path)!r}: no such file") from None


def detect(head: bytes) -> str:
    from tracker.importers.ibkr_flex import looks_like_flex
    if looks_like_flex(head):
        return "ibkr-flex"
    text = head[:4096].decode("utf-8", "replace").lstrip("\ufeff \t\r\n")
    if text.startswith("{"):
        return "json"
    first = text.splitlines()[0].lower() if text else ""
    if first.replace(" ", "").startswith("kind,"):
        return "export"
    return "csv"


def parse(source, instruments, now, fmt: str | None = None, mapping=None) -> ParsedActivities:
    """The file's activities, its format detected from its content unless `fmt` says it."""
    if fmt is not None and fmt not in FORMATS:
        raise TrackerError(f"format: use one of {', '.join(FORMATS)} (got {fmt!r})")
    if mapping is not None:
        fmt = "mapped"
    elif fmt == "mapped":
        raise TrackerError("format: a broker's CSV is read through a preset (--preset NAME; tracker presets list)")
    data = None
    if not isinstance(source, (str, Path)):
        data = file_bytes(source)           # a stream is read once, whatever it holds
    if fmt is None:
        fmt = detect(data if data is not None else head_of(source))
    if fmt == "ibkr-flex":
        from tracker.importers.ibkr_flex import parse_flex
        return parse_flex(data if data is not None else source, instruments, now)
    if fmt == "json":
        data = data if data is not None else file_bytes(source)
        from tracker.importers.export_files import parse_json_export
        return parse_json_export(data, instruments, now)
    # a path is read again by the CSV readers, which check its text line by line
    text_source = source if isinstance(source, (str, Path)) or data is None else io.BytesIO(data)
    if fmt == "mapped":
        from tracker.importers.mapped import parse_mapped_csv
        return parse_mapped_csv(text_source, mapping, instruments, now)
    if fmt == "export":
        from tracker.importers.export_files import parse_csv_export
        return parse_csv_export(text_source, instruments, now)
    from tracker.importers.activities import from_trades
    from tracker.importers.trades import parse_trades_csv
    return from_trades(parse_trades_csv(text_source, instruments, now))


# --- what an import would add ----------------------------------------------------------------------
def _corrected(before, after) -> bool:
    """A dividend or fee imported before that the statement now reads otherwise (its note aside)."""
    if not isinstance(before, (Dividend, Fee)) or type(before) is not type(after):
        return False
    return replace(before, id=None, note="", account_id=after.account_id) != replace(after, note="")
def content(record) -> tuple:
    """What makes a row the same activity as a stored one, its note aside."""
    if isinstance(record, Trade):
        return ("trade", record.trade_date, record.symbol, record.side, record.quantity.normalize(),
                record.price.normalize(), record.fee.normalize())
    if isinstance(record, Dividend):
        return ("dividend", record.pay_date, record.symbol, record.gross.normalize(),
                record.withholding.normalize(), record.fee.normalize())
    if isinstance(record, Fee):
        return ("fee", record.fee_date, record.symbol, record.amount.normalize())
    if isinstance(record, Conversion):
        return ("conversion", record.conversion_date, record.from_symbol, record.to_symbol,
                record.quantity.normalize(), record.fee.normalize())
    if isinstance(record, CorporateAction):
        return ("action", record.effective, record.symbol, record.kind, record.factor.normalize())
    if isinstance(record, Transfer):
        return ("transfer", record.transfer_date, record.symbol, record.quantity.normalize(),
                record.fee.normalize(), record.from_account_id, record.to_account_id)
    return (id(record),)


# --- accounts -------------------------------------------------------------------------------------


def accounts_needed(parsed: ParsedActivities, accounts: dict[int, Account]) -> list[Account]:
    """The accounts the file's entries name that are not stored yet (ids None): an IBKR statement's
    by the broker's account id (one account per IBKR account, named after it), a file's `account`
    column by name, an export's with what it says of them."""
    known = {a.name.casefold() for a in accounts.values()} | {a.external_id for a in accounts.values() if a.external_id}
    described = {a.name.casefold(): a for a in parsed.accounts}
    new: list[Account] = []
    labels = [a.name for a in parsed.accounts] + [label for e in parsed.entries for label in (e.account, e.to_account)]
    for label in dict.fromkeys(label.strip() for label in labels):
        if not label or label in known or label.casefold() in known:
            continue
        spec = described.get(label.casefold()) or Account(None, label)
        new.append(replace(spec, id=None))
        known |= {label, label.casefold()}
    return new


def account_problems(parsed: ParsedActivities, new: list[Account], stored: dict[int, Account]) -> bool:
    """Add to `parsed.errors` why a new account cannot be made (named by the first line naming it)."""
    lines: dict[str, int] = {}
    for entry in parsed.entries:
        for label in (entry.account, entry.to_account):
            lines.setdefault(label.strip().casefold(), entry.line)
    others = dict(stored)
    found = False
    for n, account in enumerate(new, start=1):
        for error in checks.check_account(account, others):
            parsed.errors.append(FieldError("account", error.message, line=lines.get(account.name.casefold()),
                                            text=error.text))
            found = True
        others[-n] = account
    return found


def assign_accounts(parsed: ParsedActivities, accounts: dict[int, Account], default: int) -> None:
    """Put each entry in the account it names (by the broker's account id, then by name); an entry
    that names none goes to `default`. Every account named must be in `accounts`."""
    by_label = {a.name.casefold(): a.id for a in accounts.values()}
    by_label.update({a.external_id: a.id for a in accounts.values() if a.external_id})

    def account_for(label: str) -> int:
        label = label.strip()
        return by_label.get(label, by_label.get(label.casefold(), default)) if label else default

    for entry in parsed.entries:
        record = entry.record
        if isinstance(record, (Conversion, Transfer)):
            entry.record = replace(record, from_account_id=account_for(entry.account),
                                   to_account_id=account_for(entry.to_account or entry.account))
        elif getattr(record, "account_id", None) is not None:
            account = account_for(entry.account)
            if account != record.account_id:
                entry.record = replace(record, account_id=account)


def plan(parsed: ParsedActivities, book: ledger.Book, known_keys: set[str], include_duplicates: bool,
         problems_before, report: ActivityImportReport, keyless: tuple[type, ...] = (),
         accounts: dict[int, Account] | None = None, by_key: dict | None = None) -> list[Entry]:
    """Fill `report` with what the file would add; the errors (rows' and history's) in `report.errors`.
    Records of the `keyless` kinds cannot keep their import key in this database: for a keyed row
    of those, an equal stored row is taken to be that row, imported before. `by_key`: stored
    dividends and fees by import key: one a later statement reads otherwise (a withholding tax
    refunded) is corrected, one its reversal cancels is removed."""
    by_key = by_key or {}
    stored = Counter(content(r) for r in (*book.trades, *book.dividends, *book.fees, *book.conversions,
                                          *book.actions, *book.transfers))
    fresh: list[Entry] = []
    for entry in parsed.entries:
        if entry.key is not None and entry.key in known_keys:
            before = by_key.get(entry.key)
            if before is not None and _corrected(before, entry.record):
                report.corrected.append((before, replace(entry.record, id=before.id)))
            else:
                report.skipped += 1
                report.already.append(entry)
            stored[content(entry.record)] -= 1        # that stored row is this one, already
            continue
        fresh.append(entry)
    report.removed = [(by_key[key], key) for _, key in parsed.cancel_keys if key in by_key]
    new: list[Entry] = []
    for entry in fresh:
        same = content(entry.record)
        if stored[same] > 0:
            stored[same] -= 1
            if isinstance(entry.record, CorporateAction) or (entry.key and isinstance(entry.record, keyless)):
                report.skipped += 1
                report.already.append(entry)
                continue
            report.duplicates.append(entry)
            if not include_duplicates:
                continue
        new.append(entry)
    report.preview = new
    report.added = len(new)
    report.not_imported, report.offered, report.cancelled = parsed.skipped, parsed.offered, parsed.cancelled
    report.splits_offered = len(parsed.offered_records)
    errors = list(parsed.errors)
    gone = {(type(old), old.id) for old, _ in report.removed}
    kept = ledger.Book(book.instruments, *(tuple(r for r in getattr(book, name) if (type(r), r.id) not in gone)
                                           for name in ("trades", "dividends", "fees")))
    after = ledger.Book(
        instruments=book.instruments,
        trades=kept.trades + tuple(e.record for e in new if isinstance(e.record, Trade)),
        dividends=kept.dividends + tuple(e.record for e in new if isinstance(e.record, Dividend)),
        fees=kept.fees + tuple(e.record for e in new if isinstance(e.record, Fee)),
        conversions=book.conversions + tuple(e.record for e in new if isinstance(e.record, Conversion)),
        actions=book.actions + tuple(e.record for e in new if isinstance(e.record, CorporateAction)),
        transfers=book.transfers + tuple(e.record for e in new if isinstance(e.record, Transfer)),
        accounts=accounts if accounts is not None else book.accounts)
    lines = parsed.line_of()
    for record, error in ledger.new_history_problems(problems_before, after):
        line = lines.get(id(record))
        errors.append(FieldError(error.field, error.message, line=line) if line else error)
    errors.sort(key=lambda e: (e.line is None, e.line or 0))
    report.errors = errors
    return new
