"""SYNC.md's property: random edits, deletes, restores and syncs on three workspaces and one
real server, with injected network failures (a closed port, a push whose answer is lost
after the server applied it). After every client syncs twice, every client equals the
server, and every value a client pushed is in the server's history or in a conflict."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import requests
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, text
from tests.support.live_server import free_port
from tests.sync.helpers import signed_in, snapshot

from inclucities_desktop.services.workspace_services import WorkspaceServices
from inclucities_desktop.sync.errors import SyncError
from inclucities_desktop.sync.http_client import SyncClient
from inclucities_desktop.sync.retry import RetryPolicy

USER = "member-brussels"
CLIENTS = 3
KEYS = ("context_needs", "policy_context", "timeline")
client_no = st.integers(0, CLIENTS - 1)
OPERATIONS = st.one_of(
    st.tuples(st.just("section"), client_no, st.sampled_from(KEYS)),
    st.tuples(st.just("field"), client_no, st.integers(0, 1),
              st.sampled_from(["title", "priority"])),
    st.tuples(st.just("delete"), client_no, st.integers(0, 1)),
    st.tuples(st.just("restore"), client_no, st.integers(0, 1)),
    st.tuples(st.just("resolve"), client_no),
    st.tuples(st.just("sync"), client_no, st.sampled_from([None, None, "unreachable", "lost"])),
)


class Recorder:
    """Keeps every change a client sent that reached the server (answered or not)."""

    def __init__(self) -> None:
        self.pushed: list[tuple[str, str, str, Any]] = []

    def factory(self, failure: str | None) -> Any:
        def make(url: str, token: str | None, ca_bundle: str | None) -> SyncClient:
            if failure == "unreachable":
                url = f"http://127.0.0.1:{free_port()}"
            client = SyncClient(url, token, ca_bundle=ca_bundle)

            def hook(response: requests.Response, *_args: Any, **_kwargs: Any) -> None:
                if response.request.path_url.endswith("/sync/push") and response.ok:
                    body = json.loads(response.request.body or b"{}")
                    # "unchanged": the server held that value already (a restore of an
                    # action it never saw deleted), so there is no edit that could be lost.
                    held = {r["change_id"] for r in response.json()["results"]
                            if r["outcome"] == "unchanged"}
                    self.pushed += [(c["entity"], c["entity_id"], c["field"], c["value"])
                                    for c in body["changes"]
                                    if c["change_id"] not in held and not _no_edit(c)]
                    if failure == "lost":
                        raise requests.exceptions.ConnectionError("the answer was lost")
            client.session.hooks["response"].append(hook)
            return client
        return make


def _no_edit(change: dict[str, Any]) -> bool:
    """A restore of an action that was live at the change's base (the client deleted and
    restored it between two syncs) changes nothing: a deletion made meanwhile elsewhere
    rightly stands, and no edit of this client is lost by that."""
    return (change["field"] == "deleted_at" and change["value"] is None
            and change["base_revision"] is None)


def _key(entity: str, entity_id: str, field: str, value: Any) -> tuple[str, str, str, str]:
    # A deletion is the fact of being deleted: deleting what another client deleted a
    # moment before (another time stamp) loses nothing.
    if field == "deleted_at":
        value = value is not None
    return (entity, entity_id, field, json.dumps(value, sort_keys=True))


def _server_history(server: Any) -> set[tuple[str, str, str, str]]:
    engine = create_engine(server.database_url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(text(
                "SELECT entity, entity_id, field, value FROM field_history"))
            return {_key(r.entity, r.entity_id, r.field, json.loads(r.value)) for r in rows}
    finally:
        engine.dispose()


def _run(server: Any, folder: Path, operations: list[tuple[Any, ...]]) -> None:
    recorder = Recorder()
    clients = [signed_in(WorkspaceServices.open(folder / f"c{n}"), server, USER)
               for n in range(CLIENTS)]
    try:
        for client in clients:
            client.sync.retry = RetryPolicy(attempts=2, first_delay=0.01, max_total_delay=0.1)
            client.sync.client_factory = recorder.factory(None)
        plan = clients[0].plans.create(city_id="brussels", title="Plan", language="fr")
        action_ids = [clients[0].actions.add(plan.id, {"title": f"Action {n}"}).id
                      for n in range(2)]
        for client in clients:
            client.sync.sync()
        for counter, operation in enumerate(operations):
            kind, client = operation[0], clients[operation[1]]
            value = f"c{operation[1]}-{counter}"
            if kind == "section":
                client.plans.set_section_text(plan.id, operation[2], value + "\n")
            elif kind == "field":
                field = operation[3]
                new = (["low", "medium", "high"][counter % 3] if field == "priority" else value)
                client.actions.set_field(action_ids[operation[2]], field, new)
            elif kind == "delete":
                client.actions.delete(action_ids[operation[2]])
            elif kind == "restore":
                client.actions.restore(action_ids[operation[2]])
            elif kind == "resolve":
                for conflict in client.sync.conflicts()[:1]:
                    if conflict.kind.value == "deleted":
                        client.sync.restore_deleted(conflict.id)
                    else:
                        client.sync.resolve_conflict(conflict.id, "keep_mine")
            else:
                client.sync.client_factory = recorder.factory(operation[2])
                try:
                    client.sync.sync()
                except SyncError:
                    assert operation[2] is not None
                client.sync.client_factory = recorder.factory(None)
        for _round in range(2):
            for client in clients:
                client.sync.sync()

        fresh = signed_in(WorkspaceServices.open(folder / "fresh"), server, USER)
        try:
            fresh.sync.sync()
            expected = snapshot(fresh)[plan.id]
        finally:
            fresh.close()
        for client in clients:
            assert snapshot(client)[plan.id] == expected
            assert client.pending_changes() == []
        history = _server_history(server)
        kept = {_key(c.entity, c.entity_id, c.field, c.mine)
                for client in clients for c in client.sync.conflicts(include_resolved=True)}
        for pushed in recorder.pushed:
            key = _key(*pushed)
            assert key in history or key in kept, f"lost edit {key}"
    finally:
        for client in clients:
            client.close()


# No shrinking: each example starts real workspaces, and a failure prints its operations.
@settings(max_examples=15, deadline=None, phases=[Phase.explicit, Phase.reuse, Phase.generate],
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(operations=st.lists(OPERATIONS, min_size=1, max_size=14))
def test_random_edits_and_syncs_converge(server: Any, operations: list[tuple[Any, ...]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        _run(server, Path(folder), operations)
