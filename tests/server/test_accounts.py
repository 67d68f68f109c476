"""Accounts: sign-in, tokens (expiry, logout, revocation), throttling, password rehash, and
the one error shape, on the app in this process over a real database."""

from __future__ import annotations

import contextlib
import dataclasses
import io
import sys
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from tests.support.databases import DEMO_PASSWORD

from inclucities_server.__main__ import main
from inclucities_server.app import create_app
from inclucities_server.settings import Settings

LOGIN = "/api/v1/auth/login"


@contextlib.contextmanager
def client_for(url: str, **overrides: object) -> Iterator[TestClient]:
    app = create_app(dataclasses.replace(Settings.from_env(url), **overrides))
    with TestClient(app) as client:
        yield client
    app.state.engine.dispose()


def login(client: TestClient, username: str, password: str = DEMO_PASSWORD):  # type: ignore[no-untyped-def]
    return client.post(LOGIN, json={"username": username, "password": password})


def bearer(answer) -> dict[str, str]:  # type: ignore[no-untyped-def]
    assert answer.status_code == 200, answer.text
    return {"Authorization": f"Bearer {answer.json()['token']}"}


def test_sign_in_me_and_sign_out(app_client: TestClient) -> None:
    answer = login(app_client, "member-livadia")
    body = answer.json()
    assert body["user"] == app_client.get("/api/v1/me", headers=bearer(answer)).json()
    assert body["user"]["role"] == "member" and body["user"]["city_id"] == "livadia"
    assert body["expires_at"].endswith("Z")
    headers = bearer(answer)
    directory = app_client.get("/api/v1/directory", headers=headers).json()
    assert len(directory["cities"]) == 8 and len(directory["pairs"]) == 4
    assert app_client.post("/api/v1/auth/logout", headers=headers).status_code == 204
    after = app_client.get("/api/v1/me", headers=headers)
    assert after.status_code == 401
    assert after.json()["code"] == "token_invalid"


def test_wrong_password_and_missing_or_bad_tokens_get_401_error_bodies(
        app_client: TestClient) -> None:
    wrong = login(app_client, "member-livadia", "not the password")
    assert wrong.status_code == 401
    assert wrong.json()["code"] == "login_failed"
    assert login(app_client, "nobody", "whatever").json()["code"] == "login_failed"
    for headers in ({}, {"Authorization": "Bearer made-up"}, {"Authorization": "Basic eDp5"}):
        answer = app_client.get("/api/v1/sync/pull", headers=headers)
        assert answer.status_code == 401
        assert set(answer.json()) == {"code", "detail"}
        assert answer.json()["code"] == "token_invalid"


def test_an_expired_token_gets_token_expired(seeded_database_url: str) -> None:
    with client_for(seeded_database_url, token_days=0) as client:
        headers = bearer(login(client, "coordinator"))
        answer = client.get("/api/v1/me", headers=headers)
    assert answer.status_code == 401
    assert answer.json()["code"] == "token_expired"


def admin(url: str, *args: str, stdin: str = "") -> int:
    real = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            return main(["admin", *args, "--database-url", url])
    finally:
        sys.stdin = real


def test_reset_password_and_revoke_tokens_sign_the_user_out(
        app_client: TestClient, seeded_database_url: str) -> None:
    first = bearer(login(app_client, "member-jelgava"))
    second = bearer(login(app_client, "member-jelgava"))
    other = bearer(login(app_client, "member-livadia"))
    assert admin(seeded_database_url, "reset-password", "member-jelgava", "--password-stdin",
                 stdin="a brand new password\n") == 0
    for headers in (first, second):
        assert app_client.get("/api/v1/me", headers=headers).status_code == 401
    assert app_client.get("/api/v1/me", headers=other).status_code == 200
    assert login(app_client, "member-jelgava").status_code == 401
    fresh = bearer(login(app_client, "member-jelgava", "a brand new password"))
    assert admin(seeded_database_url, "revoke-tokens", "member-jelgava") == 0
    assert app_client.get("/api/v1/me", headers=fresh).status_code == 401


