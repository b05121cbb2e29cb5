"""Buyback quarters and programs: table rows <-> records, and the bundled reference data.

The bundled files in resources/ hold Alibaba's published figures in plain units: amounts in US
dollars and share counts in shares (not millions), each row with its source URL. Share counts come
in ADS, or in ordinary shares when that is all the company published; loading converts them to
ADS-equivalents (`domain.buyback.ads_count`). Empty cells stay unknown: nothing is estimated.

Rows carry an origin: 'bundled' (from resources/), 'edited' (a bundled quarter the user corrected)
or 'user' (a quarter the user added). Syncing the bundled data only ever touches 'bundled' rows, and
fills in the source quality (`domain.sourcing`) of an edited row that has none yet.
Callers own the transaction, except `sync_bundled` which is one transaction of its own.
"""
from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from sqlite_utils import Database

from tracker import paths
from tracker.domain import sourcing
from tracker.domain.buyback import ads_count
from tracker.domain.model import BuybackProgram, BuybackQuarter
from tracker.domain.money import MAX_AMOUNT, MAX_QUANTITY
from tracker.store.bundled import BundledDataError, csv_rows, source_quality
from tracker.store.codecs import (RESTORE_HINT, BadValue, DamagedRow, date_out, dec_out,
                                  forget_damaged, note_damaged, readable_rows, shown, stored_date,
                                  stored_decimal, stored_text)

QUARTERS_FILE = "buybacks.csv"
PROGRAMS_FILE = "buyback_programs.csv"
META_KEY = "bundled_buybacks_sha"
# Part of the digest: bump it when the way the files are read changes, so every database re-syncs.
READER_VERSION = "2"

BUNDLED, EDITED, USER = "bundled", "edited", "user"


# --- bundled files ---------------------------------------------------------------------------------
def _decimal(text: str, where: str) -> Decimal | None:
    text = (text or "").strip()
    if not text:
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        raise BundledDataError(f"{where}: not a number: {text!r}") from None


def _announced(text: str) -> date:
    """'2022-03-22', or '2019-05' when the source gives only the month (read as its first day; the
    row's note says the day is unknown)."""
    text = text.strip()
    return date.fromisoformat(text + "-01" if len(text) == 7 else text)


def read_bundled_quarters(folder: Path | None = None) -> list[BuybackQuarter]:
    return [BuybackQuarter(
        quarter_end=date.fromisoformat(r["quarter_end"]),
        amount_usd=_decimal(r["amount_usd"], where),
        shares_repurchased_ads=ads_count(_decimal(r["shares_repurchased_ads"], where),
                                         _decimal(r["shares_repurchased_ordinary"], where)),
        outstanding_ads=ads_count(_decimal(r["outstanding_ads"], where),
                                  _decimal(r["outstanding_ordinary"], where)),
        remaining_usd=_decimal(r["remaining_usd"], where),
        origin=BUNDLED,
        source=r["source_url"].strip(),
        note=r["note"].strip(),
        source_quality=source_quality(r.get("source_quality"), where),
    ) for where, r in csv_rows(QUARTERS_FILE, folder)]


def read_bundled_programs(folder: Path | None = None) -> list[tuple[str, BuybackProgram]]:
    """(announced text as published, program) pairs."""
    return [(r["announced"].strip(), BuybackProgram(
        announced=_announced(r["announced"]),
        amount_usd=_decimal(r["amount_usd"], where),
        change=r["change"].strip(),
        effective_through=r["effective_through"].strip(),
        source=r["source_url"].strip(),
        note=r["note"].strip(),
    )) for where, r in csv_rows(PROGRAMS_FILE, folder)]


def bundled_digest(folder: Path | None = None) -> str | None:
    """SHA-256 of both bundled files (None when they are not shipped)."""
    folder = Path(folder or paths.resources_dir())
    digest = hashlib.sha256(READER_VERSION.encode())
    for name in (QUARTERS_FILE, PROGRAMS_FILE):
        path = folder / name
        if not path.is_file():
            return None
        digest.update(path.read_bytes())
    return digest.hexdigest()


def sync_bundled(db: Database, folder: Path | None = None) -> bool:
    """Bring the bundled rows up to date with resources/; True when anything was (re)loaded.

    Inserts missing quarters, updates quarters still marked 'bundled', drops 'bundled' quarters the
    bundle no longer has, never touches 'edited' or 'user' rows. Programs are reference facts only and
    are replaced wholesale. Skipped when the files' digest matches the one stored in `meta`.
    """
    digest = bundled_digest(folder)
    if digest is None or _meta(db, META_KEY) == digest:
        return False
    quarters = read_bundled_quarters(folder)
    programs = read_bundled_programs(folder)
    with db.atomic():
        existing = {r["quarter_end"]: r for r in db["buyback_quarters"].rows}
        bundled_ends = set()
        for q in quarters:
            row = _quarter_row(q)
            bundled_ends.add(row["quarter_end"])
            old = existing.get(row["quarter_end"])
            if old is None:
                db["buyback_quarters"].insert(row)
            elif old["origin"] == BUNDLED:
                db["buyback_quarters"].update(old["id"], row)
            elif old["origin"] == EDITED and not old["source_quality"] and row["source_quality"]:
                # the user's figures stay; the quality of the published ones is new to the row
                db["buyback_quarters"].update(old["id"], {"source_quality": row["source_quality"]})
        for end, old in existing.items():
            if old["origin"] == BUNDLED and end not in bundled_ends:
                db["buyback_quarters"].delete(old["id"])
        db.execute("DELETE FROM buyback_programs")
        db["buyback_programs"].insert_all(_program_row(text, p) for text, p in programs)
        db["meta"].upsert({"key": META_KEY, "value": digest}, pk="key")
    return True


