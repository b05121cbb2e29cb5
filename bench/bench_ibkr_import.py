"""An IBKR Flex statement of 10,000 trades and 2,000 cash transactions, imported through the facade.

Generates the statement in the shape IBKR's Activity Flex Query writes it (executions of BABA on
NYSE and 9988 on SEHK with commissions and stamp duty, order-level summaries beside them, currency
trades and another stock; dividends with withholding tax, ADR custody fees, deposits, account
fees), then prints, for the first import into an empty database and for the re-import of the same
file (which must add nothing): parse, validate (the plan: keys, duplicates, the whole history) and
write (the transaction) times. Target: under 2 s for the first import.

    python3 bench/bench_ibkr_import.py [--trades 10000] [--cash 2000] [--seed 3]
"""
from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tracker.app.tracker import Tracker  # noqa: E402

ADS = ('assetCategory="STK" symbol="BABA" conid="166090175" '
       'securityID="US01609W1027" securityIDType="ISIN" isin="US01609W1027" listingExchange="NYSE" currency="USD"')
HK = ('assetCategory="STK" symbol="9988" conid="407611987" '
      'securityID="KYG017191142" securityIDType="ISIN" isin="KYG017191142" listingExchange="SEHK" currency="HKD"')
MSFT = ('assetCategory="STK" symbol="MSFT" description="MICROSOFT CORP" conid="272093" isin="US5949181045" '
        'listingExchange="NASDAQ" currency="USD"')
ACCOUNT = "U9876543"


def trading_days(start: date, count: int) -> list[date]:
    days, day = [], start
    while len(days) < count:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days


