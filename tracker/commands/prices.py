"""prices import / prices list."""
from __future__ import annotations

from datetime import datetime, timezone

from tracker.commands.output import print_json, print_table
from tracker.commands.parsing import date_arg
from tracker.errors import TrackerError

FORMATS = ("yahoo", "stooq", "nasdaq", "investing", "generic")


def register(sub) -> None:
    prices = sub.add_parser("prices", help="import and list price bars")
    psub = prices.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(prices))

    imp = psub.add_parser("import", help="import a price CSV (Yahoo, Stooq, Nasdaq, Investing or generic)")
    imp.add_argument("file")
    imp.add_argument("--symbol", required=True)
    imp.add_argument("--format", choices=FORMATS, help="skip detection from the header")
    imp.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN",
                     help="generic format: which column holds date/open/high/low/close/volume")
    imp.add_argument("--dry-run", action="store_true")
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(run=prices_import)

    lst = psub.add_parser("list", help="list stored bars")
    lst.add_argument("--symbol", required=True)
    lst.add_argument("--from", dest="start")
    lst.add_argument("--to", dest="end")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(run=prices_list, reads_only=True)


def _mapping(pairs: list[str]) -> dict[str, str] | None:
    if not pairs:
        return None
    mapping = {}
    for pair in pairs:
        field, sep, column = pair.partition("=")
        if not sep or not column:
            raise TrackerError(f"--map: expected FIELD=COLUMN, got {pair!r}")
        mapping[field.strip().lower()] = column
    return mapping


def prices_import(args, tracker) -> int:
    mapping = _mapping(args.map)
    fmt = args.format or ("generic" if mapping else None)
    report = tracker.import_prices(args.file, args.symbol, fmt=fmt, mapping=mapping, dry_run=args.dry_run)
    if args.json:
        print_json({"symbol": report.symbol, "format": report.format, "rows": report.rows,
                    "added": report.added, "updated": report.updated, "dry_run": report.dry_run,
                    "first": report.first, "last": report.last})
    else:
        verb = "would add" if report.dry_run else "added"
        print(f"{report.format} file, {report.rows} rows for {report.symbol} "
              f"({report.first} to {report.last}): {verb} {report.added}, "
              f"{'would update' if report.dry_run else 'updated'} {report.updated}")
    return 0


def bar_time(ts: int) -> str:
    """ISO date for daily bars (midnight), ISO date and time for intraday bars."""
    moment = datetime.fromtimestamp(int(ts), tz=timezone.utc).replace(tzinfo=None)
    return moment.date().isoformat() if ts % 86400 == 0 else moment.isoformat()


def prices_list(args, tracker) -> int:
    bars = tracker.bars(args.symbol, date_arg(args.start, "from"), date_arg(args.end, "to"))
    records = [
        {"date": bar_time(t), "open": o, "high": h, "low": lo, "close": c,
         "volume": int(v) if v.is_integer() else v}
        for t, o, h, lo, c, v in zip(bars.ts.tolist(), bars.open.tolist(), bars.high.tolist(),
                                      bars.low.tolist(), bars.close.tolist(), bars.volume.tolist())
    ]
    if args.json:
        print_json(records)
    else:
        print_table(["date", "open", "high", "low", "close", "volume"],
                    [[r["date"], r["open"], r["high"], r["low"], r["close"], int(r["volume"])] for r in records])
    return 0
