"""position: shares, cost, P&L, dividends, XIRR and TWR per listing."""
from __future__ import annotations

import sys

from tracker.commands.check import warn_about_history
from tracker.commands.output import print_json
from tracker.commands.parsing import date_arg

KEYS = ("symbol", "currency", "method", "as_of", "shares", "cost_basis", "average_cost", "last_price",
        "last_price_date", "market_value", "unrealized_pnl", "realized_pnl", "dividends_net", "fees",
        "total_return", "xirr", "twr", "twr_annualized")


def register(sub) -> None:
    pos = sub.add_parser("position", help="the position in one or every listing")
    pos.add_argument("--symbol")
    pos.add_argument("--as-of")
    pos.add_argument("--method", choices=("fifo", "average"), default="fifo")
    pos.add_argument("--json", action="store_true")
    pos.set_defaults(run=position, reads_only=True)


def as_record(p) -> dict:
    return {k: getattr(p, k) for k in KEYS}


def position(args, tracker) -> int:
    as_of = date_arg(args.as_of, "as-of")
    warn_about_history(tracker, sys.stderr)
    if args.symbol:
        result = [tracker.position(args.symbol, as_of, args.method)]
    else:
        result = tracker.positions(as_of, args.method)
    if args.json:
        print_json(as_record(result[0]) if args.symbol else [as_record(p) for p in result])
        return 0
    for p in result:
        print(format_position(p))
    return 0


def _money(v, cur: str) -> str:
    return "-" if v is None else f"{v:,.2f} {cur}"


def _pct(v) -> str:
    return "-" if v is None else f"{float(v) * 100:+.2f}%"


def format_position(p) -> str:
    cur = p.currency
    lines = [
        f"{p.symbol} ({cur}) as of {p.as_of}, {p.method}",
        f"  shares          {p.shares.normalize():f}",
        f"  cost basis      {_money(p.cost_basis, cur)}",
        f"  average cost    {_money(p.average_cost, cur)}",
        f"  last price      {_money(p.last_price, cur)} ({p.last_price_date or 'no prices'})",
        f"  market value    {_money(p.market_value, cur)}",
        f"  unrealized P&L  {_money(p.unrealized_pnl, cur)}",
        f"  realized P&L    {_money(p.realized_pnl, cur)}",
        f"  dividends (net) {_money(p.dividends_net, cur)}",
        f"  fees            {_money(p.fees, cur)}",
        f"  total return    {_money(p.total_return, cur)}",
        f"  XIRR            {_pct(p.xirr)}",
        f"  TWR             {_pct(p.twr)} ({_pct(p.twr_annualized)} a year)",
    ]
    return "\n".join(lines)
