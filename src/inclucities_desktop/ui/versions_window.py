"""History → Versions…: the versions of the open plan, and what changed since one of them.

Choosing a version in the list compares it with the plan now (or with the version chosen in
"Compare with"). A version's content may have to come from the server the first time, so
it is fetched on the sync thread, which is there for slow network calls and never holds
back an autosave; the comparison then runs on the service runner, after any edit still on
its way to the workspace. Restoring puts the chosen version's text back as ordinary edits.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from inclucities_core.template import load_template
from inclucities_desktop.services.errors import ServiceError
from inclucities_desktop.services.history import STATUS, HistoryService, VersionInfo
from inclucities_desktop.services.version_diff import PlanComparison, PlanVersion
from inclucities_desktop.sync.errors import NotSignedIn, ServerUnreachable, SyncError
from inclucities_desktop.ui.action_values import display_locale
from inclucities_desktop.ui.i18n import ui_language
from inclucities_desktop.ui.labels import status_label
from inclucities_desktop.ui.task_runner import ServiceRunner
from inclucities_desktop.ui.version_diff_view import VersionDiffView

VERSION_ROLE = Qt.ItemDataRole.UserRole
NetworkCall = Callable[..., None]  # fn, *args, on_done=..., on_error=...


def fetch_versions(history: HistoryService, old_id: str, new_id: str | None
                   ) -> tuple[PlanVersion, PlanVersion | None]:
    """Both versions' contents, from the workspace or the server (on the sync thread)."""
    return history.version(old_id), history.version(new_id) if new_id else None


def when_text(stamp: str | None, locale: QLocale | None = None) -> str:
    """An ISO time from the store in the user's time zone and the locale's short format."""
    if not stamp:
        return ""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    local = QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000)).toLocalTime()
    return (locale or display_locale()).toString(local, QLocale.FormatType.ShortFormat)


