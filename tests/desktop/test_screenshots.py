"""Pictures of the main window for the README and docs/.

``make screenshots`` (pytest with ``--screenshots docs/screenshots``) writes them there;
without the option they go to a temporary folder, and the test still checks that the
window drew something of the expected size.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from inclucities_desktop.services.sample import install_sample
from inclucities_desktop.services.workspace_services import WorkspaceServices
from inclucities_desktop.ui.app import workspace_key
from inclucities_desktop.ui.main_window import MainWindow
from inclucities_desktop.ui.settings import WindowSettings, open_settings
from inclucities_desktop.ui.task_runner import ServiceRunner

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
