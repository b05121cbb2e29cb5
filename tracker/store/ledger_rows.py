"""Rows of the ledger's fact tables <-> domain records. Callers own the transaction."""
from __future__ import annotations

from dataclasses import replace

from sqlite_utils import Database

from tracker.domain.model import Conversion, CorporateAction, Dividend, Fee, Instrument, Trade
from tracker.store.codecs import date_in, date_out, dec_in, dec_out
from tracker.store.migrations import LISTING_KINDS


def load_instruments(db: Database, kinds: tuple[str, ...] = LISTING_KINDS) -> dict[str, Instrument]:
    """The Alibaba listings (by default): what trades, lots and positions are about. Exchange-rate
    and benchmark series (kinds FX and INDEX) live in the same table, for their prices only."""
    marks = ",".join("?" * len(kinds))
    return {
        r["symbol"]: Instrument(r["symbol"], r["name"], r["exchange"], r["currency"], r["kind"],
                                dec_in(r["ordinary_per_unit"]), date_in(r["first_trading_day"]))
        for r in db["instruments"].rows_where(f"kind IN ({marks})", list(kinds), order_by="symbol")
    }


# --- trades -------------------------------------------------------------------------------------
def _trade_row(t: Trade) -> dict:
    return {"symbol": t.symbol, "side": t.side, "trade_date": date_out(t.trade_date),
            "quantity": dec_out(t.quantity), "price": dec_out(t.price), "fee": dec_out(t.fee),
            "currency": t.currency, "note": t.note}


def _trade(r: dict) -> Trade:
    return Trade(r["symbol"], r["side"], date_in(r["trade_date"]), dec_in(r["quantity"]),
                 dec_in(r["price"]), dec_in(r["fee"]), r["currency"], r["note"], r["id"])


def load_trades(db: Database, symbol: str | None = None) -> list[Trade]:
    where, args = ("symbol = ?", [symbol]) if symbol else (None, None)
    return [_trade(r) for r in db["trades"].rows_where(where, args, order_by="trade_date, id")]


def get_trade(db: Database, trade_id: int) -> Trade | None:
    rows = list(db["trades"].rows_where("id = ?", [trade_id]))
    return _trade(rows[0]) if rows else None


def insert_trade(db: Database, t: Trade, import_key: str | None = None) -> Trade:
    row = _trade_row(t)
    if t.id is not None:
        row["id"] = t.id
    row["import_key"] = import_key
    new_id = db["trades"].insert(row).last_pk
    return replace(t, id=new_id)


def existing_import_keys(db: Database, keys: list[str]) -> set[str]:
    found: set[str] = set()
    for i in range(0, len(keys), 500):
        chunk = keys[i:i + 500]
        marks = ",".join("?" * len(chunk))
        found.update(r[0] for r in db.execute(f"SELECT import_key FROM trades WHERE import_key IN ({marks})", chunk))
    return found


def update_trade(db: Database, t: Trade) -> None:
    db["trades"].update(t.id, _trade_row(t))


def delete_row(db: Database, table: str, row_id: int) -> None:
    db[table].delete(row_id)


def row_exists(db: Database, table: str, row_id: int) -> bool:
    return db.execute(f"SELECT 1 FROM [{table}] WHERE id = ?", [row_id]).fetchone() is not None



# --- dividends, fees, conversions, corporate actions --------------------------------------------
def load_dividends(db: Database, symbol: str | None = None) -> list[Dividend]:
    where, args = ("symbol = ?", [symbol]) if symbol else (None, None)
    return [_dividend(r) for r in db["dividends"].rows_where(where, args, order_by="pay_date, id")]


def _dividend(r: dict) -> Dividend:
    return Dividend(r["symbol"], date_in(r["pay_date"]), dec_in(r["gross"]), dec_in(r["withholding"]),
                    dec_in(r["fee"]), r["currency"], r["note"], r["id"])


def _dividend_row(d: Dividend) -> dict:
    return {"symbol": d.symbol, "pay_date": date_out(d.pay_date), "gross": dec_out(d.gross),
            "withholding": dec_out(d.withholding), "fee": dec_out(d.fee), "currency": d.currency,
            "note": d.note}


def insert_dividend(db: Database, d: Dividend) -> Dividend:
    row = _dividend_row(d)
    if d.id is not None:
        row["id"] = d.id
    return replace(d, id=db["dividends"].insert(row).last_pk)


def load_fees(db: Database, symbol: str | None = None) -> list[Fee]:
    where, args = ("symbol = ?", [symbol]) if symbol else (None, None)
    return [_fee(r) for r in db["fees"].rows_where(where, args, order_by="fee_date, id")]


def _fee(r: dict) -> Fee:
    return Fee(r["symbol"], date_in(r["fee_date"]), dec_in(r["amount"]), r["currency"], r["note"], r["id"])


def _fee_row(f: Fee) -> dict:
    return {"symbol": f.symbol, "fee_date": date_out(f.fee_date), "amount": dec_out(f.amount),
            "currency": f.currency, "note": f.note}


def insert_fee(db: Database, f: Fee) -> Fee:
    row = _fee_row(f)
    if f.id is not None:
        row["id"] = f.id
    return replace(f, id=db["fees"].insert(row).last_pk)


def load_conversions(db: Database) -> list[Conversion]:
    return [_conversion(r) for r in db["conversions"].rows_where(order_by="conversion_date, id")]


def _conversion(r: dict) -> Conversion:
    return Conversion(date_in(r["conversion_date"]), r["from_symbol"], r["to_symbol"], dec_in(r["quantity"]),
                      dec_in(r["fee"]), dec_in(r["fx_rate"]), r["note"], r["id"])


def _conversion_row(c: Conversion) -> dict:
    return {"conversion_date": date_out(c.conversion_date), "from_symbol": c.from_symbol,
            "to_symbol": c.to_symbol, "quantity": dec_out(c.quantity), "fee": dec_out(c.fee),
            "fx_rate": dec_out(c.fx_rate), "note": c.note}


def insert_conversion(db: Database, c: Conversion) -> Conversion:
    row = _conversion_row(c)
    if c.id is not None:
        row["id"] = c.id
    return replace(c, id=db["conversions"].insert(row).last_pk)


def load_corporate_actions(db: Database) -> list[CorporateAction]:
    return [CorporateAction(r["symbol"], date_in(r["effective"]), r["kind"], dec_in(r["factor"]), r["note"], r["id"])
            for r in db["corporate_actions"].rows_where(order_by="effective, id")]


_ROW_OF = {"dividends": _dividend_row, "fees": _fee_row, "conversions": _conversion_row}


def update_record(db: Database, table: str, record) -> None:
    """Overwrite dividend, fee or conversion `record.id` with `record`'s values."""
    db[table].update(record.id, _ROW_OF[table](record))


def _record_of(table: str):
    return {"trades": _trade, "dividends": _dividend, "fees": _fee, "conversions": _conversion}[table]


def get_record(db: Database, table: str, row_id: int):
    """The trade, dividend, fee or conversion stored as `row_id`, or None."""
    found = list(db[table].rows_where("id = ?", [row_id]))
    return _record_of(table)(found[0]) if found else None
