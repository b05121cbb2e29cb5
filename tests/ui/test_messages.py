"""Every reason the layers below can put in front of a window user reads in Chinese.

The reasons are read from the source (every error raised or returned with its wording in
tracker/domain, app, store, importers and online), so a new one the table in tracker/ui/messages.py
does not know fails here; the few a window cannot show are listed below with the reason why.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from tests.ui.test_i18n import WORD, english_left

ROOT = Path(__file__).resolve().parents[2]
LAYERS = ("domain", "app", "store", "importers", "online")
FILL = "{}"

# wordings no window shows, and why
NOT_SHOWN = {
    # the command line's own options and commands (the window offers choices instead of text)
    "id: name an activity by its kind's letter and its number, such as {} (got {})": "command line",
    "kind: use one of {} (got {})": "command line",
    "id: there is no {} {}": "command line",
    "{}: a {} has no {}; it has {}": "command line",
    "nothing to change: give at least one of {}": "command line",
    "format: use one of {} (got {})": "command line",
    "format: a broker's CSV is read through a preset (--preset NAME; tracker presets list)": "command line",
    "preset: no preset named {} (saved: {}); make one with `tracker presets add NAME ...` or in the import dialog":
        "command line",
    "provider: choose one of {}": "command line",
    "file: there is no folder {}: make it first, or choose another": "command line (the window's save dialog "
                                                                       "only offers folders that exist)",
    "provider: choose one of {}, not {}": "command line",
    "symbol: unknown listing {} (known: {})": "command line",
    "symbol: unknown series {} (known: {})": "command line",
    "symbol: unknown series {} (known: {}); add an index or ETF with `tracker benchmarks add SYMBOL --name N "
    "--currency C`": "command line",
    "from: {} is after today ({})": "command line",
    "method: use one of {}": "command line",
    "method: use one of {} (got {})": "command line",
    "currency: use one of {} (got {})": "command line",
    "period: use one of {} (got {})": "command line",
    "period: it ends ({}) before it starts ({})": "command line",
    "period: a custom period needs its first day": "command line",
    "tax year start: use MM-DD, such as 04-06 for 6 April (got {})": "command line",
    "tax year start: {}-{} is not a day of every year": "command line",
    "unknown price format {}; choose one of {}": "command line",
    "a column mapping goes with the generic format only": "command line",
    "only a split can be recorded this way": "command line",
    "a split of {} units per unit is not plausible": "command line",
    "a split of {} on {} is already recorded": "command line",
    "id: no recorded split with id {}": "command line",
    "id: the 2019 subdivision is a fact every holding depends on; it stays": "command line",
    "bundled, edited or user": "command line",
    "use before or after (the US market open)": "command line (the window's session is a choice)",
    "use one of {} or none": "command line",
    # the bundled files as shipped: a packaging fault, checked by the tests of the bundled data
    "{}: source_quality must be one of {}, not {}": "packaging",
    "{}: not a number: {}": "packaging",
    "{}: must be more than 0, not {}": "packaging",
    "{}: a date is required": "packaging",
    "{}: not a date: {}": "packaging",
    "{}: kind must be annual or special, not {}": "packaging",
    # a program's own invariants (a bug, not a user's doing)
    "no ADS listing is known, so ADS-equivalents are undefined": "invariant",
    "unknown listing {}": "invariant",
    "no exchange rate from {} to {}": "invariant",
    "price is not a finite number: {}": "invariant",
    "{} rows carry no import key": "invariant",
    "incomplete SQL statement in a migration: {}": "invariant",
    "bar arrays differ in length: {}": "invariant",
    "unknown symbol {}; add the instrument before its prices": "invariant",
    'expected "format": "{}"': "invariant (read back as 'not a Tracker JSON export')",
    "{}: choose one of {}": "command line (--account NAME)",
    "{}: unknown account {} (known: {})": "command line (--account NAME)",
}

# a reason of the ledger put together from parts: a sample of each of its forms
SAMPLES = {
    "{} of {} {} on {} exceeds the {} held then{}": [
        "sell of 500 BABA on 2024-06-03 exceeds the 100 held then",
        "conversion of 16 9988.HK on 2024-06-03 exceeds the 8 held then in IBKR",
        "transfer of 5 BABA on 2024-06-03 exceeds the 2 held then in Futu"],
    "symbol: {}": ["symbol: a symbol is required (BABA or 9988.HK)"],
    "account: {}": ["account: Main is the account every activity without one belongs to; rename it instead",
                    "account: IBKR still holds activities (a trade at least); delete or move them first"],
    "fx_rate: {}": ["fx_rate: must be greater than 0"],
    "currency: {}": ["currency: use USD, HKD or CNY"],
    "must be at most {}": ["must be at most 10^12"],
    "must be at least -{}": ["must be at least -10^12"],
    "{}. Keep the database on this computer's own disk and write backups to that folder instead (File ▸ Back up "
    "now, or `tracker backup --to FOLDER/FILE`).": [
        "the database is in a folder that Dropbox synchronises: a sync client may replace the file while it is "
        "open, or copy it half-written. Keep the database on this computer's own disk and write backups to that "
        "folder instead (File ▸ Back up now, or `tracker backup --to FOLDER/FILE`)."],
    "the database is in a folder that {} synchronises: a sync client may replace the file while it is open, or "
    "copy it half-written": ["the database is in a folder that Dropbox synchronises: a sync client may replace the "
                             "file while it is open, or copy it half-written"],
    "{} is before {}": ["2018-01-02 is before 2019"],
    "{} is before {} first traded on {}": ["2014-09-01 is before BABA first traded on 2014-09-19"],
    "{} trades in {}, not {}": ["BABA trades in USD, not HKD"],
    "{} trades in {}": ["9988.HK trades in HKD"],
    "id: a {} to change needs its id": ["id: a transfer to change needs its id"],
    "id: no {} with id {} (deleted elsewhere?)": ["id: no dividend with id 12 (deleted elsewhere?)"],
    "id: {} {} was changed elsewhere since (it now reads {}); nothing was done": [
        "id: trade 12 was changed elsewhere since (it now reads T12 2024-03-01); nothing was done"],
    "not UTF-8 text{}; save the file as UTF-8 CSV (in Excel: CSV UTF-8)": [
        "not UTF-8 text; save the file as UTF-8 CSV (in Excel: CSV UTF-8)",
        "not UTF-8 text (byte 17); save the file as UTF-8 CSV (in Excel: CSV UTF-8)"],
    "a conversion exchanges ADS for ordinary shares or back; {} and {} are both {}": [
        "a conversion exchanges ADS for ordinary shares or back; BABA and BABA are both ADS"],
    "{} of {} stored {} closes differ by a steady factor ({}–{}): adjusted and raw bars would mix": [
        "1,204 of 1,250 stored BABA closes differ by a steady factor (0.912–0.915): adjusted and raw bars would mix"],
    "{} is bundled reference data and cannot be deleted; revert it to undo your edit": [
        "FY2024Q3 is bundled reference data and cannot be deleted; revert it to undo your edit"],
    "{} is bundled reference data and cannot be deleted": [
        "FY2024Q3 is bundled reference data and cannot be deleted"],
    "{}: rate limited, try later (HTTP {} on {} tries)": ["yahoo: rate limited, try later (HTTP 429 on 3 tries)"],
    "{}: the answer is larger than {} bytes": ["stooq: the answer is larger than 50000000 bytes"],
    "{}: the answer stopped arriving (timed out)": ["yahoo: the answer stopped arriving (timed out)"],
    "{}: the connection broke while reading ({})": ["yahoo: the connection broke while reading (reset)"],
    "{}: the server refused the request (HTTP {} {})": ["yahoo: the server refused the request (HTTP 403 Forbidden)"],
    "{}: the answer for {} holds bars that cannot be stored ({}); nothing was written": [
        "yahoo: the answer for BABA holds bars that cannot be stored (close: must be greater than 0); nothing was "
        "written"],
    "{}: the answer for {} is not daily bars": ["stooq: the answer for BABA is not daily bars"],
    "{}: expected a base URL such as http://127.0.0.1:8765 (scheme and host), got {}": [
        "yahoo-url: expected a base URL such as http://127.0.0.1:8765 (scheme and host), got 'x'"],
    "{}: a base URL has no query or fragment, got {}": ["yahoo-url: a base URL has no query or fragment, got 'x'"],
    "{}: the port in {} is not a number": ["stooq-url: the port in 'x' is not a number"],
    "{} is damaged ({}); nothing was changed. {}": [
        "/home/x/tracker.db is damaged (database disk image is malformed); nothing was changed. Automatic backups "
        "are in /home/x/backups (newest: tracker-2024-06-03.db, 2024-06-03 09:30); restore one with `tracker "
        "restore FILE`.",
        "/home/x/tracker.db is damaged (2024); nothing was changed. There are no automatic backups of it in "
        "/home/x/backups."],
    "{}: cannot write ({})": ["/tmp/gains.csv: cannot write (Permission denied)"],
    "{} fields where the header has {} columns": ["7 fields where the header has 6 columns"],
    "{} is an SQLite file but not a Tracker database ({}); it was not changed.": [
        "/tmp/x.db is an SQLite file but not a Tracker database (its revisions table lacks column seq); it was not "
        "changed.",
        "/tmp/x.db is an SQLite file but not a Tracker database (schema 7 has a revisions table, this file has none); "
        "it was not changed."],
    "{} price bar {}": ["BABA price bar 2020-01-02"],
    "{} more {} price bars": ["1,204 more BABA price bars"],
    "{} results figure {}": ["FY2024Q3 results figure revenue_rmb_bn"],
    "{} (shown as unknown)": ["revenue_rmb_bn 'x' is not a number (shown as unknown)"],
    "is before {}": ["price_date '1900-01-01' is before 2014"],
    "not a number or out of range: {}": ["not a number or out of range: close 'x', volume -1"],
    "date and time": ["duplicate bar: same date and time as line 7"],
    "date": ["duplicate bar: same date as line 7"],
    "{} {} reversal of {}": ["BABA dividend reversal of 12.5", "9988.HK withholding tax reversal of 1.25",
                             "BABA fee reversal of 2"],
    "{} transfer {} of {} on {}": ["BABA transfer in of 10 on 2024-06-03", "BABA transfer out of 10 on 2024-06-03"],
    "{}; record it with the import (--record-splits), or: tracker splits add --symbol {} --date {} --factor {}": [
        "BABA(US01609W1027) SPLIT 8 FOR 1: not applied on its own; record it with the import (--record-splits), "
        "or: tracker splits add --symbol BABA --date 2019-07-30 --factor 8"],
    "{} trade in {} on {}": ["BABA trade in EUR on IBIS"],
    "{} {} in {}": ["MSFT dividends in EUR", "MSFT withholding tax in EUR", "MSFT other fees in EUR",
                    "MSFT payment in lieu of dividends in EUR"],
    "only {} in {} is tracked": ["only BABA in USD is tracked"],
    "cancellation of IBKR trade {}": ["cancellation of IBKR trade 123", "cancellation of IBKR trade (no origTradeID)"],
    "deposit or withdrawal": ["deposit or withdrawal", "deposit or withdrawal (CASH RECEIPTS)"],
    "the other account's lots are not in this statement: record it with tracker transfers add --symbol {} --date {} "
    "--quantity {} --from-account {} --to-account {} (after that account's own trades)": [
        "the other account's lots are not in this statement: record it with tracker transfers add --symbol BABA "
        "--date 2024-06-03 --quantity 10 --from-account 'U1' --to-account 'U2' (after that account's own trades)"],
}


# words a Chinese reason keeps as they are: names of programs, providers, file formats and their
# columns, the command line's options and commands, SQLite's own words in a damaged file's reason
KEPT = {"yahoo", "stooq", "Excel", "SQLite", "MiB", "DOCTYPE", "wal", "null", "create", "backup", "restore", "to",
        "FOLDER", "FILE", "symbol", "quantity", "from", "account", "factor", "record", "splits", "transfers", "add",
        "origTradeID", "yyyyMMdd", "yyyy", "dd", "yy", "Bought", "Sold", "Date", "Open", "High", "Low", "Close",
        "Volume", "close", "volume", "date", "symbol", "side", "quantity", "price", "fee", "currency", "note", "database", "disk",
        "image", "is", "malformed", "No", "data", "Forbidden", "reset", "trades", "import"}


def _wordings(node) -> list[str]:
    """A message's text with each computed part as {} (both, for `a if c else b`; none when it is
    not written out here)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        return ["".join(v.value if isinstance(v, ast.Constant) else FILL for v in node.values)]
    if isinstance(node, ast.IfExp):
        return _wordings(node.body) + _wordings(node.orelse)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _wordings(node.left), _wordings(node.right)
        if isinstance(node.right, ast.Call) and not right:          # "use one of " + ", ".join(...)
            right = [FILL]
        return [a + b for a in left for b in right]
    return []


