"""The window's translations: complete .ts files, built .qm files that Qt really loads,
plural forms, placeholders and accelerators kept, dates and money in the chosen locale."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QLabel

from inclucities_desktop.services.workspace_services import WorkspaceServices
from inclucities_desktop.store.workspace import WorkspaceError
from inclucities_desktop.ui.action_values import format_money
from inclucities_desktop.ui.error_dialog import workspace_problem
from inclucities_desktop.ui.main_window import MainWindow
from inclucities_desktop.ui.plan_list_model import format_timestamp
from inclucities_desktop.ui.settings import WindowSettings, open_settings
from inclucities_desktop.ui.task_runner import ServiceRunner
from inclucities_desktop.ui.translations import (
    QM_DIR,
    app_qm_file,
    install_translations,
    installed_translation_files,
    uninstall_translations,
)

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "translations"
UI_DIR = ROOT / "src" / "inclucities_desktop" / "ui"
LANGUAGES = ("it", "el", "fr", "es", "nl", "lv")
PLACEHOLDER = re.compile(r"\{\d+\}|%n|%\d+")


def lupdate() -> str:
    found = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert found, "pyside6-lupdate is missing beside the interpreter (PySide6-Essentials)"
    return found


def ts_messages(path: Path) -> Iterator[tuple[str, ET.Element]]:
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


@pytest.fixture
def translated() -> Iterator[None]:
    yield
    uninstall_translations()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_entry_is_translated_and_none_is_stale(language: str) -> None:
    problems = []
    for context, message in ts_messages(TS_DIR / f"inclucities_{language}.ts"):
        source = message.findtext("source")
        kind = message.find("translation").get("type")  # type: ignore[union-attr]
        if kind in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: {source!r} is {kind}")
        elif not all(text.strip() for text in forms(message)):
            problems.append(f"{context}: {source!r} has an empty form")
    assert not problems, "\n".join(problems)


def test_the_ts_files_hold_every_string_of_the_code(tmp_path: Path) -> None:
    """lupdate over today's sources adds nothing and retires nothing (else: make translations)."""
    copies = []
    for language in LANGUAGES:
        copy = tmp_path / f"inclucities_{language}.ts"
        shutil.copy(TS_DIR / copy.name, copy)
        copies.append(str(copy))
    sources = sorted(str(path) for path in UI_DIR.glob("*.py"))
    subprocess.run([lupdate(), "-locations", "none", "-source-language", "en", *sources,
                    "-ts", *copies], check=True, capture_output=True, timeout=120)
    for copy in copies:
        changed = [f"{context}: {message.findtext('source')!r} "
                   f"({message.find('translation').get('type')})"  # type: ignore[union-attr]
                   for context, message in ts_messages(Path(copy))
                   if message.find("translation").get("type")]  # type: ignore[union-attr]
        assert not changed, (f"{Path(copy).name} is behind the code; run `make translations` "
                             "and translate:\n" + "\n".join(changed))


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_and_accelerators_survive_translation(language: str) -> None:
    problems = []
    for context, message in ts_messages(TS_DIR / f"inclucities_{language}.ts"):
        source = message.findtext("source") or ""
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for number, text in enumerate(forms(message)):
            found = sorted(set(PLACEHOLDER.findall(text)))
            # Latvian's third plural form is the one for zero, which may say "none" in words.
            zero_form = language == "lv" and message.get("numerus") == "yes" and number == 2
            if zero_form:
                wanted_here = [p for p in wanted if p != "%n"]
                found = [p for p in found if p != "%n"]
            else:
                wanted_here = wanted
            if found != wanted_here:
                problems.append(f"{context}: {source!r} -> {text!r}: {found} != {wanted_here}")
            marks = text.replace("&&", "").count("&")
            if "&" in source.replace("&&", "") and marks != 1:
                problems.append(f"{context}: {text!r} needs one & accelerator")
            if "&" not in source.replace("&&", "").replace("&lt;", "") and marks:
                problems.append(f"{context}: {text!r} has an & the source lacks")
    assert not problems, "\n".join(problems)


def test_every_language_has_a_built_qm_file() -> None:
    for language in LANGUAGES:
        assert app_qm_file(language).is_file(), (
            f"{app_qm_file(language)} is missing: run `make translations` (make test does)")
    assert QM_DIR.name == "translations"


