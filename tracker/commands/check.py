"""check: the file's integrity, the history's consistency and the folder's safety, in one report."""
from __future__ import annotations

import json

from tracker.store.migrations import LISTING_KINDS


def register(sub) -> None:
    c = sub.add_parser("check", help="check the database: pages, impossible entries, risky folder")
    c.add_argument("--json", action="store_true")
    c.set_defaults(run=check, reads_only=True)


def check(args, tracker) -> int:
    pages = [row[0] for row in tracker.db.execute("PRAGMA quick_check").fetchall()]
    damaged = [str(row) for row in _read_everything(tracker)]
    problems = [{"kind": type(rec).__name__.lower(), "id": rec.id, "message": error.message}
                for rec, error in tracker.history_problems()]
    risk = tracker.location_risk()
    ok = pages == ["ok"] and not problems and not damaged
    # prices that look like a typo: said, not failed (a real price may move so far, and the file's
    # import said so already)
    prices = {i.symbol: tracker.stored_price_outliers(i.symbol).lines(i.symbol)
              for i in tracker.instruments() if i.kind in LISTING_KINDS}
    prices = {symbol: lines for symbol, lines in prices.items() if lines}
    if args.json:
        print(json.dumps({"ok": ok, "pages": pages, "unreadable_rows": damaged, "history": problems,
                          "location": risk, "prices_out_of_line": prices}))
    else:
        print(f"pages: {'ok' if pages == ['ok'] else '; '.join(pages[:5])}")
        print(f"rows: {'ok' if not damaged else f'{len(damaged)} cannot be read (left out of every figure):'}")
        for line in damaged:
            print(f"  {line}")
        if problems:
            entries = "entry" if len(problems) == 1 else "entries"
            print(f"history: {len(problems)} impossible {entries} (left out of every figure):")
            for p in problems:
                print(f"  {p['kind']} {p['id']}: {p['message']} — fix it, or `tracker trades delete {p['id']}`"
                      if p["kind"] == "trade" else f"  {p['kind']} {p['id']}: {p['message']}")
        else:
            print("history: ok")
        print("prices: ok" if not prices else "prices: out of line with the bars beside them (typos?):")
        for symbol, lines in prices.items():
            for line in lines:
                print(f"  {symbol} {line}")
        if risk:
            print(f"folder: {risk}")
    return 0 if ok else 1


def _read_everything(tracker) -> list:
    """Every stored fact read once, so that each row that cannot be used is found and named."""
    tracker.book()
    for inst in tracker.instruments():
        tracker.daily_closes(inst.symbol)
    tracker.buybacks.quarters()
    tracker.earnings.events()
    return tracker.damaged_rows()


def warn_about_history(tracker, out) -> None:
    """One line on stderr per impossible stored entry, so no figure is silently wrong."""
    for rec, error in tracker.history_problems():
        print(f"tracker: warning: {type(rec).__name__.lower()} {rec.id}: {error.message}; it is left "
              "out of every figure until fixed (see `tracker check`)", file=out)
