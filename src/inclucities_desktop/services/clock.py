"""Timestamps and ids made on this machine."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime


def now() -> str:
    """The current time in UTC as ISO 8601 with milliseconds (sorts as text)."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def new_id() -> str:
    """An id made on the client, unique without asking a server."""
    return str(uuid.uuid4())
