"""export (every activity to CSV or JSON) and presets (saved column mappings for brokers' CSVs)."""
from __future__ import annotations

import sys

from tracker.app import export, presets
from tracker.commands.output import print_json, print_table, terminal_text
from tracker.errors import TrackerError
from tracker.importers.mapped import DATE_ORDERS, DECIMAL_SEPARATORS, ROLE_HELP, ROLES, Mapping


def register(sub) -> None:
    exp = sub.add_parser("export", help="write every activity (trades, dividends, fees, conversions, "
                                        "corporate actions) to one file that `trades import` reads back")
    exp.add_argument("--format", choices=export.FORMATS, default="csv", help="csv (default) or json")
    exp.add_argument("-o", "--out", default="-", help="the file to write; - (the default) for standard output")
    exp.set_defaults(run=export_run, reads_only=True)

    pre = sub.add_parser("presets", help="saved column mappings for other brokers' CSV files")
    psub = pre.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(pre))
    lst = psub.add_parser("list", help="list the saved presets")
    lst.add_argument("--json", action="store_true", help="print them as JSON")
    lst.set_defaults(run=presets_list, no_tracker=True)
    show = psub.add_parser("show", help="show one preset's mapping")
    show.add_argument("name", help="the preset's name")
    show.add_argument("--json", action="store_true", help="print it as JSON")
    show.set_defaults(run=presets_show, no_tracker=True)
    dele = psub.add_parser("delete", help="delete a preset")
    dele.add_argument("name", help="the preset's name")
    dele.set_defaults(run=presets_delete, no_tracker=True)
    add = psub.add_parser("add", help="save (or replace) a preset: which column of the broker's file holds "
                                      "each field; used by `trades import FILE --preset NAME`")
    add.add_argument("name", help="the preset's name, for example futu or schwab")
    for role in ROLES:
        add.add_argument(f"--{role}-column", metavar="COLUMN", help=f"column with {ROLE_HELP[role]}")
    add.add_argument("--date-order", choices=DATE_ORDERS, default="YMD",
                     help="the order of the date's parts: YMD (2024-03-01), DMY (01.03.2024) or MDY (03/01/2024)")
    add.add_argument("--decimal", choices=DECIMAL_SEPARATORS, default=".",
                     help="the decimal separator: . (1,234.56) or , (1.234,56 and 70,50)")
    add.set_defaults(run=presets_add, no_tracker=True)


def export_run(args, tracker) -> int:
    text = tracker.export_activities(args.format)
    if args.out == "-":
        sys.stdout.write(text)
        return 0
    out = tracker.check_output_file(args.out)
    try:
        with open(out, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
    except OSError as exc:
        raise TrackerError(f"file: cannot write {out}: {exc.strerror or exc}") from None
    counted = ", ".join(f"{n:,} {kind}" for kind, n in export.counts(tracker.book()).items() if n)
    print(terminal_text(f"exported {counted or 'no activities'} to {out}"), file=sys.stderr)
    return 0


def _describe(m: Mapping) -> list[list[str]]:
    return [[role, m.columns.get(role, "-")] for role in ROLES] + [["date order", m.date_order],
                                                                   ["decimal", m.decimal]]


def presets_list(args) -> int:
    found = presets.load_all()
    if args.json:
        print_json({name: m.as_json() for name, m in found.items()})
        return 0
    if not found:
        print(f"no presets saved (in {presets.presets_file()})")
        return 0
    print_table(["name", "columns", "date order", "decimal"],
                [[name, ", ".join(f"{r}={c}" for r, c in m.columns.items()), m.date_order, m.decimal]
                 for name, m in sorted(found.items())])
    return 0


def presets_show(args) -> int:
    m = presets.get(args.name)
    if args.json:
        print_json(m.as_json())
    else:
        print_table(["field", "column"], _describe(m))
    return 0


def presets_delete(args) -> int:
    presets.delete(args.name)
    print(terminal_text(f"deleted preset {args.name}"))
    return 0


def presets_add(args) -> int:
    columns = {role: getattr(args, f"{role}_column") for role in ROLES if getattr(args, f"{role}_column")}
    saved = presets.save(Mapping(columns, args.date_order, args.decimal, args.name))
    print(terminal_text(f"saved preset {saved.name} in {presets.presets_file()}"))
    return 0