def _raised(tree, importer: bool = False) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None) or ""
            if name in ("FieldError", "DecimalFormatError"):
                args = node.args[1:2] + [k.value for k in node.keywords if k.arg == "message"]
            elif name == "Skipped":                     # a row an import preview lists, and why
                args = node.args[1:3]
            elif name == "DamagedRow":                  # a stored row skipped on reading (a notice)
                args = node.args[0:2] + node.args[3:4]
            elif name == "BadValue":                    # why a stored cell cannot be read
                args = node.args[2:3]
            elif name.endswith("Error") or name == "DatabaseProblem":
                args = node.args[:1]
            else:
                continue
            found += [(node.lineno, w) for a in args for w in _wordings(a)]
        elif isinstance(node, ast.FunctionDef):
            doc = ast.get_docstring(node) or ""
            if doc.startswith("Why") or "(None, why)" in doc:        # helpers that return a reason
                for ret in ast.walk(node):
                    if isinstance(ret, ast.Return) and ret.value is not None:
                        parts = ret.value.elts if isinstance(ret.value, ast.Tuple) else [ret.value]
                        found += [(ret.lineno, w) for p in parts for w in _wordings(p)]
        elif isinstance(node, ast.Assign) and len(node.targets) == 1 and \
                getattr(node.targets[0], "id", "") in ("MULTILINE",) + (("what", "offer") if importer else ()):
            found += [(node.lineno, w) for w in _wordings(node.value)]
        elif importer and isinstance(node, ast.AugAssign) and getattr(node.target, "id", "") == "offer":
            found += [(node.lineno, "{}" + w) for w in _wordings(node.value)]       # offer += "; record it ..."
    return found


