"""The sync protocol's messages, one definition for the server and the client.

The server declares its routes with these models (so the OpenAPI document describes them)
and the client validates every answer with them, so a broken or hostile server answer is
refused with a clear error instead of being written into the workspace. The protocol
itself is described in docs/sync-protocol.md.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, JsonValue

from inclucities_core.permissions import Role

API_PREFIX = "/api/v1"
# Changes in one push; a client splits its outbox into batches of at most this many.
MAX_PUSH_CHANGES = 500
# Changes in one page of a pull (the server also ends a page after about 8 MB of values).
MAX_PULL_PAGE = 2000

Identifier = Annotated[str, Field(min_length=1, max_length=200)]
FieldName = Annotated[str, Field(min_length=1, max_length=64)]
EntityName = Literal["plan", "section", "action", "comment", "transition", "snapshot"]


class Message(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# -- accounts -----------------------------------------------------------------------------


class LoginRequest(Message):
    username: Annotated[str, Field(min_length=1, max_length=150)]
    password: Annotated[str, Field(min_length=1, max_length=1024)]


class UserOut(Message):
    id: Identifier
    username: str
    display_name: str
    role: Role
    city_id: str | None


class LoginResponse(Message):
    token: str
    expires_at: str
    user: UserOut


class ErrorResponse(Message):
    """The body of every 4xx/5xx answer: ``code`` is stable, ``detail`` is for people."""

    code: str
    detail: str


# -- the directory of cities and pairs -------------------------------------------------------


class CityOut(Message):
    id: Identifier
    name: str
    country: str
    association: str
    language: str


class PairOut(Message):
    mentor_city_id: Identifier
    mentee_city_id: Identifier


class Directory(Message):
    cities: list[CityOut]
    pairs: list[PairOut]


# -- push -------------------------------------------------------------------------------------


class ChangeIn(Message):
    """One field edit made on a client; ``change_id`` makes a repeated push harmless."""

    change_id: Identifier
    entity: EntityName
    entity_id: Identifier
    field: FieldName
    value: JsonValue
    base_revision: int | None = None  # the server revision the edit started from


class PushRequest(Message):
    changes: Annotated[list[ChangeIn], Field(max_length=MAX_PUSH_CHANGES)]


class Outcome(StrEnum):
    APPLIED = "applied"  # stored as pushed
    MERGED = "merged"  # merged with a concurrent edit; ``value`` is the merge
    UNCHANGED = "unchanged"  # the server held that value already
    CONFLICT = "conflict"  # the server kept its value; ``conflict`` holds both sides
    REJECTED = "rejected"  # not allowed or not valid; ``reason`` says why


class ConflictKind(StrEnum):
    EDIT = "edit"  # both sides changed the same text where it overlaps
    DELETED = "deleted"  # the thing edited here was deleted there


class ConflictOut(Message):
    id: Identifier
    kind: ConflictKind
    entity: EntityName
    entity_id: Identifier
    field: FieldName
    plan_id: Identifier
    base_value: JsonValue
    server_value: JsonValue
    pushed_value: JsonValue
    server_revision: int
    pushed_by: str
    created_at: str


class ChangeResult(Message):
    change_id: Identifier
    outcome: Outcome
    revision: int | None = None  # the field's server revision after this change
    value: JsonValue = None  # the field's server value after this change
    conflict: ConflictOut | None = None
    reason: str | None = None


class PushResponse(Message):
    results: list[ChangeResult]


# -- pull -------------------------------------------------------------------------------------


class ServerChange(Message):
    """The current value of one field, changed after the pull's cursor."""

    entity: EntityName
    entity_id: Identifier
    field: FieldName
    value: JsonValue
    revision: int
    plan_id: Identifier
    changed_by: str
    changed_at: str


class PullResponse(Message):
    changes: list[ServerChange]
    cursor: int  # ask for changes after this next time
    has_more: bool
    # Changes whenever what the user may read changes (a new pair, another role): a client
    # whose stored key differs pulls again from 0, since older values became visible.
    access_key: str
    # True when the server started again from 0 because the access key had changed: the
    # client then also drops the plans that are no longer in what it may read.
    reset: bool = False


# -- versions ---------------------------------------------------------------------------------


class PlanAtRevision(Message):
    """A plan as it stood at one revision: every plan, section and action field's latest
    value at or below ``revision`` (a version to compare or restore)."""

    plan_id: Identifier
    revision: int
    changes: list[ServerChange]
