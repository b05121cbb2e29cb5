"""prices import / list / update / providers."""
from __future__ import annotations

import dataclasses
import os
import shlex
import sys
from dataclasses import replace
from datetime import datetime, timezone

from tracker.commands.output import print_json, print_table, terminal_text
from tracker.commands.parsing import date_arg, input_source
from tracker.errors import TrackerError
from tracker.online.symbols import PROVIDERS

# the importer's layouts (importers.prices.FORMATS), named here so that the command line starts
# without loading pandas
FORMATS = ("yahoo", "stooq", "nasdaq", "investing", "closes", "generic")


def register(sub) -> None:
    prices = sub.add_parser("prices", help="import and list price bars")
    psub = prices.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(prices))

    imp = psub.add_parser("import", help="import a price CSV (Yahoo, Stooq, Nasdaq, Investing, closes only or "
                                         "generic) of a listing or an exchange rate (USDHKD, USDCNY)")
    imp.add_argument("file")
    imp.add_argument("--symbol", required=True)
    imp.add_argument("--format", choices=FORMATS, help="skip detection from the header")
    imp.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN",
                     help="generic format: which column holds date/open/high/low/close/volume")
    imp.add_argument("--replace", action="store_true",
                     help="replace stored bars even where the file's closes differ from them by a steady "
                          "factor (adjusted against raw) or widely (another series' prices): when the "
                          "stored ones are wrong")
    imp.add_argument("--dry-run", action="store_true")
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(run=prices_import)

    lst = psub.add_parser("list", help="list stored bars")
    lst.add_argument("--symbol", required=True)
    lst.add_argument("--from", dest="start")
    lst.add_argument("--to", dest="end")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(run=prices_list, reads_only=True)

    rm = psub.add_parser("delete", help="remove stored bars of one series (after a wrong file)")
    rm.add_argument("--symbol", required=True)
    rm.add_argument("--from", dest="start", help="first date to remove")
    rm.add_argument("--to", dest="end", help="last date to remove")
    rm.add_argument("--all", action="store_true", help="every bar of the series")
    rm.add_argument("--json", action="store_true")
    rm.set_defaults(run=prices_delete)

    upd = psub.add_parser("update", help="fetch the bars each series lacks from an online provider")
    upd.add_argument("--symbol", action="append", dest="symbols", metavar="SYM",
                     help="only this series (repeat for more); default: every series")
    upd.add_argument("--provider", choices=PROVIDERS, help="default: the provider setting (yahoo)")
    upd.add_argument("--from", dest="start", help="fetch from this date instead of the last stored bar")
    upd.add_argument("--json", action="store_true")
    upd.set_defaults(run=prices_update)

    prov = psub.add_parser("providers", help="show or change the online providers' settings")
    prov.add_argument("--provider", choices=PROVIDERS, help="the provider `prices update` uses")
    prov.add_argument("--yahoo-url", help="base URL of Yahoo's chart API ('' for the public one)")
    prov.add_argument("--stooq-url", help="base URL of Stooq's download ('' for the public one)")
    prov.add_argument("--timeout", type=float, help="seconds to wait for an answer (default 10)")
    prov.add_argument("--update-on-start", choices=("on", "off"),
                      help="the window updates prices when it opens")
    prov.add_argument("--json", action="store_true")
    prov.set_defaults(run=prices_providers, reads_only=lambda args: not _provider_changes(args))


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
    from tracker.app.price_checks import MixedSeriesError
    try:
        report = tracker.import_prices(input_source(args.file), args.symbol, fmt=fmt, mapping=mapping,
                                       dry_run=args.dry_run, replace=args.replace)
    except MixedSeriesError as exc:
        print(f"tracker: {terminal_text(str(exc))}\ntracker: nothing was written; is the file of "
              f"{args.symbol} (--symbol)? If it is and the stored bars are the wrong ones, --replace replaces "
              f"them with the file's", file=sys.stderr)
        return 1
    if args.json:
        print_json({"symbol": report.symbol, "format": report.format, "rows": report.rows,
                    "added": report.added, "updated": report.updated, "unchanged": report.unchanged,
                    "removed": report.removed,
                    "looks_adjusted": report.looks_adjusted, "dry_run": report.dry_run,
                    "warnings": report.jumps.lines(report.symbol) if report.jumps else [],
                    "first": report.first, "last": report.last})
    else:
        verb = "would add" if report.dry_run else "added"
        print(f"{report.format} file, {report.rows} rows for {report.symbol} "
              f"({report.first} to {report.last}): {verb} {report.added}, "
              f"{'would update' if report.dry_run else 'updated'} {report.updated}, "
              f"{report.unchanged} unchanged"
              + (f", {'would remove' if report.dry_run else 'removed'} {report.removed} stored bar"
                 f"{'' if report.removed == 1 else 's'} the file does not hold" if report.removed else ""))
    if report.looks_adjusted:
        print(f"tracker: warning: {ADJUSTED_HISTORY}", file=sys.stderr)
    if report.jumps:
        count = len(report.jumps.jumps) + report.jumps.more + len(report.jumps.spikes)
        what = "bar" if report.jumps.spikes else "close"
        print(f"tracker: warning: {count:,} {what}{'s' if count > 1 else ''} out of line with the "
              f"{'prices' if report.jumps.spikes else 'closes'} beside {'them' if count > 1 else 'it'} "
              f"({'a dry run: nothing stored' if report.dry_run else 'stored all the same: check the file'}):",
              file=sys.stderr)
        for line in report.jumps.lines(report.symbol):
            print(f"  {line}", file=sys.stderr)
        at_an_edge = any(j.stored and not j.lone for j in report.jumps.jumps)
        if at_an_edge and not report.dry_run and report.first and report.last:
            # the whole file at another scale than the bars beside it: say how to take it out
            print(f"tracker: if the file is at another scale, `tracker prices delete --symbol {report.symbol} "
                  f"--from {_day(report.first)} --to {_day(report.last)}` takes its bars out", file=sys.stderr)
    return 0


