"""Windows signed in to a real server process, for the review workflow's tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.sync.helpers import signed_in

from inclucities_core.review import ReviewAction
from inclucities_desktop.services.workspace_services import WorkspaceServices
from inclucities_desktop.ui.main_window import MainWindow
from inclucities_desktop.ui.settings import WindowSettings, open_settings
from inclucities_desktop.ui.sync_controller import SyncPhase

MEMBER = "member-partinico"
MENTOR = "member-mechelen"  # Mechelen mentors Partinico
COORDINATOR = "coordinator"
SECTION = "context_needs"


@pytest.fixture
def review_windows(qtbot: Any, tmp_path: Path, runner: Any) -> Iterator[
        Callable[..., MainWindow]]:
    """Opens main windows over their own workspaces, signed in as ``username`` to
    ``server`` (or never signed in) and synced once; all closed at the end."""
    opened: list[tuple[MainWindow, WorkspaceServices]] = []

    def open_window(name: str, username: str | None = None, server: Any = None) -> MainWindow:
        services = WorkspaceServices.open(tmp_path / f"window-{name}")
        if username is not None:
            signed_in(services, server, username)
        window = MainWindow(services, runner, WindowSettings(open_settings(), name))
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        opened.append((window, services))
        window.sync_ui.start()
        wanted = SyncPhase.SYNCED if username is not None else SyncPhase.NOT_SIGNED_IN
        qtbot.waitUntil(lambda: window.sync_ui.controller.state.phase is wanted, timeout=20000)
        return window

    yield open_window
    for window, services in opened:
        window.close()
        runner.wait_idle()
        services.close()


def show_plan(qtbot: Any, window: MainWindow, plan_id: str) -> None:
    """Open ``plan_id`` in ``window`` and wait for its review state to be shown."""
    with qtbot.waitSignal(window.plansLoaded, timeout=20000):
        window.reload_plans(select=plan_id)
    qtbot.waitUntil(lambda: window.plan_page.plan_id == plan_id, timeout=20000)
    read_state(qtbot, window)


def read_state(qtbot: Any, window: MainWindow) -> Any:
    ui = window.review_ui
    with qtbot.waitSignal(ui.stateShown, timeout=20000,
                          check_params_cb=lambda s: s is not None
                          and s.plan_id == window.plan_page.plan_id):
        ui.refresh()
    return ui.state


def offered(window: MainWindow) -> list[ReviewAction]:
    """The steps the Review menu shows, in menu order."""
    ui = window.review_ui
    return [a for a, menu_action in ui.step_actions.items()
            if menu_action.isVisible() and menu_action.isEnabled()]


def sync_window(qtbot: Any, window: MainWindow) -> None:
    controller = window.sync_ui.controller
    with qtbot.waitSignal(controller.synced, timeout=20000):
        window.sync_ui.sync_now()
