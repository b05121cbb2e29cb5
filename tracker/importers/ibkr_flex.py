"""Interactive Brokers Flex Query statements (XML: `FlexQueryResponse` / `FlexStatement`).

Read with the standard library's expat parser, which gives each element's file line. A statement
never needs a DOCTYPE, so any DOCTYPE or entity declaration is refused before it can expand (no
external entities, no "billion laughs").

What becomes a record:
- `Trades`: stock trades of BABA (NYSE ADS) or 9988.HK (HKEX ordinary shares), matched by ISIN
  (`US01609W1027`, `KYG017191142`) or by symbol and exchange. The trade date is `tradeDate` (the
  exchange's date; `dateTime` is New York time). The fee is the commission and the taxes (Hong Kong
  stamp duty) together, in the trade's currency. Executions are taken; order-level summaries only
  when a statement has no executions; closed-lot rows never (they repeat a sell).
- `CashTransactions`: Dividends with their Withholding Tax (one dividend per listing and day), and
  Other Fees of a listing (the ADR custody fee is a fee of the listing, not a cut of a dividend).
  A reversal (a negative dividend, a positive withholding tax or fee) cancels what it reverses.
- `CorporateActions` are listed and offered, never applied on their own.
Everything else (other securities, currency trades, deposits, interest, account fees) is counted
and listed as skipped. IBKR's own ids (`tradeID`, `transactionID`) become import keys.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from xml.parsers import expat

from tracker.domain import aliases
from tracker.domain.checks import check_dividend, check_fee, check_trade
from tracker.domain.model import BUY, SELL, SPLIT, Account, CorporateAction, Dividend, Fee, FieldError, Instrument, Trade
from tracker.domain.money import plain
from tracker.importers.activities import Entry, ParsedActivities, Skipped

FORMAT = "ibkr-flex"
ISINS = {"US01609W1027": aliases.ADS, "KYG017191142": aliases.HK}
EXCHANGES = {aliases.ADS: ("NYSE", ""), aliases.HK: ("SEHK", "HKEX", "")}
_ISIN_IN_TEXT = re.compile(r"\(([A-Z]{2}[A-Z0-9]{9}[0-9])\)")
_SPLIT = re.compile(r"(\d+(?:\.\d+)?)\s+FOR\s+(\d+(?:\.\d+)?)", re.I)
DIVIDEND_TYPES = ("Dividends", "Payment In Lieu Of Dividends")
WITHHOLDING, OTHER_FEES = "Withholding Tax", "Other Fees"
SUMMARY_LEVELS = ("SUMMARY", "BASE_SUMMARY", "SYMBOL_SUMMARY", "ASSET_SUMMARY", "CLOSED_LOT")
IBKR = "Interactive Brokers"
ACCOUNT_CURRENCIES = ("USD", "HKD", "CNY")     # what an account's currency may be (checks.check_account)
CASH_CURRENCIES = ("USD", "HKD")      # what a dividend or fee of either listing can be shown in
PAIRING_DAYS = 7            # a withholding tax posted a few days from its dividend still belongs to it


def looks_like_flex(head: bytes | str) -> bool:
    """A Flex statement by its content: XML whose root is FlexQueryResponse (or a bare FlexStatements)."""
    text = head[:4096].decode("utf-8", "replace") if isinstance(head, bytes) else head[:4096]
    text = text.lstrip("\ufeff \t\r\n")
    return text.startswith("<") and ("<FlexQueryResponse" in text or "<FlexStatements" in text)


class _Refused(Exception):
    def __init__(self, error: FieldError):
        self.error = error


@dataclass
class _Row:
    tag: str
    line: int
    attrs: dict[str, str]
    statement_account: str
    has_executions: bool = False


def _read_rows(data: bytes | Path, currencies: dict[str, str] | None = None) -> tuple[list[_Row], FieldError | None]:
    """Every Trade, CashTransaction and CorporateAction element with its line (or the error); each
    account's base currency (AccountInformation) into `currencies`."""
    rows: list[_Row] = []
    currencies = {} if currencies is None else currencies
    state = {"account": "", "root": None}
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)

    def refuse_doctype(name, *_):
        raise _Refused(FieldError("file", "a Flex statement has no DOCTYPE; this file declares one, "
                                          "which is refused (it could pull in other files)",
                                  line=parser.CurrentLineNumber))

    def refuse_entity(name, *_):
        raise _Refused(FieldError("file", f"entity declarations are refused (got {name!r})",
                                  line=parser.CurrentLineNumber))

    def start(tag, attrs):
        if state["root"] is None:
            state["root"] = tag
            if tag not in ("FlexQueryResponse", "FlexStatements"):
                raise _Refused(FieldError("file", f"not an IBKR Flex statement (its root is <{tag}>, "
                                                  "expected <FlexQueryResponse>)", line=parser.CurrentLineNumber))
        if tag == "FlexStatement":
            state["account"] = attrs.get("accountId", "")
        elif tag == "AccountInformation" and attrs.get("currency"):
            currencies[attrs.get("accountId") or state["account"]] = attrs["currency"]
        elif tag in ("Trade", "CashTransaction", "CorporateAction"):
            rows.append(_Row(tag, parser.CurrentLineNumber, attrs, state["account"]))

    parser.StartDoctypeDeclHandler = refuse_doctype
    parser.EntityDeclHandler = refuse_entity
    parser.ExternalEntityRefHandler = lambda *_: 0
    parser.StartElementHandler = start
    try:
        if isinstance(data, bytes):
            parser.Parse(data, True)
        else:
            with open(data, "rb") as handle:       # in chunks: memory stays flat whatever the size
                parser.ParseFile(handle)
    except OSError as exc:
        return [], FieldError("file", f"cannot read it: {exc.strerror or exc}")
    except _Refused as refused:
        return [], refused.error
    except expat.ExpatError as exc:
        return [], FieldError("file", f"not well-formed XML: {expat.errors.messages[exc.code]}",
                              line=exc.lineno)
    if state["root"] is None:
        return [], FieldError("file", "the file is empty; expected an IBKR Flex statement", line=1)
    return rows, None


