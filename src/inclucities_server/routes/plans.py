"""GET /api/v1/plans/{plan_id}/at/{revision}: a plan as it stood at a revision."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from inclucities_core.sync_protocol import PlanAtRevision
from inclucities_server.deps import CurrentUser, DbDep
from inclucities_server.errors import error_responses
from inclucities_server.versions import plan_at

router = APIRouter(prefix="/plans")


@router.get("/{plan_id}/at/{revision}", response_model=PlanAtRevision,
            summary="A plan as it stood at a revision (a version)",
            responses=error_responses(401, 403, 404, 422))
def plan_at_revision(
    plan_id: Annotated[str, Path(min_length=1, max_length=200)],
    revision: Annotated[int, Path(ge=0, le=2**62)],
    user: CurrentUser,
    connection: DbDep,
) -> PlanAtRevision:
    return plan_at(connection, user, plan_id, revision)
