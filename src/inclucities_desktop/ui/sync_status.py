"""The status bar's word on sync: Offline, Syncing (with progress), Synced at HH:MM, conflicts."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTime, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from inclucities_desktop.ui.sync_controller import SyncPhase, SyncState


class SyncStatusWidget(QWidget):
    conflictsClicked = Signal()
    signInClicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setAccessibleName(self.tr("Sync status"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Sync progress"))
        self.progress.setMaximumWidth(120)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.conflicts_button = QToolButton()
        self.conflicts_button.setAutoRaise(True)
        self.conflicts_button.clicked.connect(self.conflictsClicked)
        self.conflicts_button.hide()
        self.sign_in_button = QToolButton()
        self.sign_in_button.setAutoRaise(True)
        self.sign_in_button.setText(self.tr("Sign in…"))
        self.sign_in_button.clicked.connect(self.signInClicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.progress)
        layout.addWidget(self.conflicts_button)
        layout.addWidget(self.sign_in_button)
        # As tall as its tallest part, shown or not: otherwise the status bar grows when
        # the progress bar appears at each sync, and the plan page above it is laid out
        # and painted anew (tens of milliseconds of the UI thread for a plan of many actions).
        self.setMinimumHeight(max(widget.sizeHint().height() for widget in (
            self.label, self.progress, self.conflicts_button, self.sign_in_button)))
        self.show_state(SyncState(SyncPhase.NOT_SIGNED_IN))

    def show_state(self, state: SyncState) -> None:
        self.label.setText(self._describe(state))
        self.label.setToolTip(state.message)
        syncing = state.phase is SyncPhase.SYNCING
        self.progress.setVisible(syncing)
        if syncing:
            # Until the first batch the amount of work is unknown: a busy bar.
            self.progress.setRange(0, state.total if state.total else 0)
            self.progress.setValue(min(state.done, state.total))
        self.conflicts_button.setVisible(state.conflicts > 0)
        self.conflicts_button.setText(self.tr("%n conflict(s)", "", state.conflicts))
        self.conflicts_button.setToolTip(self.tr("Show the conflicts to resolve"))
        self.sign_in_button.setVisible(state.phase is SyncPhase.NOT_SIGNED_IN)

    def _describe(self, state: SyncState) -> str:
        if state.phase is SyncPhase.NOT_SIGNED_IN:
            return self.tr("Not signed in")
        if state.phase is SyncPhase.OFFLINE:
            return self.tr("Offline")
        if state.phase is SyncPhase.FAILED:
            return self.tr("Sync failed")
        if state.phase is SyncPhase.SYNCING:
            if state.total:
                return self.tr("Syncing… {0} of {1}").format(state.done, state.total)
            return self.tr("Syncing…")
        if state.synced_at is None:
            return self.tr("Synced")
        moment = QTime(state.synced_at.hour, state.synced_at.minute)
        time = QLocale().toString(moment, QLocale.FormatType.ShortFormat)
        return self.tr("Synced at {0}").format(time)
