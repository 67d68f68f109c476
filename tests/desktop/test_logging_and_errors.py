"""Logs go to a rotating file, Qt's own messages included; errors meet one dialog."""

from __future__ import annotations

import faulthandler
import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, qWarning
from PySide6.QtWidgets import QApplication, QMessageBox

from inclucities_desktop.logging_setup import LOG_FILE, configure_logging
from inclucities_desktop.services.errors import ServiceError
from inclucities_desktop.ui.error_dialog import show_error
from inclucities_desktop.ui.qt_logging import route_qt_messages


@pytest.fixture
def root_logging():
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in root.handlers:
        if handler not in handlers:
            handler.close()
    root.handlers[:] = handlers
    root.setLevel(level)
    faulthandler.enable(sys.__stderr__)  # configure_logging() pointed it at crash.log


def test_qt_messages_reach_the_log_file(qapp, tmp_path: Path, root_logging) -> None:
    path = configure_logging()
    assert path == tmp_path / "logs" / LOG_FILE
    route_qt_messages()
    qWarning("a message from Qt itself")
    logging.getLogger("inclucities_desktop.test").info("a message from Python")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert "a message from Qt itself" in text
    assert "WARNING qt.default" in text
    assert "a message from Python" in text


def test_an_expected_error_is_shown_in_its_own_words(qapp) -> None:
    seen: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.accept()

    QTimer.singleShot(50, read_and_close)
    show_error(ServiceError("A plan needs a title"))
    assert seen == ["A plan needs a title"]


def test_an_unexpected_error_shows_the_one_dialog_with_details(qapp, caplog) -> None:
    seen: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.detailedText())
        box.accept()

    QTimer.singleShot(50, read_and_close)
    try:
        raise KeyError("no such thing")
    except KeyError as error:
        show_error(error)
    assert "KeyError: 'no such thing'" in seen[0]
    assert "Unexpected error" in caplog.text
