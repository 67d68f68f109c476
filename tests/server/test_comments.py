"""Comments on the server: threads anchored to a plan, a section, an action or a quoted
passage; replies; edit and delete one's own; resolve and reopen by anyone who may comment;
author and time written by the server and pulled back; offline comments converging."""

from __future__ import annotations

import pytest
from tests.support.changes import change, new_plan, push
from tests.support.records import new_comment, pull_all, records

QUOTE = {"kind": "quote", "section_key": "context_needs",
         "quote": {"exact": "language courses", "prefix": "More ", "suffix": " for adults"}}


@pytest.fixture
def plan_id(app_client, sign_in) -> str:
    plan_id, changes = new_plan("partinico")
    assert {r["outcome"] for r in push(app_client, sign_in("member-partinico"), changes)} == {
        "applied"}
    return plan_id


def test_a_thread_of_comments(app_client, sign_in, plan_id):
    team, mentor = sign_in("member-partinico"), sign_in("member-mechelen")
    coordinator = sign_in("coordinator")
    first_id, first = new_comment(plan_id, "Which courses?", anchor=QUOTE)
    assert {r["outcome"] for r in push(app_client, mentor, first)} == {"applied"}
    reply_id, reply = new_comment(plan_id, "Evening classes", anchor=QUOTE, parent_id=first_id)
    assert {r["outcome"] for r in push(app_client, team, reply)} == {"applied"}
    pulled = records(pull_all(app_client, coordinator), "comment", plan_id)
    mine = pulled[first_id]
    assert mine["body"] == "Which courses?"
    assert mine["anchor"] == QUOTE
    assert mine["author_name"] == "Mechelen team"
    assert mine["author_id"] and mine["created_at"]
    assert "edited_at" not in mine
    assert pulled[reply_id]["parent_id"] == first_id
    assert pulled[reply_id]["author_name"] == "Partinico team"
    # The author edits their own; others may not, nor delete it.
    body = next(r for r in push(app_client, mentor, [
        change("comment", first_id, "body", "Which courses, for whom?",
               base_revision=_revision(app_client, mentor, first_id, "body"))]))
    assert body["outcome"] == "applied"
    for who in (team, coordinator):
        refused = push(app_client, who, [change("comment", first_id, "body", "Changed"),
                                         change("comment", first_id, "deleted_at",
                                                "2026-05-01T10:00:00Z")])
        assert [r["outcome"] for r in refused] == ["rejected", "rejected"]
        assert "Only the comment's author" in refused[0]["reason"]
    edited = records(pull_all(app_client, team), "comment", plan_id)[first_id]
    assert edited["body"] == "Which courses, for whom?"
    assert edited["edited_at"]
    # Anyone who may comment resolves and reopens.
    [resolved] = push(app_client, team, [change("comment", first_id, "resolved_at",
                                                "2026-05-02T09:00:00Z")])
    assert resolved["outcome"] == "applied"
    [reopened] = push(app_client, coordinator, [change("comment", first_id, "resolved_at",
                                                       None, resolved["revision"])])
    assert reopened["outcome"] == "applied"
    # The author deletes their own (a tombstone, pulled like any value).
    [deleted] = push(app_client, team, [change("comment", reply_id, "deleted_at",
                                               "2026-05-03T08:00:00Z")])
    assert deleted["outcome"] == "applied"
    final = records(pull_all(app_client, mentor), "comment", plan_id)
    assert final[first_id]["resolved_at"] is None
    assert final[reply_id]["deleted_at"] == "2026-05-03T08:00:00Z"


def _revision(client, headers, entity_id: str, field: str) -> int:
    return next(c["revision"] for c in pull_all(client, headers)
                if c["entity_id"] == entity_id and c["field"] == field)


def test_who_and_when_are_the_servers(app_client, sign_in, plan_id):
    team = sign_in("member-partinico")
    comment_id, changes = new_comment(plan_id, "A note")
    changes += [change("comment", comment_id, "author_name", "Someone else"),
                change("comment", comment_id, "created_at", "2020-01-01T00:00:00Z")]
    results = push(app_client, team, changes)
    assert [r["outcome"] for r in results[-2:]] == ["rejected", "rejected"]
    assert all("written by the server" in r["reason"] for r in results[-2:])
    stored = records(pull_all(app_client, team), "comment", plan_id)[comment_id]
    assert stored["author_name"] == "Partinico team"
    assert stored["created_at"] != "2020-01-01T00:00:00Z"


def test_comments_refused(app_client, sign_in, plan_id):
    unrelated = sign_in("member-livadia")
    _, changes = new_comment(plan_id, "Not my plan")
    results = push(app_client, unrelated, changes)
    assert results[0]["outcome"] == "rejected"
    assert results[0]["reason"] == "You may not comment on this plan."
    team = sign_in("member-partinico")
    _, orphan = new_comment("no-such-plan", "Lost")
    assert "Unknown plan" in push(app_client, team, orphan)[0]["reason"]
    [alone] = push(app_client, team, [change("comment", "c-alone", "body", "No plan")])
    assert "push its plan_id first" in alone["reason"]
    _, bad = new_comment(plan_id, "  ", anchor={"kind": "page", "page": 3},
                         parent_id="no-such-comment")
    results = push(app_client, team, bad)
    assert [r["outcome"] for r in results] == ["applied", "rejected", "rejected", "rejected"]
    assert "same plan" in results[1]["reason"]
    assert "anchor" in results[2]["reason"]
    assert "not empty" in results[3]["reason"]


def test_comments_written_offline_by_two_clients_converge(app_client, sign_in, plan_id):
    team, mentor = sign_in("member-partinico"), sign_in("member-mechelen")
    # Both wrote while offline, on the same passage; they push one after the other.
    ours_id, ours = new_comment(plan_id, "Add the library", anchor=QUOTE)
    theirs_id, theirs = new_comment(plan_id, "Name the teachers", anchor=QUOTE)
    assert {r["outcome"] for r in push(app_client, team, ours)} == {"applied"}
    assert {r["outcome"] for r in push(app_client, mentor, theirs)} == {"applied"}
    for headers in (team, mentor):
        seen = records(pull_all(app_client, headers), "comment", plan_id)
        assert {seen[ours_id]["body"], seen[theirs_id]["body"]} == {
            "Add the library", "Name the teachers"}
