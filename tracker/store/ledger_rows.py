"""Rows of the ledger's fact tables <-> domain records. Callers own the transaction."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from sqlite_utils import Database

from tracker.domain.model import (SIDES, Account, Conversion, CorporateAction, Dividend, Fee, Instrument,
                                  Trade, Transfer)
from tracker.domain.money import MAX_AMOUNT, MAX_QUANTITY, MAX_RATE
from tracker.store import columns
from tracker.store.codecs import (RESTORE_HINT, BadValue, DamagedRow, date_out, dec_out,
                                  forget_damaged, forget_damaged_row, note_damaged, readable_rows,
                                  stored_date, stored_decimal, stored_text)
from tracker.store.migrations import LISTING_KINDS

# How the user removes a damaged row of each table (see codecs.DamagedRow).
FIXES = {
    "trades": ("trade", "tracker trades delete {id}"),
    "dividends": ("dividend", "tracker dividends delete {id}"),
    "fees": ("fee", "tracker fees delete {id}"),
    "conversions": ("conversion", "tracker conversions delete {id}"),
    "transfers": ("transfer", "tracker transfers delete {id}"),
    "accounts": ("account", "tracker restore BACKUP"),
    "corporate_actions": ("corporate action", "tracker restore BACKUP"),
    "instruments": ("listing", "tracker restore BACKUP"),
}


def _decoded(db: Database, table: str, fetch: Callable[[], Iterable[dict]], decode: Callable,
             scope=None) -> list:
    """`decode(row)` of every row `fetch()` gives; a row it cannot read is skipped and noted
    (codecs.DamagedRow)."""
    forget_damaged(db, table, scope)
    records = []
    for r in readable_rows(db, fetch):
        try:
            records.append(decode(r))
        except BadValue as bad:
            what, fix = FIXES[table]
            row_id = r.get("id", r.get("symbol"))
            note_damaged(db, (table, scope, row_id), DamagedRow(
                f"{what} {row_id}", str(bad), fix.format(id=row_id),
                RESTORE_HINT if "restore" in fix else ""))
    return records


def _decoded_table(db: Database, table: str, names: tuple[str, ...], where: str | None, args,
                   order_by: str, decode: Callable, by_column: Callable, scope=None) -> list:
    """The records of `table`'s rows (`names` its columns, in that order): read column by column
    (`by_column(rows)`, see `columns`) when every cell is what the app writes, else row by row
    (`decode` of each row as a dict, the rows it cannot read skipped and noted)."""
    sql = f"SELECT {', '.join(names)} FROM [{table}]{f' WHERE {where}' if where else ''} ORDER BY {order_by}"
    rows = readable_rows(db, lambda: db.execute(sql, args or []).fetchall())
    found = by_column(rows) if rows else []
    if found is not None:
        forget_damaged(db, table, scope)
        return found
    return _decoded(db, table, lambda: [dict(zip(names, row)) for row in rows], decode, scope)


def _symbol(r: dict, column: str, known) -> str:
    return stored_text(r, column, choices=known, optional=False)


def load_instruments(db: Database, kinds: tuple[str, ...] = LISTING_KINDS) -> dict[str, Instrument]:
    """The Alibaba listings (by default): what trades, lots and positions are about. Exchange-rate
    and benchmark series (kinds FX and INDEX) live in the same table, for their prices only."""
    marks = ",".join("?" * len(kinds))

    def decode(r: dict) -> Instrument:
        kind = stored_text(r, "kind", optional=False)
        # a listing's units are ordinary shares (a ratio the ledger divides by); a series has none
        per_unit = stored_decimal(r, "ordinary_per_unit", MAX_RATE,
                                  "positive" if kind in LISTING_KINDS else "non-negative")
        return Instrument(stored_text(r, "symbol", optional=False), stored_text(r, "name"),
                          stored_text(r, "exchange"), stored_text(r, "currency", optional=False),
                          kind, per_unit, stored_date(r, "first_trading_day"))
    found = _decoded(db, "instruments", lambda: db["instruments"].rows_where(
        f"kind IN ({marks})", list(kinds), order_by="symbol"), decode, scope=kinds)
    return {i.symbol: i for i in found}


def _known_symbols(db: Database) -> set[str]:
    return set(load_instruments(db))


# --- accounts -----------------------------------------------------------------------------------
def load_accounts(db: Database) -> dict[int, Account]:
    """Every account by id, in the order they were made."""
    def decode(r: dict) -> Account:
        external = stored_text(r, "external_id")
        return Account(r["id"], stored_text(r, "name", optional=False), stored_text(r, "broker"),
                       stored_text(r, "currency"), external or None)
    found = _decoded(db, "accounts", lambda: db["accounts"].rows_where(order_by="id"), decode)
    return {a.id: a for a in found}


def _account_row(a: Account) -> dict:
    return {"name": a.name, "broker": a.broker, "currency": a.currency, "external_id": a.external_id}


def _insert(db: Database, table: str, row: dict, record):
    """`record` stored as `row` (with its id when it has one: an undo puts a row back as it was);
    returns it with its id."""
    if record.id is not None:
        row["id"] = record.id
    return replace(record, id=db[table].insert(row).last_pk)


def insert_account(db: Database, a: Account) -> Account:
    return _insert(db, "accounts", _account_row(a), a)


def update_account(db: Database, a: Account) -> None:
    db["accounts"].update(a.id, _account_row(a))


def account_in_use(db: Database, account_id: int) -> str | None:
    """The kind of the first activity that belongs to `account_id` ("trade", ...), None if none."""
    for table, columns, what in _ACCOUNT_COLUMNS:
        where = " OR ".join(f"{c} = ?" for c in columns)
        if db.execute(f"SELECT 1 FROM {table} WHERE {where} LIMIT 1", [account_id] * len(columns)).fetchone():
            return what
    return None


_ACCOUNT_COLUMNS = (("trades", ("account_id",), "trade"), ("dividends", ("account_id",), "dividend"),
                    ("fees", ("account_id",), "fee"),
                    ("conversions", ("from_account_id", "to_account_id"), "conversion"),
                    ("transfers", ("from_account_id", "to_account_id"), "transfer"))


def _known_accounts(db: Database) -> set[int]:
    return {r[0] for r in db.execute("SELECT id FROM accounts")}


def _account(r: dict, column: str, known: set[int] | None) -> int:
    """An account id column: an integer naming a stored account."""
    value = r[column]
    if type(value) is not int:
        raise BadValue(column, value, "is not an account id")
    if known is not None and value not in known:
        raise BadValue(column, value, "is not a stored account")
    return value


# --- trades -------------------------------------------------------------------------------------
def _trade_row(t: Trade) -> dict:
    return {"symbol": t.symbol, "side": t.side, "trade_date": date_out(t.trade_date),
            "quantity": dec_out(t.quantity), "price": dec_out(t.price), "fee": dec_out(t.fee),
            "currency": t.currency, "note": t.note, "account_id": t.account_id}


def _trade(r: dict, known: set[str] | None = None, accounts: set[int] | None = None) -> Trade:
    return Trade(_symbol(r, "symbol", known), stored_text(r, "side", choices=SIDES),
                 stored_date(r, "trade_date"),
                 stored_decimal(r, "quantity", MAX_QUANTITY, "positive"),
                 stored_decimal(r, "price", MAX_AMOUNT, "positive"),
                 stored_decimal(r, "fee", MAX_AMOUNT, "non-negative"),
                 stored_text(r, "currency"), stored_text(r, "note"), r["id"],
                 _account(r, "account_id", accounts))


_TRADE_COLUMNS = ("id", "symbol", "side", "trade_date", "quantity", "price", "fee", "currency", "note",
                  "account_id")


def _trades_by_column(rows: list[tuple], known: set[str] | None, accounts: set[int] | None) -> list[Trade] | None:
    """`_trade` of every row, a column at a time; None when some cell is not plainly readable."""
    row_ids, symbols, sides, days, quantities, prices, fees, currencies, notes, account_ids = zip(*rows)
    cells = (columns.texts(symbols, known, optional=False), columns.texts(sides, SIDES), columns.dates(days),
             columns.decimals(quantities, MAX_QUANTITY, "positive"), columns.decimals(prices, MAX_AMOUNT, "positive"),
             columns.decimals(fees, MAX_AMOUNT, "non-negative"), columns.texts(currencies), columns.texts(notes),
             row_ids, columns.ids(account_ids, accounts))
    if any(c is None for c in cells):
        return None
    return list(map(Trade, *cells))


def load_trades(db: Database, symbol: str | None = None) -> list[Trade]:
    where, args = ("symbol = ?", [symbol]) if symbol else (None, None)
    known, accounts = _known_symbols(db), _known_accounts(db)
    return _decoded_table(db, "trades", _TRADE_COLUMNS, where, args, "trade_date, id",
                          lambda r: _trade(r, known, accounts), lambda rows: _trades_by_column(rows, known, accounts),
                          scope=symbol)


def get_trade(db: Database, trade_id: int) -> Trade | None:
    return get_record(db, "trades", trade_id)


def insert_trade(db: Database, t: Trade, import_key: str | None = None) -> Trade:
    return _insert(db, "trades", {**_trade_row(t), "import_key": import_key}, t)


IMPORT_KEYED = ("trades", "dividends", "fees", "transfers")    # tables whose rows carry an import key


def existing_import_keys(db: Database, keys: list[str], table: str = "trades") -> set[str]:
    """Which of `keys` rows of `table` already carry (a re-imported file adds nothing)."""
    if table not in IMPORT_KEYED:
        raise ValueError(f"{table} rows carry no import key")
    found: set[str] = set()
    if not has_import_keys(db, table):
        return found
    for i in range(0, len(keys), 500):
        chunk = keys[i:i + 500]
        marks = ",".join("?" * len(chunk))
        found.update(r[0] for r in db.execute(f"SELECT import_key FROM [{table}] WHERE import_key IN ({marks})", chunk))
    return found


def has_import_keys(db: Database, table: str) -> bool:
    """Whether `table` keeps import keys (trades always; dividends and fees from a later schema)."""
    return any(r[1] == "import_key" for r in db.execute(f"PRAGMA table_info([{table}])"))


_ROW_OF_RECORD = {Trade: ("trades", _trade_row), Dividend: ("dividends", lambda d: _dividend_row(d)),
                  Fee: ("fees", lambda f: _fee_row(f)), Conversion: ("conversions", lambda c: _conversion_row(c)),
                  Transfer: ("transfers", lambda x: _transfer_row(x))}


def table_of(record) -> str:
    return _ROW_OF_RECORD[type(record)][0] if type(record) in _ROW_OF_RECORD else "corporate_actions"


def insert_records(db: Database, records: list, keys: list[str | None]) -> list:
    """Insert many records (their ids kept when set) with plain prepared statements: an import of
    10,000 rows must not pay sqlite-utils' per-row table introspection. Returns them with ids."""
    saved = []
    statements: dict[tuple, str] = {}
    keyed = {table: has_import_keys(db, table) for table in ("trades", "dividends", "fees", "transfers")}
    for record, key in zip(records, keys):
        if isinstance(record, CorporateAction):
            saved.append(insert_corporate_action(db, record))
            continue
        table, encode = _ROW_OF_RECORD[type(record)]
        row = encode(record)
        if record.id is not None:
            row["id"] = record.id
        if keyed.get(table):
            row["import_key"] = key
        columns = tuple(row)
        sql = statements.get((table, columns))
        if sql is None:
            sql = statements[(table, columns)] = (
                f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in columns)}) "
                f"VALUES ({', '.join('?' * len(columns))})")
        cursor = db.conn.execute(sql, list(row.values()))
        saved.append(replace(record, id=cursor.lastrowid))
    return saved


