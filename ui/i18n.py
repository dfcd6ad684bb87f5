"""UI language: Indonesian (the source language) by default, English through a .qm file.

Qt's own texts are translated too: Indonesian from resources/i18n/qt/qtbase_id.ts (Qt ships
none), English from Qt's qtbase_en.qm."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from enrolment.resources import resource_path

LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}
_SETTINGS_KEY = "ui/language"
_installed: list[QTranslator] = []


def saved_language() -> str:
    value = QSettings().value(_SETTINGS_KEY, "id")
    return value if value in LANGUAGES else "id"


def save_language(code: str) -> None:
    QSettings().setValue(_SETTINGS_KEY, code)


def install_translators(app: QCoreApplication, code: str) -> bool:
    """Loads the translation for `code`; returns False when its .qm file is missing."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(
        QLocale(QLocale.Language.Indonesian if code == "id" else QLocale.Language.English)
    )
    if code == "id":
        # Our texts are Indonesian already; Qt's own (standard buttons, text-field menus,
        # wizard and print dialogs) come from a small translation of ours.
        qt_id = QTranslator(app)
        if qt_id.load(str(resource_path("i18n", "qt", "qtbase_id.qm"))):
            app.installTranslator(qt_id)
            _installed.append(qt_id)
        return True
    ours = QTranslator(app)
    if not ours.load(str(resource_path("i18n", f"jaring_{code}.qm"))):
        return False
    app.installTranslator(ours)
    _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return True
