"""Passwords (argon2id) and bearer tokens (random, stored only as a SHA-256 hash)."""

from __future__ import annotations

import contextlib
import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.engine import Connection

from inclucities_core.permissions import Role
from inclucities_server.settings import Settings
from inclucities_server.tables import tokens, users


def now() -> datetime:
    return datetime.now(UTC)


def as_utc(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes; everything stored is UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def iso(moment: datetime) -> str:
    return as_utc(moment).isoformat().replace("+00:00", "Z")


def password_hasher(settings: Settings) -> PasswordHasher:
    return PasswordHasher(
        time_cost=settings.argon2_time_cost,
        memory_cost=settings.argon2_memory_kib,
        parallelism=settings.argon2_parallelism,
    )


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class User:
    id: str
    username: str
    display_name: str
    role: Role
    city_id: str | None


def _user(row: Any) -> User:
    return User(row.id, row.username, row.display_name, Role(row.role), row.city_id)


_USER_COLUMNS = (users.c.id, users.c.username, users.c.display_name, users.c.role, users.c.city_id)

# Verified against unknown user names so that a wrong name takes as long as a wrong password.
_DUMMY_PASSWORD = "not a password of anyone"


def check_password(connection: Connection, settings: Settings, username: str,
                   password: str) -> User | None:
    """The user when the password fits; rehashes it when the cost settings changed."""
    hasher = password_hasher(settings)
    row = connection.execute(
        sa.select(*_USER_COLUMNS, users.c.password_hash).where(users.c.username == username)
    ).first()
    if row is None:
        with contextlib.suppress(VerificationError):
            hasher.verify(hasher.hash(_DUMMY_PASSWORD), password)
        return None
    try:
        hasher.verify(row.password_hash, password)
    except (VerificationError, InvalidHashError):
        return None
    if hasher.check_needs_rehash(row.password_hash):
        connection.execute(
            users.update().where(users.c.id == row.id).values(password_hash=hasher.hash(password))
        )
    return _user(row)


def issue_token(connection: Connection, settings: Settings, user_id: str) -> tuple[str, datetime]:
    token = secrets.token_urlsafe(32)
    created = now()
    expires = created + timedelta(days=settings.token_days)
    connection.execute(
        tokens.insert().values(
            token_hash=hash_token(token), user_id=user_id, created_at=created, expires_at=expires
        )
    )
    # Expired tokens are kept a while to answer token_expired, then forgotten.
    connection.execute(
        tokens.delete().where(tokens.c.user_id == user_id,
                              tokens.c.expires_at < created - timedelta(days=30))
    )
    return token, expires


class TokenProblem(Exception):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def user_for_token(connection: Connection, token: str) -> User:
    row = connection.execute(
        sa.select(*_USER_COLUMNS, tokens.c.expires_at)
        .join(tokens, tokens.c.user_id == users.c.id)
        .where(tokens.c.token_hash == hash_token(token))
    ).first()
    if row is None:
        raise TokenProblem("token_invalid")
    if as_utc(row.expires_at) <= now():
        raise TokenProblem("token_expired")
    return _user(row)


def revoke_token(connection: Connection, token: str) -> None:
    connection.execute(tokens.delete().where(tokens.c.token_hash == hash_token(token)))


def revoke_all_tokens(connection: Connection, user_id: str) -> int:
    return connection.execute(tokens.delete().where(tokens.c.user_id == user_id)).rowcount


def new_user_id() -> str:
    return uuid.uuid4().hex
