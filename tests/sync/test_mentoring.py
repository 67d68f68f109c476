"""Comments and review steps between real workspaces and one real server process."""

from __future__ import annotations

from typing import Any

import pytest
from tests.sync.helpers import signed_in

from inclucities_core.model import PlanStatus
from inclucities_core.review import ReviewAction
from inclucities_desktop.services.access import APPROVED, READ_ONLY, EditRefused
from inclucities_desktop.services.comments import Anchor
from inclucities_desktop.services.outbox import record_change
from inclucities_desktop.services.record_values import write_local_record
from inclucities_desktop.services.review import ReviewStepRefused

MEMBER = "member-partinico"
MENTOR = "member-mechelen"  # Mechelen mentors Partinico
COORDINATOR = "coordinator"
SECTION = "context_needs"
TEXT = "Partinico conta 30.000 abitanti.\n\nIl centro accoglie 200 persone.\n"


def _plan(services: Any) -> tuple[str, str]:
    plan = services.plans.create(city_id="partinico", title="Piano", language="it")
    services.plans.set_section_text(plan.id, SECTION, TEXT)
    action = services.actions.add(plan.id, {"title": "Sportello", "code": "A1"})
    return str(plan.id), str(action.id)


def _sync(*clients: Any) -> None:
    for client in clients:
        client.sync.sync()


def test_comments_written_offline_on_two_clients_converge(server: Any, workspaces: Any) -> None:
    member = signed_in(workspaces("member"), server, MEMBER)
    mentor = signed_in(workspaces("mentor"), server, MENTOR)
    plan_id, action_id = _plan(member)
    _sync(member, mentor)

    passage = mentor.comments.find_quote_anchor(plan_id, SECTION, "200 persone")
    on_quote = mentor.comments.add(plan_id, "Da dove viene questa cifra?", passage)
    assert on_quote.pending and on_quote.mine and on_quote.author_name == "Mechelen team"
    mentor.comments.add(plan_id, "Bene l'azione.", Anchor.on_action(action_id))
    member.comments.add(plan_id, "Ecco la prima bozza.", Anchor.on_section(SECTION))
    _sync(member, mentor, member)

    def shape(client: Any) -> list[Any]:
        return [(t.root.body, t.root.author_name, t.root.anchor.kind, t.root.created_at,
                 [r.body for r in t.replies]) for t in client.comments.threads(plan_id)]

    assert shape(member) == shape(mentor)
    assert len(shape(member)) == 3
    assert all(not t.root.pending for t in member.comments.threads(plan_id))
    # The member has not read the mentor's two comments; the mentor has nothing unread.
    assert member.comments.unread_counts() == {plan_id: 2}
    assert mentor.comments.unread_counts() == {plan_id: 1}

    quote_thread = next(t for t in member.comments.threads(plan_id)
                        if t.root.anchor.kind == "quote")
    reply = member.comments.reply(quote_thread.root.id, "Dal censimento 2024.")
    assert reply.parent_id == quote_thread.root.id
    member.comments.resolve(quote_thread.root.id)
    member.comments.mark_read(plan_id)
    assert member.comments.unread_counts() == {}
    # The passage goes: the comment is orphaned, not dropped.
    member.plans.set_section_text(plan_id, SECTION, "Partinico conta 30.000 abitanti.\n")
    _sync(member, mentor)
    [thread] = [t for t in mentor.comments.threads(plan_id) if t.root.anchor.kind == "quote"]
    assert thread.resolved and thread.root.orphaned
    assert [r.body for r in thread.replies] == ["Dal censimento 2024."]
    assert mentor.comments.open_counts() == {plan_id: 2}

    # Only its author edits or deletes a comment; the server says so too.
    with pytest.raises(EditRefused, match="Only the comment's author"):
        member.comments.edit(thread.root.id, "Cambiato")
    mentor.comments.edit(thread.root.id, "Da dove viene la cifra di 200?")
    _sync(mentor, member)
    edited = member.comments.get(thread.root.id)
    assert edited.body == "Da dove viene la cifra di 200?" and edited.edited_at and edited.unread


