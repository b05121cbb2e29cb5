"""The bundled buyback data: faithful to the published figures, and never over a user's corrections."""
import csv
import shutil
from dataclasses import replace
from datetime import date
from decimal import Decimal as D

import pytest

from tracker import paths
from tracker.domain.buyback import fiscal_label
from tracker.domain.model import BuybackQuarter
from tracker.store import buybacks as store
from tracker.store.db import open_database
from tests.shared_data import flagged_secondary, only_filings, readable, shared_file


def shared_csv(name):
    with open(shared_file(name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def millions(text):
    return None if not text.strip() else D(text) * 1_000_000


def billions(text):
    return None if not text.strip() else D(text) * 1_000_000_000


def user_quarter(end):
    return BuybackQuarter(end, D(500_000_000), D(4_000_000), D(2_300_000_000), origin="user")


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "t.db", make_backups=False)
    yield database
    database.close()


def test_every_bundled_quarter_matches_the_published_figures(db):
    published = shared_csv("buybacks.csv")
    stored = {q.quarter_end: q for q in store.load_quarters(db)}
    assert len(stored) == len(published) == 26
    for row in published:
        q = stored[date.fromisoformat(row["quarter_end"])]
        assert fiscal_label(q.quarter_end) == row["fiscal_quarter"]
        assert q.amount_usd == billions(row["repurchase_usd_bn"])
        assert q.remaining_usd == billions(row["remaining_authorization_usd_bn"])
        # ADS counts as published; ordinary-share counts at 8 per ADS only where no ADS count exists
        for ads_col, ord_col, value in (
                ("shares_repurchased_mn_ads", "shares_repurchased_mn_ordinary", q.shares_repurchased_ads),
                ("outstanding_mn_ads", "outstanding_mn_ordinary", q.outstanding_ads)):
            if row[ads_col].strip():
                assert value == millions(row[ads_col])
            elif row[ord_col].strip():
                assert value == millions(row[ord_col]) / 8
            else:
                assert value is None
        assert q.source == readable(row["source_url"])
        assert q.note == readable(row["note"])
        assert q.origin == "bundled"


def test_each_quarter_says_how_good_its_source_is(db):
    published = {date.fromisoformat(r["quarter_end"]): r for r in shared_csv("buybacks.csv")}
    stored = {q.quarter_end: q for q in store.load_quarters(db)}
    for end, row in published.items():
        quality = stored[end].source_quality
        if not row["source_url"].strip():
            assert quality == "", end
        elif flagged_secondary(row["note"]):
            assert quality == "secondary", end
        elif only_filings(row["source_url"]):
            assert quality == "primary", end
    # the FY2026Q1 figures come from one secondary summary; FY2026Q2 from a news report of the 6-K
    assert stored[date(2025, 6, 30)].source_quality == stored[date(2025, 9, 30)].source_quality == "secondary"
    assert stored[date(2023, 12, 31)].source_quality == "primary"      # the Share Repurchase Update
    assert stored[date(2026, 9, 30)].source_quality == "secondary"     # the placing, from unidentified files


def test_the_fy2026q1_buyback_is_in_ads(db):
    q = store.get_quarter(db, date(2025, 6, 30))
    # 56 million ordinary shares = 7 million ADS, for US$815M, US$19.3bn left
    assert (q.amount_usd, q.shares_repurchased_ads, q.remaining_usd) == (D(815_000_000), D(7_000_000), D("19.3e9"))
    assert q.outstanding_ads is None                                   # not published for the quarter


def test_placeholder_quarters_are_kept_empty(db):
    stored = {q.quarter_end: q for q in store.load_quarters(db)}
    mar25 = stored[date(2025, 3, 31)]       # the note mentions a US$11.9bn fiscal-year total
    assert (mar25.amount_usd, mar25.shares_repurchased_ads, mar25.outstanding_ads, mar25.remaining_usd) == (None,) * 4
    assert "11.9bn" in mar25.note
    dec24 = stored[date(2024, 12, 31)]      # 119mn ordinary shares only -> 14.875M ADS
    assert dec24.shares_repurchased_ads == D(14_875_000) and dec24.outstanding_ads is None


def test_every_program_matches_the_published_figures(db):
    published = shared_csv("buyback_programs.csv")
    programs = store.load_programs(db)
    assert len(programs) == len(published) == 6
    for row, p in zip(published, programs):
        announced = row["announced_date"]
        assert p.announced == date.fromisoformat(announced if len(announced) == 10 else announced + "-01")
        assert p.amount_usd == billions(row["amount_usd_bn"])
        assert p.effective_through == row["effective_through"]
        assert p.source == row["source_url"]
    assert programs[-1].amount_usd is None          # Feb-2024: cumulative total not stated


def _bundle_copy(tmp_path, monkeypatch, edit):
    folder = tmp_path / "resources"
    shutil.copytree(paths.resources_dir(), folder, dirs_exist_ok=True)
    path = folder / store.QUARTERS_FILE
    rows = list(csv.DictReader(open(path, newline="", encoding="utf-8")))
    edit(rows)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    monkeypatch.setattr(paths, "resources_dir", lambda: folder)
    return folder


def test_user_rows_survive_a_new_bundle(tmp_path, monkeypatch):
    db_file = tmp_path / "t.db"
    db = open_database(db_file, make_backups=False)
    placeholder = store.get_quarter(db, date(2025, 3, 31))
    corrected = store.get_quarter(db, date(2024, 9, 30))
    with db.atomic():
        store.save_quarter(db, replace(placeholder, amount_usd=D(800_000_000), origin="edited"))
        store.save_quarter(db, replace(corrected, outstanding_ads=D(2_326_500_000), origin="edited"))
        store.save_quarter(db, user_quarter(date(2020, 3, 31)))
    db.close()

    def new_bundle(rows):
        for r in rows:
            if r["quarter_end"] in ("2025-03-31", "2024-09-30", "2023-06-30", "2025-12-31"):
                r["amount_usd"] = "999000000"
        rows.insert(0, {**rows[0], "quarter_end": "2020-03-31", "fiscal_quarter": "FY2020Q4",
                        "amount_usd": "1000000000"})
    _bundle_copy(tmp_path, monkeypatch, new_bundle)

    db = open_database(db_file, make_backups=False)
    stored = {q.quarter_end: q for q in store.load_quarters(db)}
    assert stored[date(2025, 3, 31)].amount_usd == D(800_000_000)               # edited: kept
    assert stored[date(2024, 9, 30)].outstanding_ads == D(2_326_500_000)       # edited: kept
    assert stored[date(2024, 9, 30)].amount_usd == D(4_100_000_000)
    assert stored[date(2020, 3, 31)].origin == "user"                           # user row: kept
    assert stored[date(2020, 3, 31)].amount_usd == D(500_000_000)
    assert stored[date(2023, 6, 30)].amount_usd == D(999_000_000)               # bundled: updated
    assert stored[date(2025, 12, 31)].amount_usd == D(999_000_000)              # placeholder filled
    db.close()


def test_bundled_quarters_dropped_from_the_bundle_go_but_user_rows_stay(tmp_path, monkeypatch):
    db_file = tmp_path / "t.db"
    db = open_database(db_file, make_backups=False)
    with db.atomic():
        store.save_quarter(db, user_quarter(date(2020, 3, 31)))
    db.close()
    _bundle_copy(tmp_path, monkeypatch, lambda rows: rows.pop(0))       # 2020-06-30 withdrawn
    db = open_database(db_file, make_backups=False)
    ends = {q.quarter_end for q in store.load_quarters(db)}
    assert date(2020, 6, 30) not in ends and date(2020, 3, 31) in ends
    db.close()


def test_sync_is_skipped_when_the_bundle_is_unchanged(db):
    assert store.sync_bundled(db) is False
    db.execute("UPDATE buyback_quarters SET amount_usd = '1' WHERE quarter_end = '2023-06-30'")
    assert store.sync_bundled(db) is False                   # same digest: nothing re-read
    db.execute("DELETE FROM meta WHERE key = ?", [store.META_KEY])
    assert store.sync_bundled(db) is True                    # forced: bundled row restored
    assert store.get_quarter(db, date(2023, 6, 30)).amount_usd == D(3_100_000_000)
