"""Price files: every vendor layout parses to the same bars, every bad row is reported by line and
column, and the store upserts (adds once, updates on re-import, rolls back on cancel)."""
from __future__ import annotations

import io
from datetime import date, datetime, timezone
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from tests.shared_data import shared_file
from tracker.errors import TrackerError
from tracker.importers.prices import detect_format, parse_price_csv
from tracker.store import prices as store
from tracker.store.db import connect
from tracker.store.migrations import migrations

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def epoch(*parts: int) -> int:
    return int(datetime(*parts, tzinfo=timezone.utc).timestamp())


@pytest.fixture
def db(tmp_path):
    database = connect(tmp_path / "t.db")
    migrations.apply(database)
    yield database
    database.close()


def bar_count(db, symbol: str = "BABA") -> int:
    return db.execute("SELECT COUNT(*) FROM prices WHERE symbol = ?", [symbol]).fetchone()[0]


# --- real files ------------------------------------------------------------------------------

def test_yahoo_baba_daily_ipo_day_is_exact():
    bars = parse_price_csv(shared_file("prices_BABA_daily.csv"))
    assert bars.format == "yahoo" and bars.errors == []
    assert bars.rows == len(bars) == 2383
    assert bars.first == date(2014, 9, 19) and bars.last == date(2024, 3, 8)
    assert bars.ts[0] == epoch(2014, 9, 19)
    assert (bars.open[0], bars.high[0], bars.low[0], bars.close[0]) == (92.699997, 99.699997,
                                                                        89.949997, 93.889999)
    assert round(bars.close[0], 2) == 93.89 and bars.volume[0] == 271_879_400
    assert np.all(np.diff(bars.ts) > 0) and not bars.intraday


def test_snake_case_yfinance_file_with_adj_close_is_yahoo_and_keeps_the_raw_close():
    bars = parse_price_csv(shared_file("prices_BABA_daily_2024_2026.csv"))
    assert bars.format == "yahoo" and bars.errors == []
    assert len(bars) == 650 and not bars.looks_adjusted
    assert bars.first == date(2024, 3, 8) and bars.last == date(2026, 10, 9)
    assert bars.close[0] == 73.55                        # the raw close; adj_close is 70.1448


def test_yfinance_history_hk_bars_stay_at_midnight_of_their_hong_kong_date():
    bars = parse_price_csv(shared_file("prices_9988HK_daily.csv"))
    assert bars.format == "yahoo" and bars.errors == []
    assert len(bars) == 1363
    assert np.all(bars.ts % 86400 == 0)
    assert bars.first == date(2020, 1, 2) and bars.last == date(2025, 7, 18)
    assert bars.close[-1] == pytest.approx(115.80000305175781)
    assert int(np.sum(bars.volume == 0)) == 9            # zero volume is valid


def test_yfinance_history_with_daylight_saving_offsets_keeps_new_york_dates():
    bars = parse_price_csv(shared_file("prices_BABA_daily_2014_2025_adjusted_with_dividends.csv"))
    assert bars.errors == [] and len(bars) == 2615
    assert bars.first == date(2014, 9, 19) and bars.last == date(2025, 2, 11)   # -04:00 and -05:00
    assert np.all(bars.ts % 86400 == 0)


def test_a_history_file_across_the_march_clock_change_keeps_every_date():
    """yfinance's history() writes each bar with its New York offset; across a daylight-saving
    change the offsets differ within the file (pandas 2 and 3 disagree on how to say so)."""
    text = ("Date,Open,High,Low,Close,Volume,Dividends,Stock Splits\n"
            "2024-03-07 00:00:00-05:00,72.5,73.0,72.0,72.8,100,0.0,0.0\n"
            "2024-03-08 00:00:00-05:00,72.8,73.7,72.7,73.5,100,0.0,0.0\n"
            "2024-03-11 00:00:00-04:00,74.6,76.0,74.5,74.8,100,0.0,0.0\n")
    bars = parse_price_csv(io.StringIO(text))
    assert bars.errors == [] and len(bars) == 3
    assert (bars.first, bars.last) == (date(2024, 3, 7), date(2024, 3, 11))
    assert np.all(bars.ts % 86400 == 0)                  # daily bars, at the exchange's midnight


