"""The reasons of the layers below in the interface's language.

The domain, the store, the importers and the app write their reasons in English (the command line
prints them as they are). Every one a window user can meet (an entry dialog, an import, an edit or
a delete, a backup or a restore, a price update, a database that cannot open) is in REASONS below,
written as the layer below writes it with its variable parts named: the pattern that recognises a
message is made from that wording, and the translation keeps the same parts (figures, dates, file
names). A part named `reason` is itself translated, `field` and `kind` are named in the interface's
language. Any other message is shown as written. tests/ui/test_messages.py reads the layers' source
and fails on a reason the window can show that this table does not translate.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP

from tracker.ui import i18n
from tracker.ui.i18n import tr

REASONS = (
    # --- the entry dialogs: numbers, dates, listings (domain.checks, money, aliases, ledger) -----------
    QT_TRANSLATE_NOOP("", "required"),
    QT_TRANSLATE_NOOP("", "a number is required"),
    QT_TRANSLATE_NOOP("", "must be a number"),
    QT_TRANSLATE_NOOP("", "must be greater than 0"),
    QT_TRANSLATE_NOOP("", "cannot be negative"),
    QT_TRANSLATE_NOOP("", "must be less than {limit}"),
    QT_TRANSLATE_NOOP("", "not a date: use YYYY-MM-DD"),
    QT_TRANSLATE_NOOP("", "not a number"),
    QT_TRANSLATE_NOOP("", "must be at most {limit}"),
    QT_TRANSLATE_NOOP("", "must be at least {limit}"),
    QT_TRANSLATE_NOOP("", "write the number without an exponent (1000, not 1e3)"),
    QT_TRANSLATE_NOOP("", "use a dot for decimals and commas only between groups of three digits (1,234.50)"),
    QT_TRANSLATE_NOOP("", "a date is required (YYYY-MM-DD)"),
    QT_TRANSLATE_NOOP("", "ambiguous date {text}: use YYYY-MM-DD"),
    QT_TRANSLATE_NOOP("", "no such date {text}"),
    QT_TRANSLATE_NOOP("", "{day} is in the future"),
    QT_TRANSLATE_NOOP("", "{day} is before {symbol} first traded on {first}"),
    QT_TRANSLATE_NOOP("", "{day} is before {year}"),
    QT_TRANSLATE_NOOP("", "{day} is a weekend, when {exchange} does not trade"),
    QT_TRANSLATE_NOOP("", "{day} is a weekday {exchange} was closed (a holiday)"),
    QT_TRANSLATE_NOOP("", "sell of {quantity} {symbol} on {day} exceeds the {held} held then in {account}"),
    QT_TRANSLATE_NOOP("", "sell of {quantity} {symbol} on {day} exceeds the {held} held then"),
    QT_TRANSLATE_NOOP("", "conversion of {quantity} {symbol} on {day} exceeds the {held} held then in {account}"),
    QT_TRANSLATE_NOOP("", "conversion of {quantity} {symbol} on {day} exceeds the {held} held then"),
    QT_TRANSLATE_NOOP("", "transfer of {quantity} {symbol} on {day} exceeds the {held} held then in {account}"),
    QT_TRANSLATE_NOOP("", "transfer of {quantity} {symbol} on {day} exceeds the {held} held then"),
    QT_TRANSLATE_NOOP("", "{symbol} trades in {currency}, not {other}"),
    QT_TRANSLATE_NOOP("", "{symbol} trades in {currency}"),
    QT_TRANSLATE_NOOP("", "use USD, HKD or CNY"),
    QT_TRANSLATE_NOOP("", "use a three-letter code such as USD or HKD"),
    QT_TRANSLATE_NOOP("", "unknown listing {symbol}"),
    QT_TRANSLATE_NOOP("", "unknown listing"),
    QT_TRANSLATE_NOOP("", "a symbol is required (BABA or 9988.HK)"),
    QT_TRANSLATE_NOOP("", "89988 is the renminbi-traded counter of the same Hong Kong shares: a separate line "
                          "with its own prices, which this app does not track; record the trade as 9988.HK only "
                          "if it was in HKD"),
    QT_TRANSLATE_NOOP("", "must be buy or sell (also B/S, Bought/Sold, 买入/卖出, 買入/賣出)"),
    QT_TRANSLATE_NOOP("", "must be buy or sell"),
    QT_TRANSLATE_NOOP("", "is {length} characters long; keep it under {limit}"),
    QT_TRANSLATE_NOOP("", "holds bytes that are not UTF-8 text; retype it or save the file as UTF-8"),
    QT_TRANSLATE_NOOP("", "{amount} in {currency} cannot be shown on {symbol} ({other}): use USD or HKD"),
    QT_TRANSLATE_NOOP("", "withholding tax and fee ({deducted}) exceed the gross dividend ({gross})"),
    QT_TRANSLATE_NOOP("", "name the currency the dividend was credited in"),
    QT_TRANSLATE_NOOP("", "net {net} {currency} x {rate} is {amount} {other}, not the {received} received; give one "
                          "of the two and the other is derived"),
    QT_TRANSLATE_NOOP("", "both listings trade in {currency}, so the rate is 1"),
    QT_TRANSLATE_NOOP("", "a transfer moves units to another account; both are {account}"),
    QT_TRANSLATE_NOOP("", "a transfer fee on {symbol} is in {currency}"),
    QT_TRANSLATE_NOOP("", "the dividend was declared in {currency}; a received amount is for a dividend credited "
                          "in another currency"),
    QT_TRANSLATE_NOOP("", "converting {symbol} into itself changes nothing"),
    QT_TRANSLATE_NOOP("", "a conversion exchanges ADS for ordinary shares or back; {symbol} and {other} are both "
                          "{kind}"),
    QT_TRANSLATE_NOOP("", "leave it out rather than empty"),
    QT_TRANSLATE_NOOP("", "use one of {choices} or none"),
    # --- accounts (domain.checks, app.tracker) -----------------------------------------------------------
    QT_TRANSLATE_NOOP("", "starts or ends with a space"),
    QT_TRANSLATE_NOOP("", "at most {limit} characters"),
    QT_TRANSLATE_NOOP("", "holds a control character (a line break, a tab, ...)"),
    QT_TRANSLATE_NOOP("", "an account needs a name"),
    QT_TRANSLATE_NOOP("", "an account named {name} already exists"),
    QT_TRANSLATE_NOOP("", "another account has the broker id {name}"),
    QT_TRANSLATE_NOOP("", "no account with id {id} (known: {known})"),
    QT_TRANSLATE_NOOP("", "no account with id {id}"),
    QT_TRANSLATE_NOOP("", "choose one of {choices}"),
    QT_TRANSLATE_NOOP("", "unknown account {name} (known: {known})"),
    QT_TRANSLATE_NOOP("", "{name} is the account every activity without one belongs to; rename it instead"),
    QT_TRANSLATE_NOOP("", "{name} still holds activities; delete or move them first"),
    # --- edits and deletes (app.tracker, app.earnings, app.buybacks) -----------------------------------
    QT_TRANSLATE_NOOP("", "no trade with id {id}"),
    QT_TRANSLATE_NOOP("", "a {kind} to change needs its id"),
    QT_TRANSLATE_NOOP("", "no {kind} with id {id} (deleted elsewhere?)"),
    QT_TRANSLATE_NOOP("", "{kind} {id} was changed elsewhere since (it now reads {now}); nothing was done"),
    QT_TRANSLATE_NOOP("", "an entry with id {id} already exists; nothing was done"),
    QT_TRANSLATE_NOOP("", "no results stored for {quarter}"),
    QT_TRANSLATE_NOOP("", "an event to update needs its id"),
    QT_TRANSLATE_NOOP("", "no results event with id {id}"),
    QT_TRANSLATE_NOOP("", "{quarter} is bundled reference data and cannot be deleted; revert it to undo your edit"),
    QT_TRANSLATE_NOOP("", "{quarter} is bundled reference data and cannot be deleted"),
    QT_TRANSLATE_NOOP("", "only an edited bundled row can be reverted"),
    QT_TRANSLATE_NOOP("", "{quarter} is no longer in the bundled data"),
    QT_TRANSLATE_NOOP("", "use the form FY2026Q3 (fiscal years end 31 March)"),
    QT_TRANSLATE_NOOP("", "the release comes after the quarter ends ({day})"),
    QT_TRANSLATE_NOOP("", "use before or after (the US market open)"),
    QT_TRANSLATE_NOOP("", "must be more than 0 (RMB billion)"),
    QT_TRANSLATE_NOOP("", "must be more than 0 (US$ billion)"),
    QT_TRANSLATE_NOOP("", "must be more than 0 (RMB per ADS)"),
    QT_TRANSLATE_NOOP("", "{quarter} ends on {day}"),
    QT_TRANSLATE_NOOP("", "{quarter} is already stored; edit that row instead"),
    QT_TRANSLATE_NOOP("", "between 0 and 60 days"),
    QT_TRANSLATE_NOOP("", "no buyback figures for {day}"),
    QT_TRANSLATE_NOOP("", "enter at least one figure for the quarter"),
    QT_TRANSLATE_NOOP("", "that quarter has not ended yet"),
    QT_TRANSLATE_NOOP("", "must be the last day of a calendar quarter (31 Mar, 30 Jun, 30 Sep or 31 Dec)"),
    QT_TRANSLATE_NOOP("", "{count} of the 4 quarters to {day} have no amount"),
    QT_TRANSLATE_NOOP("", "{symbol} is already a series"),
    QT_TRANSLATE_NOOP("", "use 1 to 20 letters, digits or . ^ = _ - (such as SPY or ^HSI)"),
    # --- files: imports, exports, presets, backups (importers, app, store) ---------------------------
    QT_TRANSLATE_NOOP("", "cannot read {path}: no such file"),
    QT_TRANSLATE_NOOP("", "cannot read {path}: {problem}"),
    QT_TRANSLATE_NOOP("", "cannot write {path} ({problem})"),
    QT_TRANSLATE_NOOP("", "{path}: cannot write ({problem})"),
    QT_TRANSLATE_NOOP("", "cannot write {path}: {problem}"),
    QT_TRANSLATE_NOOP("", "cannot restore into {path}: {problem}"),
    QT_TRANSLATE_NOOP("", "larger than {size} MiB; split it first"),
    QT_TRANSLATE_NOOP("", "is {size} MB; at most {limit} MB can be imported at once (split it into several files)"),
    QT_TRANSLATE_NOOP("", "is over {size} MB; split it into several files"),
    QT_TRANSLATE_NOOP("", "not UTF-8 text; save the file as UTF-8 CSV (in Excel: CSV UTF-8)"),
    QT_TRANSLATE_NOOP("", "not UTF-8 text (byte {count}); save the file as UTF-8 CSV (in Excel: CSV UTF-8)"),
    QT_TRANSLATE_NOOP("", "not UTF-8 text (byte {count})"),
    QT_TRANSLATE_NOOP("", "holds NUL bytes: not a text CSV file (UTF-16 without a byte-order mark, or binary data); "
                          "save it as UTF-8 CSV"),
    QT_TRANSLATE_NOOP("", "a line is longer than {limit} characters: not a CSV file of prices or trades"),
    QT_TRANSLATE_NOOP("", "not UTF-16 text after its byte-order mark; save the file as UTF-8 CSV"),
    QT_TRANSLATE_NOOP("", "no price rows found"),
    QT_TRANSLATE_NOOP("", "{path} is this database's own file, not a file to import; choose a price or trade file"),
    QT_TRANSLATE_NOOP("", "{path} is the database itself (or its -wal/-shm or lock): choose another file name"),
    QT_TRANSLATE_NOOP("", "{path} is the database itself (or its -wal/-shm): choose another file name"),
    QT_TRANSLATE_NOOP("", "{path} is the database itself (or its journal): choose another file"),
    QT_TRANSLATE_NOOP("", "{path} is the database itself: choose a backup to restore from"),
    QT_TRANSLATE_NOOP("", "{path} is a folder: give a file name inside it"),
    QT_TRANSLATE_NOOP("", "{path} is a folder: give the backup a file name, e.g. {example}"),
    QT_TRANSLATE_NOOP("", "{path} is a folder: give the database file inside it, e.g. {example}"),
    QT_TRANSLATE_NOOP("", "{path} is beside {other}: that file may be a database in use. Choose another file name, "
                          "or delete the -wal/-shm files if nothing uses it"),
    QT_TRANSLATE_NOOP("", "{path}: no such file"),
    QT_TRANSLATE_NOOP("", "{path} is a folder, not a backup file"),
    QT_TRANSLATE_NOOP("", "{path} is an empty database, not a Tracker backup"),
    QT_TRANSLATE_NOOP("", "{path} is not a presets file Tracker can read ({problem}); move it aside and save the "
                          "presets again"),
    QT_TRANSLATE_NOOP("", "a preset needs a name of 1 to {limit} characters"),
    QT_TRANSLATE_NOOP("", "the file is empty; expected a header line such as Date,Open,High,Low,Close,Volume"),
    QT_TRANSLATE_NOOP("", "the file is empty; expected a header line such as date,symbol,side,quantity,price,fee"),
    QT_TRANSLATE_NOOP("", "the file is empty; expected an IBKR Flex statement"),
    QT_TRANSLATE_NOOP("", "not a well-formed CSV file: {problem}"),
    QT_TRANSLATE_NOOP("", "a quoted cell runs over several lines"),
    QT_TRANSLATE_NOOP("", "{count} fields where the header has {columns} columns"),
    QT_TRANSLATE_NOOP("", "a quote (\") opens a field that never closes"),
    QT_TRANSLATE_NOOP("", "columns not recognised as a Yahoo, Stooq, Nasdaq or Investing.com file; give a column "
                          "mapping for date, open, high, low, close and volume"),
    QT_TRANSLATE_NOOP("", "choose a column for {columns}"),
    QT_TRANSLATE_NOOP("", "column not found: {columns}"),
    QT_TRANSLATE_NOOP("", "missing column: {columns} (expected {expected})"),
    QT_TRANSLATE_NOOP("", "missing column: {columns}"),
    QT_TRANSLATE_NOOP("", "no price on this row ({columns} empty or null)"),
    QT_TRANSLATE_NOOP("", "unknown role {role}; roles are {roles}"),
    QT_TRANSLATE_NOOP("", "unknown role (use {roles})"),
    QT_TRANSLATE_NOOP("", "the generic format needs a column mapping (date, open, high, low, close, volume)"),
    QT_TRANSLATE_NOOP("", "no price rows after the header"),
    QT_TRANSLATE_NOOP("", "no trades after the header"),
    QT_TRANSLATE_NOOP("", "duplicate bar: same {when} as line {line}"),
    QT_TRANSLATE_NOOP("", "a column is required"),
    QT_TRANSLATE_NOOP("", "not a date in {order} order"),
    QT_TRANSLATE_NOOP("", "map a price column or an amount column"),
    QT_TRANSLATE_NOOP("", "use YMD, DMY or MDY"),
    QT_TRANSLATE_NOOP("", "use . or ,"),
    QT_TRANSLATE_NOOP("", "looks like a comma decimal; choose the , separator"),
    QT_TRANSLATE_NOOP("", "the file has no column {column} (it has: {columns})"),
    QT_TRANSLATE_NOOP("", "every activity must be an object"),
    QT_TRANSLATE_NOOP("", "no activities in the file"),
    QT_TRANSLATE_NOOP("", "not a Tracker JSON export ({problem})"),
    QT_TRANSLATE_NOOP("", "use one of {choices}"),
    QT_TRANSLATE_NOOP("", "must be BUY or SELL (a cancelled execution is not imported)"),
    QT_TRANSLATE_NOOP("", "the commission is in {currency}, the trade in {other}; a trade's fee is kept in the "
                          "listing's currency"),
    QT_TRANSLATE_NOOP("", "a split of {factor} on {day} is not plausible"),
    QT_TRANSLATE_NOOP("", "missing"),
    QT_TRANSLATE_NOOP("", "a Flex statement has no DOCTYPE; this file declares one, which is refused (it could pull "
                          "in other files)"),
    QT_TRANSLATE_NOOP("", "entity declarations are refused (got {text})"),
    QT_TRANSLATE_NOOP("", "cannot read it: {problem}"),
    QT_TRANSLATE_NOOP("", "not well-formed XML: {problem}"),
    QT_TRANSLATE_NOOP("", "not an IBKR Flex statement (its root is <{root}>, expected <FlexQueryResponse>)"),
    QT_TRANSLATE_NOOP("", "not a date IBKR writes (yyyyMMdd, yyyy-MM-dd or dd-MMM-yy); set the Flex query's date "
                          "format to yyyyMMdd"),
    QT_TRANSLATE_NOOP("", "{count} of {total} stored {symbol} closes differ by a steady factor ({low}–{high}): "
                          "adjusted and raw bars would mix"),
    QT_TRANSLATE_NOOP("", "{count} of {total} stored {symbol} closes differ by a steady factor ({low}–{high}): "
                          "prices at another scale (per share against per ADS, or in another currency)"),
    QT_TRANSLATE_NOOP("", "{count} of {total} stored {symbol} closes differ from the new ones by over 1% (by {gap} "
                          "at the median), not by one steady factor: another listing's or series' prices?"),
    # --- an import's preview: rows not imported, cancelled or offered, and why (importers) ------------
    QT_TRANSLATE_NOOP("", "only amounts in USD or HKD are tracked"),
    QT_TRANSLATE_NOOP("", "not a fee of a holding"),
    QT_TRANSLATE_NOOP("", "not an Alibaba listing"),
    QT_TRANSLATE_NOOP("", "cash movements are not tracked"),
    QT_TRANSLATE_NOOP("", "its dividend is not in this file"),
    QT_TRANSLATE_NOOP("", "what it reverses is not in this file; correct the stored entry by hand"),
    QT_TRANSLATE_NOOP("", "cancels {amount} of line {line}"),
    QT_TRANSLATE_NOOP("", "currency trades are not tracked"),
    QT_TRANSLATE_NOOP("", "{name} is not a share of BABA or 9988.HK"),
    QT_TRANSLATE_NOOP("", "only {symbol} in {currency} is tracked"),
    QT_TRANSLATE_NOOP("", "cancels the trade of line {line}"),
    QT_TRANSLATE_NOOP("", "cancels that trade if it was imported before"),
    QT_TRANSLATE_NOOP("", "not a trade: only trades are read from this file"),
    QT_TRANSLATE_NOOP("", "the other account's lots are not in this statement: record it with tracker transfers add "
                          "--symbol {symbol} --date {day} --quantity {quantity} --from-account {giver} --to-account "
                          "{receiver} (after that account's own trades)"),
    QT_TRANSLATE_NOOP("", "{text}: not applied on its own; record it with the import (--record-splits), or: tracker "
                          "splits add --symbol {symbol} --date {day} --factor {factor}"),
    QT_TRANSLATE_NOOP("", "{text}: not applied on its own"),
    QT_TRANSLATE_NOOP("", "account fee ({text})"),
    QT_TRANSLATE_NOOP("", "{name} withholding tax"),
    QT_TRANSLATE_NOOP("", "{name} dividends"),
    QT_TRANSLATE_NOOP("", "{name} payment in lieu of dividends"),
    QT_TRANSLATE_NOOP("", "{name} other fees"),
    QT_TRANSLATE_NOOP("", "{name} dividends in {currency}"),
    QT_TRANSLATE_NOOP("", "{name} payment in lieu of dividends in {currency}"),
    QT_TRANSLATE_NOOP("", "{name} withholding tax in {currency}"),
    QT_TRANSLATE_NOOP("", "{name} other fees in {currency}"),
    QT_TRANSLATE_NOOP("", "{name} currency trade"),
    QT_TRANSLATE_NOOP("", "{name} trade in {currency} on {venue}"),
    QT_TRANSLATE_NOOP("", "{name} trade"),
    QT_TRANSLATE_NOOP("", "{symbol} corporate action on {day}"),
    QT_TRANSLATE_NOOP("", "{name} corporate action"),
    QT_TRANSLATE_NOOP("", "{symbol} transfer in of {quantity} on {day}"),
    QT_TRANSLATE_NOOP("", "{symbol} transfer out of {quantity} on {day}"),
    QT_TRANSLATE_NOOP("", "{name} transfer"),
    QT_TRANSLATE_NOOP("", "{symbol} dividend reversal of {amount}"),
    QT_TRANSLATE_NOOP("", "{symbol} withholding tax reversal of {amount}"),
    QT_TRANSLATE_NOOP("", "{symbol} fee reversal of {amount}"),
    QT_TRANSLATE_NOOP("", "cancellation of IBKR trade {id}"),
    QT_TRANSLATE_NOOP("", "cancellation of IBKR trade (no origTradeID)"),
    QT_TRANSLATE_NOOP("", "deposit or withdrawal ({text})"),
    QT_TRANSLATE_NOOP("", "deposit or withdrawal"),
    # --- stored rows another program wrote that cannot be read (store: DamagedRow, BadValue) -----------
    QT_TRANSLATE_NOOP("", "{field} {value} {reason}"),
    QT_TRANSLATE_NOOP("", "{reason} (shown as unknown)"),
    QT_TRANSLATE_NOOP("", "is not a number"),
    QT_TRANSLATE_NOOP("", "is empty"),
    QT_TRANSLATE_NOOP("", "is not a date"),
    QT_TRANSLATE_NOOP("", "is not a date (YYYY-MM-DD)"),
    QT_TRANSLATE_NOOP("", "is before {year}"),
    QT_TRANSLATE_NOOP("", "is not text"),
    QT_TRANSLATE_NOOP("", "is not one of {choices}"),
    QT_TRANSLATE_NOOP("", "is not UTF-8 text"),
    QT_TRANSLATE_NOOP("", "is not an account id"),
    QT_TRANSLATE_NOOP("", "is not a stored account"),
    QT_TRANSLATE_NOOP("", "not a number or out of range: {values}"),
    QT_TRANSLATE_NOOP("", "not numbers or out of range"),
    QT_TRANSLATE_NOOP("", "(an automatic backup from before the damage)"),
    QT_TRANSLATE_NOOP("", "(a corrected file replaces the bars it holds)"),
    QT_TRANSLATE_NOOP("", "(it replaces the stored quarter)"),
    QT_TRANSLATE_NOOP("", "{kind} {id}"),
    QT_TRANSLATE_NOOP("", "{symbol} price bar {when}"),
    QT_TRANSLATE_NOOP("", "{count} more {symbol} price bars"),
    QT_TRANSLATE_NOOP("", "buyback quarter {day}"),
    QT_TRANSLATE_NOOP("", "buyback program {day}"),
    QT_TRANSLATE_NOOP("", "declared dividend {year} {part}"),
    QT_TRANSLATE_NOOP("", "{quarter} results figure {field}"),
    QT_TRANSLATE_NOOP("", "results event {id}"),
    # --- the database file (store.problems, store.db, store.verify, store.lock) ------------------------
    QT_TRANSLATE_NOOP("", "{path} is damaged ({problem}); nothing was changed. {backups}"),
    QT_TRANSLATE_NOOP("", "{path} is not a Tracker database: it is not an SQLite database file at all. If it was "
                          "your database, it is damaged beyond repair. {backups}"),
    QT_TRANSLATE_NOOP("", "{path} is an SQLite file but not a Tracker database ({problem}); it was not changed."),
    QT_TRANSLATE_NOOP("", "{path} is not a Tracker backup: it is not an SQLite database file; nothing was changed. "
                          "A backup is a database file Tracker wrote; a CSV file of trades is read by Import trades "
                          "(`tracker trades import` on the command line)"),
    QT_TRANSLATE_NOOP("", "its {table} table lacks column {columns}"),
    QT_TRANSLATE_NOOP("", "its {table} table has unknown column {columns}"),
    QT_TRANSLATE_NOOP("", "schema {version} has a {table} table, this file has none"),
    QT_TRANSLATE_NOOP("", "unknown schema version {version}"),
    QT_TRANSLATE_NOOP("", "{path} was written by a newer version of Tracker (schema {version}, this version knows "
                          "{known}); update Tracker to open it, or restore an older backup. {backups}"),
    QT_TRANSLATE_NOOP("", "no database at {path}: check the path, or make a new database there (--create on the "
                          "command line, File ▸ New database in the window)"),
    QT_TRANSLATE_NOOP("", "the folder {path} is read-only: Tracker writes its journal ({name}-wal) and its backups "
                          "beside the database. Make the folder writable, or copy the database to a writable folder "
                          "and open the copy"),
    QT_TRANSLATE_NOOP("", "the disk holding {path} is full (or the database reached its size limit): the change "
                          "was not saved and the database is as it was. Free some space and try again"),
    QT_TRANSLATE_NOOP("", "cannot write beside {path}: {problem}"),
    QT_TRANSLATE_NOOP("", "There are no automatic backups of it in {path}."),
    QT_TRANSLATE_NOOP("", "Automatic backups are in {path} (newest: {name}, {taken}); restore one with `tracker "
                          "restore FILE`."),
    QT_TRANSLATE_NOOP("", "the folder {path} does not exist: check the database path, or pass --create to make the "
                          "folder and a new database in it"),
    QT_TRANSLATE_NOOP("", "{path} is read-only: Tracker cannot save to it. Make the file writable, or copy it to a "
                          "writable folder and open the copy"),
    QT_TRANSLATE_NOOP("", "cannot open {path} ({problem})"),
    QT_TRANSLATE_NOOP("", "cannot read or write {path}: the disk reported an error ({problem}). {backups}"),
    QT_TRANSLATE_NOOP("", "{path} needs an upgrade to this version of Tracker, which can only happen while no other "
                          "Tracker is writing to it"),
    QT_TRANSLATE_NOOP("", "{path} is in WAL mode and its {name}-wal cannot be read here (read-only folder): copy "
                          "both files to a writable folder first"),
    QT_TRANSLATE_NOOP("", "a Tracker window (process {pid})"),
    QT_TRANSLATE_NOOP("", "{reason}. Keep the database on this computer's own disk and write backups to that folder "
                          "instead (File ▸ Back up now, or `tracker backup --to FOLDER/FILE`)."),
    QT_TRANSLATE_NOOP("", "the database is on a network file system ({name}), where file locks do not reliably "
                          "reach every computer: two programs can then corrupt it"),
    QT_TRANSLATE_NOOP("", "the database is in a folder that {name} synchronises: a sync client may replace the file "
                          "while it is open, or copy it half-written"),
    QT_TRANSLATE_NOOP("", "another tracker command (process {pid})"),
    # --- price updates (online, app.price_update) --------------------------------------------------------
    QT_TRANSLATE_NOOP("", "give a number of seconds between 0 and 300"),
    QT_TRANSLATE_NOOP("", "{provider}: the answer for {symbol} holds bars that cannot be stored ({problem}); "
                          "nothing was written"),
    QT_TRANSLATE_NOOP("", "{provider}: the answer for {symbol} is not daily bars"),
    QT_TRANSLATE_NOOP("", "{setting}: expected a base URL such as http://127.0.0.1:8765 (scheme and host), got "
                          "{text}"),
    QT_TRANSLATE_NOOP("", "{setting}: a base URL has no query or fragment, got {text}"),
    QT_TRANSLATE_NOOP("", "{setting}: the port in {text} is not a number"),
    QT_TRANSLATE_NOOP("", "{provider}: rate limited, try later (HTTP {status} on {count} tries)"),
    QT_TRANSLATE_NOOP("", "{provider}: the answer is larger than {size} bytes"),
    QT_TRANSLATE_NOOP("", "{provider}: the answer stopped arriving (timed out)"),
    QT_TRANSLATE_NOOP("", "{provider}: the connection broke while reading ({problem})"),
    QT_TRANSLATE_NOOP("", "{provider}: the server refused the request (HTTP {status} {problem})"),
    QT_TRANSLATE_NOOP("", "stooq: rate limited, try later (daily hits limit exceeded)"),
    QT_TRANSLATE_NOOP("", "stooq does not know the symbol {symbol}, or has no bars for those dates (it answered "
                          "'No data')"),
    QT_TRANSLATE_NOOP("", "stooq: the answer for {symbol} is not the expected daily CSV (it starts {text})"),
    QT_TRANSLATE_NOOP("", "stooq: the answer for {symbol} holds intraday bars, not daily ones"),
    QT_TRANSLATE_NOOP("", "stooq does not know the symbol {symbol} (HTTP 404)"),
    QT_TRANSLATE_NOOP("", "yahoo: the answer for {symbol} is not the expected chart data ({problem})"),
    QT_TRANSLATE_NOOP("", "yahoo does not know the symbol {symbol} ({problem})"),
)

# wordings of the layers below that say what a reason of the table says
SAME_AS = {
    "must be more than zero": "must be greater than 0",
    "must not be negative": "cannot be negative",
    "{count} of the 4 quarters to {day} has no amount": "{count} of the 4 quarters to {day} have no amount",
    "{name} still holds activities (a {kind} at least); delete or move them first":
        "{name} still holds activities; delete or move them first",
}

# what a named part may hold (anything, as little as it can, when not named here)
PARTS = {"year": r"\d{4}", "count": r"[\d,]+", "pid": r"\d+", "line": r"\d+", "id": r"\d+", "size": r"\d+",
         "columns": r".+", "total": r"[\d,]+", "status": r"\d+", "length": r"\d+",
         "limit": r"\S+", "day": r"\S+", "first": r"\S+", "symbol": r"\S+", "currency": r"\S+", "other": r"\S+",
         "quantity": r"\S+", "held": r"\S+", "provider": r"\w+", "setting": r"[\w-]+", "kind": r"\w+",
         "field": r"[a-z_]+", "venue": r"\S+", "value": r"(?:'[^']*'|\S+)"}

_PART = re.compile(r"\{(\w+)\}")


def _pattern(wording: str) -> re.Pattern:
    """`sell of {quantity} ...` -> `^sell of (?P<quantity>\\S+) ...$`."""
    pieces, at = [], 0
    for found in _PART.finditer(wording):
        pieces.append(re.escape(wording[at:found.start()]))
        name = found.group(1)
        pieces.append(f"(?P<{name}>{PARTS.get(name, '.+?')})")
        at = found.end()
    pieces.append(re.escape(wording[at:]))
    return re.compile("^" + "".join(pieces) + "$", re.DOTALL)


def _literal(wording: str) -> int:
    return len(_PART.sub("", wording))


# the most specific wording first: `cannot write beside {path}: ...` before `cannot write {path}: ...`
TABLE = tuple((_pattern(wording), template) for wording, template in sorted(
    [(w, w) for w in REASONS] + list(SAME_AS.items()), key=lambda pair: -_literal(pair[0])))

# a FieldError's field, when it is shown outside its row ("price: must be greater than 0")
FIELD_NAMES = {
    "symbol": QT_TRANSLATE_NOOP("", "listing"), "side": QT_TRANSLATE_NOOP("", "side"),
    "date": QT_TRANSLATE_NOOP("", "date"), "quantity": QT_TRANSLATE_NOOP("", "quantity"),
    "price": QT_TRANSLATE_NOOP("", "price"), "fee": QT_TRANSLATE_NOOP("", "fee"),
    "total": QT_TRANSLATE_NOOP("", "total"), "note": QT_TRANSLATE_NOOP("", "note"),
    "gross": QT_TRANSLATE_NOOP("", "gross"), "withholding": QT_TRANSLATE_NOOP("", "withholding tax"),
    "currency": QT_TRANSLATE_NOOP("", "currency"), "amount": QT_TRANSLATE_NOOP("", "amount"),
    "fx_rate": QT_TRANSLATE_NOOP("", "exchange rate"), "received": QT_TRANSLATE_NOOP("", "received"),
    "name": QT_TRANSLATE_NOOP("", "name"), "account": QT_TRANSLATE_NOOP("", "account"),
    "file": QT_TRANSLATE_NOOP("", "file"), "id": QT_TRANSLATE_NOOP("", "entry"),
    "to": QT_TRANSLATE_NOOP("", "to account"), "from": QT_TRANSLATE_NOOP("", "from"),
    "received_currency": QT_TRANSLATE_NOOP("", "currency received"),
    "header": QT_TRANSLATE_NOOP("", "header"), "mapping": QT_TRANSLATE_NOOP("", "column mapping"),
    "rows": QT_TRANSLATE_NOOP("", "rows"), "row": QT_TRANSLATE_NOOP("", "row"),
    "decimal": QT_TRANSLATE_NOOP("", "decimal separator"), "preset": QT_TRANSLATE_NOOP("", "preset"),
    "external_id": QT_TRANSLATE_NOOP("", "broker id"), "description": QT_TRANSLATE_NOOP("", "description"),
    "quarter_end": QT_TRANSLATE_NOOP("", "quarter end"), "period": QT_TRANSLATE_NOOP("", "period"),
    "period_end": QT_TRANSLATE_NOOP("", "quarter end"), "fiscal_period": QT_TRANSLATE_NOOP("", "fiscal quarter"),
    "release_date": QT_TRANSLATE_NOOP("", "release date"), "session": QT_TRANSLATE_NOOP("", "session"),
    "revenue": QT_TRANSLATE_NOOP("", "revenue"), "revenue_usd": QT_TRANSLATE_NOOP("", "revenue (US$)"),
    "eps_estimate": QT_TRANSLATE_NOOP("", "EPS consensus"), "reminder": QT_TRANSLATE_NOOP("", "reminder"),
    "amount_usd": QT_TRANSLATE_NOOP("", "amount"), "outstanding_ads": QT_TRANSLATE_NOOP("", "ADS outstanding"),
    "shares_repurchased_ads": QT_TRANSLATE_NOOP("", "ADS bought"),
    "remaining_usd": QT_TRANSLATE_NOOP("", "authorization left"), "close": QT_TRANSLATE_NOOP("", "close"),
    "activities": QT_TRANSLATE_NOOP("", "activities"), "kind": QT_TRANSLATE_NOOP("", "kind"),
    "factor": QT_TRANSLATE_NOOP("", "split factor"), "origin": QT_TRANSLATE_NOOP("", "origin"),
    "timeout": QT_TRANSLATE_NOOP("", "timeout"), "provider": QT_TRANSLATE_NOOP("", "provider"),
}

# the kinds of activity a reason names (`a transfer to change needs its id`), in Chinese
KIND_NAMES = {"trade": QT_TRANSLATE_NOOP("", "activity kind: trade"),
              "dividend": QT_TRANSLATE_NOOP("", "activity kind: dividend"),
              "fee": QT_TRANSLATE_NOOP("", "activity kind: fee"),
              "conversion": QT_TRANSLATE_NOOP("", "activity kind: conversion"),
              "transfer": QT_TRANSLATE_NOOP("", "activity kind: transfer"),
              "ADS": QT_TRANSLATE_NOOP("", "activity kind: ADS"), "ORD": QT_TRANSLATE_NOOP("", "activity kind: ORD"),
              "account": QT_TRANSLATE_NOOP("", "activity kind: account"),
              "listing": QT_TRANSLATE_NOOP("", "activity kind: listing")}


# what two price bars share when one repeats the other (importers.prices)
WHEN_NAMES = {"date": QT_TRANSLATE_NOOP("", "date"), "date and time": QT_TRANSLATE_NOOP("", "date and time")}


def _part(name: str, value: str) -> str:
    """A recognised part as shown: reasons inside reasons translated, fields and kinds named."""
    if name in ("reason", "problem", "backups"):
        return line(value)
    if name == "field":
        return field_name(value)
    if name == "kind" and value in KIND_NAMES and i18n.is_chinese():
        return tr(KIND_NAMES[value])
    if name == "when" and value in WHEN_NAMES:
        return tr(WHEN_NAMES[value])
    if name in ("name", "account") and value == i18n.DEFAULT_ACCOUNT_NAME:
        return tr("Main")         # the account every database starts with (i18n.account_name)
    return value


def _translated(message: str) -> str | None:
    for pattern, template in TABLE:
        found = pattern.match(message)
        if found:
            return tr(template).format(**{k: _part(k, v) for k, v in found.groupdict().items()})
    return None


def reason(message: str) -> str:
    """One reason in the interface's language (as written when its wording is not known here)."""
    field = _FIELD_LINE.match(message)        # `file: cannot read ...`: the field first
    if field and field.group("field") in FIELD_NAMES:
        return field_reason(field.group("field"), reason(field.group("reason")))
    found = _translated(message)
    return message if found is None else found


