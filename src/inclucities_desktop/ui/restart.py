"""Starting the app again, so that a new interface language takes effect at once."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QProcess
from PySide6.QtWidgets import QMessageBox, QWidget

translate = QCoreApplication.translate

# Options of one run that a restart must not repeat: the language is the one just chosen.
_ONE_RUN_OPTIONS = ("--language", "--smoke-test", "--screenshot", "--quit-after-ms")
_WITH_VALUE = ("--language", "--screenshot", "--quit-after-ms")


def restart_command(argv: list[str]) -> tuple[str, list[str]]:
    """The program and arguments that start this app again with ``argv``'s workspace."""
    kept: list[str] = []
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        name = arg.split("=", 1)[0]
        if name in _ONE_RUN_OPTIONS:
            skip = name in _WITH_VALUE and "=" not in arg
            continue
        kept.append(arg)
    if getattr(sys, "frozen", False):  # a PyInstaller bundle: the executable is the app
        return sys.executable, kept
    return sys.executable, ["-m", "inclucities_desktop", *kept]


def offer_restart(window: QWidget) -> bool:
    """Ask whether to restart now; if so, close ``window`` (which saves) and start again."""
    box = QMessageBox(QMessageBox.Icon.Question, translate("Restart", "New language"),
                      translate("Restart", "IncluCities uses the new language from its next "
                                "start. Restart now? Your work is saved first."),
                      parent=window)
    restart = box.addButton(translate("Restart", "Restart now"),
                            QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("Restart", "Later"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not restart or not window.close():
        return False
    program, arguments = restart_command(sys.argv[1:])
    started = QProcess.startDetached(program, arguments)
    return bool(started[0] if isinstance(started, tuple) else started)