def statement(trades: int, cash: int, seed: int) -> str:
    rng = random.Random(seed)
    days = trading_days(date(2015, 1, 2), 2400)      # to 2024
    held = {"BABA": 0, "9988": 0}
    rows, ids = [], iter(range(800_000_000, 900_000_000))
    for n in range(trades):
        day = days[n * len(days) // trades]
        stamp = day.strftime("%Y%m%d")
        kind = rng.random()
        if kind < 0.04:
            rows.append(f'<Trade accountId="{ACCOUNT}" currency="HKD" assetCategory="CASH" symbol="USD.HKD" '
                        f'description="USD.HKD" tradeID="{next(ids)}" tradeDate="{stamp}" dateTime="{stamp};031000" '
                        f'quantity="1000" tradePrice="7.8125" ibCommission="-2" ibCommissionCurrency="USD" '
                        f'buySell="BUY" transactionID="{next(ids)}" levelOfDetail="EXECUTION" />')
            continue
        if kind < 0.07:
            rows.append(f'<Trade accountId="{ACCOUNT}" {MSFT} tradeID="{next(ids)}" tradeDate="{stamp}" '
                        f'dateTime="{stamp};101500" quantity="1" tradePrice="300.5" taxes="0" ibCommission="-1" '
                        f'ibCommissionCurrency="USD" buySell="BUY" transactionID="{next(ids)}" levelOfDetail="EXECUTION" />')
            continue
        hong_kong_open = day >= date(2019, 11, 26)      # 9988 listed then
        listing = "9988" if hong_kong_open and rng.random() < 0.5 else "BABA"
        lot = rng.randint(1, 40) if listing == "BABA" else 100 * rng.randint(1, 8)
        side = "SELL" if held[listing] >= lot and rng.random() < 0.4 else "BUY"
        held[listing] += lot if side == "BUY" else -lot
        price = round(rng.uniform(60, 300) if listing == "BABA" else rng.uniform(60, 280), 2)
        attrs, fee = (ADS, "-1.00") if listing == "BABA" else (HK, "-18.00")
        name = "ALIBABA GROUP HOLDING-SP ADR" if listing == "BABA" else "ALIBABA GROUP HOLDING LTD"
        taxes = "0" if listing == "BABA" else f"-{round(lot * price * 0.001, 2)}"
        signed = lot if side == "BUY" else -lot
        trade_id = next(ids)
        common = (f'accountId="{ACCOUNT}" {attrs} description="{name}" tradeDate="{stamp}" dateTime="{stamp};093015" quantity="{signed}" '
                  f'tradePrice="{price}" proceeds="{-signed * price:.2f}" taxes="{taxes}" ibCommission="{fee}" '
                  f'ibCommissionCurrency="{"USD" if listing == "BABA" else "HKD"}" buySell="{side}"')
        rows.append(f'<Trade {common} tradeID="{trade_id}" transactionID="{next(ids)}" '
                    f'ibExecID="0000e1a2.{trade_id:x}.01.01" levelOfDetail="EXECUTION" />')
        rows.append(f'<Trade {common} tradeID="" ibOrderID="{trade_id}" levelOfDetail="ORDER" />')
    cash_rows = []
    for n in range(cash):
        day = days[(n // 5) * 5 % len(days)]        # five rows a day: a dividend, its tax, a fee, ...
        stamp = day.strftime("%Y%m%d")
        pick = n % 5
        if pick == 0:
            cash_rows.append(f'<CashTransaction accountId="{ACCOUNT}" {ADS} description="BABA(US01609W1027) CASH '
                             f'DIVIDEND USD 1.00 PER SHARE (Ordinary Dividend)" dateTime="{stamp};202000" '
                             f'settleDate="{stamp}" amount="{10 + n % 7}.00" type="Dividends" '
                             f'transactionID="{next(ids)}" reportDate="{stamp}" levelOfDetail="DETAIL" />')
        elif pick == 1:
            cash_rows.append(f'<CashTransaction accountId="{ACCOUNT}" currency="USD" assetCategory="STK" '
                             f'symbol="BABA" description="BABA CASH DIVIDEND - US TAX" dateTime="{stamp};202000" '
                             f'amount="-1.00" type="Withholding Tax" transactionID="{next(ids)}" '
                             f'reportDate="{stamp}" levelOfDetail="DETAIL" />')
        elif pick == 2:
            cash_rows.append(f'<CashTransaction accountId="{ACCOUNT}" {ADS} description="BABA(US01609W1027) ADR '
                             f'FEE USD 0.01 PER SHARE" dateTime="{stamp};202000" amount="-0.{10 + n % 80}" '
                             f'type="Other Fees" transactionID="{next(ids)}" reportDate="{stamp}" levelOfDetail="DETAIL" />')
        elif pick == 3:
            cash_rows.append(f'<CashTransaction accountId="{ACCOUNT}" currency="USD" assetCategory="" symbol="" '
                             f'description="CASH RECEIPTS / ELECTRONIC FUND TRANSFERS" dateTime="{stamp}" '
                             f'amount="2500" type="Deposits/Withdrawals" transactionID="{next(ids)}" '
                             f'reportDate="{stamp}" levelOfDetail="DETAIL" />')
        else:
            cash_rows.append(f'<CashTransaction accountId="{ACCOUNT}" currency="USD" assetCategory="" symbol="" '
                             f'description="SNAPSHOTVALUENONPRO FOR {stamp[:6]}" dateTime="{stamp}" amount="-1.50" '
                             f'type="Other Fees" transactionID="{next(ids)}" reportDate="{stamp}" levelOfDetail="DETAIL" />')
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<FlexQueryResponse queryName="bench" type="AF">\n'
            '<FlexStatements count="1">\n'
            f'<FlexStatement accountId="{ACCOUNT}" fromDate="20150101" toDate="20241231" period="Custom" '
            'whenGenerated="20250102;080000">\n<Trades>\n' + "\n".join(rows) + "\n</Trades>\n<CashTransactions>\n"
            + "\n".join(cash_rows) + "\n</CashTransactions>\n<CorporateActions />\n</FlexStatement>\n"
            "</FlexStatements>\n</FlexQueryResponse>\n")


def timed(fn):
    """The result, wall seconds, and this process's CPU seconds (what a busy machine does not inflate)."""
    t0, c0 = time.perf_counter(), time.process_time()
    result = fn()
    return result, time.perf_counter() - t0, time.process_time() - c0


def one_import(tracker: Tracker, path: Path, label: str) -> float:
    parsed, parse_s, parse_cpu = timed(lambda: tracker.parse_activities(path))
    plan, validate_s, validate_cpu = timed(lambda: tracker.import_parsed(parsed, dry_run=True))
    report, total_s, total_cpu = timed(lambda: tracker.import_parsed(parsed))
    # the write re-validates inside its transaction: writing alone is the rest
    write_s, write_cpu = max(total_s - validate_s, 0.0), max(total_cpu - validate_cpu, 0.0)
    kinds = ", ".join(f"{n:,} {k}" for k, n in report.counts().items()) or "nothing"
    print(f"{label:<10} parse {parse_s * 1000:5.0f} ms (cpu {parse_cpu * 1000:4.0f})   "
          f"validate {validate_s * 1000:5.0f} ms (cpu {validate_cpu * 1000:4.0f})   "
          f"write {write_s * 1000:5.0f} ms (cpu {write_cpu * 1000:4.0f})   "
          f"total {(parse_s + total_s) * 1000:5.0f} ms (cpu {(parse_cpu + total_cpu) * 1000:4.0f})")
    print(f"{'':<10} added {kinds}; {report.skipped:,} already imported; {len(report.not_imported):,} rows "
          "not imported (other securities, currency trades, deposits, account fees)")
    return parse_s + total_s


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--trades", type=int, default=10_000)
    ap.add_argument("--cash", type=int, default=2_000)
    ap.add_argument("--seed", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "statement.xml"
        path.write_text(statement(args.trades, args.cash, args.seed), encoding="utf-8")
        print(f"statement: {args.trades:,} trades (and as many order summaries), {args.cash:,} cash "
              f"transactions, {path.stat().st_size / 1e6:.1f} MB")
        with Tracker(Path(folder) / "bench.db", make_backups=False) as tracker:
            first = one_import(tracker, path, "first")
            one_import(tracker, path, "re-import")
            print(f"first import {first:.2f} s wall (target < 2 s): {'met' if first < 2 else 'NOT met'}; "
                  f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
