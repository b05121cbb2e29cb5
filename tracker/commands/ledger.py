"""trades add/import/list/delete, dividends add/delete, fees add/delete, convert, conversions delete.

Every add takes `--account NAME` (default: the only account, or "Main")."""
from __future__ import annotations

import sys
from collections import Counter
from decimal import Decimal

from tracker.app.activities import LETTER_OF, delete_activity
from tracker.commands.accounts import in_account, print_deleted, several_accounts
from tracker.commands.output import print_json, print_table, terminal_text
from tracker.commands.parsing import date_arg, decimal_arg, id_arg, input_source, side_arg
from tracker.app.activity_import import NAMED_FORMATS, describe
from tracker.domain import fx, lots
from tracker.domain.declared import PAYMENT_WINDOW_DAYS
from tracker.domain.model import Conversion, Dividend, Fee, Trade
from tracker.domain.money import HKD_PER_USD, money_text, plain

ZERO = Decimal(0)
LISTED_ROWS = 12          # rows of each kind an import lists by line; more are counted by reason


def register(sub) -> None:
    trades = sub.add_parser("trades", help="add, import, list and delete trades")
    tsub = trades.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(trades))

    add = tsub.add_parser("add", help="record one buy or sell")
    add.add_argument("--symbol", required=True, help="BABA or 9988.HK (also baba, BABA.N, 09988, HK.09988, 9988 HK)")
    add.add_argument("--side", required=True, help="buy or sell (also B/S, bought/sold, 买入/卖出, 買入/賣出)")
    add.add_argument("--date", required=True)
    add.add_argument("--quantity", required=True)
    add.add_argument("--price", required=True)
    add.add_argument("--fee", default="0")
    add.add_argument("--note", default="")
    add_account_argument(add)
    add.add_argument("--json", action="store_true")
    add.set_defaults(run=trades_add)

    imp = tsub.add_parser("import", help="import activities: a trade CSV (date,symbol,side,quantity,price,fee,"
                                         "currency,note), an IBKR Flex statement, Tracker's export, or any "
                                         "broker's CSV through a preset")
    imp.add_argument("file", help="the file to import (its format is recognised by its content)")
    imp.add_argument("--format", choices=NAMED_FORMATS, dest="fmt",
                     help="read the file as this format instead of recognising it")
    imp.add_argument("--preset", help="read the file through a saved column mapping (tracker presets list)")
    imp.add_argument("--include-duplicates", action="store_true",
                     help="also import rows equal to a stored activity except for their note (skipped by default)")
    add_account_argument(imp, "the account of rows that name none (default: the only account, or Main); an IBKR "
                              "statement's rows go to the account of their IBKR account id, made when new")
    imp.add_argument("--record-splits", action="store_true",
                     help="also record the splits an IBKR statement reports (listed, never applied otherwise)")
    imp.add_argument("--dry-run", action="store_true", help="show what would be imported; write nothing")
    imp.add_argument("--json", action="store_true", help="print the result as JSON")
    imp.set_defaults(run=trades_import)

    lst = tsub.add_parser("list", help="list trades")
    lst.add_argument("--symbol")
    lst.add_argument("--account", metavar="NAME", help="only this account's trades")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(run=trades_list, reads_only=True)

    dele = tsub.add_parser("delete", help="delete a trade by id")
    dele.add_argument("id")
    dele.set_defaults(run=trades_delete)

    div = sub.add_parser("dividends", help="record dividends")
    dsub = div.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(div))
    dadd = dsub.add_parser("add", help="record one dividend payment (amounts in the currency paid)")
    dadd.add_argument("--symbol", required=True)
    dadd.add_argument("--date", required=True)
    dadd.add_argument("--gross", required=True)
    dadd.add_argument("--withholding", default="0")
    dadd.add_argument("--fee", default="0")
    dadd.add_argument("--currency", default="USD", help="the currency it was declared in (default: USD, in "
                                                         "which Alibaba declares its dividends, on 9988.HK too)")
    dadd.add_argument("--received", help="the net amount credited, when in another currency (HKD on "
                                          "9988.HK); the rate is derived from it")
    dadd.add_argument("--received-currency", help="the currency it was credited in (default: the listing's)")
    dadd.add_argument("--fx-rate", help="units of the credited currency per unit declared; the amount "
                                         "received is derived from it")
    dadd.add_argument("--note", default="")
    add_account_argument(dadd)
    dadd.add_argument("--json", action="store_true")
    dadd.set_defaults(run=dividends_add)
    _delete_command(dsub, "dividend", dividends_delete)

    fees = sub.add_parser("fees", help="record standalone fees (custody, ADS depositary fees)")
    fsub = fees.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(fees))
    fadd = fsub.add_parser("add", help="record one fee charged to a holding")
    fadd.add_argument("--symbol", required=True)
    fadd.add_argument("--date", required=True)
    fadd.add_argument("--amount", required=True)
    fadd.add_argument("--currency", help="default: the listing's currency")
    fadd.add_argument("--note", default="")
    add_account_argument(fadd)
    fadd.add_argument("--json", action="store_true")
    fadd.set_defaults(run=fees_add)
    _delete_command(fsub, "fee", fees_delete)

    conv = sub.add_parser("convert", help="convert ADS to Hong Kong shares or back (not a sale)")
    conv.add_argument("--from", dest="from_symbol", required=True)
    conv.add_argument("--to", dest="to_symbol", required=True)
    conv.add_argument("--date", required=True)
    conv.add_argument("--quantity", required=True, help="units of the --from listing given up")
    conv.add_argument("--fee", default="0", help="conversion fee in the --from listing's currency")
    conv.add_argument("--fx-rate", help=f"units of the --to currency per unit of the --from currency "
                                         f"(default: the day's rate from the USDHKD series, "
                                         f"{HKD_PER_USD} HKD per USD where it has none)")
    conv.add_argument("--note", default="")
    add_account_argument(conv, "the account the --from units leave (default: the only account, or Main)")
    conv.add_argument("--to-account", metavar="NAME",
                      help="the account the --to units arrive in (default: --account)")
    conv.add_argument("--json", action="store_true")
    conv.set_defaults(run=convert)

    convs = sub.add_parser("conversions", help="remove a recorded conversion")
    csub = convs.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(convs))
    _delete_command(csub, "conversion", conversions_delete)


