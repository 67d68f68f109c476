"""The mentoring subcommands against a real server: review steps per role, comments, history.

The commands run in this process (cli.main.run_cli, as `inclucities` runs them), each on
its own workspace folder; tests/sync/test_cli_sync.py covers the separate processes.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

from tests.sync.helpers import signed_in

from inclucities_desktop.cli.main import run_cli

STEPS = {  # who may take each step, in the order the test takes them
    "submit": "member", "endorse": "mentor", "submit-to-coordinator": "member",
    "request-changes": "coordinator",
}


def _cli(folder: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run_cli(["--data-dir", str(folder), *args], out, err)
    return code, out.getvalue(), err.getvalue()


def _ok(folder: Path, *args: str) -> str:
    code, out, err = _cli(folder, *args)
    assert code == 0, err
    return out


def test_review_steps_comments_and_history_from_the_command_line(
        server: Any, workspaces: Any, tmp_path: Path) -> None:
    roles = {"member": "member-partinico", "mentor": "member-mechelen",
             "coordinator": "coordinator"}
    folders = {}
    for role, user in roles.items():
        services = signed_in(workspaces(role), server, user)
        folders[role] = services.workspace.data_dir
        if role == "member":
            plan = services.plans.create(city_id="partinico", title="Piano", language="it")
            services.plans.set_section_text(plan.id, "context_needs",
                                            "Il centro accoglie 200 persone.\n")
            services.actions.add(plan.id, {"title": "Sportello", "code": "A1"})
    plan_id = plan.id
    prefix = plan_id[:8]

    def sync_all(first: str = "member") -> None:
        for role in (first, "member", "mentor", "coordinator"):
            assert _ok(folders[role], "sync").startswith("pushed ")

    sync_all()

    def step(action: str, allowed: str, note: str | None = None) -> None:
        for role, folder in folders.items():
            if role == allowed:
                continue
            code, _out, err = _cli(folder, "review", prefix, action)
            assert code == 1, (role, action)
            assert "cannot be sent to" in err or "Your role may not" in err, err
        extra = ["--note", note] if note else []
        assert "recorded step" in _ok(folders[allowed], "review", prefix, action, *extra)
        code, _out, err = _cli(folders[allowed], "review", prefix, action)
        assert code == 1 and "waits for the next sync" in err
        sync_all(allowed)

    for action, role in STEPS.items():
        step(action, role, note="Prima revisione" if action == "submit" else None)
    for action, role in (("submit", "member"), ("endorse", "mentor"),
                         ("submit-to-coordinator", "member"), ("approve", "coordinator"),
                         ("reopen", "coordinator")):
        step(action, role)

    state = json.loads(_ok(folders["member"], "review", prefix, "--json"))
    assert state["status"] == "draft" and state["allowed"] == ["submit"]
    assert [(s["action"], s["to_status"]) for s in state["timeline"]] == [
        ("submit", "submitted_to_mentor"), ("endorse", "endorsed"),
        ("submit-to-coordinator", "submitted_to_coordinator"),
        ("request-changes", "changes_requested"), ("submit", "submitted_to_mentor"),
        ("endorse", "endorsed"), ("submit-to-coordinator", "submitted_to_coordinator"),
        ("approve", "approved"), ("reopen", "draft")]
    assert state["timeline"][0]["note"] == "Prima revisione"
    text = _ok(folders["mentor"], "review", prefix)
    assert "Status: draft" in text and "Steps you may take: none" in text
    assert "submit-to-coordinator" in text and "Partinico team" in text

    # Comments: on a passage, on an action, a reply, a resolution.
    mentor, member = folders["mentor"], folders["member"]
    assert "added comment" in _ok(mentor, "comment", prefix, "--on", "context_needs",
                                  "--quote", "200 persone", "--text", "Fonte?")
    assert "added comment" in _ok(mentor, "comment", prefix, "--on", "a1", "--text", "Bene")
    code, _out, err = _cli(mentor, "comment", prefix, "--on", "Z9", "--text", "?")
    assert code == 1 and "neither a section key nor an action code" in err
    code, _out, err = _cli(mentor, "comment", prefix, "--quote", "x", "--text", "?")
    assert code == 1 and "--quote needs --on" in err
    _ok(mentor, "sync")
    _ok(member, "sync")
    threads = json.loads(_ok(member, "comments", prefix, "--json"))
    assert [(t["anchor"]["kind"], t["body"], t["author_name"], t["unread"]) for t in threads] == [
        ("quote", "Fonte?", "Mechelen team", True), ("action", "Bene", "Mechelen team", True)]
    assert threads[0]["anchor"]["quote"]["exact"] == "200 persone"
    first = threads[0]["id"]
    assert "added reply" in _ok(member, "reply", first[:8], "--text", "Censimento 2024")
    assert "resolved comment" in _ok(member, "resolve", first[:8])
    listing = _ok(member, "comments", prefix)
    assert "context_needs: “200 persone”" in listing and "↳ Partinico team" in listing
    assert "resolved" in listing and "pending" in listing
    _ok(member, "sync")
    _ok(mentor, "sync")
    [quote_thread, _action_thread] = json.loads(_ok(mentor, "comments", prefix, "--json"))
    assert quote_thread["resolved_at"] and [
        r["body"] for r in quote_thread["replies"]] == ["Censimento 2024"]

    # History: a status version per step; the JSON lists them newest first.
    versions = json.loads(_ok(member, "history", prefix, "--json"))
    assert [v["name"] for v in versions][:2] == ["draft", "approved"]
    assert all(v["kind"] == "status" and v["revision"] for v in versions)
    assert len(versions) == 9
    assert "REVISION" in _ok(member, "history", prefix)
