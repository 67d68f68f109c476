"""Conflicts that sync found, kept locally until a person resolves them.

A conflict keeps both sides (``mine``, the local value, and ``theirs``, the server's) and
the base they started from; the local tables show ``theirs``. Resolving is an ordinary
edit of the field (recorded in the outbox like typing), so it syncs; the server's own
conflict record is marked resolved on the next sync.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, func, select, update

from inclucities_core.sync_entities import ACTION, DELETED_AT, PLAN, is_record
from inclucities_desktop.services import access
from inclucities_desktop.services.clock import new_id, now
from inclucities_desktop.services.errors import NotFoundError, ServiceError
from inclucities_desktop.services.outbox import record_change
from inclucities_desktop.services.remote_changes import LocalValues, current_value
from inclucities_desktop.store.schema import conflicts, plans


class ConflictKind(StrEnum):
    EDIT = "edit"  # both sides changed the same text where it overlaps
    DELETED = "deleted"  # edited here, deleted on the server
    REJECTED = "rejected"  # the server refused the edit; ``reason`` says why


class Resolution(StrEnum):
    KEEP_MINE = "keep_mine"
    KEEP_THEIRS = "keep_theirs"
    MERGED = "merged"  # a value the person edited from both sides
    RESTORED = "restored"  # something deleted on the server brought back with mine


@dataclass(frozen=True)
class Conflict:
    """One conflict, as the window and the command line show it."""

    id: str
    kind: ConflictKind
    entity: str  # "plan", "section" or "action"
    entity_id: str
    field: str
    plan_id: str | None
    plan_title: str | None
    base_value: Any
    mine: Any
    theirs: Any
    server_revision: int | None
    reason: str | None
    created_at: str
    resolved_at: str | None
    resolution: str | None


def record_conflict(
    connection: Connection,
    *,
    kind: ConflictKind,
    entity: str,
    entity_id: str,
    field: str,
    plan_id: str | None,
    base_value: Any,
    mine: Any,
    theirs: Any,
    server_revision: int | None,
    reason: str | None = None,
    server_conflict_id: str | None = None,
) -> None:
    if server_conflict_id is not None and connection.execute(
        select(conflicts.c.id).where(conflicts.c.server_conflict_id == server_conflict_id)
    ).first():
        return  # the same push answer applied twice keeps one record
    connection.execute(conflicts.insert().values(
        id=new_id(), server_conflict_id=server_conflict_id, kind=kind.value, entity=entity,
        entity_id=entity_id, field=field, plan_id=plan_id, base_value=base_value, mine=mine,
        theirs=theirs, server_revision=server_revision, reason=reason, created_at=now(),
    ))


def _conflict(row: Any) -> Conflict:
    return Conflict(
        id=row.id, kind=ConflictKind(row.kind), entity=row.entity, entity_id=row.entity_id,
        field=row.field, plan_id=row.plan_id, plan_title=row.title,
        base_value=row.base_value, mine=row.mine, theirs=row.theirs,
        server_revision=row.server_revision, reason=row.reason, created_at=row.created_at,
        resolved_at=row.resolved_at, resolution=row.resolution,
    )


def _query() -> Any:
    return (
        select(conflicts, plans.c.title)
        .select_from(conflicts.outerjoin(plans, plans.c.id == conflicts.c.plan_id))
        .order_by(conflicts.c.created_at, conflicts.c.id)
    )


def list_conflicts(connection: Connection, *, include_resolved: bool = False) -> list[Conflict]:
    query = _query()
    if not include_resolved:
        query = query.where(conflicts.c.resolved_at.is_(None))
    return [_conflict(row) for row in connection.execute(query)]


def get_conflict(connection: Connection, conflict_id: str) -> Conflict:
    row = connection.execute(_query().where(conflicts.c.id == conflict_id)).first()
    if row is None:
        raise NotFoundError(f"No conflict with id {conflict_id}")
    return _conflict(row)


def count_open(connection: Connection) -> int:
    return int(connection.execute(
        select(func.count()).select_from(conflicts).where(conflicts.c.resolved_at.is_(None))
    ).scalar_one())


def edit_locally(connection: Connection, entity: str, entity_id: str, field: str, value: Any,
                 plan_id: str) -> None:
    """Change one synced field as the person typing would: the tables, the index, the outbox."""
    if not is_record(entity):
        access.check_can_edit(connection, plan_id)  # keep mine, restore: edits like any other
    values = LocalValues(connection)
    values.put(entity, entity_id, field, value, plan_id, now())
    values.flush()
    record_change(connection, entity, entity_id, field, value)


def resolve(connection: Connection, conflict_id: str, choice: Resolution,
            merged_value: Any = None) -> None:
    conflict = get_conflict(connection, conflict_id)
    if conflict.resolved_at is not None:
        raise ServiceError("This conflict is resolved already")
    if choice is Resolution.RESTORED:
        raise ServiceError("Use restore_deleted to bring back something deleted")
    if choice is Resolution.MERGED and merged_value is None:
        raise ServiceError("A merged resolution needs the merged value")
    if conflict.kind is ConflictKind.DELETED and choice is not Resolution.KEEP_THEIRS:
        _restore(connection, conflict)
    value = {Resolution.KEEP_MINE: conflict.mine, Resolution.KEEP_THEIRS: conflict.theirs,
             Resolution.MERGED: merged_value}[choice]
    settles_by_itself = choice is Resolution.KEEP_THEIRS and (
        conflict.kind is not ConflictKind.EDIT)
    if not settles_by_itself and conflict.plan_id is not None:
        local = current_value(connection, conflict.entity, conflict.entity_id, conflict.field)
        if local != value:
            edit_locally(connection, conflict.entity, conflict.entity_id, conflict.field,
                         value, conflict.plan_id)
    _mark_resolved(connection, conflict_id, choice)


def restore_deleted(connection: Connection, conflict_id: str) -> None:
    """Bring back what the server deleted, with this side's edit of it."""
    conflict = get_conflict(connection, conflict_id)
    if conflict.kind is not ConflictKind.DELETED:
        raise ServiceError("Only an edit of something deleted can be restored")
    if conflict.resolved_at is not None:
        raise ServiceError("This conflict is resolved already")
    _restore(connection, conflict)
    if conflict.field != DELETED_AT and conflict.plan_id is not None:
        edit_locally(connection, conflict.entity, conflict.entity_id, conflict.field,
                     conflict.mine, conflict.plan_id)
    _mark_resolved(connection, conflict_id, Resolution.RESTORED)


