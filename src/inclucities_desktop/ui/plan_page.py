"""One open plan: its header, the section navigator, and the editor of the chosen section."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from inclucities_core.model import Completeness, PlanStatus
from inclucities_desktop.services.plan_opening import OpenedPlan
from inclucities_desktop.services.search_index import SearchHit
from inclucities_desktop.services.workspace_services import WorkspaceServices
from inclucities_desktop.ui.actions_view import ActionsView
from inclucities_desktop.ui.budget_view import BudgetView
from inclucities_desktop.ui.i18n import ui_language
from inclucities_desktop.ui.labels import language_name
from inclucities_desktop.ui.plan_commands import SetPlanFieldCommand
from inclucities_desktop.ui.section_list_model import (
    SECTION_KEY_ROLE,
    SectionListModel,
    SectionRow,
)
from inclucities_desktop.ui.section_text_editor import SectionEditor
from inclucities_desktop.ui.status_chip import StatusChip
from inclucities_desktop.ui.task_runner import ServiceRunner


class PlanPage(QWidget):
    planRenamed = Signal(str, str)  # plan_id, new title

    def __init__(
        self,
        runner: ServiceRunner,
        services: WorkspaceServices,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._services = services
        self._undo_stack = undo_stack
        self._opened: OpenedPlan | None = None
        self._texts: dict[str, str] = {}

        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Plan title"))
        self.title_edit.setAccessibleDescription(self.tr("A change of title can be undone"))
        title_font = self.title_edit.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        title_font.setBold(True)
        self.title_edit.setFont(title_font)
        self.title_edit.setFrame(False)
        self.status_chip = StatusChip()
        self.details = QLabel()
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(self.tr("Plan details"))

        self.sections_model = SectionListModel(self)
        self.navigator = QListView()
        self.navigator.setModel(self.sections_model)
        self.navigator.setAccessibleName(self.tr("Sections of the plan"))
        self.navigator.setAccessibleDescription(self.tr(
            "Each section with how far it is drafted; Ctrl+Page Down and Ctrl+Page Up move "
            "between sections from anywhere in the plan"))
        self.navigator.setUniformItemSizes(True)
        self.navigator.setMinimumWidth(180)

        self.editor = SectionEditor(runner, services.plans.set_section_text, undo_stack)
        self.actions_view = ActionsView(runner, services, undo_stack)
        self.budget_view = BudgetView(runner, services)
        self.section_title = QLabel()
        heading = self.section_title.font()
        heading.setPointSizeF(heading.pointSizeF() * 1.15)
        heading.setBold(True)
        self.section_title.setFont(heading)

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self.section_title)
        content_layout.addWidget(self.budget_view)
        content_layout.addWidget(self.editor, 1)
        content_layout.addWidget(self.actions_view, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(content)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([230, 800])

        header = QFormLayout()
        title_row = QHBoxLayout()
        title_row.addWidget(self.title_edit, 1)
        title_row.addWidget(self.status_chip)
        header.addRow(title_row)
        header.addRow(self.details)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.splitter, 1)

        self.navigator.selectionModel().currentChanged.connect(self._on_section_chosen)
        self.title_edit.editingFinished.connect(self._rename)
        self.editor.sectionRequested.connect(self._on_section_requested)
        self.editor.saved.connect(lambda _plan, _key: self.refresh_marks())
        self.actions_view.changed.connect(self._on_actions_changed)
        self.actions_view.actionRevealed.connect(self._on_action_revealed)

    # -- opening ---------------------------------------------------------------------

    @property
    def plan_id(self) -> str | None:
        return self._opened.plan.id if self._opened else None

    def open(self, opened: OpenedPlan, section_key: str | None = None) -> None:
        previous = self.plan_id
        if previous and previous != opened.plan.id:
            self.flush()
            self.editor.forget_plan(previous)
        self._opened = opened
        self._texts = {s.key: s.text for s in opened.sections}
        plan = opened.plan
        language = ui_language()
        self.title_edit.setText(plan.title)
        self._show_details()
        self.sections_model.set_sections([
            SectionRow(s.key, opened.template.section(s.key).number,
                       opened.template.section(s.key).title(language),
                       opened.template.section(s.key).kind, opened.marks[s.key])
            for s in opened.sections
        ])
        self._apply_read_only()
        self.actions_view.show_plan(plan.id)
        self.budget_view.show_plan(plan.id)
        self.show_section(section_key or opened.sections[0].key)

    def refresh(self, opened: OpenedPlan) -> None:
        """Show the plan again as the workspace holds it now (after a sync changed it)."""
        if opened.plan.id != self.plan_id:
            return
        self._opened = opened
        self._texts = {s.key: s.text for s in opened.sections}
        if not self.title_edit.hasFocus():
            self.title_edit.setText(opened.plan.title)
        self._show_details()
        self._apply_read_only()  # a review step (approve, reopen) may have come with it
        for section in opened.sections:
            self.editor.take_stored_text(opened.plan.id, section.key, section.text)
        self.sections_model.set_marks(opened.marks)
        self.actions_view.show_plan(opened.plan.id)
        self.budget_view.show_plan(opened.plan.id)

    def _apply_read_only(self) -> None:
        assert self._opened is not None
        plan = self._opened.plan
        read_only = plan.status == PlanStatus.APPROVED or plan.deleted_at is not None
        self.title_edit.setReadOnly(read_only)
        self.editor.set_read_only(read_only)
        self.actions_view.set_read_only(read_only)

    def _show_details(self) -> None:
        assert self._opened is not None
        opened = self._opened
        parts = [opened.city_name]
        if opened.mentor_city_name:
            parts.append(self.tr("mentor city: {0}").format(opened.mentor_city_name))
        parts.append(language_name(opened.plan.language))
        self.details.setText(" · ".join(parts))
        self.status_chip.set_status(opened.plan.status)

    def show_section(self, key: str) -> None:
        row = self.sections_model.row_of(key)
        if row < 0:
            return
        index = self.sections_model.index(row)
        self.navigator.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self._display(key)

    def current_section(self) -> str | None:
        index = self.navigator.currentIndex()
        return index.data(SECTION_KEY_ROLE) if index.isValid() else None

    def _on_section_chosen(self, current: object, _previous: object) -> None:
        key = self.current_section()
        if key:
            self._display(key)

    def _display(self, key: str) -> None:
        if self._opened is None:
            return
        shown = self.editor.current()
        if shown == (self._opened.plan.id, key):
            return
        self.editor.flush()
        spec = self._opened.template.section(key)
        self.section_title.setText(f"{spec.number}. {spec.title(ui_language())}")
        self.actions_view.setVisible(spec.kind == "actions")
        self.budget_view.setVisible(spec.kind == "budget")
        self.editor.setVisible(spec.kind != "actions")
        self.editor.show_section(self._opened.plan.id, key, self._texts.get(key, ""))

    def _on_action_revealed(self, plan_id: str, action_id: str) -> None:
        if plan_id == self.plan_id and self.current_section() != "actions":
            self.show_section("actions")
            self.actions_view.select_action(action_id)

    def _on_section_requested(self, plan_id: str, key: str) -> None:
        if plan_id == self.plan_id:
            self.show_section(key)

    # -- jumping to a search hit ---------------------------------------------------------

    def reveal(self, hit: SearchHit, query: str) -> None:
        if hit.kind == "section":
            self.show_section(hit.ref)
            # The snippet's word as stored; the query as typed when accents differ.
            if not self.editor.select_text(_first_word(hit.snippet)):
                self.editor.select_text(query.split()[0] if query.split() else "")
        elif hit.kind == "action":
            self.show_section("actions")
            self.actions_view.select_action(hit.ref)
        else:
            self.title_edit.setFocus()

    # -- edits -------------------------------------------------------------------------

    def _rename(self) -> None:
        if self._opened is None:
            return
        new = self.title_edit.text().strip()
        old = self._opened.plan.title
        if not new or new == old:
            self.title_edit.setText(old)
            return
        self._undo_stack.push(SetPlanFieldCommand(
            self._runner, self._services.plans.set_field, self._opened.plan.id,
            "title", old, new, self._on_title_applied,
        ))

    def _on_title_applied(self, _field: str, value: str) -> None:
        if self._opened is None:
            return
        from dataclasses import replace

        self._opened = replace(self._opened, plan=replace(self._opened.plan, title=value))
        if self.title_edit.text() != value:
            self.title_edit.setText(value)
        self.planRenamed.emit(self._opened.plan.id, value)

    def _on_actions_changed(self, plan_id: str) -> None:
        if plan_id == self.plan_id:
            self.budget_view.refresh()
            self.refresh_marks()

    def refresh_marks(self) -> None:
        plan_id = self.plan_id
        if plan_id:
            def show_marks(marks: dict[str, Completeness]) -> None:
                if plan_id == self.plan_id:  # the answer may come after a plan switch
                    self.sections_model.set_marks(marks)

            self._runner.run(self._services.plans.completeness, plan_id, on_done=show_marks)

    def flush(self) -> None:
        """Queue every edit still waiting in an editor's debounce timer."""
        self.editor.flush()
        self.actions_view.flush()

    def close_plan(self) -> None:
        if self.plan_id:
            self.flush()
            self.editor.forget_plan(self.plan_id)
        self._opened = None


def _first_word(snippet: str) -> str:
    start = snippet.find("[[")
    end = snippet.find("]]", start)
    return snippet[start + 2:end] if 0 <= start < end else ""
