"""A plan as it stood at one revision: the source of version history, compare and restore.

Nothing is copied when a version is taken: the field history already holds every value
with its revision, so the plan at revision R is each plan, section and action field's
latest value at or below R.
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from inclucities_core.sync_entities import ACTION, PLAN, SECTION
from inclucities_core.sync_protocol import PlanAtRevision, ServerChange
from inclucities_server.access import load_access
from inclucities_server.errors import ApiError
from inclucities_server.security import User
from inclucities_server.tables import field_history, plans
from inclucities_server.values import storable_text

CONTENT = (PLAN, SECTION, ACTION)


def plan_at(connection: Connection, user: User, plan_id: str, revision: int) -> PlanAtRevision:
    with connection.begin():
        city_id = connection.execute(
            sa.select(plans.c.city_id).where(plans.c.id == plan_id)
        ).scalar() if storable_text(plan_id) else None
        if city_id is None:
            raise ApiError(404, "not_found", "No such plan.")
        if not load_access(connection, user).to_plan_of(city_id).read:
            raise ApiError(403, "forbidden", "You may not read this plan.")
        latest = (
            sa.select(field_history.c.entity, field_history.c.entity_id, field_history.c.field,
                      sa.func.max(field_history.c.revision).label("revision"))
            .where(field_history.c.plan_id == plan_id, field_history.c.revision <= revision,
                   field_history.c.entity.in_(CONTENT))
            .group_by(field_history.c.entity, field_history.c.entity_id, field_history.c.field)
            .subquery()
        )
        rows = connection.execute(
            sa.select(field_history.c.entity, field_history.c.entity_id, field_history.c.field,
                      field_history.c.value, field_history.c.revision,
                      field_history.c.changed_by, field_history.c.changed_at)
            .join(latest, sa.and_(
                field_history.c.plan_id == plan_id,
                field_history.c.entity == latest.c.entity,
                field_history.c.entity_id == latest.c.entity_id,
                field_history.c.field == latest.c.field,
                field_history.c.revision == latest.c.revision))
            .order_by(field_history.c.revision)
        ).all()
    changes = [
        ServerChange(entity=row.entity, entity_id=row.entity_id, field=row.field,
                     value=json.loads(row.value), revision=row.revision, plan_id=plan_id,
                     changed_by=row.changed_by, changed_at=row.changed_at)
        for row in rows
    ]
    return PlanAtRevision(plan_id=plan_id, revision=revision, changes=changes)
