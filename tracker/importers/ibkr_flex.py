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
- `CorporateActions` are listed and offered, never applied on their own; `Transfers` of units in or
  out from another broker are listed with the command that records them.
Everything else (other securities, currency trades, deposits, interest, account fees) is counted
and listed as skipped. IBKR's own ids (`tradeID`, `transactionID`) become import keys.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from tracker.domain.checks import check_trade
from tracker.domain.model import BUY, SELL, SPLIT, Account, CorporateAction, FieldError, Instrument, Trade
from tracker.domain.money import plain
from tracker.importers.activities import Entry, ParsedActivities, Skipped
from tracker.importers.ibkr_cash import cash_records, cash_row
from tracker.importers.ibkr_rows import (ACCOUNT_CURRENCIES, FLEX_NAMES, FORMAT, IBKR, Refused, Row, day_of,
                                         decimal_of, listing_of, looks_like_flex, read_rows, summary)

__all__ = ["FORMAT", "looks_like_flex", "parse_flex"]
_SPLIT = re.compile(r"(\d+(?:\.\d+)?)\s+FOR\s+(\d+(?:\.\d+)?)", re.I)


def parse_flex(source: str | Path | bytes, instruments: dict[str, Instrument],
               today: date | datetime) -> ParsedActivities:
    """Read a whole statement (see the module docstring); problems come back in `errors`."""
    data = Path(source) if isinstance(source, str) else source       # a path, or the file's bytes
    result = ParsedActivities(FORMAT)
    currencies: dict[str, str] = {}
    rows, error = read_rows(data, currencies)
    if error:
        result.errors.append(error)
        return result
    executions = {r.statement_account for r in rows
                  if r.tag == "Trade" and r.attrs.get("levelOfDetail", "EXECUTION") == "EXECUTION"}
    # summaries repeat rows counted already (an order of its executions, a closed lot of its sell)
    result.rows = sum(1 for r in rows if not summary(r, r.statement_account in executions))
    cash: list[tuple[Row, str]] = []
    cancels: list[Row] = []
    for row in rows:
        try:
            if row.tag == "Trade":
                _trade(row, row.statement_account in executions, instruments, today, result, cancels)
            elif row.tag == "CashTransaction":
                listing = cash_row(row, result)
                if listing:
                    cash.append((row, listing))
            elif row.tag == "Transfer":
                _transfer(row, result)
            else:
                _corporate_action(row, result, today)
        except Refused as refused:
            result.errors.append(refused.error)
    cash_records(cash, instruments, today, result)
    _cancel_trades(cancels, result)
    result.entries.sort(key=lambda e: e.line)
    # the accounts the entries are in, as they are made when new: named after IBKR's id
    for account in dict.fromkeys(e.account for e in result.entries):
        currency = currencies.get(account, "")
        result.accounts.append(Account(None, account, IBKR, currency if currency in ACCOUNT_CURRENCIES else "",
                                       account))
    return result


# --- trades --------------------------------------------------------------------------------------
def _trade(row: Row, statement_has_executions: bool, instruments, today, result: ParsedActivities,
           cancels: list[Row]) -> None:
    a = row.attrs
    if summary(row, statement_has_executions):
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
        raise Refused(FieldError("buySell", "must be BUY or SELL (a cancelled execution is not imported)",
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
        raise Refused(FieldError("ibCommissionCurrency", f"the commission is in {fee_currency}, the trade in "
                                  f"{currency}; a trade's fee is kept in the listing's currency",
                                  line=row.line))
    fee = -decimal_of(row, "ibCommission", required=False) - decimal_of(row, "taxes", required=False)
    trade_id = a.get("tradeID") or a.get("transactionID") or a.get("ibExecID", "")
    trade = Trade(listing, side, day_of(row, "tradeDate", "dateTime"), abs(decimal_of(row, "quantity")),
                  decimal_of(row, "tradePrice"), fee, currency, f"IBKR trade {trade_id}".strip())
    errors = check_trade(trade, instrument, today)
    if errors:
        result.errors += [FieldError(FLEX_NAMES.get(e.field, e.field), e.message, line=row.line, text=e.text)
                          for e in errors]
        return
    account = a.get("accountId") or row.statement_account
    key = f"ibkr:{account}:trade:{trade_id}" if trade_id else None
    result.entries.append(Entry(trade, row.line, key, account))


def _cancel_trades(cancels: list[Row], result: ParsedActivities) -> None:
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


# --- corporate actions ---------------------------------------------------------------------------------
def _today(today: date | datetime) -> date:
    return today.date() if isinstance(today, datetime) else today


def _corporate_action(row: Row, result: ParsedActivities, today: date | datetime) -> None:
    listing, name = listing_of(row)
    described = " ".join(row.attrs.get("description", "").split())[:120]
    if listing is None:
        result.skipped.append(Skipped(row.line, f"{name} corporate action", "not an Alibaba listing"))
        return
    day = day_of(row, "reportDate", "dateTime")
    offer = f"{described or row.attrs.get('type', '')}: not applied on its own"
    split = _SPLIT.search(described)
    if row.attrs.get("type") in ("FS", "RS") and split:
        factor = Decimal(split[1]) / Decimal(split[2])
        offer += (f"; record it with the import (--record-splits), or: tracker splits add --symbol {listing} "
                  f"--date {day.isoformat()} --factor {plain(factor)}")
        account = row.attrs.get("accountId") or row.statement_account
        if not Decimal("0.001") <= factor <= Decimal(1000) or factor == 1 or day > _today(today):
            raise Refused(FieldError("description", f"a split of {plain(factor)} on {day} is not plausible",
                                      line=row.line))
        result.offered_records.append(Entry(CorporateAction(listing, day, SPLIT, factor, described), row.line,
                                            f"ibkr:{account}:action:{row.attrs.get('transactionID', '')}"))
    result.offered.append(Skipped(row.line, f"{listing} corporate action on {day.isoformat()}", offer))


# --- transfers ------------------------------------------------------------------------------------
def _transfer(row: Row, result: ParsedActivities) -> None:
    """Units moved in or out from another broker: listed with the command that records the move,
    since the other account (and where the lots came from) is not in this statement."""
    listing, name = listing_of(row)
    if listing is None:
        result.skipped.append(Skipped(row.line, f"{name} transfer", "not an Alibaba listing"))
        return
    day = day_of(row, "date", "dateTime", "reportDate")
    quantity = abs(decimal_of(row, "quantity"))
    account = row.attrs.get("accountId") or row.statement_account
    incoming = row.attrs.get("direction", "IN").upper() != "OUT"
    other = row.attrs.get("account") or row.attrs.get("company") or "ACCOUNT"
    ends = (other, account) if incoming else (account, other)
    result.skipped.append(Skipped(
        row.line, f"{listing} transfer {'in' if incoming else 'out'} of {plain(quantity)} on {day.isoformat()}",
        "the other account's lots are not in this statement: record it with tracker transfers add --symbol "
        f"{listing} --date {day.isoformat()} --quantity {plain(quantity)} --from-account {ends[0]!r} "
        f"--to-account {ends[1]!r} (after that account's own trades)"))
