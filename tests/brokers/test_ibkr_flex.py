"""IBKR Flex statements: what is imported, what is skipped and why, and re-imports adding nothing."""
from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

from tests.brokers.conftest import FIXTURES
from tests.brokers.flex_files import ADS, HK, cash, statement, trade
from tests.shared_data import TODAY
from tracker.app.activity_import import describe
from tracker.app.tracker import Tracker
from tracker.errors import ValidationError

SAMPLE = FIXTURES / "ibkr_statement.xml"


def test_dry_run_lists_what_is_added_skipped_cancelled_and_offered(run):
    code, out, _ = run("trades", "import", str(SAMPLE), "--dry-run")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "13 rows: would add 3 trades, 1 dividend, 1 fee; 0 already imported"   # summaries left out
    assert "  line 10: MSFT trade: not an Alibaba listing" in lines
    assert "  line 11: USD.HKD currency trade: currency trades are not tracked" in lines
    assert any(l.startswith("  line 20: deposit or withdrawal") for l in lines)
    assert any(l.startswith("  line 21: account fee (SNAPSHOTVALUENONPRO") for l in lines)
    assert "  line 22: MSFT dividends: not an Alibaba listing" in lines
    assert "  line 19: BABA withholding tax reversal of 3.32: cancels 3.32 of line 17" in lines
    offered = next(l for l in lines if l.startswith("  line 26:"))
    assert "not applied on its own" in offered and "tracker splits add --symbol BABA --date 2024-10-15 --factor 2" in offered


def test_import_books_trades_dividend_and_custody_fee(run, db_path):
    assert run("trades", "import", str(SAMPLE))[0] == 0
    with Tracker(db_path, today=TODAY) as t:
        trades = t.trades()
        assert [(x.symbol, x.side, x.trade_date, x.quantity, x.price, x.fee) for x in trades] == [
            ("BABA", "buy", date(2024, 3, 4), Decimal(20), Decimal("72.15"), Decimal("1.00")),
            # tradeDate (HK) is the 11th; dateTime (New York) the 10th
            ("9988.HK", "buy", date(2024, 3, 11), Decimal(400), Decimal("70.35"), Decimal("46.14")),
            ("BABA", "sell", date(2024, 9, 20), Decimal(5), Decimal("97.40"), Decimal("1.02"))]
        [dividend] = t.dividends()
        assert (dividend.symbol, dividend.pay_date, dividend.gross, dividend.withholding) == (
            "BABA", date(2024, 6, 13), Decimal("33.20"), Decimal(0))     # the refund cancelled the tax
        [fee] = t.fees()
        assert (fee.symbol, fee.amount, fee.currency) == ("BABA", Decimal("0.20"), "USD")
        assert t.position("BABA").shares == 15 and t.position("9988.HK").shares == 400
        assert t.position("BABA").dividends_net == Decimal("33.20") and t.position("BABA").fees == Decimal("0.20")
        assert [a.effective for a in t.corporate_actions()] == [date(2019, 7, 30)] * 2   # the split is not applied


def test_reimport_and_an_overlapping_statement_add_only_what_is_new(run, db_path, tmp_path):
    assert run("trades", "import", str(SAMPLE))[0] == 0
    code, out, _ = run("trades", "import", str(SAMPLE), "--json")
    report = json.loads(out)
    assert code == 0 and report["added"] == 0 and report["skipped"] == 5 and report["duplicates"] == []
    later = tmp_path / "later.xml"
    later.write_text(statement(
        trades=[trade("401000005", "20240920", "SELL", "5", "97.40", "-1.02"),
                trade("401000009", "20241104", "BUY", "10", "88.10")],
        cash_rows=[cash("603000001", "20240613", "Dividends", "33.20",
                        description="BABA(US01609W1027) CASH DIVIDEND USD 1.66 PER SHARE (Ordinary Dividend)")]))
    code, out, _ = run("trades", "import", str(later))
    assert code == 0 and out.splitlines()[0] == "3 rows: added 1 trade; 2 already imported"
    with Tracker(db_path, today=TODAY) as t:
        assert t.position("BABA").shares == 25 and len(t.dividends()) == 1


def test_format_is_recognised_by_content_or_named(run, tmp_path):
    named_csv = tmp_path / "statement.csv"
    named_csv.write_bytes(SAMPLE.read_bytes())
    assert "would add 3 trades" in run("trades", "import", str(named_csv), "--dry-run")[1]
    code, out, _ = run("trades", "import", str(named_csv), "--dry-run", "--format", "ibkr-flex", "--json")
    assert code == 0 and json.loads(out)["format"] == "ibkr-flex"


