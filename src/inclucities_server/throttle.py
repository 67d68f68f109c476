"""Failed sign-ins, counted in the database per account and per client address.

Kept in the database rather than in memory so the limit holds across workers and machines.
"""

from __future__ import annotations

import math
from datetime import timedelta

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from inclucities_server.security import as_utc, now
from inclucities_server.settings import Settings
from inclucities_server.tables import login_failures

ACCOUNT = "account"
ADDRESS = "address"


def _keys(username: str, address: str) -> tuple[tuple[str, str, int], ...]:
    return ((ACCOUNT, username.casefold()[:200], 0), (ADDRESS, address[:200], 1))


def retry_after(connection: Connection, settings: Settings, username: str,
                address: str) -> int | None:
    """Seconds to wait when the account or the address failed too often, else None."""
    window = timedelta(seconds=settings.throttle_window_seconds)
    since = now() - window
    limits = (settings.throttle_account_failures, settings.throttle_address_failures)
    waits = []
    for scope, key, index in _keys(username, address):
        count, oldest = connection.execute(
            sa.select(sa.func.count(), sa.func.min(login_failures.c.failed_at)).where(
                login_failures.c.scope == scope,
                login_failures.c.key == key,
                login_failures.c.failed_at > since,
            )
        ).one()
        if count >= limits[index]:
            waits.append((as_utc(oldest) + window - now()).total_seconds())
    if not waits:
        return None
    return max(1, math.ceil(max(waits)))


def record_failure(connection: Connection, settings: Settings, username: str,
                   address: str) -> None:
    moment = now()
    connection.execute(
        login_failures.insert(),
        [{"scope": scope, "key": key, "failed_at": moment}
         for scope, key, _ in _keys(username, address)],
    )
    # Forget what has left the window, so the table stays small.
    cutoff = moment - timedelta(seconds=settings.throttle_window_seconds)
    connection.execute(login_failures.delete().where(login_failures.c.failed_at < cutoff))


def clear_account(connection: Connection, username: str) -> None:
    scope, key, _ = _keys(username, "")[0]
    connection.execute(
        login_failures.delete().where(login_failures.c.scope == scope, login_failures.c.key == key)
    )
