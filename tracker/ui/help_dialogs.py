"""Help ▸ Glossary, Keyboard shortcuts and About.

The glossary is the README's "how every figure is computed" section, bundled as glossary.md (a test
keeps the two equal), shown with a filter box. In Chinese each definition comes from its own file,
glossary_zh_CN.md or glossary_zh_HK.md (Taiwan reads Hong Kong's), one bullet per English term in the
same order; a test keeps both files complete. The shortcuts list is read from the window's own
actions and shortcuts when it opens, so it always says what the keys really do.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QLabel, QLineEdit, QMessageBox,
                               QTableWidget, QTableWidgetItem, QTextBrowser, QVBoxLayout, QWidget)

from tracker import paths
from tracker.ui import i18n
from tracker.ui.i18n import tr
from tracker.version import version

GLOSSARY_FILE = "glossary.md"
# the README's terms in the interface's language: shown beside each English term and found by the
# filter (a test keeps this list and the README's terms the same)
TERMS = (QT_TRANSLATE_NOOP("", "Lot"),
         QT_TRANSLATE_NOOP("", "Account"),
         QT_TRANSLATE_NOOP("", "Transfer"),
         QT_TRANSLATE_NOOP("", "Cost method"),
         QT_TRANSLATE_NOOP("", "Shares"),
         QT_TRANSLATE_NOOP("", "Cost basis"),
         QT_TRANSLATE_NOOP("", "Average cost"),
         QT_TRANSLATE_NOOP("", "Last price"),
         QT_TRANSLATE_NOOP("", "Stale price"),
         QT_TRANSLATE_NOOP("", "Market value"),
         QT_TRANSLATE_NOOP("", "Unrealized P&L"),
         QT_TRANSLATE_NOOP("", "Realized P&L"),
         QT_TRANSLATE_NOOP("", "Dividends (net)"),
         QT_TRANSLATE_NOOP("", "The day's rate"),
         QT_TRANSLATE_NOOP("", "Declared dividend"),
         QT_TRANSLATE_NOOP("", "Fees"),
         QT_TRANSLATE_NOOP("", "Total return"),
         QT_TRANSLATE_NOOP("", "Total return at cost"),
         QT_TRANSLATE_NOOP("", "XIRR"),
         QT_TRANSLATE_NOOP("", "TWR"),
         QT_TRANSLATE_NOOP("", "Annualized"),
         QT_TRANSLATE_NOOP("", "Reporting period"),
         QT_TRANSLATE_NOOP("", "Maximum drawdown"),
         QT_TRANSLATE_NOOP("", "Volatility"),
         QT_TRANSLATE_NOOP("", "Benchmark"),
         QT_TRANSLATE_NOOP("", "Closed lot"),
         QT_TRANSLATE_NOOP("", "Tax year"),
         QT_TRANSLATE_NOOP("", "Order within a day"),
         QT_TRANSLATE_NOOP("", "Market prices"),
         QT_TRANSLATE_NOOP("", "ADS↔HK conversion"),
         QT_TRANSLATE_NOOP("", "The combined stake"),
         QT_TRANSLATE_NOOP("", "ADS premium"),
         QT_TRANSLATE_NOOP("", "2019 share subdivision"))
_ENTRY = re.compile(r"^- \*\*(?P<term>[^*]+)\*\*")


@dataclass(frozen=True)
class GlossaryEntry:
    term: str
    markdown: str          # the whole bullet, as written in the README
    translation: str = ""  # the definition in the interface's language (Chinese), one paragraph

    def matches(self, words: list[str]) -> bool:
        text = (self.markdown + " " + tr(self.term) + " " + self.translation).casefold()
        return all(w in text for w in words)

    def shown(self) -> str:
        """The bullet in the interface's language: `**批次**（Lot）：...` with the translated
        definition; else the README's, with the term's translated name after it when that differs."""
        name = tr(self.term)
        if self.translation:      # `（...）：` follows the term where the README's has `(...):`
            glue = "" if self.translation.startswith("（") else "："
            english = f"（{self.term}）" if name != self.term else ""      # XIRR, TWR: one name
            return f"- **{name}**{english}{glue}{self.translation}"
        if name == self.term:
            return self.markdown
        return self.markdown.replace(f"**{self.term}**", f"**{self.term}**（{name}）", 1)


def glossary_text(name: str = GLOSSARY_FILE) -> str:
    """A bundled glossary file (importlib.resources in an installed package, else the source tree)."""
    try:
        return (resources.files("tracker.resources") / name).read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return (Path(paths.resources_dir()) / name).read_text(encoding="utf-8")


def translated_glossary(language: str) -> tuple[str, dict[str, str]]:
    """(the opening paragraph, English term -> definition) in `language`; empty for English. Chinese
    lines are joined without a space (a line break inside a Chinese sentence is not a word gap)."""
    for name in i18n.OWN_FILES.get(language, ()):
        try:
            text = glossary_text(f"glossary_{name}.md")
        except (FileNotFoundError, OSError):
            continue
        intro, entries = parse_glossary(text, joiner="")
        return intro, {e.term: _definition(e.markdown) for e in entries}
    return "", {}


def _definition(markdown: str) -> str:
    """The text of a translated bullet after `- **Term**：` (or `: `)."""
    return re.sub(r"^- \*\*[^*]+\*\*[：:]?\s*", "", markdown).strip()


def parse_glossary(text: str, joiner: str | None = None) -> tuple[str, list[GlossaryEntry]]:
    """(the opening paragraph, one entry per `- **Term**: ...` bullet with its continuation lines).
    `joiner` puts a bullet's lines together (as written, one a line, when None)."""
    intro, entries, current = [], [], None
    for line in text.splitlines():
        found = _ENTRY.match(line)
        if found:
            current = [found.group("term"), [line]]
            entries.append(current)
        elif current is not None and line.startswith("  "):
            current[1].append(line if joiner is None else line.strip())
        elif current is None and line.strip():
            intro.append(line.strip())
    def glued(parts: list[str]) -> str:
        if joiner is None:
            return "\n".join(parts)
        text = parts[0] if parts else ""
        for part in parts[1:]:      # a space stays between Latin letters or digits and the next word
            gap = " " if text[-1:].isascii() and text[-1:].isalnum() or part[:1].isascii() and part[:1].isalnum() else ""
            text += (gap or joiner) + part
        return text
    return (" ".join(intro) if joiner is None else glued(intro)), [GlossaryEntry(term, glued(lines))
                                                                   for term, lines in entries]


