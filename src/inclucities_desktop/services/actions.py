"""The actions of a plan: add, edit, duplicate, reorder, delete and restore."""

from __future__ import annotations

import builtins
import copy
import dataclasses
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, func, select, update

from inclucities_core.budget import BudgetTotals, budget_totals
from inclucities_core.model import Action
from inclucities_core.sync_entities import ACTION
from inclucities_core.template import PlanTemplate, load_template
from inclucities_desktop.services import access, search_index
from inclucities_desktop.services.clock import new_id, now
from inclucities_desktop.services.errors import NotFoundError, ServiceError
from inclucities_desktop.services.outbox import record_change
from inclucities_desktop.services.plans import touch_plan
from inclucities_desktop.store.schema import actions, plans

POSITION_STEP = 1024.0


def _action(row: Any) -> Action:
    return Action(
        id=row.id, plan_id=row.plan_id, position=row.position,
        fields=row.fields, deleted_at=row.deleted_at,
    )


class ActionService:
    def __init__(self, workspace: Any) -> None:
        self.workspace = workspace

    def _template(self, connection: Connection, plan_id: str) -> PlanTemplate:
        version = connection.execute(
            select(plans.c.template_version).where(plans.c.id == plan_id)
        ).scalar()
        if version is None:
            raise NotFoundError(f"No plan with id {plan_id}")
        return load_template(version)

    def _get(self, connection: Connection, action_id: str) -> Action:
        row = connection.execute(select(actions).where(actions.c.id == action_id)).first()
        if row is None:
            raise NotFoundError(f"No action with id {action_id}")
        return _action(row)

    def _live(self, connection: Connection, plan_id: str) -> builtins.list[Action]:
        rows = connection.execute(
            select(actions)
            .where(actions.c.plan_id == plan_id, actions.c.deleted_at.is_(None))
            .order_by(actions.c.position, actions.c.id)
        )
        return [_action(row) for row in rows]

    # -- reading ---------------------------------------------------------------------

    def list(self, plan_id: str) -> builtins.list[Action]:
        """The plan's actions in their order, deleted ones left out."""
        with self.workspace.read() as connection:
            return self._live(connection, plan_id)

    def get(self, action_id: str) -> Action:
        with self.workspace.read() as connection:
            return self._get(connection, action_id)

    def budget(self, plan_id: str) -> BudgetTotals:
        return budget_totals(self.list(plan_id))

    # -- writing ---------------------------------------------------------------------

    def add(
        self,
        plan_id: str,
        fields: Mapping[str, Any] | None = None,
        *,
        index: int | None = None,
        action_id: str | None = None,
    ) -> Action:
        """Create an action at ``index`` (default: the end), with the template's defaults."""
        with self.workspace.begin() as connection:
            template = self._template(connection, plan_id)
            access.check_can_edit(connection, plan_id)
            values = template.empty_action_fields()
            for key, value in (fields or {}).items():
                self._check_field(template, key)
                values[key] = copy.deepcopy(value)
            existing = self._live(connection, plan_id)
            if index is None or index >= len(existing):
                index = len(existing)
            position = self._free_position(connection, existing, index)
            action_id = action_id or new_id()
            when = now()
            connection.execute(actions.insert().values(
                id=action_id, plan_id=plan_id, position=position, fields=values,
                updated_at=when,
            ))
            record_change(connection, ACTION, action_id, "plan_id", plan_id)
            record_change(connection, ACTION, action_id, "position", position)
            for key, value in values.items():
                record_change(connection, ACTION, action_id, key, value)
            created = self._get(connection, action_id)
            self._reindex(connection, created)
            touch_plan(connection, plan_id, when)
            return created

    def duplicate(self, action_id: str) -> Action:
        """A copy of the action placed right after it; nested items get new ids."""
        source = self.get(action_id)
        fields = copy.deepcopy(dict(source.fields))
        for value in fields.values():
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, dict) and "id" in item:
                        item["id"] = new_id()
        siblings = self.list(source.plan_id)
        index = next(i for i, a in enumerate(siblings) if a.id == action_id) + 1
        return self.add(source.plan_id, fields, index=index)

    def set_field(self, action_id: str, key: str, value: Any) -> bool:
        """Change one field; returns False when the value was already that."""
        with self.workspace.begin() as connection:
            action = self._get(connection, action_id)
            template = self._template(connection, action.plan_id)
            self._check_field(template, key)
            if action.fields.get(key) == value:
                return False
            access.check_can_edit(connection, action.plan_id)
            fields = dict(action.fields)
            fields[key] = copy.deepcopy(value)
            when = now()
            connection.execute(
                update(actions).where(actions.c.id == action_id)
                .values(fields=fields, updated_at=when)
            )
            record_change(connection, ACTION, action_id, key, value)
            self._reindex(connection, self._get(connection, action_id))
            touch_plan(connection, action.plan_id, when)
            return True

    def move(self, action_id: str, index: int) -> None:
        """Move the action so that it stands at ``index`` among the plan's actions."""
        with self.workspace.begin() as connection:
            action = self._get(connection, action_id)
            others = [a for a in self._live(connection, action.plan_id) if a.id != action_id]
            index = max(0, min(index, len(others)))
            if self._position_at(others, index) == action.position:
                return
            access.check_can_edit(connection, action.plan_id)
            position = self._free_position(connection, others, index)
            connection.execute(
                update(actions).where(actions.c.id == action_id).values(position=position)
            )
            record_change(connection, ACTION, action_id, "position", position)
            touch_plan(connection, action.plan_id, now())

    def delete(self, action_id: str) -> None:
        self._set_deleted(action_id, now())

    def restore(self, action_id: str) -> None:
        self._set_deleted(action_id, None)

    def _set_deleted(self, action_id: str, when: str | None) -> None:
        with self.workspace.begin() as connection:
            action = self._get(connection, action_id)
            if (action.deleted_at is None) == (when is None):
                return
            access.check_can_edit(connection, action.plan_id)
            connection.execute(
                update(actions).where(actions.c.id == action_id).values(deleted_at=when)
            )
            record_change(connection, ACTION, action_id, "deleted_at", when)
            if when is None:
                self._reindex(connection, action)
            else:
                search_index.drop_entry(connection, action.plan_id, "action", action_id)
            touch_plan(connection, action.plan_id, now())

    # -- helpers -----------------------------------------------------------------------

    @staticmethod
    def _check_field(template: PlanTemplate, key: str) -> None:
        if key not in template.action_field_keys:
            raise ServiceError(f"An action has no field {key!r}")

    @staticmethod
    def _position_at(ordered: builtins.list[Action], index: int) -> float:
        """A position that sorts between the neighbours at ``index - 1`` and ``index``."""
        if not ordered:
            return POSITION_STEP
        if index <= 0:
            return ordered[0].position - POSITION_STEP
        if index >= len(ordered):
            return ordered[-1].position + POSITION_STEP
        return (ordered[index - 1].position + ordered[index].position) / 2

    def _free_position(
        self, connection: Connection, ordered: builtins.list[Action], index: int
    ) -> float:
        """A position for ``index`` that sorts strictly between its neighbours.

        Halving one gap again and again runs out of float precision after about fifty
        splits; then the actions in ``ordered`` are first spread out again, each such
        change recorded like a move.
        """
        position = self._position_at(ordered, index)
        if 0 < index < len(ordered) and not (
            ordered[index - 1].position < position < ordered[index].position
        ):
            for number, action in enumerate(ordered):
                spread = (number + 1) * POSITION_STEP
                if spread != action.position:
                    connection.execute(
                        update(actions).where(actions.c.id == action.id).values(position=spread)
                    )
                    record_change(connection, ACTION, action.id, "position", spread)
                    ordered[number] = dataclasses.replace(action, position=spread)
            position = self._position_at(ordered, index)
        return position

    @staticmethod
    def _reindex(connection: Connection, action: Action) -> None:
        search_index.index_entry(
            connection, action.plan_id, "action", action.id,
            search_index.action_search_text(action),
        )

    def count(self, plan_id: str) -> int:
        with self.workspace.read() as connection:
            return int(connection.execute(
                select(func.count()).select_from(actions)
                .where(actions.c.plan_id == plan_id, actions.c.deleted_at.is_(None))
            ).scalar_one())
