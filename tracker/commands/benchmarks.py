"""benchmarks add / list: index or ETF series to compare a holding with."""
from __future__ import annotations

from tracker.commands.output import print_json, print_table


def register(sub) -> None:
    b = sub.add_parser("benchmarks", help="index or ETF series to compare with (SPY, KWEB, ^HSI, ...)")
    bsub = b.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(b))
    add = bsub.add_parser("add", help="a new benchmark; import its prices with `prices import --symbol`")
    add.add_argument("symbol")
    add.add_argument("--name", default="")
    add.add_argument("--currency", default="USD")
    add.add_argument("--json", action="store_true")
    add.set_defaults(run=benchmarks_add)
    lst = bsub.add_parser("list", help="the benchmarks and how far their prices reach")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(run=benchmarks_list, reads_only=True)


def benchmarks_add(args, tracker) -> int:
    inst = tracker.add_benchmark(args.symbol, args.name, args.currency)
    if args.json:
        print_json({"symbol": inst.symbol, "name": inst.name, "currency": inst.currency})
    else:
        print(f"added benchmark {inst.symbol} ({inst.name}, {inst.currency}); import its prices with "
              f"`tracker prices import FILE --symbol {inst.symbol}`")
    return 0


def benchmarks_list(args, tracker) -> int:
    rows = []
    for inst in tracker.benchmarks():
        closes = tracker.daily_closes(inst.symbol)
        rows.append({"symbol": inst.symbol, "name": inst.name, "currency": inst.currency,
                     "first": closes[0][0] if closes else None, "last": closes[-1][0] if closes else None,
                     "closes": len(closes)})
    if args.json:
        print_json(rows)
    elif not rows:
        print("no benchmarks yet: `tracker benchmarks add SPY --name \"SPDR S&P 500 ETF\" --currency USD`")
    else:
        print_table(["symbol", "name", "currency", "first", "last", "closes"], [list(r.values()) for r in rows])
    return 0
