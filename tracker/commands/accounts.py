"""accounts list/add/rename/delete, transfers add/delete, activities list/delete."""
from __future__ import annotations

from decimal import Decimal

from tracker.app.activities import (KIND_NAMES, REFERENCE_HELP, delete_activity, edit_activity,
                                    list_activities)
from tracker.commands.output import print_json, print_table, terminal_text
from tracker.commands.parsing import date_arg, decimal_arg, id_arg, side_arg
from tracker.domain.fx import CURRENCIES
from tracker.domain.model import Account, Conversion, Dividend, Fee, Trade, Transfer
from tracker.domain.money import money_text, plain

ZERO = Decimal(0)


def register(sub) -> None:
    accounts = sub.add_parser("accounts", help="the accounts (broker records) activities belong to")
    asub = accounts.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(accounts))
    lst = asub.add_parser("list", help="every account")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(run=accounts_list, reads_only=True)
    add = asub.add_parser("add", help="add an account")
    add.add_argument("name")
    add.add_argument("--broker", default="", help="the broker's name (Interactive Brokers, Futu, ...)")
    add.add_argument("--currency", choices=CURRENCIES, help="the account's base currency")
    add.add_argument("--external-id", help="the broker's own account id, such as U1234567")
    add.add_argument("--json", action="store_true")
    add.set_defaults(run=accounts_add)
    ren = asub.add_parser("rename", help="rename an account (its activities stay in it)")
    ren.add_argument("name")
    ren.add_argument("new_name")
    ren.set_defaults(run=accounts_rename)
    dele = asub.add_parser("delete", help="delete an account that holds no activity")
    dele.add_argument("name")
    dele.set_defaults(run=accounts_delete)

    transfers = sub.add_parser("transfers", help="move units between accounts (not a sale)")
    xsub = transfers.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(transfers))
    xadd = xsub.add_parser("add", help="record units of one listing moved from one account to another: "
                                       "the lots keep their cost and acquisition dates")
    xadd.add_argument("--symbol", required=True)
    xadd.add_argument("--date", required=True)
    xadd.add_argument("--quantity", required=True, help="units moved")
    xadd.add_argument("--from-account", required=True, metavar="NAME")
    xadd.add_argument("--to-account", required=True, metavar="NAME")
    xadd.add_argument("--fee", default="0", help="in the listing's currency; added to the moved lots' cost")
    xadd.add_argument("--note", default="")
    xadd.add_argument("--json", action="store_true")
    xadd.set_defaults(run=transfers_add)
    xdel = xsub.add_parser("delete", help="delete a transfer by id")
    xdel.add_argument("id")
    xdel.set_defaults(run=transfers_delete)

    acts = sub.add_parser("activities", help="every activity of every kind: list and delete",
                          description=f"Activities are named by their kind's letter and number: {REFERENCE_HELP}.")
    actsub = acts.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(acts))
    alst = actsub.add_parser("list", help="trades, dividends, fees, conversions and transfers by date")
    alst.add_argument("--kind", choices=KIND_NAMES)
    alst.add_argument("--account", metavar="NAME", help="only what touches this account")
    alst.add_argument("--json", action="store_true")
    alst.set_defaults(run=activities_list, reads_only=True)
    adel = actsub.add_parser("delete", help="delete one activity (refused, with the reason, when a later "
                                            "sell, conversion or transfer needs it)",
                             description=f"ID is the kind's letter and number: {REFERENCE_HELP}.")
    adel.add_argument("id", help=f"such as {REFERENCE_HELP}")
    adel.set_defaults(run=activities_delete)
    aed = actsub.add_parser("edit", help="change fields of one activity (refused, with the reason, when the "
                                         "change leaves a later sell, conversion or transfer short)",
                            description=f"ID is the kind's letter and number: {REFERENCE_HELP}. Give only "
                                        "the fields to change; each kind takes the options its entry has.")
    aed.add_argument("id", help=f"such as {REFERENCE_HELP}")
    aed.add_argument("--date", help="the activity's date (trade, pay, fee, conversion or transfer date)")
    aed.add_argument("--symbol", help="the listing (BABA or 9988.HK, as brokers write them)")
    aed.add_argument("--side", help="a trade's side: buy or sell")
    aed.add_argument("--quantity", help="units (a conversion's: units given up)")
    aed.add_argument("--price", help="a trade's price per unit, in the listing's currency")
    aed.add_argument("--fee", help="the fee, in the activity's currency")
    aed.add_argument("--gross", help="a dividend's gross amount")
    aed.add_argument("--withholding", help="a dividend's withholding tax")
    aed.add_argument("--amount", help="a standalone fee's amount")
    aed.add_argument("--fx-rate", help="a conversion's rate: units of the receiving currency per unit of the giving")
    aed.add_argument("--note", help="the note (an empty string clears it)")
    aed.add_argument("--account", metavar="NAME", help="the account of a trade, dividend or fee")
    aed.add_argument("--from-account", metavar="NAME", help="the giving account of a conversion or transfer")
    aed.add_argument("--to-account", metavar="NAME", help="the receiving account of a conversion or transfer")
    aed.add_argument("--json", action="store_true", help="print the changed activity as JSON")
    aed.set_defaults(run=activities_edit)


