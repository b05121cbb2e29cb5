"""View ▸ Colours and Theme applied live and kept; Help ▸ Glossary, Keyboard shortcuts, About;
`tracker --version`."""
from __future__ import annotations

import re
from importlib import metadata
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QKeySequence, QPalette


ROOT = Path(__file__).resolve().parents[2]


def test_colours_follow_the_language_and_switch_live_on_the_chart(make_window, settings_path, english_again,
                                                                  db_path):
    from datetime import date
    from tracker.app.tracker import Tracker
    from tracker.ui import theme
    from tests.ui.conftest import buy
    with Tracker(db_path, create=True) as t:            # a realized gain: 10 × (80 − 70) − fees
        t.add_trade(buy(day=date(2024, 3, 1), quantity="10", price="70", fee="0"))
        t.add_trade(buy(day=date(2024, 3, 4), quantity="10", price="80", fee="0", side="sell"))
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    settings.setValue("ui/language", "zh_CN")
    settings.sync()
    window = make_window()
    assert theme.convention() == theme.RED_UP                        # Chinese: red for a rise
    scheme = theme.current_scheme()
    assert window.chart.candles.up == QColor(theme.LOSS[scheme])     # rising candles are red
    assert theme.signed_color(1) == QColor(theme.LOSS[scheme])       # and so are gains on the cards
    realized = lambda: window.summary.cards["BABA"].tiles["realized"].value.palette().color(QPalette.ColorRole.WindowText)
    assert realized() == QColor(theme.LOSS[scheme])                  # the card's gain is red
    buy_red, _sell = theme.trade_marker_colors()
    shown = window.chart.visible_range()
    window.preferences.choose(window.preferences.colors, theme.GREEN_UP)
    assert window.chart.visible_range() == shown                      # the chart stays where it was
    assert window.chart.candles.up == QColor(theme.GAIN[scheme])     # applied at once
    assert realized() == QColor(theme.GAIN[scheme])
    assert theme.trade_marker_colors()[0] != buy_red
    assert QSettings(str(settings_path), QSettings.Format.IniFormat).value("ui/colors") == theme.GREEN_UP


def test_the_theme_is_chosen_in_view_applied_live_and_kept(make_window, settings_path, english_again, monkeypatch):
    from tracker.ui import theme
    monkeypatch.delenv(theme.THEME_ENV, raising=False)
    window = make_window()
    window.preferences.choose(window.preferences.themes, "dark")
    from PySide6.QtWidgets import QApplication
    app_window = QApplication.palette().color(QPalette.ColorRole.Window)
    assert app_window.lightness() < 128 and theme.current_scheme() == "dark"
    window.preferences.choose(window.preferences.themes, "light")
    assert theme.current_scheme() == "light"
    assert QSettings(str(settings_path), QSettings.Format.IniFormat).value("ui/theme") == "light"


def readme_glossary() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    body = text.split("## Glossary: how every figure is computed\n", 1)[1]
    return body.split("\n## ", 1)[0].strip() + "\n"


def test_the_bundled_glossary_is_the_readmes():
    from tracker.ui.help_dialogs import glossary_text
    assert glossary_text() == readme_glossary()


def test_the_glossary_window_filters_its_definitions(window):
    dialog = window.show_glossary()
    everything = len(dialog.entries)
    assert everything >= 30 and dialog.entries[0].term == "Lot"
    dialog.filter.setText("drawdown")
    shown = dialog.shown_entries()
    assert 0 < len(shown) < everything
    assert all("drawdown" in e.markdown.lower() for e in shown)
    assert "Maximum drawdown" in dialog.view.toPlainText()
    assert f"{len(shown)} of {everything}" in dialog.count.text()
    dialog.close()


def test_keyboard_shortcuts_lists_every_key_the_window_actions_have(window):
    from PySide6.QtGui import QAction
    dialog = window.show_shortcuts()
    rows = {(dialog.table.item(r, 0).text(), dialog.table.item(r, 1).text()) for r in range(dialog.table.rowCount())}
    keys = {k.toString(QKeySequence.SequenceFormat.NativeText)
            for a in window.findChildren(QAction) for k in a.shortcuts() if not k.isEmpty()}
    listed = {part for _what, text in rows for part in text.split(", ")}
    assert keys <= listed
    assert ("New trade", QKeySequence("Ctrl+N").toString(QKeySequence.SequenceFormat.NativeText)) in rows
    window.act_new_trade.setShortcut(QKeySequence("Ctrl+Alt+T"))    # it reads the actions, not a list
    again = window.show_shortcuts()
    texts = {again.table.item(r, 1).text() for r in range(again.table.rowCount())}
    assert QKeySequence("Ctrl+Alt+T").toString(QKeySequence.SequenceFormat.NativeText) in texts
    dialog.close()
    again.close()


