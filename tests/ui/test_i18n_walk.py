"""The window in zh_CN on the real Alibaba data: every chart marker's hover text, the docks' rows and
their tooltips, and the dividend dialog's declared-dividend notice leave no English but symbols,
codes and the bundled sources' own words (their notes and addresses, as published)."""
from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest

from tests.shared_data import shared_file
from tests.ui.conftest import buy
from tests.ui.test_i18n import english_in, english_left

SOURCE_PARTS = ("备注：", "来源：")       # what follows these is the bundled row's own note / addresses


def _without_sources(tip: str) -> str:
    """A tooltip up to the bundled row's note and sources (those stay as published)."""
    cut = min([tip.index(p) for p in SOURCE_PARTS if p in tip] or [len(tip)])
    return tip[:cut]


@pytest.fixture
def chinese_real_window(make_window, settings_path, db_path, english_again):
    from PySide6.QtCore import QSettings

    from tracker.app.tracker import Tracker
    from tracker.domain.model import Account, Dividend
    with Tracker(db_path, create=True) as t:
        t.import_prices(shared_file("prices_BABA_daily.csv"), "BABA")
        t.import_prices(shared_file("prices_BABA_daily_2024_2026.csv"), "BABA")
        t.import_prices(shared_file("prices_9988HK_daily.csv"), "9988.HK")
        t.add_account(Account(None, "IBKR"))
        t.add_trade(buy(day=date(2023, 6, 1), quantity="100", price="90.00"))
        t.add_trade(buy(day=date(2024, 9, 3), quantity="40", price="80.00", side="sell", note="部分止盈"))
        t.add_trade(buy("9988.HK", day=date(2024, 2, 1), quantity="800", price="70.00"))
        t.add_dividend(Dividend("BABA", date(2024, 1, 11), Decimal(100)))
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    settings.setValue("ui/language", "zh_CN")
    settings.sync()
    window = make_window()
    for dock in (window.earnings_dock, window.buyback_dock):
        dock.show()
        dock.raise_()
    return window


def _hover_texts(window, symbol: str) -> dict[str, list[str]]:
    """Every marker's hover text on a listing's chart, by kind (trade markers as `trade`)."""
    from tracker.ui.main_window import _trade_marker
    markers = window._event_markers(symbol)
    texts = {kind: [f"{m.title}\n{m.detail}".strip() for m in found] for kind, found in markers.items()}
    texts["trade"] = [_trade_marker(t).hover_text for t in window.tracker.trades(symbol)]
    return texts


def test_every_marker_reads_in_chinese(chinese_real_window, qtbot):
    window = chinese_real_window
    texts = _hover_texts(window, "BABA")
    assert {kind for kind, found in texts.items() if found} == {"dividend", "earnings", "buyback", "trade"}
    every = [t for found in texts.values() for t in found]
    assert english_in(every, frozenset({"GAAP"})) == {}
    earnings = "\n".join(texts["earnings"])
    assert "2024财年Q3 · 2023年12月季度业绩，美股开盘前" in earnings and "（预计）" in earnings
    assert any(t.startswith("回购 2024财年Q3\n回购 29亿美元") for t in texts["buyback"])
    assert any(t.startswith("除息：2025财年年度 + 特别股息\n每股 ADS 2.00美元") for t in texts["dividend"])
    assert any("部分止盈" in t for t in texts["trade"])        # the user's own note, as typed
    hk = _hover_texts(window, "9988.HK")["dividend"]
    assert any("每股 0.25美元" in t for t in hk) and english_in(hk) == {}