def source_reasons() -> dict[str, str]:
    """wording -> where it is written, for every reason the layers below write."""
    reasons = {}
    for layer in LAYERS:
        for path in sorted((ROOT / "tracker" / layer).rglob("*.py")):
            # an importer names a row in `what` (and an offer in `offer`) before it says why
            for lineno, wording in _raised(ast.parse(path.read_text(encoding="utf-8")), layer == "importers"):
                if re.search(r"[a-z]{2}", wording) and wording.strip(FILL + " :") != "":
                    reasons.setdefault(wording, f"{path.relative_to(ROOT)}:{lineno}")
    return reasons


def samples(wording: str) -> list[str]:
    return SAMPLES.get(wording) or [wording.replace(FILL, "2024")]


def _allowed(wording: str, sample: str) -> frozenset:
    """Words of the sample that fill its parts (names, symbols, the system's own words) and may
    stay as they are: neither in its wording nor in any wording the table translates."""
    from tracker.ui.messages import REASONS
    known = set(WORD.findall(wording.replace(FILL, " ") + " " + " ".join(REASONS)))
    return frozenset(w for w in WORD.findall(sample) if w not in known) | KEPT


def test_the_source_is_read():
    reasons = source_reasons()
    assert len(reasons) > 150
    assert "must be greater than 0" in reasons and "{} is in the future" in reasons
    assert "a quoted cell runs over several lines" in reasons                   # a constant
    assert "must be the last day of a calendar quarter (31 Mar, 30 Jun, 30 Sep or 31 Dec)" in reasons   # a helper


