"""The review workflow on the server: every step allowed or refused per role, relation and
status, through real pushes (DOMAIN.md, "Review workflow"); the approved plan's lock; an
edit that takes the mentor's endorsement away; status pushed by a client.

The member acting is Mechelen's, which mentors Partinico and, for these tests, is mentored
by Brussels, so that "own" and "paired" plans can both reach every status. The coordinator
is given Mechelen as their city, so that "own" and "paired" exist for them too.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Callable

import pytest
from tests.support.changes import change, new_action, new_plan, push, section
from tests.support.records import new_comment, pull_all, records, step

from inclucities_server.__main__ import main

Headers = dict[str, str]

ACTIONS = ("submit", "endorse", "request-changes", "submit-to-coordinator", "approve", "reopen")
STATUSES = ("draft", "submitted_to_mentor", "changes_requested", "endorsed",
            "submitted_to_coordinator", "approved")
RELATIONS = ("own", "paired", "unrelated")
ACTOR = {"member": "member-mechelen", "coordinator": "coordinator"}
# The city of each plan as seen from Mechelen, and the team and the mentor of that city.
CITY = {"own": "mechelen", "paired": "partinico", "unrelated": "livadia"}
MENTOR = {"mechelen": "brussels", "partinico": "mechelen", "livadia": "fuenlabrada"}

# DOMAIN.md's workflow, written out: (role, relation, action, from) -> to. A coordinator
# acts on every plan whatever its relation ("*"). Anything not listed is refused.
ALLOWED = {
    ("member", "own", "submit", "draft"): "submitted_to_mentor",
    ("member", "own", "submit", "changes_requested"): "submitted_to_mentor",
    ("member", "paired", "endorse", "submitted_to_mentor"): "endorsed",
    ("member", "paired", "request-changes", "submitted_to_mentor"): "changes_requested",
    ("member", "own", "submit-to-coordinator", "endorsed"): "submitted_to_coordinator",
    ("coordinator", "*", "request-changes", "submitted_to_coordinator"): "changes_requested",
    ("coordinator", "*", "approve", "submitted_to_coordinator"): "approved",
    ("coordinator", "*", "reopen", "approved"): "draft",
}
# How a plan reaches each status: (who, action), who being its team, its mentor or the
# coordinator.
PATH = {
    "draft": [],
    "submitted_to_mentor": [("team", "submit")],
    "changes_requested": [("team", "submit"), ("mentor", "request-changes")],
    "endorsed": [("team", "submit"), ("mentor", "endorse")],
    "submitted_to_coordinator": [("team", "submit"), ("mentor", "endorse"),
                                 ("team", "submit-to-coordinator")],
    "approved": [("team", "submit"), ("mentor", "endorse"), ("team", "submit-to-coordinator"),
                 ("coordinator", "approve")],
}


def expected(role: str, relation: str, action: str, source: str) -> str | None:
    return ALLOWED.get((role, relation, action, source)) or ALLOWED.get(
        (role, "*", action, source))


@pytest.fixture
def user(app_client, sign_in, seeded_database_url) -> Callable[[str], Headers]:
    with contextlib.redirect_stdout(io.StringIO()):
        assert main(["admin", "pair", "brussels", "mechelen",
                     "--database-url", seeded_database_url]) == 0
        assert main(["admin", "set-role", "coordinator", "--role", "coordinator",
                     "--city", "mechelen", "--database-url", seeded_database_url]) == 0
    signed: dict[str, Headers] = {}

    def headers(username: str) -> Headers:
        if username not in signed:
            signed[username] = sign_in(username)
        return signed[username]

    return headers


def plan_at_status(client, user, city: str, status: str) -> str:
    plan_id, changes = new_plan(city, title=f"Plan of {city}")
    assert {r["outcome"] for r in push(client, user(f"member-{city}"), changes)} == {"applied"}
    for who, action in PATH[status]:
        username = {"team": f"member-{city}", "mentor": f"member-{MENTOR[city]}",
                    "coordinator": "coordinator"}[who]
        results = push(client, user(username), step(plan_id, action))
        assert [r["outcome"] for r in results] == ["applied", "applied"], results
    return plan_id


def statuses(client, user) -> dict[str, str]:
    plans = records(pull_all(client, user("coordinator")), "plan")
    return {plan_id: fields.get("status") for plan_id, fields in plans.items()}


@pytest.mark.parametrize("source", STATUSES)
def test_every_step_is_allowed_or_refused_per_role_and_relation(app_client, user, source):
    plans = {relation: plan_at_status(app_client, user, CITY[relation], source)
             for relation in RELATIONS}
    # The refused steps, all in one push per user and plan: none changes the status.
    for role, username in ACTOR.items():
        for relation, plan_id in plans.items():
            refused = [a for a in ACTIONS if expected(role, relation, a, source) is None]
            changes = [c for action in refused for c in step(plan_id, action)]
            results = push(app_client, user(username), changes)
            for action, (first, second) in zip(refused, zip(results[::2], results[1::2],
                                                            strict=True), strict=True):
                assert first["outcome"] == second["outcome"] == "rejected", (
                    role, relation, action, source, first)
                assert first["reason"] and second["reason"] == first["reason"]
    assert {statuses(app_client, user)[plan_id] for plan_id in plans.values()} == {source}
    # Each allowed step, on a fresh plan in that status.
    for role, username in ACTOR.items():
        for relation in RELATIONS:
            for action in ACTIONS:
                target = expected(role, relation, action, source)
                if target is None:
                    continue
                plan_id = plan_at_status(app_client, user, CITY[relation], source)
                changes = step(plan_id, action, note=f"{action} by {role}")
                results = push(app_client, user(username), changes)
                assert [r["outcome"] for r in results] == ["applied"] * 3, (
                    role, relation, action, source, results)
                assert statuses(app_client, user)[plan_id] == target
                transition = records(pull_all(app_client, user(username)), "transition",
                                     plan_id)[changes[0]["entity_id"]]
                assert transition["from_status"] == source
                assert transition["to_status"] == target
                assert transition["actor_name"] and transition["actor_id"]
                assert transition["note"] == f"{action} by {role}"


def test_an_unrelated_member_is_told_nothing_about_the_plan(app_client, user):
    plan_id = plan_at_status(app_client, user, "livadia", "draft")
    [result, _] = push(app_client, user("member-mechelen"), step(plan_id, "submit"))
    assert result["reason"] == "You may not see this plan."


def test_steps_refused_for_bad_input(app_client, user):
    plan_id = plan_at_status(app_client, user, "partinico", "draft")
    team = user("member-partinico")
    transition_id = "t-edit"
    results = push(app_client, team, step(plan_id, "edit", transition_id=transition_id)
                   + step(plan_id, "publish")
                   + [change("transition", "t-alone", "plan_id", plan_id)]
                   + [change("transition", "t-x", "to_status", "approved")])
    assert [r["outcome"] for r in results] == ["rejected"] * 6
    assert "recorded by the server" in results[0]["reason"]
    assert "Unknown review step 'publish'" in results[2]["reason"]
    assert "same push" in results[4]["reason"]
    assert "written by the server" in results[5]["reason"]
    # A step is taken once: the same id with another action is refused, the same answers
    # unchanged.
    taken = step(plan_id, "submit", transition_id="t-once")
    assert [r["outcome"] for r in push(app_client, team, taken)] == ["applied", "applied"]
    again = push(app_client, team, [change("transition", "t-once", "action", "submit")])
    assert again[0]["outcome"] == "unchanged"
    other = push(app_client, team, [change("transition", "t-once", "action", "endorse")])
    assert other[0]["outcome"] == "rejected"


def test_a_client_sets_status_only_as_draft_when_it_creates_a_plan(app_client, user):
    team = user("member-partinico")
    plan_id, changes = new_plan("partinico")
    changes[3]["value"] = "approved"
    results = push(app_client, team, changes)
    assert results[3]["outcome"] == "rejected"
    assert "review steps" in results[3]["reason"]
    plan_id = plan_at_status(app_client, user, "partinico", "draft")
    [later] = push(app_client, team, [change("plan", plan_id, "status", "submitted_to_mentor")])
    assert later["outcome"] == "rejected"
    assert statuses(app_client, user)[plan_id] == "draft"


def test_an_approved_plan_refuses_content_until_reopened(app_client, user):
    plan_id = plan_at_status(app_client, user, "partinico", "submitted_to_coordinator")
    team = user("member-partinico")
    action_id, action_changes = new_action(plan_id, title="Language cafés")
    assert {r["outcome"] for r in push(app_client, team, action_changes)} == {"applied"}
    # Content pushed while submitted to the coordinator went back to the mentor: endorse
    # and submit again, then approve.
    for who, action in (("member-mechelen", "endorse"), ("member-partinico",
                                                        "submit-to-coordinator"),
                        ("coordinator", "approve")):
        assert {r["outcome"] for r in push(app_client, user(who), step(plan_id, action))} == {
            "applied"}
    content = [change("plan", plan_id, "title", "Another title"),
               section(plan_id, "timeline", "2027: more"),
               change("action", action_id, "title", "Language cafés, weekly"),
               change("plan", plan_id, "deleted_at", "2026-05-01T10:00:00Z"),
               *new_action(plan_id)[1]]
    results = push(app_client, team, content)
    assert {r["outcome"] for r in results} == {"rejected"}
    assert all("approved and read-only" in r["reason"] for r in results[:4])
    # Comments stay possible, by the team and by the mentor.
    for who in ("member-partinico", "member-mechelen", "coordinator"):
        _, comment = new_comment(plan_id, f"Well done, says {who}")
        assert {r["outcome"] for r in push(app_client, user(who), comment)} == {"applied"}
    assert statuses(app_client, user)[plan_id] == "approved"
    # Reopened by the coordinator, the plan takes edits again.
    reopened = push(app_client, user("coordinator"), step(plan_id, "reopen"))
    assert {r["outcome"] for r in reopened} == {"applied"}
    title = next(c for c in pull_all(app_client, team)
                 if c["entity_id"] == plan_id and c["field"] == "title")
    results = push(app_client, team, [change("plan", plan_id, "title", "Another title",
                                             title["revision"]),
                                      section(plan_id, "timeline", "2027: more"),
                                      *new_action(plan_id)[1]])
    assert {r["outcome"] for r in results} == {"applied"}
    assert statuses(app_client, user)[plan_id] == "draft"


@pytest.mark.parametrize("source", ["endorsed", "submitted_to_coordinator"])
def test_an_edit_after_endorsement_asks_for_it_again(app_client, user, source):
    plan_id = plan_at_status(app_client, user, "partinico", source)
    team = user("member-partinico")
    results = push(app_client, team, [section(plan_id, "timeline", "2026: start"),
                                      section(plan_id, "risks_mitigation", "Few"),
                                      *new_action(plan_id, title="Mentoring circles")[1]])
    assert {r["outcome"] for r in results} == {"applied"}
    assert statuses(app_client, user)[plan_id] == "submitted_to_mentor"
    pulled = pull_all(app_client, team)
    edits = [t for t in records(pulled, "transition", plan_id).values() if t["action"] == "edit"]
    assert len(edits) == 1  # once per push, not per field
    [edit] = edits
    assert (edit["from_status"], edit["to_status"]) == (source, "submitted_to_mentor")
    assert edit["actor_name"] == "Partinico team"
    snapshots = records(pulled, "snapshot", plan_id).values()
    assert [s["name"] for s in snapshots if s["kind"] == "status"][-1] == "submitted_to_mentor"
    # A comment is not an edit of the content: an endorsed plan stays endorsed.
    plan_id = plan_at_status(app_client, user, "partinico", "endorsed")
    _, comment = new_comment(plan_id, "Thanks")
    assert {r["outcome"] for r in push(app_client, team, comment)} == {"applied"}
    assert statuses(app_client, user)[plan_id] == "endorsed"


def test_a_mentor_comments_but_does_not_edit_the_mentees_plan(app_client, user):
    plan_id = plan_at_status(app_client, user, "partinico", "draft")
    mentor = user("member-mechelen")
    _, comment = new_comment(plan_id, "Consider the library as a partner",
                             anchor={"kind": "section", "section_key": "stakeholders_governance"})
    assert {r["outcome"] for r in push(app_client, mentor, comment)} == {"applied"}
    [edit] = push(app_client, mentor, [section(plan_id, "stakeholders_governance", "The library")])
    assert edit["outcome"] == "rejected"
    assert "reading it only" in edit["reason"]
