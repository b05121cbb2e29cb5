"""backup / restore."""
from __future__ import annotations

from tracker import paths
from tracker.errors import TrackerError


def register(sub) -> None:
    b = sub.add_parser("backup", help="write a consistent copy of the database")
    b.add_argument("--to", help="file to write (default: the backups folder beside the database)")
    b.set_defaults(run=backup, reads_only=True)
    r = sub.add_parser("restore", help="replace the database with a backup (validated first)")
    r.add_argument("file")
    r.set_defaults(run=restore, no_tracker=True)


def backup(args, tracker) -> int:
    path = tracker.backup(args.to)
    print(f"backed up {tracker.path} to {path}")
    return 0


def restore(args) -> int:
    from tracker.app.tracker import Tracker
    target = args.db or paths.default_db_path()
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
    safety = Tracker.restore(target, args.file)
    if safety:
        print(f"restored {target} from {args.file} (the previous database was saved to {safety})")
    else:
        print(f"restored {target} from {args.file}")
    # open once so the restored file is brought up to this version's schema
    try:
        Tracker(target).close()
    except TrackerError:
        raise
    return 0