def test_yfinance_download_column_order_close_high_low_open():
    bars = parse_price_csv(shared_file("prices_BABA_daily_2021_2026_adjusted.csv"))
    assert bars.format == "yahoo" and bars.errors == [] and len(bars) == 1313
    assert bars.first == date(2021, 1, 4)
    assert bars.open[0] == pytest.approx(215.10592167570363)
    assert bars.close[0] == pytest.approx(216.3880157470703)
    assert bars.high[0] == pytest.approx(218.79074298441716)
    assert bars.low[0] == pytest.approx(213.71936057266117)


def _baba_slice(rows: int = 40) -> pd.DataFrame:
    frame = pd.read_csv(shared_file("prices_BABA_daily.csv"))
    return frame.iloc[:rows]


def test_nasdaq_export_of_real_bars_parses_to_the_same_bars(tmp_path):
    frame = _baba_slice()
    nasdaq = pd.DataFrame({
        "Date": pd.to_datetime(frame["Date"]).dt.strftime("%m/%d/%Y"),
        "Close/Last": frame["Close"].map(lambda v: f"${v:.6f}"),
        "Volume": frame["Volume"],
        "Open": frame["Open"].map(lambda v: f"${v:.6f}"),
        "High": frame["High"].map(lambda v: f"${v:.6f}"),
        "Low": frame["Low"].map(lambda v: f"${v:.6f}"),
    }).iloc[::-1]                                        # Nasdaq lists newest first
    path = tmp_path / "HistoricalData_BABA.csv"
    nasdaq.to_csv(path, index=False)
    yahoo = parse_price_csv(shared_file("prices_BABA_daily.csv"))
    bars = parse_price_csv(path)
    assert bars.format == "nasdaq" and bars.errors == [] and len(bars) == 40
    np.testing.assert_array_equal(bars.ts, yahoo.ts[:40])
    for column in ("open", "high", "low", "close", "volume"):
        np.testing.assert_allclose(getattr(bars, column), getattr(yahoo, column)[:40], rtol=1e-12)


def test_investing_export_of_real_bars_parses_to_the_same_bars(tmp_path):
    frame = _baba_slice()
    when = pd.to_datetime(frame["Date"])
    # Investing.com writes either form of date depending on the page; use both.
    dates = [d.strftime("%b %d, %Y") if i % 2 else d.strftime("%m/%d/%Y") for i, d in enumerate(when)]
    investing = pd.DataFrame({
        "Date": dates,
        "Price": frame["Close"].map(lambda v: f"{v:,.2f}"),
        "Open": frame["Open"].map(lambda v: f"{v:,.2f}"),
        "High": frame["High"].map(lambda v: f"{v:,.2f}"),
        "Low": frame["Low"].map(lambda v: f"{v:,.2f}"),
        "Vol.": frame["Volume"].map(lambda v: f"{v / 1e6:.2f}M"),
        "Change %": frame["Close"].pct_change().fillna(0).map(lambda v: f"{v:.2%}"),
    }).iloc[::-1]
    path = tmp_path / "BABA Historical Data.csv"
    investing.to_csv(path, index=False, quoting=1, encoding="utf-8-sig")
    yahoo = parse_price_csv(shared_file("prices_BABA_daily.csv"))
    bars = parse_price_csv(path)
    assert bars.format == "investing" and bars.errors == [] and len(bars) == 40
    np.testing.assert_array_equal(bars.ts, yahoo.ts[:40])
    for column in ("open", "high", "low", "close"):
        np.testing.assert_allclose(getattr(bars, column), np.round(getattr(yahoo, column)[:40], 2))
    np.testing.assert_allclose(bars.volume, yahoo.volume[:40], rtol=5e-3)   # 271.88M vs 271,879,400
    assert bars.close[0] == 93.89 and bars.volume[0] == 271_880_000


