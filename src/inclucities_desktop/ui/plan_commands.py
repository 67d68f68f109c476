"""Undoable edits of a plan's own fields (its title), on the window's shared undo stack."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from inclucities_desktop.ui.task_runner import ServiceRunner


class SetPlanFieldCommand(QUndoCommand):
    def __init__(
        self,
        runner: ServiceRunner,
        set_field: Callable[[str, str, Any], None],
        plan_id: str,
        field: str,
        old: Any,
        new: Any,
        on_applied: Callable[[str, Any], None],
    ) -> None:
        super().__init__(QCoreApplication.translate("PlanCommands", "Rename plan"))
        self._runner = runner
        self._set_field = set_field
        self._plan_id = plan_id
        self._field = field
        self._old = old
        self._new = new
        self._on_applied = on_applied

    def redo(self) -> None:
        self._apply(self._new)

    def undo(self) -> None:
        self._apply(self._old)

    def _apply(self, value: Any) -> None:
        self._runner.run(
            self._set_field, self._plan_id, self._field, value,
            on_done=lambda _result: self._on_applied(self._field, value),
        )