def test_a_mentor_comments_but_may_not_edit(server: Any, workspaces: Any) -> None:
    member = signed_in(workspaces("member"), server, MEMBER)
    mentor = signed_in(workspaces("mentor"), server, MENTOR)
    plan_id, action_id = _plan(member)
    _sync(member, mentor)
    with pytest.raises(EditRefused, match=r"your role allows reading it only"):
        mentor.plans.set_section_text(plan_id, SECTION, "Testo del mentore.\n")
    with pytest.raises(EditRefused, match=r"reading it only"):
        mentor.actions.set_field(action_id, "title", "Altro")
    with pytest.raises(EditRefused, match=r"reading it only"):
        mentor.actions.add(plan_id, {"title": "Nuova"})
    assert mentor.pending_changes() == []
    # A forced edit (past the services) is refused by the server, and kept as a conflict.
    with mentor.workspace.begin() as connection:
        record_change(connection, "section", f"{plan_id}:{SECTION}", "text", "Forzato.\n")
    assert mentor.sync.sync().conflicts == 1
    [conflict] = mentor.sync.conflicts()
    assert conflict.reason == READ_ONLY and conflict.mine == "Forzato.\n"
    rights = mentor.plans.rights(plan_id)
    assert rights.read and rights.comment and not rights.edit
    mentor.comments.add(plan_id, "Suggerisco di aggiungere le fonti.")
    assert mentor.sync.sync().conflicts == 0
    # A step the server refuses (forced past the local check) keeps its reason.
    with mentor.workspace.begin() as connection:
        write_local_record(connection, "transition", "forced-step", plan_id,
                           {"plan_id": plan_id, "action": "approve"})
    assert mentor.review.state(plan_id).pending_step is not None
    assert mentor.sync.sync().conflicts == 1
    [refused] = mentor.review.timeline(plan_id)
    assert refused.refused == "A plan that is draft cannot be sent to 'approve'."
    assert not refused.pending and mentor.review.state(plan_id).pending_step is None
    member.sync.sync()
    assert [t.root.body for t in member.comments.threads(plan_id)] == [
        "Suggerisco di aggiungere le fonti."]
    assert member.plans.section(plan_id, SECTION).text == TEXT


