"""End to end against real server processes: many concurrent pushers with a reader pulling
all the while (SYNC.md guarantee 5), a server SIGKILLed during a push (guarantee 4), and
throttling and the body cap across two workers."""

from __future__ import annotations

import threading
import uuid
from typing import Any

import requests
import sqlalchemy as sa
from tests.support.changes import change, new_action, new_plan, push
from tests.support.databases import DEMO_PASSWORD
from tests.support.live_server import LiveServer

PUSHERS = 6
ACTIONS_PER_PUSHER = 20
FIELDS = ("code", "title", "objective", "description", "lead_organisation")  # 20 x 5 = 100
BATCH = 10


def _session(server: LiveServer, username: str) -> tuple[requests.Session, dict[str, str]]:
    session = requests.Session()
    return session, server.auth(server.login(username, DEMO_PASSWORD))


def test_concurrent_pushers_and_a_reader_that_never_skips(
        seeded_database_url: str, tmp_path: Any) -> None:
    with LiveServer(seeded_database_url, workers=2, log_path=tmp_path / "server.log") as server:
        session, headers = _session(server, "member-partinico")
        plan_id, changes = new_plan("partinico")
        applied: dict[tuple[str, str, str], int] = {}
        for result, sent in zip(push(session, headers, changes, server.api("/sync/push")),
                                changes, strict=True):
            applied[("plan", plan_id, sent["field"])] = result["revision"]
        lock = threading.Lock()
        failures: list[BaseException] = []

        def pusher() -> None:
            try:
                own, own_headers = _session(server, "member-partinico")
                work: list[dict[str, Any]] = []
                for _ in range(ACTIONS_PER_PUSHER):
                    action_id, creation = new_action(plan_id)
                    work += creation[:1]  # its plan_id
                    work += [change("action", action_id, key, f"{key} {uuid.uuid4().hex}")
                             for key in FIELDS]
                for start in range(0, len(work), BATCH):
                    batch = work[start:start + BATCH]
                    results = push(own, own_headers, batch, server.api("/sync/push"))
                    with lock:
                        for sent, result in zip(batch, results, strict=True):
                            assert result["outcome"] == "applied", result
                            key = (sent["entity"], sent["entity_id"], sent["field"])
                            applied[key] = result["revision"]
            except BaseException as error:  # reported by the main thread
                failures.append(error)

        threads = [threading.Thread(target=pusher) for _ in range(PUSHERS)]
        for thread in threads:
            thread.start()
        seen: list[tuple[tuple[str, str, str], int]] = []
        cursor = 0

        def pull_page() -> bool:
            nonlocal cursor
            page = session.get(server.api("/sync/pull"), headers=headers,
                               params={"after": cursor, "limit": 37}, timeout=30).json()
            revisions = [c["revision"] for c in page["changes"]]
            assert revisions == sorted(revisions) and all(r > cursor for r in revisions)
            seen.extend(((c["entity"], c["entity_id"], c["field"]), c["revision"])
                        for c in page["changes"])
            cursor = page["cursor"]
            return bool(page["has_more"])

        while any(thread.is_alive() for thread in threads):
            pull_page()
        for thread in threads:
            thread.join(120)
        while pull_page():
            pass
        assert not failures, failures
    expected = PUSHERS * ACTIONS_PER_PUSHER * (1 + len(FIELDS)) + len(changes)
    assert len(applied) == expected
    keys = [key for key, _ in seen]
    assert len(keys) == len(set(keys)), "a change was pulled twice"
    assert dict(seen) == applied, "a change was skipped or pulled with another revision"


def test_a_server_killed_during_a_push_loses_and_doubles_nothing(
        seeded_database_url: str, tmp_path: Any) -> None:
    server = LiveServer(seeded_database_url, log_path=tmp_path / "server.log").start()
    try:
        session, headers = _session(server, "member-partinico")
        plan_id, changes = new_plan("partinico")
        push(session, headers, changes, server.api("/sync/push"))
        for delay in (0.05, 0.25):
            work = []
            for _ in range(100):
                _, creation = new_action(plan_id, title="x" * 2000,
                                                 description="y" * 20000)
                work += creation
            body = {"changes": work[:500]}
            answered: list[Any] = []

            def send(body: dict[str, Any], answered: list[Any]) -> None:
                try:
                    answered.append(session.post(server.api("/sync/push"), json=body,
                                                 headers=headers, timeout=30))
                except requests.RequestException as error:
                    answered.append(error)

            sender = threading.Thread(target=send, args=(body, answered))
            sender.start()
            threading.Event().wait(delay)
            server.kill()
            sender.join(30)
            server.start()
            retried = session.post(server.api("/sync/push"), json=body, headers=headers,
                                   timeout=60).json()["results"]
            assert {r["outcome"] for r in retried} == {"applied"}
            again = session.post(server.api("/sync/push"), json=body, headers=headers,
                                 timeout=60).json()["results"]
            assert again == retried
            ids = [c["change_id"] for c in body["changes"]]
            engine = sa.create_engine(seeded_database_url)
            with engine.connect() as connection:
                counts = dict(connection.execute(
                    sa.text("SELECT change_id, count(*) FROM field_history "
                            "WHERE change_id IN :ids GROUP BY change_id")
                    .bindparams(sa.bindparam("ids", expanding=True)), {"ids": ids}).all())
            engine.dispose()
            assert counts == dict.fromkeys(ids, 1)
    finally:
        server.stop()


def test_throttling_and_the_body_cap_hold_across_two_workers(
        seeded_database_url: str, tmp_path: Any) -> None:
    env = {"INCLUCITIES_THROTTLE_ACCOUNT_FAILURES": "3", "INCLUCITIES_MAX_BODY_BYTES": "4096"}
    with LiveServer(seeded_database_url, workers=2, env=env,
                    log_path=tmp_path / "server.log") as server:
        def attempt(password: str) -> requests.Response:
            # A new connection each time, so the attempts spread over both workers.
            return requests.post(server.api("/auth/login"), timeout=10,
                                 json={"username": "member-livadia", "password": password})

        assert [attempt("wrong").status_code for _ in range(3)] == [401] * 3
        blocked = [attempt(DEMO_PASSWORD) for _ in range(8)]
        assert {answer.status_code for answer in blocked} == {429}
        assert all(int(answer.headers["Retry-After"]) > 0 for answer in blocked)

        headers = server.auth(server.login("member-partinico", DEMO_PASSWORD))
        big = b'{"changes": []' + b" " * 8000 + b"}"
        declared = requests.post(server.api("/sync/push"), data=big, timeout=10,
                                 headers={**headers, "Content-Type": "application/json"})
        assert declared.status_code == 413
        streamed = requests.post(server.api("/sync/push"), timeout=10,
                                 data=(big[i:i + 1000] for i in range(0, len(big), 1000)),
                                 headers={**headers, "Content-Type": "application/json"})
        assert streamed.status_code == 413
        assert streamed.json()["code"] == "body_too_large"