def parse_flex(source: str | Path | bytes, instruments: dict[str, Instrument],
               today: date | datetime) -> ParsedActivities:
    """Read a whole statement (see the module docstring); problems come back in `errors`."""
    data = Path(source) if isinstance(source, str) else source       # a path, or the file's bytes
    result = ParsedActivities(FORMAT)
    currencies: dict[str, str] = {}
    rows, error = _read_rows(data, currencies)
    if error:
        result.errors.append(error)
        return result
    executions = {r.statement_account for r in rows
                  if r.tag == "Trade" and r.attrs.get("levelOfDetail", "EXECUTION") == "EXECUTION"}
    # summaries repeat rows counted already (an order of its executions, a closed lot of its sell)
    result.rows = sum(1 for r in rows if not _summary(r, r.statement_account in executions))
    cash: list[tuple[_Row, str]] = []
    cancels: list[_Row] = []
    for row in rows:
        try:
            if row.tag == "Trade":
                _trade(row, row.statement_account in executions, instruments, today, result, cancels)
            elif row.tag == "CashTransaction":
                listing = _cash_row(row, result)
                if listing:
                    cash.append((row, listing))
            else:
                _corporate_action(row, result, today)
        except _Refused as refused:
            result.errors.append(refused.error)
    _cash_records(cash, instruments, today, result)
    _cancel_trades(cancels, result)
    result.entries.sort(key=lambda e: e.line)
    # the accounts the entries are in, as they are made when new: named after IBKR's id
    for account in dict.fromkeys(e.account for e in result.entries):
        currency = currencies.get(account, "")
        result.accounts.append(Account(None, account, IBKR, currency if currency in ACCOUNT_CURRENCIES else "",
                                       account))
    return result


# --- values --------------------------------------------------------------------------------------
_MONTHS = {m: i for i, m in enumerate(("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP",
                                       "OCT", "NOV", "DEC"), start=1)}


def flex_date(text: str) -> date | None:
    """IBKR's date settings: yyyyMMdd (the default), yyyy-MM-dd, dd-MMM-yy; a time may follow."""
    if len(text) >= 8 and text[:8].isdigit() and (len(text) == 8 or text[8] == ";"):
        try:                       # the default yyyyMMdd, the common case: no pattern needed
            return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
        except ValueError:
            return None
    s = (text or "").strip().split(";")[0].split(" ")[0].split("T")[0]
    try:
        if re.fullmatch(r"\d{8}", s):
            return date(int(s[:4]), int(s[4:6]), int(s[6:]))
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
            return date.fromisoformat(s)
        m = re.fullmatch(r"(\d{1,2})-([A-Za-z]{3})-(\d{2}|\d{4})", s)
        if m and m[2].upper() in _MONTHS:
            year = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
            return date(year, _MONTHS[m[2].upper()], int(m[1]))
    except ValueError:
        return None
    return None


def _decimal(row: _Row, name: str, required: bool = True) -> Decimal:
    text = row.attrs.get(name, "").strip().replace(",", "")
    if not text:
        if required:
            raise _Refused(FieldError(name, "missing", line=row.line))
        return Decimal(0)
    try:
        value = Decimal(text)
    except InvalidOperation:
        value = None
    if value is None or not value.is_finite():
        raise _Refused(FieldError(name, "not a number", line=row.line, text=text[:40]))
    return value


