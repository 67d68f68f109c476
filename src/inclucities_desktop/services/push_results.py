"""Recording a push's results in the workspace, with the outbox edited meanwhile in mind.

The push went out without holding the database, so the window may have saved a newer edit
of a pushed field before the answer came. Its outbox row then carries another change id:
it stays queued, and its base becomes what the server now holds, so it is not taken for a
concurrent edit of its own previous value. Only rows still holding the pushed change id
leave the outbox.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, delete, select, update

from inclucities_core.merge import merge_field
from inclucities_core.sync_entities import ACTION, DELETED_AT, TRANSITION, merge_policy
from inclucities_core.sync_protocol import ChangeResult, ConflictKind, Outcome
from inclucities_desktop.services import conflicts as conflict_records
from inclucities_desktop.services.remote_changes import LocalValues, note_revisions
from inclucities_desktop.store.schema import outbox, transitions


@dataclass
class PushTally:
    pushed: int = 0  # taken by the server: applied, merged or unchanged
    merged: int = 0
    conflicts: int = 0  # conflicts and refused edits, kept as conflict records
    changed_plan_ids: set[str] = field(default_factory=set)


def _storable(field_name: str, value: Any) -> bool:
    # A missing value (a thing the server does not have) is only written where empty
    # is meaningful: a tombstone's time.
    return value is not None or field_name == DELETED_AT


def apply_push_results(
    connection: Connection,
    sent: Sequence[dict[str, Any]],
    results: Sequence[ChangeResult],
    when: str,
) -> PushTally:
    """Record the results of pushing the outbox rows ``sent`` (``results`` in their order)."""
    tally = PushTally()
    keys = {(row["entity"], row["entity_id"], row["field"]) for row in sent}
    current: dict[tuple[str, str, str], dict[str, Any]] = {}
    ids = list({row["entity_id"] for row in sent})
    for start in range(0, len(ids), 500):
        for found_row in connection.execute(
            select(outbox).where(outbox.c.entity_id.in_(ids[start:start + 500]))
        ).mappings():
            existing = dict(found_row)
            key = (existing["entity"], existing["entity_id"], existing["field"])
            if key in keys:
                current[key] = existing
    values = LocalValues(connection)
    values.preload([], [row["entity_id"] for row in sent if row["entity"] == ACTION])
    revisions: list[tuple[str, str, str, int]] = []
    finished: list[str] = []

    for row, result in zip(sent, results, strict=True):
        entity, entity_id, field_name = key = (row["entity"], row["entity_id"], row["field"])
        now_row = current.get(key)
        edited_since = now_row is not None and now_row["change_id"] != row["change_id"]
        plan_id = values.plan_of(entity, entity_id)
        if result.revision is not None:
            revisions.append((entity, entity_id, field_name, result.revision))

        if result.outcome in (Outcome.APPLIED, Outcome.UNCHANGED, Outcome.MERGED):
            tally.pushed += 1
            if not edited_since:
                finished.append(row["change_id"])
                if result.outcome is Outcome.MERGED and plan_id is not None:
                    tally.merged += 1
                    values.put(entity, entity_id, field_name, result.value, plan_id, when)
                continue
            assert now_row is not None
            # The pushed change is answered: nothing of it is left to send again.
            connection.execute(update(outbox).where(
                outbox.c.change_id == now_row["change_id"],
                outbox.c.sent_change_id == row["change_id"]).values(
                    sent_change_id=None, sent_value=None))
            if result.outcome is Outcome.MERGED and plan_id is not None:
                tally.merged += 1
                # The newer local value was made from the pushed one: merge it with the
                # server's merge, the pushed value being their common base.
                template = values.template_of(plan_id)
                merged = merge_field(merge_policy(entity, field_name, template),
                                     row["value"], now_row["value"], result.value)
                if not merged.clean:
                    # Keep the old base: the next push meets the server's value as a
                    # concurrent edit, and a conflict record keeps both sides.
                    continue
                values.put(entity, entity_id, field_name, merged.value, plan_id, when)
                connection.execute(update(outbox).where(
                    outbox.c.change_id == now_row["change_id"]).values(value=merged.value))
            if result.revision is not None:
                connection.execute(update(outbox).where(
                    outbox.c.change_id == now_row["change_id"]).values(
                        base_revision=result.revision))
            continue

        if entity == TRANSITION and result.outcome is Outcome.REJECTED:
            # A refused review step changes nothing anywhere: the step itself carries the
            # reason (the timeline shows it), once, rather than a conflict per field.
            connection.execute(update(transitions).where(transitions.c.id == entity_id)
                               .values(refused=result.reason or "refused"))
            tally.conflicts += field_name == "action"
            if now_row is not None:
                finished.append(now_row["change_id"])
            continue

        # A conflict or a refusal: a record keeps this side's newest value.
        tally.conflicts += 1
        mine = now_row["value"] if edited_since and now_row is not None else row["value"]
        if result.outcome is Outcome.CONFLICT and result.conflict is not None:
            found = result.conflict
            kind = (conflict_records.ConflictKind.DELETED if found.kind is ConflictKind.DELETED
                    else conflict_records.ConflictKind.EDIT)
            theirs = found.server_value
            revision: int | None = found.server_revision
            conflict_records.record_conflict(
                connection, kind=kind, entity=entity, entity_id=entity_id, field=field_name,
                plan_id=plan_id or found.plan_id, base_value=found.base_value, mine=mine,
                theirs=theirs, server_revision=revision, server_conflict_id=found.id,
                reason=result.reason)
            revisions.append((entity, entity_id, field_name, found.server_revision))
        else:
            kind = (conflict_records.ConflictKind.EDIT if result.outcome is Outcome.CONFLICT
                    else conflict_records.ConflictKind.REJECTED)
            theirs, revision = result.value, result.revision
            conflict_records.record_conflict(
                connection, kind=kind, entity=entity, entity_id=entity_id, field=field_name,
                plan_id=plan_id, base_value=None, mine=mine, theirs=theirs,
                server_revision=revision, reason=result.reason)
        if revision is not None and plan_id is not None and _storable(field_name, theirs):
            values.put(entity, entity_id, field_name, theirs, plan_id, when)
        # Mine is in the record; the outbox row (pushed or newer) has nothing more to send.
        if now_row is not None:
            finished.append(now_row["change_id"])

    tally.changed_plan_ids |= values.flush()
    note_revisions(connection, revisions)
    for start in range(0, len(finished), 500):
        connection.execute(delete(outbox).where(
            outbox.c.change_id.in_(finished[start:start + 500])))
    return tally
