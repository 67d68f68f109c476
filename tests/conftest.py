"""Test set-up shared by every test: offscreen Qt, and a fresh workspace per test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Nothing a test does may touch the real user's workspace or settings.
os.environ.pop("INCLUCITIES_DATA_DIR", None)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "workspace"
    folder.mkdir()
    return folder


@pytest.fixture
def services(data_dir: Path) -> Iterator[object]:
    from inclucities_desktop.services.workspace_services import WorkspaceServices

    opened = WorkspaceServices.open(data_dir)
    yield opened
    opened.close()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--screenshots", default=None,
                     help="save the screenshot tests' pictures into this folder")
