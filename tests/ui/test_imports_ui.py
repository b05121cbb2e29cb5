"""Imports from the window: the dialogs' preview and errors, the worker thread, Cancel, undo."""
from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton

from tests.shared_data import shared_file
from tests.ui.conftest import table_rows
from tracker.ui import i18n


def click_import(qtbot, window, dialog):
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.busy, timeout=30_000)


def test_import_a_real_price_file_through_the_dialog(window, qtbot):
    path = shared_file("prices_BABA_daily.csv")
    dialog = window.import_prices(path)
    assert dialog.symbol.currentData() == "BABA"                   # guessed from the file name
    assert "Yahoo Finance" in dialog.format_label.text()
    assert dialog.preview.rowCount() == 8
    assert dialog.preview.horizontalHeaderItem(0).text() == "Date"
    assert dialog.preview.item(0, 0).text() == "2014-09-19"
    rows = sum(1 for _ in open(path)) - 1
    assert f"{rows:,} to add" in dialog.summary.text() and "0 to update" in dialog.summary.text()
    assert "auto_adjust" not in dialog.summary.text()            # Yahoo's own download: raw prices
    assert dialog.errors == [] and not dialog.error_list.isVisible()

    click_import(qtbot, window, dialog)
    bars = window.tracker.bars("BABA")
    assert len(bars) == rows
    last = window.tracker.last_price_date("BABA")
    assert window.status_prices.text() == f"BABA prices through {last}"
    assert f"through {last}" in window.summary.empty.text.text()

    window.act_undo.trigger()                                      # one step undoes the import
    assert len(window.tracker.bars("BABA")) == 0
    assert "no prices" in window.status_prices.text()
    window.act_redo.trigger()
    assert len(window.tracker.bars("BABA")) == rows

    again = window.import_prices(path)                             # the same file again: updates only
    assert "0 to add" in again.summary.text() and "0 to update" in again.summary.text()
    again.reject()


def test_the_hong_kong_file_goes_to_9988(window, qtbot):
    dialog = window.import_prices(shared_file("prices_9988HK_daily.csv"))
    assert dialog.symbol.currentData() == "9988.HK"
    click_import(qtbot, window, dialog)
    assert len(window.tracker.bars("9988.HK")) > 1000
    assert window.chart_symbol == "9988.HK"                         # the chart shows what came in


def test_a_malformed_price_file_lists_every_error_and_cannot_be_imported(window, tmp_path):
    bad = tmp_path / "BABA_bad.csv"
    bad.write_text("Date,Open,High,Low,Close,Volume\n"
                   "2024-01-02,80,81,79,80.5,1000\n"
                   "2024-01-03,abc,81,79,80.5,1000\n"
                   "2024-13-04,80,81,79,80.5,1000\n"
                   "2024-01-05,80,79,81,80.5,1000\n", encoding="utf-8")
    dialog = window.import_prices(bad)
    assert dialog.format_label.text() == "detected: Stooq"         # the refusal still names the format
    assert dialog.summary.text() == "4 rows read."
    lines = [dialog.error_list.item(i).text() for i in range(dialog.error_list.count())]
    assert any(text.startswith("line 3:") for text in lines)
    assert any(text.startswith("line 4:") for text in lines)
    assert any(text.startswith("line 5:") for text in lines)
    assert dialog.error_list.isVisible() and "problem" in dialog.error_title.text()
    assert not dialog.import_button.isEnabled()
    dialog.reject()
    assert len(window.tracker.bars("BABA")) == 0


def test_an_unrecognised_header_can_be_mapped_as_generic(window, tmp_path):
    odd = tmp_path / "baba_odd.csv"
    odd.write_text("day;first;top;bottom;last;shares\n2024-01-02;80;81;79;80.5;1000\n"
                   "2024-01-03;80.5;82;80;81;2000\n", encoding="utf-8")
    dialog = window.import_prices(odd)
    assert not dialog.import_button.isEnabled() and dialog.errors
    dialog.format.setCurrentIndex(dialog.format.findData("generic"))
    assert dialog.mapping_box.isVisibleTo(dialog)
    for role, column in {"date": "day", "open": "first", "high": "top", "low": "bottom",
                         "close": "last", "volume": "shares"}.items():
        combo = dialog.mapping[role]
        combo.setCurrentIndex(combo.findData(column))
    assert dialog.errors == [] and dialog.import_button.isEnabled()
    assert "2 to add" in dialog.summary.text()


def _big_intraday_file(path, rows=150_000):
    start = datetime(2024, 1, 2, 9, 30)
    with open(path, "w", encoding="utf-8") as f:
        f.write("Date,Open,High,Low,Close,Volume\n")
        for i in range(rows):
            t = start + timedelta(minutes=i)
            f.write(f"{t:%Y-%m-%d %H:%M:%S},80,81,79,80.5,100\n")
    return path


