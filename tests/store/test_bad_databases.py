"""Bad databases: each gets one distinct line naming the problem, and nothing is overwritten.

Run through the real `tracker` command in a fresh process (exit 1, one line on stderr, no
traceback); read-only files and folders are real read-only bind mounts (root ignores file modes).
"""
from __future__ import annotations

import shutil
from datetime import date, timedelta
import sqlite3

import pytest

from tests.store.db_files import (cli, damage_a_page, facts, one_clear_line, populated, read_only_cli,
                                  rows)
from tracker.app.tracker import Tracker
from tracker.errors import DatabaseProblem
from tracker.store import backup
from tracker.store.migrations import SCHEMA_VERSION

ADD = ("trades", "add", "--symbol", "BABA", "--side", "buy", "--date", "2024-01-02", "--quantity", "1",
       "--price", "80")


def test_a_damaged_file_says_damaged_and_points_to_the_backups(tmp_path):
    path = populated(tmp_path / "tracker.db", trades=40)
    with Tracker(path, make_backups=False) as t:
        t.backup()                              # an earlier good backup
    newest = backup.list_backups(path)[0]
    damage_a_page(path)
    before = facts(path)
    line = one_clear_line(cli("--db", str(path), "trades", "list"))
    assert "is damaged" in line and str(backup.backup_dir(path)) in line
    assert newest.name in line and "tracker restore" in line
    assert facts(path) == before and backup.list_backups(path) == [newest]


def test_a_damaged_page_met_while_reading_is_one_line(tmp_path):
    path = populated(tmp_path / "tracker.db", trades=40)
    with Tracker(path, make_backups=False) as t:
        t.backup()                              # today's backup exists: the open does not check
    damage_a_page(path)
    line = one_clear_line(cli("--db", str(path), "trades", "list"))
    assert "is damaged" in line and "tracker restore" in line


def test_a_database_from_a_newer_tracker_says_so_and_points_to_the_backups(tmp_path):
    path = populated(tmp_path / "tracker.db")
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = facts(path)
    line = one_clear_line(cli("--db", str(path), *ADD))
    assert "newer version of Tracker" in line and "update Tracker" in line and "backups" in line
    assert facts(path) == before