def test_review_steps_the_timeline_and_the_approval_lock(server: Any, workspaces: Any) -> None:
    member = signed_in(workspaces("member"), server, MEMBER)
    mentor = signed_in(workspaces("mentor"), server, MENTOR)
    coordinator = signed_in(workspaces("coordinator"), server, COORDINATOR)
    plan_id, _action = _plan(member)
    _sync(member, mentor, coordinator)
    A = ReviewAction
    assert member.review.allowed_actions(plan_id) == [A.SUBMIT]
    assert mentor.review.allowed_actions(plan_id) == []
    with pytest.raises(ReviewStepRefused, match="cannot be sent to 'endorse'"):
        mentor.review.take_step(plan_id, A.ENDORSE)
    step = member.review.take_step(plan_id, A.SUBMIT, "Pronto per la revisione")
    assert step.pending and member.review.state(plan_id).pending_step == step
    assert member.review.allowed_actions(plan_id) == []
    _sync(member, mentor)
    assert mentor.plans.get(plan_id).status == PlanStatus.SUBMITTED_TO_MENTOR
    assert mentor.review.allowed_actions(plan_id) == [A.ENDORSE, A.REQUEST_CHANGES]
    mentor.review.take_step(plan_id, A.ENDORSE)
    _sync(mentor, member)
    assert member.plans.get(plan_id).status == PlanStatus.ENDORSED

    # An edit after the endorsement sends the plan back to the mentor.
    member.plans.set_section_text(plan_id, SECTION, TEXT + "\nUn paragrafo nuovo.\n")
    _sync(member, mentor)
    assert mentor.plans.get(plan_id).status == PlanStatus.SUBMITTED_TO_MENTOR
    assert [s.action for s in member.review.timeline(plan_id)] == ["submit", "endorse", "edit"]
    mentor.review.take_step(plan_id, A.ENDORSE, "Va bene")
    _sync(mentor, member)
    member.review.take_step(plan_id, A.SUBMIT_TO_COORDINATOR)
    _sync(member, coordinator)
    assert coordinator.review.allowed_actions(plan_id) == [A.REQUEST_CHANGES, A.APPROVE]
    coordinator.review.take_step(plan_id, A.APPROVE)
    _sync(coordinator, member)

    state = member.review.state(plan_id)
    assert state.status is PlanStatus.APPROVED and state.locked and not state.can_edit
    with pytest.raises(EditRefused) as refused:
        member.plans.set_section_text(plan_id, SECTION, "Dopo l'approvazione.\n")
    assert str(refused.value) == APPROVED
    with member.workspace.begin() as connection:
        record_change(connection, "section", f"{plan_id}:{SECTION}", "text", "Forzato.\n")
    assert member.sync.sync().conflicts == 1
    assert member.sync.conflicts()[0].reason == APPROVED
    timeline = member.review.timeline(plan_id)
    assert [(s.action, s.from_status, s.to_status) for s in timeline] == [
        ("submit", "draft", "submitted_to_mentor"),
        ("endorse", "submitted_to_mentor", "endorsed"),
        ("edit", "endorsed", "submitted_to_mentor"),
        ("endorse", "submitted_to_mentor", "endorsed"),
        ("submit-to-coordinator", "endorsed", "submitted_to_coordinator"),
        ("approve", "submitted_to_coordinator", "approved"),
    ]
    assert timeline[0].note == "Pronto per la revisione" and timeline[0].actor_name
    assert all(not s.pending and s.at for s in timeline)

    coordinator.review.take_step(plan_id, A.REOPEN)
    _sync(coordinator, member)
    assert member.review.state(plan_id).can_edit
    member.plans.set_section_text(plan_id, SECTION, "Riaperto.\n")
    assert member.sync.sync().conflicts == 0


def test_versions_compare_and_restore_round_trip_through_sync(
        server: Any, workspaces: Any) -> None:
    member = signed_in(workspaces("member"), server, MEMBER)
    other = signed_in(workspaces("other"), server, MEMBER)
    mentor = signed_in(workspaces("mentor"), server, MENTOR)
    plan_id, action_id = _plan(member)
    named = member.history.name_version(plan_id, "Prima bozza")
    assert named.pending and named.kind == "named"
    _sync(member, other, mentor)
    [version] = member.history.versions(plan_id)
    assert version.name == "Prima bozza" and version.revision and not version.pending

    member.plans.set_section_text(plan_id, SECTION, TEXT.replace("200", "250"))
    member.actions.set_field(action_id, "title", "Sportello unico")
    member.actions.add(plan_id, {"title": "Mediazione", "code": "A2"})
    member.review.take_step(plan_id, ReviewAction.SUBMIT)
    _sync(member, other, mentor)
    listed = member.history.versions(plan_id)
    assert [(v.kind, v.name) for v in listed] == [
        ("status", "submitted_to_mentor"), ("named", "Prima bozza")]

    then = member.history.version(version.id)
    assert member.history.versions(plan_id)[1].cached
    comparison = member.history.compare(then)
    assert comparison.changed_sections == (SECTION,)
    section = next(s for s in comparison.sections if s.key == SECTION)
    assert [p.kind for p in section.paragraphs] == ["same", "changed"]
    assert ("delete", "200") in section.paragraphs[1].spans
    assert ("insert", "250") in section.paragraphs[1].spans
    changes = {a.action_id: a for a in comparison.actions}
    assert changes[action_id].change == "changed"
    assert [(f.key, f.old, f.new) for f in changes[action_id].fields] == [
        ("title", "Sportello", "Sportello unico")]
    assert sorted(a.change for a in comparison.actions) == ["added", "changed"]
    # Two versions compared with each other; the later status version holds the edits.
    later = member.history.version(listed[0].id)
    assert member.history.compare(then, later).changed_sections == (SECTION,)
    assert member.history.compare(later).changed_sections == ()

    # Fetched once, a version opens without the server.
    def unreachable(*_args: Any) -> Any:
        raise AssertionError("the cached version needs no server")

    member.sync.client_factory = unreachable
    assert member.history.version(version.id) == then
    member.sync.client_factory = other.sync.client_factory

    with pytest.raises(EditRefused, match="reading it only"):
        mentor.history.restore_section(plan_id, SECTION, mentor.history.version(version.id))
    assert member.history.restore_section(plan_id, SECTION, then)
    assert member.history.restore_action(plan_id, action_id, then)
    _sync(member, other)
    assert other.plans.section(plan_id, SECTION).text == TEXT
    assert other.actions.get(action_id).fields["title"] == "Sportello"
    assert len(other.actions.list(plan_id)) == 2
    # The whole plan: the added action goes too.
    assert member.history.restore_plan(plan_id, then) == 1
    _sync(member, other)
    assert [a.id for a in other.actions.list(plan_id)] == [action_id]
    assert other.history.compare(other.history.version(version.id)).changed_actions == ()


