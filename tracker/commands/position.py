"""position: shares, cost, P&L, dividends, XIRR and TWR per listing."""
from __future__ import annotations

import sys
from decimal import Decimal

from tracker.commands.check import warn_about_history
from tracker.commands.output import print_json, terminal_text
from tracker.commands.parsing import date_arg
from tracker.domain import periods, risk
from tracker.domain.fx import APPROXIMATE, CURRENCIES
from tracker.domain.money import quantize_money
from tracker.domain.returns import NOT_ANNUALIZED
from tracker.domain.stake import STAKE_NAME
from tracker.errors import TrackerError

# `--json` keys. Under a year `annualized` is false, `xirr` and `twr_annualized` are null and the
# period figures `xirr_period` and `twr` stand alone; `price_stale` true means the rates run to
# `returns_to` (the price's date) instead of `as_of`.
KEYS = ("symbol", "currency", "method", "as_of", "shares", "cost_basis", "average_cost", "last_price",
        "last_price_date", "price_source", "price_age_days", "price_stale", "market_value",
        "unrealized_pnl", "realized_pnl", "dividends_net", "fees", "total_return", "total_return_at_cost",
        "returns_to", "period_days", "annualized", "xirr", "xirr_period", "twr", "twr_annualized")
# `account`: the account's name, or null for every account together; `by_account`: each account's
# part of that (an empty list with --account).
BREAKDOWN_KEYS = ("shares", "cost_basis", "market_value", "realized_pnl", "dividends_net", "total_return")


def register(sub) -> None:
    pos = sub.add_parser("position", help="the position in one or every listing")
    pos.add_argument("--symbol")
    pos.add_argument("--as-of")
    pos.add_argument("--method", choices=("fifo", "average"), default="fifo")
    pos.add_argument("--account", metavar="NAME",
                     help="one account's position (default: every account together, with each one's part)")
    pos.add_argument("--json", action="store_true")
    add_period_arguments(pos)
    add_combined_arguments(pos)
    pos.set_defaults(run=position, reads_only=True)


# The stake's amounts are converted between currencies, so they carry more decimals than money
# has: in JSON, totals to the cent and per-unit figures to four places, as the text shows them.
TOTALS = ("cost_basis", "market_value", "unrealized_pnl", "realized_pnl", "dividends_net", "fees",
          "total_return", "total_return_at_cost")
PER_UNIT = ("average_cost", "last_price")


def in_cents(record: dict) -> dict:
    rounded = {k: quantize_money(v) for k, v in record.items() if k in TOTALS and isinstance(v, Decimal)}
    rounded.update({k: quantize_money(v, 4) for k, v in record.items()
                    if k in PER_UNIT and isinstance(v, Decimal)})
    return {**record, **rounded}


def as_record(p, result=None) -> dict:
    record = {k: getattr(p, k) for k in KEYS}
    if result is not None:
        record.update(period_record(result))
    return record


def position(args, tracker) -> int:
    as_of = date_arg(args.as_of, "as-of")
    warn_about_history(tracker, sys.stderr)
    if args.combined:
        return combined_position(args, tracker, as_of)
    per = chosen_period(args, tracker, as_of)
    account = tracker.account_named(args.account) if args.account else None
    account_id = account.id if account else None
    symbols = [args.symbol] if args.symbol else tracker.active_listings(account_id)
    if args.symbol:
        tracker.instrument(args.symbol)
    result = [tracker.position_and_period(s, per, args.method, account_id) for s in symbols]
    parts = [[] if account else by_account(tracker, p, per, args.method) for p, _ in result]
    if args.json:
        records = [{**as_record(p, r), "account": account.name if account else None,
                    "by_account": [{"account": name, **{k: getattr(q, k) for k in BREAKDOWN_KEYS}}
                                   for name, q in part]}
                   for (p, r), part in zip(result, parts)]
        print_json(records[0] if args.symbol else records)
        return 0
    for (p, r), part in zip(result, parts):
        text = format_position(p)
        if account is not None:
            first, _, rest = text.partition("\n")
            text = f"{first}, account {account.name}\n{rest}"
        print(_shown(text))
        print(format_period(r))
        if len(part) > 1:
            print(_shown(format_breakdown(p, part)))
    return 0


def _shown(text: str) -> str:
    """Lines that name an account, safe for a terminal line by line."""
    return "\n".join(terminal_text(line) for line in text.splitlines())


def by_account(tracker, whole, per, method) -> list[tuple[str, object]]:
    """(account name, its position) of each account with activity in the listing; with one account
    it is the whole position itself (the figures are the same)."""
    accounts = tracker.accounts()
    if len(accounts) == 1:
        return [(accounts[0].name, whole)]
    return [(a.name, tracker.position_over(whole.symbol, per, method, a.id)) for a in accounts
            if whole.symbol in tracker.active_listings(a.id)]


def format_breakdown(whole, part) -> str:
    cur = whole.currency
    width = max(len(name) for name, _ in part)
    lines = ["  by account"]
    for name, p in part:
        lines.append(f"    {name:<{width}}  {p.shares.normalize():f} shares, cost {_money(p.cost_basis, cur)}, "
                     f"value {_money(p.market_value, cur)}, realized {_money(p.realized_pnl, cur)}, "
                     f"total return {_money(p.total_return, cur)}")
    return "\n".join(lines)


# --- reporting periods and risk (`--period`, `--from`, `--to`) ----------------------------------------
PERIOD_KEYS = ("period", "period_start", "period_end", "max_drawdown", "max_drawdown_peak",
               "max_drawdown_trough", "current_drawdown", "volatility", "volatility_annualized")