def add_account_argument(parser, text: str = "the account it belongs to (default: the only account, "
                                                "or Main)") -> None:
    parser.add_argument("--account", metavar="NAME", help=text)


def _delete_command(actions, what: str, run) -> None:
    dele = actions.add_parser("delete", help=f"delete a {what} by id")
    dele.add_argument("id")
    dele.set_defaults(run=run)


def trades_add(args, tracker) -> int:
    trade = Trade(symbol=args.symbol, side=side_arg(args.side), trade_date=date_arg(args.date, "date"),
                  quantity=decimal_arg(args.quantity, "quantity"), price=decimal_arg(args.price, "price"),
                  fee=decimal_arg(args.fee, "fee", ZERO), note=args.note,
                  account_id=tracker.account_named(args.account).id)
    inst = tracker.instrument(trade.symbol)
    saved = tracker.add_trade(trade)
    warnings = trade_warnings(tracker, saved, inst)           # saved, as the window saves after them
    if args.json:
        print_json({**_asdict(saved), "warnings": warnings})
    else:
        print(terminal_text(f"added trade {saved.id}: {saved.side} {plain(saved.quantity)} {saved.symbol} at "
                            f"{plain(saved.price)} {saved.currency} on {saved.trade_date}"
                            f"{in_account(tracker, saved.account_id)}"))
    _warn(warnings)
    return 0


def _warn(warnings: list[str]) -> None:
    for warning in warnings:
        print(f"tracker: warning: {warning}", file=sys.stderr)


