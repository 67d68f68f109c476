"""Pulled values of mentoring records (comments, review steps, versions) in the local tables.

Each record is one row; every field the server sends (the client's and the server's own:
author, actor, times, revision) is one column. Values are checked for the type their column
needs, as plan content is (remote_changes), so a broken server answer writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import Connection, Table, delete, select
from sqlalchemy.dialects.sqlite import insert

from inclucities_core.sync_entities import (
    CLIENT_FIELDS,
    COMMENT,
    SERVER_FIELDS,
    SNAPSHOT,
    TRANSITION,
)
from inclucities_desktop.services.outbox import record_change
from inclucities_desktop.store.schema import comments, snapshots, transitions

RECORD_TABLES: dict[str, Table] = {COMMENT: comments, TRANSITION: transitions,
                                   SNAPSHOT: snapshots}
# Columns that need a value in a new row: the server may send a record's fields in any order.
_ROW_DEFAULTS: dict[str, dict[str, Any]] = {
    COMMENT: {"body": "", "author_name": ""},
    TRANSITION: {"actor_name": ""},
    SNAPSHOT: {"name": ""},
}
_NULLABLE_TEXT = {"parent_id", "resolved_at", "deleted_at", "edited_at", "note"}


def record_fields(entity: str) -> tuple[str, ...]:
    return CLIENT_FIELDS[entity] + SERVER_FIELDS[entity]


def check_record_value(entity: str, field: str, value: Any,
                       refuse: Callable[[str], Exception]) -> None:
    """Raise ``refuse(why)`` for a value this record's column cannot hold."""
    if field not in record_fields(entity):
        raise refuse(f"not a field of a {entity}")
    if field == "anchor":
        ok = value is None or isinstance(value, dict)
        why = "an anchor object expected"
    elif field == "revision":
        ok = isinstance(value, int) and not isinstance(value, bool)
        why = "a number expected"
    elif field in _NULLABLE_TEXT:
        ok = value is None or isinstance(value, str)
        why = "text or null expected"
    else:
        ok = isinstance(value, str) and (field != "plan_id" or bool(value))
        why = "text expected"
    if not ok:
        raise refuse(why)


class RecordValues:
    """Record fields gathered in one transaction, written together by ``flush``."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self._rows: dict[tuple[str, str], dict[str, Any]] = {}

    def put(self, entity: str, entity_id: str, field: str, value: Any, plan_id: str) -> None:
        row = self._rows.setdefault((entity, entity_id), {"plan_id": plan_id})
        row[field] = value

    def plan_ids(self) -> set[str]:
        return {row["plan_id"] for row in self._rows.values()}

    def flush(self) -> None:
        for (entity, entity_id), row in self._rows.items():
            table = RECORD_TABLES[entity]
            statement = insert(table).values(id=entity_id, **{**_ROW_DEFAULTS[entity], **row})
            changed: dict[str, Any] = {name: statement.excluded[name] for name in row
                                       if name != "plan_id"}
            if entity == COMMENT and "body" in row:
                changed["read_at"] = None  # a new or edited text is unread again
            self.connection.execute(
                statement.on_conflict_do_update(index_elements=[table.c.id], set_=changed)
                if changed else statement.on_conflict_do_nothing())
        self._rows.clear()


def record_plan_id(connection: Connection, entity: str, entity_id: str) -> str | None:
    table = RECORD_TABLES[entity]
    value = connection.execute(select(table.c.plan_id).where(table.c.id == entity_id)).scalar()
    return None if value is None else str(value)


def record_value(connection: Connection, entity: str, entity_id: str, field: str) -> Any:
    table = RECORD_TABLES[entity]
    row = connection.execute(select(table).where(table.c.id == entity_id)).first()
    return None if row is None else row._mapping.get(field)


def record_ids(connection: Connection, plan_id: str) -> dict[str, list[str]]:
    """The ids of every record of a plan, by entity."""
    return {entity: list(connection.execute(
        select(table.c.id).where(table.c.plan_id == plan_id)).scalars())
        for entity, table in RECORD_TABLES.items()}


def remove_records(connection: Connection, plan_ids: Iterable[str]) -> None:
    for plan_id in plan_ids:
        for table in RECORD_TABLES.values():
            connection.execute(delete(table).where(table.c.plan_id == plan_id))


def write_local_record(connection: Connection, entity: str, entity_id: str, plan_id: str,
                       pushed: dict[str, Any], local: dict[str, Any] | None = None) -> None:
    """Write a record made or changed here: its row now, its pushed fields to the outbox.

    ``pushed`` holds client fields (``plan_id`` is always queued first for a new record,
    as the server wants it); ``local`` holds what the row shows until the server's values
    arrive by pull (the signed-in account as pending author, the local time).
    """
    table = RECORD_TABLES[entity]
    exists = connection.execute(select(table.c.id).where(table.c.id == entity_id)).first()
    values = {**pushed, **(local or {})}
    values.pop("plan_id", None)
    if exists is None:
        connection.execute(table.insert().values(
            id=entity_id, plan_id=plan_id, **{**_ROW_DEFAULTS[entity], **values}))
        record_change(connection, entity, entity_id, "plan_id", plan_id)
    elif values:
        connection.execute(table.update().where(table.c.id == entity_id).values(**values))
    for field, value in pushed.items():
        if field != "plan_id":
            record_change(connection, entity, entity_id, field, value)