def _day(row: _Row, *names: str) -> date:
    for name in names:
        text = row.attrs.get(name, "")
        if text:
            day = flex_date(text)
            if day is None:
                raise _Refused(FieldError(name, "not a date IBKR writes (yyyyMMdd, yyyy-MM-dd or dd-MMM-yy); "
                                                "set the Flex query's date format to yyyyMMdd",
                                          line=row.line, text=text[:40]))
            return day
    raise _Refused(FieldError(names[0], "missing", line=row.line))


def _isin(row: _Row) -> str:
    isin = row.attrs.get("isin", "")
    if not isin and row.attrs.get("securityIDType") == "ISIN":
        isin = row.attrs.get("securityID", "")
    if not isin:
        found = _ISIN_IN_TEXT.search(row.attrs.get("description", ""))
        isin = found[1] if found else ""
    return isin.strip().upper()


def listing_of(row: _Row) -> tuple[str | None, str]:
    """The Alibaba listing a row is about (by ISIN, else symbol and exchange), or (None, what it is)."""
    isin = _isin(row)
    symbol = row.attrs.get("symbol", "").strip()
    if isin in ISINS:
        return ISINS[isin], symbol
    if not isin:
        listing, _ = aliases.listing_of(symbol)
        exchange = (row.attrs.get("listingExchange") or row.attrs.get("exchange") or "").upper()
        if listing and (exchange in EXCHANGES[listing] or not row.attrs.get("listingExchange")):
            return listing, symbol
    return None, symbol or isin or row.attrs.get("description", "")[:40]


# --- trades --------------------------------------------------------------------------------------
def _summary(row: _Row, statement_has_executions: bool) -> bool:
    a = row.attrs
    level = a.get("levelOfDetail", "EXECUTION" if row.tag == "Trade" else "DETAIL")
    return (level in SUMMARY_LEVELS or a.get("currency") == "BASE_SUMMARY"
            or (row.tag == "Trade" and level == "ORDER" and statement_has_executions))


def _trade(row: _Row, statement_has_executions: bool, instruments, today, result: ParsedActivities,
           cancels: list[_Row]) -> None:
    a = row.attrs
    if _summary(row, statement_has_executions):
        return              # the same trade again, summarized: its executions are imported
    category = a.get("assetCategory", "STK")
    symbol = a.get("symbol", "")
    if category == "CASH":
        result.skipped.append(Skipped(row.line, f"{symbol} currency trade", "currency trades are not tracked"))
        return
    listing, name = listing_of(row) if category == "STK" else (None, symbol)
    if listing is None:
        result.skipped.append(Skipped(row.line, f"{name} trade",
                                      "not an Alibaba listing" if category == "STK"
                                      else f"{category} is not a share of BABA or 9988.HK"))
        return
    written = a.get("buySell", "").strip().upper()
    if written.endswith("(CA.)"):        # IBKR's cancellation of an execution: it undoes origTradeID
        cancels.append(row)
        return
    side = {"BUY": BUY, "SELL": SELL}.get(written)
    if side is None:
        raise _Refused(FieldError("buySell", "must be BUY or SELL (a cancelled execution is not imported)",
                                  line=row.line, text=a.get("buySell", "")))
    instrument = instruments.get(listing)
    currency = a.get("currency", "")
    if instrument and currency != instrument.currency:     # the same shares on another venue (AHLA on IBIS)
        venue = a.get("listingExchange") or a.get("exchange") or "another exchange"
        result.skipped.append(Skipped(row.line, f"{name} trade in {currency} on {venue}",
                                      f"only {listing} in {instrument.currency} is tracked"))
        return
    fee_currency = a.get("ibCommissionCurrency") or currency
    if fee_currency != currency:
        raise _Refused(FieldError("ibCommissionCurrency", f"the commission is in {fee_currency}, the trade in "
                                  f"{currency}; a trade's fee is kept in the listing's currency",
                                  line=row.line))
    fee = -_decimal(row, "ibCommission", required=False) - _decimal(row, "taxes", required=False)
    trade_id = a.get("tradeID") or a.get("transactionID") or a.get("ibExecID", "")
    trade = Trade(listing, side, _day(row, "tradeDate", "dateTime"), abs(_decimal(row, "quantity")),
                  _decimal(row, "tradePrice"), fee, currency, f"IBKR trade {trade_id}".strip())
    errors = check_trade(trade, instrument, today)
    if errors:
        result.errors += [FieldError(_FLEX_NAMES.get(e.field, e.field), e.message, line=row.line, text=e.text)
                          for e in errors]
        return
    account = a.get("accountId") or row.statement_account
    key = f"ibkr:{account}:trade:{trade_id}" if trade_id else None
    result.entries.append(Entry(trade, row.line, key, account))


