"""What window_probe.py measures in an open window with ``--editing``.

Everything is driven by Qt timers, so that the event loop runs as it does for a person:
the autosave timers, the worker's answers and repaints all happen between the keys. A
1 ms timer (``StallMonitor``) notes every gap in the event loop; its longest gap is the
longest time the UI thread was blocked, by a key, a save or anything else.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTextEdit

from inclucities_desktop.ui.plan_list_model import PLAN_ID_ROLE

TYPED = "integrazione dei servizi "  # typed over and over
KEYS_PER_SECOND = 12  # a quick typist
PLANS_TO_OPEN = 10
NORMAL_SECTION = "context_needs"


class StallMonitor:
    """Gaps between the runs of a 1 ms timer: how long the UI thread was busy elsewhere."""

    def __init__(self) -> None:
        self._timer = QTimer(interval=1)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self.gaps: list[float] = []

    def start(self) -> None:
        self.gaps = []
        self._last = time.perf_counter()
        self._timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self._last) * 1000)
        self._last = now

    def stop(self) -> dict[str, Any]:
        self._tick()
        self._timer.stop()
        ordered = sorted(self.gaps)
        return {
            "max_ms": ordered[-1],
            "p99_ms": ordered[int(0.99 * (len(ordered) - 1))],
            "over_16ms": sum(gap > 16 for gap in ordered),
            "largest_ms": ordered[-8:][::-1],
        }


class CallTimer:
    """Durations of every call of a module's function, replaced in place while it runs."""

    def __init__(self, module: Any, name: str) -> None:
        self.durations: list[float] = []
        original = getattr(module, name, None)
        if original is None:
            return

        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self.durations.append((time.perf_counter() - started) * 1000)

        setattr(module, name, timed)


def autosave_timer(editor: object) -> CallTimer:
    """Times how the editor turns a document into Markdown, whichever editor it is."""
    module = sys.modules[type(editor).__module__]
    if hasattr(module, "write_markdown"):
        return CallTimer(module, "write_markdown")
    return CallTimer(getattr(module, "MarkdownWriter", None), "markdown")


class EditingProbe:
    def __init__(self, window: Any, options: argparse.Namespace,
                 emit: Callable[..., None], rss_mb: Callable[[], float]) -> None:
        self.window = window
        self.options = options
        self.emit = emit
        self.rss_mb = rss_mb
        self.monitor = StallMonitor()
        self.report: dict[str, Any] = {"rss_first_plan_mb": rss_mb()}
        self.serialising = autosave_timer(window.plan_page.editor)
        self._waiting_for: str | None = None
        self._then: Callable[[], None] = lambda: None
        window.planOpened.connect(self._plan_opened)

    # -- plumbing --------------------------------------------------------------------------

    def later(self, ms: int, step: Callable[[], None]) -> None:
        QTimer.singleShot(ms, step)

    def when_idle(self, step: Callable[[], None], settle_ms: int = 100) -> None:
        """Run ``step`` once the worker has answered every call, and a moment later."""
        def poll() -> None:
            if self.window.runner.busy:
                self.later(2, poll)
            else:
                self.later(settle_ms, step)

        poll()

    def open_plan(self, plan_id: str, then: Callable[[], None]) -> None:
        self._waiting_for, self._then = plan_id, then
        self.window.open_plan(plan_id)

    def _plan_opened(self, plan_id: str) -> None:
        if plan_id == self._waiting_for:
            self._waiting_for = None
            self._then()

    # -- the steps ---------------------------------------------------------------------------

    def start(self) -> None:
        self.when_idle(self.open_plans, settle_ms=300)

    def open_plans(self) -> None:
        model = self.window.plan_model
        ids = [model.index(row).data(PLAN_ID_ROLE) for row in range(model.rowCount())]
        ids = [i for i in ids if i not in (self.window.plan_page.plan_id, self.options.big_plan)]
        opened: list[dict[str, float]] = []

        def next_plan() -> None:
            if len(opened) == PLANS_TO_OPEN:
                self.report["open_plan"] = opened
                self.report["rss_after_10_plans_mb"] = self.rss_mb()
                self.later(0, self.type_in_normal_section)
                return
            self.monitor.start()
            started = time.perf_counter()

            def shown() -> None:
                to_signal = (time.perf_counter() - started) * 1000
                self.window.repaint()
                painted = (time.perf_counter() - started) * 1000

                def loaded() -> None:
                    stalls = self.monitor.stop()
                    opened.append({"open_ms": to_signal, "painted_ms": painted,
                                   "loaded_ms": (time.perf_counter() - started) * 1000,
                                   "max_stall_ms": stalls["max_ms"]})
                    self.later(150, next_plan)

                self.when_idle(loaded, settle_ms=0)

            self.open_plan(ids[len(opened) % len(ids)], shown)

        next_plan()

    def type_in_normal_section(self) -> None:
        self.window.plan_page.show_section(NORMAL_SECTION)
        self.when_idle(lambda: self.type_keys("normal", self.type_in_big_section))

    def type_in_big_section(self) -> None:
        big = self.options.big_plan
        if not big:
            self.later(0, self.finish)
            return
        self.monitor.start()
        started = time.perf_counter()

        def opened() -> None:
            self.report["big_plan_open_ms"] = (time.perf_counter() - started) * 1000

            def show_section() -> None:
                clock = time.perf_counter()
                self.window.plan_page.show_section(self.options.big_section)
                QApplication.processEvents()
                self.report["big_section_show_ms"] = (time.perf_counter() - clock) * 1000
                self.report["big_section_chars"] = self.text_edit().document().characterCount()

                def type_now() -> None:
                    self.report["big_open_stalls"] = self.monitor.stop()
                    self.type_keys("big", self.finish)

                self.when_idle(type_now)

            self.when_idle(show_section)

        self.open_plan(big, opened)

    def text_edit(self) -> QTextEdit:
        edit = self.window.plan_page.editor.findChild(QTextEdit)
        assert edit is not None
        return edit

    def type_keys(self, name: str, then: Callable[[], None]) -> None:
        """Type for a few seconds in the middle of the shown section, then wait for the save."""
        edit = self.text_edit()
        edit.setFocus()
        cursor = edit.textCursor()
        cursor.setPosition(edit.document().characterCount() // 2)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        edit.setTextCursor(cursor)
        keys: list[float] = []
        saves_before = len(self.serialising.durations)
        count = int(self.options.type_seconds * KEYS_PER_SECOND)
        timer = QTimer(interval=1000 // KEYS_PER_SECOND)

        def key() -> None:
            started = time.perf_counter()
            QTest.keyClick(edit, TYPED[len(keys) % len(TYPED)])
            keys.append((time.perf_counter() - started) * 1000)
            if len(keys) == count:
                timer.stop()
                self.later(1500, done)  # the last autosave happens while still watched

        def done() -> None:
            stalls = self.monitor.stop()
            ordered = sorted(keys)
            self.report[f"typing_{name}"] = {
                "keys": len(keys),
                "key_ms": keys,
                "key_median_ms": ordered[len(ordered) // 2],
                "key_p99_ms": ordered[int(0.99 * (len(ordered) - 1))],
                "key_max_ms": ordered[-1],
                "stall": stalls,
                "autosave_serialise_ms": self.serialising.durations[saves_before:],
            }
            self.when_idle(then)

        timer.timeout.connect(key)
        self.monitor.start()
        timer.start()
        self._typing_timer = timer  # kept alive while it runs

    def finish(self) -> None:
        self.report["rss_end_mb"] = self.rss_mb()
        self.emit("editing", **self.report)
        self.window.close()
