"""View ▸ Language, Colours and Theme: chosen from the menu, kept in the window's settings, and
applied at once (a new language builds the window again: see MainWindow.rebuild).
"""
from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu

from tracker.ui import i18n, theme
from tracker.ui.i18n import tr


def apply_saved(app: QApplication, settings: QSettings | None) -> str:
    """Before a window is built: its language, colour convention and theme from the settings."""
    language = i18n.install(app, settings)
    theme.set_convention(theme.convention_for(_value(settings, theme.CONVENTION_SETTING, theme.AUTO), language))
    theme.follow_system(app).set_preference(_value(settings, theme.THEME_SETTING, "system"))
    return language


def _value(settings: QSettings | None, key: str, default: str) -> str:
    return str(settings.value(key, default) or default) if settings is not None else default


class Preferences:
    """The three submenus of View, each a group of exclusive choices."""

    def __init__(self, window: QMainWindow, settings: QSettings):
        self.window, self.settings = window, settings
        self.language_menu = QMenu(tr("&Language"), window, objectName="languageMenu")
        self.colors_menu = QMenu(tr("&Colours"), window, objectName="colorsMenu")
        self.theme_menu = QMenu(tr("T&heme"), window, objectName="themeMenu")
        system_language = i18n.language_of(i18n.QLocale.system())
        names = dict(i18n.LANGUAGES)
        self.languages = self._group(
            self.language_menu, i18n.SETTING, i18n.chosen_setting(settings),
            [(i18n.SYSTEM, tr("Follow the system ({language})").format(
                language=names.get(system_language) or "English"))]
            + [(value, name) for value, name in i18n.LANGUAGES if value != i18n.SYSTEM],
            self._language_chosen)
        self.language_menu.addSeparator()
        note = self.language_menu.addAction(tr("Changing the language rebuilds the window and clears Undo"))
        note.setEnabled(False)
        self.colors = self._group(
            self.colors_menu, theme.CONVENTION_SETTING, _value(settings, theme.CONVENTION_SETTING, theme.AUTO),
            [(theme.AUTO, tr("Follow the language")),
             (theme.GREEN_UP, tr("Green up, red down")),
             (theme.RED_UP, tr("Red up, green down"))], self._colors_chosen)
        self.themes = self._group(
            self.theme_menu, theme.THEME_SETTING, _value(settings, theme.THEME_SETTING, "system"),
            [("system", tr("Follow the system")), ("light", tr("Light")), ("dark", tr("Dark"))],
            self._theme_chosen)

    def menus(self) -> list[QMenu]:
        return [self.language_menu, self.colors_menu, self.theme_menu]

    def _group(self, menu: QMenu, key: str, current: str, choices, chosen) -> dict[str, QAction]:
        group = QActionGroup(menu)
        group.setExclusive(True)
        actions = {}
        for value, text in choices:
            action = QAction(text, menu, checkable=True)
            action.setObjectName(f"{key.split('/')[-1]}_{value}")
            action.setChecked(value == current)
            action.triggered.connect(lambda _checked=False, v=value: chosen(v))
            group.addAction(action)
            menu.addAction(action)
            actions[value] = action
        return actions

    def choose(self, actions: dict[str, QAction], value: str) -> None:
        """Pick a choice as a click would (tests, and the menu itself)."""
        actions[value].trigger()

    def _language_chosen(self, value: str) -> None:
        """Kept, installed and shown at once: the window is built again in the new language (see
        MainWindow.rebuild); `self.window.successor` is the new one."""
        self.settings.setValue(i18n.SETTING, value)
        self.settings.sync()
        app = QApplication.instance()
        language = i18n.install(app, self.settings)
        theme.set_convention(theme.convention_for(_value(self.settings, theme.CONVENTION_SETTING, theme.AUTO),
                                                  language))
        rebuilt = self.window.rebuild()
        self.window.successor = rebuilt
        if rebuilt is None:          # busy: it applies to the next window
            self.window.statusBar().showMessage(tr("The language changes when Tracker restarts"), 10000)
        else:
            rebuilt.statusBar().showMessage(tr("Language: {language}").format(
                language=dict(i18n.LANGUAGES).get(language) or "English"), 5000)

    def _colors_chosen(self, value: str) -> None:
        self.settings.setValue(theme.CONVENTION_SETTING, value)
        theme.set_convention(theme.convention_for(value, i18n.current_language()))
        theme.repaint_colors(QApplication.instance())
        self.window.refresh()        # tables and docks bake their colours in when filled

    def _theme_chosen(self, value: str) -> None:
        self.settings.setValue(theme.THEME_SETTING, value)
        theme.follow_system(QApplication.instance()).set_preference(value)
        self.window.refresh()
