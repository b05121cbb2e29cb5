"""One writer at a time: the lock file beside the database, and what the command line does about it."""
from __future__ import annotations

import json
import os
import signal

import pytest

from tests.safety.support import hold_lock, lock_taken_elsewhere, tracker_cmd, trades_in
from tracker.store.lock import COMMAND, WINDOW, WriterLock, lock_path

BUY = ("trades", "add", "--symbol", "BABA", "--side", "buy", "--date", "2024-03-01",
       "--quantity", "10", "--price", "75")


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "t.db"
    assert tracker_cmd(path, "--create", *BUY).returncode == 0
    return path


def test_closing_another_descriptor_of_the_lock_file_keeps_the_lock(tmp_path):
    """SQLite's own locks vanish when any descriptor of the file is closed; this one must not."""
    db = tmp_path / "t.db"
    mine = WriterLock(db)
    assert mine.acquire(WINDOW)
    os.close(os.open(lock_path(db), os.O_RDONLY))        # what a file dialog's MIME sniffing does
    assert not lock_taken_elsewhere(db)
    mine.release()
    assert lock_taken_elsewhere(db)


def test_a_write_command_is_refused_while_a_window_holds_the_database_and_names_it(db):
    window = hold_lock(db, WINDOW, 30)
    try:
        done = tracker_cmd(db, *BUY)
        assert done.returncode == 1
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and "Traceback" not in done.stderr
        assert f"Tracker window (process {window.pid})" in lines[0]
        assert len(trades_in(db)) == 1                # read commands still work, nothing was added
        position = tracker_cmd(db, "position", "--json")
        assert position.returncode == 0 and json.loads(position.stdout)[0]["shares"] == 10
    finally:
        window.kill()
        window.wait()


def test_a_write_command_waits_for_another_command_to_finish(db):
    other = hold_lock(db, COMMAND, 1.5)
    done = tracker_cmd(db, *BUY)
    other.wait()
    assert done.returncode == 0, done.stderr
    assert len(trades_in(db)) == 2


def test_a_killed_holder_never_blocks_and_the_takeover_is_said(db):
    window = hold_lock(db, WINDOW, 60)
    window.send_signal(signal.SIGKILL)
    window.wait()
    done = tracker_cmd(db, *BUY)
    assert done.returncode == 0, done.stderr
    assert f"process {window.pid}) ended without closing" in done.stderr
    assert len(trades_in(db)) == 2
    again = tracker_cmd(db, *BUY)            # a clean release leaves nothing to take over
    assert again.returncode == 0 and "ended without closing" not in again.stderr


def test_a_read_only_open_never_deletes_the_writers_wal(db, tmp_path):
    """The mechanism behind lost saves: the last connection to close deletes the -wal. A reader
    beside a writer opens read-only, so its close leaves the writer's -wal alone."""
    from tracker.app.tracker import Tracker
    writer = Tracker(db, access="write")
    try:
        writer.db.execute("PRAGMA wal_autocheckpoint = 0")
        for suffix in ("", "-wal", "-shm"):               # drop this process's SQLite locks
            os.close(os.open(f"{db}{suffix}", os.O_RDONLY))
        assert len(trades_in(db)) == 1                    # another process opens and closes it
        assert os.path.exists(f"{db}-wal")
        from tests.ui.conftest import buy
        writer.add_trade(buy(quantity="5"))
        assert len(trades_in(db)) == 2                    # visible to another process at once
    finally:
        writer.close()


def test_showing_the_provider_settings_works_while_a_window_writes(db):
    window = hold_lock(db, WINDOW, 30)
    try:
        shown = tracker_cmd(db, "prices", "providers")
        assert shown.returncode == 0 and "provider:" in shown.stdout
        changed = tracker_cmd(db, "prices", "providers", "--timeout", "5")
        assert changed.returncode == 1 and f"(process {window.pid})" in changed.stderr
    finally:
        window.kill()
        window.wait()


def test_a_deleted_lock_file_is_put_back_before_anyone_can_take_it(tmp_path):
    db = tmp_path / "t.db"
    mine = WriterLock(db)
    assert mine.acquire(WINDOW) and mine.intact()
    os.unlink(lock_path(db))                    # a user tidying up a "stale" lock file
    assert not mine.intact()
    assert mine.reassert(WINDOW) and mine.intact()
    assert not lock_taken_elsewhere(db)
    mine.release()


def test_a_window_whose_lock_was_taken_by_another_carries_on_read_only(tmp_path):
    from tracker.app.tracker import PREFER_WRITE, Tracker
    db = tmp_path / "t.db"
    window = Tracker(db, access=PREFER_WRITE, holder_kind=WINDOW, create=True)
    try:
        os.unlink(lock_path(db))
        other = hold_lock(db, COMMAND, 30)        # got the new lock file before the window looked
        try:
            assert window.keep_write_access() is False
            assert window.read_only and window.read_only_because.pid == other.pid
        finally:
            other.kill()
            other.wait()
    finally:
        window.close()