@pytest.mark.parametrize(("count", "expected"), [
    (1, "1 rezultāts"), (21, "21 rezultāts"), (2, "2 rezultāti"), (11, "11 rezultāti"),
    (0, "Nav rezultātu"),
])
def test_latvian_plurals_through_a_real_translator(
    qapp: QApplication, count: int, expected: str
) -> None:
    translator = QTranslator()
    assert translator.load(str(app_qm_file("lv")))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("SearchDialog", "%n result(s)", "", count) == expected
    finally:
        QCoreApplication.removeTranslator(translator)


def test_greek_plurals_and_qt_base_translations(qapp: QApplication, translated: None) -> None:
    assert install_translations("el") == "el"
    assert QCoreApplication.translate("MainWindow", "%n sample plan(s) added", "", 1) == \
        "Προστέθηκε 1 σχέδιο-παράδειγμα"
    assert QCoreApplication.translate("MainWindow", "%n sample plan(s) added", "", 4) == \
        "Προστέθηκαν 4 σχέδια-παραδείγματα"
    # PySide6-Essentials ships no qtbase_el.qm: only the app's own file is loaded for Greek.
    assert [Path(f).name for f in installed_translation_files()] == ["inclucities_el.qm"]

    install_translations("it")
    names = [Path(f).name for f in installed_translation_files()]
    assert names == ["qtbase_it.qm", "inclucities_it.qm"]
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annulla"


def test_english_says_one_conflict_and_two_conflicts(qapp: QApplication,
                                                     translated: None) -> None:
    """English is the source, but "%n conflict(s)" needs its own file to read well."""
    english = TS_DIR / "inclucities_en.ts"
    entries = list(ts_messages(english))
    assert entries and all(message.get("numerus") == "yes" for _name, message in entries)
    for name, message in entries:
        assert all(form and "(s)" not in form for form in forms(message)), (name, message)
    install_translations("en")
    assert [Path(f).name for f in installed_translation_files()] == ["inclucities_en.qm"]
    assert QCoreApplication.translate("SyncStatusWidget", "%n conflict(s)", "", 1) == \
        "1 conflict"
    assert QCoreApplication.translate("SyncStatusWidget", "%n conflict(s)", "", 3) == \
        "3 conflicts"


def test_the_locale_follows_the_chosen_language(qapp: QApplication, translated: None) -> None:
    install_translations("it")
    assert QLocale().language() == QLocale.Language.Italian
    assert format_money(1250) == "1250,00\xa0€"
    install_translations("nl")
    assert format_money(1250.5) == "€\xa01.250,50"


def test_every_menu_has_unique_accelerators_in_every_language(
    qtbot, services: WorkspaceServices, runner: ServiceRunner, translated: None
) -> None:
    for language in ("en", *LANGUAGES):
        install_translations(language)
        window = MainWindow(services, runner, WindowSettings(open_settings(), "key"))
        qtbot.addWidget(window)
        top = [action.text() for action in window.menuBar().actions()]
        top += [label.text() for label in window.findChildren(QLabel) if "&" in label.text()]
        menus = [top] + [[a.text() for a in action.menu().actions() if not a.isSeparator()]
                         for action in window.menuBar().actions()]
        for texts in menus:
            keys = [accelerator(text) for text in texts]
            assert None not in keys, f"{language}: an entry without accelerator in {texts}"
            assert len(set(keys)) == len(keys), f"{language}: accelerators repeat in {texts}"
        window.close()


def accelerator(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def test_plan_list_dates_follow_the_chosen_language(
    qapp: QApplication, translated: None
) -> None:
    # Noon UTC is the same calendar day in every time zone from UTC-11 to UTC+11.
    install_translations("it")
    assert format_timestamp("2026-03-25T12:00:00.000+00:00").startswith("25/03/26")
    install_translations("en")
    assert format_timestamp("2026-03-25T12:00:00+00:00").startswith("3/25/26")
    assert format_timestamp("not a date") == "not a date"


def test_a_damaged_workspace_is_explained_in_the_chosen_language(
    qapp: QApplication, tmp_path: Path, translated: None
) -> None:
    (tmp_path / "workspace.sqlite3").write_bytes(b"not a database at all, " * 100)
    with pytest.raises(WorkspaceError) as caught:
        WorkspaceServices.open(tmp_path)
    install_translations("it")
    assert workspace_problem(caught.value).startswith(
        "Il file dello spazio di lavoro è danneggiato")
    assert (tmp_path / "workspace.sqlite3").read_bytes().startswith(b"not a database")
