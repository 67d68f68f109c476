"""The outbox and push results with real workspaces: edits that land while a push is out,
and a workspace of the first schema brought up to the sync schema."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import requests
from sqlalchemy import create_engine, text
from tests.sync.helpers import signed_in, snapshot

from inclucities_desktop.services.workspace_services import WorkspaceServices
from inclucities_desktop.store.workspace import DATABASE_FILE, SCHEMA_HEAD
from inclucities_desktop.sync.http_client import SyncClient

MEMBER = "member-schaerbeek"


def _edit_when_push_answers(edit: Any) -> Any:
    """A client factory whose push answers arrive just after ``edit`` ran: the window's
    autosave landing while the push was out."""
    def make(url: str, token: str | None, ca_bundle: str | None) -> SyncClient:
        client = SyncClient(url, token, ca_bundle=ca_bundle)

        def hook(response: requests.Response, *_args: Any, **_kwargs: Any) -> None:
            if response.request.path_url.endswith("/sync/push"):
                edit()
        client.session.hooks["response"].append(hook)
        return client
    return make


def test_an_edit_made_while_its_push_was_out_stays_queued_on_the_new_base(
        server: Any, workspaces: Any) -> None:
    one = signed_in(workspaces("one"), server, MEMBER)
    plan = one.plans.create(city_id="schaerbeek", title="Plan", language="fr")
    one.plans.set_section_text(plan.id, "context_needs", "A.\n")
    one.sync.sync()
    one.plans.set_section_text(plan.id, "context_needs", "A.\n\nB.\n")
    one.sync.client_factory = _edit_when_push_answers(
        lambda: one.plans.set_section_text(plan.id, "context_needs", "A.\n\nB.\n\nC.\n"))
    report = one.sync.sync()
    assert report.conflicts == 0
    [pending] = one.pending_changes()
    assert pending["value"] == "A.\n\nB.\n\nC.\n"
    one.sync.client_factory = _plain
    one.sync.sync()  # the newer edit applies cleanly: its base is the pushed revision
    assert one.pending_changes() == [] and one.sync.conflicts() == []
    two = signed_in(workspaces("two"), server, MEMBER)
    two.sync.sync()
    assert two.plans.section(plan.id, "context_needs").text == "A.\n\nB.\n\nC.\n"


def test_a_merge_answer_is_merged_with_an_edit_made_meanwhile(
        server: Any, workspaces: Any) -> None:
    one = signed_in(workspaces("one"), server, MEMBER)
    two = signed_in(workspaces("two"), server, MEMBER)
    plan = one.plans.create(city_id="schaerbeek", title="Plan", language="fr")
    one.plans.set_section_text(plan.id, "context_needs", "A.\n\nB.\n\nC.\n")
    one.sync.sync()
    two.sync.sync()
    two.plans.set_section_text(plan.id, "context_needs", "A, two.\n\nB.\n\nC.\n")
    two.sync.sync()
    one.plans.set_section_text(plan.id, "context_needs", "A.\n\nB.\n\nC, one.\n")
    one.sync.client_factory = _edit_when_push_answers(
        lambda: one.plans.set_section_text(plan.id, "context_needs",
                                           "A.\n\nB, later.\n\nC, one.\n"))
    report = one.sync.sync()
    assert report.merged == 1 and report.conflicts == 0
    assert one.plans.section(plan.id, "context_needs").text == (
        "A, two.\n\nB, later.\n\nC, one.\n")
    one.sync.client_factory = _plain
    one.sync.sync()
    two.sync.sync()
    assert two.plans.section(plan.id, "context_needs").text == (
        "A, two.\n\nB, later.\n\nC, one.\n")
    assert snapshot(one) == snapshot(two) and not one.sync.conflicts()


def _plain(url: str, token: str | None, ca_bundle: str | None) -> SyncClient:
    return SyncClient(url, token, ca_bundle=ca_bundle)


def test_a_first_schema_workspace_is_migrated_and_keeps_its_data(data_dir: Path) -> None:
    from alembic import command

    from inclucities_desktop.store.workspace import _alembic_config

    engine = create_engine(f"sqlite:///{data_dir / DATABASE_FILE}")
    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001_initial")
        connection.execute(text(
            "INSERT INTO plans VALUES ('p1', 'Old plan', 'livadia', 'el', 'draft', 1, "
            "'2025-01-01', '2025-01-01', NULL)"))
        connection.execute(text(
            "INSERT INTO outbox (change_id, entity, entity_id, field, value, base_revision, "
            "created_at) VALUES ('c1', 'plan', 'p1', 'title', '\"Old plan\"', NULL, 't')"))
    engine.dispose()
    services = WorkspaceServices.open(data_dir)
    try:
        assert [p.title for p in services.plans.list_plans()] == ["Old plan"]
        assert [c["change_id"] for c in services.pending_changes()] == ["c1"]
        assert services.sync.conflicts() == [] and services.sync.account() is None
        with services.workspace.read() as connection:
            assert connection.execute(text("SELECT version_num FROM alembic_version")
                                      ).scalar() == SCHEMA_HEAD
    finally:
        services.close()
    assert (data_dir / f"{DATABASE_FILE}.before-{SCHEMA_HEAD}").is_file()
