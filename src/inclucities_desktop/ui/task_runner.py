"""The one way the window calls services: off the UI thread, answers back by signal.

Calls run one at a time, in the order given, on a single worker thread, so the window
never waits on the disk and the workspace never sees two writers from this process.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QDeadlineTimer, QEventLoop, QObject, QTimer, Signal, Slot

log = logging.getLogger(__name__)

ErrorHandler = Callable[[BaseException], None]


class ServiceRunner(QObject):
    """Run ``fn(*args)`` on the worker; ``on_done`` or ``on_error`` answer on the UI thread."""

    _finished = Signal(object)
    busyChanged = Signal(bool)
    # Every failure nobody handled; the window shows it in one error dialog.
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="services")
        self._pending = 0
        self._finished.connect(self._deliver)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: ErrorHandler | None = None,
    ) -> None:
        self._pending += 1
        if self._pending == 1:
            self.busyChanged.emit(True)
        future = self._executor.submit(fn, *args)
        future.add_done_callback(
            lambda f: self._finished.emit((f, on_done, on_error))  # crosses to the UI thread
        )

    @Slot(object)
    def _deliver(self, outcome: tuple[Future[Any], Any, Any]) -> None:
        future, on_done, on_error = outcome
        self._pending -= 1
        try:
            error = future.exception()
            if error is not None:
                if on_error is not None:
                    on_error(error)
                else:
                    log.error("Service call failed", exc_info=error)
                    self.failed.emit(error)
            elif on_done is not None:
                on_done(future.result())
        finally:
            if self._pending == 0:
                self.busyChanged.emit(False)

    def call_now(self, fn: Callable[..., Any], *args: Any) -> Any:
        """Run on the worker and wait: only for closing the window, when nothing else may run."""
        return self._executor.submit(fn, *args).result()

    def wait_idle(self, timeout_ms: int = 10_000) -> bool:
        """Run the event loop until every call has been answered (closing, and tests)."""
        deadline = QDeadlineTimer(timeout_ms)
        loop = QEventLoop()
        self.busyChanged.connect(loop.quit)
        try:
            while self._pending and not deadline.hasExpired():
                QTimer.singleShot(max(1, deadline.remainingTime()), loop.quit)
                loop.exec()
        finally:
            self.busyChanged.disconnect(loop.quit)
        return self._pending == 0

    def shutdown(self) -> None:
        self._executor.shutdown(wait=True)
