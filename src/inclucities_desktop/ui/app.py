"""Starting the window: logging, the Qt application, the workspace, the main window."""

from __future__ import annotations

import argparse
import gc
import hashlib
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from inclucities_core.template import LANGUAGES
from inclucities_desktop import __version__
from inclucities_desktop.logging_setup import configure_logging
from inclucities_desktop.paths import APP_AUTHOR, APP_NAME, data_dir
from inclucities_desktop.resources import resource
from inclucities_desktop.services.workspace_services import WorkspaceServices
from inclucities_desktop.store.workspace import WorkspaceError
from inclucities_desktop.ui.appearance import apply_color_scheme
from inclucities_desktop.ui.error_dialog import install_excepthook, workspace_problem
from inclucities_desktop.ui.main_window import MainWindow
from inclucities_desktop.ui.qt_logging import route_qt_messages
from inclucities_desktop.ui.settings import Preferences, WindowSettings, open_settings
from inclucities_desktop.ui.task_runner import ServiceRunner
from inclucities_desktop.ui.translations import install_translations

log = logging.getLogger(__name__)


def parse_window_args(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(prog="inclucities", description="IncluCities Desktop")
    parser.add_argument("--data-dir", help="the workspace folder to open")
    parser.add_argument("--quit-after-ms", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--language", choices=LANGUAGES,
                        help="the interface language for this run (default: as chosen in "
                             "Preferences, else the system's)")
    parser.add_argument("--smoke-test", action="store_true",
                        help="open the window offscreen on a temporary workspace with the "
                             "sample plans, print what was loaded, and exit (0 if all went well)")
    parser.add_argument("--screenshot", help=argparse.SUPPRESS)  # with --smoke-test: a PNG
    return parser.parse_known_args(argv)


def workspace_key(folder: Path) -> str:
    """A short stable key for per-workspace settings (the folder path itself may be long)."""
    return hashlib.sha256(str(folder).encode()).hexdigest()[:16]


def create_application(qt_args: list[str]) -> QApplication:
    QCoreApplication.setOrganizationName(APP_AUTHOR)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(
        ["inclucities", *qt_args])
    icon = resource("icons", "inclucities.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def open_services(runner: ServiceRunner, folder: Path) -> WorkspaceServices | None:
    """Open the workspace, offering another folder when this one cannot be used."""
    while True:
        try:
            services: WorkspaceServices = runner.call_now(WorkspaceServices.open, folder)
            return services
        except WorkspaceError as error:
            log.error("Cannot open workspace %s: %s", folder, error)
            box = QMessageBox(QMessageBox.Icon.Critical,
                              QCoreApplication.translate("App", "Cannot open the workspace"),
                              workspace_problem(error))
            box.setDetailedText(str(error))
            choose = box.addButton(QCoreApplication.translate("App", "Choose another folder…"),
                                   QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Close)
            box.exec()
            if box.clickedButton() is not choose:
                return None
            picked = QFileDialog.getExistingDirectory(
                None, QCoreApplication.translate("App", "Choose a workspace folder"))
            if not picked:
                return None
            folder = Path(picked)


def freeze_start_up_objects() -> None:
    """Leave what start-up made out of the garbage collector's later full passes.

    Start-up leaves some 130,000 objects that live as long as the process (modules,
    classes, Qt wrappers, SQLAlchemy's and pydantic's tables). A full collection walks
    every one of them while holding the interpreter lock, 50 to 150 ms on a busy machine,
    and a first sync makes enough objects to set one off every second or so: the window
    froze that long in the middle of a sync. Frozen, they are skipped; a full pass over
    what came later takes a few milliseconds.
    """
    gc.freeze()


def run_app(argv: list[str]) -> int:
    options, qt_args = parse_window_args(argv)
    if options.smoke_test:
        from inclucities_desktop.ui.smoke_test import run_smoke_test

        return run_smoke_test(options, qt_args)
    configure_logging()
    app = create_application(qt_args)
    route_qt_messages()
    install_excepthook()
    settings = open_settings()
    preferences = Preferences(settings)
    install_translations(options.language or preferences.language())
    apply_color_scheme(preferences.color_scheme())
    runner = ServiceRunner()
    folder = data_dir(options.data_dir)
    services = open_services(runner, folder)
    if services is None:
        runner.shutdown()
        return 1
    log.info("IncluCities %s started on workspace %s", __version__, services.workspace.data_dir)
    window = MainWindow(services, runner, WindowSettings(settings, workspace_key(folder)))
    window.show()
    window.reload_plans()
    window.sync_ui.start()
    freeze_start_up_objects()
    if options.quit_after_ms:
        QTimer.singleShot(options.quit_after_ms, window.close)
    try:
        return app.exec()
    finally:
        runner.shutdown()
        services.close()


if __name__ == "__main__":
    sys.exit(run_app(sys.argv[1:]))