def test_hovering_the_chart_shows_the_marker_in_chinese(chinese_real_window, qtbot):
    from PySide6 import QtTest
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication

    from tracker.ui.chart.markers import BUYBACK, EARNINGS
    window = chinese_real_window
    chart = window.chart
    chart.set_overlay(BUYBACK, True)                       # (off until asked for)
    chart.set_range_preset("1Y")
    for kind in (EARNINGS, BUYBACK):
        events = chart.events.events[kind]
        day = chart.series.day_of(events[len(events) // 2][0])     # one from the middle of the history
        chart.center_on(day)
        QtTest.QTest.qWait(50)
        middle = chart.view.viewport().width() / 2
        for attempt in range(5):
            # placed again each time: the crosshair readout that the first move shows can wrap onto a
            # second line, and the price pane (with the marker rows) then sits a little higher
            t = chart.events.sceneTransform() * chart.events.scene().views()[0].viewportTransform()
            marker, rect = min(((m, r) for k, m, r in chart.events._placed((t.m11(), t.m31(), t.m22(), t.m32()))
                                if k == kind), key=lambda pair: abs(pair[1].center().x() - middle))
            for nudge in (QPoint(0, 0), QPoint(0, 1)):
                QtTest.QTest.qWait(20)
                QtTest.QTest.mouseMove(chart.view.viewport(), rect.center().toPoint() + nudge)
            QtTest.QTest.qWait(50)
            if chart.events.hovered.startswith(marker.title):
                break
        qtbot.waitUntil(lambda: chart.events.hovered.startswith(marker.title))
        assert marker.title.startswith("回购" if kind == BUYBACK else "20")      # 回购 2024财年Q3, 2026财年Q3
        assert english_left(chart.events.hovered) == [], chart.events.hovered
        assert english_left(chart.readout.plain_text()) == []      # the crosshair readout beside it


def test_the_docks_rows_and_their_tooltips_read_in_chinese(chinese_real_window):
    from PySide6.QtWidgets import QTableWidget

    from tracker.ui.buyback_panel import COL_SOURCE
    window = chinese_real_window
    problems = {}
    for panel in (window.earnings_panel, window.buyback_panel):
        for table in panel.findChildren(QTableWidget):
            assert table.rowCount() > 8, table.objectName()         # filled from the bundled data
            for r in range(table.rowCount()):
                for c in range(table.columnCount()):
                    item = table.item(r, c)
                    if item is None:
                        continue
                    # the source column names the row's source as published
                    published = table is window.buyback_panel.table and c == COL_SOURCE
                    found = english_in(([] if published else [item.text()]) + [_without_sources(item.toolTip())])
                    if found:
                        problems[f"{table.objectName()}[{r},{c}]"] = found
    assert problems == {}


def test_the_dividend_dialog_words_the_declared_dividend_in_chinese(chinese_real_window, qtbot):
    from tracker.ui.qt import QtCore
    window = chinese_real_window
    dialog = window.add_dividend()
    qtbot.addWidget(dialog)
    dialog.date.setDate(QtCore.QDate(2024, 1, 11))
    texts = [dialog.declared.text(), dialog.declared.toolTip(), dialog.declared_warning.text(), dialog.note.text()]
    assert "2023财年年度股息" in dialog.declared.text() and "一手来源" in dialog.declared.text()
    dialog.date.setDate(QtCore.QDate(2024, 4, 2))                    # no payout near: a warning
    texts.append(dialog.declared_warning.text())
    assert dialog.declared_warning.text().startswith("截至 2024年4月2日 的 60 天内")
    assert english_in(texts) == {}
    dialog.reject()


def test_a_statements_preview_says_in_chinese_what_happens_to_each_row(make_window, settings_path, english_again):
    """The rows an IBKR statement leaves out, cancels or offers, and why (the statement's own names
    of its securities and transactions stay as written)."""
    from PySide6.QtCore import QSettings

    from tests.brokers.conftest import FIXTURES
    from tests.ui.test_broker_import_ui import read_rows
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    settings.setValue("ui/language", "zh_CN")
    settings.sync()
    window = make_window()
    dialog = window.import_trades(FIXTURES / "ibkr_statement.xml")
    rows = {r[0]: r for r in read_rows(dialog)}
    assert rows["10"][1:3] == ("未导入：不是阿里巴巴的上市证券", "MSFT 交易")
    assert rows["19"][1] == "已冲销：冲销第 17 行的 3.32"
    def kept(text: str) -> frozenset:     # the statement's own descriptions (in capitals), the command
        return frozenset(w for w in re.findall(r"[A-Za-z]+", text) if w.isupper()) | {"splits", "add", "record",
                                                                                       "symbol", "date", "factor"}
    found = {line: english_left(" ".join(r[1:3]), kept(" ".join(r[1:3]))) for line, r in rows.items()}
    assert {line: words for line, words in found.items() if words} == {}
    dialog.reject()


def _texts_and_tips(root) -> list[str]:
    """What a user reads in a dialog: its visible texts, every tooltip, and its tables' cells."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableView, QTableWidget, QWidget

    from tests.ui.test_i18n import visible_texts
    out = visible_texts(root)
    for widget in [root] + root.findChildren(QWidget):
        out.append(widget.toolTip())
        if isinstance(widget, QTableWidget):
            out += [t for r in range(widget.rowCount()) for c in range(widget.columnCount())
                    if (item := widget.item(r, c)) is not None for t in (item.text(), item.toolTip())]
        elif isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            out += [str(model.data(model.index(r, c), role) or "") for r in range(model.rowCount())
                    for c in range(model.columnCount()) for role in (Qt.ItemDataRole.DisplayRole,
                                                                      Qt.ItemDataRole.ToolTipRole)]
    return [t for t in out if t]


def test_the_dialogs_on_the_real_data_leave_no_english(chinese_real_window, qtbot):
    window = chinese_real_window
    dialogs = [window.show_gains(), window.show_accounts(), window.restore_dialog(), window.provider_settings(),
               window.new_benchmark(), window.new_trade(), window.add_fee(), window.add_conversion(),
               window.add_transfer()]
    problems = {}
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        # an environment variable's name (TRACKER_YAHOO_URL) is written as the system reads it
        found = english_in(_texts_and_tips(dialog), frozenset({"TRACKER", "YAHOO", "STOOQ", "URL"}))
        if found:
            problems[dialog.objectName()] = found
    assert problems == {}
    for dialog in dialogs:
        dialog.close()


def test_a_row_another_program_damaged_is_named_in_chinese(make_window, settings_path, db_path, english_again):
    import sqlite3

    from PySide6.QtCore import QSettings

    from tracker.app.tracker import Tracker
    with Tracker(db_path, create=True) as t:
        saved = t.add_trade(buy())
    with sqlite3.connect(db_path) as db:               # another program writes a price no one can read
        db.execute("UPDATE trades SET price = 'abc' WHERE id = ?", [saved.id])
    db.close()
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    settings.setValue("ui/language", "zh_CN")
    settings.sync()
    window = make_window()
    text = window.damaged_notice.label.text()
    assert f"已跳过交易 {saved.id}：价格 'abc' 不是数字；可用 `tracker trades delete {saved.id}` 修复" in text
    assert english_left(text, frozenset({"abc", "trades", "delete", "check"})) == []


def test_the_transactions_tables_tooltips_read_in_chinese(chinese_real_window):
    """Every cell's tooltip of every kind of row: the realized P&L of a sell, a dividend's sum, a
    conversion, a transfer, a standalone fee."""
    from PySide6.QtCore import Qt

    from tracker.domain.model import Conversion, Fee, Transfer
    window = chinese_real_window
    t = window.tracker
    t.add_conversion(Conversion(date(2024, 3, 1), "BABA", "9988.HK", Decimal(10), Decimal(1), Decimal("7.8")))
    t.add_transfer(Transfer(date(2024, 3, 4), "9988.HK", Decimal(100), 1, t.accounts()[-1].id, Decimal(2)))
    t.add_fee(Fee("BABA", date(2024, 3, 5), Decimal(3), "USD"))
    window.refresh()
    model = window.trades_view.model
    tips = [model.data(model.index(row, col), Qt.ItemDataRole.ToolTipRole)
            for row in range(model.rowCount()) for col in range(model.columnCount())]
    tips = [tip for tip in tips if tip]
    assert len(tips) > 10
    assert any("实收净额" in tip for tip in tips) and any("不是卖出" in tip for tip in tips)
    assert english_in(tips) == {}
