"""The sync subcommands: login, logout, sync, status, conflicts."""

from __future__ import annotations

import getpass
import os
from typing import Any

from inclucities_desktop.cli import messages
from inclucities_desktop.cli.commands import CliError, Invocation, _print_json, _say
from inclucities_desktop.cli.text_output import one_line, table
from inclucities_desktop.sync.credentials import TokenStorage

PASSWORD_VARIABLE = "INCLUCITIES_PASSWORD"


def _city(city_id: str | None) -> str:
    return f", {city_id}" if city_id else ""


def login(call: Invocation) -> None:
    options, sync = call.options, call.services.sync
    if options.ca_bundle:
        sync.set_ca_bundle(os.path.abspath(options.ca_bundle))
    if options.allow_plaintext_token:
        sync.set_allow_plaintext_token(True)
    password = os.environ.get(PASSWORD_VARIABLE)
    if password is None:
        try:
            password = getpass.getpass(
                messages.PASSWORD_PROMPT.format(user=options.user, url=options.url))
        except EOFError:
            password = ""
    if not password:
        raise CliError(messages.NO_PASSWORD)
    result = sync.sign_in(options.url, options.user, password)
    account = result.account
    _say(call.out, messages.SIGNED_IN.format(url=account.server_url, user=account.username,
                                             role=account.role, city=_city(account.city_id)))
    if result.removed_sample_plans:
        _say(call.out, messages.SAMPLE_REMOVED.format(
            titles="; ".join(one_line(t) for t in result.removed_sample_plans)))
    if result.plans_to_upload:
        _say(call.out, messages.TO_UPLOAD.format(count=result.plans_to_upload))
    if result.token_storage is TokenStorage.MEMORY:
        _say(call.out, messages.TOKEN_IN_MEMORY)
    elif result.token_storage is TokenStorage.PLAINTEXT:
        _say(call.out, messages.TOKEN_PLAINTEXT)


def logout(call: Invocation) -> None:
    account = call.services.sync.account()
    if account is None:
        _say(call.out, messages.NOT_BOUND)
        return
    call.services.sync.sign_out()
    _say(call.out, messages.SIGNED_OUT.format(url=account.server_url))


def sync(call: Invocation) -> None:
    report = call.services.sync.sync()
    line = messages.SYNC_SUMMARY.format(pushed=report.pushed, pulled=report.pulled,
                                        merged=report.merged, conflicts=report.conflicts)
    _say(call.out, line + (messages.SYNC_CANCELLED if report.cancelled else ""))


def status(call: Invocation) -> None:
    state = call.services.sync.status()
    out = call.out
    if state.account is None:
        _say(out, messages.STATUS_NO_ACCOUNT)
    else:
        account = state.account
        _say(out, messages.STATUS_ACCOUNT.format(
            user=one_line(account.username), role=account.role, city=_city(account.city_id),
            url=account.server_url))
        _say(out, messages.STATUS_SIGNED_IN.format(answer="yes" if state.signed_in else "no"))
    _say(out, messages.STATUS_TOKEN.format(storage=state.token_storage.value))
    _say(out, messages.STATUS_PENDING.format(count=state.pending_changes))
    _say(out, messages.STATUS_CONFLICTS.format(count=state.open_conflicts))
    _say(out, messages.STATUS_LAST_SYNC.format(
        when=state.last_sync_at[:16].replace("T", " ") + " UTC" if state.last_sync_at
        else messages.NEVER))


def conflicts(call: Invocation) -> None:
    found = call.services.sync.conflicts()
    if call.options.json:
        _print_json([_as_json(conflict) for conflict in found], call.out)
        return
    if not found:
        _say(call.out, messages.NO_CONFLICTS)
        return
    rows = [(c.id[:8], c.kind.value, c.plan_title or c.plan_id or "",
             f"{c.entity} {c.entity_id} {c.field}", c.reason or "") for c in found]
    for line in table(messages.CONFLICT_TABLE_HEADINGS, rows, (8, 8, 30, 50, 0)):
        _say(call.out, line)


def _as_json(conflict: Any) -> dict[str, Any]:
    return {
        "id": conflict.id, "kind": conflict.kind.value, "entity": conflict.entity,
        "entity_id": conflict.entity_id, "field": conflict.field, "plan_id": conflict.plan_id,
        "plan_title": conflict.plan_title, "base": conflict.base_value, "mine": conflict.mine,
        "theirs": conflict.theirs, "server_revision": conflict.server_revision,
        "reason": conflict.reason, "created_at": conflict.created_at,
    }
