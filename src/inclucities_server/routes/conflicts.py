"""GET /api/v1/conflicts and POST /api/v1/conflicts/{id}/resolve."""

from __future__ import annotations

from typing import Annotated

import sqlalchemy as sa
from fastapi import APIRouter, Path, Response

from inclucities_core.sync_protocol import ConflictOut
from inclucities_server.db import begin_write
from inclucities_server.deps import CurrentUser, DbDep
from inclucities_server.errors import ApiError, error_responses
from inclucities_server.push_store import conflict_out
from inclucities_server.security import iso, now
from inclucities_server.tables import conflicts
from inclucities_server.values import storable_text

router = APIRouter(prefix="/conflicts")


@router.get("", response_model=list[ConflictOut], summary="My open conflicts",
            responses=error_responses(401))
def list_conflicts(user: CurrentUser, connection: DbDep) -> list[ConflictOut]:
    with connection.begin():
        rows = connection.execute(
            sa.select(conflicts)
            .where(conflicts.c.pushed_by_user_id == user.id, conflicts.c.resolved_at.is_(None))
            .order_by(conflicts.c.created_at, conflicts.c.id)
        ).mappings().all()
    return [conflict_out(dict(row)) for row in rows]


@router.post("/{conflict_id}/resolve", status_code=204, summary="Mark a conflict resolved",
             responses=error_responses(401, 404, 422))
def resolve(conflict_id: Annotated[str, Path(min_length=1, max_length=64)], user: CurrentUser,
            connection: DbDep) -> Response:
    if not storable_text(conflict_id):
        raise ApiError(404, "not_found", "No such open conflict of yours.")
    with begin_write(connection):
        changed = connection.execute(
            conflicts.update()
            .where(conflicts.c.id == conflict_id, conflicts.c.pushed_by_user_id == user.id)
            .values(resolved_at=sa.func.coalesce(conflicts.c.resolved_at, iso(now())))
        ).rowcount
    if not changed:
        raise ApiError(404, "not_found", "No such conflict of yours.")
    return Response(status_code=204)