def records_by_key(db: Database, table: str, keys: list[str]) -> dict[str, object]:
    """The stored records of `table` (trades, dividends or fees) under these import keys."""
    if not keys or not has_import_keys(db, table):
        return {}
    decode = {"trades": _trade, "dividends": _dividend, "fees": _fee}[table]
    known, accounts = _known_symbols(db), _known_accounts(db)
    found = {}
    for i in range(0, len(keys), 500):
        chunk = keys[i:i + 500]
        marks = ",".join("?" * len(chunk))
        for r in readable_rows(db, lambda: db[table].rows_where(f"import_key IN ({marks})", chunk)):
            try:
                found[r["import_key"]] = decode(r, known, accounts)
            except BadValue:
                continue            # a damaged row is left alone (and named by the loaders)
    return found


def import_key_of(db: Database, table: str, row_id: int) -> str | None:
    if not has_import_keys(db, table):
        return None
    found = db.execute(f"SELECT import_key FROM [{table}] WHERE id = ?", [row_id]).fetchone()
    return found[0] if found else None


def update_trade(db: Database, t: Trade) -> None:
    db["trades"].update(t.id, _trade_row(t))


def delete_row(db: Database, table: str, row_id: int) -> None:
    # plain SQL: sqlite-utils reads the row first, and a damaged row must still be deletable
    db.execute(f"DELETE FROM [{table}] WHERE id = ?", [row_id])
    forget_damaged_row(db, table, row_id)


