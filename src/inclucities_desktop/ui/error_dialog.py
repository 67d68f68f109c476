"""One place where errors meet the user: a message for expected ones, one dialog for the rest."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from inclucities_desktop.services.errors import ServiceError
from inclucities_desktop.store.workspace import (
    CorruptWorkspaceError,
    NewerWorkspaceError,
    WorkspaceError,
)

# lupdate reads translate("Context", "text") calls; a wrapper would hide the text.
translate = QCoreApplication.translate

log = logging.getLogger(__name__)



def workspace_problem(error: WorkspaceError) -> str:
    """What went wrong with a workspace, in the user's language (the store's own message,
    in English, goes to the details)."""
    if isinstance(error, NewerWorkspaceError):
        return translate("ErrorDialog",
                         "This workspace was written by a newer version of IncluCities. "
                         "Please install that version; the workspace has not been changed.")
    if isinstance(error, CorruptWorkspaceError):
        return translate("ErrorDialog",
                         "The workspace file is damaged or is not an IncluCities workspace. "
                         "It has not been changed: restore it from a backup or choose "
                         "another folder.")
    return translate("ErrorDialog",
                     "This folder cannot be used as a workspace (the details say why). "
                     "Nothing has been changed: choose another folder.")


def show_error(error: BaseException, parent: QWidget | None = None) -> None:
    """Tell the user about ``error``: its own words if expected, else the unexpected dialog."""
    if isinstance(error, ServiceError | WorkspaceError):
        QMessageBox.warning(parent, translate("ErrorDialog", "IncluCities"), str(error))
        return
    if isinstance(error, OSError):
        QMessageBox.critical(
            parent, translate("ErrorDialog", "IncluCities"),
            translate("ErrorDialog",
                      "The workspace could not be written: {0}\n\nYour last change is kept "
                      "in memory; free some disk space and try again."
                      ).format(error.strerror or error),
        )
        return
    show_unexpected(type(error), error, error.__traceback__, parent)


def show_unexpected(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None,
    parent: QWidget | None = None,
) -> None:
    log.critical("Unexpected error", exc_info=(kind, error, tb))
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("ErrorDialog", "Unexpected error"))
    box.setText(translate("ErrorDialog",
                          "Something went wrong that IncluCities did not expect. Your saved "
                          "work is safe. If it happens again, please send the log file to "
                          "your coordinator."))
    box.setDetailedText("".join(traceback.format_exception(kind, error, tb)))
    box.exec()


def install_excepthook() -> None:
    """Unexpected exceptions in Qt callbacks end in the one dialog instead of vanishing."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt) or QApplication.instance() is None:
            sys.__excepthook__(kind, error, tb)
            return
        show_unexpected(kind, error, tb, QApplication.activeWindow())

    sys.excepthook = hook
