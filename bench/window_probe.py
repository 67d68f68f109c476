"""The window started exactly as ``inclucities`` starts it, reporting what it measures.

Run in a fresh process per measurement by run_all.py (or bench_window.py):

    python bench/window_probe.py WORKSPACE [--editing] [--big-plan ID --big-section KEY]

The real entry point (``inclucities_desktop.__main__.main`` -> ``ui.app.run_app``) runs
unchanged; the only difference is that ``run_app`` builds a ``ProbedWindow``, a MainWindow
that listens to its own signals. Each report is one JSON line on stdout:

- ``listed``: ``plansLoaded`` has fired, the window is visible and has painted the list;
  ``t`` is ``time.monotonic()`` (system-wide on Linux, so the parent can subtract its
  spawn time), with the milestones of the start before it on the same clock.
- ``first_plan``: the plan the window opens by itself is shown; RSS then.
- ``editing`` (with ``--editing``): opening ten plans, typing in a normal section and in
  the big section, the longest stalls of the UI thread, and RSS along the way.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

STARTED = time.monotonic()  # the interpreter is up and has begun this script
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def emit(event: str, **values: Any) -> None:
    print(json.dumps({"event": event, **values}), flush=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("workspace")
    parser.add_argument("--editing", action="store_true")
    parser.add_argument("--big-plan")
    parser.add_argument("--big-section", default="risks_mitigation")
    parser.add_argument("--type-seconds", type=float, default=5.0)
    options = parser.parse_args()
    milestones: dict[str, float] = {"interpreter": STARTED}

    from inclucities_desktop.ui import app as app_module  # what run_app imports, no more

    milestones["imports"] = time.monotonic()
    window_class = probed_window_class(app_module.MainWindow, options, milestones)
    setattr(app_module, "MainWindow", window_class)  # noqa: B010 - replaced for the probe
    for name in ("configure_logging", "create_application", "open_services"):
        setattr(app_module, name, stamped(getattr(app_module, name), name, milestones))
    # An error in a probe must end the run, not wait for someone to close a dialog.
    setattr(app_module, "install_excepthook", lambda: setattr(sys, "excepthook", fail))  # noqa: B010

    from inclucities_desktop.__main__ import main as inclucities

    return inclucities(["--data-dir", options.workspace])


def fail(kind: type[BaseException], error: BaseException, trace: Any) -> None:
    import traceback

    traceback.print_exception(kind, error, trace)
    os._exit(3)


def stamped(function: Callable[..., Any], name: str,
            milestones: dict[str, float]) -> Callable[..., Any]:
    def call(*args: Any, **kwargs: Any) -> Any:
        result = function(*args, **kwargs)
        milestones[name] = time.monotonic()
        return result

    return call


def probed_window_class(base: Any, options: argparse.Namespace,
                        milestones: dict[str, float]) -> type:
    # Qt is imported only here, after the app's own imports have been timed.
    from PySide6.QtWidgets import QApplication

    class ProbedWindow(base):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            milestones["window_built"] = time.monotonic()
            self._listed = False
            self._first_plan = False
            self.plansLoaded.connect(self._probe_listed)
            self.planOpened.connect(self._probe_first_plan)

        def _probe_listed(self) -> None:
            if self._listed:
                return
            self._listed = True
            self.repaint()  # the list as the user sees it, painted now
            now = time.monotonic()
            emit("listed", t=now, cpu_s=time.process_time(), visible=self.isVisible(),
                 rows=self.plan_model.rowCount(), rss_mb=rss_mb(),
                 milestones=milestones)

        def _probe_first_plan(self, _plan_id: str) -> None:
            if self._first_plan:
                return
            self._first_plan = True
            QApplication.processEvents()
            emit("first_plan", t=time.monotonic(), rss_mb=rss_mb())
            if options.editing:
                from editing_probe import EditingProbe  # QtTest: only when it is used

                self._editing = EditingProbe(self, options, emit, rss_mb)
                self._editing.start()
            else:
                self.close()

    return ProbedWindow


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    sys.exit(main())
