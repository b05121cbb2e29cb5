"""position: shares, cost, P&L, dividends, XIRR and TWR per listing."""
from __future__ import annotations

import sys

from tracker.commands.check import warn_about_history
from tracker.commands.output import print_json
from tracker.commands.parsing import date_arg
from tracker.domain.returns import NOT_ANNUALIZED

# `--json` keys. Under a year `annualized` is false, `xirr` and `twr_annualized` are null and the
# period figures `xirr_period` and `twr` stand alone; `price_stale` true means the rates run to
# `returns_to` (the price's date) instead of `as_of`.
KEYS = ("symbol", "currency", "method", "as_of", "shares", "cost_basis", "average_cost", "last_price",
        "last_price_date", "price_source", "price_age_days", "price_stale", "market_value",
        "unrealized_pnl", "realized_pnl", "dividends_net", "fees", "total_return", "total_return_at_cost",
        "returns_to", "period_days", "annualized", "xirr", "xirr_period", "twr", "twr_annualized")


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


def price_note(p) -> str:
    """`close 2024-03-08`, and when it is stale `close 2024-03-08, 998 days old`."""
    if p.last_price_date is None:
        return "no prices"
    note = f"{p.price_source} {p.last_price_date}"
    if p.price_stale:
        note += f", {p.price_age_days} days old"
    return note


def _rates(p) -> tuple[str, str]:
    """The XIRR and TWR lines: yearly over a year or more, the period's own figure under it."""
    if p.annualized:
        return f"{_pct(p.xirr)} a year", f"{_pct(p.twr)} ({_pct(p.twr_annualized)} a year)"
    if p.period_days is None:
        return "-", "-"
    over = f"over {p.period_days} days ({NOT_ANNUALIZED})"
    return f"{_pct(p.xirr_period)} {over}", f"{_pct(p.twr)} {over}"


def format_position(p) -> str:
    cur = p.currency
    xirr, twr = _rates(p)
    total = _money(p.total_return, cur)
    if p.total_return_at_cost is not None and p.total_return_at_cost != p.total_return:
        total += f" (conversions at carried cost: {_money(p.total_return_at_cost, cur)})"
    lines = [
        f"{p.symbol} ({cur}) as of {p.as_of}, {p.method}",
        f"  shares          {p.shares.normalize():f}",
        f"  cost basis      {_money(p.cost_basis, cur)}",
        f"  average cost    {_money(p.average_cost, cur)}",
        f"  last price      {_money(p.last_price, cur)} ({price_note(p)})",
        f"  market value    {_money(p.market_value, cur)}",
        f"  unrealized P&L  {_money(p.unrealized_pnl, cur)}",
        f"  realized P&L    {_money(p.realized_pnl, cur)}",
        f"  dividends (net) {_money(p.dividends_net, cur)}",
        f"  fees            {_money(p.fees, cur)}",
        f"  total return    {total}",
        f"  XIRR            {xirr}",
        f"  TWR             {twr}",
    ]
    if p.price_stale:
        lines.insert(1, f"  ! price from {p.last_price_date}, {p.price_age_days} days old: "
                        f"XIRR and TWR run to {p.returns_to}")
    return "\n".join(lines)