def field_name(field: str) -> str:
    """The field in the interface's language; in English the domain's own name, as the command
    line prints it."""
    if not i18n.is_chinese():
        return field
    return tr(FIELD_NAMES[field]) if field in FIELD_NAMES else field


def with_input(message: str, text: str) -> str:
    """A reason with the text that was typed: `must be a number (got 'abc')`."""
    return tr("{reason} (got {text})").format(reason=reason(message), text=repr(text))


FX_NAMES = (QT_TRANSLATE_NOOP("", "Hong Kong dollars per US dollar"),     # the bundled FX series' names
            QT_TRANSLATE_NOOP("", "Chinese yuan per US dollar"))


def error_line(error) -> str:
    """A FieldError as one line, `line 3: price: must be greater than 0 (got '-1')`, translated
    where its wording is known."""
    where = tr("line {line}: ").format(line=error.line) if error.line is not None else ""
    text = with_input(error.message, error.text) if error.text is not None else reason(error.message)
    return where + (field_reason(error.field, text) if error.field else text)


_FIELD_LINE = re.compile(r"^(?P<field>[a-z_]+): (?P<reason>.+)$", re.DOTALL)
_LINE_NUMBER = re.compile(r"^line (?P<line>\d+): (?P<rest>.+)$", re.DOTALL)


