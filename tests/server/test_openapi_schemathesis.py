"""schemathesis over the OpenAPI document: no server error, and every answer as documented
(status code, content type, body schema), signed in with a seed-demo token.

The cases are drawn with hypothesis per operation (bounded: a few examples each), without
schemathesis' pytest plug-in.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from tests.support.databases import DEMO_PASSWORD, database_factory

from inclucities_server.app import create_app
from inclucities_server.settings import Settings

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance,
          response_schema_conformance]


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FastAPI]:
    with database_factory("sqlite", tmp_path_factory.mktemp("schemathesis"), seed=True) as made:
        application = create_app(Settings.from_env(made.new()))
        yield application
        application.state.engine.dispose()


def test_every_route_answers_as_documented(app: FastAPI) -> None:
    with TestClient(app) as client:
        token = str(client.post("/api/v1/auth/login", json={
            "username": "member-partinico", "password": DEMO_PASSWORD}).json()["token"])
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == 10
    for operation in operations:
        # Signing out with the shared token would end the other examples' session.
        signed_out = operation.path.endswith("/logout")
        check_operation(operation, "not-a-real-token" if signed_out else token)


def check_operation(operation: Any, bearer: str) -> None:
    @given(case=operation.as_strategy())
    @settings(max_examples=8, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    def check(case: Any) -> None:
        case.call_and_validate(headers={"Authorization": f"Bearer {bearer}"}, checks=CHECKS)

    check()