class VersionsWindow(QDialog):
    nameRequested = Signal()
    restored = Signal(int)  # how many edits a restore made

    def __init__(self, runner: ServiceRunner, history: HistoryService, network: NetworkCall,
                 before_edit: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._history = history
        self._network = network
        self._before_edit = before_edit  # the editor's last keystrokes go in first
        self._plan_id: str | None = None
        self._versions: list[VersionInfo] = []
        self._old: PlanVersion | None = None  # the compared version's content
        self._asked = 0  # the latest comparison asked for; older answers are dropped
        self.refusal: QMessageBox | None = None
        self.setWindowTitle(self.tr("Versions"))
        self.resize(1100, 720)

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Versions of the plan"))
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        list_label = QLabel(self.tr("&Versions, newest first:"))
        list_label.setBuddy(self.list)
        self.compare_with = QComboBox()
        self.compare_with.setAccessibleName(self.tr("Compare with"))
        self.name_button = QPushButton(self.tr("&Name this version…"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.setAccessibleName(self.tr("Fetching the version"))
        self.busy.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName(self.tr("Message"))
        self.diff = VersionDiffView()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(list_label)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.name_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.addRow(self.tr("Compare wi&th:"), self.compare_with)
        right_layout.addLayout(form)
        right_layout.addWidget(self.busy)
        right_layout.addWidget(self.message)
        right_layout.addWidget(self.diff, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([260, 840])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)

        self.list.currentItemChanged.connect(lambda *_args: self.compare())
        self.compare_with.currentIndexChanged.connect(lambda _index: self.compare())
        self.name_button.clicked.connect(self.nameRequested.emit)
        self.diff.restoreSectionRequested.connect(self._restore_section)
        self.diff.restoreActionRequested.connect(self._restore_action)
        self.diff.restorePlanRequested.connect(self._restore_plan)

    # -- the list ------------------------------------------------------------------------------

    @property
    def plan_id(self) -> str | None:
        return self._plan_id

    def show_plan(self, plan_id: str, title: str) -> None:
        if plan_id != self._plan_id:
            self._plan_id = plan_id
            self._versions = []
            self.list.clear()
            self.diff.clear("")
        self.setWindowTitle(self.tr("Versions of {0}").format(title))
        self.reload()

    def reload(self) -> None:
        plan_id = self._plan_id
        if plan_id is not None:
            self._runner.run(self._history.versions, plan_id,
                             on_done=lambda rows: self._show_versions(plan_id, rows))

    def _show_versions(self, plan_id: str, versions: list[VersionInfo]) -> None:
        if plan_id != self._plan_id:
            return
        chosen, against = self.chosen_version(), self.compare_with.currentData()
        self._versions = versions
        for widget in (self.list, self.compare_with):
            widget.blockSignals(True)
        self.list.clear()
        for version in versions:
            item = QListWidgetItem(self.version_text(version))
            item.setData(VERSION_ROLE, version.id)
            item.setToolTip(self.tr("A version taken when the plan's status changed")
                            if version.kind == STATUS else self.tr("A version named by a person"))
            self.list.addItem(item)
        self.compare_with.clear()
        self.compare_with.addItem(self.tr("Now: the plan as it is here"), None)
        for version in versions:
            if not version.pending:
                self.compare_with.addItem(self.version_title(version), version.id)
        self.compare_with.setCurrentIndex(max(0, self.compare_with.findData(against)))
        ids = [v.id for v in versions]
        fetchable = [v.id for v in versions if not v.pending]
        wanted = chosen if chosen in ids else (fetchable[0] if fetchable else None)
        if wanted is not None:
            self.list.setCurrentRow(ids.index(wanted))
        for widget in (self.list, self.compare_with):
            widget.blockSignals(False)
        if not versions:
            self._say(self.tr("This plan has no versions yet. A version is kept at every "
                              "review step, and History → Name this version… keeps one "
                              "now."))
            self.diff.clear("")
        elif wanted != chosen or self.diff.comparison is None:
            self.compare()

    def version_title(self, version: VersionInfo) -> str:
        return status_label(version.name) if version.kind == STATUS else version.name

    def version_text(self, version: VersionInfo) -> str:
        if version.pending:
            detail = self.tr("waits for sync")
        elif version.created_by:
            detail = self.tr("{0}, {1}").format(version.created_by, when_text(version.created_at))
        else:
            detail = when_text(version.created_at)
        return f"{self.version_title(version)}\n{detail}"

    def chosen_version(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(VERSION_ROLE)) if item is not None else None

    def _info(self, version_id: str | None) -> VersionInfo | None:
        return next((v for v in self._versions if v.id == version_id), None)

    # -- comparing -----------------------------------------------------------------------------

    def compare(self) -> None:
        old = self._info(self.chosen_version())
        new_id = self.compare_with.currentData()
        self._asked += 1
        asked = self._asked
        self._old = None
        if old is None:
            return
        if old.pending:
            self._busy(False)
            self._say(self.tr("This version waits for sync: the server keeps its content, "
                              "so it can be compared once the next sync has sent it."))
            self.diff.clear("")
            return
        self._busy(True)
        self._say(self.tr("Fetching the version…") if not old.cached else "")
        self._network(fetch_versions, self._history, old.id, new_id,
                      on_done=lambda pair: self._fetched(asked, pair),
                      on_error=lambda error: self._failed(asked, error))

    def _fetched(self, asked: int, pair: tuple[PlanVersion, PlanVersion | None]) -> None:
        if asked != self._asked:
            return
        old, new = pair
        self._before_edit()  # so "now" includes what is still in the editor
        self._runner.run(self._history.compare, old, new,
                         on_done=lambda comparison: self._compared(asked, old, comparison),
                         on_error=lambda error: self._failed(asked, error))

    def _compared(self, asked: int, old: PlanVersion, comparison: PlanComparison) -> None:
        if asked != self._asked:
            return
        self._busy(False)
        self._say("")
        self._old = old
        self.diff.show_comparison(comparison, load_template(old.template_version),
                                  ui_language(),
                                  restorable=self.compare_with.currentData() is None)
        if not self.diff.restore_plan_button.isEnabled():
            self.diff.restore_plan_button.setToolTip(self.tr(
                "Compare with Now to restore from this version"))

    def _failed(self, asked: int, error: BaseException) -> None:
        if asked != self._asked:
            return
        self._busy(False)
        self.diff.clear("")
        self._say(self.failure_text(error))

    def failure_text(self, error: BaseException) -> str:
        if isinstance(error, ServerUnreachable):
            return self.tr("This version is not on this computer yet, and the server cannot "
                           "be reached. Connect to the network and choose it again.")
        if isinstance(error, NotSignedIn):
            return self.tr("This version is not on this computer yet. Sign in to the sync "
                           "server (Sync → Sign in…) to fetch it.")
        if isinstance(error, SyncError | ServiceError):
            return self.tr("The version could not be opened: {0}").format(error)
        return self.tr("The version could not be compared: {0}").format(error)

    def _busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.diff.setEnabled(not busy)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- restoring -----------------------------------------------------------------------------

    def _version_name(self) -> str:
        info = self._info(self.chosen_version())
        return self.version_title(info) if info else ""

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Restore"), question)
        return answer == QMessageBox.StandardButton.Yes

    def _restore_section(self, key: str) -> None:
        if self._old is None or self._plan_id is None:
            return
        heading = self.diff.places.currentItem().text() if self.diff.places.currentItem() else key
        if self._confirm(self.tr("Put back the section “{0}” as it was in “{1}”?").format(
                heading, self._version_name())):
            self._restore(self._history.restore_section, self._plan_id, key, self._old)

    def _restore_action(self, action_id: str) -> None:
        if self._old is None or self._plan_id is None:
            return
        item = self.diff.places.currentItem()
        if self._confirm(self.tr("Put back the action “{0}” as it was in “{1}”?").format(
                item.text() if item else action_id, self._version_name())):
            self._restore(self._history.restore_action, self._plan_id, action_id, self._old)

    def _restore_plan(self) -> None:
        comparison = self.diff.comparison
        if self._old is None or self._plan_id is None or comparison is None:
            return
        edits = (len(comparison.changed_sections) + len(comparison.changed_actions)
                 + (comparison.title is not None))
        question = self.tr("Put back the whole plan as it was in “{0}”?").format(
            self._version_name())
        if self._confirm(question + "\n\n" + RestoreWords().edits(edits)):
            self._restore(self._history.restore_plan, self._plan_id, self._old)

    def _restore(self, fn: Callable[..., Any], *args: Any) -> None:
        self._before_edit()
        self._busy(True)
        self._runner.run(fn, *args, on_done=self._restored, on_error=self._refused)

    def _restored(self, result: bool | int) -> None:
        self._busy(False)
        self.restored.emit(int(result))
        self.compare()

    def _refused(self, error: BaseException) -> None:
        # The service says why in the user's words: an approved plan, a mentor's reading.
        self._busy(False)
        self.refusal = QMessageBox(QMessageBox.Icon.Warning, self.tr("Restore"), str(error),
                                   QMessageBox.StandardButton.Close, self)
        self.refusal.open()


class RestoreWords(QObject):
    """Words with a plural (pyside6-lupdate makes plural entries of tr() calls only)."""

    def edits(self, count: int) -> str:
        return self.tr("This makes %n edit(s); the next sync sends them like any other. "
                       "To keep the plan as it is now among the versions, name this "
                       "version first.", "", count)
