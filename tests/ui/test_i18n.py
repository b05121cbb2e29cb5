"""Chinese interfaces: every string translated in both files, the compiled files current, the
window and the entry dialogs in zh_CN without English left, the language setting and the locale."""
from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from decimal import Decimal
from pathlib import Path

import numpy as np
import pytest

from tests.ui.conftest import buy

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
CHINESE_FILES = ("tracker_zh_CN.ts", "tracker_zh_HK.ts")
PLACEHOLDER = re.compile(r"\{\w*\}")


def tool(name: str) -> list[str]:
    """pyside6-lupdate / pyside6-lrelease as PySide6-Essentials installs them, run through this
    Python (its scripts folder need not be on PATH)."""
    try:
        from PySide6.scripts import pyside_tool
    except ImportError:
        pytest.skip("PySide6's tools are not installed")
    if not hasattr(pyside_tool, name):
        pytest.skip(f"this PySide6 has no {name}")
    return [sys.executable, "-c", f"import sys; from PySide6.scripts.pyside_tool import {name}; sys.exit({name}())"]


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {(ctx.findtext("name") or "", m.findtext("source")): m.find("translation")
            for ctx in root.iter("context") for m in ctx.iter("message")}


@pytest.mark.parametrize("name", CHINESE_FILES)
def test_every_string_the_code_marks_is_translated_and_finished(name, tmp_path):
    """The .ts files hold exactly what lupdate finds in the code today, each with a finished
    translation that keeps the source's {placeholders}."""
    fresh = tmp_path / name
    subprocess.run(tool("lupdate") + ["-extensions", "py", "-locations", "none", str(ROOT / "tracker" / "ui"),
                    "-ts", str(fresh)], check=True, capture_output=True)
    wanted = set(messages(fresh))
    stored = messages(TRANSLATIONS / name)
    assert wanted - set(stored) == set(), "strings in the code with no entry in the .ts (run pyside6-lupdate)"
    problems = []
    for key in wanted:
        translation = stored[key]
        text = translation.text or ""
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not text.strip():
            problems.append(f"untranslated: {key[1]!r}")
        elif sorted(PLACEHOLDER.findall(key[1])) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"placeholders differ: {key[1]!r} -> {text!r}")
        elif "P&L" not in key[1] and key[1].count("&") - key[1].count("&&") != text.count("&") - text.count("&&"):
            problems.append(f"mnemonic lost: {key[1]!r} -> {text!r}")
    assert problems == []


@pytest.mark.parametrize("name", CHINESE_FILES)
def test_the_bundled_qm_is_what_lrelease_makes_of_the_ts(name, tmp_path):
    out = tmp_path / name.replace(".ts", ".qm")
    subprocess.run(tool("lrelease") + [str(TRANSLATIONS / name), "-qm", str(out)], check=True, capture_output=True)
    committed = TRANSLATIONS / out.name
    assert committed.is_file(), f"{out.name} is missing: run pyside6-lrelease"
    assert committed.read_bytes() == out.read_bytes(), f"{out.name} is older than its .ts: run pyside6-lrelease"


def test_the_language_follows_the_locale_and_taiwan_reads_hong_kongs_file(qapp):
    from PySide6.QtCore import QLocale

    from tracker.ui import i18n
    assert [i18n.language_of(QLocale(n)) for n in ("zh_CN", "zh_SG", "zh_HK", "zh_MO", "zh_TW", "en_GB", "de_DE")] \
        == ["zh_CN", "zh_CN", "zh_HK", "zh_HK", "zh_TW", "en", "en"]
    assert i18n.resolve("zh_HK", QLocale("en_US")) == "zh_HK"        # the setting wins over the system
    assert i18n.resolve("system", QLocale("zh_TW")) == "zh_TW"
    assert i18n.own_file("zh_TW").name in ("tracker_zh_TW.qm", "tracker_zh_HK.qm")
    assert i18n.own_file("en") is None
    assert i18n.qt_file("zh_CN").name == "qtbase_zh_CN.qm"          # Qt's own buttons, from PySide6
    assert i18n.qt_file("zh_HK").name == "qtbase_zh_TW.qm"


