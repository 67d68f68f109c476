"""Applying a push: idempotency, validation, permission, merge and conflicts, in one transaction.

The transaction starts by moving the change counter forward by the number of changes, and
further at the end when the server wrote values of its own (who and when of mentoring
records, a plan's status, snapshots; see records.py). That row lock makes concurrent
pushers wait for each other until commit, so the revisions they hand out become visible in
the order they were numbered (SYNC.md, guarantee 5), and every read below sees the latest
committed state. A change that cannot be applied is a result (``rejected`` or
``conflict``), never an HTTP error, so one bad change never blocks others.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from inclucities_core.merge import merge_field
from inclucities_core.permissions import Role
from inclucities_core.review import is_locked, status_after_edit
from inclucities_core.sync_entities import (
    ACTION,
    CLIENT_FIELDS,
    COMMENT,
    DELETED_AT,
    IMMUTABLE_PLAN_FIELDS,
    PLAN,
    SECTION,
    SERVER_FIELDS,
    TRANSITION,
    is_known_field,
    is_record,
    merge_policy,
    split_section_entity_id,
)
from inclucities_core.sync_protocol import ChangeIn, ChangeResult, Outcome
from inclucities_core.template import LATEST_TEMPLATE_VERSION, PlanTemplate, load_template
from inclucities_server.access import UserAccess, load_access
from inclucities_server.db import IMMEDIATE
from inclucities_server.push_store import PushWrites, conflict_out, load_current, load_plans
from inclucities_server.push_types import Current, Key, PlanRow, Rejected
from inclucities_server.records import MentoringRecords
from inclucities_server.security import User, iso, now
from inclucities_server.settings import Settings
from inclucities_server.tables import applied_changes, change_counter, field_history
from inclucities_server.values import ValueProblem, canonical, check_value, storable_text

# Entities that name their plan in a ``plan_id`` field, pushed first.
_PLAN_ID_ENTITIES = (ACTION, *CLIENT_FIELDS)


def apply_push(engine: Engine, settings: Settings, user: User,
               changes: list[ChangeIn]) -> list[ChangeResult]:
    if not changes:
        return []
    with engine.connect() as connection:
        connection.execution_options(**{IMMEDIATE: True})
        with connection.begin():
            top = connection.execute(
                change_counter.update()
                .where(change_counter.c.id == 1)
                .values(value=change_counter.c.value + len(changes))
                .returning(change_counter.c.value)
            ).scalar_one()
            push = _Push(connection, settings, load_access(connection, user),
                         first_revision=top - len(changes) + 1, changes=changes)
            results = push.run()
            if push.next_revision - 1 > top:  # the server wrote values of its own too
                connection.execute(change_counter.update().where(change_counter.c.id == 1)
                                   .values(value=push.next_revision - 1))
            return results


class _Push(MentoringRecords):
    def __init__(self, connection: Connection, settings: Settings, access: UserAccess,
                 first_revision: int, changes: list[ChangeIn]) -> None:
        self.connection = connection
        self.settings = settings
        self.access = access
        self.user = access.user
        # Revisions are handed out in the order values are written, the server's own
        # values (who and when, a plan's status, snapshots) included; the counter row,
        # locked by this transaction, is moved past the last one used.
        self.next_revision = first_revision
        self.changes = changes
        self.moment = iso(now())
        self.writes = PushWrites()
        self.done: dict[str, tuple[str, ChangeResult]] = {}
        # What this push says about plans it may create: their city and template version.
        self.creation: dict[tuple[str, str], Any] = {}
        # The plan of each action or record whose plan_id this push sets (the first one).
        self.pushed_plan_of: dict[tuple[str, str], str] = {}
        self.pushed_action: dict[str, Any] = {}
        self.refused: dict[tuple[str, str], str] = {}
        for change in changes:
            if change.entity == PLAN and change.field in IMMUTABLE_PLAN_FIELDS:
                self.creation.setdefault((change.entity_id, change.field), change.value)
            if (change.entity in _PLAN_ID_ENTITIES and change.field == "plan_id"
                    and isinstance(change.value, str)):
                self.pushed_plan_of.setdefault((change.entity, change.entity_id), change.value)
            if change.entity == TRANSITION and change.field == "action":
                self.pushed_action.setdefault(change.entity_id, change.value)

    def run(self) -> list[ChangeResult]:
        self._prefetch()
        results = [self._one(index, change) for index, change in enumerate(self.changes)]
        self.writes.flush(self.connection)
        return results

    # -- reading what the push touches, in a few queries ------------------------------

    def _prefetch(self) -> None:
        ids = [change.change_id for change in self.changes if storable_text(change.change_id)]
        for chunk in _chunks(ids):
            for row in self.connection.execute(
                sa.select(applied_changes.c.change_id, applied_changes.c.user_id,
                          applied_changes.c.result)
                .where(applied_changes.c.change_id.in_(chunk))
            ):
                self.done[row.change_id] = (row.user_id, ChangeResult.model_validate_json(
                    row.result))
        keys: set[Key] = set()
        for change in self.changes:
            if not all(storable_text(part) for part in (change.entity_id, change.field)):
                continue
            keys.add((change.entity, change.entity_id, change.field))
            if change.entity == ACTION:
                keys.add((ACTION, change.entity_id, "plan_id"))
                keys.add((ACTION, change.entity_id, DELETED_AT))
            if is_record(change.entity):
                for field in (*CLIENT_FIELDS[change.entity], *SERVER_FIELDS[change.entity]):
                    keys.add((change.entity, change.entity_id, field))
            if (change.entity == COMMENT and change.field == "parent_id"
                    and isinstance(change.value, str) and storable_text(change.value)):
                keys.add((COMMENT, change.value, "plan_id"))
        self.current = {
            key: Current(*row) for key, row in load_current(self.connection, keys).items()
        }
        plan_ids = {self._plan_hint(change) for change in self.changes} - {None}
        self.plans: dict[str, PlanRow] = {
            row.id: PlanRow(*row) for row in load_plans(self.connection, plan_ids)
        }
        # Each plan's status, where the review workflow keeps it: its field value.
        statuses = {(PLAN, plan_id, "status") for plan_id in self.plans}
        for key, found in load_current(self.connection, statuses - set(self.current)).items():
            self.current[key] = Current(*found)

    def _plan_hint(self, change: ChangeIn) -> str | None:
        try:
            return self._plan_id_of(change)
        except Rejected:
            return None

    # -- one change -------------------------------------------------------------------

    def _one(self, index: int, change: ChangeIn) -> ChangeResult:
        if change.change_id in self.done:
            owner, result = self.done[change.change_id]
            if owner == self.user.id:
                return result
            return _rejected(change, "This change id was already used by another account.")
        try:
            result = self._decide(change)
        except Rejected as problem:
            result = _rejected(change, str(problem))
        except ValueProblem as problem:
            result = _rejected(change, str(problem))
        if storable_text(change.change_id):
            self.done[change.change_id] = (self.user.id, result)
            self.writes.remember(change.change_id, self.user.id, result, self.moment)
        return result

    def _decide(self, change: ChangeIn) -> ChangeResult:
        for part in (change.change_id, change.entity_id, change.field):
            if not storable_text(part):
                raise Rejected("An id or field name holds a character that cannot be stored.")
        value_text = canonical(change.value)
        if len(value_text.encode("utf-8")) > self.settings.max_value_bytes:
            raise Rejected(f"The value is larger than {self.settings.max_value_bytes} bytes.")
        if change.field in SERVER_FIELDS.get(change.entity, ()):
            raise Rejected(f"A {change.entity}'s {change.field} is written by the server, "
                           "never pushed.")
        refusal = self.refused.get((change.entity, change.entity_id))
        if refusal is not None:
            raise Rejected(refusal)
        plan = self._plan_for(change)
        template = _template(plan.template_version)
        self._check_field(change, template)
        check_value(change.entity, change.field, change.value, template)
        if is_record(change.entity):
            return self._decide_record(change, plan, template, value_text)
        if not self.access.to_plan_of(plan.city_id).edit:
            raise Rejected("You may not change this plan (your role allows reading it only).")
        status = self._status(plan)
        if is_locked(status):
            raise Rejected("This plan is approved and read-only until a coordinator "
                           "reopens it.")
        if change.entity == PLAN and change.field == "status":
            return self._status_push(change, plan, template, value_text)
        key: Key = (change.entity, change.entity_id, change.field)
        before = self.current.get(key)
        result = self._settle(change, plan, template, value_text)
        after = self.current.get(key)
        wrote = after is not None and (before is None or after.revision != before.revision)
        content = not (change.entity == PLAN and change.field == DELETED_AT)
        if wrote and content and status_after_edit(status) is not None:
            self._edit_step(plan, change.change_id)
        return result

    def _settle(self, change: ChangeIn, plan: PlanRow, template: PlanTemplate,
                value_text: str) -> ChangeResult:
        key: Key = (change.entity, change.entity_id, change.field)
        current = self.current.get(key)
        self._check_immutable(change, current, value_text)
        if change.field != DELETED_AT and self._deleted(change, plan):
            return self._conflict(change, plan.id, current, value_text, deleted=True)
        if current is None:
            return self._write(change, plan, value_text, Outcome.APPLIED)
        if current.value == value_text or (
            change.field == DELETED_AT and change.value is not None
            and json.loads(current.value) is not None
        ):
            return _result(change, Outcome.UNCHANGED, current)
        if change.base_revision == current.revision:
            return self._write(change, plan, value_text, Outcome.APPLIED)
        merged = merge_field(
            merge_policy(change.entity, change.field, template),
            self._value_at(key, change.base_revision),
            change.value,
            json.loads(current.value),
        )
        if not merged.clean:
            return self._conflict(change, plan.id, current, value_text, deleted=False)
        merged_text = canonical(merged.value)
        if merged_text == current.value:
            return _result(change, Outcome.MERGED, current)
        outcome = Outcome.APPLIED if merged_text == value_text else Outcome.MERGED
        return self._write(change, plan, merged_text, outcome)

    def _plan_id_of(self, change: ChangeIn) -> str:
        if change.entity == PLAN:
            return change.entity_id
        if change.entity == SECTION:
            try:
                return split_section_entity_id(change.entity_id)[0]
            except ValueError:
                raise Rejected("A section's id must be PLAN_ID:SECTION_KEY.") from None
        stored = self.current.get((change.entity, change.entity_id, "plan_id"))
        if stored is not None:
            return str(json.loads(stored.value))
        if (change.entity, change.entity_id) in self.pushed_plan_of:
            return self.pushed_plan_of[(change.entity, change.entity_id)]
        raise Rejected(f"Unknown {change.entity}: push its plan_id first "
                       "(with or before its other fields).")

    def _plan_for(self, change: ChangeIn) -> PlanRow:
        plan_id = self._plan_id_of(change)
        plan = self.plans.get(plan_id)
        if plan is not None:
            return plan
        if change.entity != PLAN:
            raise Rejected("Unknown plan: push the plan's creation fields first.")
        return self._create_plan(plan_id)

    def _create_plan(self, plan_id: str) -> PlanRow:
        city_id = self.creation.get((plan_id, "city_id"))
        version = self.creation.get((plan_id, "template_version"), LATEST_TEMPLATE_VERSION)
        if not isinstance(city_id, str):
            raise Rejected("Unknown plan: a new plan's city_id must come in the same push.")
        if city_id not in self.access.city_ids:
            raise Rejected(f"Unknown city {city_id!r}.")
        if self.user.role is not Role.MEMBER or city_id != self.user.city_id:
            raise Rejected("A plan can only be created by a member of its own city.")
        if not isinstance(version, int) or isinstance(version, bool):
            raise Rejected("A plan's template_version must be a whole number.")
        _template(version)
        plan = PlanRow(plan_id, city_id, version, None)
        self.writes.create_plan(self.connection, plan_id, city_id, version, self.user.username)
        self.plans[plan_id] = plan
        return plan

    def _check_field(self, change: ChangeIn, template: PlanTemplate) -> None:
        if not is_known_field(change.entity, change.field, template):
            raise Rejected(f"Unknown field {change.field!r} of a {change.entity}.")
        if change.entity == SECTION:
            key = split_section_entity_id(change.entity_id)[1]
            if key not in {section.key for section in template.sections}:
                raise Rejected(f"Unknown section {key!r} in template {template.version}.")

    def _check_immutable(self, change: ChangeIn, current: Current | None, value: str) -> None:
        fixed = (change.entity == PLAN and change.field in IMMUTABLE_PLAN_FIELDS) or (
            change.entity in _PLAN_ID_ENTITIES and change.field == "plan_id")
        if fixed and current is not None and current.value != value:
            raise Rejected(f"{change.field} is set when the {change.entity} is created "
                           "and never changes.")
        if (change.entity in _PLAN_ID_ENTITIES and change.field == "plan_id"
                and current is None and value != canonical(self._plan_id_of(change))):
            raise Rejected(f"A {change.entity}'s plan_id was pushed twice with different "
                           "plans.")

    def _deleted(self, change: ChangeIn, plan: PlanRow) -> bool:
        if plan.deleted_at is not None:
            return True
        if change.entity in (ACTION, COMMENT):
            stored = self.current.get((change.entity, change.entity_id, DELETED_AT))
            return stored is not None and json.loads(stored.value) is not None
        return False

    def _value_at(self, key: Key, revision: int | None) -> Any:
        """The field's value at ``revision``: the base of a three-way merge."""
        if revision is None:
            return None
        entity, entity_id, field = key
        text = self.connection.execute(
            sa.select(field_history.c.value)
            .where(field_history.c.entity == entity, field_history.c.entity_id == entity_id,
                   field_history.c.field == field, field_history.c.revision <= revision)
            .order_by(field_history.c.revision.desc())
            .limit(1)
        ).scalar()
        return None if text is None else json.loads(text)

    # -- outcomes that write ----------------------------------------------------------

    def _store(self, key: Key, plan_id: str, value_text: str, change_id: str) -> Current:
        stored = Current(value_text, self.next_revision, plan_id)
        self.next_revision += 1
        self.current[key] = stored
        self.writes.set_value(key, plan_id, value_text, stored.revision, change_id,
                              self.user.username, self.moment)
        return stored

    def _last_revision(self) -> int:
        return self.next_revision - 1

    def _write(self, change: ChangeIn, plan: PlanRow, value: str,
               outcome: Outcome) -> ChangeResult:
        key: Key = (change.entity, change.entity_id, change.field)
        stored = self._store(key, plan.id, value, change.change_id)
        if change.entity == PLAN and change.field == DELETED_AT:
            plan.deleted_at = None if change.value is None else str(change.value)
            self.writes.plan_deleted_at(plan.id, plan.deleted_at)
        return _result(change, outcome, stored)

    def _conflict(self, change: ChangeIn, plan_id: str, current: Current | None,
                  pushed: str, deleted: bool) -> ChangeResult:
        key: Key = (change.entity, change.entity_id, change.field)
        base = canonical(self._value_at(key, change.base_revision))
        row = {
            "id": uuid.uuid4().hex,
            "kind": "deleted" if deleted else "edit",
            "change_id": change.change_id,
            "entity": change.entity,
            "entity_id": change.entity_id,
            "field": change.field,
            "plan_id": plan_id,
            "base_value": base,
            "server_value": current.value if current else "null",
            "pushed_value": pushed,
            "server_revision": current.revision if current else 0,
            "pushed_by_user_id": self.user.id,
            "pushed_by": self.user.username,
            "created_at": self.moment,
            "resolved_at": None,
        }
        self.writes.add_conflict(row)
        return ChangeResult(
            change_id=change.change_id,
            outcome=Outcome.CONFLICT,
            revision=current.revision if current else None,
            value=json.loads(current.value) if current else None,
            conflict=conflict_out(row),
        )


# Results are built from values already validated or read back from our own JSON, so they
# skip pydantic's validation (a quarter of a push's time otherwise).
def _result(change: ChangeIn, outcome: Outcome, current: Current) -> ChangeResult:
    return ChangeResult.model_construct(
        change_id=change.change_id, outcome=outcome, revision=current.revision,
        value=json.loads(current.value), conflict=None, reason=None)


def _rejected(change: ChangeIn, reason: str) -> ChangeResult:
    return ChangeResult.model_construct(
        change_id=change.change_id, outcome=Outcome.REJECTED, revision=None, value=None,
        conflict=None, reason=reason)


def _template(version: int) -> PlanTemplate:
    try:
        return load_template(version)
    except KeyError:
        raise Rejected(f"This server does not know template version {version}.") from None


def _chunks(items: list[str], size: int = 500) -> list[list[str]]:
    return [items[start:start + size] for start in range(0, len(items), size)]