def _cancel_trades(cancels: list[_Row], result: ParsedActivities) -> None:
    """A cancelled execution takes its original (`origTradeID`) out of the file's trades."""
    for row in cancels:
        account = row.attrs.get("accountId") or row.statement_account
        original = row.attrs.get("origTradeID", "")
        key = f"ibkr:{account}:trade:{original}"
        what = f"cancellation of IBKR trade {original or '(no origTradeID)'}"
        found = next((e for e in result.entries if e.key == key), None)
        if found is None:      # imported before from another statement: it goes (else nothing to do)
            result.cancel_keys.append((row.line, key))
            result.cancelled.append(Skipped(row.line, what, "cancels that trade if it was imported before"))
            continue
        result.entries.remove(found)
        result.cancelled.append(Skipped(row.line, what, f"cancels the trade of line {found.line}"))


_FLEX_NAMES = {"quantity": "quantity", "price": "tradePrice", "fee": "ibCommission", "date": "tradeDate",
               "trade_date": "tradeDate", "gross": "amount", "withholding": "amount", "amount": "amount"}


# --- cash transactions ------------------------------------------------------------------------------
def _cash_row(row: _Row, result: ParsedActivities) -> str | None:
    """The listing of a dividend, withholding or fee row of Alibaba; others are skipped here."""
    a = row.attrs
    if _summary(row, False):
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
        if kind == OTHER_FEES and not (a.get("symbol") or _isin(row)):
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
    row: _Row
    listing: str
    kind: str              # "dividend", "withholding" or "fee"
    day: date
    amount: Decimal        # as IBKR signs it
    left: Decimal          # what is left of an original after reversals (its absolute amount)
    account: str


def _cash_records(cash: list[tuple[_Row, str]], instruments, today, result: ParsedActivities) -> None:
    items: list[_Cash] = []
    for row, listing in cash:
        kind = row.attrs.get("type", "")
        kind = "dividend" if kind in DIVIDEND_TYPES else "withholding" if kind == WITHHOLDING else "fee"
        try:
            amount = _decimal(row, "amount")
            day = _day(row, "dateTime", "settleDate", "reportDate")
        except _Refused as refused:
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
        result.errors += [FieldError(_FLEX_NAMES.get(e.field, e.field), e.message, line=first.row.line,
                                     text=e.text) for e in errors]
        return
    result.entries.append(Entry(dividend, first.row.line, _cash_key(account, first), account))


def _fee(c: _Cash, instruments, today, result: ParsedActivities) -> None:
    fee = Fee(c.listing, c.day, c.left, c.row.attrs.get("currency", ""), _note(c.row, "IBKR fee"))
    errors = check_fee(fee, instruments.get(c.listing), today)
    if errors:
        result.errors += [FieldError(_FLEX_NAMES.get(e.field, e.field), e.message, line=c.row.line,
                                     text=e.text) for e in errors]
        return
    result.entries.append(Entry(fee, c.row.line, _cash_key(c.account, c), c.account))


def _cash_key(account: str, c: _Cash) -> str:
    ident = c.row.attrs.get("transactionID") or f"{c.listing}:{c.day.isoformat()}:{plain(c.amount)}"
    return f"ibkr:{account}:cash:{ident}"


def _note(row: _Row, fallback: str) -> str:
    return " ".join(row.attrs.get("description", "").split())[:200] or fallback


# --- corporate actions ---------------------------------------------------------------------------------
def _today(today: date | datetime) -> date:
    return today.date() if isinstance(today, datetime) else today


def _corporate_action(row: _Row, result: ParsedActivities, today: date | datetime) -> None:
    listing, name = listing_of(row)
    described = " ".join(row.attrs.get("description", "").split())[:120]
    if listing is None:
        result.skipped.append(Skipped(row.line, f"{name} corporate action", "not an Alibaba listing"))
        return
    day = _day(row, "reportDate", "dateTime")
    offer = f"{described or row.attrs.get('type', '')}: not applied on its own"
    split = _SPLIT.search(described)
    if row.attrs.get("type") in ("FS", "RS") and split:
        factor = Decimal(split[1]) / Decimal(split[2])
        offer += (f"; record it with the import (--record-splits), or: tracker splits add --symbol {listing} "
                  f"--date {day.isoformat()} --factor {plain(factor)}")
        account = row.attrs.get("accountId") or row.statement_account
        if not Decimal("0.001") <= factor <= Decimal(1000) or factor == 1 or day > _today(today):
            raise _Refused(FieldError("description", f"a split of {plain(factor)} on {day} is not plausible",
                                      line=row.line))
        result.offered_records.append(Entry(CorporateAction(listing, day, SPLIT, factor, described), row.line,
                                            f"ibkr:{account}:action:{row.attrs.get('transactionID', '')}"))
    result.offered.append(Skipped(row.line, f"{listing} corporate action on {day.isoformat()}", offer))
