"""A mentor and a mentee, each in a real window, with a real server process between them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from tests.desktop.test_comments_window import answer_dialogs, highlighted, panel_rows
from tests.sync.conftest import memory_keyring, server  # noqa: F401
from tests.sync.helpers import signed_in

from inclucities_desktop.services.workspace_services import WorkspaceServices
from inclucities_desktop.ui.main_window import MainWindow
from inclucities_desktop.ui.settings import WindowSettings, open_settings
from inclucities_desktop.ui.sync_controller import SyncPhase
from inclucities_desktop.ui.task_runner import ServiceRunner

MEMBER = "member-partinico"
MENTOR = "member-mechelen"  # Mechelen mentors Partinico
SECTION = "context_needs"
TEXT = ("Partinico conta 30.000 abitanti.\n\n"
        "Il centro di accoglienza ospita **200 persone** ogni anno.\n")


@pytest.fixture
def opened(qtbot: Any, tmp_path: Path) -> Iterator[Any]:
    """Opens a window on a workspace of its own (and its own runner); all closed at the end."""
    made: list[tuple[MainWindow, ServiceRunner, WorkspaceServices]] = []

    def open_window(name: str, services: WorkspaceServices) -> MainWindow:
        runner = ServiceRunner()
        window = MainWindow(services, runner, WindowSettings(open_settings(), name))
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        made.append((window, runner, services))
        return window

    yield open_window
    for window, runner, services in made:
        window.close()
        runner.wait_idle()
        runner.shutdown()
        services.close()


def synced(qtbot: Any, window: MainWindow) -> None:
    """Sync the window as the user would (F5), and wait until its panel shows the result."""
    with (qtbot.waitSignal(window.comments_ui.threadsShown, timeout=30000),
          qtbot.waitSignal(window.sync_ui.controller.synced, timeout=30000)):
        if window.sync_ui.controller.state.phase is SyncPhase.NOT_SIGNED_IN:
            window.sync_ui.start()
        else:
            window.sync_ui.sync_now()
    window.runner.wait_idle()


def test_a_mentor_reads_the_mentees_plan_comments_and_the_mentee_sees_it(
        qtbot: Any, server: Any, tmp_path: Path, opened: Any,  # noqa: F811
        folder: Path) -> None:
    member = signed_in(WorkspaceServices.open(tmp_path / "member"), server, MEMBER)
    plan = member.plans.create(city_id="partinico", title="Partinico accoglie", language="it")
    member.plans.set_section_text(plan.id, SECTION, TEXT)
    member.actions.add(plan.id, {"code": "A1", "title": "Sportello unico"})
    member.sync.sync()

    mentor = signed_in(WorkspaceServices.open(tmp_path / "mentor"), server, MENTOR)
    mentor.sync.sync()
    window = opened("mentor", mentor)
    with qtbot.waitSignal(window.comments_ui.threadsShown, timeout=20000):
        window.reload_plans(select=plan.id)
    page = window.plan_page
    page.show_section(SECTION)
    banner = window.comments_ui.banner
    assert banner.isVisible()
    assert banner.label.text() == ("You are reading Partinico's plan as its mentor: you can "
                                   "comment but not change it.")
    assert page.editor.text_edit.isReadOnly() and page.title_edit.isReadOnly()
    assert page.actions_view._read_only
    assert not page.editor.toolbar.isEnabled() or page.editor.is_read_only()
    # Reading only: typing changes nothing.
    qtbot.keyClicks(page.editor.text_edit, "xyz")
    assert "xyz" not in page.editor.text_edit.toPlainText()

    assert page.editor.select_text("200 persone")
    answer_dialogs(window, "Da quale fonte viene la cifra?")
    window.comments_ui.add_action.trigger()
    qtbot.waitUntil(lambda: len(window.comments_ui.panel.threads()) == 1, timeout=20000)
    window.runner.wait_idle()
    assert "pending" in panel_rows(window)[0]
    [thread] = mentor.comments.threads(plan.id)
    assert thread.root.anchor.quote is not None
    assert thread.root.anchor.quote.exact == "200 persone"
    qtbot.waitUntil(lambda: highlighted(window) == ["200 persone"], timeout=5000)
    synced(qtbot, window)
    assert "pending" not in panel_rows(window)[0]
    assert panel_rows(window)[0].startswith("Mechelen")
    window.grab().save(str(folder / "comments-mentor-read-only.png"))

    mentee = opened("mentee", member)
    with qtbot.waitSignal(mentee.comments_ui.threadsShown, timeout=20000):
        mentee.reload_plans(select=plan.id)
    mentee.plan_page.show_section(SECTION)
    assert not mentee.comments_ui.banner.isVisible()
    assert not mentee.plan_page.editor.text_edit.isReadOnly()
    synced(qtbot, mentee)
    rows = panel_rows(mentee)
    assert len(rows) == 1 and rows[0].startswith("Unread. Mechelen")
    assert "Da quale fonte viene la cifra?" in rows[0] and "“200 persone”" in rows[0]
    qtbot.waitUntil(lambda: highlighted(mentee) == ["200 persone"], timeout=5000)
    qtbot.waitUntil(lambda: "1 new comment" in mentee.plan_model.index(
        mentee.plan_model.row_of(plan.id)).data(Qt.ItemDataRole.DisplayRole), timeout=20000)
