"""Does the window stay responsive while it syncs? The longest stall of the UI thread.

    python bench/bench_sync_ui.py [--plans 50] [--actions 30] [--runs 3]

A real server process is filled with plans (as in bench_sync.py); a real main window
(offscreen) on a new workspace signs in as the coordinator and syncs everything, then
syncs again with nothing to do. A 5 ms timer on the UI thread records the gaps between its
ticks: the longest gap is how long a click or a keystroke would have waited. The stall
while the sync runs is measured apart from the window's reaction once it is done (the
plan list refilled, a plan opened).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring  # noqa: E402
from bench_sync import fill  # noqa: E402
from PySide6.QtCore import QElapsedTimer, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from tests.support.databases import DEMO_PASSWORD, database_factory  # noqa: E402
from tests.support.live_server import LiveServer  # noqa: E402
from tests.support.memory_keyring import MemoryKeyring  # noqa: E402

from inclucities_desktop.services.workspace_services import WorkspaceServices  # noqa: E402
from inclucities_desktop.ui.app import freeze_start_up_objects  # noqa: E402
from inclucities_desktop.ui.main_window import MainWindow  # noqa: E402
from inclucities_desktop.ui.settings import WindowSettings  # noqa: E402
from inclucities_desktop.ui.sync_controller import SyncPhase  # noqa: E402
from inclucities_desktop.ui.task_runner import ServiceRunner  # noqa: E402


class StallProbe:
    """Ticks every 5 ms on the UI thread and keeps the longest gap between two ticks."""

    def __init__(self) -> None:
        self.longest_ms = 0.0
        self.gaps: list[float] = []
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.longest_ms = 0.0
        self.gaps = []
        self._clock.start()
        self._timer.start()

    def _tick(self) -> None:
        gap = self._clock.restart()
        self.gaps.append(float(gap))
        self.longest_ms = max(self.longest_ms, float(gap))

    def stop(self) -> None:
        self._timer.stop()


def settle(app: QApplication, window: MainWindow, seconds: float = 1.0) -> None:
    """Let the window react to the sync (plan list, open plan): that counts too."""
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.001)


def wait_synced(app: QApplication, window: MainWindow) -> None:
    controller = window.sync_ui.controller
    while controller.state.phase is not SyncPhase.SYNCED:
        if controller.state.phase in (SyncPhase.FAILED, SyncPhase.OFFLINE):
            raise RuntimeError(controller.state.message)
        app.processEvents()
        time.sleep(0.001)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--plans", type=int, default=50)
    parser.add_argument("--actions", type=int, default=30)
    parser.add_argument("--runs", type=int, default=3)
    options = parser.parse_args()
    keyring.set_keyring(MemoryKeyring())
    app = QApplication([])
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                          str(folder / "settings"))
        with database_factory("sqlite", folder / "db", seed=True) as factory, \
                LiveServer(factory.new(), log_path=folder / "server.log") as server:
            values = fill(server, options.plans, options.actions)
            first: list[float] = []
            reaction: list[float] = []
            idle: list[float] = []
            seconds: list[float] = []
            probe = StallProbe()
            for run in range(options.runs):
                runner = ServiceRunner()
                services = WorkspaceServices.open(folder / f"window-{run}")
                services.sync.sign_in(server.url, "coordinator", DEMO_PASSWORD)
                window = MainWindow(services, runner,
                                    WindowSettings(QSettings(), f"bench-{run}"))
                window.resize(1280, 800)
                window.show()
                settle(app, window, 0.5)  # the first paint is not the sync's
                freeze_start_up_objects()  # as the app does once its window is up
                probe.start()
                started = time.perf_counter()
                window.sync_ui.start()  # signed in: the first sync of everything
                wait_synced(app, window)
                seconds.append(time.perf_counter() - started)
                probe.stop()
                first.append(probe.longest_ms)
                # Then the window shows what came: the plan list, and opens a plan.
                probe.start()
                settle(app, window)
                probe.stop()
                reaction.append(probe.longest_ms)
                for _ in range(3):  # syncs with nothing to do
                    probe.start()
                    window.sync_ui.sync_now()
                    app.processEvents()
                    wait_synced(app, window)
                    settle(app, window, 0.3)
                    probe.stop()
                    idle.append(probe.longest_ms)
                window.close()
                runner.wait_idle()
                runner.shutdown()
                services.close()
    print(json.dumps({
        "plans": options.plans, "values": values,
        "first_sync_longest_stall_ms_median": round(statistics.median(first), 1),
        "first_sync_longest_stall_ms_runs": [round(v, 1) for v in first],
        "first_sync_seconds_runs": [round(v, 1) for v in seconds],
        "showing_what_came_longest_stall_ms_runs": [round(v, 1) for v in reaction],
        "idle_sync_longest_stall_ms_median": round(statistics.median(idle), 1),
    }, indent=2))


if __name__ == "__main__":
    main()
