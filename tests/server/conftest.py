"""Server test fixtures: real databases (SQLite, and PostgreSQL when configured), real
server processes, and in-process clients over the same real databases."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from tests.support.server_fixtures import *  # noqa: F403
from tests.support.server_fixtures import DEMO_PASSWORD


@pytest.fixture
def app_client(seeded_database_url: str) -> Iterator[TestClient]:
    """The app in this process (no network) over a seeded database of each backend."""
    from inclucities_server.app import create_app
    from inclucities_server.settings import Settings

    app = create_app(Settings.from_env(seeded_database_url))
    with TestClient(app, base_url="http://testserver") as client:
        yield client
    app.state.engine.dispose()


@pytest.fixture
def sign_in(app_client: TestClient):  # type: ignore[no-untyped-def]
    """Signs a seed-demo user in; answers the Authorization headers."""

    def signed_in(username: str) -> dict[str, str]:
        answer = app_client.post("/api/v1/auth/login",
                                 json={"username": username, "password": DEMO_PASSWORD})
        assert answer.status_code == 200, answer.text
        return {"Authorization": f"Bearer {answer.json()['token']}"}

    return signed_in
