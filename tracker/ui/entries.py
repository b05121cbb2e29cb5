"""What the window calls an entry: one recorded fact of the ledger — a trade, a dividend, a
standalone fee, an ADS <-> Hong Kong share conversion or a transfer between accounts — and how
entries of different kinds are dated, ordered and named alike.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP

from tracker.domain.model import BUY, Conversion, Dividend, Fee, Trade, Transfer, accounts_of
from tracker.ui import formatting as fmt
from tracker.ui.i18n import tr

Entry = Trade | Dividend | Fee | Conversion | Transfer

# same-day order, as the ledger replays a day (see tracker.domain.ledger): what the date sorts by
_BUY_RANK, _CONVERSION_RANK, _TRANSFER_RANK, _SELL_RANK, _DIVIDEND_RANK, _FEE_RANK = range(6)


def entry_date(entry: Entry) -> date:
    if isinstance(entry, Trade):
        return entry.trade_date
    if isinstance(entry, Dividend):
        return entry.pay_date
    if isinstance(entry, Fee):
        return entry.fee_date
    if isinstance(entry, Transfer):
        return entry.transfer_date
    return entry.conversion_date


def entry_rank(entry: Entry) -> int:
    if isinstance(entry, Trade):
        return _BUY_RANK if entry.side == BUY else _SELL_RANK
    if isinstance(entry, Conversion):
        return _CONVERSION_RANK
    if isinstance(entry, Transfer):
        return _TRANSFER_RANK
    return _DIVIDEND_RANK if isinstance(entry, Dividend) else _FEE_RANK


def chronological(entries) -> list[Entry]:
    """In the order the ledger replays them: by day, then buys, conversions, transfers, sells,
    dividends, fees."""
    return sorted(entries, key=lambda e: (entry_date(e), entry_rank(e), e.id or 0))


def entry_key(entry: Entry) -> tuple[type, int | None]:
    """What identifies a row across refreshes: ids are per kind of record."""
    return type(entry), entry.id


def entry_type(entry: Entry) -> str:
    if isinstance(entry, Trade):
        return entry.side.capitalize()
    if isinstance(entry, Dividend):
        return "Dividend"
    if isinstance(entry, Transfer):
        return "Transfer"
    return "Fee" if isinstance(entry, Fee) else "Convert"


def entry_symbols(entry: Entry) -> tuple[str, ...]:
    """The listings an entry touches (a conversion touches both)."""
    if isinstance(entry, Conversion):
        return entry.from_symbol, entry.to_symbol
    return (entry.symbol,)


entry_accounts = accounts_of      # the accounts an entry touches


TYPE_NAMES = (QT_TRANSLATE_NOOP("", "Buy"), QT_TRANSLATE_NOOP("", "Sell"), QT_TRANSLATE_NOOP("", "Dividend"),
              QT_TRANSLATE_NOOP("", "Fee"), QT_TRANSLATE_NOOP("", "Convert"), QT_TRANSLATE_NOOP("", "Transfer"))


def describe(entry: Entry) -> str:
    """`buy 100 BABA on 2024-03-01`: the words the Undo / Redo menu items and confirmations show."""
    if isinstance(entry, Trade):
        text = tr("buy {quantity} {symbol} on {day}") if entry.side == BUY else tr("sell {quantity} {symbol} on {day}")
        return text.format(quantity=fmt.quantity(entry.quantity), symbol=entry.symbol, day=entry.trade_date)
    if isinstance(entry, Dividend):
        return tr("dividend {amount} {symbol} on {day}").format(
            amount=fmt.money(entry.net, entry.currency), symbol=entry.symbol, day=entry.pay_date)
    if isinstance(entry, Fee):
        return tr("fee {amount} {symbol} on {day}").format(
            amount=fmt.money(entry.amount, entry.currency), symbol=entry.symbol, day=entry.fee_date)
    if isinstance(entry, Transfer):
        return tr("transfer of {quantity} {symbol} on {day}").format(
            quantity=fmt.quantity(entry.quantity), symbol=entry.symbol, day=entry.transfer_date)
    return tr("conversion of {quantity} {source} to {target} on {day}").format(
        quantity=fmt.quantity(entry.quantity), source=entry.from_symbol, target=entry.to_symbol,
        day=entry.conversion_date)
