"""When and how the window syncs: on its own thread, at start, on demand and every few minutes.

Sync has a worker thread of its own, beside the service runner's, so that a slow network
never holds back an autosave. The controller turns what the sync service reports into one
``SyncState`` for the status bar, retries with a growing delay while the server cannot be
reached, and asks for a new sign-in when the session has expired.
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import datetime
from enum import Enum
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from inclucities_desktop.services.sync_service import SyncProgress, SyncReport, SyncStatus
from inclucities_desktop.services.workspace_services import WorkspaceServices
from inclucities_desktop.sync.errors import (
    NotSignedIn,
    ServerUnreachable,
    SessionExpired,
    SyncError,
    Throttled,
)

log = logging.getLogger(__name__)

PERIOD_MS = 5 * 60 * 1000  # a sync every five minutes while online
FIRST_RETRY_MS = 15 * 1000
LONGEST_RETRY_MS = 10 * 60 * 1000


class SyncPhase(Enum):
    NOT_SIGNED_IN = "not_signed_in"
    OFFLINE = "offline"
    SYNCING = "syncing"
    SYNCED = "synced"
    FAILED = "failed"


@dataclass(frozen=True)
class SyncState:
    phase: SyncPhase
    synced_at: datetime | None = None  # local time of the last successful sync
    conflicts: int = 0
    done: int = 0  # progress of the running sync, in changes
    total: int = 0
    message: str = ""  # why the last sync failed, in the user's words


class SyncController(QObject):
    stateChanged = Signal(object)  # SyncState
    synced = Signal(object)  # SyncReport, after a sync that changed the workspace or not
    signInNeeded = Signal(str)  # why: the session expired, or the account is unknown
    _answered = Signal(object)  # a finished call, crossing to the UI thread
    _progressed = Signal(object)

    def __init__(self, services: WorkspaceServices, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync")
        self._cancel = threading.Event()
        self._running = False
        self._again = False  # another sync was asked for while one ran
        self._retry_ms = FIRST_RETRY_MS
        self.state = SyncState(SyncPhase.NOT_SIGNED_IN)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.sync_now)
        self._answered.connect(self._deliver)
        self._progressed.connect(self._show_progress)

    # -- calls on the sync thread --------------------------------------------------------------

    def call(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run a sync-service call (sign in, sign out, ...) on the sync thread."""
        future = self._executor.submit(fn, *args)
        future.add_done_callback(lambda f: self._answered.emit((f, on_done, on_error)))

    @Slot(object)
    def _deliver(self, outcome: tuple[Future[Any], Any, Any]) -> None:
        future, on_done, on_error = outcome
        error = future.exception()
        if error is None:
            if on_done is not None:
                on_done(future.result())
        elif on_error is not None:
            on_error(error)
        else:
            log.error("Sync call failed", exc_info=error)

    # -- syncing -------------------------------------------------------------------------------

    def start(self) -> None:
        """Show the account's state and sync once if signed in (the window has just opened)."""
        self.call(self._services.sync.status, on_done=self._started)

    def _started(self, status: SyncStatus) -> None:
        self._set_state(replace(self.state, conflicts=status.open_conflicts,
                                synced_at=_local(status.last_sync_at)))
        if status.signed_in:
            self.sync_now()
        else:
            self._set_state(replace(self.state, phase=SyncPhase.NOT_SIGNED_IN))

    @Slot()
    def sync_now(self) -> None:
        if self._running:
            self._again = True
            return
        self._timer.stop()
        self._running = True
        self._cancel.clear()
        self._set_state(replace(self.state, phase=SyncPhase.SYNCING, done=0, total=0))
        self.call(self._sync_round, on_done=self._finished, on_error=self._failed)

    def _sync_round(self) -> tuple[SyncReport, SyncStatus]:
        """On the sync thread: one sync, then the state it left (open conflicts)."""
        sync = self._services.sync
        return sync.sync(self._progressed.emit, self._cancel), sync.status()

    def cancel(self) -> None:
        self._cancel.set()

    def _show_progress(self, progress: SyncProgress) -> None:
        if self._running:
            self._set_state(replace(self.state, done=progress.done, total=progress.total or 0))

    def _finished(self, outcome: tuple[SyncReport, SyncStatus]) -> None:
        report, status = outcome
        self._running = False
        self._retry_ms = FIRST_RETRY_MS
        self._set_state(SyncState(SyncPhase.SYNCED, synced_at=datetime.now(),
                                  conflicts=status.open_conflicts))
        self.synced.emit(report)
        self._schedule(PERIOD_MS)

    def _failed(self, error: BaseException) -> None:
        self._running = False
        if isinstance(error, SessionExpired | NotSignedIn):
            self._set_state(replace(self.state, phase=SyncPhase.NOT_SIGNED_IN,
                                    message=str(error)))
            self.signInNeeded.emit(str(error))
            return
        if not isinstance(error, SyncError):
            log.error("Sync failed unexpectedly", exc_info=error)
        offline = isinstance(error, ServerUnreachable)
        self._set_state(replace(self.state,
                                phase=SyncPhase.OFFLINE if offline else SyncPhase.FAILED,
                                message=str(error)))
        delay = self._retry_ms
        if isinstance(error, Throttled) and error.retry_after:
            delay = max(delay, int(error.retry_after * 1000))
        self._retry_ms = min(self._retry_ms * 2, LONGEST_RETRY_MS)
        # Some jitter, so that many offices coming back online do not all knock at once.
        self._schedule(int(delay * random.uniform(0.8, 1.2)))

    def _schedule(self, delay_ms: int) -> None:
        if self._again:
            self._again = False
            delay_ms = 0
        self._timer.start(delay_ms)

    def signed_out(self) -> None:
        self._timer.stop()
        self._set_state(SyncState(SyncPhase.NOT_SIGNED_IN, conflicts=self.state.conflicts))

    def set_conflicts(self, count: int) -> None:
        self._set_state(replace(self.state, conflicts=count))

    def _set_state(self, state: SyncState) -> None:
        self.state = state
        self.stateChanged.emit(state)

    def shutdown(self) -> None:
        """Stop timers and let a running sync end at its next step; wait for it."""
        self._timer.stop()
        self._cancel.set()
        self._executor.shutdown(wait=True)


def _local(moment: str | None) -> datetime | None:
    if not moment:
        return None
    return datetime.fromisoformat(moment).astimezone()
