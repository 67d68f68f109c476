"""Recording local edits in the outbox, where sync later picks them up."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, case, select
from sqlalchemy.dialects.sqlite import insert

from inclucities_desktop.services.clock import new_id, now
from inclucities_desktop.store.schema import field_revisions, outbox


def record_change(
    connection: Connection, entity: str, entity_id: str, field: str, value: Any
) -> None:
    """Queue one field change; a pending change of the same field is replaced in place.

    The replaced change keeps the base revision of the first pending edit, since that is
    the server version the user started from; it gets a fresh change id, because its
    value is new.
    """
    base = connection.execute(
        select(field_revisions.c.revision).where(
            field_revisions.c.entity == entity,
            field_revisions.c.entity_id == entity_id,
            field_revisions.c.field == field,
        )
    ).scalar()
    statement = insert(outbox).values(
        change_id=new_id(),
        entity=entity,
        entity_id=entity_id,
        field=field,
        value=value,
        base_revision=base,
        created_at=now(),
    )
    # A row pushed without an answer yet keeps the value that went out, for sync to send
    # again before this newer one (see sync_service._replay_unanswered).
    unanswered = outbox.c.sent_change_id == outbox.c.change_id
    statement = statement.on_conflict_do_update(
        index_elements=[outbox.c.entity, outbox.c.entity_id, outbox.c.field],
        set_={"value": statement.excluded.value, "change_id": statement.excluded.change_id,
              "sent_value": case((unanswered, outbox.c.value), else_=outbox.c.sent_value)},
    )
    connection.execute(statement)


def pending_changes(connection: Connection) -> list[dict[str, Any]]:
    """The queued changes, without sync's own bookkeeping of what went out."""
    bookkeeping = {"sent_change_id", "sent_value"}
    columns = [column for column in outbox.c if column.name not in bookkeeping]
    rows = connection.execute(select(*columns).order_by(outbox.c.seq)).mappings()
    return [dict(row) for row in rows]