@pytest.mark.parametrize("text,words", [
    ('<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n<FlexQueryResponse>&e;</FlexQueryResponse>',
     "line 2: file: a Flex statement has no DOCTYPE"),
    ('<?xml version="1.0"?>\n<!DOCTYPE lol [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>\n'
     '<FlexQueryResponse>&b;</FlexQueryResponse>', "line 2: file: a Flex statement has no DOCTYPE"),
    ('<FlexQueryResponse>\n<FlexStatements>\n<FlexStatement accountId="U1">\n<Trades>\n<Trade symbol="BABA"\n',
     "line 5: file: not well-formed XML"),
])
def test_hostile_or_broken_xml_is_refused_by_line_and_writes_nothing(run, db_path, tmp_path, text, words):
    path = tmp_path / "bad.xml"
    path.write_text(text)
    code, _, err = run("trades", "import", str(path), "--format", "ibkr-flex")
    assert code == 1 and err.startswith(f"tracker: {words}") and "passwd" not in err
    with Tracker(db_path, today=TODAY) as t:
        assert t.trades() == []


def test_reversed_dividend_cancels_its_original_and_the_repost_stands(tracker, tmp_path):
    path = tmp_path / "reversal.xml"
    path.write_text(statement(cash_rows=[
        cash("1", "20240613", "Dividends", "33.20"),
        cash("2", "20240613", "Withholding Tax", "-3.32", listing={"symbol": "BABA"}),
        cash("3", "20240620", "Dividends", "-33.20"),
        cash("4", "20240620", "Withholding Tax", "3.32"),
        cash("5", "20240620", "Dividends", "33.20"),
        cash("6", "20240620", "Withholding Tax", "-1.66"),
        cash("7", "20240701", "Other Fees", "-0.20", description="BABA(US01609W1027) ADR FEE"),
        cash("8", "20240702", "Other Fees", "0.20", description="BABA(US01609W1027) ADR FEE REVERSAL"),
    ]))
    report = tracker.import_trades(path)
    [dividend] = tracker.dividends()
    assert (dividend.pay_date, dividend.gross, dividend.withholding) == (date(2024, 6, 20), Decimal("33.20"),
                                                                       Decimal("1.66"))
    assert tracker.fees() == []
    assert [c.reason for c in report.cancelled] == ["cancels 33.20 of line 8", "cancels 3.32 of line 9",
                                                    "cancels 0.20 of line 14"]


def test_problems_are_reported_in_one_pass_each_by_line(tracker, tmp_path):
    path = tmp_path / "bad.xml"
    path.write_text(statement(trades=[
        trade("1", "20240304", "BUY", "20", "72.15"),
        trade("2", "20240305", "BUY", "20", "n/a"),
        trade("3", "20240920", "SELL", "30", "97.40"),          # more than the 20 held then
        trade("4", "20240921", "BUY", "100", "70", listing=HK, ibCommissionCurrency="USD"),
    ]))
    with pytest.raises(ValidationError) as refused:
        tracker.import_trades(path)
    got = [str(e) for e in refused.value.errors]
    assert got[0] == "line 7: tradePrice: not a number (got 'n/a')"
    assert got[1] == "line 8: quantity: sell of 30 BABA on 2024-09-20 exceeds the 20 held then in U7654321"
    assert got[2].startswith("line 9: ibCommissionCurrency: the commission is in USD, the trade in HKD")
    assert tracker.trades() == []


def test_a_cancelled_execution_takes_its_trade_out(tracker, tmp_path):
    path = tmp_path / "cancel.xml"
    path.write_text(statement(trades=[
        trade("1", "20240304", "BUY", "20", "72.15"),
        trade("2", "20240304", "BUY", "20", "72.51"),
        trade("3", "20240304", "BUY (Ca.)", "20", "72.51", origTradeID="2"),
        trade("4", "20240305", "SELL (Ca.)", "5", "70", origTradeID="999"),
    ]))
    report = tracker.import_trades(path)
    assert [(t.quantity, t.price) for t in tracker.trades()] == [(Decimal(20), Decimal("72.15"))]
    assert [str(c) for c in report.cancelled] == [
        "line 8: cancellation of IBKR trade 2: cancels the trade of line 7",
        "line 9: cancellation of IBKR trade 999: cancels that trade if it was imported before"]
    # a later statement cancels trade 1, imported before
    later = tmp_path / "later.xml"
    later.write_text(statement(trades=[trade("6", "20240306", "BUY (Ca.)", "20", "72.15", origTradeID="1")]))
    report = tracker.import_trades(later)
    assert [describe(old) for old, _ in report.removed] == ["2024-03-04 buy 20 BABA at 72.15 USD, fee 1.00"]
    assert tracker.trades() == []


