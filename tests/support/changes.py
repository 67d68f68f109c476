"""Building push payloads in tests: plans, sections and actions as field changes."""

from __future__ import annotations

import uuid
from typing import Any


def change(entity: str, entity_id: str, field: str, value: Any,
           base_revision: int | None = None, change_id: str | None = None) -> dict[str, Any]:
    return {"change_id": change_id or uuid.uuid4().hex, "entity": entity,
            "entity_id": entity_id, "field": field, "value": value,
            "base_revision": base_revision}


def new_plan(city_id: str, plan_id: str | None = None, title: str = "Action plan",
             language: str = "en") -> tuple[str, list[dict[str, Any]]]:
    """A new plan's id and the changes that create it."""
    plan_id = plan_id or str(uuid.uuid4())
    return plan_id, [
        change("plan", plan_id, "title", title),
        change("plan", plan_id, "city_id", city_id),
        change("plan", plan_id, "language", language),
        change("plan", plan_id, "status", "draft"),
        change("plan", plan_id, "template_version", 1),
    ]


def section(plan_id: str, key: str, text: str, base_revision: int | None = None) -> dict[str, Any]:
    return change("section", f"{plan_id}:{key}", "text", text, base_revision)


def new_action(plan_id: str, action_id: str | None = None,
               **fields: Any) -> tuple[str, list[dict[str, Any]]]:
    action_id = action_id or str(uuid.uuid4())
    changes = [change("action", action_id, "plan_id", plan_id),
               change("action", action_id, "position", 1.0)]
    changes += [change("action", action_id, key, value) for key, value in fields.items()]
    return action_id, changes


def push(client: Any, headers: dict[str, str], changes: list[dict[str, Any]],
         url: str = "/api/v1/sync/push") -> list[dict[str, Any]]:
    """Push with a TestClient (or a requests session and a full ``url``); the results."""
    answer = client.post(url, json={"changes": changes}, headers=headers)
    assert answer.status_code == 200, answer.text
    return list(answer.json()["results"])
