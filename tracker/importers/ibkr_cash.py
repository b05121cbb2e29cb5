"""An IBKR statement's cash transactions of Alibaba: dividends with their withholding tax (one
dividend per listing and day), Other Fees of a listing (the ADR custody fee: a fee of the holding,
not a cut of a dividend), and reversals (a negative dividend, a positive withholding tax or fee)
that cancel what they reverse. Other cash rows are listed as skipped, with the reason."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from tracker.domain.checks import check_dividend, check_fee
from tracker.domain.model import Dividend, Fee, FieldError
from tracker.domain.money import plain
from tracker.importers.activities import Entry, ParsedActivities, Skipped
from tracker.importers.ibkr_rows import (CASH_CURRENCIES, DIVIDEND_TYPES, FLEX_NAMES, OTHER_FEES, PAIRING_DAYS,
                                         WITHHOLDING, Refused, Row, day_of, decimal_of, isin_of, listing_of,
                                         summary)


def cash_row(row: Row, result: ParsedActivities) -> str | None:
    """The listing of a dividend, withholding or fee row of Alibaba; others are skipped here."""
    a = row.attrs
    if summary(row, False):
        return None
    kind = a.get("type", "").strip()
    described = a.get("description", "")[:60]
    if kind in DIVIDEND_TYPES + (WITHHOLDING, OTHER_FEES):
        listing, name = listing_of(row)
        if listing and a.get("currency", "USD") not in CASH_CURRENCIES:
            result.skipped.append(Skipped(row.line, f"{name} {kind.lower()} in {a.get('currency')}",
                                          "only amounts in USD or HKD are tracked"))
            return None
        if listing:
            return listing
        if kind == OTHER_FEES and not (a.get("symbol") or isin_of(row)):
            result.skipped.append(Skipped(row.line, f"account fee ({described})", "not a fee of a holding"))
        else:
            result.skipped.append(Skipped(row.line, f"{name} {kind.lower()}", "not an Alibaba listing"))
        return None
    what = "deposit or withdrawal" if kind.startswith("Deposit") else (kind or "cash row").lower()
    result.skipped.append(Skipped(row.line, f"{what} ({described})" if described else what,
                                  "cash movements are not tracked"))
    return None


@dataclass
class _Cash:
    row: Row
    listing: str
    kind: str              # "dividend", "withholding" or "fee"
    day: date
    amount: Decimal        # as IBKR signs it
    left: Decimal          # what is left of an original after reversals (its absolute amount)
    account: str


def cash_records(cash: list[tuple[Row, str]], instruments, today, result: ParsedActivities) -> None:
    items: list[_Cash] = []
    for row, listing in cash:
        kind = row.attrs.get("type", "")
        kind = "dividend" if kind in DIVIDEND_TYPES else "withholding" if kind == WITHHOLDING else "fee"
        try:
            amount = decimal_of(row, "amount")
            day = day_of(row, "dateTime", "settleDate", "reportDate")
        except Refused as refused:
            result.errors.append(refused.error)
            continue
        items.append(_Cash(row, listing, kind, day, amount, abs(amount),
                           row.attrs.get("accountId") or row.statement_account))
    originals = [c for c in items if _is_original(c)]
    for reversal in (c for c in items if not _is_original(c)):
        _cancel(reversal, originals, result)
    live = [c for c in originals if c.left]
    dividends: dict[tuple, list[_Cash]] = defaultdict(list)
    for c in live:
        if c.kind == "dividend":
            dividends[(c.account, c.listing, c.day, c.row.attrs.get("currency", ""))].append(c)
    taxes: dict[tuple, list[_Cash]] = defaultdict(list)
    by_holding: dict[tuple, list[tuple]] = defaultdict(list)
    for group in dividends:
        by_holding[group[:2]].append(group)
    for c in live:
        if c.kind == "withholding":
            group = _dividend_of(c, by_holding)
            if group is None:
                result.skipped.append(Skipped(c.row.line, f"{c.listing} withholding tax",
                                              "its dividend is not in this file"))
            else:
                taxes[group].append(c)
        elif c.kind == "fee":
            _fee(c, instruments, today, result)
    for group, rows in dividends.items():
        _dividend(group, rows, taxes.get(group, []), instruments, today, result)


def _is_original(c: _Cash) -> bool:
    """A dividend is paid in (+), a withholding tax or fee taken (-); the other sign reverses one."""
    return c.amount > 0 if c.kind == "dividend" else c.amount < 0


def _cancel(reversal: _Cash, originals: list[_Cash], result: ParsedActivities) -> None:
    """Take the reversal off the original it reverses: same account, listing and kind, the same
    amount if there is one, else the latest earlier one with enough left."""
    same = [o for o in originals if (o.account, o.listing, o.kind) == (reversal.account, reversal.listing, reversal.kind)
            and o.left and o.day <= reversal.day]
    # the latest original written before the reversal first (a re-post follows its reversal)
    same.sort(key=lambda o: (o.row.line < reversal.row.line, o.row.line))
    amount = abs(reversal.amount)
    target = next((o for o in reversed(same) if o.left == amount), None) or \
        next((o for o in reversed(same) if o.left >= amount), None)
    what = f"{reversal.listing} {_WORDS[reversal.kind]} reversal of {amount:f}"
    if target is None:
        result.skipped.append(Skipped(reversal.row.line, what, "what it reverses is not in this file; "
                                      "correct the stored entry by hand"))
        return
    target.left -= amount
    result.cancelled.append(Skipped(reversal.row.line, what,
                                    f"cancels {amount:f} of line {target.row.line}"))
    if not target.left and target.kind != "withholding":     # imported before, it goes
        result.cancel_keys.append((reversal.row.line, _cash_key(target.account, target)))


_WORDS = {"dividend": "dividend", "withholding": "withholding tax", "fee": "fee"}


def _dividend_of(tax: _Cash, by_holding: dict[tuple, list[tuple]]) -> tuple | None:
    """The dividend a withholding tax belongs to: same account and listing, the nearest day."""
    near = [(abs((g[2] - tax.day).days), g) for g in by_holding.get((tax.account, tax.listing), ())
            if abs((g[2] - tax.day).days) <= PAIRING_DAYS]
    return min(near)[1] if near else None


def _dividend(group: tuple, rows: list[_Cash], taxes: list[_Cash], instruments, today,
              result: ParsedActivities) -> None:
    account, listing, day, currency = group
    first = min(rows, key=lambda c: c.row.line)
    gross = sum((c.left for c in rows), Decimal(0))
    withholding = sum((c.left for c in taxes), Decimal(0))
    dividend = Dividend(listing, day, gross, withholding, Decimal(0), currency,
                        _note(first.row, "IBKR dividend"))
    errors = check_dividend(dividend, instruments.get(listing), today)
    if errors:
        result.errors += [FieldError(FLEX_NAMES.get(e.field, e.field), e.message, line=first.row.line,
                                     text=e.text) for e in errors]
        return
    result.entries.append(Entry(dividend, first.row.line, _cash_key(account, first), account))


def _fee(c: _Cash, instruments, today, result: ParsedActivities) -> None:
    fee = Fee(c.listing, c.day, c.left, c.row.attrs.get("currency", ""), _note(c.row, "IBKR fee"))
    errors = check_fee(fee, instruments.get(c.listing), today)
    if errors:
        result.errors += [FieldError(FLEX_NAMES.get(e.field, e.field), e.message, line=c.row.line,
                                     text=e.text) for e in errors]
        return
    result.entries.append(Entry(fee, c.row.line, _cash_key(c.account, c), c.account))


def _cash_key(account: str, c: _Cash) -> str:
    ident = c.row.attrs.get("transactionID") or f"{c.listing}:{c.day.isoformat()}:{plain(c.amount)}"
    return f"ibkr:{account}:cash:{ident}"


def _note(row: Row, fallback: str) -> str:
    return " ".join(row.attrs.get("description", "").split())[:200] or fallback
