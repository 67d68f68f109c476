"""The window, started as the app starts it, reporting timings on stdout (one JSON line).

Run by bench_desktop.py in a fresh process per measurement:
    python bench/window_probe.py WORKSPACE [--measure-editing]
"""

from __future__ import annotations

import json
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTextEdit

from inclucities_desktop.ui.app import create_application, open_services, workspace_key
from inclucities_desktop.ui.main_window import MainWindow
from inclucities_desktop.ui.plan_list_model import PLAN_ID_ROLE
from inclucities_desktop.ui.settings import WindowSettings, open_settings
from inclucities_desktop.ui.task_runner import ServiceRunner


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    folder = Path(sys.argv[1])
    editing = "--measure-editing" in sys.argv
    app = create_application([])
    runner = ServiceRunner()
    services = open_services(runner, folder)
    assert services is not None
    window = MainWindow(services, runner, WindowSettings(open_settings(), workspace_key(folder)))
    report: dict[str, object] = {}

    def shown() -> None:
        QApplication.processEvents()
        report["shown_at"] = time.time()
        report["rss_start_mb"] = rss_mb()
        report["plans_listed"] = window.plan_model.rowCount()
        if editing:
            QTimer.singleShot(0, measure_opening)
        else:
            finish()

    def measure_opening() -> None:
        ids = [window.plan_model.index(r).data(PLAN_ID_ROLE) for r in range(1, 11)]
        timings: list[float] = []
        clock = QElapsedTimer()

        def open_next() -> None:
            if len(timings) == len(ids):
                report["open_plan_ms"] = timings
                report["rss_after_10_plans_mb"] = rss_mb()
                QTimer.singleShot(0, measure_typing)
                return
            clock.start()
            window.open_plan(ids[len(timings)])

        def opened(_plan_id: str) -> None:
            QApplication.processEvents()  # until the page is drawn
            timings.append(clock.nsecsElapsed() / 1e6)
            QTimer.singleShot(0, open_next)

        window.planOpened.connect(opened)
        open_next()

    def type_keys(count: int) -> list[float]:
        edit = window.plan_page.editor.findChild(QTextEdit)
        edit.setFocus()
        durations = []
        clock = QElapsedTimer()
        for number in range(count):
            clock.start()
            QTest.keyClick(edit, "abcdefghij "[number % 11])
            QApplication.processEvents()  # the autosave timer fires in here too
            durations.append(clock.nsecsElapsed() / 1e6)
            if number % 10 == 9:
                QTest.qWait(60)  # a person types about ten keys a second at most
        return durations

    def measure_typing() -> None:
        window.plan_page.show_section("context_needs")
        report["keystroke_ms"] = type_keys(150)
        big_plan = window.plan_page.plan_id
        text = ("Una riga di testo per la sezione molto lunga. " * 20 + "\n\n") * 5500
        services.plans.set_section_text(big_plan, "risks_mitigation", text)
        window.plan_page._texts["risks_mitigation"] = text
        window.plan_page.show_section("risks_mitigation")
        report["keystroke_5mb_ms"] = type_keys(60)
        finish()

    def finish() -> None:
        report["rss_end_mb"] = rss_mb()
        print(json.dumps(report), flush=True)
        window.plan_page.flush()
        runner.wait_idle()
        app.quit()

    window.plansLoaded.connect(lambda: QTimer.singleShot(0, shown))
    window.show()
    window.reload_plans()
    app.exec()
    runner.shutdown()


if __name__ == "__main__":
    main()
