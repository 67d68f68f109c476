"""Push outcomes: applied, merged, unchanged, conflict, deleted conflict, rejected, and a
repeated push answering what it answered the first time (SYNC.md guarantees 1-4, 6, 9)."""

from __future__ import annotations

import sqlalchemy as sa
from fastapi.testclient import TestClient
from tests.support.changes import change, new_action, new_plan, push, section

PUSH = "/api/v1/sync/push"


def created_plan(client: TestClient, headers: dict[str, str], city: str = "partinico") -> str:
    plan_id, changes = new_plan(city)
    assert {r["outcome"] for r in push(client, headers, changes)} == {"applied"}
    return plan_id


def test_edits_of_different_lines_merge_and_overlapping_ones_conflict(app_client, sign_in):
    member = sign_in("member-partinico")
    plan_id = created_plan(app_client, member)
    [first] = push(app_client, member, [section(plan_id, "context_needs", "one\ntwo\nthree\n")])
    base = first["revision"]
    [mine] = push(app_client, member, [section(plan_id, "context_needs",
                                               "ONE\ntwo\nthree\n", base)])
    assert mine["outcome"] == "applied"
    [theirs] = push(app_client, member, [section(plan_id, "context_needs",
                                                 "one\ntwo\nTHREE, longer\n", base)])
    assert theirs["outcome"] == "merged"
    assert theirs["value"] == "ONE\ntwo\nTHREE, longer\n"
    assert theirs["revision"] > mine["revision"]
    [clash] = push(app_client, member, [section(plan_id, "context_needs",
                                                "one\ntwo\nthree!\n", base)])
    assert clash["outcome"] == "conflict"
    assert clash["value"] == "ONE\ntwo\nTHREE, longer\n"  # the server kept its text
    conflict = clash["conflict"]
    assert conflict["kind"] == "edit"
    assert conflict["base_value"] == "one\ntwo\nthree\n"
    assert conflict["server_value"] == "ONE\ntwo\nTHREE, longer\n"
    assert conflict["pushed_value"] == "one\ntwo\nthree!\n"
    assert conflict["pushed_by"] == "member-partinico"
    listed = app_client.get("/api/v1/conflicts", headers=member).json()
    assert [item["id"] for item in listed] == [conflict["id"]]
    resolved = app_client.post(f"/api/v1/conflicts/{conflict['id']}/resolve", headers=member)
    assert resolved.status_code == 204
    assert app_client.get("/api/v1/conflicts", headers=member).json() == []


def test_unchanged_and_item_and_set_merges(app_client, sign_in):
    member = sign_in("member-partinico")
    plan_id = created_plan(app_client, member)
    partners = [{"id": "p1", "name": "School", "role": "host"}]
    action_id, changes = new_action(plan_id, title="Language cafés", partners=partners,
                                    eu_areas=["education"])
    results = push(app_client, member, changes)
    assert {r["outcome"] for r in results} == {"applied"}
    partners_revision = results[3]["revision"]
    areas_revision = results[4]["revision"]
    [same] = push(app_client, member, [change("action", action_id, "title", "Language cafés")])
    assert same["outcome"] == "unchanged"
    one = [*partners, {"id": "p2", "name": "Library", "role": "venue"}]
    other = [{"id": "p1", "name": "School", "role": "host"},
             {"id": "p3", "name": "NGO", "role": "mentors"}]
    push(app_client, member, [change("action", action_id, "partners", one, partners_revision)])
    [merged] = push(app_client, member,
                    [change("action", action_id, "partners", other, partners_revision)])
    assert merged["outcome"] == "merged"
    assert sorted(item["id"] for item in merged["value"]) == ["p1", "p2", "p3"]
    push(app_client, member,
         [change("action", action_id, "eu_areas", ["education", "health"], areas_revision)])
    [areas] = push(app_client, member,
                   [change("action", action_id, "eu_areas", ["housing"], areas_revision)])
    assert areas["outcome"] == "merged"
    assert sorted(areas["value"]) == ["health", "housing"]


