"""Files in the user's cache folder: what a process computed that the next one may reuse.

Each file starts with the key it was computed for; a reader gets its text only when the key is the
same, so a changed program or package simply computes again. Losing a file costs time, never a
figure; it is written beside and renamed over, so no reader meets half a file.
"""
from __future__ import annotations

import os

from tracker import paths

FORMAT = "tracker-cache 1"


def load(name: str, key: str) -> str | None:
    """The text saved under `name` for `key`, or None (missing, unreadable, another key)."""
    try:
        text = (paths.cache_dir() / name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    head, _, body = text.partition("\n")
    found, _, body = body.partition("\n")
    return body if head == FORMAT and found == key else None


def save(name: str, key: str, text: str) -> None:
    """Keep `text` under `name` for `key`; a folder that cannot be written is no error."""
    path = paths.cache_dir() / name
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        part = path.with_name(f"{path.name}.{os.getpid()}.part")
        part.write_text(f"{FORMAT}\n{key}\n{text}", encoding="utf-8")
        os.replace(part, path)
    except OSError:
        pass
