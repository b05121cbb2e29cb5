"""Ordered schema migrations (sqlite-utils `Migrations`), mirrored in `PRAGMA user_version`.

Append new migrations at the end; never edit one that has shipped. `SCHEMA_VERSION` is the number
of migrations this build knows: a database whose user_version is higher was written by a newer app.
"""
from __future__ import annotations

import sqlite3

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("tracker")


@migrations()
def m001_initial(db: Database) -> None:
    _run_script(db,
        """
        CREATE TABLE instruments (
            symbol TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            exchange TEXT NOT NULL,
            currency TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('ADS', 'ORD')),
            ordinary_per_unit TEXT NOT NULL,
            first_trading_day TEXT NOT NULL
        );
        CREATE TABLE trades (
            id INTEGER PRIMARY KEY,
            symbol TEXT NOT NULL REFERENCES instruments(symbol),
            side TEXT NOT NULL CHECK (side IN ('buy', 'sell')),
            trade_date TEXT NOT NULL,
            quantity TEXT NOT NULL,
            price TEXT NOT NULL,
            fee TEXT NOT NULL DEFAULT '0',
            currency TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            import_key TEXT UNIQUE
        );
        CREATE INDEX trades_symbol_date ON trades(symbol, trade_date);
        CREATE TABLE dividends (
            id INTEGER PRIMARY KEY,
            symbol TEXT NOT NULL REFERENCES instruments(symbol),
            pay_date TEXT NOT NULL,
            gross TEXT NOT NULL,
            withholding TEXT NOT NULL DEFAULT '0',
            fee TEXT NOT NULL DEFAULT '0',
            currency TEXT NOT NULL DEFAULT 'USD',
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE fees (
            id INTEGER PRIMARY KEY,
            symbol TEXT NOT NULL REFERENCES instruments(symbol),
            fee_date TEXT NOT NULL,
            amount TEXT NOT NULL,
            currency TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE conversions (
            id INTEGER PRIMARY KEY,
            conversion_date TEXT NOT NULL,
            from_symbol TEXT NOT NULL REFERENCES instruments(symbol),
            to_symbol TEXT NOT NULL REFERENCES instruments(symbol),
            quantity TEXT NOT NULL,
            fee TEXT NOT NULL DEFAULT '0',
            fx_rate TEXT NOT NULL DEFAULT '1',
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE corporate_actions (
            id INTEGER PRIMARY KEY,
            symbol TEXT NOT NULL REFERENCES instruments(symbol),
            effective TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('split', 'ratio_change')),
            factor TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT ''
        );
        -- Market bars are float64 by design; ts is epoch seconds of the bar's naive exchange-local
        -- time. A bar at exactly midnight is a daily bar (neither exchange trades at midnight).
        CREATE TABLE prices (
            symbol TEXT NOT NULL REFERENCES instruments(symbol),
            ts INTEGER NOT NULL,
            open REAL NOT NULL,
            high REAL NOT NULL,
            low REAL NOT NULL,
            close REAL NOT NULL,
            volume REAL NOT NULL,
            PRIMARY KEY (symbol, ts)
        ) WITHOUT ROWID;
        CREATE TABLE earnings_events (
            id INTEGER PRIMARY KEY,
            fiscal_period TEXT NOT NULL UNIQUE,
            period_end TEXT NOT NULL,
            release_date TEXT,
            session TEXT CHECK (session IN ('before', 'after')),
            revenue_rmb_bn TEXT,
            eps_diluted_rmb TEXT,
            eps_non_gaap_rmb TEXT,
            consensus_revenue TEXT,
            consensus_eps TEXT,
            consensus_eps_rmb TEXT,
            origin TEXT NOT NULL DEFAULT 'user' CHECK (origin IN ('bundled', 'edited', 'user')),
            source TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE buyback_quarters (
            id INTEGER PRIMARY KEY,
            quarter_end TEXT NOT NULL UNIQUE,
            amount_usd TEXT,
            shares_repurchased_ads TEXT,
            outstanding_ads TEXT,
            remaining_usd TEXT,
            origin TEXT NOT NULL DEFAULT 'user' CHECK (origin IN ('bundled', 'edited', 'user')),
            source TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE buyback_programs (
            id INTEGER PRIMARY KEY,
            announced TEXT NOT NULL UNIQUE,
            amount_usd TEXT,
            change TEXT NOT NULL DEFAULT '',
            effective_through TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        """
    )
    _seed_instruments(db)


