"""Counters of committed changes per kind of fact (`activities:SYM`, `prices:SYM`, `reference`,
`settings`), kept in the database so that every process can tell what another one changed.
Triggers keep the ledger's and the reference tables' counters; the bar store bumps `prices:SYM`."""
from __future__ import annotations

from sqlite_utils import Database

_BUMP = ("INSERT INTO revisions (kind, n) VALUES (?, 1) "
         "ON CONFLICT (kind) DO UPDATE SET n = n + 1")


def bump(db: Database, kind: str) -> None:
    db.execute(_BUMP, [kind])


def snapshot(db: Database) -> dict[str, int]:
    return dict(db.execute("SELECT kind, n FROM revisions").fetchall())


def changed_kinds(before: dict[str, int], after: dict[str, int]) -> set[str]:
    return {kind for kind, n in after.items() if before.get(kind) != n}
