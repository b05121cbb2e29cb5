"""Folders where SQLite's rules cannot hold: network file systems (locks that do not reach every
client) and folders a sync client rewrites (files replaced underneath an open database)."""
from __future__ import annotations

import os
from pathlib import Path

NETWORK_FILE_SYSTEMS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "afs", "ceph", "glusterfs",
                        "fuse.sshfs", "fuse.rclone", "fuse.gcsfuse", "davfs", "fuse.davfs2",
                        "fuse.s3fs", "lustre", "gpfs", "fuse.glusterfs", "fuse.cephfs"}
# folder names the common sync clients create (compared case-insensitively)
SYNC_FOLDERS = {"dropbox": "Dropbox", "onedrive": "OneDrive", "google drive": "Google Drive",
                "googledrive": "Google Drive", "my drive": "Google Drive", "icloud drive": "iCloud",
                "icloud": "iCloud", "mobile documents": "iCloud", "com~apple~clouddocs": "iCloud",
                "pcloud drive": "pCloud", "mega": "MEGA", "nextcloud": "Nextcloud",
                "owncloud": "ownCloud", "sync": "a sync client", "box sync": "Box", "box": "Box"}
SYNC_MARKERS = {".stfolder": "Syncthing", ".dropbox": "Dropbox", ".dropbox.cache": "Dropbox",
                ".sync": "Resilio Sync"}


def risky_location(db_path: Path, mounts: str | None = None) -> str | None:
    """Why the database's folder is unsafe for SQLite, in a sentence; None when it looks safe.
    `mounts` is the text of /proc/self/mounts (read from the system when None)."""
    folder = Path(db_path).resolve().parent
    fs_type = _mount_type(folder, mounts)
    if fs_type in NETWORK_FILE_SYSTEMS:
        return (f"the database is on a network file system ({fs_type}), where file locks do not "
                "reliably reach every computer: two programs can then corrupt it")
    client = _sync_client(folder)
    if client:
        return (f"the database is in a folder that {client} synchronises: a sync client may replace "
                "the file while it is open, or copy it half-written")
    return None


def _sync_client(folder: Path) -> str | None:
    for part in folder.parts:
        name = part.lower()
        if name in SYNC_FOLDERS and name not in ("sync", "box", "mega"):
            return SYNC_FOLDERS[name]
        if name.startswith("onedrive") or name.startswith("dropbox"):
            return "OneDrive" if name.startswith("onedrive") else "Dropbox"
    for parent in (folder, *folder.parents):
        for marker, client in SYNC_MARKERS.items():
            try:
                if (parent / marker).exists():
                    return client
            except OSError:
                continue
    return None


def _mount_type(folder: Path, mounts: str | None) -> str | None:
    if mounts is None:
        try:
            with open("/proc/self/mounts", encoding="utf-8", errors="replace") as handle:
                mounts = handle.read()
        except OSError:
            return None     # not Linux: only the folder names can be judged
    best, best_type = "", None
    target = str(folder)
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/") or point == "/"
        if inside and len(point) >= len(best):
            best, best_type = point, fields[2]
    return best_type
