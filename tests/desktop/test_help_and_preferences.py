"""Edit → Preferences, Help → Keyboard shortcuts and Help → About, on the real window."""

from __future__ import annotations

import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from inclucities_desktop import __version__
from inclucities_desktop.services.workspace_services import WorkspaceServices
from inclucities_desktop.ui.about_dialog import AboutDialog
from inclucities_desktop.ui.appearance import apply_color_scheme
from inclucities_desktop.ui.main_window import MainWindow
from inclucities_desktop.ui.restart import restart_command
from inclucities_desktop.ui.settings import Preferences, WindowSettings, open_settings
from inclucities_desktop.ui.settings_dialog import SettingsDialog
from inclucities_desktop.ui.shortcuts_dialog import ShortcutsDialog, action_label
from inclucities_desktop.ui.task_runner import ServiceRunner

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def window(qtbot, services: WorkspaceServices, runner: ServiceRunner) -> Iterator[MainWindow]:
    made = MainWindow(services, runner, WindowSettings(open_settings(), "key"))
    qtbot.addWidget(made)
    made.show()
    yield made
    made.close()


@pytest.fixture
def light_again(qapp: QApplication) -> Iterator[None]:
    yield
    apply_color_scheme("system")


def test_preferences_keep_the_language_and_switch_to_dark_at_once(
    qtbot, window: MainWindow, light_again: None
) -> None:
    dialog = SettingsDialog(Preferences(open_settings()), window)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == ""  # follows the system until chosen
    dialog.language.setCurrentIndex(dialog.language.findData("lv"))
    dialog.scheme.setCurrentIndex(dialog.scheme.findData("dark"))
    dialog.accept()
    preferences = Preferences(open_settings())
    assert preferences.language() == "lv"
    assert preferences.color_scheme() == "dark"
    base = QGuiApplication.palette().color(QPalette.ColorRole.Base)
    assert base.lightness() < 128

    again = SettingsDialog(preferences, window)
    qtbot.addWidget(again)
    assert again.language.currentData() == "lv"
    again.language.setCurrentIndex(0)
    again.scheme.setCurrentIndex(again.scheme.findData("system"))
    again.accept()
    assert Preferences(open_settings()).language() is None
    assert QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() >= 128


def test_the_preferences_entry_opens_the_dialog(qtbot, window: MainWindow) -> None:
    seen: list[str] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        seen.append(type(dialog).__name__)
        dialog.reject()

    for action in (window.preferences_action, window.shortcuts_action, window.about_action):
        QTimer.singleShot(0, close_it)
        action.trigger()
    assert seen == ["SettingsDialog", "ShortcutsDialog", "AboutDialog"]


def test_the_shortcut_list_is_made_from_the_window_actions(qtbot, window: MainWindow) -> None:
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    listed = {tuple(dialog.table.item(row, column).text() for column in range(3))
              for row in range(dialog.table.rowCount())}
    names = {name for name, _keys, _where in listed}
    for action in window.findChildren(QAction):
        if any(not keys.isEmpty() for keys in action.shortcuts()):
            assert action_label(action) in names
    assert dialog.table.item(0, 0).text() == "New plan"  # the menus first, in their order
    assert ("Search all plans", "Ctrl+Shift+F", "Edit") in listed
    assert ("Preferences", "Ctrl+,", "Edit") in listed
    # a toolbar symbol ("B") named by its status tip, placed by the toolbar's title
    assert ("Bold", "Ctrl+B", "Formatting") in listed
    # a new action is listed without touching the dialog
    extra = QAction("Export to Word", window)
    extra.setShortcut("Ctrl+E")
    fresh = ShortcutsDialog(window)
    qtbot.addWidget(fresh)
    assert fresh.table.findItems("Export to Word", Qt.MatchFlag.MatchExactly)


def test_about_shows_the_one_version_and_the_licences(qtbot) -> None:
    with (ROOT / "pyproject.toml").open("rb") as file:
        assert __version__ == tomllib.load(file)["project"]["version"]
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.licences.toPlainText()
    assert "LGPL-3.0-only" in text and "Lesser General Public License" in text
    assert "https://download.qt.io/official_releases/qt/" in text
    assert "SQLAlchemy" in text and "python-docx" in text
    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert f"IncluCities Desktop {__version__}" in labels
    assert "EUPL-1.2" in labels


def test_a_restart_keeps_the_workspace_but_not_the_one_run_language() -> None:
    program, arguments = restart_command(
        ["--data-dir", "/srv/plans", "--language", "el", "--quit-after-ms=5", "-style", "fusion"])
    assert program == sys.executable
    assert arguments == ["-m", "inclucities_desktop", "--data-dir", "/srv/plans",
                         "-style", "fusion"]


def test_the_dialog_tells_whether_the_language_changed(qtbot) -> None:
    preferences = Preferences(open_settings())
    preferences.set_language("it")
    dialog = SettingsDialog(preferences)
    qtbot.addWidget(dialog)
    assert not dialog.language_changed()
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    assert dialog.language_changed()
