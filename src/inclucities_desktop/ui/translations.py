"""Loading the window's translations: the app's own .qm files and Qt's qtbase ones.

``make translations`` compiles ``translations/inclucities_<lang>.ts`` (at the top of the
repository, edited with Qt Linguist) into ``inclucities_desktop/translations/*.qm``, next to
this package, so the same path works from a source checkout, an installed wheel (package
data) and a PyInstaller bundle (the spec copies the folder under the same package path).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from inclucities_core.template import LANGUAGES
from inclucities_desktop.ui.i18n import set_ui_language, ui_language

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
QM_DIR = Path(__file__).resolve().parents[1] / "translations"

# Kept alive here: Qt does not own an installed QTranslator, Python would collect it.
_installed: list[QTranslator] = []


def app_qm_file(language: str) -> Path:
    return QM_DIR / f"inclucities_{language}.qm"


def system_language() -> str:
    """The first of the user's preferred system languages the window speaks, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def locale_for(language: str) -> QLocale:
    """The system's locale when it speaks ``language`` (Belgian French keeps its own
    formats), else the language's main one (Italian: Italy)."""
    system = QLocale.system()
    if system.name().split("_")[0] == language:
        return system
    return QLocale(language)


def install_translations(chosen: str | None) -> str:
    """Translate the window into ``chosen`` (None: the system's language); returns the code.

    Replaces translators installed by an earlier call, sets the default QLocale (dates,
    numbers and money follow the language) and tells ui_language() for template labels.
    """
    language = chosen if chosen in LANGUAGES else system_language()
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            QCoreApplication.removeTranslator(translator)
    _installed.clear()
    set_ui_language(language)
    # Following the system keeps the system's formats, even for a language the window lacks.
    QLocale.setDefault(locale_for(language) if chosen in LANGUAGES else QLocale.system())
    if app is None:
        return ui_language()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(app_qm_file(language).stem, str(QM_DIR))]
    if language != SOURCE_LANGUAGE:  # English has only its plural forms to load
        candidates.insert(0, (f"qtbase_{language}", qt_dir))
    for name, folder in candidates:
        translator = QTranslator()
        if translator.load(name, folder):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
        else:
            # Qt ships no qtbase_el.qm: Greek dialog buttons stay in English. Not an error.
            log.info("No translation %s in %s", name, folder)
    return language


def uninstall_translations() -> None:
    """Back to the untranslated window and the system locale (tests switch languages)."""
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    set_ui_language(None)
    QLocale.setDefault(QLocale.system())


def installed_translation_files() -> list[str]:
    """The .qm files in use (for the About dialog and tests)."""
    return [translator.filePath() for translator in _installed]