def add_period_arguments(parser) -> None:
    parser.add_argument("--period", choices=periods.PERIOD_KEYS,
                        help="rates over YTD, 1, 3 or 5 years, or since inception (the default)")
    parser.add_argument("--from", dest="start", metavar="D", help="rates over the days from D (with --to)")
    parser.add_argument("--to", dest="end", metavar="D", help="the period's last day (default: --as-of)")


def chosen_period(args, tracker, as_of):
    first, last = date_arg(args.start, "from"), date_arg(args.end, "to")
    if first is not None and args.period:
        raise TrackerError("period: give --period or --from, not both")
    if last is not None and as_of is not None and last != as_of:
        raise TrackerError("to: the period ends on the as-of date; give one of --to and --as-of")
    return tracker.period(args.period or periods.INCEPTION, last or as_of, first=first)


def period_record(r) -> dict:
    dd, vol = risk.drawdown(r.index), risk.volatility(r.index)
    return {"period": r.period.key, "period_start": r.start, "period_end": r.end,
            "max_drawdown": dd.maximum if r.index else None, "max_drawdown_peak": dd.peak,
            "max_drawdown_trough": dd.trough, "current_drawdown": dd.current if r.index else None,
            "volatility": vol.period, "volatility_annualized": vol.annualized}


def format_period(r) -> str:
    """The period the rates cover, and the drawdowns and volatility of its TWR index."""
    if r.start is None:
        if r.period.opening is not None and r.end <= r.period.opening:
            return f"  period          {r.period.label}: no price after {r.period.opening} (the last is from {r.end})"
        return f"  period          {r.period.label}: nothing held"
    record = period_record(r)
    peak = record["max_drawdown_peak"] or r.start
    lines = [f"  period          {r.period.label}: {r.start} to {r.end}, {r.days} days"]
    if r.index:
        lines.append(f"  max drawdown    {_pct(-record['max_drawdown'])}"
                     + (f" (peak {peak}, trough {record['max_drawdown_trough']})" if record["max_drawdown_trough"] else ""))
        lines.append(f"  drawdown now    {_pct(-record['current_drawdown'])}")
    if record["volatility"] is not None:
        lines.append(f"  volatility      {_pct(record['volatility']).lstrip('+')} over the period "
                     f"({_pct(record['volatility_annualized']).lstrip('+')} a year)")
    return "\n".join(lines)


def _money(v, cur: str) -> str:
    return "-" if v is None else f"{v:,.2f} {cur}"


def _pct(v) -> str:
    return "-" if v is None else f"{float(v) * 100:+.2f}%"


def price_note(p) -> str:
    """`close 2024-03-08`, and when it is stale `close 2024-03-08, 998 days old`."""
    if p.last_price_date is None:
        return "no prices"
    note = f"{p.price_source} {p.last_price_date}"
    if p.newest_price_date is not None:      # the stake: each listing at its own last price
        note = f"prices {p.last_price_date} to {p.newest_price_date}"
    if p.price_stale:
        note += f", {p.price_age_days} days old"
    return note


def _rates(p) -> tuple[str, str]:
    """The XIRR and TWR lines: yearly over a year or more, the period's own figure under it."""
    if p.annualized:
        xirr = f"{_pct(p.xirr)} a year" if p.xirr is not None else "-"      # no rate fits the cash flows
        return xirr, f"{_pct(p.twr)} ({_pct(p.twr_annualized)} a year)"
    if p.period_days is None:
        return "-", "-"
    over = f"over {p.period_days} days ({NOT_ANNUALIZED})"
    return f"{_pct(p.xirr_period)} {over}", f"{_pct(p.twr)} {over}"


def format_position(p) -> str:
    cur = p.currency
    xirr, twr = _rates(p)
    total = _money(p.total_return, cur)
    if p.total_return_at_cost is not None and p.total_return_at_cost != p.total_return:
        total += f" (units converted or transferred at their carried cost: {_money(p.total_return_at_cost, cur)})"
    lines = [
        f"{p.symbol} ({cur}) as of {p.as_of}, {p.method}" + period_heading(p),
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
    if p.fx_approximate:
        lines.insert(1, f"  ~ {APPROXIMATE}")
    return "\n".join(lines)


def period_heading(p) -> str:
    per = p.period
    return "" if per is None or per.key == periods.INCEPTION else f", rates over {per.label}"


# --- the combined stake (both listings in one currency) ----------------------------------------------
def add_combined_arguments(pos) -> None:
    pos.add_argument("--combined", action="store_true",
                     help="both listings as one holding: units in ADS-equivalents (8 shares = 1 ADS)")
    pos.add_argument("--currency", choices=CURRENCIES, default="USD",
                     help="the combined holding's currency (each amount at its day's rate)")


def combined_position(args, tracker, as_of) -> int:
    if args.symbol:
        raise TrackerError("--combined covers both listings; leave out --symbol")
    account = tracker.account_named(args.account) if args.account else None
    p, result = tracker.stake_and_period(chosen_period(args, tracker, as_of), args.method, args.currency,
                                         account.id if account else None)
    if args.json:
        print_json({**in_cents(as_record(p, result)), "fx_approximate": p.fx_approximate,
                    "newest_price_date": p.newest_price_date})
        return 0
    text = format_position(p).splitlines()
    text[0] = (f"{STAKE_NAME}, {p.currency} as of {p.as_of}, {p.method}" + period_heading(p)
               + (f", account {account.name}" if account else ""))
    for label, combined in (("shares         ", "ADS-equivalents"), ("average cost   ", "cost per ADS-eq"),
                            ("last price     ", "value / ADS-eq ")):
        text = [line.replace(f"  {label} ", f"  {combined} ", 1) for line in text]
    print(_shown("\n".join(text)))
    print(format_period(result))
    return 0
