"""The routes' dependencies, as ``Annotated`` aliases: settings, a connection, the user.

FastAPI runs every plain ``def`` dependency in its thread pool, one hand-over per
dependency; those that only read the app's state are ``async def`` so that they run on the
event loop at no such cost.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.engine import Connection, Engine

from inclucities_server.errors import ApiError
from inclucities_server.security import TokenProblem, User, user_for_token
from inclucities_server.settings import Settings

_bearer = HTTPBearer(auto_error=False, description="The token from /api/v1/auth/login")


async def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


async def get_engine(request: Request) -> Engine:
    engine: Engine = request.app.state.engine
    return engine


def get_connection(engine: Annotated[Engine, Depends(get_engine)]) -> Iterator[Connection]:
    with engine.connect() as connection:
        yield connection


SettingsDep = Annotated[Settings, Depends(get_settings)]
EngineDep = Annotated[Engine, Depends(get_engine)]
DbDep = Annotated[Connection, Depends(get_connection)]
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]


async def get_token(credentials: Credentials) -> str:
    if credentials is None or not credentials.credentials:
        raise ApiError(401, "token_invalid", "Sign in first: this call needs a token.",
                       headers={"WWW-Authenticate": "Bearer"})
    return credentials.credentials


TokenDep = Annotated[str, Depends(get_token)]


def get_current_user(token: TokenDep, connection: DbDep) -> User:
    with connection.begin():
        return authenticate(connection, token)


def authenticate(connection: Connection, token: str) -> User:
    """The token's user, or the 401 answer; in the caller's transaction."""
    try:
        return user_for_token(connection, token)
    except TokenProblem as problem:
        detail = ("Your session has expired; sign in again." if problem.code == "token_expired"
                  else "This token is not valid (signed out or revoked); sign in again.")
        raise ApiError(401, problem.code, detail,
                       headers={"WWW-Authenticate": "Bearer"}) from None


CurrentUser = Annotated[User, Depends(get_current_user)]
