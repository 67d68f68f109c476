"""Signing in and out: POST /api/v1/auth/login and /api/v1/auth/logout."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from inclucities_core.sync_protocol import LoginRequest, LoginResponse, UserOut
from inclucities_server import throttle
from inclucities_server.db import begin_write
from inclucities_server.deps import DbDep, SettingsDep, TokenDep
from inclucities_server.errors import ApiError, error_responses
from inclucities_server.security import User, check_password, iso, issue_token, revoke_token
from inclucities_server.values import storable_text

router = APIRouter(prefix="/auth")


def user_out(user: User) -> UserOut:
    return UserOut(id=user.id, username=user.username, display_name=user.display_name,
                   role=user.role, city_id=user.city_id)


_WRONG = ApiError(401, "login_failed", "Wrong user name or password.")


@router.post("/login", response_model=LoginResponse, summary="Sign in",
             responses=error_responses(401, 413, 422, 429))
def login(body: LoginRequest, request: Request, connection: DbDep,
          settings: SettingsDep) -> LoginResponse:
    if not (storable_text(body.username) and storable_text(body.password)):
        raise ApiError(401, "login_failed", _WRONG.detail)
    address = request.client.host if request.client else "unknown"
    with connection.begin():
        wait = throttle.retry_after(connection, settings, body.username, address)
    if wait is not None:
        raise ApiError(429, "too_many_attempts",
                       f"Too many failed sign-ins; try again in {wait} seconds.",
                       headers={"Retry-After": str(wait)})
    with begin_write(connection):
        user = check_password(connection, settings, body.username, body.password)
        if user is None:
            throttle.record_failure(connection, settings, body.username, address)
        else:
            throttle.clear_account(connection, body.username)
            token, expires = issue_token(connection, settings, user.id)
    if user is None:
        raise ApiError(401, "login_failed", _WRONG.detail)
    return LoginResponse(token=token, expires_at=iso(expires), user=user_out(user))


@router.post("/logout", status_code=204, summary="Sign out (revoke this token)",
             responses=error_responses(401))
def logout(token: TokenDep, connection: DbDep) -> Response:
    with begin_write(connection):
        revoke_token(connection, token)
    return Response(status_code=204)