# --- accounts -----------------------------------------------------------------------------------
def accounts_list(args, tracker) -> int:
    accounts = tracker.accounts()
    if args.json:
        print_json(accounts)
        return 0
    print_table(["id", "name", "broker", "currency", "broker id"],
                [[a.id, a.name, a.broker, a.currency, a.external_id or ""] for a in accounts])
    return 0


def accounts_add(args, tracker) -> int:
    saved = tracker.add_account(Account(None, args.name, args.broker, args.currency or "", args.external_id))
    if args.json:
        print_json(saved)
    else:
        print(terminal_text(f"added account {saved.id}: {saved.name}"))
    return 0


def accounts_rename(args, tracker) -> int:
    old = tracker.account_named(args.name)
    saved = tracker.rename_account(old.id, args.new_name)
    print(terminal_text(f"renamed account {saved.id}: {old.name} -> {saved.name}"))
    return 0


def accounts_delete(args, tracker) -> int:
    removed = tracker.delete_account(tracker.account_named(args.name).id)
    print(terminal_text(f"deleted account {removed.id}: {removed.name}"))
    return 0


def several_accounts(tracker) -> dict[int, str] | None:
    """Account names by id when there is more than one account (the lists then say which account
    each row is in), else None."""
    accounts = tracker.accounts()
    return {a.id: a.name for a in accounts} if len(accounts) > 1 else None


def in_account(tracker, account_id: int, to_account_id: int | None = None) -> str:
    """" in IBKR" (" from IBKR to Futu" for units moving) for a confirmation, when there are
    several accounts: an add without --account lands in Main, and the user must see that."""
    names = several_accounts(tracker)
    if not names:
        return ""
    if to_account_id is not None and to_account_id != account_id:
        return f" from {names[account_id]} to {names[to_account_id]}"
    return f" in {names[account_id]}"


# --- transfers ----------------------------------------------------------------------------------
def transfers_add(args, tracker) -> int:
    inst = tracker.instrument(args.symbol)
    giving = tracker.account_named(args.from_account, "from-account")
    receiving = tracker.account_named(args.to_account, "to-account")
    saved = tracker.add_transfer(Transfer(date_arg(args.date, "date"), inst.symbol,
                                          decimal_arg(args.quantity, "quantity"), giving.id, receiving.id,
                                          fee=decimal_arg(args.fee, "fee", ZERO), note=args.note))
    if args.json:
        print_json(saved)
    else:
        print(terminal_text(f"added transfer {saved.id}: {plain(saved.quantity)} {saved.symbol} from "
                            f"{giving.name} to {receiving.name} on {saved.transfer_date}"))
    return 0


