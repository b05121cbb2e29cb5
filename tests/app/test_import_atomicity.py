"""Every refused import leaves the database exactly as it was; accepted ones write all rows."""
from pathlib import Path

import pytest

from tests.shared_data import shared_file
from tracker.errors import TrackerError, ValidationError

FIXTURES = Path(__file__).resolve().parents[1] / "importers" / "fixtures"
MALFORMED_PRICES = ["bad_date.csv", "duplicate_date.csv", "empty.csv", "extra_field.csv", "header_only.csv",
                    "high_below_low.csv", "negative_volume.csv", "non_numeric_price.csv",
                    "unknown_header.csv", "yahoo_null_row.csv"]


def content(tracker) -> list[str]:
    """Every fact in the file; the change counters (revisions, id sequences) move with any write."""
    return [line for line in tracker.db.conn.iterdump()
            if '"revisions"' not in line and '"sqlite_sequence"' not in line]


@pytest.fixture
def seeded(tracker, tmp_path):
    """A database that already holds prices and trades, so 'unchanged' means something."""
    good = tmp_path / "good.csv"
    good.write_text("Date,Open,High,Low,Close,Adj Close,Volume\n2024-01-02,73,74,72,73.5,73.5,100\n")
    tracker.import_prices(good, "BABA")
    trades = tmp_path / "t.csv"
    trades.write_text("date,symbol,side,quantity,price\n2024-01-02,BABA,buy,10,73.2\n")
    tracker.import_trades(trades)
    return tracker


@pytest.mark.parametrize("name", MALFORMED_PRICES)
def test_malformed_price_file_leaves_database_unchanged(seeded, name):
    before = content(seeded)
    with pytest.raises(TrackerError):
        seeded.import_prices(FIXTURES / name, "BABA")
    assert content(seeded) == before


@pytest.mark.parametrize("name", ["trades_bad.csv", "trades_header_only.csv", "trades_missing_price.csv"])
def test_malformed_trade_file_leaves_database_unchanged(seeded, name):
    before = content(seeded)
    with pytest.raises(TrackerError):
        seeded.import_trades(FIXTURES / name)
    assert content(seeded) == before


def test_trade_file_that_oversells_somewhere_in_history_writes_nothing(seeded, tmp_path):
    path = tmp_path / "over.csv"
    # row 2 is fine on its own; row 3 sells more than the 10 + 5 held on 2024-02-01
    path.write_text("date,symbol,side,quantity,price\n2024-01-05,BABA,buy,5,70\n2024-02-01,BABA,sell,16,80\n")
    before = content(seeded)
    with pytest.raises(ValidationError) as exc:
        seeded.import_trades(path)
    assert any(e.field == "quantity" for e in exc.value.errors)
    assert content(seeded) == before


def test_cancelled_price_import_leaves_database_unchanged(seeded):
    path = shared_file("prices_BABA_daily.csv")
    before = content(seeded)
    with pytest.raises(TrackerError):
        seeded.import_prices(path, "BABA", should_cancel=lambda: True)
    assert content(seeded) == before


def test_price_import_can_be_reverted_exactly(seeded):
    path = shared_file("prices_BABA_daily.csv")
    before = content(seeded)
    report = seeded.import_prices(path, "BABA")
    assert (report.added, report.updated) == (2382, 1)   # 2024-01-02 was already there
    seeded.revert_price_import(report)
    assert content(seeded) == before


def test_trade_import_identical_rows_both_count_and_reimport_adds_nothing(tracker, tmp_path):
    path = tmp_path / "twice.csv"
    path.write_text("date,symbol,side,quantity,price,fee\n"
                    "2024-01-02,BABA,buy,10,73.2,1\n2024-01-02,BABA,buy,10,73.2,1\n")
    assert tracker.import_trades(path).added == 2
    again = tracker.import_trades(path)
    assert (again.added, again.skipped) == (0, 2)
    assert len(tracker.trades()) == 2


def test_cancelled_trade_import_writes_nothing(seeded, tmp_path):
    from tracker.errors import ImportCancelled
    path = tmp_path / "many.csv"
    path.write_text("date,symbol,side,quantity,price\n" +
                    "".join(f"2024-01-{d:02d},BABA,buy,1,70\n" for d in (3, 4, 5, 8, 9)))
    before = content(seeded)
    with pytest.raises(ImportCancelled):
        seeded.import_trades(path, should_cancel=lambda: True)
    assert content(seeded) == before


def test_refused_price_import_still_reports_the_detected_format(tracker):
    with pytest.raises(ValidationError) as exc:
        tracker.import_prices(FIXTURES / "high_below_low.csv", "BABA")
    assert exc.value.report.format == "yahoo"


def test_undone_then_redone_trade_import_keeps_its_keys(tracker, tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("date,symbol,side,quantity,price\n2024-01-02,BABA,buy,10,73.2\n2024-01-03,BABA,sell,4,75\n")
    report = tracker.import_trades(path)
    trades = [tracker.trade(i) for i in report.added_ids]
    tracker.revert_trade_import(report)
    assert tracker.trades() == []
    tracker.restore_trades(trades, report.added_keys)
    assert [t.id for t in tracker.trades()] == report.added_ids
    assert tracker.import_trades(path).added == 0       # the file is still known
