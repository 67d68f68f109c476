"""Pictures of the main window for the README and docs/.

``make screenshots`` (pytest with ``--screenshots docs/screenshots``) writes them there;
without the option they go to a temporary folder, and the test still checks that the
window drew something of the expected size.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication

from inclucities_desktop.services.sample import install_sample
from inclucities_desktop.services.workspace_services import WorkspaceServices
from inclucities_desktop.ui.app import workspace_key
from inclucities_desktop.ui.appearance import apply_color_scheme
from inclucities_desktop.ui.main_window import MainWindow
from inclucities_desktop.ui.settings import WindowSettings, open_settings
from inclucities_desktop.ui.task_runner import ServiceRunner
from inclucities_desktop.ui.translations import install_translations, uninstall_translations

SIZE = (1280, 800)


def save(window: MainWindow, path: Path) -> None:
    QApplication.processEvents()
    window.repaint()
    assert window.grab().save(str(path))
    image = QImage(str(path))
    assert (image.width(), image.height()) == SIZE
    # A real picture has many colours; a blank or failed grab has one or two.
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
               for y in range(0, image.height(), 7)}
    assert len(colours) > 20


def test_screenshots_of_the_main_window(
    qtbot, services: WorkspaceServices, runner: ServiceRunner, folder: Path
) -> None:
    window = MainWindow(services, runner, WindowSettings(
        open_settings(), workspace_key(services.workspace.data_dir)))
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    with qtbot.waitSignal(window.plansLoaded, timeout=20000):
        window.reload_plans()
    save(window, folder / "welcome.png")

    added = install_sample(services)
    partinico = next(p for p in services.plans.list_plans() if p.city_id == "partinico")
    assert partinico.id in added
    with qtbot.waitSignal(window.planOpened, timeout=20000):
        window.reload_plans(select=partinico.id)
    window.plan_page.show_section("context_needs")
    qtbot.wait(200)
    save(window, folder / "main-window.png")

    window.plan_page.show_section("actions")
    qtbot.waitUntil(lambda: window.plan_page.actions_view.selected_action_id() is not None,
                    timeout=20000)
    qtbot.wait(200)
    save(window, folder / "main-window-actions.png")
    window.close()


def open_sample_window(qtbot, services: WorkspaceServices, runner: ServiceRunner,
                       city_id: str, section: str) -> MainWindow:
    """A new window (its words are read as it is built) showing ``city_id``'s plan."""
    if not services.plans.list_plans():
        install_sample(services)
    plan = next(p for p in services.plans.list_plans() if p.city_id == city_id)
    window = MainWindow(services, runner, WindowSettings(
        open_settings(), workspace_key(services.workspace.data_dir)))
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    with qtbot.waitSignal(window.planOpened, timeout=20000):
        window.reload_plans(select=plan.id)
    window.plan_page.show_section(section)
    qtbot.wait(200)
    return window


@pytest.fixture
def restore_language_and_colours(qapp: QApplication) -> Iterator[None]:
    yield
    uninstall_translations()
    apply_color_scheme("system")


def test_screenshots_in_italian_greek_and_dark(
    qtbot, services: WorkspaceServices, runner: ServiceRunner, folder: Path,
    restore_language_and_colours: None,
) -> None:
    for language, city, name in (("it", "partinico", "main-window-it.png"),
                                 ("el", "livadia", "main-window-el.png")):
        install_translations(language)
        window = open_sample_window(qtbot, services, runner, city, "context_needs")
        assert window.menuBar().actions()[0].text() == {"it": "&File", "el": "&Αρχείο"}[language]
        save(window, folder / name)
        window.close()

    uninstall_translations()
    apply_color_scheme("dark")
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128
    window = open_sample_window(qtbot, services, runner, "partinico", "actions")
    qtbot.waitUntil(lambda: window.plan_page.actions_view.selected_action_id() is not None,
                    timeout=20000)
    qtbot.wait(200)
    save(window, folder / "main-window-dark.png")
    image = QImage(str(folder / "main-window-dark.png"))
    # the window's own background is dark, not only the palette's promise
    assert QColor(image.pixel(5, image.height() - 5)).lightness() < 128
    window.close()


@pytest.mark.slow
def test_screenshot_at_twice_the_scale(folder: Path, tmp_path: Path) -> None:
    """At QT_SCALE_FACTOR=2 (a high-DPI screen) the window draws at twice the pixels."""
    path = folder / "main-window-el-2x.png"
    env = {**os.environ, "QT_SCALE_FACTOR": "2", "QT_QPA_PLATFORM": "offscreen",
           "INCLUCITIES_LOG_DIR": str(tmp_path / "logs")}
    done = subprocess.run(
        [sys.executable, "-m", "inclucities_desktop", "--smoke-test", "--language", "el",
         "--screenshot", str(path)], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    image = QImage(str(path))
    assert (image.width(), image.height()) == (SIZE[0] * 2, SIZE[1] * 2)
