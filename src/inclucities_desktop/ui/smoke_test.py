"""``inclucities --smoke-test``: prove that a build (above all a frozen bundle) works.

Opens the real main window offscreen on a temporary workspace holding the sample plans,
with its settings and logs in that temporary folder too (never the user's), opens a plan,
prints one line per fact checked, and exits 0 only if everything was found.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer


def run_smoke_test(options: argparse.Namespace, qt_args: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="inclucities-smoke-") as temporary:
        root = Path(temporary)
        os.environ["INCLUCITIES_LOG_DIR"] = str(root / "logs")
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                          str(root / "settings"))
        return _smoke(options, qt_args, root / "workspace")


def _smoke(options: argparse.Namespace, qt_args: list[str], folder: Path) -> int:
    from inclucities_desktop import __version__
    from inclucities_desktop.logging_setup import configure_logging
    from inclucities_desktop.services.sample import install_sample
    from inclucities_desktop.services.workspace_services import WorkspaceServices
    from inclucities_desktop.ui.app import create_application, workspace_key
    from inclucities_desktop.ui.main_window import MainWindow
    from inclucities_desktop.ui.settings import WindowSettings, open_settings
    from inclucities_desktop.ui.task_runner import ServiceRunner
    from inclucities_desktop.ui.translations import (
        install_translations,
        installed_translation_files,
    )

    configure_logging()
    app = create_application(qt_args)
    language = install_translations(options.language or "it")
    print(f"version {__version__}")
    print(f"language {language}: {', '.join(installed_translation_files()) or 'none'}")
    services = WorkspaceServices.open(folder)
    added = install_sample(services)
    print(f"sample plans {len(added)}")
    runner = ServiceRunner()
    window = MainWindow(services, runner, WindowSettings(open_settings(), workspace_key(folder)))
    outcome: dict[str, str] = {}
    window.planOpened.connect(lambda plan_id: outcome.setdefault("plan", plan_id))

    def finish() -> None:
        if options.screenshot:  # e.g. at QT_SCALE_FACTOR=2, to see the window at high DPI
            saved = window.grab().save(options.screenshot)
            print(f"screenshot {options.screenshot}" if saved else "screenshot failed")
        window.close()

    window.planOpened.connect(lambda _plan_id: QTimer.singleShot(300, finish))
    QTimer.singleShot(60_000, window.close)  # a hung start fails instead of hanging CI
    window.show()
    window.reload_plans()
    try:
        app.exec()
        print(f"window title {window.windowTitle()}")
        print(f"menus {', '.join(a.text() for a in window.menuBar().actions())}")
    finally:
        runner.shutdown()
        services.close()
    opened = "plan" in outcome
    translated = language == "en" or bool(installed_translation_files())
    print("plan opened" if opened else "no plan opened", file=sys.stdout if opened else sys.stderr)
    if not translated:
        print(f"no translation loaded for {language}", file=sys.stderr)
    QCoreApplication.processEvents()
    return 0 if opened and translated else 1
