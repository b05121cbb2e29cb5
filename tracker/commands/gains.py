"""gains: closed lots and realized gains by calendar or tax year."""
from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from tracker.commands.output import print_json, print_table
from tracker.commands.parsing import STDIO
from tracker.errors import TrackerError

if TYPE_CHECKING:
    from tracker.domain.gains import TaxYearStart


def register(sub) -> None:
    g = sub.add_parser("gains", help="closed lots and realized gains by calendar or tax year")
    g.add_argument("--year", type=int, help="only the (tax) year starting in this calendar year")
    g.add_argument("--tax-year-start", default="01-01", metavar="MM-DD",
                   help="first day of the tax year: 01-01 calendar (default), 04-06 UK, 04-01 Hong Kong")
    g.add_argument("--method", choices=("fifo", "average"), default="fifo")
    g.add_argument("--symbol")
    g.add_argument("--account", metavar="NAME", help="only the sells in this account (default: every account)")
    g.add_argument("--csv", metavar="FILE", help="also write the closed lots to a CSV file ('-': only the CSV, on standard output)")
    g.add_argument("--json", action="store_true")
    g.set_defaults(run=gains, reads_only=True)


def tax_year_start(text: str) -> TaxYearStart:
    from tracker.domain.gains import CALENDAR_YEAR, TaxYearStart
    try:
        return TaxYearStart.parse(text) if text else CALENDAR_YEAR
    except ValueError as exc:
        raise TrackerError(str(exc)) from None


def _lot_record(lot) -> dict:
    return {"symbol": lot.symbol, "currency": lot.currency, "bought": lot.bought, "sold": lot.sold,
            "holding_days": lot.holding_days, "quantity": lot.quantity, "proceeds": lot.proceeds,
            "cost": lot.cost, "gain": lot.gain, "return": lot.return_fraction, "sell_id": lot.sell_id,
            "account_id": lot.account_id}


def gains(args, tracker) -> int:
    from tracker.app.gains_export import write_gains_csv, write_gains_rows
    from tracker.commands.accounts import several_accounts
    start = tax_year_start(args.tax_year_start)
    account = tracker.account_named(args.account).id if args.account else None
    years = tracker.realized_gains(start, args.method, args.year, args.symbol, account)
    names = several_accounts(tracker)
    if args.csv == STDIO:                 # the CSV alone on standard output
        if args.json:
            raise TrackerError("--csv -: standard output already carries the CSV; leave out --json")
        write_gains_rows(sys.stdout, years, names)
        return 0
    if args.csv:
        write_gains_csv(tracker.check_output_file(args.csv), years, start,
                        {a.id: a.name for a in tracker.accounts()})
    if args.json:
        print_json([{"year": y.year, "label": y.label, "first": y.first, "last": y.last,
                     "currency": y.currency, "method": args.method, "proceeds": y.proceeds, "cost": y.cost,
                     "gain": y.gain, "lots": [_lot_record(lot) for lot in y.lots]} for y in years])
        return 0
    if not years:
        print("no closed lots" + (f" in {start.label(args.year)}" if args.year is not None else ""))
        return 0
    for y in years:
        print(f"{'Tax year' if not start.calendar else 'Year'} {y.label} ({y.first} to {y.last}), "
              f"{y.currency}, {args.method}")
        account = ["account"] if names else []
        print_table(["symbol", "bought", "sold", "days", "quantity", "proceeds", "cost", "gain", "return", *account],
                    [[lot.symbol, lot.bought or "pool", lot.sold, lot.holding_days, lot.quantity,
                      f"{lot.proceeds:,.2f}", f"{lot.cost:,.2f}", f"{lot.gain:+,.2f}",
                      None if lot.return_fraction is None else f"{lot.return_fraction:+.2%}",
                      *([names[lot.account_id]] if names else [])]
                     for lot in y.lots])
        print(f"  total proceeds {y.proceeds:,.2f}  cost {y.cost:,.2f}  gain {y.gain:+,.2f} {y.currency}\n")
    return 0
