"""Every kind of activity in one list, each named by a reference that is unambiguous across kinds.

A reference is the kind's letter and the row id: `T12` (trade 12), `D3` (dividend), `F2` (fee),
`C1` (conversion), `X4` (transfer). Ids are per table, so the letter is what tells trade 3 from
dividend 3. Deleting by reference applies the same rules as deleting in the window (a buy that a
later sell needs is refused, with the reason).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from tracker.domain.model import Conversion, Dividend, Fee, Trade, Transfer, accounts_of
from tracker.errors import TrackerError

# letter -> (kind, record type, its date field); in the order a day's events are listed
KINDS = {"T": ("trade", Trade, "trade_date"), "D": ("dividend", Dividend, "pay_date"),
         "F": ("fee", Fee, "fee_date"), "C": ("conversion", Conversion, "conversion_date"),
         "X": ("transfer", Transfer, "transfer_date")}
KIND_NAMES = tuple(kind for kind, _, _ in KINDS.values())
LETTER_OF = {kind: letter for letter, (kind, _, _) in KINDS.items()}
REFERENCE_HELP = ", ".join(f"{letter}12 ({kind})" for letter, (kind, _, _) in KINDS.items())
_REFERENCE = re.compile(r"\s*([A-Za-z])(\d{1,18})\s*")


@dataclass(frozen=True)
class Activity:
    reference: str                # "T12"
    kind: str                     # "trade", "dividend", "fee", "conversion", "transfer"
    day: date
    record: object
    accounts: tuple[int, ...]     # the accounts it touches (a conversion or transfer: from, to)


def activity(record) -> Activity:
    letter = next(letter for letter, (_, kind, _) in KINDS.items() if isinstance(record, kind))
    kind, _, day_field = KINDS[letter]
    return Activity(f"{letter}{record.id}", kind, getattr(record, day_field), record, accounts_of(record))


def list_activities(tracker, kind: str | None = None, account: int | None = None) -> list[Activity]:
    """Every activity (of `kind`, touching `account`, when given), by date, then kind, then id."""
    if kind is not None and kind not in KIND_NAMES:
        raise TrackerError(f"kind: use one of {', '.join(KIND_NAMES)} (got {kind!r})")
    book = tracker.book()
    records = {"trade": book.trades, "dividend": book.dividends, "fee": book.fees,
               "conversion": book.conversions, "transfer": book.transfers}
    found = [activity(r) for name, rs in records.items() if kind in (None, name) for r in rs]
    if account is not None:
        found = [a for a in found if account in a.accounts]
    order = {name: i for i, name in enumerate(KIND_NAMES)}
    found.sort(key=lambda a: (a.day, order[a.kind], a.record.id))
    return found


def parse_reference(text: str) -> tuple[str, int]:
    """("trade", 12) from "T12" (the letter in either case)."""
    m = _REFERENCE.fullmatch(text or "")
    if not m or m[1].upper() not in KINDS or int(m[2]) == 0:
        raise TrackerError(f"id: name an activity by its kind's letter and its number, such as "
                           f"{REFERENCE_HELP} (got {text!r})")
    return KINDS[m[1].upper()][0], int(m[2])


def delete_activity(tracker, reference: str) -> Activity:
    """Delete the activity `reference` names, refused (ValidationError, with the reason) when a
    later sell, conversion or transfer needs it. Returns what was deleted."""
    kind, row_id = parse_reference(reference)
    delete = {"trade": tracker.delete_trade, "dividend": tracker.delete_dividend, "fee": tracker.delete_fee,
              "conversion": tracker.delete_conversion, "transfer": tracker.delete_transfer}[kind]
    return activity(delete(row_id))


# What `edit_activity` may change, per kind: the option's name -> the record's field.
EDITABLE = {
    "trade": {"date": "trade_date", "symbol": "symbol", "side": "side", "quantity": "quantity",
              "price": "price", "fee": "fee", "note": "note", "account": "account_id"},
    "dividend": {"date": "pay_date", "symbol": "symbol", "gross": "gross", "withholding": "withholding",
                 "fee": "fee", "note": "note", "account": "account_id"},
    "fee": {"date": "fee_date", "symbol": "symbol", "amount": "amount", "note": "note",
            "account": "account_id"},
    "conversion": {"date": "conversion_date", "quantity": "quantity", "fee": "fee", "fx_rate": "fx_rate",
                   "note": "note", "from_account": "from_account_id", "to_account": "to_account_id"},
    "transfer": {"date": "transfer_date", "symbol": "symbol", "quantity": "quantity", "fee": "fee",
                 "note": "note", "from_account": "from_account_id", "to_account": "to_account_id"},
}
_PRICED_IN_LISTING = ("trade", "fee", "transfer")   # their currency is the listing's


def find_activity(tracker, reference: str) -> Activity:
    """The stored activity `reference` names; refused when there is none."""
    kind, row_id = parse_reference(reference)
    book = tracker.book()
    records = {"trade": book.trades, "dividend": book.dividends, "fee": book.fees,
               "conversion": book.conversions, "transfer": book.transfers}[kind]
    found = next((r for r in records if r.id == row_id), None)
    if found is None:
        raise TrackerError(f"id: there is no {kind} {reference.strip().upper()}")
    return activity(found)


def edit_activity(tracker, reference: str, values: dict) -> tuple[Activity, Activity]:
    """Change the fields `values` names (option name -> typed value) of the activity `reference`
    names, with the checks of the window's edit dialog (an edit that leaves a later sell short is
    refused, with the reason). Returns (before, after)."""
    before = find_activity(tracker, reference)
    fields = EDITABLE[before.kind]
    wrong = [option for option in values if option not in fields]
    if wrong:
        option = wrong[0].replace("_", "-")
        raise TrackerError(f"{option}: a {before.kind} has no {option}; it has "
                           f"{', '.join('--' + o.replace('_', '-') for o in fields)}")
    if not values:
        raise TrackerError(f"nothing to change: give at least one of "
                           f"{', '.join('--' + o.replace('_', '-') for o in fields)}")
    changes = {fields[option]: value for option, value in values.items()}
    if "symbol" in changes and before.kind in _PRICED_IN_LISTING and changes["symbol"] != before.record.symbol:
        changes["currency"] = ""           # taken from the new listing, as for a new entry
    update = {"trade": tracker.update_trade, "dividend": tracker.update_dividend, "fee": tracker.update_fee,
              "conversion": tracker.update_conversion, "transfer": tracker.update_transfer}[before.kind]
    after = update(replace(before.record, **changes), expected=before.record)
    return before, activity(after)