def trade_warnings(tracker, trade: Trade, inst) -> list[str]:
    """What the trade dialog warns about and still saves: a day the exchange did not trade, a
    price outside the day's stored range, a Hong Kong quantity that is not whole board lots, a fee
    that is a large part of the trade."""
    found = []
    day = trade.trade_date
    if tracker.is_trading_day(trade.symbol, day) is False:
        why = "a weekend" if day.weekday() >= 5 else "a holiday"
        found.append(f"{inst.exchange} did not trade on {day} ({why}): is the date right?")
    outside = tracker.outside_day_range(trade.symbol, day, trade.price)
    if outside is not None:
        found.append(f"{plain(trade.price)} {inst.currency} is outside {trade.symbol}'s range on {day} "
                     f"({outside[0]}–{outside[1]}): is the price right?")
    far = tracker.far_from_close(trade.symbol, day, trade.price)
    if far is not None:
        found.append(f"{plain(trade.price)} {inst.currency} is far from {trade.symbol}'s close of {far[1]} on "
                     f"{far[0]}: is the price right?")
    lot = lots.board_lot_missed(trade.symbol, trade.quantity)
    if lot:
        found.append(f"{trade.symbol} trades in board lots of {lot} shares: {plain(trade.quantity)} is not a "
                     "whole number of lots")
    share = lots.fee_share_high(trade.quantity, trade.price, trade.fee)
    if share is not None:
        found.append(f"the fee of {plain(trade.fee)} {inst.currency} is {share:.0%} of the trade's "
                     f"{money_text(trade.quantity * trade.price)} {inst.currency}: is the fee right?")
    return found


_ONE = {"trades": "trade", "dividends": "dividend", "fees": "fee", "conversions": "conversion",
        "corporate actions": "corporate action", "transfers": "transfer"}


def trades_import(args, tracker) -> int:
    mapping = None
    if args.preset:
        from tracker.app import presets
        mapping = presets.get(args.preset)
    report = tracker.import_trades(input_source(args.file), dry_run=args.dry_run, fmt=args.fmt, mapping=mapping,
                                   include_duplicates=args.include_duplicates, record_splits=args.record_splits,
                                   account=tracker.account_named(args.account).id if args.account else None)
    if args.json:
        print_json({"rows": report.rows, "format": report.format, "added": report.added,
                    "skipped": report.skipped, "dry_run": report.dry_run, "ids": report.added_ids,
                    "by_kind": report.counts(),
                    "corrected": [{"was": describe(o), "now": describe(n)} for o, n in report.corrected],
                    "removed": [describe(o) for o, _ in report.removed],
                    "new_accounts": [{"name": a.name, "broker": a.broker, "external_id": a.external_id}
                                     for a in report.new_accounts],
                    "duplicates": [{"line": e.line, "activity": describe(e.record)} for e in report.duplicates],
                    "not_imported": [{"line": s.line, "what": s.what, "reason": s.reason} for s in report.not_imported],
                    "cancelled": [{"line": s.line, "what": s.what, "reason": s.reason} for s in report.cancelled],
                    "corporate_actions": [{"line": s.line, "what": s.what, "reason": s.reason} for s in report.offered]})
        return 0
    verb = "would add" if args.dry_run else "added"
    kinds = ", ".join(f"{n:,} {kind if n != 1 else _ONE.get(kind, kind)}"
                      for kind, n in report.counts().items()) or "nothing"
    print(f"{report.rows:,} row{'s' if report.rows != 1 else ''}: {verb} {kinds}; "
          f"{report.skipped:,} already imported")
    for old, new in report.corrected:
        print(terminal_text(f"{'would correct' if args.dry_run else 'corrected'} {describe(old)} (imported before) "
                            f"to {describe(new)}"))
    for old, _ in report.removed:
        print(terminal_text(f"{'would remove' if args.dry_run else 'removed'} {describe(old)} (imported before; "
                            "reversed in this file)"))
    for account in report.new_accounts:
        broker = f" ({account.broker})" if account.broker else ""
        print(terminal_text(f"{'would make' if args.dry_run else 'made'} account {account.name}{broker}"))
    if report.duplicates:
        state = "imported anyway" if report.include_duplicates else "skipped (--include-duplicates imports them)"
        print(f"{len(report.duplicates):,} possible duplicates of stored activities, {state}:")
        for e in report.duplicates:
            print(terminal_text(f"  line {e.line}: {describe(e.record)}"))
    for title, items in (("cancelled by a reversal in the file", report.cancelled),
                         ("corporate actions (shown, not applied)", report.offered),
                         ("not imported", report.not_imported)):
        if not items:
            continue
        print(f"{len(items):,} {title}:")
        if len(items) > LISTED_ROWS:
            for reason, n in Counter(item.reason for item in items).most_common():
                print(terminal_text(f"  {n:,} × {reason}"))
        for item in items[:LISTED_ROWS]:
            print(terminal_text(f"  {item}"))
        if len(items) > LISTED_ROWS:
            print(f"  … and {len(items) - LISTED_ROWS:,} more (--json lists every one)")
    return 0


