"""Writing values from the sync server into the local tables, in bulk.

A pulled value is addressed as (entity, entity id, field) with the plan it belongs to; the
local tables are shaped for the window (a plan row, a section row, an action row whose
template fields sit in one JSON object). ``LocalValues`` gathers the values of one
transaction, creating rows as needed (a plan seen first through one of its sections gets
a placeholder row that its own fields fill in later), then writes them with a few
statements and keeps the search index in step, as local edits do.

Every value is checked for the type its column needs: a server that sends a number as a
section's text is refused with ProtocolError, and the transaction writes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, delete, select
from sqlalchemy.dialects.sqlite import insert

from inclucities_core.model import Action, PlanStatus
from inclucities_core.sync_entities import (
    ACTION,
    ACTION_OWN_FIELDS,
    PLAN,
    PLAN_FIELDS,
    SECTION,
    SECTION_FIELDS,
    is_record,
    split_section_entity_id,
)
from inclucities_core.template import LATEST_TEMPLATE_VERSION, PlanTemplate, load_template
from inclucities_desktop.services import search_index
from inclucities_desktop.services.record_values import (
    RecordValues,
    check_record_value,
    record_ids,
    record_plan_id,
    record_value,
    remove_records,
)
from inclucities_desktop.store.schema import (
    actions,
    conflicts,
    field_revisions,
    outbox,
    plans,
    sections,
    version_contents,
)
from inclucities_desktop.sync.errors import ProtocolError

_CHUNK = 500  # ids per IN (...) query


def _refuse(entity: str, entity_id: str, field: str, why: str) -> ProtocolError:
    return ProtocolError(
        f"The sync server sent a value the app cannot store ({entity} {entity_id}, "
        f"{field}: {why}); nothing of that answer was used."
    )


def _check(entity: str, entity_id: str, field: str, value: Any) -> None:
    """Refuse a value whose type the local column cannot hold."""
    def need(ok: bool, why: str) -> None:
        if not ok:
            raise _refuse(entity, entity_id, field, why)

    if field == "deleted_at":
        need(value is None or isinstance(value, str), "a time or null expected")
    elif entity == PLAN:
        need(field in PLAN_FIELDS, "not a field of a plan")
        if field == "template_version":
            need(isinstance(value, int) and not isinstance(value, bool), "a number expected")
            try:
                load_template(value)
            except Exception as error:
                raise _refuse(entity, entity_id, field,
                              "a template this version of the app does not know; "
                              "please update the app") from error
        else:
            need(isinstance(value, str), "text expected")
    elif entity == SECTION:
        need(field in SECTION_FIELDS, "not a field of a section")
        need(isinstance(value, str), "text expected")
    elif is_record(entity):
        check_record_value(entity, field, value,
                           lambda why: _refuse(entity, entity_id, field, why))
    elif entity == ACTION:
        if field == "plan_id":
            need(isinstance(value, str) and bool(value), "a plan id expected")
        elif field == "position":
            need(isinstance(value, int | float) and not isinstance(value, bool),
                 "a number expected")


class LocalValues:
    """The local rows touched in one transaction, written together by ``flush``."""

    def __init__(self, connection: Connection, *, index: bool = True) -> None:
        self.connection = connection
        self._index = index  # False while a full pull defers indexing to its end
        self._plans: dict[str, dict[str, Any]] = {}
        self._new_plans: set[str] = set()
        self._sections: dict[tuple[str, str], tuple[str, str]] = {}
        self._actions: dict[str, dict[str, Any]] = {}
        self._new_actions: set[str] = set()
        self._plan_touched: dict[str, str] = {}
        self._dirty_plans: set[str] = set()
        self._looked_up: set[str] = set()  # ids already read, found or not
        self._reindex_titles: set[str] = set()
        self._reindex_actions: set[str] = set()
        self._records = RecordValues(connection)

    # -- loading ------------------------------------------------------------------------

    def preload(self, plan_ids: Iterable[str], action_ids: Iterable[str]) -> None:
        """Read the existing rows of these plans and actions with a few queries."""
        wanted_plans = [p for p in set(plan_ids) if p not in self._looked_up]
        self._looked_up.update(wanted_plans)
        for start in range(0, len(wanted_plans), _CHUNK):
            chunk = wanted_plans[start:start + _CHUNK]
            for row in self.connection.execute(select(plans).where(plans.c.id.in_(chunk))):
                self._plans[row.id] = dict(row._mapping)
        wanted_actions = [a for a in set(action_ids) if a not in self._looked_up]
        self._looked_up.update(wanted_actions)
        for start in range(0, len(wanted_actions), _CHUNK):
            chunk = wanted_actions[start:start + _CHUNK]
            for row in self.connection.execute(select(actions).where(actions.c.id.in_(chunk))):
                self._actions[row.id] = dict(row._mapping)

    def _plan(self, plan_id: str, when: str) -> dict[str, Any]:
        if plan_id not in self._plans:
            self.preload([plan_id], [])
        if plan_id not in self._plans:
            # Seen first through a section or an action: its own fields follow.
            self._plans[plan_id] = {
                "id": plan_id, "title": "", "city_id": "", "language": "en",
                "status": PlanStatus.DRAFT.value, "template_version": LATEST_TEMPLATE_VERSION,
                "created_at": when, "updated_at": when, "deleted_at": None,
            }
            self._new_plans.add(plan_id)
        return self._plans[plan_id]

    def _action(self, action_id: str, plan_id: str, when: str) -> dict[str, Any]:
        if action_id not in self._actions:
            self.preload([], [action_id])
        if action_id not in self._actions:
            self._plan(plan_id, when)
            self._actions[action_id] = {
                "id": action_id, "plan_id": plan_id, "position": 0.0, "fields": {},
                "updated_at": when, "deleted_at": None,
            }
            self._new_actions.add(action_id)
        return self._actions[action_id]

    def plan_of(self, entity: str, entity_id: str) -> str | None:
        """The plan a synced thing belongs to (None for an action not in this workspace)."""
        if entity == PLAN:
            return entity_id
        if entity == SECTION:
            return split_section_entity_id(entity_id)[0]
        if is_record(entity):
            return record_plan_id(self.connection, entity, entity_id)
        if entity_id not in self._actions:
            self.preload([], [entity_id])
        row = self._actions.get(entity_id)
        return None if row is None else str(row["plan_id"])

    def template_of(self, plan_id: str) -> PlanTemplate:
        plan = self._plans.get(plan_id)
        return load_template(plan["template_version"] if plan else LATEST_TEMPLATE_VERSION)

    # -- setting values -------------------------------------------------------------------

    def put(self, entity: str, entity_id: str, field: str, value: Any, plan_id: str,
            when: str) -> None:
        """Set one field's value locally (checked; written by ``flush``)."""
        _check(entity, entity_id, field, value)
        if entity == PLAN:
            if plan_id != entity_id:
                raise _refuse(entity, entity_id, field, "the plan id does not match")
            row = self._plan(entity_id, when)
            row[field] = value
            self._dirty_plans.add(entity_id)
            if field == "title":
                self._reindex_titles.add(entity_id)
        elif entity == SECTION:
            try:
                section_plan, key = split_section_entity_id(entity_id)
            except ValueError as error:
                raise _refuse(entity, entity_id, field, "not a section id") from error
            if section_plan != plan_id:
                raise _refuse(entity, entity_id, field, "the plan id does not match")
            self._plan(plan_id, when)
            self._sections[(plan_id, key)] = (value, when)
        elif entity == ACTION:
            row = self._action(entity_id, plan_id, when)
            if field == "plan_id":
                self._plan(value, when)
            if field in ACTION_OWN_FIELDS:
                row[field] = float(value) if field == "position" else value
            else:  # values come parsed for this write alone: no copy (a first sync has 130,000)
                row["fields"][field] = value
            row["updated_at"] = when
            self._reindex_actions.add(entity_id)
            plan_id = row["plan_id"]
        elif is_record(entity):
            # A comment, review step or version: no plan content changes, no reindexing.
            self._records.put(entity, entity_id, field, value, plan_id)
            return
        else:
            raise _refuse(entity, entity_id, field, "not a kind of thing the app syncs")
        if field != "deleted_at" or entity != PLAN:
            self._plan_touched[plan_id] = max(self._plan_touched.get(plan_id, ""), when)

    # -- writing ---------------------------------------------------------------------------

    def flush(self) -> set[str]:
        """Write every gathered value; returns the ids of the plans that changed."""
        connection = self.connection
        for plan_id, when in self._plan_touched.items():
            row = self._plans.get(plan_id)
            if row is not None and when > row["updated_at"]:
                row["updated_at"] = when
        changed_plans = set(self._plan_touched) | self._dirty_plans | self._new_plans
        record_plans = self._records.plan_ids()
        self._records.flush()
        plan_rows = [self._plans[p] for p in changed_plans if p in self._plans]
        if plan_rows:
            statement = insert(plans)
            connection.execute(
                statement.on_conflict_do_update(
                    index_elements=[plans.c.id],
                    set_={c: statement.excluded[c] for c in (
                        "title", "city_id", "language", "status", "template_version",
                        "updated_at", "deleted_at")},
                ),
                plan_rows,
            )
        if self._sections:
            statement = insert(sections)
            connection.execute(
                statement.on_conflict_do_update(
                    index_elements=[sections.c.plan_id, sections.c.key],
                    set_={"text": statement.excluded.text,
                          "updated_at": statement.excluded.updated_at},
                ),
                [{"plan_id": p, "key": k, "text": text, "updated_at": when}
                 for (p, k), (text, when) in self._sections.items()],
            )
        action_rows = []
        for action_id in self._reindex_actions:
            row = self._actions[action_id]
            if action_id in self._new_actions:
                defaults = self.template_of(row["plan_id"]).empty_action_fields()
                row["fields"] = {**defaults, **row["fields"]}
                self._new_actions.discard(action_id)
            action_rows.append(row)
        if action_rows:
            statement = insert(actions)
            connection.execute(
                statement.on_conflict_do_update(
                    index_elements=[actions.c.id],
                    set_={c: statement.excluded[c] for c in (
                        "plan_id", "position", "fields", "updated_at", "deleted_at")},
                ),
                action_rows,
            )
        if self._index:
            self._reindex()
        else:
            self._reindex_titles.clear()
            self._reindex_actions.clear()
        self._new_plans.clear()
        self._dirty_plans.clear()
        self._sections.clear()
        self._plan_touched.clear()
        return changed_plans | record_plans

    def _reindex(self) -> None:
        connection = self.connection
        for plan_id in self._reindex_titles:
            search_index.index_entry(connection, plan_id, "plan", "", self._plans[plan_id]["title"])
        for (plan_id, key), (text, _when) in self._sections.items():
            search_index.index_entry(connection, plan_id, "section", key, text)
        for action_id in self._reindex_actions:
            row = self._actions[action_id]
            if row["deleted_at"] is not None:
                search_index.drop_entry(connection, row["plan_id"], "action", action_id)
            else:
                action = Action(id=action_id, plan_id=row["plan_id"], position=row["position"],
                                fields=row["fields"], deleted_at=None)
                search_index.index_entry(connection, row["plan_id"], "action", action_id,
                                         search_index.action_search_text(action))
        self._reindex_titles.clear()
        self._reindex_actions.clear()