def _seed_instruments(db: Database) -> None:
    db["instruments"].insert_all([
        {"symbol": "BABA", "name": "Alibaba Group ADS", "exchange": "NYSE", "currency": "USD",
         "kind": "ADS", "ordinary_per_unit": "8", "first_trading_day": "2014-09-19"},
        {"symbol": "9988.HK", "name": "Alibaba Group ordinary shares", "exchange": "HKEX",
         "currency": "HKD", "kind": "ORD", "ordinary_per_unit": "1", "first_trading_day": "2019-11-26"},
    ])
    # The 2019 8-for-1 subdivision of ordinary shares took effect 2019-07-30 and the ADS ratio moved
    # from 1 to 8 ordinary shares per ADS at the same moment: no ADS count or ADS price changed.
    # 9988.HK only listed after it, so the subdivision touches no holding; it is stored as the fact.
    db["corporate_actions"].insert_all([
        {"symbol": "9988.HK", "effective": "2019-07-30", "kind": "split", "factor": "8",
         "note": "8-for-1 subdivision of ordinary shares"},
        {"symbol": "BABA", "effective": "2019-07-30", "kind": "ratio_change", "factor": "8",
         "note": "ADS ratio changed from 1 to 8 ordinary shares per ADS with the subdivision"},
    ])


@migrations()
def m002_earnings_usd(db: Database) -> None:
    """Results some sources give only in US dollars (revenue and EPS per ADS)."""
    _run_script(db,
        """
        ALTER TABLE earnings_events ADD COLUMN revenue_usd_bn TEXT;
        ALTER TABLE earnings_events ADD COLUMN eps_diluted_usd TEXT;
        ALTER TABLE earnings_events ADD COLUMN eps_non_gaap_usd TEXT;
        """
    )


@migrations()
def m003_ids_never_reused_and_revisions(db: Database) -> None:
    """Row ids are never handed out twice (AUTOINCREMENT), so an undo step that names a row can
    never hit another process's newer row; and `revisions` counts committed changes per kind of
    fact, so every process can tell what another one changed."""
    tables = [name for (name,) in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%id INTEGER PRIMARY KEY,%'")]
    for table in tables:
        sql = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
                         [table]).fetchone()[0]
        indexes = [row[0] for row in db.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
            [table])]
        rebuilt = sql.replace("id INTEGER PRIMARY KEY,", "id INTEGER PRIMARY KEY AUTOINCREMENT,", 1)
        rebuilt = rebuilt.replace(f"CREATE TABLE {table} ", f"CREATE TABLE {table}_v3 ", 1)
        rebuilt = rebuilt.replace(f'CREATE TABLE "{table}" ', f"CREATE TABLE {table}_v3 ", 1)
        db.execute(rebuilt)
        db.execute(f"INSERT INTO {table}_v3 SELECT * FROM {table}")
        db.execute(f"DROP TABLE {table}")
        db.execute(f"ALTER TABLE {table}_v3 RENAME TO {table}")
        for index in indexes:
            db.execute(index)
    # plain execute, not executescript: executescript would commit the migration halfway
    db.execute("CREATE TABLE revisions (kind TEXT PRIMARY KEY, n INTEGER NOT NULL DEFAULT 0)")
    # Triggers, so that no write path (this app's, an older one's, a script's) can forget to say
    # what it changed. Prices are the exception: a trigger per bar would slow a million-bar import,
    # so the bar store bumps `prices:SYMBOL` once per write instead.
    for table, columns in _REVISED_BY_SYMBOL.items():
        for event, rows in (("INSERT", ("NEW",)), ("DELETE", ("OLD",)), ("UPDATE", ("OLD", "NEW"))):
            bumps = " ".join(_bump(f"'activities:' || {row}.{column}")
                             for row in rows for column in columns)
            db.execute(f"CREATE TRIGGER {table}_{event.lower()}_revision AFTER {event} ON {table} "
                       f"BEGIN {bumps} END")
    for table, kind in _REVISED_AS.items():
        for event in ("INSERT", "DELETE", "UPDATE"):
            db.execute(f"CREATE TRIGGER {table}_{event.lower()}_revision AFTER {event} ON {table} "
                       f"BEGIN {_bump(repr(kind))} END")