def line(text: str) -> str:
    """A message from the layers below, one line at a time: `line 3: price: must be greater than 0`
    has its line, field and reason translated where known; other lines are shown as written."""
    def one(part: str) -> str:
        numbered = _LINE_NUMBER.match(part)
        if numbered:
            return tr("line {line}: ").format(line=numbered.group("line")) + one(numbered.group("rest"))
        return reason(part)
    return "\n".join(one(part) for part in text.split("\n"))


def error_text(exc: Exception) -> str:
    """An exception from the layers below as the window shows it: each refused field on its line
    (a ValidationError), else its message, translated where known."""
    errors = getattr(exc, "errors", None)
    if errors:
        return "\n".join(error_line(e) for e in errors)
    return line(str(exc))


def field_reason(field: str, text: str) -> str:
    """`price: must be greater than 0` (`价格：必须大于 0`)."""
    return tr("{field}: {reason}").format(field=field_name(field), reason=text)


def damaged_row(row) -> str:
    """A stored row that was skipped on reading (store.codecs.DamagedRow), as the command line says
    it in English: `trade 5 skipped: price '1e+30' must be at most 10^12; fix it with `...``."""
    hint = " " + reason(row.hint) if row.hint else ""
    return tr("{what} skipped: {problem}; fix it with `{fix}`{hint}").format(
        what=reason(row.what), problem=reason(row.problem), fix=row.fix, hint=hint)
