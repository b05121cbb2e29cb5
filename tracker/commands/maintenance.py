"""backup / restore."""
from __future__ import annotations

from pathlib import Path

from tracker import paths
from tracker.errors import TrackerError


def register(sub) -> None:
    b = sub.add_parser("backup", help="write a checked copy of the database")
    b.add_argument("--to", help="file to write (default: the backups folder beside the database)")
    b.set_defaults(run=backup, reads_only=True)
    r = sub.add_parser("restore", help="replace the database with a backup (validated first; the "
                                       "current database is backed up, or moved aside when damaged)")
    r.add_argument("file")
    r.set_defaults(run=restore, no_tracker=True)


def backup(args, tracker) -> int:
    path = tracker.backup(args.to)
    print(f"backed up {tracker.path} to {path}")
    return 0


def restore(args) -> int:
    from tracker.app.tracker import Tracker
    target = args.db or paths.default_db_path()
    if not Path(target).exists() and not paths.may_create(args.db, args.create):
        raise TrackerError(f"no database at {target}: check the path, or pass --create to restore "
                           "into a new database there")
    if not Path(target).parent.is_dir():
        Path(target).parent.mkdir(parents=True, exist_ok=True)
    done = Tracker.restore(target, args.file)
    if done.safety:
        print(f"restored {target} from {args.file} (the previous database was saved to {done.safety})")
    elif done.set_aside:
        print(f"restored {target} from {args.file} (the damaged database was moved to {done.set_aside})")
    else:
        print(f"restored {target} from {args.file}")
    # open once so the restored file is brought up to this version's schema
    Tracker(target).close()
    return 0