def test_investing_thousands_separators_volume_suffixes_and_unknown_volume():
    text = ('"Date","Price","Open","High","Low","Vol.","Change %"\n'
            '"Nov 21, 2026","1,234.50","1,200.00","1,250.00","1,190.25","1.2B","2.10%"\n'
            '"11/20/2026","1,209.10","1,210.00","1,215.00","1,201.00","830.2K","-0.50%"\n'
            '"11/19/2026","1,215.20","1,215.20","1,215.20","1,215.20","-","0.00%"\n')
    bars = parse_price_csv(io.StringIO(text))
    assert bars.format == "investing" and bars.errors == []
    assert bars.first == date(2026, 11, 19) and bars.last == date(2026, 11, 21)
    assert bars.close.tolist() == [1215.2, 1209.1, 1234.5]
    assert bars.low[-1] == 1190.25
    assert bars.volume.tolist() == [0.0, 830_200.0, 1_200_000_000.0]


# --- hand-written samples --------------------------------------------------------------------

def test_stooq_daily_sample():
    bars = parse_price_csv(FIXTURES / "stooq_daily.csv")
    assert bars.format == "stooq" and bars.errors == [] and len(bars) == 3
    assert bars.ts.tolist() == [epoch(2024, 1, 2), epoch(2024, 1, 3), epoch(2024, 1, 4)]
    assert bars.close.tolist() == [161.20, 158.40, 159.10]
    assert bars.volume.tolist() == [1200300, 980000, 1010500]


def test_stooq_intraday_date_and_time_columns_make_one_minute_bars():
    bars = parse_price_csv(FIXTURES / "stooq_intraday.csv")
    assert bars.format == "stooq" and bars.errors == [] and bars.intraday
    assert bars.ts.tolist() == [epoch(2024, 1, 2, 9, 31), epoch(2024, 1, 2, 9, 32),
                                epoch(2024, 1, 2, 9, 33)]
    assert bars.first == datetime(2024, 1, 2, 9, 31)


def test_stooq_bulk_file_with_compact_dates_and_times():
    bars = parse_price_csv(FIXTURES / "stooq_bulk_intraday.csv")
    assert bars.format == "stooq" and bars.errors == []
    assert bars.ts.tolist() == [epoch(2024, 1, 2, 15, 30), epoch(2024, 1, 2, 15, 35)]
    assert bars.volume.tolist() == [51210, 38100]


def test_intraday_date_column_with_times_and_yfinance_offsets_keep_the_wall_clock():
    text = ("Datetime,Open,High,Low,Close,Volume,Dividends,Stock Splits\n"
            "2024-01-02 09:30:00-05:00,74.1,74.5,74.0,74.3,100,0,0\n"
            "2024-01-02 09:31:00-05:00,74.3,74.4,74.2,74.2,90,0,0\n")
    bars = parse_price_csv(io.StringIO(text))
    assert bars.format == "yahoo" and bars.errors == []
    assert bars.ts.tolist() == [epoch(2024, 1, 2, 9, 30), epoch(2024, 1, 2, 9, 31)]


def test_yfinance_stacked_three_line_header():
    text = ("Price,Close,High,Low,Open,Volume\n"
            "Ticker,BABA,BABA,BABA,BABA,BABA\n"
            "Date,,,,,\n"
            "2025-01-02,84.5,85.0,83.0,83.5,1000\n"
            "2025-01-03,abc,86.0,84.0,85.0,1100\n")
    bars = parse_price_csv(io.StringIO(text))
    assert bars.format == "yahoo"
    assert bars.ts.tolist() == [epoch(2025, 1, 2)] and bars.open.tolist() == [83.5]
    assert [(e.line, e.field) for e in bars.errors] == [(5, "Close")]


def test_generic_mapping_without_volume_column():
    text = "when;o;h;l;c\n2024-01-02 09:31;10;11;9;10.5\n2024-01-02 09:32;10.5;10.6;10.4;10.4\n"
    bars = parse_price_csv(io.StringIO(text), mapping={"date": "when", "open": "o", "high": "h",
                                                        "low": "l", "close": "c"})
    assert bars.format == "generic" and bars.errors == []
    assert bars.ts.tolist() == [epoch(2024, 1, 2, 9, 31), epoch(2024, 1, 2, 9, 32)]
    assert bars.volume.tolist() == [0.0, 0.0]


def test_generic_mapping_naming_a_missing_column_reports_it():
    bars = parse_price_csv(FIXTURES / "unknown_header.csv",
                           mapping={"date": "Day", "open": "First", "high": "Top",
                                    "low": "Bottom", "close": "Close"})
    assert [(e.line, e.field) for e in bars.errors] == [(1, "header")]
    assert "Close" in bars.errors[0].message and len(bars) == 0


