"""Version history on the server: a status snapshot at every review step, named snapshots
on demand, and GET /plans/{id}/at/{revision} answering the plan exactly as it stood."""

from __future__ import annotations

import pytest
from tests.support.changes import change, new_action, new_plan, push, section
from tests.support.records import named_snapshot, pull_all, records, step


@pytest.fixture
def plan_id(app_client, sign_in) -> str:
    plan_id, changes = new_plan("partinico", title="First title")
    assert {r["outcome"] for r in push(app_client, sign_in("member-partinico"), changes)} == {
        "applied"}
    return plan_id


def at(client, headers, plan_id: str, revision: int) -> dict[tuple[str, str, str], object]:
    answer = client.get(f"/api/v1/plans/{plan_id}/at/{revision}", headers=headers)
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert (body["plan_id"], body["revision"]) == (plan_id, revision)
    return {(c["entity"], c["entity_id"], c["field"]): c["value"] for c in body["changes"]}


def test_a_status_snapshot_at_every_review_step(app_client, sign_in, plan_id):
    team, mentor = sign_in("member-partinico"), sign_in("member-mechelen")
    push(app_client, team, step(plan_id, "submit"))
    push(app_client, mentor, step(plan_id, "request-changes", note="More figures"))
    push(app_client, team, step(plan_id, "submit"))
    snapshots = sorted(records(pull_all(app_client, mentor), "snapshot", plan_id).values(),
                       key=lambda s: s["revision"])
    assert [(s["kind"], s["name"]) for s in snapshots] == [
        ("status", "submitted_to_mentor"), ("status", "changes_requested"),
        ("status", "submitted_to_mentor")]
    assert [s["created_by"] for s in snapshots] == [
        "member-partinico", "member-mechelen", "member-partinico"]
    for snapshot in snapshots:
        version = at(app_client, mentor, plan_id, snapshot["revision"])
        assert version[("plan", plan_id, "status")] == snapshot["name"]


def test_a_named_snapshot_holds_every_earlier_change_and_no_later_one(app_client, sign_in,
                                                                      plan_id):
    team = sign_in("member-partinico")
    action_id, action = new_action(plan_id, title="Language cafés")
    earlier = push(app_client, team, [section(plan_id, "timeline", "2026: start"), *action])
    snapshot_id, snapshot = named_snapshot(plan_id, "Before the study visit")
    # In one push: an edit before the snapshot is in it, the one after is not.
    results = push(app_client, team, [section(plan_id, "risks_mitigation", "Few"), *snapshot,
                                      change("action", action_id, "title", "Cafés",
                                             earlier[3]["revision"])])
    assert {r["outcome"] for r in results} == {"applied"}
    stored = records(pull_all(app_client, team), "snapshot", plan_id)[snapshot_id]
    assert stored["name"] == "Before the study visit"
    assert stored["kind"] == "named"
    assert stored["created_by"] == "member-partinico" and stored["created_at"]
    assert results[0]["revision"] <= stored["revision"] < results[-1]["revision"]
    version = at(app_client, team, plan_id, stored["revision"])
    assert version[("section", f"{plan_id}:timeline", "text")] == "2026: start"
    assert version[("section", f"{plan_id}:risks_mitigation", "text")] == "Few"
    assert version[("action", action_id, "title")] == "Language cafés"
    assert version[("plan", plan_id, "title")] == "First title"
    assert {key[0] for key in version} == {"plan", "section", "action"}  # no records
    now = at(app_client, team, plan_id, results[-1]["revision"])
    assert now[("action", action_id, "title")] == "Cafés"
    # Before the plan existed there was nothing.
    assert at(app_client, team, plan_id, 0) == {}


def test_who_may_name_and_read_versions(app_client, sign_in, plan_id):
    for username in ("member-mechelen", "coordinator"):  # the mentor, a coordinator
        snapshot_id, snapshot = named_snapshot(plan_id, f"Seen by {username}")
        assert {r["outcome"] for r in push(app_client, sign_in(username), snapshot)} == {
            "applied"}
        # Renamed by its author only.
        [other] = push(app_client, sign_in("member-partinico"),
                       [change("snapshot", snapshot_id, "name", "Mine now")])
        assert other["outcome"] == "rejected"
    unrelated = sign_in("member-livadia")
    _, snapshot = named_snapshot(plan_id, "Not mine")
    assert push(app_client, unrelated, snapshot)[0]["reason"] == (
        "You may not name a version of this plan.")
    forbidden = app_client.get(f"/api/v1/plans/{plan_id}/at/5", headers=unrelated)
    assert forbidden.status_code == 403
    assert forbidden.json()["code"] == "forbidden"
    missing = app_client.get("/api/v1/plans/no-such-plan/at/5", headers=unrelated)
    assert missing.status_code == 404
    assert app_client.get(f"/api/v1/plans/{plan_id}/at/5").status_code == 401
    team = sign_in("member-partinico")
    push(app_client, team, step(plan_id, "submit"))
    snapshots = records(pull_all(app_client, team), "snapshot", plan_id)
    [status_snapshot] = [s for s, fields in snapshots.items() if fields["kind"] == "status"]
    [renamed] = push(app_client, team, [change("snapshot", status_snapshot, "name", "Mine")])
    assert "named by the server" in renamed["reason"]


def test_a_restore_is_an_ordinary_edit(app_client, sign_in, plan_id):
    team = sign_in("member-partinico")
    [first] = push(app_client, team, [section(plan_id, "timeline", "Version one")])
    [second] = push(app_client, team, [section(plan_id, "timeline", "Version two",
                                               first["revision"])])
    old = at(app_client, team, plan_id, first["revision"])
    [restored] = push(app_client, team, [section(plan_id, "timeline",
                                                 old[("section", f"{plan_id}:timeline",
                                                      "text")], second["revision"])])
    assert restored["outcome"] == "applied"
    assert at(app_client, team, plan_id, restored["revision"])[
        ("section", f"{plan_id}:timeline", "text")] == "Version one"