# Written with the driver's executemany and plain tuples: a first sync notes one revision
# per value (135,000 for 200 plans), and building SQLAlchemy parameters for each row was
# a quarter of the client's time.
_NOTE_REVISION = (
    "INSERT INTO field_revisions (entity, entity_id, field, revision) VALUES (?, ?, ?, ?) "
    "ON CONFLICT (entity, entity_id, field) DO UPDATE SET revision = excluded.revision"
)


def note_revisions(connection: Connection, revisions: Iterable[tuple[str, str, str, int]]) -> None:
    """Remember the server revision of each (entity, entity id, field)."""
    rows = list(revisions)
    if rows:
        connection.exec_driver_sql(_NOTE_REVISION, rows)


def plan_of(connection: Connection, entity: str, entity_id: str) -> str | None:
    """The id of the plan a synced thing belongs to (None for an unknown action)."""
    if entity == PLAN:
        return entity_id
    if entity == SECTION:
        return split_section_entity_id(entity_id)[0]
    if is_record(entity):
        return record_plan_id(connection, entity, entity_id)
    value = connection.execute(select(actions.c.plan_id).where(actions.c.id == entity_id)).scalar()
    return str(value) if value is not None else None


def current_value(connection: Connection, entity: str, entity_id: str, field: str) -> Any:
    """The local value of one synced field (None when the thing is not here)."""
    if entity == PLAN:
        row = connection.execute(select(plans).where(plans.c.id == entity_id)).first()
        return None if row is None else row._mapping[field]
    if entity == SECTION:
        plan_id, key = split_section_entity_id(entity_id)
        return connection.execute(
            select(sections.c.text).where(sections.c.plan_id == plan_id, sections.c.key == key)
        ).scalar()
    if is_record(entity):
        return record_value(connection, entity, entity_id, field)
    row = connection.execute(select(actions).where(actions.c.id == entity_id)).first()
    if row is None:
        return None
    if field in ACTION_OWN_FIELDS:
        return row._mapping[field]
    return row.fields.get(field)


