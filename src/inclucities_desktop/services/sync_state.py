"""What a workspace remembers about sync, in workspace_settings: the account, the cursor.

A workspace is bound to one account on one server at its first sign-in, and stays bound
after signing out (its data came from there). The pull cursor and the access key say how
far the workspace has pulled; ``sample_plan_ids`` lists the sample plans, which never sync.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import Connection, delete, select
from sqlalchemy.dialects.sqlite import insert

from inclucities_desktop.store.schema import workspace_settings

ACCOUNT = "sync.account"
CURSOR = "sync.cursor"
ACCESS_KEY = "sync.access_key"
LAST_SYNC_AT = "sync.last_sync_at"
# While a pull that the server started again from 0 is under way: the plans seen so far.
RESET_SEEN = "sync.reset_seen_plan_ids"
ALLOW_PLAINTEXT_TOKEN = "sync.allow_plaintext_token"
CA_BUNDLE = "sync.ca_bundle"
# Set while a full pull writes plans without indexing them; the index is rebuilt once at
# its end (also by the next sync, if this one was cut short).
SEARCH_INDEX_STALE = "sync.search_index_stale"
SAMPLE_PLAN_IDS = "sample_plan_ids"


@dataclass(frozen=True)
class Account:
    """The account a workspace is bound to."""

    server_url: str
    user_id: str
    username: str
    display_name: str
    role: str  # "member" or "coordinator"
    city_id: str | None


def get_setting(connection: Connection, key: str, default: Any = None) -> Any:
    row = connection.execute(
        select(workspace_settings.c.value).where(workspace_settings.c.key == key)
    ).first()
    return default if row is None or row.value is None else row.value


def set_setting(connection: Connection, key: str, value: Any) -> None:
    if value is None:
        connection.execute(delete(workspace_settings).where(workspace_settings.c.key == key))
        return
    statement = insert(workspace_settings).values(key=key, value=value)
    connection.execute(
        statement.on_conflict_do_update(
            index_elements=[workspace_settings.c.key], set_={"value": statement.excluded.value}
        )
    )


def bound_account(connection: Connection) -> Account | None:
    data = get_setting(connection, ACCOUNT)
    if not isinstance(data, dict):
        return None
    try:
        return Account(**data)
    except TypeError:
        return None


def bind_account(connection: Connection, account: Account) -> None:
    set_setting(connection, ACCOUNT, asdict(account))


def cursor(connection: Connection) -> int:
    value = get_setting(connection, CURSOR, 0)
    return value if isinstance(value, int) else 0


def sample_plan_ids(connection: Connection) -> set[str]:
    value = get_setting(connection, SAMPLE_PLAN_IDS, [])
    return {item for item in value if isinstance(item, str)} if isinstance(value, list) else set()


def mark_sample_plans(connection: Connection, plan_ids: list[str]) -> None:
    known = sample_plan_ids(connection)
    set_setting(connection, SAMPLE_PLAN_IDS, sorted(known | set(plan_ids)))