def row_exists(db: Database, table: str, row_id: int) -> bool:
    return db.execute(f"SELECT 1 FROM [{table}] WHERE id = ?", [row_id]).fetchone() is not None



# --- dividends, fees, conversions, corporate actions --------------------------------------------
def load_dividends(db: Database, symbol: str | None = None) -> list[Dividend]:
    where, args = ("symbol = ?", [symbol]) if symbol else (None, None)
    known, accounts = _known_symbols(db), _known_accounts(db)
    return _decoded(db, "dividends", lambda: db["dividends"].rows_where(where, args, order_by="pay_date, id"),
                    lambda r: _dividend(r, known, accounts), scope=symbol)


def _dividend(r: dict, known: set[str] | None = None, accounts: set[int] | None = None) -> Dividend:
    return Dividend(_symbol(r, "symbol", known), stored_date(r, "pay_date"),
                    stored_decimal(r, "gross", MAX_AMOUNT, "positive"),
                    stored_decimal(r, "withholding", MAX_AMOUNT, "non-negative"),
                    stored_decimal(r, "fee", MAX_AMOUNT, "non-negative"),
                    stored_text(r, "currency"), stored_text(r, "note"), r["id"],
                    received=stored_decimal(r, "received", MAX_AMOUNT, "positive", optional=True),
                    received_currency=stored_text(r, "received_currency"),
                    fx_rate=stored_decimal(r, "fx_rate", MAX_AMOUNT, "positive", optional=True),
                    account_id=_account(r, "account_id", accounts))