def _day(when) -> str:
    return str(when.date() if isinstance(when, datetime) else when)


ADJUSTED_HISTORY = ("this looks like a yfinance file (history() or download()) with their default "
                    "auto_adjust=True: prices adjusted for dividends and splits, where raw prices are kept "
                    "(past closes read lower than they traded); auto_adjust=False or Yahoo's own download "
                    "gives the raw ones")


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


def prices_delete(args, tracker) -> int:
    start, end = date_arg(args.start, "from"), date_arg(args.end, "to")
    if not (start or end or args.all):
        raise TrackerError("say which bars: --from and/or --to, or --all for every bar of the series")
    if args.all and (start or end):
        raise TrackerError("--all removes every bar: give it without --from or --to")
    removed = tracker.delete_bars(args.symbol, start, end)
    span = f" from {start or 'the first'} to {end or 'the last'}" if start or end else ""
    if args.json:
        print_json({"symbol": args.symbol, "removed": removed, "from": start, "to": end})
    else:
        print(f"removed {removed:,} {args.symbol} bar{'' if removed == 1 else 's'}{span}")
    return 0


def prices_update(args, tracker) -> int:
    """One transaction for every series; any failure is one line on stderr and nothing written."""
    updates = tracker.price_updates
    report = updates.update(args.symbols, provider=args.provider, start=date_arg(args.start, "from"))
    suggestions = [(event, updates.suggestion(event)) for event in report.events]
    if args.json:
        print_json({"provider": report.provider, "added": report.added, "updated": report.updated,
                    "series": [{"symbol": s.symbol, "remote": s.remote, "from": s.start, "to": s.end,
                                "received": s.received, "added": s.added, "updated": s.updated,
                                "first": s.first, "last": s.last} for s in report.series],
                    "events": [{"symbol": e.symbol, "kind": e.kind, "date": e.day, "amount": e.amount,
                                "numerator": e.numerator, "denominator": e.denominator,
                                "command": _add_command(d)} for e, d in suggestions]})
        return 0
    for s in report.series:
        span = f"{s.first} to {s.last}" if s.first else "no bars"
        print(f"{report.provider}: {s.symbol} ({s.remote}), {span}: added {s.added}, "
              f"updated {s.updated}")
    if suggestions:
        print(f"Reported by {report.provider}, not recorded (check them before adding):")
    for event, dividend in suggestions:
        print(f"  {event.describe()}")
        if dividend is not None:
            print(f"    {_add_command(dividend)}")
        elif event.kind == "dividend":
            print(f"    you held no {event.symbol} the day before the ex-date: nothing to add")
        else:
            print("    not a split Tracker can record")
    return 0


def _add_command(dividend) -> str | None:
    if dividend is None:
        return None
    if not hasattr(dividend, "gross"):           # a split
        return (f"tracker splits add --symbol {dividend.symbol} --date {dividend.effective} "
                f"--factor {dividend.factor:f}")
    return (f"tracker dividends add --symbol {dividend.symbol} --date {dividend.pay_date} "
            f"--gross {dividend.gross} --currency {dividend.currency} --note {shlex.quote(dividend.note)}")


def _provider_changes(args) -> dict:
    """The settings the command line asks to change (none: it only shows them, and reads)."""
    changes = {name: value for name, value in (("provider", args.provider), ("yahoo_url", args.yahoo_url),
                                              ("stooq_url", args.stooq_url), ("timeout", args.timeout))
               if value is not None}
    if args.update_on_start is not None:
        changes["update_on_start"] = args.update_on_start == "on"
    return changes


def prices_providers(args, tracker) -> int:
    from tracker.online.config import ENV_VARS, resolve_url    # (the providers load pandas)
    updates = tracker.price_updates
    settings = updates.settings()
    changes = _provider_changes(args)
    if changes:
        settings = updates.save_settings(replace(settings, **changes))
    used = {name: resolve_url(name, getattr(settings, f"{name}_url")) for name in PROVIDERS}
    if args.json:
        print_json({**dataclasses.asdict(settings), "in_use": used})
        return 0
    print(f"provider: {settings.provider}   timeout: {settings.timeout:g} s   "
          f"update on start: {'on' if settings.update_on_start else 'off'}")
    for name in PROVIDERS:
        print(f"{name}: {used[name]}" + (f"  (from {ENV_VARS[name]})" if os.environ.get(ENV_VARS[name]) else ""))
    return 0