def test_numbers_keep_their_exact_digits_and_dates_are_written_the_chinese_way(qapp, english_again):
    from tracker.ui import formatting as fmt
    from tracker.ui import i18n
    i18n.install(qapp, language="zh_CN")
    assert fmt.money(Decimal("1234567.125"), "HKD") == "1,234,567.12 HKD"      # half-even, from the Decimal
    assert fmt.long_day(date(2026, 2, 12)) == "2026年2月12日 周四"
    i18n.install(qapp, language="zh_HK")
    assert fmt.long_day(date(2026, 2, 12)) == "2026年2月12日 週四"
    i18n.install(qapp, language="en")
    assert fmt.long_day(date(2026, 2, 12)) == "Thu 12 Feb 2026"


# Latin words a Chinese interface shows as they are: symbols, codes, names, abbreviations
# (and "Main": an account's name is the user's own, and the account a database starts with is called so)
ALLOWED_WORDS = {"Main", "BABA", "HK", "ADS", "RMB", "Portfolio", "Performance", "MV", "out", "in", "ln", "US", "EPS", "GAAP", "bn", "ics", "FY", "Q1", "URL",
                 "Alt", "PgUp", "PgDown", "Home", "End", "Return", "Enter", "Esc", "USD", "HKD", "CNY", "NYSE", "HKEX", "FIFO", "XIRR", "TWR", "CSV", "PNG",
                 "SVG", "ETF", "SPY", "KWEB", "HSI", "MA", "Ctrl", "Shift", "Tracker", "YYYY", "MM", "DD", "FX",
                 "Yahoo", "Finance", "Stooq", "Nasdaq", "Investing", "com", "README", "tracker", "check",
                 "db", "sqlite", "English", "USDHKD", "USDCNY", "Del", "F2", "O", "H", "L", "C", "K",
                 "Flex", "XML", "JSON"}       # IBKR's statement product and the file formats
TRADE_COLUMNS = frozenset(("date", "symbol", "side", "quantity", "price", "fee", "currency", "note"))
WORD = re.compile(r"[A-Za-z]{2,}")


def english_left(text: str, allowed: frozenset = frozenset()) -> list[str]:
    plain = re.sub(r"<[^>]+>", " ", text.replace("&&", "").replace("&", ""))
    plain = re.sub(r"https?://\S+", " ", plain)                 # addresses
    plain = re.sub(r"(/[\w.\-]+)+", " ", plain)           # paths of the database and files
    plain = re.sub(r"\b[\w\-]+(\.[\w\-]+)+\b", " ", plain)   # file names and hosts (BABA.csv, sec.gov)
    plain = re.sub(r"\b(?:FY)?\d{4}Q\d\b|\b\d+(?:\.\d+)?[MKGB]\b", " ", plain)   # quarter codes, 2.9M
    # all-capital abbreviations (codes, time zones such as UTC or HKT) read the same in Chinese
    return [w for w in WORD.findall(plain)
            if w not in ALLOWED_WORDS and w not in allowed and not (w.isupper() and len(w) <= 5)]