def test_a_later_statement_reverses_or_corrects_a_dividend_imported_before(run, db_path, tmp_path):
    first = tmp_path / "june.xml"
    first.write_text(statement(cash_rows=[
        cash("1", "20240613", "Dividends", "33.20"),
        cash("2", "20240613", "Withholding Tax", "-3.32"),
        cash("7", "20240701", "Other Fees", "-0.20", description="BABA(US01609W1027) ADR FEE")]))
    assert run("trades", "import", str(first))[0] == 0
    # the year's statement: the same rows, the tax refunded, the custody fee reversed
    year = tmp_path / "year.xml"
    year.write_text(statement(cash_rows=[
        cash("1", "20240613", "Dividends", "33.20"),
        cash("2", "20240613", "Withholding Tax", "-3.32"),
        cash("4", "20240801", "Withholding Tax", "3.32"),
        cash("7", "20240701", "Other Fees", "-0.20", description="BABA(US01609W1027) ADR FEE"),
        cash("8", "20240702", "Other Fees", "0.20", description="BABA(US01609W1027) ADR FEE REVERSAL")]))
    code, out, _ = run("trades", "import", str(year), "--dry-run")
    assert "would correct 2024-06-13 dividend BABA 33.20 USD, withholding 3.32 (imported before) to " \
           "2024-06-13 dividend BABA 33.20 USD, withholding 0" in out
    assert "would remove 2024-07-01 fee BABA 0.20 USD (imported before; reversed in this file)" in out
    assert run("trades", "import", str(year))[0] == 0
    with Tracker(db_path, today=TODAY) as t:
        [dividend] = t.dividends()
        assert dividend.withholding == 0 and t.fees() == []
        assert t.position("BABA").dividends_net == Decimal("33.20")
    again = run("trades", "import", str(year))[1]          # once corrected, nothing more to do
    assert "added nothing; 1 already imported" in again and "correct" not in again and "remove" not in again


def test_undo_and_redo_of_an_import_that_corrected_stored_rows(tracker, tmp_path):
    first = tmp_path / "june.xml"
    first.write_text(statement(cash_rows=[cash("1", "20240613", "Dividends", "33.20"),
                                          cash("2", "20240613", "Withholding Tax", "-3.32")]))
    tracker.import_trades(first)
    later = tmp_path / "later.xml"
    later.write_text(statement(trades=[trade("5", "20240701", "BUY", "1", "80")], cash_rows=[
        cash("1", "20240613", "Dividends", "33.20"), cash("2", "20240613", "Withholding Tax", "-3.32"),
        cash("4", "20240801", "Withholding Tax", "3.32")]))
    report = tracker.import_trades(later)
    assert len(report.corrected) == 1 and tracker.dividends()[0].withholding == 0
    added = list(report.added_records)
    tracker.revert_trade_import(report)
    assert tracker.trades() == [] and tracker.dividends()[0].withholding == Decimal("3.32")
    tracker.restore_trades(added, report.record_keys, report)
    assert len(tracker.trades()) == 1 and tracker.dividends()[0].withholding == 0


def test_the_same_shares_on_another_venue_or_in_another_currency_are_skipped(tracker, tmp_path):
    path = tmp_path / "venues.xml"
    frankfurt = {**ADS, "symbol": "AHLA", "listingExchange": "IBIS", "currency": "EUR"}
    path.write_text(statement(trades=[trade("1", "20240304", "BUY", "20", "72.15"),
                                      trade("2", "20240305", "BUY", "10", "66.10", listing=frankfurt)],
                              cash_rows=[cash("3", "20240613", "Dividends", "9.10", listing=frankfurt)]))
    report = tracker.import_trades(path)
    assert len(tracker.trades()) == 1 and tracker.dividends() == []
    assert [str(s) for s in report.not_imported] == [
        "line 7: AHLA trade in EUR on IBIS: only BABA in USD is tracked",
        "line 10: AHLA dividends in EUR: only amounts in USD or HKD are tracked"]


def test_a_reported_split_is_recorded_only_when_asked(run, db_path):
    assert run("trades", "import", str(SAMPLE))[0] == 0
    with Tracker(db_path, today=TODAY) as t:
        before = t.position("BABA")
        assert len(t.corporate_actions()) == 2
    code, out, _ = run("trades", "import", str(SAMPLE), "--record-splits")
    assert code == 0 and out.startswith("13 rows: added 1 corporate action; 5 already imported")
    with Tracker(db_path, today=TODAY) as t:
        split = t.corporate_actions()[-1]
        assert (split.symbol, split.effective, split.kind, split.factor) == ("BABA", date(2024, 10, 15), "split", 2)
        assert t.position("BABA").shares == 30 and before.shares == 15      # 15 ADS held before the split
    assert "added nothing" in run("trades", "import", str(SAMPLE), "--record-splits")[1]


def test_a_transfer_in_from_another_broker_is_listed_with_the_command_that_records_it(tracker, tmp_path):
    path = tmp_path / "acats.xml"
    text = statement(trades=[trade("1", "20240304", "BUY", "20", "72.15")])
    text = text.replace("<CorporateActions>", '<Transfers>\n<Transfer accountId="U7654321" assetCategory="STK" '
                        'symbol="BABA" isin="US01609W1027" date="20240201" type="ACATS" direction="IN" '
                        'quantity="50" account="Schwab" transactionID="31" />\n</Transfers>\n<CorporateActions>')
    path.write_text(text)
    report = tracker.import_trades(path, dry_run=True)
    [moved] = report.not_imported
    assert moved.what == "BABA transfer in of 50 on 2024-02-01"
    assert "tracker transfers add --symbol BABA --date 2024-02-01 --quantity 50 --from-account 'Schwab' " \
           "--to-account 'U7654321'" in moved.reason