def transfers_delete(args, tracker) -> int:
    return print_deleted(delete_activity(tracker, f"X{id_arg(args.id)}"))


# --- every kind -----------------------------------------------------------------------------------
def activities_list(args, tracker) -> int:
    account = tracker.account_named(args.account).id if args.account else None
    found = list_activities(tracker, args.kind, account)
    names = {a.id: a.name for a in tracker.accounts()}
    if args.json:
        print_json([{"id": a.reference, "kind": a.kind, "date": a.day,
                     "accounts": [names.get(i, str(i)) for i in a.accounts], **_fields(a.record)}
                    for a in found])
        return 0
    print_table(["id", "date", "kind", "account", "what"],
                [[a.reference, a.day, a.kind, " -> ".join(dict.fromkeys(names.get(i, str(i)) for i in a.accounts)),
                  terminal_text(describe(a.record))] for a in found])
    return 0


def _fields(record) -> dict:
    from dataclasses import asdict
    fields = asdict(record)
    fields.pop("id")
    return fields


def describe(record) -> str:
    """One activity in words, as `activities list` shows it."""
    if isinstance(record, Trade):
        text = f"{record.side} {plain(record.quantity)} {record.symbol} at {money_text(record.price)} {record.currency}"
        return text + (f", fee {money_text(record.fee)}" if record.fee else "")
    if isinstance(record, Dividend):
        return f"dividend {record.symbol}, net {money_text(record.net)} {record.currency}"
    if isinstance(record, Fee):
        return f"fee {record.symbol}, {money_text(record.amount)} {record.currency}"
    if isinstance(record, Conversion):
        text = f"{plain(record.quantity)} {record.from_symbol} into {record.to_symbol}"
        return text + (f", fee {money_text(record.fee)}" if record.fee else "")     # as a trade's
    text = f"{plain(record.quantity)} {record.symbol} moved"
    return text + (f", fee {money_text(record.fee)} {record.currency}" if record.fee else "")


_DECIMAL_OPTIONS = ("quantity", "price", "fee", "gross", "withholding", "amount", "fx_rate")
_ACCOUNT_OPTIONS = ("account", "from_account", "to_account")


def activities_edit(args, tracker) -> int:
    values = {}
    if args.date is not None:
        values["date"] = date_arg(args.date, "date")
    if args.symbol is not None:
        values["symbol"] = tracker.instrument(args.symbol).symbol
    if args.side is not None:
        values["side"] = side_arg(args.side)
    for option in _DECIMAL_OPTIONS:
        if getattr(args, option) is not None:
            values[option] = decimal_arg(getattr(args, option), option.replace("_", "-"))
    if args.note is not None:
        values["note"] = args.note
    for option in _ACCOUNT_OPTIONS:
        if getattr(args, option) is not None:
            values[option] = tracker.account_named(getattr(args, option), option.replace("_", "-")).id
    before, after = edit_activity(tracker, args.id, values)
    if args.json:
        print_json({"id": after.reference, "kind": after.kind, "date": after.day, **_fields(after.record)})
    else:
        print(terminal_text(f"changed {after.kind} {after.reference}: {describe(before.record)} on {before.day}"
                            f" -> {describe(after.record)} on {after.day}"))
    return 0


def activities_delete(args, tracker) -> int:
    return print_deleted(delete_activity(tracker, args.id))


def print_deleted(removed) -> int:
    """What a delete command says it deleted: "deleted trade T3: sell 8 BABA … on 2024-03-01"."""
    try:
        what = f"{describe(removed.record)} on {removed.day}"
    except (AttributeError, TypeError, ArithmeticError):    # a row another program damaged
        what = "a row that could not be read"
    print(terminal_text(f"deleted {removed.kind} {removed.reference}: {what}"))
    return 0