def test_generic_mapping_without_a_date_column_asks_for_one():
    bars = parse_price_csv(FIXTURES / "unknown_header.csv",
                           mapping={"open": "First", "high": "Top", "low": "Bottom", "close": "Last"})
    assert [(e.field, e.message) for e in bars.errors] == [("mapping", "choose a column for date")]


def test_detect_format_from_headers():
    assert detect_format("Date,Open,High,Low,Close,Adj Close,Volume".split(",")) == "yahoo"
    assert detect_format("Date,Close,High,Low,Open,Volume".split(",")) == "yahoo"
    assert detect_format("Date,Open,High,Low,Close,Volume".split(",")) == "stooq"
    # Stooq writes no adjusted close: a lowercase file with one is yfinance's, renamed
    assert detect_format("date,open,high,low,close,adj_close,volume".split(",")) == "yahoo"
    assert detect_format("date,open,high,low,close,volume".split(",")) == "stooq"
    assert detect_format("Date,Close/Last,Volume,Open,High,Low".split(",")) == "nasdaq"
    assert detect_format("Date,Price,Open,High,Low,Vol.,Change %".split(",")) == "investing"
    assert detect_format("Day,First,Top,Bottom,Last".split(",")) is None


def test_unknown_format_name_is_a_user_error():
    with pytest.raises(TrackerError, match="unknown price format"):
        parse_price_csv(FIXTURES / "stooq_daily.csv", fmt="bloomberg")


def test_missing_file_is_a_user_error(tmp_path):
    with pytest.raises(TrackerError, match="cannot read"):
        parse_price_csv(tmp_path / "nope.csv")


# --- malformed files: every failure named by line and column ----------------------------------

MALFORMED = {
    "bad_date.csv": [(4, "Date", "not a date", "2024-13-04")],
    "high_below_low.csv": [(3, "High", "high is below low", "High 9.0, Low 10.0"),
                           (4, "Close", "close is above high", "Close 12.5, High 12.0")],
    "negative_volume.csv": [(3, "Volume", "must not be negative", "-1200")],
    "non_numeric_price.csv": [(4, "Close", "not a number", "abc")],
    "duplicate_date.csv": [(4, "Date", "same date as line 2", "2024-01-02")],
    "empty.csv": [(1, "header", "file is empty", None)],
    "header_only.csv": [(2, "rows", "no price rows", None)],
    "unknown_header.csv": [(1, "header", "not recognised", "Day,First,Top,Bottom,Last,Shares")],
    "yahoo_null_row.csv": [(3, "Open", "no price on this row (Open, High, Low, Close empty", "null")],
    "extra_field.csv": [(3, "row", "8 fields where the header has 7 columns", None)],
}


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_malformed_file_reports_line_and_field(name):
    bars = parse_price_csv(FIXTURES / name)
    got = [(e.line, e.field, e.text) for e in bars.errors]
    assert got == [(line, field_, text) for line, field_, _, text in MALFORMED[name]]
    for error, (_, _, message, _) in zip(bars.errors, MALFORMED[name]):
        assert message in error.message
    assert not bars.ok            # the whole file is refused, valid rows included


def test_a_row_cut_short_is_named_as_such_not_as_empty_prices(tmp_path):
    header = "Date,Open,High,Low,Close,Volume\n"
    short = tmp_path / "short.csv"
    short.write_text(header + "2024-03-01,74.5,75.09,74.37,74.9,1000\n2024-03-04,74.5,75\n")
    emptied = tmp_path / "emptied.csv"
    emptied.write_text(header + "2024-03-01,74.5,75.09,74.37,74.9,1000\n2024-03-04,74.5,75,,,\n")
    for source in (short, short.read_text()):            # a file, and text read from standard input
        bars = parse_price_csv(source) if isinstance(source, Path) else parse_price_csv(io.StringIO(source))
        assert [(e.line, e.field, e.message) for e in bars.errors] == [
            (3, "row", "3 fields where the header has 6 columns")]
    assert [(e.line, e.field) for e in parse_price_csv(emptied).errors] == [(3, "Low")]
    assert "no price on this row (Low, Close empty or null)" in parse_price_csv(emptied).errors[0].message