def test_about_and_the_command_line_give_the_installed_version(window, capsys):
    from tracker import cli
    installed = metadata.version("alibaba-tracker")
    box = window.about()
    assert installed in box.text()
    box.close()
    with pytest.raises(SystemExit) as done:
        cli.main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"tracker {installed}"
    assert re.fullmatch(r"\d+\.\d+\.\d+.*", installed)


def test_errors_stay_red_when_red_means_a_rise(window, english_again):
    """A refusal is not a price move: the entry dialog's reasons keep the error colour in both
    conventions, while gains take the convention's colour."""
    from tracker.ui import theme
    window.preferences.choose(window.preferences.colors, theme.RED_UP)
    dialog = window.new_trade()
    dialog.price.setText("-2")
    dialog.price.textEdited.emit("-2")
    red = theme.LOSS[theme.current_scheme()]
    assert red in dialog.rows["price"].error.styleSheet()
    assert theme.gain_color() == QColor(red)                  # a gain is red too, and means something else
    window.preferences.choose(window.preferences.colors, theme.GREEN_UP)
    dialog.price.textEdited.emit("-2")
    assert red in dialog.rows["price"].error.styleSheet()
    dialog.reject()


def test_every_glossary_term_has_a_chinese_name_that_the_filter_finds(qapp, english_again):
    from tracker.ui import i18n
    from tracker.ui.help_dialogs import TERMS, GlossaryDialog, glossary_text, parse_glossary
    assert [e.term for e in parse_glossary(glossary_text())[1]] == list(TERMS)     # a new README term needs one
    i18n.install(qapp, language="zh_CN")
    dialog = GlossaryDialog()
    dialog.filter.setText("已实现盈亏")
    assert "Realized P&L" in [e.term for e in dialog.shown_entries()]
    dialog.filter.setText("realized fifo")              # the English words find the Chinese definitions too
    assert "Account" in [e.term for e in dialog.shown_entries()]
    dialog.filter.setText("")
    assert "已实现盈亏（Realized P&L）：对每笔卖出" in dialog.view.toPlainText()
    dialog.close()


@pytest.mark.parametrize("language", ["zh_CN", "zh_HK"])
def test_every_english_definition_has_its_chinese_one(language):
    """Each README entry has its definition in both Chinese files, in the same order, keeping every
    option and field name (`--json`, `price_stale`) as the English one writes it."""
    import re
    from tracker.ui.help_dialogs import glossary_text, parse_glossary, translated_glossary
    english = parse_glossary(glossary_text())[1]
    intro, definitions = translated_glossary(language)
    assert intro and list(definitions) == [e.term for e in english]
    for entry in english:
        text = definitions[entry.term]
        assert len(text) > 8 and re.search(r"[\u4e00-\u9fff]", text), entry.term
        assert sorted(re.findall(r"`[^`]+`", text)) == sorted(re.findall(r"`[^`]+`", entry.markdown)), entry.term
    simplified, traditional = "账户", "帳戶"
    assert (simplified in definitions["Account"]) == (language == "zh_CN")
    assert (traditional in definitions["Account"]) == (language == "zh_HK")


def test_the_glossary_reads_in_the_windows_language(qapp, english_again):
    from tracker.ui import i18n
    from tracker.ui.help_dialogs import GlossaryDialog
    i18n.install(qapp, language="zh_HK")
    dialog = GlossaryDialog()
    text = dialog.view.toPlainText()
    assert text.startswith("所有金額均以精確的十進制數計算") and "市值（Market value）：持股量 × 最新價。" in text
    dialog.close()
    i18n.install(qapp, language="zh_TW")                        # Taiwan reads Hong Kong's definitions
    dialog = GlossaryDialog()
    assert "持股量 × 最新價" in dialog.view.toPlainText()
    dialog.close()
    i18n.install(qapp, language="en")
    dialog = GlossaryDialog()
    assert "Market value: shares × last price." in dialog.view.toPlainText()
    dialog.close()


def test_shortcut_names_lose_their_mnemonics_in_either_language():
    from tracker.ui.help_dialogs import plain_text
    assert plain_text("&New trade…") == "New trade"
    assert plain_text("新建交易(&N)…") == "新建交易"
    assert plain_text("Save && close") == "Save & close"
