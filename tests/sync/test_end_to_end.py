"""Two or three client workspaces and one real server process: edits, syncs, convergence."""

from __future__ import annotations

from typing import Any

import pytest
import requests
from tests.sync.helpers import signed_in, snapshot

from inclucities_desktop.services.conflicts import ConflictKind
from inclucities_desktop.sync.errors import AccountMismatch, SyncError, WrongPassword
from inclucities_desktop.sync.retry import RetryPolicy

MEMBER = "member-partinico"
MENTOR = "member-mechelen"  # Mechelen mentors Partinico
SECTION = "context_needs"


def _new_plan(services: Any, title: str = "Piano locale", city: str = "partinico") -> str:
    plan = services.plans.create(city_id=city, title=title, language="it")
    services.plans.set_section_text(plan.id, SECTION, "Primo paragrafo.\n\nSecondo paragrafo.\n")
    action = services.actions.add(plan.id, {"title": "Sportello", "code": "A1"})
    services.actions.add(plan.id, {"title": "Corsi di lingua", "code": "A2"})
    assert action
    return str(plan.id)


def test_two_clients_converge_and_different_fields_never_conflict(
        server: Any, workspaces: Any) -> None:
    one = signed_in(workspaces("one"), server, MEMBER)
    two = signed_in(workspaces("two"), server, MEMBER)
    plan_id = _new_plan(one)
    report = one.sync.sync()
    assert report.pushed > 0 and report.conflicts == 0
    two.sync.sync()
    assert snapshot(two) == snapshot(one)

    first, second = (a.id for a in two.actions.list(plan_id))
    one.plans.set_section_text(plan_id, SECTION,
                               "Primo paragrafo, rivisto.\n\nSecondo paragrafo.\n")
    two.plans.set_section_text(plan_id, SECTION,
                               "Primo paragrafo.\n\nSecondo paragrafo, ampliato.\n")
    one.actions.set_field(first, "objective", "Informare")
    two.actions.set_field(first, "description", "Uno sportello aperto tre giorni")
    two.actions.set_field(second, "title", "Corsi di italiano")
    two.plans.set_section_text(plan_id, "vision_objectives", "Una città accogliente.")
    for services in (one, two, one):
        assert services.sync.sync().conflicts == 0
    assert snapshot(one) == snapshot(two)
    assert one.plans.section(plan_id, SECTION).text == (
        "Primo paragrafo, rivisto.\n\nSecondo paragrafo, ampliato.\n")
    action = one.actions.get(first)
    assert action.fields["objective"] == "Informare"
    assert action.fields["description"] == "Uno sportello aperto tre giorni"
    assert one.sync.status().pending_changes == 0
    # A fresh workspace pulls exactly the same.
    three = signed_in(workspaces("three"), server, MEMBER)
    three.sync.sync()
    assert snapshot(three) == snapshot(one)
    assert three.search("italiano")


def test_same_paragraph_becomes_a_conflict_that_keeps_both_texts(
        server: Any, workspaces: Any) -> None:
    one = signed_in(workspaces("one"), server, MEMBER)
    two = signed_in(workspaces("two"), server, MEMBER)
    plan_id = _new_plan(one)
    one.sync.sync()
    two.sync.sync()
    one.plans.set_section_text(plan_id, SECTION, "Versione di Anna.\n\nSecondo paragrafo.\n")
    two.plans.set_section_text(plan_id, SECTION, "Versione di Marco.\n\nSecondo paragrafo.\n")
    assert one.sync.sync().conflicts == 0
    report = two.sync.sync()
    assert report.conflicts == 1
    [conflict] = two.sync.conflicts()
    assert conflict.kind is ConflictKind.EDIT
    assert conflict.mine.startswith("Versione di Marco")
    assert conflict.theirs.startswith("Versione di Anna")
    assert conflict.base_value.startswith("Primo paragrafo")
    # The local text shows the server's; mine is in the record.
    assert two.plans.section(plan_id, SECTION).text.startswith("Versione di Anna")
    assert two.sync.status().open_conflicts == 1

    merged = "Versione di Anna e Marco.\n\nSecondo paragrafo.\n"
    two.sync.resolve_conflict(conflict.id, "merged", merged)
    assert two.sync.status().open_conflicts == 0
    two.sync.sync()
    one.sync.sync()
    assert one.plans.section(plan_id, SECTION).text.startswith("Versione di Anna e Marco")
    assert snapshot(one) == snapshot(two)


def test_edit_of_a_deleted_action_is_a_deleted_conflict_that_can_be_restored(
        server: Any, workspaces: Any) -> None:
    one = signed_in(workspaces("one"), server, MEMBER)
    two = signed_in(workspaces("two"), server, MEMBER)
    plan_id = _new_plan(one)
    one.sync.sync()
    two.sync.sync()
    action_id = one.actions.list(plan_id)[0].id
    one.actions.delete(action_id)
    two.actions.set_field(action_id, "objective", "Ancora utile")
    one.sync.sync()
    assert two.sync.sync().conflicts == 1
    [conflict] = two.sync.conflicts()
    assert conflict.kind is ConflictKind.DELETED and conflict.mine == "Ancora utile"
    assert action_id not in {a.id for a in two.actions.list(plan_id)}

    two.sync.restore_deleted(conflict.id)
    assert two.actions.get(action_id).fields["objective"] == "Ancora utile"
    two.sync.sync()
    one.sync.sync()
    assert one.actions.get(action_id).deleted_at is None
    assert one.actions.get(action_id).fields["objective"] == "Ancora utile"
    assert snapshot(one) == snapshot(two)