def test_export_with_comments_and_review_log(server: Any, workspaces: Any,
                                             tmp_path: Any) -> None:
    import io

    from tests.export.export_builders import body_text, reopen

    from inclucities_desktop.cli.main import run_cli

    member = signed_in(workspaces("member"), server, MEMBER)
    mentor = signed_in(workspaces("mentor"), server, MENTOR)
    plan_id, action_id = _plan(member)
    _sync(member, mentor)
    quoted = mentor.comments.add(
        plan_id, "Fonte?", mentor.comments.find_quote_anchor(plan_id, SECTION, "200 persone"))
    mentor.comments.add(plan_id, "Orari?", Anchor.on_action(action_id))
    member.review.take_step(plan_id, ReviewAction.SUBMIT, "Prima versione")
    _sync(member, mentor, member)
    member.comments.reply(quoted.id, "Censimento 2024")
    mentor.review.take_step(plan_id, ReviewAction.ENDORSE)
    _sync(mentor, member)

    target = tmp_path / "piano.docx"
    out, err = io.StringIO(), io.StringIO()
    code = run_cli(["--data-dir", str(member.workspace.data_dir), "export", plan_id[:8],
                    "-o", str(target), "--comments", "--review-log"], out, err)
    assert code == 0, err.getvalue()
    document = reopen(target)
    comments = list(document.comments)
    assert [c.author for c in comments] == ["Mechelen team", "Mechelen team"]
    assert comments[0].text == "Fonte?\nPartinico team: Censimento 2024"
    assert comments[1].text == "A1 Sportello: Orari?"
    text = body_text(document)
    assert "Cronologia della revisione" in text and "Prima versione" in text
    assert "Partinico team" in text and "Mechelen team" in text
    # Without the options, neither.
    plain = tmp_path / "semplice.docx"
    assert run_cli(["--data-dir", str(member.workspace.data_dir), "export", plan_id[:8],
                    "-o", str(plain)], io.StringIO(), io.StringIO()) == 0
    assert list(reopen(plain).comments) == []
    assert "Cronologia della revisione" not in body_text(reopen(plain))

    from inclucities_desktop.services.overview import plan_overview

    mentor.sync.sync()
    [row] = [r for r in plan_overview(mentor) if r.plan_id == plan_id]
    assert (row.city_name, row.mentor_city_name, row.status) == (
        "Partinico", "Mechelen", "endorsed")
    assert (row.open_comments, row.unread_comments, row.step_pending) == (2, 1, False)
    assert row.sections_total >= 12 and row.sections_started + row.sections_complete >= 1
    assert row.last_change >= mentor.comments.get(quoted.id).created_at
