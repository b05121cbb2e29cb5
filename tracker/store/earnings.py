"""The `earnings_events` table: bundled Alibaba results releases plus the user's own rows.

Each row's `origin` says who owns it: 'bundled' rows mirror resources/earnings.csv and follow it when
the app ships new data; 'edited' (a bundled row the user changed) and 'user' rows are the user's and
are never touched by the bundled data. Callers own the transaction, except `sync_bundled`.

Revenue and EPS are kept in both currencies as the sources give them: RMB (`*_rmb*`) and US dollars
(`*_usd*`, the convenience translation in Alibaba's releases, or the only figure some sources quote).
`source_quality` says whether the figures were read in the company's filing or release (see
`domain.sourcing`).
"""
from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import replace
from pathlib import Path

from sqlite_utils import Database

from tracker import paths
from tracker.domain.model import EarningsEvent
from tracker.domain.money import MAX_AMOUNT
from tracker.store.bundled import source_quality
from tracker.store.codecs import (RESTORE_HINT, BadValue, DamagedRow, date_in, date_out, dec_in,
                                  dec_out, forget_damaged, note_damaged, readable_rows, stored_date,
                                  stored_decimal, stored_text)

TABLE = "earnings_events"
BUNDLED_FILE = "earnings.csv"
SHA_KEY = "bundled_earnings_sha"
COLUMNS_KEY = "bundled_earnings_columns"
BUNDLED, EDITED, USER = "bundled", "edited", "user"

# event field -> table column (the table mirrors the record one to one)
_FIELDS = ("fiscal_period", "period_end", "release_date", "session", "revenue_rmb_bn",
           "eps_diluted_rmb", "eps_non_gaap_rmb", "revenue_usd_bn", "eps_diluted_usd",
           "eps_non_gaap_usd", "consensus_revenue", "consensus_eps", "consensus_eps_rmb",
           "origin", "source", "note", "source_quality")
_DATES = {"period_end", "release_date"}
_DECIMALS = {"revenue_rmb_bn", "eps_diluted_rmb", "eps_non_gaap_rmb", "revenue_usd_bn",
             "eps_diluted_usd", "eps_non_gaap_usd", "consensus_eps_rmb"}
# What a database synced before the loaded columns were recorded holds (schema 1, no US$ figures).
_FIRST_COLUMNS = ("fiscal_period", "period_end", "release_date", "session", "revenue_rmb_bn",
                  "eps_diluted_rmb", "eps_non_gaap_rmb", "consensus_revenue", "consensus_eps",
                  "consensus_eps_rmb", "origin", "source", "note")


def _row(event: EarningsEvent) -> dict:
    row = {}
    for name in _FIELDS:
        value = getattr(event, name)
        if name in _DATES:
            value = date_out(value)
        elif name in _DECIMALS:
            value = dec_out(value)
        row[name] = value
    return row


def _event(row: dict, db: Database | None = None) -> EarningsEvent:
    """The row's event. A figure that cannot be read is left unknown (None) and, given `db`, noted
    as damaged; a row whose quarter or dates cannot be read raises BadValue."""
    values = {}
    for name in _FIELDS:
        if name in _DATES:
            value = stored_date(row, name, optional=name == "release_date")
        elif name in _DECIMALS:
            try:
                value = stored_decimal(row, name, MAX_AMOUNT, optional=True)
            except BadValue as bad:
                value = None
                if db is not None:
                    period = row["fiscal_period"]
                    note_damaged(db, (TABLE, None, (row["id"], name)), DamagedRow(
                        f"{period} results figure {name}", f"{bad} (shown as unknown)",
                        f"tracker earnings add --period {period} --date RELEASE-DATE "
                        f"--{_OPTIONS.get(name, name)} VALUE"))
        elif name in ("fiscal_period", "origin"):
            value = stored_text(row, name, optional=False)
        else:
            value = row[name] if row[name] is None else stored_text(row, name)
        values[name] = value
    return EarningsEvent(**values, id=row["id"])


# The command-line option that re-enters each figure (named in damaged-row reports).
_OPTIONS = {"revenue_rmb_bn": "revenue", "eps_diluted_rmb": "eps", "eps_non_gaap_rmb": "eps-non-gaap",
            "revenue_usd_bn": "revenue-usd", "eps_diluted_usd": "eps-usd",
            "eps_non_gaap_usd": "eps-non-gaap-usd", "consensus_eps_rmb": "eps-estimate"}


def _readable(db: Database, fetch) -> list[EarningsEvent]:
    events = []
    for r in readable_rows(db, fetch):
        try:
            events.append(_event(r, db))
        except BadValue as bad:
            note_damaged(db, (TABLE, None, r["id"]), DamagedRow(
                f"results event {r['id']}", str(bad), "tracker restore BACKUP", RESTORE_HINT))
    return events


# --- queries and changes -----------------------------------------------------------------------
def load_events(db: Database) -> list[EarningsEvent]:
    """Every readable stored event, oldest quarter first (see `_event` for damaged rows)."""
    forget_damaged(db, TABLE)
    return _readable(db, lambda: db[TABLE].rows_where(order_by="period_end, id"))


