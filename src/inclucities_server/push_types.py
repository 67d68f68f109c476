"""What the parts of a push share: a field's stored value, a plan's row, a refusal."""

from __future__ import annotations

from dataclasses import dataclass

Key = tuple[str, str, str]  # (entity, entity id, field)


@dataclass
class Current:
    """A field's value on the server (as canonical JSON) and its revision."""

    value: str
    revision: int
    plan_id: str


@dataclass
class PlanRow:
    id: str
    city_id: str
    template_version: int
    deleted_at: str | None


class Rejected(Exception):
    """Raised inside the decision for one change; becomes a ``rejected`` result."""