def visible_texts(root) -> list[str]:
    """The words a user sees in `root`: labels, buttons, check boxes, combo items, table headers,
    line edit placeholders, window titles."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QTableView, QTreeView, QWidget
    texts = [root.windowTitle()]
    for w in [root] + root.findChildren(QWidget):
        if not (w is root or w.isVisibleTo(root)):
            continue
        if isinstance(w, (QLabel, QAbstractButton)):
            texts.append(w.text())
        elif isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        elif isinstance(w, (QTableView, QTreeView)) and w.model() is not None:
            model = w.model()
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(model.columnCount())]
    return [t for t in texts if t]


def menu_texts(window) -> list[str]:
    texts = []
    for top in window.menuBar().actions():
        texts.append(top.text())
        texts += [a.text() for a in top.menu().actions() if not a.isSeparator()]
        for a in top.menu().actions():
            if a.menu() is not None:
                texts += [b.text() for b in a.menu().actions() if not b.isSeparator()]
    return texts


@pytest.fixture
def chinese_window(make_window, settings_path, tracker_with_trades, english_again):
    from PySide6.QtCore import QSettings
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    settings.setValue("ui/language", "zh_CN")
    settings.sync()
    return make_window()


@pytest.fixture
def tracker_with_trades(db_path):
    from tracker.app.tracker import Tracker
    with Tracker(db_path, create=True) as t:
        t.add_trade(buy(day=date(2024, 3, 1), quantity="100", price="75.50"))
        t.add_trade(buy(day=date(2024, 6, 3), quantity="40", price="80.00", side="sell"))
    return db_path


def english_in(texts: list[str], allowed: frozenset = frozenset()) -> dict[str, list[str]]:
    found = {text: english_left(text, allowed) for text in texts}
    return {t: words for t, words in found.items() if words}


def test_the_window_in_zh_cn_leaves_no_english_in_its_cards_table_toolbar_menus_and_docks(chinese_window):
    window = chinese_window
    assert window.menuBar().actions()[0].text() == "文件(&F)"
    texts = visible_texts(window.centralWidget()) + menu_texts(window)
    for dock in (window.earnings_dock, window.buyback_dock):
        dock.show()
        dock.raise_()
        texts += [dock.windowTitle()] + visible_texts(dock.widget().widget())
    assert english_in(texts) == {}


def test_the_other_dialogs_in_zh_cn_leave_no_english(chinese_window, qtbot, tmp_path):
    window = chinese_window
    dialogs = [window.show_gains(), window.show_glossary(), window.show_shortcuts(), window.new_benchmark(),
               window.restore_dialog(), window.provider_settings(), window.show_accounts()]
    csv = tmp_path / "BABA.csv"
    csv.write_text("Date,Open,High,Low,Close,Adj Close,Volume\n2024-03-01,75,76,74,75.5,75.5,1000\n")
    dialogs += [window.import_prices(csv), window.import_trades(csv)]
    problems = {}
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        texts = visible_texts(dialog)
        if dialog.objectName() == "glossaryDialog":      # the definitions, each with its English term
            texts = [t for t in texts if t != dialog.view.toPlainText()]    # and the command line's options
            shown = "\n".join([dialog.intro] + [e.shown() for e in dialog.entries])
            texts.append(re.sub(r"`[^`]*`|\*\*（[^）]*）", " ", shown))
        if dialog.objectName() in ("priceImportDialog", "tradeImportDialog"):    # the file's own header
            preview = dialog.preview
            header = {str(preview.horizontalHeaderItem(c).text()) for c in range(preview.columnCount())}
            texts = [t for t in texts if t not in header]
        if dialog.objectName() == "shortcutsDialog":      # the actions' own (translated) names
            texts += [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
        # a trade file's column names are the file format's, in English whatever the language
        found = english_in(texts, TRADE_COLUMNS if dialog.objectName() == "tradeImportDialog" else frozenset())
        if found:
            problems[dialog.objectName()] = found
    assert problems == {}
    about = window.about()
    assert english_in([about.text()]) == {}
    for dialog in dialogs + [about]:
        dialog.close()


def test_the_entry_dialogs_in_zh_cn_name_fields_and_reasons_in_chinese(chinese_window, qtbot):
    window = chinese_window
    dialogs = [window.new_trade(), window.add_dividend(), window.add_fee(), window.add_conversion(),
               window.add_transfer()]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        # (the dividend dialog's warning about Alibaba's declared dividends comes from the app
        # layer in English: not walked)
        found = {text: english_left(text) for text in visible_texts(dialog)
                 if text != getattr(getattr(dialog, "declared_warning", None), "text", lambda: None)()}
        assert {t: words for t, words in found.items() if words} == {}, dialog.objectName()
    trade = dialogs[0]
    trade.side.setCurrentIndex(trade.side.findData("sell"))
    trade.quantity.setText("500")
    trade.quantity.textEdited.emit("500")
    trade.price.setText("-3")
    trade.price.textEdited.emit("-3")
    assert "必须大于 0" in trade.error_text("price") or "不能为负数" in trade.error_text("price")
    trade.price.setText("80")
    trade.price.textEdited.emit("80")
    assert "超过当时持有的" in trade.error_text("quantity")       # selling more than was held
    assert not trade.save_button.isEnabled()
    for dialog in dialogs:
        dialog.reject()


def test_choosing_a_language_rebuilds_the_window_in_it_and_is_kept(make_window, settings_path, english_again,
                                                                     qtbot):
    from PySide6.QtCore import QSettings
    from tracker.domain.model import Trade
    window = make_window()
    assert window.menuBar().actions()[0].text() == "&File"
    tracker = window.tracker
    prefs = window.preferences
    prefs.choose(prefs.languages, "zh_HK")
    rebuilt = window.successor
    qtbot.addWidget(rebuilt)
    assert rebuilt is not None and rebuilt.isVisible() and not window.isVisible()
    assert rebuilt.tracker is tracker and not tracker.read_only          # the same open database
    assert rebuilt.menuBar().actions()[0].text() == "檔案(&F)"
    assert rebuilt.earnings_dock.windowTitle() == "業績"
    assert rebuilt.trades_view.model.headerData(0, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal) == "日期"
    saved = tracker.add_trade(Trade(symbol="BABA", side="buy", trade_date=date(2024, 3, 1), quantity=Decimal("1"),
                                    price=Decimal("80"), fee=Decimal("0")))
    rebuilt.check_outside_changes()
    assert saved.id is not None and rebuilt.trades_view.model.entry_count() == 1    # it still works
    rebuilt.close()
    assert QSettings(str(settings_path), QSettings.Format.IniFormat).value("ui/language") == "zh_HK"
    again = make_window()
    assert again.menuBar().actions()[0].text() == "檔案(&F)"
    assert again.act_quit.text() == "退出(&Q)"


def test_no_translatable_literal_hides_inside_an_f_string():
    """lupdate does not read inside f-string braces: a tr("...") there would never reach the .ts
    files (and so never be translated) without any test noticing."""
    import ast
    found = []
    for path in (ROOT / "tracker" / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.JoinedStr):
                continue
            for call in ast.walk(node):
                name = getattr(getattr(call, "func", None), "id", None) or getattr(getattr(call, "func", None), "attr", None)
                if isinstance(call, ast.Call) and name == "tr" and call.args and isinstance(call.args[0], ast.Constant):
                    found.append(f"{path.relative_to(ROOT)}:{call.lineno}")
    assert found == []


def test_the_cards_and_the_bar_above_them_explain_their_figures_in_chinese(chinese_window):
    """Hovering a figure gives its definition in the interface's language, and so do the options
    above the cards and the table's column headers."""
    from PySide6.QtWidgets import QWidget
    window = chinese_window
    card = window.summary.cards["BABA"]
    assert "未实现盈亏" in card.tiles["unrealized"].toolTip() and "持仓成本" in card.tiles["unrealized"].toolTip()
    assert "资金加权" in card.tiles["xirr"].toolTip() and "GIPS" in card.tiles["xirr"].toolTip()
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableWidget
    for dock in (window.earnings_dock, window.buyback_dock):
        dock.show()
        dock.raise_()
    roots = [window.summary, window.view_options, window.chart] + [d.widget().widget() for d in
                                                                    (window.earnings_dock, window.buyback_dock)]
    tips = []
    for root in roots:
        for w in [root] + root.findChildren(QWidget):
            if w.isVisibleTo(window) and w.toolTip():
                # the ownership line's tooltip goes on with the bundled quarters' notes, as published
                tips.append(w.toolTip().splitlines()[0] if w.objectName() == "buybackOwnership" else w.toolTip())
        for table in root.findChildren(QTableWidget):
            tips += [table.horizontalHeaderItem(c).toolTip() for c in range(table.columnCount())]
    model = window.trades_view.table.model()
    tips += [str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) or "")
             for c in range(model.columnCount())]
    assert english_in([t for t in tips if t]) == {}


