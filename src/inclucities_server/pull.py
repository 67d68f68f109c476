"""Pull: the current value of every readable field changed after the client's cursor."""

from __future__ import annotations

import json
from collections.abc import Sequence
from json.encoder import encode_basestring_ascii
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from inclucities_server.access import load_access
from inclucities_server.security import User
from inclucities_server.tables import change_counter, field_values, plans

PAGE_BYTES = 8 * 1024 * 1024


def pull(connection: Connection, user: User, after: int, limit: int,
         access_key: str | None) -> bytes:
    """The JSON of a PullResponse: what ``user`` may read changed after ``after``.

    Runs in the caller's transaction.
    """
    access = load_access(connection, user)
    reset = access_key is not None and access_key != access.key
    if reset:
        after = 0
    # Read before the changes: every revision up to this one is committed, so when
    # nothing readable is left the cursor may move here, past changes the user may
    # not read (a push committing meanwhile holds higher revisions only).
    counter = connection.execute(
        sa.select(change_counter.c.value).where(change_counter.c.id == 1)
    ).scalar_one()
    if after >= counter:
        # Nothing committed after the cursor (the usual idle sync): no page query. A
        # push committing meanwhile holds revisions above ``counter``; the next pull
        # gets them, as the cursor stays where it is.
        return _page_json((), after, False, access.key, reset)
    query = (
        sa.select(field_values.c.entity, field_values.c.entity_id, field_values.c.field,
                  field_values.c.value, field_values.c.revision, field_values.c.plan_id,
                  field_values.c.changed_by, field_values.c.changed_at)
        .where(field_values.c.revision > after)
        .order_by(field_values.c.revision)
        .limit(limit + 1)
    )
    if not access.reads_everything:
        query = query.join(plans, plans.c.id == field_values.c.plan_id).where(
            plans.c.city_id.in_(sorted(access.readable)))
    rows, has_more = _first_rows(connection.execution_options(yield_per=200)
                                 .execute(query), limit)
    last = rows[-1].revision if rows else after
    cursor = last if has_more else max(last, counter, after)
    return _page_json(rows, cursor, has_more, access.key, reset)


def _first_rows(result: Any, limit: int) -> tuple[list[Any], bool]:
    """At most ``limit`` rows and about PAGE_BYTES of values (always one row at least):
    a page of big sections stays a few megabytes, for the server and the client alike."""
    rows: list[Any] = []
    size = 0
    try:
        for row in result:
            length = len(row[3])  # the value's
            if len(rows) == limit or (rows and size + length > PAGE_BYTES):
                return rows, True
            rows.append(row)
            size += length
        return rows, False
    finally:
        result.close()


def _page_json(rows: Sequence[Any], cursor: int, has_more: bool, access_key: str,
               reset: bool) -> bytes:
    """The PullResponse as JSON, written directly.

    A first sync pulls every value of every plan; parsing each stored value only to
    serialise it again was most of the server's time. The values are stored as canonical
    JSON written by the server itself, so they go out as they are. The other strings are
    quoted by the C function behind ``json.dumps`` (the whole of ``json.dumps`` for each of
    six strings a row was half of a page's time).
    """
    text = json.dumps
    quote = encode_basestring_ascii
    changes = ",".join(
        f'{{"entity":{quote(entity)},"entity_id":{quote(entity_id)},'
        f'"field":{quote(field)},"value":{value},"revision":{int(revision)},'
        f'"plan_id":{quote(plan_id)},"changed_by":{quote(changed_by)},'
        f'"changed_at":{quote(changed_at)}}}'
        for entity, entity_id, field, value, revision, plan_id, changed_by, changed_at in rows
    )
    return (f'{{"changes":[{changes}],"cursor":{int(cursor)},'
            f'"has_more":{text(has_more)},"access_key":{text(access_key)},'
            f'"reset":{text(reset)}}}').encode()
