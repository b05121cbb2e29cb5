"""Folders where SQLite cannot keep its promises are recognised and warned about once."""
from __future__ import annotations

from tracker.store.location import risky_location

MOUNTS = """/dev/vda1 / ext4 rw 0 0
server:/export /home/ann/nas nfs4 rw 0 0
//box/share /mnt/office cifs rw 0 0
"""


def test_network_file_systems_are_recognised_by_mount_type(tmp_path):
    assert "network file system (nfs4)" in risky_location("/home/ann/nas/tracker.db", MOUNTS)
    assert "(cifs)" in risky_location("/mnt/office/money/tracker.db", MOUNTS)
    assert risky_location("/home/ann/tracker.db", MOUNTS) is None


def test_sync_folders_are_recognised_by_name_and_marker(tmp_path):
    assert "Dropbox" in risky_location(tmp_path / "Dropbox" / "tracker.db", MOUNTS)
    assert "OneDrive" in risky_location(tmp_path / "OneDrive - Contoso" / "t.db", MOUNTS)
    assert "iCloud" in risky_location(tmp_path / "Library" / "Mobile Documents" / "t.db", MOUNTS)
    synced = tmp_path / "shared"
    (synced / ".stfolder").mkdir(parents=True)
    assert "Syncthing" in risky_location(synced / "sub" / "t.db", MOUNTS)
    assert risky_location(tmp_path / "plain" / "t.db", MOUNTS) is None


def test_the_warning_is_given_once_per_database(tmp_path):
    from tracker.app.tracker import Tracker
    path = tmp_path / "Dropbox" / "t.db"
    path.parent.mkdir()
    with Tracker(path) as t:
        first = t.location_warning()
        assert "Dropbox" in first and "backups" in first
        assert t.location_warning() is None
    with Tracker(path) as t:
        assert t.location_warning() is None
        assert "Dropbox" in t.location_risk()


def test_the_command_line_warns_once_about_a_sync_folder(tmp_path):
    from tests.safety.support import tracker_cmd
    db = tmp_path / "Dropbox" / "t.db"
    db.parent.mkdir()
    args = ("trades", "add", "--symbol", "BABA", "--side", "buy", "--date", "2024-03-01",
            "--quantity", "1", "--price", "75")
    first = tracker_cmd(db, "--create", *args)
    assert first.returncode == 0, first.stderr
    assert "warning: the database is in a folder that Dropbox synchronises" in first.stderr
    again = tracker_cmd(db, *args)
    assert again.returncode == 0 and "Dropbox" not in again.stderr
