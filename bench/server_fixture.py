"""A sync server holding many plans, filled through real pushes (for the client's first-sync
benchmark and bench_server.py).

    fill_server(api_url, {"partinico": token, ...}, plans=200) -> number of changes pushed

Each plan has every section of the template (a few paragraphs of Markdown) and 30 actions
with their text fields, pushed in batches of 500 by the member of the plan's city.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Mapping
from typing import Any

import requests

from inclucities_core.template import load_template

BATCH = 500
ACTIONS_PER_PLAN = 30
PARAGRAPH = ("The city works with schools, employers and migrant associations to open "
             "language courses, mentoring and job placements for newcomers. ")


def _change(entity: str, entity_id: str, field: str, value: Any) -> dict[str, Any]:
    return {"change_id": uuid.uuid4().hex, "entity": entity, "entity_id": entity_id,
            "field": field, "value": value, "base_revision": None}


def plan_changes(city_id: str, number: int,
                 actions: int = ACTIONS_PER_PLAN) -> Iterator[dict[str, Any]]:
    """The changes that create one full plan: its fields, its sections, its actions, each
    action with every field of the template (as a plan drafted in the app has them)."""
    template = load_template()
    plan_id = str(uuid.uuid4())
    for field, value in (("title", f"Action plan {number}"), ("city_id", city_id),
                         ("language", "en"), ("status", "draft"), ("template_version", 1)):
        yield _change("plan", plan_id, field, value)
    for section in template.sections:
        text = "\n\n".join(f"{PARAGRAPH * 3}({section.key}, {n})" for n in range(4))
        yield _change("section", f"{plan_id}:{section.key}", "text", text)
    for position in range(actions):
        action_id = str(uuid.uuid4())
        yield _change("action", action_id, "plan_id", plan_id)
        yield _change("action", action_id, "position", float(position + 1) * 1024)
        fields = template.empty_action_fields()
        fields.update(code=f"A{position // 5 + 1}.{position % 5 + 1}",
                      title=f"Action {position} of plan {number}", objective=PARAGRAPH,
                      description=PARAGRAPH * 4, status="planned",
                      partners=[{"id": uuid.uuid4().hex, "name": "Local school",
                                 "role": "host"}])
        for field, value in fields.items():
            yield _change("action", action_id, field, value)


def fill_server(api_url: str, tokens: Mapping[str, str], plans: int = 200,
                session: requests.Session | None = None,
                actions: int = ACTIONS_PER_PLAN) -> int:
    """Push ``plans`` full plans, spread over the cities of ``tokens`` (city -> token)."""
    session = session or requests.Session()
    cities = sorted(tokens)
    batch: list[dict[str, Any]] = []
    pushed = 0

    def send(city_id: str) -> None:
        nonlocal batch, pushed
        answer = session.post(f"{api_url}/sync/push", json={"changes": batch}, timeout=120,
                              headers={"Authorization": f"Bearer {tokens[city_id]}"})
        answer.raise_for_status()
        outcomes = {result["outcome"] for result in answer.json()["results"]}
        if outcomes != {"applied"}:
            raise RuntimeError(f"the server did not apply everything: {outcomes}")
        pushed += len(batch)
        batch = []

    for number in range(plans):
        city_id = cities[number % len(cities)]
        for change in plan_changes(city_id, number, actions):
            batch.append(change)
            if len(batch) == BATCH:
                send(city_id)
        if batch:
            send(city_id)
    return pushed
