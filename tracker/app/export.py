"""Every activity out, to one CSV or one JSON document that Import reads back unchanged
(importers.export_files): trades, dividends, fees, conversions and corporate actions, in date order.
Numbers are plain decimals, dates ISO; CSV text cells that a spreadsheet would run as formulas are
guarded (domain.spreadsheet)."""
from __future__ import annotations

import csv
import io
import json

from tracker.domain.money import plain
from tracker.domain.spreadsheet import guard_formula
from tracker.importers.export_files import COLUMNS, JSON_FORMAT

FORMATS = ("csv", "json")


def _num(value) -> str:
    return "" if value is None else plain(value)


def activity_rows(book) -> list[dict[str, str]]:
    """One dict per activity, every column of COLUMNS (empty where a kind has no such field)."""
    def name(account_id: int) -> str:
        found = book.accounts.get(account_id)
        return found.name if found else ""

    accounts = [{"kind": "account", "account": a.name, "broker": a.broker, "currency": a.currency,
                 "external_id": a.external_id or ""} for a in book.accounts.values()]
    rows: list[tuple] = []
    for t in book.trades:
        rows.append((t.trade_date, 0, t.id, {"kind": "trade", "date": t.trade_date.isoformat(), "symbol": t.symbol,
                     "side": t.side, "quantity": _num(t.quantity), "price": _num(t.price), "fee": _num(t.fee),
                     "currency": t.currency, "note": t.note, "account": name(t.account_id)}))
    for d in book.dividends:
        rows.append((d.pay_date, 1, d.id, {"kind": "dividend", "date": d.pay_date.isoformat(), "symbol": d.symbol,
                     "gross": _num(d.gross), "withholding": _num(d.withholding), "fee": _num(d.fee),
                     "currency": d.currency, "note": d.note, "received": _num(d.received),
                     "received_currency": d.received_currency, "fx_rate": _num(d.fx_rate),
                     "account": name(d.account_id)}))
    for f in book.fees:
        rows.append((f.fee_date, 2, f.id, {"kind": "fee", "date": f.fee_date.isoformat(), "symbol": f.symbol,
                     "amount": _num(f.amount), "currency": f.currency, "note": f.note, "account": name(f.account_id)}))
    for c in book.conversions:
        rows.append((c.conversion_date, 3, c.id, {"kind": "conversion", "date": c.conversion_date.isoformat(),
                     "symbol": c.from_symbol, "to_symbol": c.to_symbol, "quantity": _num(c.quantity),
                     "fee": _num(c.fee), "fx_rate": _num(c.fx_rate), "note": c.note,
                     "account": name(c.from_account_id), "to_account": name(c.to_account_id)}))
    for x in book.transfers:
        rows.append((x.transfer_date, 3, x.id, {"kind": "transfer", "date": x.transfer_date.isoformat(),
                     "symbol": x.symbol, "quantity": _num(x.quantity), "fee": _num(x.fee), "currency": x.currency,
                     "note": x.note, "account": name(x.from_account_id), "to_account": name(x.to_account_id)}))
    for a in book.actions:
        rows.append((a.effective, 4, a.id, {"kind": a.kind, "date": a.effective.isoformat(), "symbol": a.symbol,
                     "factor": _num(a.factor), "note": a.note}))
    rows.sort(key=lambda r: (r[0], r[1], r[2] or 0))
    return [{c: row.get(c, "") for c in COLUMNS} for row in accounts + [row for *_, row in rows]]


def to_csv(book) -> str:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in activity_rows(book):
        writer.writerow([guard_formula(row[c]) for c in COLUMNS])
    return out.getvalue()


def to_json(book) -> str:
    rows = [{k: v for k, v in row.items() if v != ""} for row in activity_rows(book)]
    return json.dumps({"format": JSON_FORMAT, "version": 1, "activities": rows}, indent=1,
                      ensure_ascii=False) + "\n"


def render(book, fmt: str) -> str:
    return to_json(book) if fmt == "json" else to_csv(book)


def counts(book) -> dict[str, int]:
    return {"accounts": len(book.accounts), "trades": len(book.trades), "dividends": len(book.dividends),
            "fees": len(book.fees), "conversions": len(book.conversions), "transfers": len(book.transfers),
            "corporate actions": len(book.actions)}

