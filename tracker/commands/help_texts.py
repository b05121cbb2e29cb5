"""Help text for the options many commands share (and a few whose meaning depends on the
command), filled in wherever a command did not give its own: every option says what it does."""
from __future__ import annotations

import argparse

SHARED = {
    "json": "print the result as JSON (numbers as numbers, rates as fractions, ISO dates)",
    "symbol": "the listing: BABA (ADS, USD) or 9988.HK (ordinary shares, HKD)",
    "side": "buy or sell",
    "date": "the day, YYYY-MM-DD",
    "quantity": "units: ADS for BABA, ordinary shares for 9988.HK",
    "price": "price per unit, in the listing's currency",
    "fee": "fee paid, in the listing's currency (default 0)",
    "note": "free text kept with the entry",
    "file": "the CSV file to read ('-' reads standard input)",
    "dry_run": "check the whole file and report what would change; write nothing",
    "id": "the entry's number, as the list command shows it",
    "gross": "the dividend before tax and fees",
    "withholding": "tax withheld at source (default 0)",
    "amount": "the amount charged",
    "from_symbol": "the listing given up",
    "to_symbol": "the listing received",
    "name": "the account's name",
    "new_name": "the account's new name",
    "from_account": "the account the units leave",
    "to_account": "the account the units arrive in",
    "kind": "only activities of this kind",
    "start": "first day shown, YYYY-MM-DD",
    "end": "last day shown, YYYY-MM-DD",
    "as_of": "figures as they stood at the end of this day, YYYY-MM-DD (default today)",
    "method": "cost method: fifo (oldest lots first, the default) or average",
    "currency": "the currency its prices are in (USD, HKD, ...)",
    "out": "the PNG file to write",
}

BY_COMMAND = {
    ("restore", "file"): "the backup file to restore from (checked before anything is replaced)",
    ("earnings export-ics", "file"): "the iCalendar file to write ('-' writes standard output)",
    ("benchmarks add", "symbol"): "the benchmark's symbol, e.g. SPY, KWEB or ^HSI",
    ("benchmarks add", "name"): "the benchmark's name as the window shows it",
    ("prices import", "symbol"): "the series the file holds: BABA, 9988.HK, USDHKD, USDCNY or a benchmark",
    ("prices list", "symbol"): "the series to list: BABA, 9988.HK, USDHKD, USDCNY or a benchmark",
}


def fill_missing_help(parser: argparse.ArgumentParser, path: str = "") -> None:
    """Give every option and positional without help text the shared one for its name."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                fill_missing_help(sub, f"{path} {name}".strip())
        elif not action.help and not isinstance(action, argparse._HelpAction):
            action.help = BY_COMMAND.get((path, action.dest)) or SHARED.get(action.dest)
