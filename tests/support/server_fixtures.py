"""pytest fixtures for the sync server; use them with ``from tests.support.server_fixtures
import *`` in a conftest.py.

- ``server_backend``: "sqlite", and "postgresql" when INCLUCITIES_TEST_DATABASE_URL is set
  (otherwise that parameter is skipped with the reason "INCLUCITIES_TEST_DATABASE_URL not set").
- ``empty_database_url`` / ``seeded_database_url``: a fresh database of that backend,
  migrated; the seeded one holds seed-demo's cities, pairs and users, every password
  DEMO_PASSWORD (user names: "coordinator", and "member-CITY" for each city).
- ``live_server`` (empty database) and ``seeded_server``: a real server process.
- ``sqlite_seeded_server``: a seeded real server on SQLite only (for the client's tests).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.support.databases import (
    DEMO_PASSWORD,
    DatabaseFactory,
    database_factory,
    postgres_server_url,
)
from tests.support.live_server import LiveServer

__all__ = [
    "DEMO_PASSWORD",
    "empty_database_url",
    "live_server",
    "seeded_database_url",
    "seeded_server",
    "server_backend",
    "server_databases",
    "sqlite_seeded_server",
]

BACKENDS = [
    "sqlite",
    pytest.param("postgresql", marks=pytest.mark.skipif(
        postgres_server_url() is None, reason="INCLUCITIES_TEST_DATABASE_URL not set")),
]


@pytest.fixture(scope="session")
def server_databases(tmp_path_factory: pytest.TempPathFactory) -> Iterator[
        dict[tuple[str, bool], DatabaseFactory]]:
    """Prepared template databases, made once per test session and backend."""
    factories: dict[tuple[str, bool], DatabaseFactory] = {}
    yield factories
    for factory in factories.values():
        factory.close()


def _factory(factories: dict[tuple[str, bool], DatabaseFactory], backend: str, seed: bool,
             tmp_path_factory: pytest.TempPathFactory) -> DatabaseFactory:
    if (backend, seed) not in factories:
        folder = tmp_path_factory.mktemp(f"server-db-{backend}-{'seeded' if seed else 'empty'}")
        factories[(backend, seed)] = DatabaseFactory(backend, folder, seed)
    return factories[(backend, seed)]


@pytest.fixture(params=BACKENDS)
def server_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def empty_database_url(server_backend: str, server_databases: dict[tuple[str, bool], Any],
                       tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    factory = _factory(server_databases, server_backend, False, tmp_path_factory)
    url = factory.new()
    yield url
    factory.discard(url)


@pytest.fixture
def seeded_database_url(server_backend: str, server_databases: dict[tuple[str, bool], Any],
                        tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    factory = _factory(server_databases, server_backend, True, tmp_path_factory)
    url = factory.new()
    yield url
    factory.discard(url)


@pytest.fixture
def live_server(empty_database_url: str, tmp_path: Path) -> Iterator[LiveServer]:
    with LiveServer(empty_database_url, log_path=tmp_path / "server.log") as server:
        yield server


@pytest.fixture
def seeded_server(seeded_database_url: str, tmp_path: Path) -> Iterator[LiveServer]:
    with LiveServer(seeded_database_url, log_path=tmp_path / "server.log") as server:
        yield server


@pytest.fixture
def sqlite_seeded_server(tmp_path: Path) -> Iterator[LiveServer]:
    with (database_factory("sqlite", tmp_path / "db", seed=True) as factory,
          LiveServer(factory.new(), log_path=tmp_path / "server.log") as server):
        yield server