def test_the_domains_reasons_are_shown_in_chinese_with_their_figures_kept(qapp, english_again):
    from tracker.domain.model import FieldError
    from tracker.ui import i18n, messages
    english = "sell of 500 BABA on 2024-06-03 exceeds the 100 held then"
    assert messages.reason(english) == english                      # English: as the domain wrote it
    i18n.install(qapp, language="zh_CN")
    assert messages.reason(english) == "2024-06-03 卖出 500 BABA，超过当时持有的 100"
    assert messages.reason("2030-01-02 is in the future") == "2030-01-02 是未来日期"
    assert messages.reason("must be at most 10^12") == "不能超过 10^12"
    assert messages.error_line(FieldError("price", "not a number", line=3, text="abc")) == \
        "第 3 行：价格：不是数字（输入的是 'abc'）"
    assert messages.reason("something the table does not know") == "something the table does not know"
    i18n.install(qapp, language="zh_HK")
    assert messages.reason(english) == "2024-06-03 賣出 500 BABA，超過當時持有的 100"
    assert messages.line("Nothing was deleted.\nquantity: must be greater than 0") == \
        "Nothing was deleted.\n數量：必須大於 0"                      # (zh_HK) known lines translated, others kept


def test_the_account_filter_reads_in_chinese_once_there_are_two_accounts(chinese_window):
    from tracker.domain.model import Account
    window = chinese_window
    window.tracker.add_account(Account(None, "IBKR", "Interactive Brokers"))
    window.refresh()
    combo = window.trades_view.account
    assert combo.isVisible() or not window.isVisible()
    assert [combo.itemText(i) for i in range(combo.count())] == ["全部账户", "主账户", "IBKR"]  # the name typed stays