def test_failed_sign_ins_are_throttled_per_account_and_per_address(
        seeded_database_url: str) -> None:
    with client_for(seeded_database_url, throttle_account_failures=3,
                    throttle_address_failures=5) as client:
        for _ in range(3):
            assert login(client, "member-partinico", "wrong").status_code == 401
        blocked = login(client, "member-partinico")  # even the right password waits
        assert blocked.status_code == 429
        assert blocked.json()["code"] == "too_many_attempts"
        assert 1 <= int(blocked.headers["Retry-After"]) <= 15 * 60
        # Another account from the same address still gets in, and clears nothing else.
        assert login(client, "member-mechelen").status_code == 200
        for _ in range(2):
            assert login(client, "member-mechelen", "wrong").status_code == 401
        # Five failures from this address: now every account waits.
        assert login(client, "member-livadia").status_code == 429


def test_a_success_clears_the_accounts_failures(seeded_database_url: str) -> None:
    with client_for(seeded_database_url, throttle_account_failures=3) as client:
        for _ in range(2):
            assert login(client, "member-partinico", "wrong").status_code == 401
        assert login(client, "member-partinico").status_code == 200
        for _ in range(2):
            assert login(client, "member-partinico", "wrong").status_code == 401
        assert login(client, "member-partinico").status_code == 200


def test_a_password_is_rehashed_at_sign_in_when_the_cost_changes(
        seeded_database_url: str) -> None:
    def stored_hash() -> str:
        engine = sa.create_engine(seeded_database_url)
        with engine.connect() as connection:
            found = connection.execute(sa.text(
                "SELECT password_hash FROM users WHERE username = 'coordinator'")).scalar_one()
        engine.dispose()
        return str(found)

    assert "t=1," in stored_hash()
    with client_for(seeded_database_url, argon2_time_cost=2) as client:
        assert login(client, "coordinator").status_code == 200
    assert "t=2," in stored_hash()
    with client_for(seeded_database_url, argon2_time_cost=2) as client:
        assert login(client, "coordinator").status_code == 200


@pytest.mark.parametrize("streamed", [False, True])
def test_bodies_over_the_cap_get_413(seeded_database_url: str, streamed: bool) -> None:
    with client_for(seeded_database_url, max_body_bytes=1000) as client:
        headers = bearer(login(client, "member-partinico"))
        payload = b'{"changes": []' + b" " * 2000 + b"}"
        content = iter([payload[:500], payload[500:]]) if streamed else payload
        answer = client.post("/api/v1/sync/push", content=content,
                             headers={**headers, "Content-Type": "application/json"})
        assert answer.status_code == 413
        assert answer.json()["code"] == "body_too_large"
        small = client.post("/api/v1/sync/push", json={"changes": []}, headers=headers)
        assert small.status_code == 200


def test_malformed_requests_get_422_with_the_error_shape(app_client: TestClient) -> None:
    headers = bearer(login(app_client, "member-partinico"))
    for body in ({"changes": [{"entity": "plan"}]}, {"changes": "no"}, {},
                 {"changes": [{"change_id": "x", "entity": "city", "entity_id": "a",
                               "field": "f", "value": 1}]}):
        answer = app_client.post("/api/v1/sync/push", json=body, headers=headers)
        assert answer.status_code == 422, body
        assert answer.json()["code"] == "invalid_request"
    too_many = {"changes": [{"change_id": str(n), "entity": "plan", "entity_id": "p",
                             "field": "title", "value": "x"} for n in range(501)]}
    assert app_client.post("/api/v1/sync/push", json=too_many, headers=headers).status_code == 422
    assert app_client.get("/api/v1/sync/pull", params={"limit": 0},
                          headers=headers).status_code == 422
