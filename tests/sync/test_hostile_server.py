"""Broken or hostile server answers: a clear error, and nothing written to the workspace.

The server here is a tiny real HTTP server (http.server on 127.0.0.1) that answers each
path with what the test asks for.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from inclucities_desktop.services.workspace_services import WorkspaceServices
from inclucities_desktop.sync.errors import (
    PermissionDenied,
    ProtocolError,
    ServerError,
    ServerUnreachable,
    SessionExpired,
    Throttled,
)
from inclucities_desktop.sync.http_client import SyncClient
from inclucities_desktop.sync.retry import RetryPolicy

USER = {"id": "u1", "username": "anna", "display_name": "Anna", "role": "member",
        "city_id": "partinico"}
LOGIN = {"token": "t0k3n", "expires_at": "2099-01-01T00:00:00Z", "user": USER}
DIRECTORY = {"cities": [{"id": "partinico", "name": "Partinico", "country": "IT",
                         "association": "AICCRE", "language": "it"}], "pairs": []}
EMPTY_PULL = {"changes": [], "cursor": 0, "has_more": False, "access_key": "k"}
Answer = tuple[int, bytes, dict[str, str], float]  # status, body, headers, delay


def ok(body: Any) -> Answer:
    return 200, json.dumps(body).encode(), {"Content-Type": "application/json"}, 0.0


class Hostile(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.answers: dict[str, Answer] = {
            "/api/v1/auth/login": ok(LOGIN), "/api/v1/directory": ok(DIRECTORY),
            "/api/v1/sync/pull": ok(EMPTY_PULL), "/api/v1/auth/logout": (204, b"", {}, 0.0),
        }
        self.calls: list[str] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _Handler(BaseHTTPRequestHandler):
    server: Hostile

    def _answer(self) -> None:
        path = self.path.split("?")[0]
        self.server.calls.append(path)
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        status, body, headers, delay = self.server.answers.get(
            path, (404, b'{"code": "not_found", "detail": "no"}', {}, 0.0))
        time.sleep(delay)
        try:
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            if "Content-Length" not in headers:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    do_GET = do_POST = _answer

    def log_message(self, *_args: Any) -> None:
        pass


@pytest.fixture
def hostile() -> Iterator[Hostile]:
    server = Hostile()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def _factory(**options: Any) -> Any:
    def make(url: str, token: str | None, ca_bundle: str | None) -> SyncClient:
        return SyncClient(url, token, ca_bundle=ca_bundle, **options)
    return make


@pytest.fixture
def bound(services: WorkspaceServices, hostile: Hostile) -> WorkspaceServices:
    services.sync.retry = RetryPolicy(attempts=3, first_delay=0.01, max_total_delay=0.5)
    services.sync.client_factory = _factory(timeout=(2.0, 0.5), max_answer_bytes=1 << 20)
    services.sync.sign_in(hostile.url, "anna", "secret")
    return services


def _nothing_pulled(services: WorkspaceServices) -> None:
    assert services.plans.list_plans() == []
    with services.workspace.read() as connection:
        from inclucities_desktop.services import sync_state
        assert sync_state.cursor(connection) == 0


@pytest.mark.parametrize("body", [
    b"{not json", b"[]", b'{"token": 5}',
    json.dumps({**LOGIN, "user": {**USER, "role": "x"}}).encode(),
    json.dumps({**LOGIN, "extra": 1}).encode(), b"\xff\xfe garbage",
])
def test_a_broken_sign_in_answer_is_refused_and_binds_nothing(
        services: WorkspaceServices, hostile: Hostile, body: bytes) -> None:
    hostile.answers["/api/v1/auth/login"] = (200, body, {}, 0.0)
    with pytest.raises(ProtocolError, match="nothing of it was used"):
        services.sync.sign_in(hostile.url, "anna", "secret")
    assert services.sync.account() is None


@pytest.mark.parametrize("page", [
    # a section's text as a number
    {"changes": [{"entity": "section", "entity_id": "p1:context_needs", "field": "text",
                  "value": 42, "revision": 1, "plan_id": "p1", "changed_by": "x",
                  "changed_at": "2026-01-01T00:00:00Z"}], "cursor": 1, "has_more": False,
     "access_key": "k"},
    # an entity the protocol does not have
    {"changes": [{"entity": "user", "entity_id": "p1", "field": "title", "value": "x",
                  "revision": 1, "plan_id": "p1", "changed_by": "x", "changed_at": "t"}],
     "cursor": 1, "has_more": False, "access_key": "k"},
    # a plan's title set under another plan's id
    {"changes": [{"entity": "plan", "entity_id": "p1", "field": "title", "value": "x",
                  "revision": 1, "plan_id": "p2", "changed_by": "x", "changed_at": "t"}],
     "cursor": 1, "has_more": False, "access_key": "k"},
    # revisions out of order, and a cursor behind them
    {"changes": [{"entity": "plan", "entity_id": "p1", "field": "title", "value": "x",
                  "revision": 5, "plan_id": "p1", "changed_by": "x", "changed_at": "t"},
                 {"entity": "plan", "entity_id": "p1", "field": "status", "value": "draft",
                  "revision": 3, "plan_id": "p1", "changed_by": "x", "changed_at": "t"}],
     "cursor": 5, "has_more": False, "access_key": "k"},
    # "more follows" with nothing in the page: would ask forever
    {"changes": [], "cursor": 0, "has_more": True, "access_key": "k"},
    # a template version this app does not know
    {"changes": [{"entity": "plan", "entity_id": "p1", "field": "template_version",
                  "value": 99, "revision": 1, "plan_id": "p1", "changed_by": "x",
                  "changed_at": "t"}], "cursor": 1, "has_more": False, "access_key": "k"},
    {"changes": "all of them", "cursor": 1, "has_more": False, "access_key": "k"},
])
def test_a_broken_pull_page_writes_nothing(bound: WorkspaceServices, hostile: Hostile,
                                           page: dict[str, Any]) -> None:
    hostile.answers["/api/v1/sync/pull"] = ok(page)
    with pytest.raises(ProtocolError):
        bound.sync.sync()
    _nothing_pulled(bound)


def test_a_huge_answer_is_not_read(bound: WorkspaceServices, hostile: Hostile) -> None:
    hostile.answers["/api/v1/sync/pull"] = (200, b" " * (2 << 20), {}, 0.0)
    with pytest.raises(ProtocolError, match="larger than 1 MB"):
        bound.sync.sync()
    # without a Content-Length, read until the limit
    hostile.answers["/api/v1/sync/pull"] = (
        200, b" " * (2 << 20), {"Connection": "close", "Content-Length": ""}, 0.0)
    with pytest.raises((ProtocolError, ServerUnreachable)):
        bound.sync.sync()
    _nothing_pulled(bound)


def test_a_slow_answer_is_a_timeout(bound: WorkspaceServices, hostile: Hostile) -> None:
    hostile.answers["/api/v1/sync/pull"] = (*ok(EMPTY_PULL)[:3], 1.5)
    with pytest.raises(ServerUnreachable, match="did not answer in time"):
        bound.sync.sync()
    _nothing_pulled(bound)


def test_server_errors_are_tried_again_then_reported(
        bound: WorkspaceServices, hostile: Hostile) -> None:
    hostile.answers["/api/v1/directory"] = (503, b"<html>down</html>", {}, 0.0)
    with pytest.raises(ServerError, match="HTTP 503"):
        bound.sync.sync()
    assert hostile.calls.count("/api/v1/directory") == 3  # the retry policy's attempts


def test_an_expired_session_is_not_tried_again(bound: WorkspaceServices,
                                               hostile: Hostile) -> None:
    hostile.answers["/api/v1/directory"] = (
        401, b'{"code": "token_expired", "detail": "expired"}', {}, 0.0)
    with pytest.raises(SessionExpired, match="sign in again"):
        bound.sync.sync()
    assert hostile.calls.count("/api/v1/directory") == 1


def test_throttling_and_refusals(bound: WorkspaceServices, hostile: Hostile) -> None:
    hostile.answers["/api/v1/directory"] = (
        429, b'{"code": "throttled", "detail": "slow down"}', {"Retry-After": "30"}, 0.0)
    with pytest.raises(Throttled) as raised:
        bound.sync.sync()
    assert raised.value.retry_after == 30
    hostile.answers["/api/v1/directory"] = (
        403, b'{"code": "forbidden", "detail": "not yours"}', {}, 0.0)
    with pytest.raises(PermissionDenied, match="not yours"):
        bound.sync.sync()


def test_push_results_for_other_changes_are_refused_and_the_outbox_kept(
        bound: WorkspaceServices, hostile: Hostile) -> None:
    bound.plans.create(city_id="partinico", title="Piano", language="it")
    before = bound.pending_changes()
    hostile.answers["/api/v1/sync/push"] = ok({"results": [
        {"change_id": "someone-else", "outcome": "applied", "revision": 1}]})
    with pytest.raises(ProtocolError, match="none was used"):
        bound.sync.sync()
    assert bound.pending_changes() == before