def get_event(db: Database, fiscal_period: str) -> EarningsEvent | None:
    found = _readable(db, lambda: db[TABLE].rows_where("fiscal_period = ?", [fiscal_period]))
    return found[0] if found else None


def get_event_by_id(db: Database, event_id: int) -> EarningsEvent | None:
    found = _readable(db, lambda: db[TABLE].rows_where("id = ?", [event_id]))
    return found[0] if found else None


def insert_event(db: Database, event: EarningsEvent) -> EarningsEvent:
    row = _row(event)
    if event.id is not None:
        row["id"] = event.id
    new_id = db[TABLE].insert(row).last_pk
    return replace(event, id=new_id)


def update_event(db: Database, event: EarningsEvent) -> None:
    db[TABLE].update(event.id, _row(event))


def delete_event(db: Database, event_id: int) -> None:
    db[TABLE].delete(event_id)


def get_meta(db: Database, key: str) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def set_meta(db: Database, key: str, value: str | None) -> None:
    if value is None:
        db.execute("DELETE FROM meta WHERE key = ?", [key])
    else:
        db.execute("INSERT INTO meta(key, value) VALUES (?, ?) "
                   "ON CONFLICT(key) DO UPDATE SET value = excluded.value", [key, value])


# --- bundled data --------------------------------------------------------------------------------
def bundled_path() -> Path:
    return paths.resources_dir() / BUNDLED_FILE


def parse_bundled(text: str) -> list[EarningsEvent]:
    """The bundled CSV (lines starting with '#' are comments) as events with origin 'bundled'."""
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    events = []
    for raw in csv.DictReader(io.StringIO("\n".join(lines))):
        values = {}
        for name in _FIELDS:
            if name == "origin":
                continue
            cell = (raw.get(name) or "").strip()
            if name in _DATES:
                values[name] = date_in(cell)
            elif name in _DECIMALS:
                values[name] = dec_in(cell)
            elif name in ("session", "consensus_revenue", "consensus_eps"):
                values[name] = cell or None
            elif name == "source_quality":
                values[name] = source_quality(cell, f"{BUNDLED_FILE} {raw.get('fiscal_period')}")
            else:
                values[name] = cell
        events.append(EarningsEvent(**values, origin=BUNDLED))
    return events


def load_bundled(path: Path | None = None) -> list[EarningsEvent]:
    return parse_bundled((path or bundled_path()).read_text(encoding="utf-8"))


def _sync_stamp(data: bytes) -> str:
    """The file's hash together with the columns this build loads: a build that loads more columns
    (a schema upgrade) re-reads an unchanged file instead of skipping it."""
    return hashlib.sha256(data + b"\0" + ",".join(_FIELDS).encode()).hexdigest()


def _new_columns(db: Database) -> list[str]:
    """Loaded columns the database had no bundled values for at its last sync."""
    recorded = get_meta(db, COLUMNS_KEY)
    before = recorded.split(",") if recorded else _FIRST_COLUMNS
    return [name for name in _FIELDS if name not in before]


def _filled_in(old: EarningsEvent, shipped: EarningsEvent, columns: list[str]) -> EarningsEvent:
    """A user's row with the empty `columns` taken from the shipped row: the user never saw those
    columns, so filling them overwrites nothing the user set."""
    values = {name: getattr(shipped, name) for name in columns if getattr(old, name) in (None, "")}
    return replace(old, **values)


def sync_bundled(db: Database, path: Path | None = None, force: bool = False) -> int:
    """Bring the bundled rows in line with the bundled file; returns how many rows changed.

    Missing quarters are inserted, rows still 'bundled' are updated (or removed when the file no
    longer lists them), 'edited' rows only get columns added since the last sync filled in where
    empty, 'user' rows are left alone. Skipped entirely when neither the file nor the loaded columns
    changed since the last sync, so it is cheap on every open.
    """
    path = path or bundled_path()
    if not path.is_file():
        return 0
    data = path.read_bytes()
    stamp = _sync_stamp(data)
    if not force and get_meta(db, SHA_KEY) == stamp:
        return 0
    bundled = {e.fiscal_period: e for e in parse_bundled(data.decode("utf-8"))}
    new_columns = _new_columns(db)
    changed = 0
    with db.atomic():
        stored = {e.fiscal_period: e for e in load_events(db)}
        for period, event in bundled.items():
            old = stored.get(period)
            if old is None:
                insert_event(db, event)
                changed += 1
            elif old.origin == BUNDLED and replace(old, id=None) != event:
                update_event(db, replace(event, id=old.id))
                changed += 1
            elif old.origin == EDITED and (filled := _filled_in(old, event, new_columns)) != old:
                update_event(db, filled)
                changed += 1
        for period, old in stored.items():
            if old.origin == BUNDLED and period not in bundled:
                delete_event(db, old.id)
                changed += 1
        set_meta(db, SHA_KEY, stamp)
        set_meta(db, COLUMNS_KEY, ",".join(_FIELDS))
    return changed


def bundled_event(fiscal_period: str, path: Path | None = None) -> EarningsEvent | None:
    """The shipped version of one quarter (to revert a user's edit)."""
    for event in load_bundled(path):
        if event.fiscal_period == fiscal_period:
            return event
    return None
