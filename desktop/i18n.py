"""The interface languages: English (the source texts), Hebrew, Persian, Norwegian Bokmål and
Swedish; Hebrew and Persian are laid out right to left.

Our catalogues are Qt Linguist files, `translations/termscope_<code>.ts` (the source, reviewed by
people) compiled with `pyside6-lrelease` to the `.qm` files shipped beside them (the app only
loads the `.qm`, so no Qt tool is needed at run time). Qt's own catalogue (`qtbase_<code>.qm`,
for the buttons of standard dialogs) is loaded too: the Qt installation's, else ours
(`translations/qtbase_nb.ts`, written by hand: Qt ships Nynorsk but no Bokmål).

Only the interface's fixed words are translated: results, clause texts and the vendors' own words
come from models/ and the contracts, and are never translated.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QSettings,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QGuiApplication

from models.wording import Wording

TRANSLATIONS = Path(__file__).resolve().parent / "translations"
SETTINGS_KEY = "language"


@dataclass(frozen=True)
class Language:
    code: str  # the catalogue's suffix and QLocale name
    native_name: str  # shown in the Language menu as its own readers write it
    locale: QLocale.Language
    right_to_left: bool = False
    cldr: str = "en_US"  # the locale models/ formats numbers and dates in (Babel's name)


LANGUAGES: tuple[Language, ...] = (
    Language("en", "English", QLocale.Language.English),
    Language("he", "עברית", QLocale.Language.Hebrew, right_to_left=True, cldr="he_IL"),
    Language("fa", "فارسی", QLocale.Language.Persian, right_to_left=True, cldr="fa_IR"),
    Language("nb", "Norsk bokmål", QLocale.Language.NorwegianBokmal, cldr="nb_NO"),
    Language("sv", "Svenska", QLocale.Language.Swedish, cldr="sv_SE"),
)
BY_CODE = {language.code: language for language in LANGUAGES}
DEFAULT = "en"

# The translators installed now: kept referenced, else Python would free them while installed.
_installed: list[QTranslator] = []
_current = [DEFAULT]


def language_for_locale(locale: QLocale) -> str:
    """The code of one of our languages for a locale (the system's), else English."""
    for language in LANGUAGES:
        if language.locale == locale.language():
            return language.code
    return DEFAULT


def saved_language(settings: QSettings) -> str:
    """The language chosen before, else the system locale's if we offer it, else English."""
    saved = settings.value(SETTINGS_KEY)
    if isinstance(saved, str) and saved in BY_CODE:
        return saved
    return language_for_locale(QLocale.system())


def current_language() -> str:
    """The code of the language applied last (English before any)."""
    return _current[0]


def _translate_model_text(text: str) -> str:
    return QCoreApplication.translate("models", text)


def current_wording() -> Wording:
    """The words and formats of the language applied last, for the views models/ builds:
    our texts through the "models" context of the catalogues, numbers and dates in its locale."""
    return Wording(locale=BY_CODE[current_language()].cldr, translate=_translate_model_text)


def apply_language(code: str, settings: QSettings | None = None) -> None:
    """Installs the catalogues of `code` in the running application, sets its layout direction
    and default locale, and remembers the choice in `settings`. Qt then sends every widget a
    LanguageChange event, on which the windows set their texts again."""
    language = BY_CODE.get(code, BY_CODE[DEFAULT])
    app = QCoreApplication.instance()
    assert app is not None, "a QApplication must exist before a language is applied"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language.code != DEFAULT:
        qt_catalogues = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folders in (
            # Qt's own texts (dialog buttons, the file dialog, text fields' menus): Qt's
            # catalogue, else ours where Qt ships none (Bokmål: Qt has only Nynorsk)
            (f"qtbase_{language.code}", (qt_catalogues, str(TRANSLATIONS))),
            (f"termscope_{language.code}", (str(TRANSLATIONS),)),
        ):
            translator = QTranslator(app)
            if any(translator.load(name, folder) for folder in folders):
                app.installTranslator(translator)
                _installed.append(translator)
    QLocale.setDefault(QLocale(language.locale))
    if isinstance(app, QGuiApplication):
        QGuiApplication.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft
            if language.right_to_left
            else Qt.LayoutDirection.LeftToRight
        )
    _current[0] = language.code
    # Qt posts the LanguageChange events; delivered now, the switch is whole when this returns
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    if settings is not None:
        settings.setValue(SETTINGS_KEY, language.code)
