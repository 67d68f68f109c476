"""Undoable edits of a plan's actions, on the window's shared undo stack.

QUndoStack.push calls redo() at once, so the first service call happens there. Every call
goes through the ServiceRunner; the work handed to it reads and fetches on the worker, and
the answer (a fresh immutable Action) comes back to the view on the UI thread.

Calls run one at a time in the order given, so an id learnt by one call on the worker
(the copy made by Duplicate) is there for the next call (its undo) without waiting for the
UI thread.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from inclucities_core.model import Action
from inclucities_desktop.services.actions import ActionService
from inclucities_desktop.ui.task_runner import ServiceRunner

# lupdate reads translate("Context", "text") calls; a wrapper would hide the text.
translate = QCoreApplication.translate


@dataclass
class ActionCommandContext:
    """What every action command needs: where to call, and whom to tell."""

    runner: ServiceRunner
    service: ActionService
    # (action, reveal): the action as the workspace now holds it; reveal = select it.
    applied: Callable[[Action, bool], None]
    # (plan_id, action_id): the action is gone from the plan (deleted).
    removed: Callable[[str, str], None]
    # (action_id, error): a call failed; the view re-reads the action and reports.
    failed: Callable[[str, BaseException], None]


class _ActionCommand(QUndoCommand):
    def __init__(self, context: ActionCommandContext, plan_id: str, text: str) -> None:
        super().__init__(text)
        self._context = context
        self._plan_id = plan_id
        self._done_once = False

    @property
    def plan_id(self) -> str:
        return self._plan_id

    def _fetch(self, work: Callable[[], str], reveal: bool) -> None:
        """Run ``work`` (returns the id of the action it touched), then show that action."""
        service = self._context.service

        def call() -> Action:
            return service.get(work())

        self._context.runner.run(
            call,
            on_done=lambda action: self._context.applied(action, reveal),
            on_error=lambda error: self._context.failed(self._target_id(), error),
        )

    def _drop(self, work: Callable[[], str]) -> None:
        """Run ``work`` (a delete; returns the action's id), then take the action away."""
        self._context.runner.run(
            work,
            on_done=lambda action_id: self._context.removed(self._plan_id, action_id),
            on_error=lambda error: self._context.failed(self._target_id(), error),
        )

    def _target_id(self) -> str:
        return ""


MERGE_ID = 0x41435446  # QUndoCommand.id() of field edits that may merge with the last one
TYPING_PAUSE_S = 3.0  # edits of one text further apart than this are separate undo steps


class SetActionFieldCommand(_ActionCommand):
    """Change one field of an action (a nested table counts as one field).

    With ``merge_typing``, edits of the same text following each other within a few
    seconds (the form writes while the user types) make a single undo step.
    """

    def __init__(self, context: ActionCommandContext, plan_id: str, action_id: str,
                 key: str, old: Any, new: Any, field_label: str,
                 merge_typing: bool = False) -> None:
        text = translate("ActionCommands", "Edit “{0}”").format(field_label)
        super().__init__(context, plan_id, text)
        self.action_id = action_id
        self.key = key
        self.old = old
        self.new = new
        self._merge_typing = merge_typing
        self._last_edit = time.monotonic()

    def id(self) -> int:
        return MERGE_ID if self._merge_typing else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (isinstance(other, SetActionFieldCommand) and other._merge_typing
                and other.action_id == self.action_id and other.key == self.key
                and other._last_edit - self._last_edit <= TYPING_PAUSE_S):
            return False
        self.new = other.new
        self._last_edit = other._last_edit
        self.setObsolete(self.new == self.old)  # typed and then typed back: no step at all
        return True

    def redo(self) -> None:
        # The first time, the view already shows the new value and its selection stays put.
        self._apply(self.new, reveal=self._done_once)
        self._done_once = True

    def undo(self) -> None:
        self._apply(self.old, reveal=True)

    def _apply(self, value: Any, reveal: bool) -> None:
        service, action_id, key = self._context.service, self.action_id, self.key

        def work() -> str:
            service.set_field(action_id, key, value)
            return action_id

        self._fetch(work, reveal)

    def _target_id(self) -> str:
        return self.action_id


class AddActionCommand(_ActionCommand):
    """A new action at ``index`` (None: the end); undo deletes it, redo restores it."""

    def __init__(self, context: ActionCommandContext, plan_id: str,
                 fields: Mapping[str, Any] | None = None, index: int | None = None) -> None:
        super().__init__(context, plan_id, translate("ActionCommands", "Add action"))
        self.action_id = str(uuid.uuid4())
        self._fields = dict(fields or {})
        self._index = index

    def redo(self) -> None:
        service, plan_id, action_id = self._context.service, self._plan_id, self.action_id
        first = not self._done_once
        self._done_once = True

        def work() -> str:
            if first:
                service.add(plan_id, self._fields, index=self._index, action_id=action_id)
            else:
                service.restore(action_id)
            return action_id

        self._fetch(work, reveal=True)

    def undo(self) -> None:
        service, action_id = self._context.service, self.action_id

        def work() -> str:
            service.delete(action_id)
            return action_id

        self._drop(work)

    def _target_id(self) -> str:
        return self.action_id


class DuplicateActionCommand(_ActionCommand):
    """A copy of an action right after it; undo deletes the copy, redo restores it."""

    def __init__(self, context: ActionCommandContext, plan_id: str, source_id: str) -> None:
        super().__init__(context, plan_id, translate("ActionCommands", "Duplicate action"))
        self.source_id = source_id
        self.copy_id: str | None = None  # set on the worker by the first redo

    def redo(self) -> None:
        service = self._context.service

        def work() -> str:
            if self.copy_id is None:
                self.copy_id = service.duplicate(self.source_id).id
            else:
                service.restore(self.copy_id)
            return self.copy_id

        self._fetch(work, reveal=True)

    def undo(self) -> None:
        service = self._context.service

        def work() -> str:
            if self.copy_id is None:  # the copy was never made: nothing to take back
                return ""
            service.delete(self.copy_id)
            return self.copy_id

        self._drop(work)

    def _target_id(self) -> str:
        return self.copy_id or self.source_id


class MoveActionCommand(_ActionCommand):
    """Move an action from one place in the plan's order to another."""

    def __init__(self, context: ActionCommandContext, plan_id: str, action_id: str,
                 old_index: int, new_index: int) -> None:
        text = (translate("ActionCommands", "Move action up") if new_index < old_index
                else translate("ActionCommands", "Move action down"))
        super().__init__(context, plan_id, text)
        self.action_id = action_id
        self.old_index = old_index
        self.new_index = new_index

    def redo(self) -> None:
        self._move(self.new_index)

    def undo(self) -> None:
        self._move(self.old_index)

    def _move(self, index: int) -> None:
        service, action_id = self._context.service, self.action_id

        def work() -> str:
            service.move(action_id, index)
            return action_id

        self._fetch(work, reveal=True)

    def _target_id(self) -> str:
        return self.action_id


class DeleteActionCommand(_ActionCommand):
    """Delete an action (a tombstone in the workspace); undo restores it in its place."""

    def __init__(self, context: ActionCommandContext, plan_id: str, action_id: str) -> None:
        super().__init__(context, plan_id, translate("ActionCommands", "Delete action"))
        self.action_id = action_id

    def redo(self) -> None:
        service, action_id = self._context.service, self.action_id

        def work() -> str:
            service.delete(action_id)
            return action_id

        self._drop(work)

    def undo(self) -> None:
        service, action_id = self._context.service, self.action_id

        def work() -> str:
            service.restore(action_id)
            return action_id

        self._fetch(work, reveal=True)

    def _target_id(self) -> str:
        return self.action_id
