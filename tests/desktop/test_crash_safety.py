"""Killing the app (SIGKILL) while someone types loses at most the last second of typing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from inclucities_desktop.services.workspace_services import WorkspaceServices

# The real window in its own process: opens the plan, then types one letter every 50 ms
# and reports each letter after the key press was handled.
TYPIST = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTextEdit
from inclucities_desktop.ui.app import create_application, open_services, workspace_key
from inclucities_desktop.ui.main_window import MainWindow
from inclucities_desktop.ui.settings import WindowSettings, open_settings
from inclucities_desktop.ui.task_runner import ServiceRunner

data_dir, plan_id = Path(sys.argv[1]), sys.argv[2]
app = create_application([])
runner = ServiceRunner()
services = open_services(runner, data_dir)
window = MainWindow(services, runner, WindowSettings(open_settings(), workspace_key(data_dir)))
window.show()
typed = 0

def type_one():
    global typed
    QTest.keyClick(window.plan_page.editor.findChild(QTextEdit), "abcdefghij"[typed % 10])
    typed += 1
    print(typed, flush=True)

def start_typing(opened_id):
    window.plan_page.show_section("timeline")
    print("ready", flush=True)
    timer = QTimer(window, interval=50)
    timer.timeout.connect(type_one)
    timer.start()

window.planOpened.connect(start_typing)
window.open_plan(plan_id)
app.exec()
"""


@pytest.mark.slow
def test_sigkill_while_typing_loses_at_most_the_last_second(
    services: WorkspaceServices, data_dir: Path, tmp_path: Path
) -> None:
    plan = services.plans.create(city_id="jelgava", title="Rīcības plāns", language="lv")
    services.close()
    env = dict(os.environ, INCLUCITIES_LOG_DIR=str(tmp_path / "logs"),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    process = subprocess.Popen(
        [sys.executable, "-c", TYPIST, str(data_dir), plan.id],
        stdout=subprocess.PIPE, text=True, env=env,
    )
    assert process.stdout is not None
    typed_at: dict[int, float] = {}
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            line = process.stdout.readline().strip()
            if line.isdigit():
                typed_at[int(line)] = time.monotonic()
                if int(line) == 60:  # about three seconds of steady typing
                    break
        killed_at = time.monotonic()
        process.send_signal(signal.SIGKILL)
    finally:
        process.kill()
        process.wait(timeout=10)
        process.stdout.close()
    assert typed_at, "the window never typed"

    reopened = WorkspaceServices.open(data_dir)
    try:
        saved = reopened.plans.section(plan.id, "timeline").text
    finally:
        reopened.close()
    typed_a_second_before = max(n for n, at in typed_at.items() if at <= killed_at - 1.0)
    saved_letters = len(saved.strip())
    assert saved_letters >= typed_a_second_before, (saved_letters, typed_a_second_before)
    assert saved.strip() == ("abcdefghij" * 10)[:saved_letters]
