"""Fixtures for tests that drive real windows offscreen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each test gets its own QSettings file and log folder, never the user's."""
    QCoreApplication.setOrganizationName("CEMR-tests")
    QCoreApplication.setApplicationName("IncluCities-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    monkeypatch.setenv("INCLUCITIES_LOG_DIR", str(tmp_path / "logs"))
    yield


@pytest.fixture
def runner(qapp: QApplication) -> Iterator[object]:
    from inclucities_desktop.ui.task_runner import ServiceRunner

    made = ServiceRunner()
    yield made
    made.wait_idle()
    made.shutdown()