def _dividend_row(d: Dividend) -> dict:
    return {"symbol": d.symbol, "pay_date": date_out(d.pay_date), "gross": dec_out(d.gross),
            "withholding": dec_out(d.withholding), "fee": dec_out(d.fee), "currency": d.currency,
            "note": d.note, "received": dec_out(d.received), "received_currency": d.received_currency,
            "fx_rate": dec_out(d.fx_rate), "account_id": d.account_id}


def insert_dividend(db: Database, d: Dividend, import_key: str | None = None) -> Dividend:
    return _insert(db, "dividends", {**_dividend_row(d), "import_key": import_key}, d)


def load_fees(db: Database, symbol: str | None = None) -> list[Fee]:
    where, args = ("symbol = ?", [symbol]) if symbol else (None, None)
    known, accounts = _known_symbols(db), _known_accounts(db)
    return _decoded(db, "fees", lambda: db["fees"].rows_where(where, args, order_by="fee_date, id"),
                    lambda r: _fee(r, known, accounts), scope=symbol)


def _fee(r: dict, known: set[str] | None = None, accounts: set[int] | None = None) -> Fee:
    return Fee(_symbol(r, "symbol", known), stored_date(r, "fee_date"),
               stored_decimal(r, "amount", MAX_AMOUNT, "positive"), stored_text(r, "currency"),
               stored_text(r, "note"), r["id"], _account(r, "account_id", accounts))


def _fee_row(f: Fee) -> dict:
    return {"symbol": f.symbol, "fee_date": date_out(f.fee_date), "amount": dec_out(f.amount),
            "currency": f.currency, "note": f.note, "account_id": f.account_id}


def insert_fee(db: Database, f: Fee, import_key: str | None = None) -> Fee:
    return _insert(db, "fees", {**_fee_row(f), "import_key": import_key}, f)


def load_conversions(db: Database) -> list[Conversion]:
    known, accounts = _known_symbols(db), _known_accounts(db)
    return _decoded(db, "conversions", lambda: db["conversions"].rows_where(order_by="conversion_date, id"),
                    lambda r: _conversion(r, known, accounts))


def _conversion(r: dict, known: set[str] | None = None, accounts: set[int] | None = None) -> Conversion:
    rate = stored_decimal(r, "fx_rate", MAX_RATE, "positive")
    if rate >= MAX_RATE:
        raise BadValue("fx_rate", r["fx_rate"], "must be less than 10^6")
    return Conversion(stored_date(r, "conversion_date"), _symbol(r, "from_symbol", known),
                      _symbol(r, "to_symbol", known),
                      stored_decimal(r, "quantity", MAX_QUANTITY, "positive"),
                      stored_decimal(r, "fee", MAX_AMOUNT, "non-negative"), rate,
                      stored_text(r, "note"), r["id"], _account(r, "from_account_id", accounts),
                      _account(r, "to_account_id", accounts))


