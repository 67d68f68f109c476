"""Building mentoring records for push payloads in tests: comments, review steps, versions;
and reading a record's fields back from a pull."""

from __future__ import annotations

import uuid
from typing import Any

from tests.support.changes import change


def new_comment(plan_id: str, body: str, anchor: dict[str, Any] | None = None,
                parent_id: str | None = None,
                comment_id: str | None = None) -> tuple[str, list[dict[str, Any]]]:
    comment_id = comment_id or str(uuid.uuid4())
    return comment_id, [
        change("comment", comment_id, "plan_id", plan_id),
        change("comment", comment_id, "parent_id", parent_id),
        change("comment", comment_id, "anchor", anchor or {"kind": "plan"}),
        change("comment", comment_id, "body", body),
    ]


def step(plan_id: str, action: str, note: str | None = None,
         transition_id: str | None = None) -> list[dict[str, Any]]:
    """The changes of one review step (a transition record)."""
    transition_id = transition_id or str(uuid.uuid4())
    changes = [change("transition", transition_id, "plan_id", plan_id),
               change("transition", transition_id, "action", action)]
    if note is not None:
        changes.append(change("transition", transition_id, "note", note))
    return changes


def named_snapshot(plan_id: str, name: str) -> tuple[str, list[dict[str, Any]]]:
    snapshot_id = str(uuid.uuid4())
    return snapshot_id, [change("snapshot", snapshot_id, "plan_id", plan_id),
                         change("snapshot", snapshot_id, "name", name)]


def pull_all(client: Any, headers: dict[str, str]) -> list[dict[str, Any]]:
    """Every readable field, page after page."""
    changes: list[dict[str, Any]] = []
    cursor, more = 0, True
    while more:
        answer = client.get("/api/v1/sync/pull", params={"after": cursor}, headers=headers)
        assert answer.status_code == 200, answer.text
        page = answer.json()
        changes += page["changes"]
        cursor, more = page["cursor"], page["has_more"]
    return changes


def records(changes: list[dict[str, Any]], entity: str,
            plan_id: str | None = None) -> dict[str, dict[str, Any]]:
    """The records of ``entity`` in pulled ``changes``: id -> {field: value}."""
    found: dict[str, dict[str, Any]] = {}
    for item in changes:
        if item["entity"] == entity and (plan_id is None or item["plan_id"] == plan_id):
            found.setdefault(item["entity_id"], {})[item["field"]] = item["value"]
    return found
