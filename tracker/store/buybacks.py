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
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from sqlite_utils import Database

from tracker import paths
from tracker.domain.buyback import ads_count
from tracker.domain.model import BuybackProgram, BuybackQuarter
from tracker.store.bundled import BundledDataError, csv_rows, source_quality
from tracker.store.codecs import date_in, date_out, dec_in, dec_out

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
    return BuybackQuarter(date_in(r["quarter_end"]), dec_in(r["amount_usd"]),
                          dec_in(r["shares_repurchased_ads"]), dec_in(r["outstanding_ads"]),
                          dec_in(r["remaining_usd"]), r["origin"], r["source"], r["note"], r["id"],
                          r["source_quality"])


def _program_row(announced_text: str, p: BuybackProgram) -> dict:
    return {"announced": announced_text, "amount_usd": dec_out(p.amount_usd), "change": p.change,
            "effective_through": p.effective_through, "source": p.source, "note": p.note}


def load_quarters(db: Database) -> list[BuybackQuarter]:
    return [_quarter(r) for r in db["buyback_quarters"].rows_where(order_by="quarter_end")]


def get_quarter(db: Database, quarter_end: date) -> BuybackQuarter | None:
    rows = list(db["buyback_quarters"].rows_where("quarter_end = ?", [date_out(quarter_end)]))
    return _quarter(rows[0]) if rows else None


def load_programs(db: Database) -> list[BuybackProgram]:
    programs = [
        BuybackProgram(_announced(r["announced"]), dec_in(r["amount_usd"]), r["change"],
                       r["effective_through"], r["source"], r["note"])
        for r in db["buyback_programs"].rows
    ]
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