def test_an_edit_of_something_deleted_is_a_deleted_conflict(app_client, sign_in):
    member = sign_in("member-partinico")
    plan_id = created_plan(app_client, member)
    action_id, changes = new_action(plan_id, title="Old title")
    title_revision = push(app_client, member, changes)[2]["revision"]
    [deleted] = push(app_client, member,
                     [change("action", action_id, "deleted_at", "2026-11-01T10:00:00Z")])
    assert deleted["outcome"] == "applied"
    [edit] = push(app_client, member,
                  [change("action", action_id, "title", "New title", title_revision)])
    assert edit["outcome"] == "conflict"
    assert edit["conflict"]["kind"] == "deleted"
    assert edit["conflict"]["pushed_value"] == "New title"
    # Deleting again is no conflict; restoring works, then the edit goes through.
    [again] = push(app_client, member,
                   [change("action", action_id, "deleted_at", "2026-11-02T10:00:00Z")])
    assert again["outcome"] == "unchanged"
    [restored] = push(app_client, member, [change("action", action_id, "deleted_at", None,
                                                  deleted["revision"])])
    assert restored["outcome"] == "applied"
    [edit] = push(app_client, member,
                  [change("action", action_id, "title", "New title", title_revision)])
    assert edit["outcome"] == "applied"
    # A deleted plan takes its sections along.
    push(app_client, member, [change("plan", plan_id, "deleted_at", "2026-11-03T10:00:00Z")])
    [text] = push(app_client, member, [section(plan_id, "timeline", "Q1: start")])
    assert text["outcome"] == "conflict"
    assert text["conflict"]["kind"] == "deleted"


def test_bad_changes_are_rejected_with_a_reason_and_the_rest_applies(app_client, sign_in):
    member = sign_in("member-partinico")
    plan_id = created_plan(app_client, member)
    action_id, action_changes = new_action(plan_id)
    push(app_client, member, action_changes)
    other_plan, _ = new_plan("partinico")
    bad = [
        change("action", action_id, "no_such_field", "x"),
        section(plan_id, "no_such_section", "text"),
        change("section", "no-colon", "text", "x"),
        change("plan", plan_id, "city_id", "mechelen"),  # immutable
        change("plan", plan_id, "language", "klingon"),
        change("action", action_id, "partners", "not a list"),
        change("action", action_id, "plan_id", other_plan),  # actions do not move
        change("plan", other_plan, "title", "no city_id in this push"),
        change("action", "unknown-action", "title", "x"),
        change("action", action_id, "position", True),
    ]
    good = change("action", action_id, "title", "Still applied")
    results = push(app_client, member, [*bad, good])
    assert [r["outcome"] for r in results] == ["rejected"] * len(bad) + ["applied"]
    assert all(r["reason"] for r in results[:-1])
    assert "Unknown field" in results[0]["reason"]


def test_a_repeated_push_applies_nothing_twice(app_client, sign_in):
    member = sign_in("member-partinico")
    plan_id, changes = new_plan("partinico")
    changes.append(section(plan_id, "timeline", "first"))
    first = push(app_client, member, changes)
    again = push(app_client, member, changes)
    assert again == first
    # Repeating also within one push, and after a later edit of the same field.
    push(app_client, member, [section(plan_id, "timeline", "second", first[-1]["revision"])])
    third = push(app_client, member, [changes[-1], changes[-1]])
    assert third == [first[-1], first[-1]]
    engine = sa.create_engine(str(app_client.app.state.engine.url))  # type: ignore[attr-defined]
    with engine.connect() as connection:
        counts = connection.execute(sa.text(
            "SELECT change_id, count(*) FROM field_history GROUP BY change_id")).all()
    engine.dispose()
    assert counts and all(count == 1 for _, count in counts)
    # Someone else's change id is not theirs to replay.
    stranger = app_client.post(PUSH, json={"changes": [changes[0]]},
                               headers=app_client_headers(app_client, "member-mechelen"))
    assert stranger.json()["results"][0]["outcome"] == "rejected"


def app_client_headers(client: TestClient, username: str) -> dict[str, str]:
    from tests.support.databases import DEMO_PASSWORD

    token = client.post("/api/v1/auth/login",
                        json={"username": username, "password": DEMO_PASSWORD}).json()["token"]
    return {"Authorization": f"Bearer {token}"}


def test_history_keeps_every_applied_value_with_author(app_client, sign_in):
    member = sign_in("member-partinico")
    plan_id = created_plan(app_client, member)
    revision = None
    for text in ("a", "b", "c"):
        [result] = push(app_client, member, [section(plan_id, "timeline", text, revision)])
        revision = result["revision"]
    engine = sa.create_engine(str(app_client.app.state.engine.url))  # type: ignore[attr-defined]
    with engine.connect() as connection:
        rows = connection.execute(sa.text(
            "SELECT value, changed_by FROM field_history WHERE entity = 'section' "
            "ORDER BY revision")).all()
    engine.dispose()
    assert [tuple(row) for row in rows] == [('"a"', "member-partinico"),
                                            ('"b"', "member-partinico"),
                                            ('"c"', "member-partinico")]
