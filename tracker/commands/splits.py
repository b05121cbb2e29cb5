"""splits add / list / delete: splits the user confirms (a provider's report, a broker's notice)."""
from __future__ import annotations

from tracker.commands.output import print_json, print_table
from tracker.commands.parsing import date_arg, decimal_arg, id_arg
from tracker.domain.model import SPLIT, CorporateAction
from tracker.domain.money import plain


def register(sub) -> None:
    splits = sub.add_parser("splits", help="record, list and remove share splits")
    ssub = splits.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(splits))
    add = ssub.add_parser("add", help="record a split: each unit held before DATE becomes FACTOR units")
    add.add_argument("--symbol", required=True)
    add.add_argument("--date", required=True, help="the day the split took effect")
    add.add_argument("--factor", required=True, help="units after the split per unit before (8 for 8:1)")
    add.add_argument("--note", default="")
    add.set_defaults(run=splits_add, reads_only=False)
    lst = ssub.add_parser("list", help="every split and ADS-ratio change stored")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(run=splits_list, reads_only=True)
    dele = ssub.add_parser("delete", help="remove a split you recorded")
    dele.add_argument("id")
    dele.set_defaults(run=splits_delete, reads_only=False)


def splits_add(args, tracker) -> int:
    action = CorporateAction(args.symbol, date_arg(args.date, "date"), SPLIT,
                             decimal_arg(args.factor, "factor"), args.note)
    saved = tracker.add_split(action)
    print(f"recorded split {saved.id}: each {saved.symbol} unit held before {saved.effective} "
          f"becomes {saved.factor:f}")
    return 0


def splits_list(args, tracker) -> int:
    actions = tracker.corporate_actions()
    if args.json:
        print_json([{"id": a.id, "symbol": a.symbol, "date": a.effective, "kind": a.kind,
                     "factor": a.factor, "note": a.note} for a in actions])
        return 0
    print_table(["id", "date", "listing", "kind", "factor", "note"],
                [[a.id, a.effective, a.symbol, a.kind, plain(a.factor), a.note] for a in actions])
    return 0


def splits_delete(args, tracker) -> int:
    removed = tracker.delete_split(id_arg(args.id))
    print(f"deleted split {removed.id} of {removed.symbol} on {removed.effective}")
    return 0
