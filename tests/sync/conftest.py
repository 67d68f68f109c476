"""Sync test fixtures: an in-memory keyring, real server processes, client workspaces."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from tests.support.databases import database_factory
from tests.support.live_server import LiveServer
from tests.support.memory_keyring import MemoryKeyring
from tests.support.server_fixtures import *  # noqa: F403
from tests.support.server_fixtures import DEMO_PASSWORD


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """One seeded server process (SQLite) shared by a module's tests; each test makes
    its own plans, so they do not meet."""
    folder = tmp_path_factory.mktemp("sync-server")
    with database_factory("sqlite", folder / "db", seed=True) as factory, \
            LiveServer(factory.new(), log_path=folder / "server.log") as live:
        yield live


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous: KeyringBackend = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def workspaces(tmp_path: Path) -> Iterator[Callable[[str], object]]:
    """Opens client workspaces by name, each in its own data folder; all closed at the end."""
    from inclucities_desktop.services.workspace_services import WorkspaceServices

    opened: list[WorkspaceServices] = []

    def open_workspace(name: str) -> WorkspaceServices:
        services = WorkspaceServices.open(tmp_path / f"client-{name}")
        opened.append(services)
        return services

    yield open_workspace
    for services in opened:
        services.close()


PASSWORD = DEMO_PASSWORD