def test_all_errors_are_collected_in_line_order(tmp_path):
    lines = ["Date,Open,High,Low,Close,Volume"]
    for day in range(1, 29):
        lines.append(f"2024-02-{day:02d},10,11,9,{'x' if day % 2 else '10'},-5")
    path = tmp_path / "many.csv"
    path.write_text("\n".join(lines) + "\n")
    bars = parse_price_csv(path)
    assert len(bars.errors) == 28 + 14                 # every volume, every other close
    assert [e.line for e in bars.errors] == sorted(e.line for e in bars.errors)
    assert bars.errors[0].line == 2 and {e.field for e in bars.errors} == {"Close", "Volume"}
    assert len(bars) == 0


def test_blank_lines_are_skipped_but_line_numbers_stay_true(tmp_path):
    path = tmp_path / "gaps.csv"
    path.write_text("Date,Open,High,Low,Close,Volume\n2024-01-02,10,11,9,10,5\n\n"
                    "2024-01-03,10,11,9,0,5\n\n")
    bars = parse_price_csv(path)
    assert bars.rows == 2
    assert [(e.line, e.field, e.message) for e in bars.errors] == [
        (4, "Close", "must be greater than 0")]


# --- store -----------------------------------------------------------------------------------

def test_upsert_real_file_then_reimport_overlap_updates_and_adds_nothing_twice(db):
    bars = parse_price_csv(shared_file("prices_BABA_daily.csv"))
    with db.atomic():
        assert store.upsert_bars(db, "BABA", bars) == (2383, 0)
    overlap = {name: getattr(bars, name)[-100:].copy() for name in store.COLUMNS}
    overlap["close"] = overlap["close"] + 1.0
    extra_ts = overlap["ts"][-1] + 3 * 86400
    for name in store.COLUMNS:
        tail = extra_ts if name == "ts" else overlap[name][-1]
        overlap[name] = np.append(overlap[name], tail)
    with db.atomic():
        assert store.upsert_bars(db, "BABA", overlap) == (1, 100)
    assert bar_count(db) == 2384
    loaded = store.load_bars(db, "BABA")
    assert loaded["ts"].dtype == np.int64 and loaded["close"].dtype == np.float64
    assert loaded["close"][-2] == pytest.approx(73.550003 + 1.0)
    assert loaded["close"][0] == pytest.approx(93.889999)
    assert store.last_bar_date(db, "BABA") == date(2024, 3, 11)


def test_delete_bars_removes_only_the_given_times(db):
    bars = _minute_bars(1_000)
    with db.atomic():
        store.upsert_bars(db, "BABA", bars)
        assert store.delete_bars(db, "BABA", bars["ts"][100:200]) == 100
        assert store.delete_bars(db, "9988.HK", bars["ts"]) == 0
    left = store.load_bars(db, "BABA")["ts"]
    assert len(left) == 900 and not np.isin(bars["ts"][100:200], left).any()


def test_count_existing_for_a_dry_run(db):
    bars = parse_price_csv(shared_file("prices_BABA_daily.csv"))
    with db.atomic():
        store.upsert_bars(db, "BABA", {name: getattr(bars, name)[:1000] for name in store.COLUMNS})
    assert store.count_existing(db, "BABA", bars.ts) == 1000
    assert store.count_existing(db, "BABA", bars.ts[900:1100]) == 100
    assert store.count_existing(db, "9988.HK", bars.ts) == 0


def _minute_bars(n: int, start: int = epoch(2024, 1, 2, 9, 30)) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(3)
    close = 80 + np.cumsum(rng.normal(0, 0.05, n))
    return {"ts": start + 60 * np.arange(n, dtype=np.int64), "open": close, "high": close + 0.1,
            "low": close - 0.1, "close": close, "volume": rng.integers(0, 1000, n).astype(float)}


def test_cancel_mid_way_rolls_back_everything(db):
    bars = _minute_bars(120_000)
    seen = []

    def progress(done, total):
        seen.append((done, total))

    with pytest.raises(store.Cancelled, match="cancelled"):
        with db.atomic():
            store.upsert_bars(db, "BABA", bars, progress=progress,
                              should_cancel=lambda: len(seen) >= 1)
    assert seen == [(50_000, 120_000)]
    assert bar_count(db) == 0


