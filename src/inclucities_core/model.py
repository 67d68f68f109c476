"""Plain immutable records of the domain, handed from the store to every layer above it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Any


class PlanStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED_TO_MENTOR = "submitted_to_mentor"
    CHANGES_REQUESTED = "changes_requested"
    ENDORSED = "endorsed"
    SUBMITTED_TO_COORDINATOR = "submitted_to_coordinator"
    APPROVED = "approved"


class Completeness(StrEnum):
    EMPTY = "empty"
    STARTED = "started"
    COMPLETE = "complete"


@dataclass(frozen=True)
class City:
    id: str
    name: str
    country: str
    association: str
    language: str


@dataclass(frozen=True)
class Pair:
    mentor_city_id: str
    mentee_city_id: str


@dataclass(frozen=True)
class PlanSummary:
    """One row of the plan list: enough to show it without loading the plan."""

    id: str
    title: str
    city_id: str
    city_name: str
    language: str
    status: str
    updated_at: str
    deleted_at: str | None


@dataclass(frozen=True)
class Plan:
    id: str
    title: str
    city_id: str
    language: str
    status: str
    template_version: int
    created_at: str
    updated_at: str
    deleted_at: str | None = None


@dataclass(frozen=True)
class Section:
    plan_id: str
    key: str
    text: str
    updated_at: str


def _frozen(values: Mapping[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType(dict(values))


@dataclass(frozen=True)
class Action:
    """One action of a plan; ``fields`` holds every template field by key (read-only)."""

    id: str
    plan_id: str
    position: float
    fields: Mapping[str, Any] = field(default_factory=dict)
    deleted_at: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "fields", _frozen(self.fields))

    def get(self, key: str, default: Any = None) -> Any:
        return self.fields.get(key, default)

    @property
    def code(self) -> str:
        return str(self.fields.get("code", ""))

    @property
    def title(self) -> str:
        return str(self.fields.get("title", ""))