def _meta(db: Database, key: str) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


# --- rows <-> records ------------------------------------------------------------------------------
def _quarter_row(q: BuybackQuarter) -> dict:
    return {"quarter_end": date_out(q.quarter_end), "amount_usd": dec_out(q.amount_usd),
            "shares_repurchased_ads": dec_out(q.shares_repurchased_ads),
            "outstanding_ads": dec_out(q.outstanding_ads), "remaining_usd": dec_out(q.remaining_usd),
            "origin": q.origin, "source": q.source, "note": q.note, "source_quality": q.source_quality}


def _quarter(r: dict) -> BuybackQuarter:
    def amount(column: str, limit: Decimal = MAX_AMOUNT, sign: str = "non-negative") -> Decimal | None:
        return stored_decimal(r, column, limit, sign, optional=True)
    return BuybackQuarter(stored_date(r, "quarter_end"), amount("amount_usd"),
                          amount("shares_repurchased_ads", MAX_QUANTITY),
                          amount("outstanding_ads", MAX_QUANTITY, "positive"),
                          amount("remaining_usd"),
                          stored_text(r, "origin", choices={BUNDLED, EDITED, USER}),
                          stored_text(r, "source"), stored_text(r, "note"), r["id"],
                          _quality(r))


def _quality(r: dict) -> str:
    """The row's source quality; anything but a known one reads as none cited."""
    return r["source_quality"] if r["source_quality"] in sourcing.QUALITIES else ""


def _damaged_quarter(r: dict, bad: BadValue) -> DamagedRow:
    end = r.get("quarter_end")
    what = f"buyback quarter {shown(end)}"
    if isinstance(end, str) and len(end) <= 10:
        return DamagedRow(what, str(bad), f"tracker buybacks add --quarter-end {end} --amount-usd X "
                          f"--shares-repurchased-ads N --outstanding-ads N",
                          "(it replaces the stored quarter)")
    return DamagedRow(what, str(bad), "tracker restore BACKUP", RESTORE_HINT)


def _program_row(announced_text: str, p: BuybackProgram) -> dict:
    return {"announced": announced_text, "amount_usd": dec_out(p.amount_usd), "change": p.change,
            "effective_through": p.effective_through, "source": p.source, "note": p.note}


def load_quarters(db: Database) -> list[BuybackQuarter]:
    """Every readable quarter; a damaged row is skipped and noted (codecs.damaged_rows)."""
    forget_damaged(db, "buyback_quarters")
    quarters = []
    for r in readable_rows(db, lambda: db["buyback_quarters"].rows_where(order_by="quarter_end")):
        try:
            quarters.append(_quarter(r))
        except BadValue as bad:
            note_damaged(db, ("buyback_quarters", None, r["id"]), _damaged_quarter(r, bad))
    return quarters


def get_quarter(db: Database, quarter_end: date) -> BuybackQuarter | None:
    """The stored quarter; None also when its row is damaged (saving the quarter replaces it)."""
    rows = list(db["buyback_quarters"].rows_where("quarter_end = ?", [date_out(quarter_end)]))
    if not rows:
        return None
    try:
        return _quarter(rows[0])
    except BadValue:
        return replace(BuybackQuarter(quarter_end, None, None, None, origin=USER), id=rows[0]["id"])


def load_programs(db: Database) -> list[BuybackProgram]:
    """Reference programs from the bundled data; a damaged row is skipped (the next sync of the
    bundled data rewrites the table)."""
    forget_damaged(db, "buyback_programs")
    programs = []
    for r in readable_rows(db, lambda: db["buyback_programs"].rows):
        try:
            announced = stored_text(r, "announced", optional=False)
            try:
                day = _announced(announced)
            except ValueError:
                raise BadValue("announced", announced, "is not a date") from None
            programs.append(BuybackProgram(day, stored_decimal(r, "amount_usd", MAX_AMOUNT,
                                                               "non-negative", optional=True),
                                           stored_text(r, "change"), stored_text(r, "effective_through"),
                                           stored_text(r, "source"), stored_text(r, "note")))
        except BadValue as bad:
            note_damaged(db, ("buyback_programs", None, r.get("id")), DamagedRow(
                f"buyback program {shown(r.get('announced'))}", str(bad), "tracker restore BACKUP",
                RESTORE_HINT))
    return sorted(programs, key=lambda p: p.announced)


def save_quarter(db: Database, q: BuybackQuarter) -> BuybackQuarter:
    """Insert, or replace the row with the same quarter end; returns the record with its id."""
    row = _quarter_row(q)
    old = get_quarter(db, q.quarter_end)
    if old is None:
        db["buyback_quarters"].insert(row)
    else:
        db["buyback_quarters"].update(old.id, row)
    return get_quarter(db, q.quarter_end)


def delete_quarter(db: Database, quarter_end: date) -> None:
    db.execute("DELETE FROM buyback_quarters WHERE quarter_end = ?", [date_out(quarter_end)])


def bundled_quarter(quarter_end: date, folder: Path | None = None) -> BuybackQuarter | None:
    """The bundled figures of one quarter, if the bundle has that quarter."""
    for q in read_bundled_quarters(folder):
        if q.quarter_end == quarter_end:
            return q
    return None