def test_progress_reaches_the_total(db):
    seen = []
    with db.atomic():
        added, updated = store.upsert_bars(db, "BABA", _minute_bars(120_000),
                                           progress=lambda d, t: seen.append(d))
    assert (added, updated) == (120_000, 0) and seen == [50_000, 100_000, 120_000]


def test_load_range_and_daily_closes_collapse_intraday_bars(db):
    minutes = _minute_bars(3 * 24 * 60, start=epoch(2024, 1, 2))      # three whole days
    with db.atomic():
        store.upsert_bars(db, "9988.HK", minutes)
    day_two = store.load_bars(db, "9988.HK", epoch(2024, 1, 3), epoch(2024, 1, 3, 23, 59))
    assert len(day_two["ts"]) == 1440 and day_two["ts"][0] == epoch(2024, 1, 3)
    closes = store.daily_closes(db, "9988.HK")
    assert [d for d, _ in closes] == [date(2024, 1, 2), date(2024, 1, 3), date(2024, 1, 4)]
    assert closes[-1][1] == pytest.approx(minutes["close"][-1])
    assert closes[0][1] == pytest.approx(minutes["close"][1439])
    assert store.daily_closes(db, "BABA") == [] and store.last_bar_date(db, "BABA") is None


def test_daily_closes_of_loaded_minute_bars_are_those_sqlite_picks(db):
    """The chart's bars, once read, give the figures their daily closes: the same days and closes
    as SQLite's own pass over the stored bars."""
    with db.atomic():
        store.upsert_bars(db, "9988.HK", _minute_bars(3 * 24 * 60 + 17))
    bars, clean = store.load_bars_checked(db, "9988.HK")
    closes = store.daily_closes_of(bars["ts"], bars["close"])
    assert clean and closes == store.daily_closes(db, "9988.HK") and len(closes) == 4
    assert store.daily_closes_of(np.zeros(0, dtype=np.int64), np.zeros(0)) == []


def test_daily_closes_of_real_baba_closes_are_those_sqlite_picks(db):
    frame = pd.read_csv(shared_file("prices_BABA_daily.csv"))
    ts = np.array([epoch(*map(int, d.split("-"))) for d in frame["Date"]], dtype=np.int64)
    close = frame["Close"].to_numpy(dtype=float)
    with db.atomic():
        store.upsert_bars(db, "BABA", {"ts": ts, "open": close, "high": close, "low": close, "close": close,
                                       "volume": np.zeros(len(ts))})
    bars, clean = store.load_bars_checked(db, "BABA")
    closes = store.daily_closes_of(bars["ts"], bars["close"])
    assert clean and len(closes) == len(frame) and closes == store.daily_closes(db, "BABA")
    assert closes[0] == (date(2014, 9, 19), pytest.approx(93.889999))


def test_figures_take_closes_from_sqlite_when_a_loaded_bar_was_skipped(tmp_path):
    """A damaged bar the chart cannot draw may still carry a usable close: with one skipped, the
    closes come from SQLite's pass, as before the chart's bars were read."""
    from tracker.app.tracker import Tracker
    minutes = _minute_bars(2 * 24 * 60, start=epoch(2024, 1, 2))
    with Tracker(tmp_path / "t.db", make_backups=False) as t:
        with t.write():
            store.upsert_bars(t.db, "BABA", minutes)
            t.db.execute("UPDATE prices SET open = -1 WHERE ts = ?", [epoch(2024, 1, 2, 23, 59)])
        before = t.daily_closes("BABA")
        assert len(t.bars("BABA")) == len(minutes["ts"]) - 1      # the chart reads them, one skipped
        assert t.daily_closes("BABA") == before == store.daily_closes(t.db, "BABA")
        assert before[0] == (date(2024, 1, 2), pytest.approx(minutes["close"][1439]))


def test_upsert_for_an_unknown_symbol_is_refused(db):
    with pytest.raises(TrackerError, match="unknown symbol"):
        with db.atomic():
            store.upsert_bars(db, "TSLA", _minute_bars(10))