def test_cancel_leaves_the_database_as_it_was(window, qtbot, tmp_path):
    path = _big_intraday_file(tmp_path / "BABA_minutes.csv")
    dialog = window.import_prices(path)
    assert "150,000 to add" in dialog.summary.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert window.busy and not window.act_new_trade.isEnabled()    # no other write while importing
    assert not window.act_import_prices.isEnabled()
    progress = window.findChild(QProgressDialog, "importProgress")
    [cancel] = [b for b in progress.findChildren(QPushButton) if b.text() == "Cancel"]
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.busy, timeout=30_000)
    assert len(window.tracker.bars("BABA")) == 0
    assert window.undo_stack.count() == 0
    assert "cancelled" in window.statusBar().currentMessage().lower()
    assert window.act_new_trade.isEnabled()


def test_a_big_import_runs_on_a_worker_thread_with_progress(window, qtbot, tmp_path):
    path = _big_intraday_file(tmp_path / "BABA_minutes.csv", rows=120_000)
    dialog = window.import_prices(path)
    seen = []
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    task = window.current_task
    assert task is not None and task.isRunning()
    task.progressed.connect(lambda done, total: seen.append((done, total)))
    qtbot.waitUntil(lambda: not window.busy, timeout=60_000)
    assert len(window.tracker.bars("BABA")) == 120_000
    assert seen and seen[-1][1] == 120_000
    assert window.undo_stack.count() == 1