def test_first_sign_in_uploads_local_plans_and_drops_the_sample(
        server: Any, workspaces: Any) -> None:
    from inclucities_desktop.services.sample import install_sample

    local = workspaces("local")
    sample_ids = install_sample(local)
    plan_id = _new_plan(local, "Bozza offline", city="jelgava")
    result = local.sync.sign_in(server.url, "member-jelgava", _password())
    assert result.first_sign_in
    assert len(result.removed_sample_plans) == len(sample_ids)
    assert result.plans_to_upload == 1
    assert [p.id for p in local.plans.list_plans()] == [plan_id]
    local.sync.sync()
    other = signed_in(workspaces("other"), server, "member-jelgava")
    other.sync.sync()
    assert [p.title for p in other.plans.list_plans()] == ["Bozza offline"]
    assert {c.id for c in other.cities.list()} >= {"jelgava", "schaerbeek"}


def test_a_bound_workspace_refuses_another_account(
        server: Any, workspaces: Any) -> None:
    services = signed_in(workspaces("bound"), server, MEMBER)
    with pytest.raises(AccountMismatch, match="another workspace folder"):
        services.sync.sign_in(server.url, MENTOR, _password())
    with pytest.raises(AccountMismatch):
        services.sync.sign_in("http://127.0.0.1:9", MEMBER, _password())
    with pytest.raises(WrongPassword):
        services.sync.sign_in(server.url, MEMBER, "not the password")
    services.sync.sign_out()
    assert not services.sync.status().signed_in
    assert services.sync.account() is not None  # the binding stays
    services.sync.sign_in(server.url, MEMBER, _password())
    assert services.sync.status().signed_in


def test_a_mentor_never_receives_an_unpaired_citys_plan(
        server: Any, workspaces: Any) -> None:
    writer = signed_in(workspaces("partinico"), server, MEMBER)
    paired = _new_plan(writer, "Partinico")
    livadia = signed_in(workspaces("livadia"), server, "member-livadia")
    unpaired = livadia.plans.create(city_id="livadia", title="Livadia", language="el").id
    writer.sync.sync()
    livadia.sync.sync()
    mentor = signed_in(workspaces("mechelen"), server, MENTOR)
    mentor.sync.sync()
    ids = {p.id for p in mentor.plans.list_plans()}
    assert paired in ids and unpaired not in ids
    coordinator = signed_in(workspaces("coordinator"), server, "coordinator")
    coordinator.sync.sync()
    assert {paired, unpaired} <= {p.id for p in coordinator.plans.list_plans()}


def _password() -> str:
    from tests.support.server_fixtures import DEMO_PASSWORD

    return DEMO_PASSWORD


def _answers_lost(sync: Any) -> None:
    """Make the next pushes reach the server and be applied, but lose their answers."""
    make = sync.client_factory

    def factory(*args: Any) -> Any:
        client = make(*args)

        def lose(response: requests.Response, *_args: Any, **_kwargs: Any) -> None:
            if response.request.path_url.endswith("/sync/push") and response.ok:
                raise requests.exceptions.ConnectionError("the answer was lost")
        client.session.hooks["response"].append(lose)
        return client
    sync.client_factory = factory
    sync.retry = RetryPolicy(attempts=1, first_delay=0.01, max_total_delay=0.1)


def test_an_edit_after_a_push_whose_answer_was_lost_is_based_on_that_push(
        server: Any, workspaces: Any) -> None:
    one = signed_in(workspaces("one"), server, MEMBER)
    plan_id = _new_plan(one)
    one.sync.sync()
    action_id = one.actions.list(plan_id)[0].id
    normal = one.sync.client_factory

    # The deletion reaches the server, the answer does not; then the user restores it
    # and retitles the plan's first section: both must win over the unanswered push.
    one.actions.delete(action_id)
    one.plans.set_section_text(plan_id, SECTION, "Primo.\n")
    _answers_lost(one.sync)
    with pytest.raises(SyncError):
        one.sync.sync()
    one.actions.restore(action_id)
    one.plans.set_section_text(plan_id, SECTION, "Primo, rivisto.\n")
    one.sync.client_factory = normal
    report = one.sync.sync()
    assert report.conflicts == 0 and one.sync.status().pending_changes == 0

    fresh = signed_in(workspaces("fresh"), server, MEMBER)
    fresh.sync.sync()
    assert fresh.actions.get(action_id).deleted_at is None
    assert fresh.plans.section(plan_id, SECTION).text == "Primo, rivisto.\n"
    assert snapshot(fresh) == snapshot(one)