class GlossaryDialog(QDialog):
    """The definitions of every figure, narrowed as you type (every word must appear)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("glossaryDialog")
        self.setWindowTitle(tr("Glossary"))
        self.resize(760, 640)
        self.intro, self.entries = parse_glossary(glossary_text())
        intro, definitions = translated_glossary(i18n.current_language())
        if definitions:
            self.intro = intro
            self.entries = [replace(e, translation=definitions.get(e.term, "")) for e in self.entries]
        self.filter = QLineEdit(objectName="glossaryFilter")
        self.filter.setPlaceholderText(tr("Filter: type a term or any word of its definition"))
        self.filter.setAccessibleName(tr("Filter the glossary"))
        self.filter.setClearButtonEnabled(True)
        self.count = QLabel(objectName="glossaryCount")
        self.view = QTextBrowser(objectName="glossaryText")
        self.view.setOpenExternalLinks(False)
        note = QLabel(tr("Translated from the README's definitions; the filter finds English words too."),
                      objectName="glossaryNote")
        note.setVisible(i18n.is_chinese())
        layout = QVBoxLayout(self)
        for widget in (self.filter, self.count, note):
            layout.addWidget(widget)
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self.show_matching)
        self.show_matching("")

    def shown_entries(self) -> list[GlossaryEntry]:
        words = self.filter.text().casefold().split()
        return [e for e in self.entries if e.matches(words)]

    def show_matching(self, _text: str = "") -> None:
        shown = self.shown_entries()
        self.count.setText(tr("{shown} of {total} definitions").format(shown=len(shown), total=len(self.entries)))
        body = "\n".join(e.shown() for e in shown)
        self.view.setMarkdown((self.intro + "\n\n" + body) if not self.filter.text().strip() else body)


def plain_text(text: str) -> str:
    """A menu text without its mnemonic: `&New trade…` -> `New trade`, `新建交易(&N)…` -> `新建交易`."""
    text = _MNEMONIC_SUFFIX.sub("", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…. ")


_MNEMONIC_SUFFIX = re.compile(r"\(&\w\)")     # the way Chinese menus carry a Latin mnemonic


@dataclass(frozen=True)
class Shortcut:
    keys: str            # as the platform writes them, several joined by ", "
    what: str


def window_shortcuts(window: QWidget) -> list[Shortcut]:
    """Every key of the window's actions (menus included) and of its QShortcut objects, sorted by
    what they do; an action with several key bindings lists them all."""
    found: dict[tuple[str, str], Shortcut] = {}
    for action in window.findChildren(QAction):
        keys = [k for k in action.shortcuts() if not k.isEmpty()]
        if keys:
            what = plain_text(action.text())
            text = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
            found[(what, text)] = Shortcut(text, what)
    for shortcut in window.findChildren(QShortcut):
        key = shortcut.key()
        if key.isEmpty():
            continue
        what = shortcut.whatsThis() or shortcut.objectName()
        if what:
            text = key.toString(QKeySequence.SequenceFormat.NativeText)
            found[(what, text)] = Shortcut(text, what)
    return sorted(found.values(), key=lambda s: s.what.casefold())


class ShortcutsDialog(QDialog):
    """Help ▸ Keyboard shortcuts: a two-column table read from the window when it opens."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(tr("Keyboard shortcuts"))
        self.resize(520, 560)
        self.shortcuts = window_shortcuts(window)
        self.table = QTableWidget(len(self.shortcuts), 2, objectName="shortcutsTable")
        self.table.setHorizontalHeaderLabels([tr("Action"), tr("Keys")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for row, s in enumerate(self.shortcuts):
            self.table.setItem(row, 0, QTableWidgetItem(s.what))
            self.table.setItem(row, 1, QTableWidgetItem(s.keys))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def about_text() -> str:
    return (f"<b>Tracker</b> {version()}<br>"
            + tr("Follows an Alibaba position across BABA (NYSE) and 9988.HK (HKEX), offline.")
            + "<br><br>" + tr("Hover any figure for its definition; Help ▸ Glossary lists them all."))


def show_about(parent: QWidget) -> QMessageBox:
    """Help ▸ About: the version (from the installed package) and what Tracker does (non-blocking)."""
    box = QMessageBox(QMessageBox.Icon.Information, tr("About Tracker"), about_text(),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("aboutBox")
    box.setTextFormat(Qt.TextFormat.RichText)
    box.open()
    return box
