"""The `declared_dividends` table: the dividends Alibaba declared, from resources/dividends.csv.

Reference facts only (the user records what they received in `dividends`), so the table mirrors the
bundled file and is replaced whole when the file changes. Amounts are US dollars per ADS and per
ordinary share; empty cells stay unknown.
"""
from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from sqlite_utils import Database

from tracker import paths
from tracker.domain.model import DeclaredDividend
from tracker.domain.money import MAX_AMOUNT
from tracker.store.bundled import BundledDataError, csv_rows, source_quality
from tracker.store.codecs import (RESTORE_HINT, BadValue, DamagedRow, date_out, dec_out,
                                  forget_damaged, note_damaged, readable_rows, shown, stored_date,
                                  stored_decimal, stored_text)

TABLE = "declared_dividends"
BUNDLED_FILE = "dividends.csv"
META_KEY = "bundled_dividends_sha"
KINDS = ("annual", "special")


def _date(text: str, where: str, required: bool = False) -> date | None:
    text = (text or "").strip()
    if not text:
        if required:
            raise BundledDataError(f"{where}: a date is required")
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise BundledDataError(f"{where}: not a date: {text!r}") from None


def _amount(text: str, where: str) -> Decimal:
    try:
        value = Decimal((text or "").strip())
    except InvalidOperation:
        raise BundledDataError(f"{where}: not a number: {text!r}") from None
    if not value > 0:
        raise BundledDataError(f"{where}: must be more than 0, not {text!r}")
    return value


def read_bundled(folder: Path | None = None) -> list[DeclaredDividend]:
    declared = []
    for where, r in csv_rows(BUNDLED_FILE, folder):
        if r["kind"].strip() not in KINDS:
            raise BundledDataError(f"{where}: kind must be annual or special, not {r['kind']!r}")
        declared.append(DeclaredDividend(
            fiscal_year=r["fiscal_year"].strip(),
            kind=r["kind"].strip(),
            per_ads_usd=_amount(r["per_ads_usd"], f"{where} per_ads_usd"),
            per_share_usd=_amount(r["per_share_usd"], f"{where} per_share_usd"),
            ex_date=_date(r["ex_date"], f"{where} ex_date", required=True),
            hk_ex_date=_date(r["hk_ex_date"], f"{where} hk_ex_date"),
            announced=_date(r["announced"], f"{where} announced"),
            record_date=_date(r["record_date"], f"{where} record_date"),
            pay_date=_date(r["pay_date"], f"{where} pay_date"),
            source=r["source_url"].strip(),
            note=r["note"].strip(),
            source_quality=source_quality(r.get("source_quality"), where),
        ))
    return declared


def _row(d: DeclaredDividend) -> dict:
    return {"fiscal_year": d.fiscal_year, "kind": d.kind, "announced": date_out(d.announced),
            "per_ads_usd": dec_out(d.per_ads_usd), "per_share_usd": dec_out(d.per_share_usd),
            "ex_date": date_out(d.ex_date), "hk_ex_date": date_out(d.hk_ex_date),
            "record_date": date_out(d.record_date), "pay_date": date_out(d.pay_date),
            "source": d.source, "note": d.note, "source_quality": d.source_quality}


def _record(r: dict) -> DeclaredDividend:
    def day(column: str, optional: bool = True) -> date | None:
        return stored_date(r, column, optional=optional)

    def amount(column: str) -> Decimal | None:
        return stored_decimal(r, column, MAX_AMOUNT, "non-negative", optional=True)
    return DeclaredDividend(r["fiscal_year"], stored_text(r, "kind", optional=False), amount("per_ads_usd"),
                            amount("per_share_usd"), day("ex_date", optional=False), day("hk_ex_date"),
                            day("announced"), day("record_date"), day("pay_date"), stored_text(r, "source"),
                            stored_text(r, "note"), stored_text(r, "source_quality"))


def load(db: Database) -> list[DeclaredDividend]:
    """Every readable declared dividend, oldest ex-date first (annual before special on the same
    day); a damaged row is skipped and noted (codecs.damaged_rows)."""
    forget_damaged(db, TABLE)
    declared = []
    for r in readable_rows(db, lambda: db[TABLE].rows_where(order_by="ex_date, kind")):
        try:
            declared.append(_record(r))
        except BadValue as bad:
            note_damaged(db, (TABLE, None, repr((r.get("fiscal_year"), r.get("kind")))), DamagedRow(
                f"declared dividend {shown(r.get('fiscal_year'))} {shown(r.get('kind'))}", str(bad),
                "tracker restore BACKUP", RESTORE_HINT))
    return declared


def sync_bundled(db: Database, folder: Path | None = None) -> bool:
    """Replace the table with the bundled file when the file changed; True when it did."""
    path = Path(folder or paths.resources_dir()) / BUNDLED_FILE
    if not path.is_file():
        return False
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    stored = db.execute("SELECT value FROM meta WHERE key = ?", [META_KEY]).fetchone()
    if stored and stored[0] == digest:
        return False
    declared = read_bundled(folder)          # the whole file parses before anything is replaced
    with db.atomic():
        db.execute(f"DELETE FROM {TABLE}")
        db[TABLE].insert_all(_row(d) for d in declared)
        db["meta"].upsert({"key": META_KEY, "value": digest}, pk="key")
    return True
