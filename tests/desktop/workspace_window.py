"""A main window over a workspace of its own, for tests that sign it in to a server."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from inclucities_desktop.services.workspace_services import WorkspaceServices


@contextmanager
def workspace_window(qtbot: Any, folder: Path, runner: Any, settings_key: str) -> Iterator[Any]:
    from inclucities_desktop.ui.main_window import MainWindow
    from inclucities_desktop.ui.settings import WindowSettings, open_settings

    services = WorkspaceServices.open(folder)
    made = MainWindow(services, runner, WindowSettings(open_settings(), settings_key))
    qtbot.addWidget(made)
    made.resize(1280, 800)
    made.show()
    with qtbot.waitSignal(made.plansLoaded, timeout=20000):
        made.reload_plans()
    try:
        yield made
    finally:
        made.close()
        runner.wait_idle()
        services.close()