def test_a_file_that_is_not_a_database_says_so(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("my notes\n" * 500)
    before = facts(path)
    line = one_clear_line(cli("--db", str(path), "trades", "list"))
    assert "not an SQLite database file at all" in line
    assert facts(path) == before


def test_a_mistyped_db_path_creates_nothing(tmp_path):
    missing_folder = tmp_path / "Tracker-typo" / "tracker.db"
    line = one_clear_line(cli("--db", str(missing_folder), *ADD))
    assert "folder" in line and "does not exist" in line and "--create" in line
    assert not missing_folder.parent.exists()
    missing_file = tmp_path / "trakcer.db"
    line = one_clear_line(cli("--db", str(missing_file), "trades", "list"))
    assert "no database at" in line and "--create" in line
    assert not missing_file.exists()


def test_create_makes_a_new_database_and_the_default_one_is_always_made(tmp_path):
    new = tmp_path / "new folder" / "tracker.db"
    done = cli("--db", str(new), "--create", *ADD)
    assert done.returncode == 0, done.stderr
    assert len(rows(new)["trades"]) == 1
    default = tmp_path / "data" / "tracker.db"          # $TRACKER_DB names the default database
    done = cli("trades", "list", env={"TRACKER_DB": str(default)})
    assert done.returncode == 0, done.stderr
    assert default.exists()
    # made, and said: a mistyped $TRACKER_DB must not look like a database whose trades are gone
    assert done.stderr == f"tracker: note: TRACKER_DB names no database yet: made a new, empty one at {default}\n"
    again = cli("trades", "list", env={"TRACKER_DB": str(default)})
    assert again.returncode == 0 and again.stderr == ""


def test_a_read_only_folder_says_so(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    path = populated(folder / "tracker.db")
    before = facts(path)
    done = read_only_cli(folder, "--db", str(path), *ADD)
    line = one_clear_line(done)
    assert f"the folder {folder} is read-only" in line
    assert facts(path) == before


def test_a_read_only_file_says_so(tmp_path):
    path = populated(tmp_path / "tracker.db")
    with Tracker(path, make_backups=False) as t:
        t.backup()                 # so the open does not try to write today's backup
    before = facts(path)
    done = read_only_cli(path, "--db", str(path), *ADD)
    line = one_clear_line(done)
    assert f"{path} is read-only" in line and "the folder" not in line
    assert facts(path) == before
    assert read_only_cli(path, "--db", str(path), "trades", "list").returncode == 0    # reading works


def test_a_backup_on_read_only_media_restores(tmp_path):
    live = populated(tmp_path / "tracker.db", trades=1)
    media = tmp_path / "usb"
    media.mkdir()
    source = populated(media / "saved.db", trades=2)
    with Tracker(source, make_backups=False) as t:
        t.backup(media / "backup.db")
    source.unlink()
    done = read_only_cli(media, "--db", str(live), "restore", str(media / "backup.db"))
    assert done.returncode == 0, done.stderr
    assert len(rows(live)["trades"]) == 2


def test_a_full_disk_mid_import_is_one_line_and_writes_nothing(tmp_path, monkeypatch, capsys):
    """`PRAGMA max_page_count` stands in for the disk filling up halfway through the import."""
    from tracker.cli import main
    from tracker.store import db as store_db
    path = populated(tmp_path / "tracker.db")
    before = rows(path)
    prices = tmp_path / "big.csv"
    lines = ["Date,Open,High,Low,Close,Adj Close,Volume"]
    from tracker.app.sessions import sessions_between
    sessions = sessions_between("NYSE", date(2014, 9, 22), date(2014, 9, 22) + timedelta(days=2800))
    lines += [f"{day},1,2,0.5,1.5,1.5,{i}" for i, day in enumerate(sessions)]
    prices.write_text("\n".join(lines) + "\n")
    real_connect = store_db.connect

    def small_disk(p):
        db = real_connect(p)
        pages = db.execute("PRAGMA page_count").fetchone()[0]
        db.execute(f"PRAGMA max_page_count = {pages + 5}")
        return db
    monkeypatch.setattr(store_db, "connect", small_disk)
    code = main(["--db", str(path), "prices", "import", str(prices), "--symbol", "BABA"])
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert "disk holding" in err and "is full" in err and "not saved" in err
    monkeypatch.setattr(store_db, "connect", real_connect)
    assert rows(path) == before


def test_the_facade_reports_a_full_disk_as_a_database_problem(tmp_path):
    path = populated(tmp_path / "tracker.db")
    with Tracker(path, make_backups=False) as t:
        pages = t.db.execute("PRAGMA page_count").fetchone()[0]
        t.db.execute(f"PRAGMA max_page_count = {pages}")
        trade = t.trades()[0]
        with pytest.raises(DatabaseProblem) as full:
            for i in range(200):
                t.add_trade(trade.__class__("BABA", "buy", trade.trade_date, trade.quantity, trade.price,
                                            note="x" * 900))
        assert full.value.kind == "disk-full"


def test_each_problem_has_its_own_words(tmp_path):
    """One line per problem, and no two problems share their wording."""
    from tracker.store import problems
    path = tmp_path / "tracker.db"
    lines = [problems.damaged(path, "x"), problems.not_a_database(path), problems.newer(path, 9, 3),
             problems.read_only(path), problems.disk_full(path), problems.missing(path),
             problems.foreign(path, "y")]
    assert len({p.kind for p in lines}) == len(lines)
    assert all("\n" not in str(p) for p in lines)


def test_export_ics_onto_the_database_is_refused(tmp_path):
    path = populated(tmp_path / "tracker.db")
    before = rows(path)
    for target in (path, f"{path}-wal", f"{path}-shm", tmp_path):
        line = one_clear_line(cli("--db", str(path), "earnings", "export-ics", str(target)))
        assert "is the database itself" in line or "is a folder" in line
    assert rows(path) == before and not list(tmp_path.glob("*.part"))


def test_backup_to_a_folder_is_one_line_and_leaves_no_part(tmp_path):
    path = populated(tmp_path / "tracker.db")
    line = one_clear_line(cli("--db", str(path), "backup", "--to", str(tmp_path)))
    assert "is a folder" in line
    assert not list(tmp_path.rglob("*.part"))


def test_restore_command_over_a_damaged_database(tmp_path):
    path = populated(tmp_path / "tracker.db", trades=40)
    with Tracker(path, make_backups=False) as t:
        saved = t.backup()
    damage_a_page(path)
    done = cli("--db", str(path), "restore", str(saved))
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    assert "damaged database was moved to" in done.stdout
    assert len(rows(path)["trades"]) == 40
    line = one_clear_line(cli("--db", str(tmp_path / "typo.db"), "restore", str(saved)))
    assert "no database at" in line and not (tmp_path / "typo.db").exists()