def test_every_reason_a_window_can_show_reads_in_chinese(qapp, english_again):
    from tracker.ui import i18n, messages
    i18n.install(qapp, language="zh_CN")
    untranslated = {}
    for wording, where in source_reasons().items():
        if wording in NOT_SHOWN:
            continue
        for sample in samples(wording):
            shown = messages.line(sample)
            if shown == sample or english_left(shown, _allowed(wording, sample)):
                untranslated[where] = f"{sample!r} -> {shown!r}"
    assert untranslated == {}


def test_the_list_of_reasons_not_shown_is_current():
    """A wording listed as not shown that no longer exists is taken out of the list."""
    reasons = source_reasons()
    assert [w for w in NOT_SHOWN if w not in reasons] == []
    assert [w for w in SAMPLES if w not in reasons] == []


@pytest.mark.parametrize("language", ["en", "zh_HK"])
def test_english_is_as_written_and_hong_kong_reads_traditional(qapp, english_again, language):
    from tracker.ui import i18n, messages
    i18n.install(qapp, language=language)
    text = "conversion of 16 9988.HK on 2024-06-03 exceeds the 8 held then in IBKR"
    if language == "en":
        assert messages.line(text) == text
        assert messages.line("line 3: file: cannot read /tmp/a.csv: no such file") == \
            "line 3: file: cannot read /tmp/a.csv: no such file"
    else:
        assert messages.line(text) == "2024-06-03 轉換 16 9988.HK，超過 IBKR 當時持有的 8"
