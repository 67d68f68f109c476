"""The reads and writes of a push, batched: a few queries per push, not a few per change."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection

from inclucities_core.sync_protocol import ChangeResult, ConflictKind, ConflictOut
from inclucities_server.security import now
from inclucities_server.tables import (
    applied_changes,
    conflicts,
    field_history,
    field_values,
    plans,
)

Key = tuple[str, str, str]
_CHUNK = 300


def load_current(connection: Connection, keys: Iterable[Key]) -> dict[Key, tuple[str, int, str]]:
    """(value, revision, plan id) of each of ``keys`` the server holds."""
    wanted = set(keys)
    # By entity and id (the primary key's first columns), then keep the wanted fields:
    # far quicker on PostgreSQL than an IN of (entity, id, field) tuples.
    entity_ids = sorted({entity_id for _, entity_id, _ in wanted})
    entities = sorted({entity for entity, _, _ in wanted})
    found: dict[Key, tuple[str, int, str]] = {}
    for start in range(0, len(entity_ids), _CHUNK):
        rows = connection.execute(
            sa.select(field_values.c.entity, field_values.c.entity_id, field_values.c.field,
                      field_values.c.value, field_values.c.revision, field_values.c.plan_id)
            .where(field_values.c.entity.in_(entities),
                   field_values.c.entity_id.in_(entity_ids[start:start + _CHUNK]))
        )
        for row in rows:
            key = (row.entity, row.entity_id, row.field)
            if key in wanted:
                found[key] = (row.value, row.revision, row.plan_id)
    return found


def load_plans(connection: Connection, plan_ids: Iterable[str | None]) -> list[Any]:
    wanted = sorted(plan_id for plan_id in plan_ids if plan_id is not None)
    rows: list[Any] = []
    for start in range(0, len(wanted), _CHUNK):
        rows.extend(connection.execute(
            sa.select(plans.c.id, plans.c.city_id, plans.c.template_version, plans.c.deleted_at)
            .where(plans.c.id.in_(wanted[start:start + _CHUNK]))
        ))
    return rows


def conflict_out(row: dict[str, Any]) -> ConflictOut:
    return ConflictOut(
        id=row["id"],
        kind=ConflictKind(row["kind"]),
        entity=row["entity"],
        entity_id=row["entity_id"],
        field=row["field"],
        plan_id=row["plan_id"],
        base_value=json.loads(row["base_value"]),
        server_value=json.loads(row["server_value"]),
        pushed_value=json.loads(row["pushed_value"]),
        server_revision=row["server_revision"],
        pushed_by=row["pushed_by"],
        created_at=row["created_at"],
    )


class PushWrites:
    """What a push will write, gathered per change and written in bulk at the end."""

    def __init__(self) -> None:
        self.values: dict[Key, dict[str, Any]] = {}
        self.history: list[dict[str, Any]] = []
        self.results: list[dict[str, Any]] = []
        self.conflicts: list[dict[str, Any]] = []
        self.plan_deletions: dict[str, str | None] = {}

    def set_value(self, key: Key, plan_id: str, value: str, revision: int, change_id: str,
                  username: str, moment: str) -> None:
        entity, entity_id, field = key
        row = {"entity": entity, "entity_id": entity_id, "field": field, "plan_id": plan_id,
               "value": value, "revision": revision, "changed_by": username,
               "changed_at": moment}
        self.values[key] = row
        self.history.append({**row, "change_id": change_id})

    def remember(self, change_id: str, user_id: str, result: ChangeResult, moment: str) -> None:
        self.results.append({"change_id": change_id, "user_id": user_id,
                             "result": result.model_dump_json(), "created_at": now()})

    def add_conflict(self, row: dict[str, Any]) -> None:
        self.conflicts.append(row)

    def plan_deleted_at(self, plan_id: str, deleted_at: str | None) -> None:
        self.plan_deletions[plan_id] = deleted_at

    @staticmethod
    def create_plan(connection: Connection, plan_id: str, city_id: str, version: int,
                    username: str) -> None:
        # Written at once: the field values written later refer to it.
        connection.execute(plans.insert().values(
            id=plan_id, city_id=city_id, template_version=version, deleted_at=None,
            created_by=username, created_at=now()))

    def flush(self, connection: Connection) -> None:
        # executemany: SQLAlchemy compiles each statement once and caches it (a multi-row
        # VALUES of hundreds of rows would be compiled afresh every time, which is slower).
        if self.values:
            insert = (postgresql_insert if connection.dialect.name == "postgresql"
                      else sqlite_insert)(field_values)
            excluded = insert.excluded
            connection.execute(
                insert.on_conflict_do_update(
                    index_elements=["entity", "entity_id", "field"],
                    set_={"plan_id": excluded.plan_id, "value": excluded.value,
                          "revision": excluded.revision, "changed_by": excluded.changed_by,
                          "changed_at": excluded.changed_at},
                ),
                list(self.values.values()),
            )
        for table, rows in ((field_history, self.history), (conflicts, self.conflicts),
                            (applied_changes, self.results)):
            if rows:
                connection.execute(table.insert(), rows)
        for plan_id, deleted_at in self.plan_deletions.items():
            connection.execute(
                plans.update().where(plans.c.id == plan_id).values(deleted_at=deleted_at))
