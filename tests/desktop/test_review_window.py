"""The review workflow in real windows, each signed in to one real server process."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from tests.desktop.review_support import (
    COORDINATOR,
    MEMBER,
    MENTOR,
    SECTION,
    offered,
    read_state,
    review_windows,  # noqa: F401
    show_plan,
    sync_window,
)
from tests.sync.conftest import memory_keyring, server, workspaces  # noqa: F401
from tests.sync.helpers import signed_in

from inclucities_core.model import PlanStatus
from inclucities_core.review import ReviewAction as A
from inclucities_desktop.services.review import ReviewStep
from inclucities_desktop.ui.overview_model import STATUS
from inclucities_desktop.ui.review_timeline import (
    CHANGE,
    NOTE,
    STEP,
    WHEN,
    WHO,
    ReviewTimelineModel,
)

TEXT = "Partinico conta 30.000 abitanti.\n\nIl centro accoglie 200 persone.\n"


def _plan(services: Any, title: str) -> str:
    plan = services.plans.create(city_id="partinico", title=title, language="it")
    services.plans.set_section_text(plan.id, SECTION, TEXT)
    services.sync.sync()
    return str(plan.id)


def _step(client: Any, plan_id: str, action: A, note: str | None = None) -> None:
    client.sync.sync()
    client.review.take_step(plan_id, action, note)
    client.sync.sync()


def _take_through_menu(qtbot: Any, window: Any, action: A, note: str) -> Any:
    ui = window.review_ui
    ui.step_actions[action].trigger()
    dialog = ui.step_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.note_edit, note)
    return dialog


def test_the_menu_offers_exactly_the_steps_each_role_may_take(
        qtbot: Any, server: Any, workspaces: Any, review_windows: Any) -> None:  # noqa: F811
    member = signed_in(workspaces("member"), server, MEMBER)
    mentor = signed_in(workspaces("mentor"), server, MENTOR)
    at_coordinator = _plan(member, "Piano per il coordinatore")
    approved = _plan(member, "Piano approvato")
    draft = _plan(member, "Piano in bozza")
    for plan_id in (at_coordinator, approved):
        _step(member, plan_id, A.SUBMIT)
        _step(mentor, plan_id, A.ENDORSE)
        _step(member, plan_id, A.SUBMIT_TO_COORDINATOR)
    coordinator = signed_in(workspaces("coordinator"), server, COORDINATOR)
    _step(coordinator, approved, A.APPROVE)
    submitted = _plan(member, "Piano inviato al mentore")
    _step(member, submitted, A.SUBMIT)

    window = review_windows("member", MEMBER, server)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.index("&Comments") < titles.index("&Review") < titles.index("S&ync")
    show_plan(qtbot, window, draft)
    assert offered(window) == [A.SUBMIT]
    assert window.review_ui.step_actions[A.SUBMIT].text() == "&Submit to mentor…"
    assert not window.review_ui.hint_action.isVisible()
    assert window.plan_page.status_chip.text() == "Draft"
    show_plan(qtbot, window, submitted)
    assert offered(window) == []  # the mentor's turn
    assert window.review_ui.hint_action.text() == "&No review step is yours to take now"

    mentor_window = review_windows("mentor", MENTOR, server)
    show_plan(qtbot, mentor_window, submitted)
    assert offered(mentor_window) == [A.ENDORSE, A.REQUEST_CHANGES]
    assert mentor_window.plan_page.status_chip.text() == "Submitted for mentor review"
    show_plan(qtbot, mentor_window, draft)
    assert offered(mentor_window) == []

    coordinator_window = review_windows("coordinator", COORDINATOR, server)
    show_plan(qtbot, coordinator_window, at_coordinator)
    assert offered(coordinator_window) == [A.REQUEST_CHANGES, A.APPROVE]
    show_plan(qtbot, coordinator_window, approved)
    assert offered(coordinator_window) == [A.REOPEN]
    assert coordinator_window.plan_page.status_chip.text() == "Approved"
    # In the plan list too.
    model = coordinator_window.plan_model
    row = model.row_of(approved)
    assert "Approved" in model.index(row).data(Qt.ItemDataRole.DisplayRole)


def test_a_workspace_never_signed_in_is_told_to_sign_in(
        qtbot: Any, review_windows: Any) -> None:  # noqa: F811
    window = review_windows("alone")
    plan = window.services.plans.create(city_id="partinico", title="Piano", language="it")
    show_plan(qtbot, window, plan.id)
    assert offered(window) == []
    hint = window.review_ui.hint_action
    assert hint.isVisible() and hint.isEnabled()
    assert hint.text() == "Review steps go through the server: sign &in…"
    hint.trigger()
    qtbot.waitUntil(lambda: window.sync_ui.sign_in_dialog is not None, timeout=20000)
    window.sync_ui.sign_in_dialog.reject()


def test_submitting_with_a_note_syncs_and_the_history_says_who_when_and_why(
        qtbot: Any, server: Any, workspaces: Any, review_windows: Any,  # noqa: F811
        folder: Any) -> None:
    member = signed_in(workspaces("member"), server, MEMBER)
    mentor = signed_in(workspaces("mentor"), server, MENTOR)
    plan_id = _plan(member, "Partinico accoglie")
    window = review_windows("member", MEMBER, server)
    show_plan(qtbot, window, plan_id)

    ui = window.review_ui
    with qtbot.waitSignal(ui.overviewShown, timeout=20000):
        ui.show_overview()
    overview = ui.overview_dialog
    assert "your city's" in overview.heading.text()  # a member: the plans they may read
    dialog = _take_through_menu(qtbot, window, A.SUBMIT, "Pronto per la revisione")
    assert dialog.confirm_button.isEnabled()  # a note is optional here
    with qtbot.waitSignal(ui.stepTaken, timeout=20000) as taken, \
            qtbot.waitSignal(window.sync_ui.controller.synced, timeout=20000):
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    step = taken.args[0]
    assert step.pending and step.note == "Pronto per la revisione"
    state = read_state(qtbot, window)
    assert state.status is PlanStatus.SUBMITTED_TO_MENTOR and state.pending_step is None
    qtbot.waitUntil(lambda: window.plan_page.status_chip.text() == "Submitted for mentor review",
                    timeout=20000)
    assert "Submitted for mentor review" in window.plan_model.index(
        window.plan_model.row_of(plan_id)).data()
    # The overview follows each sync.
    qtbot.waitUntil(lambda: overview.model.index(overview.model.row_of(plan_id), STATUS)
                    .data() == "Submitted for mentor review", timeout=20000)
    overview.close()

    # The mentor asks for changes, the city answers, the mentor endorses; an edit after the
    # endorsement sends the plan back to the mentor (the server's own step).
    _step(mentor, plan_id, A.REQUEST_CHANGES, "Mancano le fonti dei dati.")
    _step(member, plan_id, A.SUBMIT, "Fonti aggiunte (ISTAT 2024).")
    _step(mentor, plan_id, A.ENDORSE, "Ottimo lavoro.")
    member.sync.sync()
    member.plans.set_section_text(plan_id, SECTION, TEXT + "\nUn paragrafo nuovo.\n")
    member.sync.sync()
    sync_window(qtbot, window)

    with qtbot.waitSignal(ui.historyShown, timeout=20000):
        ui.history_action.trigger()
    table = ui.history_dialog.model

    def cell(row: int, column: int) -> str:
        return str(table.index(row, column).data())

    assert [cell(r, STEP) for r in range(table.rowCount())] == [
        "Submitted to the mentor", "Changes requested", "Submitted to the mentor", "Endorsed",
        "Changed after endorsement: back to the mentor"]
    assert cell(0, CHANGE) == "Draft → Submitted for mentor review"
    assert cell(0, WHO) == "Partinico team" and cell(1, WHO) == "Mechelen team"
    assert cell(0, NOTE) == "Pronto per la revisione"
    assert cell(1, NOTE) == "Mancano le fonti dei dati."
    assert all(cell(r, WHEN) and cell(r, WHEN) != "waits for sync"
               for r in range(table.rowCount()))
    assert not cell(0, WHEN).startswith("20")  # the locale's way, not ISO 8601
    ui.history_dialog.grab().save(str(folder / "review-timeline.png"))


def test_a_step_the_server_refuses_shows_its_reason(
        qtbot: Any, server: Any, workspaces: Any, review_windows: Any) -> None:  # noqa: F811
    member = signed_in(workspaces("member"), server, MEMBER)
    other_mentor = signed_in(workspaces("other-mentor"), server, MENTOR)
    plan_id = _plan(member, "Piano conteso")
    _step(member, plan_id, A.SUBMIT)
    window = review_windows("mentor", MENTOR, server)
    show_plan(qtbot, window, plan_id)
    assert offered(window) == [A.ENDORSE, A.REQUEST_CHANGES]
    window.sync_ui.controller._timer.stop()  # no periodic sync while the colleague acts
    # A colleague of the same city endorses first; this window has not synced since.
    _step(other_mentor, plan_id, A.ENDORSE)

    dialog = _take_through_menu(qtbot, window, A.REQUEST_CHANGES, "")
    assert not dialog.confirm_button.isEnabled()  # a request for changes says what
    qtbot.keyClicks(dialog.note_edit, "Rivedere il bilancio.")
    assert dialog.confirm_button.isEnabled()
    ui = window.review_ui
    with qtbot.waitSignal(ui.stepRefused, timeout=20000) as refused:
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    reason = refused.args[0]
    assert "request-changes" in reason
    box = ui.refusal_box
    assert box is not None and box.isVisible() and reason in box.informativeText()
    box.accept()
    with qtbot.waitSignal(ui.historyShown, timeout=20000):
        ui.show_history()
    table = ui.history_dialog.model
    last = table.rowCount() - 1
    assert table.index(last, CHANGE).data() == f"Refused by the server: {reason}"
    assert table.index(last, NOTE).data() == "Rivedere il bilancio."
    assert read_state(qtbot, window).status is PlanStatus.ENDORSED


def test_a_step_the_rules_do_not_allow_is_refused_at_once(
        qtbot: Any, server: Any, workspaces: Any, review_windows: Any) -> None:  # noqa: F811
    member = signed_in(workspaces("member"), server, MEMBER)
    plan_id = _plan(member, "Piano in bozza")
    window = review_windows("member", MEMBER, server)
    show_plan(qtbot, window, plan_id)
    ui = window.review_ui
    ui.take_step(A.APPROVE)  # not offered; as if the menu were stale
    with qtbot.waitSignal(ui.stepRefused, timeout=20000) as refused:
        qtbot.mouseClick(ui.step_dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert refused.args[0] == "A plan that is draft cannot be sent to 'approve'."
    assert ui.refusal_box.informativeText() == refused.args[0]
    ui.refusal_box.accept()
    QApplication.processEvents()
    assert window.services.review.timeline(plan_id) == []


def test_the_timeline_marks_pending_and_refused_steps(qtmodeltester: Any) -> None:
    def step(action: str, **values: Any) -> ReviewStep:
        fields: dict[str, Any] = dict(
            id=action, plan_id="p", action=action, note=None, from_status=None,
            to_status=None, actor_id="u", actor_name="Partinico team", at=None,
            pending=False, refused=None)
        fields.update(values)
        return ReviewStep(**fields)

    model = ReviewTimelineModel()
    model.set_steps([
        step("submit", from_status="draft", to_status="submitted_to_mentor",
             at="2026-03-02T10:15:00.000+00:00", note="Pronto"),
        step("edit", from_status="endorsed", to_status="submitted_to_mentor",
             at="2026-03-09T08:00:00.000+00:00"),
        step("endorse", refused="A plan that is draft cannot be sent to 'endorse'."),
        step("submit-to-coordinator", pending=True),
    ])
    qtmodeltester.check(model)
    rows = [[model.index(r, c).data() for c in range(5)] for r in range(4)]
    assert rows[0][:2] == ["Submitted to the mentor", "Draft → Submitted for mentor review"]
    assert rows[1][0] == "Changed after endorsement: back to the mentor"
    assert rows[2][1] == ("Refused by the server: "
                          "A plan that is draft cannot be sent to 'endorse'.")
    assert rows[2][3] == "not taken"
    assert rows[3][:4] == ["Submitted to the coordinator", "Waits for sync", "Partinico team",
                           "waits for sync"]