@migrations()
def m004_market_series(db: Database) -> None:
    """Series that are not Alibaba listings but are stored like prices: exchange rates (FX: HKD and
    CNY per US dollar) and benchmarks (INDEX: an index or ETF to compare with). Only the kind's
    CHECK constraint changes, so the table's text is edited in place (SQLite's documented way for
    a change that leaves the stored rows as they are) instead of rebuilding a table the ledger's
    foreign keys point at."""
    old = "CHECK (kind IN ('ADS', 'ORD'))"
    new = "CHECK (kind IN ('ADS', 'ORD', 'FX', 'INDEX'))"
    version = db.execute("PRAGMA schema_version").fetchone()[0]
    db.execute("PRAGMA writable_schema = ON")
    db.execute("UPDATE sqlite_master SET sql = replace(sql, ?, ?) WHERE type = 'table' AND name = 'instruments'",
               [old, new])
    db.execute(f"PRAGMA schema_version = {version + 1}")
    db.execute("PRAGMA writable_schema = OFF")
    db["instruments"].insert_all([
        {"symbol": "USDHKD", "name": "Hong Kong dollars per US dollar", "exchange": "FX",
         "currency": "HKD", "kind": "FX", "ordinary_per_unit": "0", "first_trading_day": "1983-10-17"},
        {"symbol": "USDCNY", "name": "Chinese yuan per US dollar", "exchange": "FX",
         "currency": "CNY", "kind": "FX", "ordinary_per_unit": "0", "first_trading_day": "1994-01-01"},
    ])


def _run_script(db: Database, script: str) -> None:
    """Each statement of `script`, inside the caller's transaction. (`executescript` would COMMIT
    whatever transaction is open first, so an upgrade killed half-way would be left half-done.)"""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""
    if statement.strip() and not statement.strip().startswith("--"):
        raise ValueError(f"incomplete SQL statement in a migration: {statement!r}")


LISTING_KINDS = ("ADS", "ORD")      # what a position can hold; FX and INDEX series are only prices


_REVISED_BY_SYMBOL = {"trades": ("symbol",), "dividends": ("symbol",), "fees": ("symbol",),
                      "corporate_actions": ("symbol",), "conversions": ("from_symbol", "to_symbol")}
_REVISED_AS = {"earnings_events": "reference", "buyback_quarters": "reference",
               "buyback_programs": "reference", "meta": "settings"}


def _bump(kind_sql: str) -> str:
    return (f"INSERT INTO revisions (kind, n) VALUES ({kind_sql}, 1) "
            f"ON CONFLICT (kind) DO UPDATE SET n = n + 1;")


@migrations()
def m005_source_quality_and_declared_dividends(db: Database) -> None:
    """How good each bundled row's source is (a company filing or release, or a secondary site the
    holder should double-check), and the dividends Alibaba declared, as reference data."""
    for table in ("earnings_events", "buyback_quarters"):
        db.execute(f"ALTER TABLE {table} ADD COLUMN source_quality TEXT NOT NULL DEFAULT '' "
                   "CHECK (source_quality IN ('', 'primary', 'secondary'))")
    db.execute(
        """
        CREATE TABLE declared_dividends (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            fiscal_year TEXT NOT NULL,
            kind TEXT NOT NULL,
            announced TEXT,
            per_ads_usd TEXT NOT NULL,
            per_share_usd TEXT NOT NULL,
            ex_date TEXT NOT NULL,
            hk_ex_date TEXT,
            record_date TEXT,
            pay_date TEXT,
            source TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            source_quality TEXT NOT NULL DEFAULT ''
                CHECK (source_quality IN ('', 'primary', 'secondary')),
            UNIQUE (fiscal_year, kind)
        )
        """
    )
    for event in ("INSERT", "DELETE", "UPDATE"):
        db.execute(f"CREATE TRIGGER declared_dividends_{event.lower()}_revision AFTER {event} "
                   f"ON declared_dividends BEGIN {_bump(repr('reference'))} END")


@migrations()
def m006_series_sources(db: Database) -> None:
    """Where each price series last came from (a file import or an online provider) and when it
    was last written, so the window can say how fresh it is."""
    db.execute(
        "CREATE TABLE series_sources (symbol TEXT PRIMARY KEY REFERENCES instruments(symbol), "
        "origin TEXT NOT NULL CHECK (origin IN ('file', 'provider')), "
        "name TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL)")
    # a series' source is part of its prices: a window showing them refreshes when it changes
    for event, row in (("INSERT", "NEW"), ("DELETE", "OLD"), ("UPDATE", "NEW")):
        bump = _bump(f"'prices:' || {row}.symbol")
        db.execute(f"CREATE TRIGGER series_sources_{event.lower()}_revision AFTER {event} ON "
                   f"series_sources BEGIN {bump} END")