def test_the_chart_s_month_names_follow_the_language_back_to_english(make_window, english_again, qtbot):
    """The chart keeps its last date labels with the bars they were made from; the bars stay the
    same across a language switch, so the labels must be made again in the new language."""
    from tests.shared_data import shared_file
    window = make_window()
    window.tracker.import_prices(shared_file("prices_BABA_daily.csv"), "BABA")
    window.refresh(prices=True)
    window.chart.set_range_preset("1Y")
    axis = window.chart.date_axis

    def month_labels(chart_window):
        a = chart_window.chart.date_axis
        lo, hi = a.range
        return [text for _, text in a.ticks(lo, hi, max(a.width(), 900))]
    english = month_labels(window)
    assert any(label in ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
               for label in english)
    window.preferences.choose(window.preferences.languages, "zh_CN")
    chinese = window.successor
    qtbot.addWidget(chinese)
    assert any("月" in label for label in month_labels(chinese))
    chinese.preferences.choose(chinese.preferences.languages, "en")
    back = chinese.successor
    qtbot.addWidget(back)
    assert month_labels(back) == english and axis is not back.chart.date_axis


def test_the_hong_kong_file_writes_traditional_characters():
    """Simplified forms the Hong Kong file once let slip (天后 for 天後, 賬户 for 帳戶), and others a
    finance app's wording would use: none in any zh_HK translation."""
    import re
    from pathlib import Path
    text = (Path(__file__).resolve().parents[2] / "resources" / "translations" / "tracker_zh_HK.ts").read_text(
        encoding="utf-8")
    translated = "".join(re.findall(r"<translation>(.*?)</translation>", text, re.S))
    simplified_only = "后户发设这们为个时间对还说进过动开关门见页无钱单价额费转账数据库导调图买卖显择项汇输错误确认删编辑续"
    assert [c for c in simplified_only if c in translated] == []


def test_the_chart_readout_wraps_between_figures_never_inside_a_chinese_word(qapp, english_again):
    """At 1024 px the readout takes two lines; 成交量 (volume) must not be split across them."""
    from PySide6.QtGui import QTextDocument

    from tracker.ui import i18n
    from tracker.ui.chart.readout import readout_html
    from tracker.ui.chart.series import Series
    i18n.install(qapp, language="zh_CN")
    ts = np.array([1_700_000_000 - 1_700_000_000 % 86400 + 86400 * k for k in range(3)], dtype=np.int64)
    prices = np.array([108.91, 111.47, 108.75])
    series = Series("BABA", "USD", ts, prices, prices + 1, prices - 1, prices, np.array([12.33e6] * 3))
    text = readout_html(series, 2, lambda day: (60.0, 6682.2), "#0a0", "#a00", "#888",
                        [("MA 50", "#00f", 116.28), ("MA 200", "#f0f", 129.93)])
    for width in range(200, 700, 7):
        document = QTextDocument()
        document.setHtml(text)
        document.setTextWidth(width)
        document.size()                       # lays the text out
        block = document.begin()
        lines = []
        while block.isValid():
            layout = block.layout()
            lines += [block.text()[layout.lineAt(n).textStart():][:layout.lineAt(n).textLength()]
                      for n in range(layout.lineCount())]
            block = block.next()
        joined = [line.replace("\u2060", "") for line in lines]
        assert not any(line.rstrip().endswith(("成", "成交", "持", "市")) for line in joined), (width, joined)


def test_a_bars_spike_reads_in_the_import_preview_in_both_languages(qapp, english_again):
    from tracker.app.price_jumps import BarSpike, JumpReport
    from tracker.ui import i18n
    from tracker.ui.import_dialog import jump_lines
    found = JumpReport((), spikes=(BarSpike(1001, date(2018, 9, 7), "high", 1646.1, 162.37),))
    assert jump_lines(found) == ["Line 1001: high 1,646.10 on 2018-09-07 is 10.1× the day's close (162.37): "
                                 "a typo? (imported all the same: check the file)"]
    i18n.install(qapp, language="zh_CN")
    [line] = jump_lines(found)
    assert line.startswith("第 1001 行：") and "最高价 1,646.10 是当日收盘价（162.37）的 10.1 倍" in line