def remove_plans(connection: Connection, plan_ids: Iterable[str]) -> None:
    """Remove plans entirely from this workspace: rows, pending edits, revisions, index."""
    for plan_id in set(plan_ids):
        action_ids = list(connection.execute(
            select(actions.c.id).where(actions.c.plan_id == plan_id)).scalars())
        section_ids = [f"{plan_id}:{key}" for key in connection.execute(
            select(sections.c.key).where(sections.c.plan_id == plan_id)).scalars()]
        section_ids += [entity_id for entity_id in connection.execute(
            select(outbox.c.entity_id).where(
                outbox.c.entity == SECTION,
                outbox.c.entity_id.startswith(f"{plan_id}:", autoescape=True))).scalars()]
        owned = [(PLAN, [plan_id]), (SECTION, section_ids), (ACTION, action_ids),
                 *record_ids(connection, plan_id).items()]
        for table in (outbox, field_revisions):
            for entity, ids in owned:
                for start in range(0, len(ids), _CHUNK):
                    connection.execute(delete(table).where(
                        table.c.entity == entity, table.c.entity_id.in_(ids[start:start + _CHUNK])))
        connection.execute(delete(conflicts).where(conflicts.c.plan_id == plan_id))
        remove_records(connection, [plan_id])
        connection.execute(delete(version_contents).where(version_contents.c.plan_id == plan_id))
        search_index.drop_plan(connection, plan_id)
        connection.execute(delete(actions).where(actions.c.plan_id == plan_id))
        connection.execute(delete(sections).where(sections.c.plan_id == plan_id))
        connection.execute(delete(plans).where(plans.c.id == plan_id))