@migrations()
def m007_dividends_received(db: Database) -> None:
    """A dividend declared in one currency and credited in another (US dollars declared, HKD
    received on the Hong Kong line): the amount that arrived, its currency and the rate used. Empty
    for dividends received as declared."""
    db.execute("ALTER TABLE dividends ADD COLUMN received TEXT")
    db.execute("ALTER TABLE dividends ADD COLUMN received_currency TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE dividends ADD COLUMN fx_rate TEXT")



# columns m008 adds to the activity tables: each activity belongs to an account
_ACCOUNT_COLUMNS = {"trades": ("account_id",), "dividends": ("account_id",), "fees": ("account_id",),
                    "conversions": ("from_account_id", "to_account_id")}


@migrations()
def m008_accounts_and_transfers(db: Database) -> None:
    """Accounts (a broker record: a name, the broker, its currency and the broker's own account id)
    and transfers of units between them. Every activity belongs to an account; an existing
    database's activities all go to one account, "Main" (id 1). Dividends and fees get the import
    key trades have, for a broker's own row ids."""
    db.execute(
        """
        CREATE TABLE accounts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT UNIQUE NOT NULL,
            broker TEXT NOT NULL DEFAULT '',
            currency TEXT NOT NULL DEFAULT '',
            external_id TEXT UNIQUE
        )
        """
    )
    db.execute("INSERT INTO accounts (id, name) VALUES (1, 'Main')")
    # SQLite refuses ADD COLUMN ... REFERENCES with a default while foreign keys are on, and they
    # are on here: the column is added plain, then its reference is written into the table's text
    # (as m004 edits a CHECK). Every stored row reads 1, which the account just made satisfies.
    for table, columns in _ACCOUNT_COLUMNS.items():
        for column in columns:
            db.execute(f"ALTER TABLE {table} ADD COLUMN {column} INTEGER NOT NULL DEFAULT 1")
    version = db.execute("PRAGMA schema_version").fetchone()[0]
    db.execute("PRAGMA writable_schema = ON")
    for table, columns in _ACCOUNT_COLUMNS.items():
        for column in columns:
            plain = f"{column} INTEGER NOT NULL DEFAULT 1"
            db.execute("UPDATE sqlite_master SET sql = replace(sql, ?, ?) WHERE type = 'table' AND name = ?",
                       [f" {plain}", f" {plain} REFERENCES accounts(id)", table])
    db.execute(f"PRAGMA schema_version = {version + 1}")
    db.execute("PRAGMA writable_schema = OFF")
    # ADD COLUMN cannot add a UNIQUE constraint; a unique index is the same rule (NULLs distinct)
    for table in ("dividends", "fees"):
        db.execute(f"ALTER TABLE {table} ADD COLUMN import_key TEXT")
        db.execute(f"CREATE UNIQUE INDEX {table}_import_key ON {table}(import_key)")
    db.execute(
        """
        CREATE TABLE transfers (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            transfer_date TEXT NOT NULL,
            symbol TEXT NOT NULL REFERENCES instruments(symbol),
            quantity TEXT NOT NULL,
            from_account_id INTEGER NOT NULL REFERENCES accounts(id),
            to_account_id INTEGER NOT NULL REFERENCES accounts(id),
            fee TEXT NOT NULL DEFAULT '0',
            currency TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            import_key TEXT UNIQUE
        )
        """
    )
    # the revision triggers of m003, for the two new tables
    for event, rows in (("INSERT", ("NEW",)), ("DELETE", ("OLD",)), ("UPDATE", ("OLD", "NEW"))):
        bumps = " ".join(_bump(f"'activities:' || {row}.symbol") for row in rows)
        db.execute(f"CREATE TRIGGER transfers_{event.lower()}_revision AFTER {event} ON transfers "
                   f"BEGIN {bumps} END")
        db.execute(f"CREATE TRIGGER accounts_{event.lower()}_revision AFTER {event} ON accounts "
                   f"BEGIN {_bump(repr('accounts'))} END")


SCHEMA_VERSION = len(migrations._migrations)