def _restore(connection: Connection, conflict: Conflict) -> None:
    if conflict.plan_id is None:
        raise ServiceError("This conflict does not say which plan it belongs to")
    # An action is deleted by itself; a section goes with its plan.
    entity, entity_id = ((ACTION, conflict.entity_id) if conflict.entity == ACTION
                         else (PLAN, conflict.plan_id))
    edit_locally(connection, entity, entity_id, DELETED_AT, None, conflict.plan_id)


def _mark_resolved(connection: Connection, conflict_id: str, choice: Resolution) -> None:
    connection.execute(update(conflicts).where(conflicts.c.id == conflict_id).values(
        resolved_at=now(), resolution=choice.value))


def unsent_resolutions(connection: Connection) -> list[tuple[str, str]]:
    """(local id, server id) of conflicts resolved here that the server has not heard of."""
    rows = connection.execute(select(conflicts.c.id, conflicts.c.server_conflict_id).where(
        conflicts.c.resolved_at.is_not(None), conflicts.c.server_conflict_id.is_not(None),
        conflicts.c.server_resolved_at.is_(None)))
    return [(row.id, row.server_conflict_id) for row in rows]


def mark_sent(connection: Connection, conflict_id: str) -> None:
    connection.execute(update(conflicts).where(conflicts.c.id == conflict_id).values(
        server_resolved_at=now()))