def trades_list(args, tracker) -> int:
    if args.symbol:
        tracker.instrument(args.symbol)
    trades = tracker.trades(args.symbol)
    if args.account:
        account = tracker.account_named(args.account).id
        trades = [t for t in trades if t.account_id == account]
    if args.json:
        print_json(trades)
        return 0
    names = several_accounts(tracker)
    account = ["account"] if names else []
    print_table(["id", "date", "symbol", "side", "quantity", "price", "fee", "currency", *account, "note"],
                [[t.id, t.trade_date, t.symbol, t.side, t.quantity, money_text(t.price), money_text(t.fee), t.currency,
                  *([names[t.account_id]] if names else []), t.note] for t in trades])
    return 0


def _delete(kind: str):
    """The `delete ID` command of one kind: `activities delete` with that kind's letter."""
    def delete(args, tracker) -> int:
        return print_deleted(delete_activity(tracker, f"{LETTER_OF[kind]}{id_arg(args.id)}"))
    return delete


trades_delete, dividends_delete, fees_delete, conversions_delete = (
    _delete(kind) for kind in ("trade", "dividend", "fee", "conversion"))


def dividends_add(args, tracker) -> int:
    tracker.instrument(args.symbol)
    div = Dividend(symbol=args.symbol, pay_date=date_arg(args.date, "date"),
                   gross=decimal_arg(args.gross, "gross"),
                   withholding=decimal_arg(args.withholding, "withholding", ZERO),
                   fee=decimal_arg(args.fee, "fee", ZERO), currency=args.currency.upper(), note=args.note,
                   received=decimal_arg(args.received, "received", None),
                   received_currency=(args.received_currency or "").upper(),
                   fx_rate=decimal_arg(args.fx_rate, "fx_rate", None),
                   account_id=tracker.account_named(args.account).id)
    saved = tracker.add_dividend(div)
    warnings = dividend_warnings(tracker, saved)              # saved, as the window saves after them
    if args.json:
        print_json({**_asdict(saved), "net": saved.net, "warnings": warnings})
    else:
        credited = (f", received {plain(saved.received)} {saved.received_currency} at {plain(saved.fx_rate)}"
                    if saved.received is not None else "")
        print(terminal_text(f"added dividend {saved.id}: net {saved.net} {saved.currency} on {saved.pay_date}"
                            f"{credited}{in_account(tracker, saved.account_id)}"))
    _warn(warnings)
    return 0


def dividend_warnings(tracker, dividend: Dividend) -> list[str]:
    """What the dividend dialog warns about and still saves: no dividend Alibaba declared went ex
    shortly before the day, or none of the listing was held (in its account) at the ex-date; else
    the payout recorded already, and a gross far from what it pays."""
    p = tracker.declared_dividends.proposal(dividend.symbol, dividend.pay_date, dividend.account_id)
    if p.payout is None:
        nearest = (f" (the nearest is the {p.nearest.title}, ex-date {p.nearest.ex_date})"
                   if p.nearest is not None else "")
        return [f"no dividend Alibaba declared went ex in the {PAYMENT_WINDOW_DAYS} days up to "
                f"{dividend.pay_date}{nearest}: is the date right?"]
    if p.units == 0:
        return [f"you held no {dividend.symbol}{in_account(tracker, dividend.account_id)} at the ex-date "
                f"{p.payout.ex_date} of the {p.payout.title}: only units held before the ex-date receive it"]
    warnings = []
    twice = tracker.declared_dividends.recorded_already(dividend, p.payout)
    if twice:
        first = twice[0]
        warnings.append(f"the {p.payout.title} of {dividend.symbol}{in_account(tracker, dividend.account_id)} "
                        f"is recorded already: dividend {first.id} on {first.pay_date}, net "
                        f"{money_text(first.net)} {first.currency}; counted twice unless it was a second "
                        f"payment (`tracker dividends delete {dividend.id}` takes this one back)")
    if p.gross_far_off(dividend.gross, dividend.currency):
        currency = dividend.currency
        declared = f"{money_text(p.gross_in(currency))} {currency}" + (
            f" ({money_text(p.gross)} USD at the peg)" if currency != "USD" else "")
        warnings.append(f"a gross of {money_text(dividend.gross)} {currency} is far from the {declared} the "
                        f"{p.payout.title} pays on the {plain(p.units)} {p.unit_word} held at its ex-date "
                        f"{p.payout.ex_date}: is it right?")
    return warnings