def _conversion_row(c: Conversion) -> dict:
    return {"conversion_date": date_out(c.conversion_date), "from_symbol": c.from_symbol,
            "to_symbol": c.to_symbol, "quantity": dec_out(c.quantity), "fee": dec_out(c.fee),
            "fx_rate": dec_out(c.fx_rate), "note": c.note, "from_account_id": c.from_account_id,
            "to_account_id": c.to_account_id}


def insert_conversion(db: Database, c: Conversion) -> Conversion:
    return _insert(db, "conversions", _conversion_row(c), c)


def load_transfers(db: Database) -> list[Transfer]:
    known, accounts = _known_symbols(db), _known_accounts(db)
    return _decoded(db, "transfers", lambda: db["transfers"].rows_where(order_by="transfer_date, id"),
                    lambda r: _transfer(r, known, accounts))


def _transfer(r: dict, known: set[str] | None = None, accounts: set[int] | None = None) -> Transfer:
    return Transfer(stored_date(r, "transfer_date"), _symbol(r, "symbol", known),
                    stored_decimal(r, "quantity", MAX_QUANTITY, "positive"),
                    _account(r, "from_account_id", accounts), _account(r, "to_account_id", accounts),
                    stored_decimal(r, "fee", MAX_AMOUNT, "non-negative"), stored_text(r, "currency"),
                    stored_text(r, "note"), r["id"])


def _transfer_row(x: Transfer) -> dict:
    return {"transfer_date": date_out(x.transfer_date), "symbol": x.symbol, "quantity": dec_out(x.quantity),
            "from_account_id": x.from_account_id, "to_account_id": x.to_account_id, "fee": dec_out(x.fee),
            "currency": x.currency, "note": x.note}


def insert_transfer(db: Database, x: Transfer, import_key: str | None = None) -> Transfer:
    return _insert(db, "transfers", {**_transfer_row(x), "import_key": import_key}, x)


def load_corporate_actions(db: Database) -> list[CorporateAction]:
    known = _known_symbols(db)

    def decode(r: dict) -> CorporateAction:
        return CorporateAction(_symbol(r, "symbol", known), stored_date(r, "effective"),
                               stored_text(r, "kind", optional=False),
                               stored_decimal(r, "factor", MAX_RATE, "positive"),
                               stored_text(r, "note"), r["id"])
    return _decoded(db, "corporate_actions",
                    lambda: db["corporate_actions"].rows_where(order_by="effective, id"), decode)


_ROW_OF = {"dividends": _dividend_row, "fees": _fee_row, "conversions": _conversion_row,
           "transfers": _transfer_row}


def update_record(db: Database, table: str, record) -> None:
    """Overwrite dividend, fee, conversion or transfer `record.id` with `record`'s values."""
    db[table].update(record.id, _ROW_OF[table](record))


def _record_of(table: str):
    return {"trades": _trade, "dividends": _dividend, "fees": _fee, "conversions": _conversion,
            "transfers": _transfer}[table]


# Each record's fields in its table's column order (for a damaged row read as it is stored).
_RAW_COLUMNS = {
    "trades": (Trade, ("symbol", "side", "trade_date", "quantity", "price", "fee", "currency", "note", "id",
                       "account_id")),
    "dividends": (Dividend, ("symbol", "pay_date", "gross", "withholding", "fee", "currency", "note", "id")),
    "fees": (Fee, ("symbol", "fee_date", "amount", "currency", "note", "id", "account_id")),
    "conversions": (Conversion, ("conversion_date", "from_symbol", "to_symbol", "quantity", "fee",
                                 "fx_rate", "note", "id", "from_account_id", "to_account_id")),
    "transfers": (Transfer, ("transfer_date", "symbol", "quantity", "from_account_id", "to_account_id",
                             "fee", "currency", "note", "id")),
}


def get_record(db: Database, table: str, row_id: int):
    """The trade, dividend, fee, conversion or transfer stored as `row_id`, or None. A damaged row comes back
    as it is stored (text where a number or a date cannot be read), so that it can still be named
    and deleted."""
    found = readable_rows(db, lambda: db[table].rows_where("id = ?", [row_id]))
    if not found:
        return None
    try:
        return _record_of(table)(found[0], _known_symbols(db), _known_accounts(db))
    except BadValue:
        kind, columns = _RAW_COLUMNS[table]
        return kind(*(found[0][c] for c in columns))


def insert_corporate_action(db: Database, a: CorporateAction) -> CorporateAction:
    row = {"symbol": a.symbol, "effective": date_out(a.effective), "kind": a.kind,
           "factor": dec_out(a.factor), "note": a.note}
    return replace(a, id=db["corporate_actions"].insert(row).last_pk)
