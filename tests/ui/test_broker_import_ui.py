"""The trade import dialog with an IBKR Flex statement and with a broker's CSV mapped by hand:
rows as they will be read, possible duplicates, presets, and what lands in the window."""
from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.brokers.conftest import FIXTURES
from tests.brokers.test_mapped_csv import FUTU
from tests.ui.conftest import table_rows

SHOTS = os.environ.get("TRACKER_SHOTS")         # a folder: the dialogs are saved there as PNGs


def shot(widget, name):
    if SHOTS:
        QApplication.processEvents()          # laid out as shown
        widget.grab().save(os.path.join(SHOTS, name))


def read_rows(dialog):
    table = dialog.read_table
    return [tuple(table.item(r, c).text() for c in range(table.columnCount())) for r in range(table.rowCount())]


def click_import(qtbot, window, dialog):
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.busy, timeout=30_000)



def test_the_summary_counts_each_kind_in_the_singular_and_in_chinese(window, qapp, english_again, tmp_path):
    from tracker.ui import i18n
    one = tmp_path / "one.csv"
    one.write_text("date,symbol,side,quantity,price,fee,currency,note\n2024-03-01,BABA,buy,10,80,1,USD,\n")
    dialog = window.import_trades(one)
    assert dialog.summary.text().startswith("1 row: <b>1 trade to add</b>")
    dialog.reject()
    i18n.install(qapp, language="zh_CN")
    dialog = window.import_trades(FIXTURES / "ibkr_statement.xml")
    assert "13 行：<b>将添加 3 笔交易, 1 笔股息, 1 笔费用</b>" in dialog.summary.text()
    dialog.reject()

def test_a_flex_statement_previews_every_row_and_imports(window, qtbot):
    dialog = window.import_trades(FIXTURES / "ibkr_statement.xml")
    shot(dialog, "import_ibkr.png")
    assert "IBKR Flex statement" in dialog.format_label.text()
    assert not dialog.preview.isVisible()                      # no raw CSV rows for an XML file
    rows = read_rows(dialog)
    assert ("7", "add", "2024-03-04 buy 20 BABA at 72.15 USD, fee 1.00", "U7654321") in rows
    assert ("10", "not imported: not an Alibaba listing", "MSFT trade", "") in rows
    assert any(r[0] == "26" and r[1] == "corporate action, not applied" for r in rows)
    assert any(r[0] == "19" and r[1].startswith("cancelled: cancels 3.32 of line 17") for r in rows)
    assert "13 rows: <b>3 trades, 1 dividend, 1 fee to add</b>" in dialog.summary.text()
    assert dialog.record_splits.isEnabled() and not dialog.record_splits.isChecked()   # offered, not applied
    click_import(qtbot, window, dialog)
    assert window.summary.cards["BABA"].figure_text("shares") == "15"
    assert len(table_rows(window)) == 5
    window.act_undo.trigger()                                  # one step takes all five back out
    assert window.tracker.trades() == [] and window.tracker.dividends() == [] and window.tracker.fees() == []
    window.act_redo.trigger()
    assert len(window.tracker.fees()) == 1
    again = window.import_trades(FIXTURES / "ibkr_statement.xml")
    assert "every activity in this file is already imported (5 skipped)" in again.summary.text()
    assert not again.import_button.isEnabled()
    again.reject()


def test_a_mapped_csv_previews_rows_as_read_and_saves_a_preset(window, qtbot, tmp_path):
    path = tmp_path / "futu.csv"
    path.write_text(FUTU, encoding="utf-8")
    dialog = window.import_trades(path)
    assert dialog.errors and "Map the columns" in dialog.format_label.text()     # not our layout
    dialog.format.setCurrentIndex(dialog.format.findData("\0mapped"))
    assert dialog.mapping_box.isVisible()
    for role, column in {"date": "成交时间", "symbol": "代码", "side": "方向", "quantity": "数量",
                         "price": "成交价格", "fee": "佣金", "tax": "印花税", "account": "账户"}.items():
        combo = dialog.columns[role]
        combo.setCurrentIndex(combo.findData(column))
    dialog.date_order.setCurrentIndex(dialog.date_order.findData("DMY"))
    dialog.decimal.setCurrentIndex(dialog.decimal.findData(","))
    assert dialog.errors == []
    assert read_rows(dialog)[0] == ("2", "add", "2024-03-01 buy 1000 9988.HK at 70.50 HKD, fee 86.00", "Futu HK")
    dialog._save_preset("futu")
    assert dialog.format.currentData() == "futu"
    shot(dialog, "import_mapped.png")
    click_import(qtbot, window, dialog)
    assert window.summary.cards["9988.HK"].figure_text("shares") == "800"

    path.write_text(FUTU.replace("HKD;Futu HK", "HKD;renamed"), encoding="utf-8")   # other notes, same trades
    again = window.import_trades(path)
    again.format.setCurrentIndex(again.format.findData("futu"))        # the preset, reused
    assert [r[1] for r in read_rows(again)][:2] == ["possible duplicate: skipped"] * 2
    assert not again.import_button.isEnabled()
    again.duplicates.setChecked(True)
    assert again.import_button.isEnabled() and "2 possible duplicates (imported)" in again.summary.text()
    again.reject()


def test_file_export_all_activities_imports_back_into_a_new_database(window, qtbot, tmp_path):
    window.tracker.import_trades(FIXTURES / "ibkr_statement.xml")
    before = [(p.symbol, p.shares, p.cost_basis, p.dividends_net, p.fees) for p in window.tracker.positions()]
    for name in ("all.csv", "all.json"):
        out = window.export_activities(tmp_path / name)
        assert "Exported 5 activities" in window.statusBar().currentMessage()
        assert window.switch_database(tmp_path / f"{name}.db", create=True)
        window.tracker.import_trades(out)
        after = [(p.symbol, p.shares, p.cost_basis, p.dividends_net, p.fees) for p in window.tracker.positions()]
        assert after == before
    assert window.export_activities(window.tracker.path) is None      # never onto the database itself


def test_a_statement_on_one_long_line_previews_too(window, tmp_path):
    text = (FIXTURES / "ibkr_statement.xml").read_text()
    path = tmp_path / "one_line.xml"
    path.write_text(text.replace("\n", " ") * 1 + " " * 140_000)     # one line longer than any CSV's
    dialog = window.import_trades(path)
    assert dialog.errors == [] and "3 trades, 1 dividend, 1 fee to add" in dialog.summary.text()
    assert {r[0] for r in read_rows(dialog)} == {"1"}                 # every row is on line 1
    dialog.reject()