def fees_add(args, tracker) -> int:
    inst = tracker.instrument(args.symbol)
    fee = Fee(symbol=inst.symbol, fee_date=date_arg(args.date, "date"),
              amount=decimal_arg(args.amount, "amount"), currency=(args.currency or inst.currency).upper(),
              note=args.note, account_id=tracker.account_named(args.account).id)
    saved = tracker.add_fee(fee)
    if args.json:
        print_json(saved)
    else:
        print(terminal_text(f"added fee {saved.id}: {saved.amount} {saved.currency} on {saved.fee_date}"
                            f"{in_account(tracker, saved.account_id)}"))
    return 0


def convert(args, tracker) -> int:
    src, dst = tracker.instrument(args.from_symbol), tracker.instrument(args.to_symbol)
    day = date_arg(args.date, "date")
    fx_rate = decimal_arg(args.fx_rate, "fx_rate", None)
    assumed = None
    if fx_rate is None:      # the day's rate (the peg where no rate is stored)
        fx_rate = tracker.fx_rate(src.currency, dst.currency, day).value
        other = dst.currency if src.currency == "USD" else src.currency
        per_usd = tracker.rates().per_usd(other, day)       # the stored series' own rate
        if per_usd.approximate and src.currency != dst.currency:
            series = f"USD{other}"
            stand_in = (f"the peg, {HKD_PER_USD} HKD per USD" if per_usd.quoted is None else
                        f"the first stored rate, of {per_usd.quoted}")
            assumed = (f"no {series} rate is stored for {day}: the cost carried over is converted at "
                       f"{stand_in}; --fx-rate gives the rate of the day")
    giving = tracker.account_named(args.account)
    receiving = tracker.account_named(args.to_account, "to-account") if args.to_account else giving
    conv = Conversion(conversion_date=day, from_symbol=src.symbol,
                      to_symbol=dst.symbol, quantity=decimal_arg(args.quantity, "quantity"),
                      fee=decimal_arg(args.fee, "fee", ZERO), fx_rate=fx_rate, note=args.note,
                      from_account_id=giving.id, to_account_id=receiving.id)
    saved = tracker.add_conversion(conv)
    received = tracker.units_received(saved)
    if assumed:
        print(f"tracker: note: {assumed}", file=sys.stderr)
    warnings = []                     # saved, as the window saves it after its warnings
    expected = fx.implausible_rate(src.currency, dst.currency, saved.fx_rate)
    if expected is not None:
        warnings.append(f"fx_rate {plain(saved.fx_rate)} {dst.currency} per {src.currency} is far from the usual "
                        f"{plain(expected.quantize(Decimal('0.0001')))}: is it the wrong way round? (it multiplies "
                        f"the cost carried over; `tracker conversions delete {saved.id}` takes it back)")
    ads = lots.fractional_ads(saved.quantity, src.ordinary_per_unit, dst.ordinary_per_unit)
    if ads is not None:
        what = (f"{plain(saved.quantity)} {src.symbol} is not a whole number" if src.kind == "ADS"
                else f"{plain(saved.quantity)} {src.symbol} make {plain(ads)} ADS")
        warnings.append(f"ADS convert whole: {what}; the depositary converts multiples of "
                        f"{plain(max(src.ordinary_per_unit, dst.ordinary_per_unit))} shares "
                        f"(`tracker conversions delete {saved.id}` takes it back)")
    _warn(warnings)
    if args.json:
        print_json({**_asdict(saved), "received": received, "warnings": warnings})
    else:
        print(terminal_text(f"converted {saved.quantity} {src.symbol} into {received.normalize():f} "
                            f"{dst.symbol} on {saved.conversion_date}"
                            f"{in_account(tracker, saved.from_account_id, saved.to_account_id)}"))
    return 0


def _asdict(record) -> dict:
    from dataclasses import asdict
    return asdict(record)
