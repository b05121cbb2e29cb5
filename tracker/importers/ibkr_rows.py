"""The rows of an IBKR Flex statement and their values: the XML read with the standard library's
expat parser (each element with its file line; a DOCTYPE or entity declaration refused before it
can expand: no external entities, no "billion laughs"), IBKR's dates and numbers, and which
Alibaba listing a row is about."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from xml.parsers import expat

from tracker.domain import aliases
from tracker.domain.model import FieldError

FORMAT = "ibkr-flex"
ISINS = {"US01609W1027": aliases.ADS, "KYG017191142": aliases.HK}
EXCHANGES = {aliases.ADS: ("NYSE", ""), aliases.HK: ("SEHK", "HKEX", "")}
_ISIN_IN_TEXT = re.compile(r"\(([A-Z]{2}[A-Z0-9]{9}[0-9])\)")
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


class Refused(Exception):
    """A row (or the file) that cannot be read, with the error naming its line."""

    def __init__(self, error: FieldError):
        self.error = error


@dataclass
class Row:
    tag: str
    line: int
    attrs: dict[str, str]
    statement_account: str
    has_executions: bool = False


def read_rows(data: bytes | Path, currencies: dict[str, str] | None = None) -> tuple[list[Row], FieldError | None]:
    """Every Trade, CashTransaction and CorporateAction element with its line (or the error); each
    account's base currency (AccountInformation) into `currencies`."""
    rows: list[Row] = []
    currencies = {} if currencies is None else currencies
    state = {"account": "", "root": None}
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)

    def refuse_doctype(name, *_):
        raise Refused(FieldError("file", "a Flex statement has no DOCTYPE; this file declares one, "
                                          "which is refused (it could pull in other files)",
                                  line=parser.CurrentLineNumber))

    def refuse_entity(name, *_):
        raise Refused(FieldError("file", f"entity declarations are refused (got {name!r})",
                                  line=parser.CurrentLineNumber))

    def start(tag, attrs):
        if state["root"] is None:
            state["root"] = tag
            if tag not in ("FlexQueryResponse", "FlexStatements"):
                raise Refused(FieldError("file", f"not an IBKR Flex statement (its root is <{tag}>, "
                                                  "expected <FlexQueryResponse>)", line=parser.CurrentLineNumber))
        if tag == "FlexStatement":
            state["account"] = attrs.get("accountId", "")
        elif tag == "AccountInformation" and attrs.get("currency"):
            currencies[attrs.get("accountId") or state["account"]] = attrs["currency"]
        elif tag in ("Trade", "CashTransaction", "CorporateAction", "Transfer"):
            rows.append(Row(tag, parser.CurrentLineNumber, attrs, state["account"]))

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
    except Refused as refused:
        return [], refused.error
    except expat.ExpatError as exc:
        return [], FieldError("file", f"not well-formed XML: {expat.errors.messages[exc.code]}",
                              line=exc.lineno)
    if state["root"] is None:
        return [], FieldError("file", "the file is empty; expected an IBKR Flex statement", line=1)
    return rows, None


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


def decimal_of(row: Row, name: str, required: bool = True) -> Decimal:
    text = row.attrs.get(name, "").strip().replace(",", "")
    if not text:
        if required:
            raise Refused(FieldError(name, "missing", line=row.line))
        return Decimal(0)
    try:
        value = Decimal(text)
    except InvalidOperation:
        value = None
    if value is None or not value.is_finite():
        raise Refused(FieldError(name, "not a number", line=row.line, text=text[:40]))
    return value


def day_of(row: Row, *names: str) -> date:
    for name in names:
        text = row.attrs.get(name, "")
        if text:
            day = flex_date(text)
            if day is None:
                raise Refused(FieldError(name, "not a date IBKR writes (yyyyMMdd, yyyy-MM-dd or dd-MMM-yy); "
                                                "set the Flex query's date format to yyyyMMdd",
                                          line=row.line, text=text[:40]))
            return day
    raise Refused(FieldError(names[0], "missing", line=row.line))


def isin_of(row: Row) -> str:
    isin = row.attrs.get("isin", "")
    if not isin and row.attrs.get("securityIDType") == "ISIN":
        isin = row.attrs.get("securityID", "")
    if not isin:
        found = _ISIN_IN_TEXT.search(row.attrs.get("description", ""))
        isin = found[1] if found else ""
    return isin.strip().upper()


def listing_of(row: Row) -> tuple[str | None, str]:
    """The Alibaba listing a row is about (by ISIN, else symbol and exchange), or (None, what it is)."""
    isin = isin_of(row)
    symbol = row.attrs.get("symbol", "").strip()
    if isin in ISINS:
        return ISINS[isin], symbol
    if not isin:
        listing, _ = aliases.listing_of(symbol)
        exchange = (row.attrs.get("listingExchange") or row.attrs.get("exchange") or "").upper()
        if listing and (exchange in EXCHANGES[listing] or not row.attrs.get("listingExchange")):
            return listing, symbol
    return None, symbol or isin or row.attrs.get("description", "")[:40]


# --- which rows repeat others ---------------------------------------------------------------------
def summary(row: Row, statement_has_executions: bool) -> bool:
    a = row.attrs
    level = a.get("levelOfDetail", "EXECUTION" if row.tag == "Trade" else "DETAIL")
    return (level in SUMMARY_LEVELS or a.get("currency") == "BASE_SUMMARY"
            or (row.tag == "Trade" and level == "ORDER" and statement_has_executions))


FLEX_NAMES = {"quantity": "quantity", "price": "tradePrice", "fee": "ibCommission", "date": "tradeDate",
               "trade_date": "tradeDate", "gross": "amount", "withholding": "amount", "amount": "amount"}
