"""The interface language: English, Simplified Chinese (zh_CN) or Traditional Chinese (zh_HK, zh_TW).

The language follows the system locale unless the Language setting (View ▸ Language) names one.
Tracker's own strings come from `tracker_<lang>.qm` (compiled by `pyside6-lrelease` from the `.ts`
sources bundled in resources/translations); Qt's own dialogs and buttons from the `qtbase_zh_*.qm`
that PySide6 ships. The chosen locale also becomes QLocale's default, so numbers and dates that go
through QLocale follow it. The language is installed before a window is built; choosing another one
builds the window again in it.
"""
from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from tracker import paths
from tracker.ui import formatting

SETTING = "ui/language"
SYSTEM = "system"
ENGLISH = "en"
# (setting value, the language's own name): the menu shows each language in itself
LANGUAGES = ((SYSTEM, ""), (ENGLISH, "English"), ("zh_CN", "简体中文"), ("zh_HK", "繁體中文（香港）"),
             ("zh_TW", "繁體中文（台灣）"))
CHINESE = ("zh_CN", "zh_HK", "zh_TW")
# Tracker's translation file for each language, in the order tried: Taiwan reads Hong Kong's
# Traditional Chinese file when it has none of its own.
OWN_FILES = {"zh_CN": ("zh_CN",), "zh_HK": ("zh_HK",), "zh_TW": ("zh_TW", "zh_HK")}
# Qt ships one Traditional Chinese file (zh_TW), which Hong Kong reads too.
QT_FILES = {"zh_CN": "zh_CN", "zh_HK": "zh_TW", "zh_TW": "zh_TW"}


def translations_dir() -> Path:
    """The bundled .ts / .qm files: inside the installed package (importlib.resources), else the
    source tree's resources/ (an editable install, where tracker.resources is not a package)."""
    try:
        folder = resources.files("tracker.resources") / "translations"
    except ModuleNotFoundError:
        folder = None
    if folder is not None and folder.is_dir():
        return Path(str(folder))
    return paths.resources_dir() / "translations"


def language_of(locale: QLocale) -> str:
    """The interface language for a locale: zh_CN for Simplified Chinese (mainland, Singapore),
    zh_HK / zh_TW for Traditional Chinese (Macau reads Hong Kong's), English otherwise."""
    if locale.language() != QLocale.Language.Chinese:
        return ENGLISH
    territory = locale.territory()
    if territory == QLocale.Country.Taiwan:
        return "zh_TW"
    if territory in (QLocale.Country.HongKong, QLocale.Country.Macau):
        return "zh_HK"
    if locale.script() == QLocale.Script.TraditionalHanScript:
        return "zh_HK"
    return "zh_CN"


def chosen_setting(settings: QSettings | None) -> str:
    value = str(settings.value(SETTING, SYSTEM) or SYSTEM) if settings is not None else SYSTEM
    return value if value in dict(LANGUAGES) else SYSTEM


def resolve(setting: str, system: QLocale | None = None) -> str:
    """The language a setting means: itself, or the system locale's for "system"."""
    if setting in dict(LANGUAGES) and setting != SYSTEM:
        return setting
    return language_of(system if system is not None else QLocale.system())


def locale_for(language: str) -> QLocale:
    return QLocale(language if language in CHINESE else "en_US")


def own_file(language: str, folder: Path | None = None) -> Path | None:
    """Tracker's compiled translation for a language (Taiwan falls back to Hong Kong's)."""
    folder = folder or translations_dir()
    for name in OWN_FILES.get(language, ()):
        path = folder / f"tracker_{name}.qm"
        if path.is_file():
            return path
    return None


def qt_file(language: str) -> Path | None:
    """Qt's own translation of its dialogs and buttons, from PySide6's translations folder."""
    name = QT_FILES.get(language)
    if name is None:
        return None
    path = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / f"qtbase_{name}.qm"
    return path if path.is_file() else None


class Installed:
    """What `install` put in place: the language and its translators (kept alive here)."""

    language = ENGLISH
    translators: list[QTranslator] = []


def install(app: QCoreApplication, settings: QSettings | None = None, language: str | None = None) -> str:
    """Install the translators of the chosen language (replacing any installed before) and make its
    locale QLocale's default. Returns the language in use."""
    for old in Installed.translators:
        app.removeTranslator(old)
    Installed.translators = []
    chosen = language or resolve(chosen_setting(settings))
    for path in (qt_file(chosen), own_file(chosen)):
        if path is None:
            continue
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            Installed.translators.append(translator)
    Installed.language = chosen
    locale = locale_for(chosen)
    QLocale.setDefault(locale)
    formatting.use_locale(locale.groupSeparator(), locale.decimalPoint(), chosen in CHINESE,
                          chosen in ("zh_HK", "zh_TW"))
    return chosen


def current_language() -> str:
    return Installed.language


def is_chinese() -> bool:
    return Installed.language in CHINESE


def tr(text: str) -> str:
    """A string of a module-level function or table, translated in the shared context "" (the one
    `pyside6-lupdate` gives a bare `tr("...")` call). Texts defined at import time are marked with
    `QT_TRANSLATE_NOOP("", "...")` and passed through `tr` when shown."""
    return QCoreApplication.translate("", text)


# the account every database starts with, as the migration and `Tracker` name it when stored
DEFAULT_ACCOUNT_NAME = "Main"


def account_name(account) -> str:
    """An account's name as the window shows it: the account every database starts with under its
    name in the interface's language while it keeps the stored one ("Main"); any name a user gave
    as typed."""
    from tracker.domain.model import DEFAULT_ACCOUNT
    if account.id == DEFAULT_ACCOUNT and account.name == DEFAULT_ACCOUNT_NAME:
        return QCoreApplication.translate("", "Main")
    return account.name


class _Parts:
    """Sentences of long texts (definitions) that are put together from several translatable
    parts; `tr_parts` translates each part it finds in a text."""

    known: list[str] = []


def part(text: str) -> str:
    """Register one translatable sentence of a definition (already marked with QT_TRANSLATE_NOOP)."""
    _Parts.known.append(text)
    _Parts.known.sort(key=len, reverse=True)
    return text


def tr_parts(text: str) -> str:
    """`text` with every registered part in it translated (English: unchanged)."""
    if not is_chinese():
        return text
    for known in _Parts.known:
        if known in text:
            text = text.replace(known, tr(known))
    return text
