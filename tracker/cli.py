"""The `tracker` command: alone it opens the window; subcommands script the same facade."""
from __future__ import annotations

import argparse
import importlib
import os
import sqlite3
import sys
from pathlib import Path

from tracker.commands.help_texts import fill_missing_help
from tracker.commands.output import terminal_text
from tracker.commands.parsing import refuse_undecodable, resolve_listing_args
from tracker.errors import TrackerError
from tracker.version import version

# Each module of tracker.commands and the commands it registers (tests/test_cli.py holds them to it):
# a command line that names one builds only that module's part of the parser, so a command does not
# import every other command's module nor make their sixty subparsers before it answers.
COMMANDS = {"ledger": ("trades", "dividends", "fees", "convert", "conversions"),
            "accounts": ("accounts", "transfers", "activities"), "prices": ("prices",),
            "position": ("position",), "maintenance": ("backup", "restore"), "check": ("check",),
            "splits": ("splits",), "earnings": ("earnings",), "buybacks": ("buybacks",), "gains": ("gains",),
            "benchmarks": ("benchmarks",), "screenshot": ("screenshot",), "exchange": ("export", "presets"),
            "desktop": ("install-desktop-entry",)}


class _VersionAction(argparse.Action):
    """--version: the package metadata is read only when asked (a lookup of tens of milliseconds
    that every other command would pay at start)."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None):
        super().__init__(option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        print(f"tracker {version()}")          # on stdout, as argparse's own version action
        parser.exit()


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # usage errors: one line and exit 2, as argparse does, but shorter
        self.exit(2, f"{self.prog}: {terminal_text(message)} (see --help)\n")


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The whole parser, or with `argv` naming a command only the part that parses it."""
    parser = _Parser(prog="tracker", description="Offline tracker for an Alibaba (BABA / 9988.HK) position.")
    parser.add_argument("--version", action=_VersionAction, help="print the installed version and exit")
    parser.add_argument("--db", type=Path, help="database file (default: $TRACKER_DB or the user data folder)")
    parser.add_argument("--create", action="store_true",
                        help="make a new database at --db when there is none (the default one is always made)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in modules_for(argv):
        module = importlib.import_module(f"tracker.commands.{name}")
        module.register(sub)
    fill_missing_help(parser)
    return parser


def modules_for(argv: list[str] | None) -> list[str]:
    """The command module that parses `argv`'s command, or every module (no command, `--help`,
    an unknown or abbreviated word: argparse then answers as it always does)."""
    words = iter(argv or ())
    for word in words:
        if word == "--db":
            next(words, None)             # its value
        elif not word.startswith("-"):
            found = [module for module, commands in COMMANDS.items() if word in commands]
            return found or list(COMMANDS)
    return list(COMMANDS)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            from tracker.commands.gui import open_window
            return open_window(args.db, create=args.create)
        run = getattr(args, "run", None)
        if run is None:
            parser.parse_args([args.command, "--help"])
            return 2
        refuse_undecodable(args)
        if getattr(args, "no_tracker", False):
            return run(args)
        from tracker import paths
        from tracker.app.tracker import READ, WRITE, Tracker
        reads_only = getattr(args, "reads_only", False)
        if callable(reads_only):          # a command that only reads unless told to change something
            reads_only = reads_only(args)
        reads_only = reads_only or getattr(args, "dry_run", False)
        # a TRACKER_DB mistyped makes a new database as the default one would: said, so that it
        # does not look like a database whose trades are gone
        named = None if args.db or not os.environ.get(paths.DB_ENV) else paths.default_db_path()
        new = named is not None and not named.exists()
        with Tracker(args.db, access=READ if reads_only else WRITE,
                     create=paths.may_create(args.db, args.create)) as tracker:
            if new:
                print(f"tracker: note: {paths.DB_ENV} names no database yet: made a new, empty one at {named}",
                      file=sys.stderr)
            warning = None if tracker.read_only else tracker.location_warning()
            if warning:                       # once per database, as in the window
                print(f"tracker: warning: {warning}", file=sys.stderr)
            if tracker.took_over_from is not None:
                print(f"tracker: note: {tracker.took_over_from.describe()} ended without closing "
                      "this database; its lock was taken over", file=sys.stderr)
            try:
                resolve_listing_args(args, tracker.known_series())
                return run(args, tracker)
            finally:
                _report_damaged(tracker)
    except TrackerError as exc:
        print(f"tracker: {terminal_text(str(exc))}", file=sys.stderr)
        return 1
    except sqlite3.DatabaseError as exc:      # a read that met a damaged page, and the like
        from tracker import paths
        from tracker.store.problems import from_sqlite_error
        found = from_sqlite_error(exc, args.db or paths.default_db_path())
        if found is None:
            raise
        print(f"tracker: {found}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("tracker: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def _report_damaged(tracker) -> None:
    """Rows a read skipped are named after the command's own output, each with its fix."""
    for row in tracker.damaged_rows():
        print(f"tracker: warning: {row}", file=sys.stderr)


if __name__ == "__main__":
    raise SystemExit(main())