def _trades_csv(path, rows):
    path.write_text("date,symbol,side,quantity,price,fee,currency,note\n"
                    + "".join(",".join(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_import_trades_through_the_dialog_then_undo(window, qtbot, tmp_path):
    path = _trades_csv(tmp_path / "broker.csv", [
        ("2024-01-02", "BABA", "buy", "100", "72.5", "1", "USD", "first"),
        ("2024-02-01", "9988.HK", "buy", "800", "68.2", "10", "HKD", ""),
        ("2024-03-01", "BABA", "sell", "40", "76", "1", "USD", "trim"),
    ])
    dialog = window.import_trades(path)
    assert dialog.preview.rowCount() == 3
    assert "3 trades to add" in dialog.summary.text()
    click_import(qtbot, window, dialog)
    assert len(table_rows(window)) == 3
    assert window.summary.cards["BABA"].figure_text("shares") == "60"
    window.act_undo.trigger()
    assert window.tracker.trades() == [] and window.summary.is_empty_state
    window.act_redo.trigger()
    assert len(window.tracker.trades()) == 3

    again = window.import_trades(path)                              # already imported: nothing to add
    assert "already imported" in again.summary.text()
    again.reject()


def test_redo_of_an_undone_trade_import_is_exact(window, qtbot, tmp_path):
    path = _trades_csv(tmp_path / "broker.csv", [
        ("2024-01-02", "BABA", "buy", "100", "72.5", "1", "USD", "first"),
        ("2024-03-01", "BABA", "sell", "40", "76", "1", "USD", "trim"),
    ])
    click_import(qtbot, window, window.import_trades(path))
    imported = window.tracker.trades()
    window.act_undo.trigger()
    window.act_redo.trigger()
    assert window.tracker.trades() == imported                      # same ids, same values
    assert window.undo_stack.count() == 1 and window.undo_stack.canUndo()

    again = window.import_trades(path)                              # the import keys came back too
    assert "every trade in this file is already imported (2 skipped)" in again.summary.text()
    assert not again.import_button.isEnabled()
    again.reject()
    assert window.tracker.import_trades(str(path), dry_run=True).added == 0

    window.act_undo.trigger()                                       # and the redone step undoes again
    assert window.tracker.trades() == []


def test_cancel_during_a_trade_import_leaves_the_database_as_it_was(window, qtbot, tmp_path):
    start = datetime(2020, 1, 2).date()
    rows = [((start + timedelta(days=i % 1500)).isoformat(), "BABA", "buy", "1", "80", "0", "USD", f"n{i}")
            for i in range(20_000)]
    dialog = window.import_trades(_trades_csv(tmp_path / "many.csv", rows))
    assert "20,000 trades to add" in dialog.summary.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert window.busy and not window.act_new_trade.isEnabled()
    progress = window.findChild(QProgressDialog, "importProgress")
    assert "20,000 trades" in progress.labelText()
    [cancel] = [b for b in progress.findChildren(QPushButton) if b.text() == "Cancel"]
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.busy, timeout=30_000)
    assert window.tracker.trades() == [] and table_rows(window) == []
    assert window.undo_stack.count() == 0
    assert "cancelled" in window.statusBar().currentMessage().lower()
    assert window.act_new_trade.isEnabled()


def test_a_trade_file_with_errors_shows_each_line(window, tmp_path):
    path = _trades_csv(tmp_path / "broker.csv", [
        ("2024-01-02", "BABA", "buy", "100", "72.5", "1", "USD", ""),
        ("2024-01-03", "BABA", "hold", "100", "72.5", "1", "USD", ""),
        ("2024-01-04", "BABA", "buy", "-5", "72.5", "1", "USD", ""),
    ])
    dialog = window.import_trades(path)
    lines = [dialog.error_list.item(i).text() for i in range(dialog.error_list.count())]
    assert any(t.startswith("line 3:") for t in lines) and any(t.startswith("line 4:") for t in lines)
    assert not dialog.import_button.isEnabled()
    dialog.reject()
    assert window.tracker.trades() == []


def test_closing_the_price_dialog_writes_nothing(window):
    dialog = window.import_prices(shared_file("prices_BABA_daily.csv"))
    assert dialog.import_button.isEnabled()
    dialog.reject()
    assert len(window.tracker.bars("BABA")) == 0
    assert window.undo_stack.count() == 0


def test_closing_the_window_during_an_import_rolls_it_back(window, qtbot, tmp_path, db_path):
    from tracker.app.tracker import Tracker
    path = _big_intraday_file(tmp_path / "BABA_minutes.csv")
    dialog = window.import_prices(path)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert window.busy
    window.close()                                                 # cancels, waits, then closes
    qtbot.wait(50)                                                 # late signals find a closed window
    with Tracker(db_path) as t:
        assert len(t.bars("BABA")) == 0


def test_a_yfinance_history_file_is_said_to_hold_adjusted_prices(window):
    """yfinance's history() adjusts for dividends and splits unless told otherwise: its file
    imports (there may be no other), with a word that its past closes read lower than they traded."""
    dialog = window.import_prices(shared_file("prices_9988HK_daily.csv"))
    assert "auto_adjust=True" in dialog.summary.text() and "raw" in dialog.summary.text()
    assert dialog.import_button.isEnabled()
    dialog.reject()


def test_a_close_out_of_line_is_shown_before_the_import(window, qapp, english_again, tmp_path):
    """A slipped decimal point on one line of a real file: the preview names the line and the
    closes on either side, and the file can still be imported (it may be the stored bars that are
    wrong)."""
    lines = shared_file("prices_BABA_daily.csv").read_text().splitlines()
    day, open_, high, low, close, adjusted, volume = lines[1000].split(",")
    lines[1000] = ",".join((day, open_, f"{float(high) * 10:.6f}", low, f"{float(close) * 10:.6f}",
                            adjusted, volume))
    typo = tmp_path / "BABA.csv"
    typo.write_text("\n".join(lines) + "\n")
    dialog = window.import_prices(typo)
    text = dialog.summary.text()
    assert f"⚠ Line 1001: close 1,623.70 on {day} is 10.2× the close before it" in text
    assert "a typo? (imported all the same: check the file)" in text
    assert dialog.import_button.isEnabled()
    dialog.reject()
    i18n.install(qapp, language="zh_CN")
    chinese = window.import_prices(typo)
    assert f"⚠ 第 1001 行：{day} 的收盘价 1,623.70 是前一个收盘价" in chinese.summary.text()
    assert "的 10.2 倍" in chinese.summary.text() and "（仍会导入：请检查文件）" in chinese.summary.text()
    chinese.reject()


def test_another_listings_closes_are_refused_unless_the_stored_ones_are_to_be_replaced(window, qtbot, tmp_path):
    """The Hong Kong file, without its days NYSE was closed, chosen for BABA over BABA's own
    closes: refused, with the choice to replace the stored bars (they may be the wrong ones);
    undo puts them back."""
    import csv
    from datetime import date

    from tracker.app.earnings import trading_calendar
    t = window.tracker
    t.import_prices(shared_file("prices_BABA_daily.csv"), "BABA")
    before = t.bars("BABA").close.copy()
    nyse = trading_calendar("XNYS")
    rows = list(csv.reader(shared_file("prices_9988HK_daily.csv").open()))
    foreign = tmp_path / "BABA_from_somewhere.csv"
    with foreign.open("w", newline="") as out:
        csv.writer(out).writerows([rows[0]] + [r for r in rows[1:] if nyse.has_session(date.fromisoformat(r[0][:10]))])
    dialog = window.import_prices(foreign)
    assert dialog.symbol.currentData() == "BABA"
    assert any("another listing's or series' prices?" in e.message for e in dialog.errors)
    assert dialog.replace.isVisibleTo(dialog) and not dialog.import_button.isEnabled()
    dialog.replace.setChecked(True)
    assert dialog.errors == [] and dialog.import_button.isEnabled()
    click_import(qtbot, window, dialog)
    assert len(t.bars("BABA")) > len(before) and list(t.bars("BABA").close[:10]) == list(before[:10])
    window.act_undo.trigger()
    assert list(t.bars("BABA").close) == list(before)
