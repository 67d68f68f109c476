"""POST /api/v1/sync/push and GET /api/v1/sync/pull."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from inclucities_core.sync_protocol import MAX_PULL_PAGE, PullResponse, PushRequest, PushResponse
from inclucities_server.deps import CurrentUser, EngineDep, SettingsDep, TokenDep, authenticate
from inclucities_server.errors import error_responses
from inclucities_server.pull import pull as pull_changes
from inclucities_server.push import apply_push

router = APIRouter(prefix="/sync")


@router.post("/push", response_model=PushResponse, summary="Push field changes",
             responses=error_responses(401, 413, 422))
def push(body: PushRequest, user: CurrentUser, engine: EngineDep,
         settings: SettingsDep) -> PushResponse:
    return PushResponse(results=apply_push(engine, settings, user, list(body.changes)))


@router.get("/pull", response_model=PullResponse, summary="Pull changes after a cursor",
            responses=error_responses(401, 422))
def pull(
    token: TokenDep,
    engine: EngineDep,
    after: Annotated[int, Query(ge=0, le=2**62)] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_PULL_PAGE)] = MAX_PULL_PAGE,
    access_key: Annotated[str | None, Query(max_length=200)] = None,
) -> Response:
    # The call every client repeats most: the token is checked in the pull's own
    # transaction (one thread hand-over and one BEGIN/COMMIT, not one per dependency).
    # Written directly (see pull._page_json); the OpenAPI document still declares the model.
    with engine.connect() as connection, connection.begin():
        user = authenticate(connection, token)
        body = pull_changes(connection, user, after, limit, access_key)
    return Response(body, media_type="application/json")
