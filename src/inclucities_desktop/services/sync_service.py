"""Signing in to a sync server and syncing the workspace with it (issue 3).

``SyncService`` is what the window and the command line call. It holds no Qt and no lock
on the database while it waits for the network: each step reads what it needs in a short
transaction, talks to the server, then records the answer in another short transaction.
So the window's worker thread can keep autosaving while a sync runs on its own thread; an
edit that lands between a push and its answer is kept (see services/push_results.py).

A round: refresh the directory of cities and pairs, push the outbox in batches, tell the
server about conflicts resolved here, then pull pages after the stored cursor. Transient
failures are tried again a few times (sync/retry.py); ``cancel`` stops between batches.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any

from sqlalchemy import Connection, delete, func, select, update

from inclucities_core.sync_entities import (
    ACTION,
    PLAN,
    SECTION,
    TRANSITION,
    is_record,
    split_section_entity_id,
)
from inclucities_core.sync_protocol import (
    MAX_PUSH_CHANGES,
    ChangeIn,
    Directory,
    PlanAtRevision,
    PullResponse,
)
from inclucities_desktop.services import conflicts as conflict_records
from inclucities_desktop.services import search_index, sync_state
from inclucities_desktop.services.clock import now
from inclucities_desktop.services.conflicts import Conflict, Resolution
from inclucities_desktop.services.push_results import PushTally, apply_push_results
from inclucities_desktop.services.remote_changes import (
    LocalValues,
    note_revisions,
    plan_of,
    remove_plans,
)
from inclucities_desktop.services.sync_state import Account
from inclucities_desktop.store.schema import actions, cities, field_revisions, outbox, pairs, plans
from inclucities_desktop.store.workspace import Workspace
from inclucities_desktop.sync.credentials import CredentialStore, TokenStorage
from inclucities_desktop.sync.errors import (
    AccountMismatch,
    NotSignedIn,
    ProtocolError,
    SyncError,
)
from inclucities_desktop.sync.http_client import SyncClient, normalise_server_url
from inclucities_desktop.sync.retry import RetryPolicy, call_with_retries

log = logging.getLogger(__name__)

# Makes the client for a server URL and token; tests hand in one that injects failures.
ClientFactory = Callable[[str, "str | None", "str | None"], SyncClient]


def default_client(server_url: str, token: str | None, ca_bundle: str | None) -> SyncClient:
    return SyncClient(server_url, token, ca_bundle=ca_bundle)


@dataclass(frozen=True)
class SignInResult:
    account: Account
    first_sign_in: bool  # the workspace was bound to this account just now
    removed_sample_plans: tuple[str, ...]  # titles of the sample plans taken out
    plans_to_upload: int  # local plans with edits the next sync sends
    token_storage: TokenStorage  # where the token is kept (MEMORY: this session only)


@dataclass(frozen=True)
class SyncProgress:
    stage: str  # "directory", "push", "pull" or "conflicts"
    done: int  # changes handled so far in this stage
    total: int | None  # changes in all, when known (the push knows, the pull does not)


@dataclass(frozen=True)
class SyncReport:
    pushed: int = 0  # local changes the server took (applied, merged or already there)
    pulled: int = 0  # values received from the server
    merged: int = 0  # pushed changes the server merged with someone else's
    conflicts: int = 0  # new conflict records (overlapping edits, deleted things, refusals)
    cancelled: bool = False
    changed_plan_ids: frozenset[str] = field(default_factory=frozenset)  # to reload in views


@dataclass(frozen=True)
class SyncStatus:
    account: Account | None  # None: the workspace has never signed in
    signed_in: bool  # a token is at hand for the account
    token_storage: TokenStorage
    pending_changes: int
    open_conflicts: int
    last_sync_at: str | None  # ISO 8601 UTC


class SyncService:
    """Sign in, sync, and resolve conflicts for one workspace."""

    def __init__(
        self,
        workspace: Workspace,
        credentials: CredentialStore | None = None,
        *,
        retry: RetryPolicy | None = None,
        client_factory: ClientFactory = default_client,
    ) -> None:
        self.workspace = workspace
        with workspace.read() as connection:
            allow = bool(sync_state.get_setting(connection, sync_state.ALLOW_PLAINTEXT_TOKEN))
        self.credentials = credentials or CredentialStore(allow_plaintext=allow)
        self.retry = retry or RetryPolicy()
        self.client_factory = client_factory
        self._lock = threading.Lock()  # one sync at a time per workspace

    # -- settings ---------------------------------------------------------------------------

    def set_allow_plaintext_token(self, allow: bool) -> None:
        """Let a keyring that writes plain files keep the token (the user's explicit choice)."""
        with self.workspace.begin() as connection:
            sync_state.set_setting(connection, sync_state.ALLOW_PLAINTEXT_TOKEN, allow or None)
        self.credentials.allow_plaintext = allow

    def set_ca_bundle(self, path: str | None) -> None:
        """A PEM file of certificate authorities trusted besides the system's (or None)."""
        with self.workspace.begin() as connection:
            sync_state.set_setting(connection, sync_state.CA_BUNDLE, path or None)

    def ca_bundle(self) -> str | None:
        with self.workspace.read() as connection:
            value = sync_state.get_setting(connection, sync_state.CA_BUNDLE)
        return value if isinstance(value, str) else None

    # -- the account --------------------------------------------------------------------------

    def account(self) -> Account | None:
        """The account this workspace is bound to, signed in or not."""
        with self.workspace.read() as connection:
            return sync_state.bound_account(connection)

    def sign_in(self, server_url: str, username: str, password: str) -> SignInResult:
        """Sign in; binds the workspace on its first sign-in (sample plans are taken out).

        Raises AccountMismatch for another account or server than the bound one,
        WrongPassword, ServerUnreachable, TlsError... (sync.errors) otherwise.
        """
        url = normalise_server_url(server_url)
        bound = self.account()
        if bound is not None and (
            bound.server_url != url or bound.username.casefold() != username.strip().casefold()
        ):
            raise _mismatch(bound)
        client = self.client_factory(url, None, self.ca_bundle())
        try:
            login = call_with_retries(lambda: client.login(username.strip(), password),
                                      self.retry)
            user = login.user
            if bound is not None and bound.user_id != user.id:
                client.token = login.token
                _quietly(client.logout)
                raise _mismatch(bound)
        finally:
            client.close()
        account = Account(server_url=url, user_id=user.id, username=user.username,
                          display_name=user.display_name, role=user.role.value,
                          city_id=user.city_id)
        storage = self.credentials.save(url, user.username, login.token)
        removed: list[str] = []
        with self.workspace.begin() as connection:
            if bound is None:
                sample = sync_state.sample_plan_ids(connection)
                removed = list(connection.execute(
                    select(plans.c.title).where(plans.c.id.in_(sample))).scalars())
                remove_plans(connection, sample)
                sync_state.set_setting(connection, sync_state.SAMPLE_PLAN_IDS, None)
            sync_state.bind_account(connection, account)
            to_upload = int(connection.execute(
                select(func.count()).select_from(outbox)
                .where(outbox.c.entity == PLAN, outbox.c.field == "title")).scalar_one())
        return SignInResult(account, bound is None, tuple(removed), to_upload, storage)

    def sign_out(self) -> None:
        """Forget the token (and revoke it on the server when it answers); data stays."""
        account = self.account()
        if account is None:
            return
        token = self.credentials.load(account.server_url, account.username)
        if token:
            client = self.client_factory(account.server_url, token, self.ca_bundle())
            try:
                _quietly(client.logout)
            finally:
                client.close()
        self.credentials.forget(account.server_url, account.username)

    # -- reading ------------------------------------------------------------------------------

    def status(self) -> SyncStatus:
        with self.workspace.read() as connection:
            account = sync_state.bound_account(connection)
            pending = len(_syncable(connection, _outbox_rows(connection)))
            open_conflicts = conflict_records.count_open(connection)
            last = sync_state.get_setting(connection, sync_state.LAST_SYNC_AT)
        signed_in = account is not None and bool(
            self.credentials.load(account.server_url, account.username))
        return SyncStatus(account, signed_in, self.credentials.storage, pending,
                          open_conflicts, last if isinstance(last, str) else None)

    def conflicts(self, *, include_resolved: bool = False) -> list[Conflict]:
        with self.workspace.read() as connection:
            return conflict_records.list_conflicts(connection, include_resolved=include_resolved)

    def resolve_conflict(self, conflict_id: str, choice: Resolution | str,
                         merged_value: Any = None) -> None:
        """Settle a conflict: keep_mine, keep_theirs, or merged (with ``merged_value``).

        The chosen value becomes an ordinary local edit that the next sync pushes; the
        server's conflict record is marked resolved then too.
        """
        with self.workspace.begin() as connection:
            conflict_records.resolve(connection, conflict_id, Resolution(choice), merged_value)

    def restore_deleted(self, conflict_id: str) -> None:
        """Bring back what was deleted on the server, with the edit made here."""
        with self.workspace.begin() as connection:
            conflict_records.restore_deleted(connection, conflict_id)

    def fetch_plan_at(self, plan_id: str, revision: int) -> PlanAtRevision:
        """A plan as the server held it at one revision (services/history.py caches it)."""
        client = self._signed_in_client(" to fetch this version")
        try:
            answer: PlanAtRevision = call_with_retries(
                lambda: client.plan_at(plan_id, revision), self.retry)
            return answer
        finally:
            client.close()

    def _signed_in_client(self, why: str) -> SyncClient:
        """A client with the account's token; ``why`` ends the sign-in-again message."""
        account = self.account()
        if account is None:
            raise NotSignedIn("This workspace has not signed in to a sync server yet.")
        token = self.credentials.load(account.server_url, account.username)
        if not token:
            raise NotSignedIn(
                f"Not signed in to {account.server_url} as {account.username}; please sign "
                f"in again{why}.")
        return self.client_factory(account.server_url, token, self.ca_bundle())

    # -- syncing --------------------------------------------------------------------------------

    def sync(
        self,
        progress: Callable[[SyncProgress], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> SyncReport:
        """One sync round. Raises a SyncError subclass (sync.errors) when it cannot finish;
        what was done before the failure stays done, and nothing local is lost."""
        if not self._lock.acquire(blocking=False):
            raise SyncError("A sync of this workspace is already running.")
        try:
            return self._sync(progress or (lambda _progress: None), cancel or threading.Event())
        finally:
            self._lock.release()

    def _sync(self, progress: Callable[[SyncProgress], None],
              cancel: threading.Event) -> SyncReport:
        client = self._signed_in_client(" (your edits are kept)")
        try:
            progress(SyncProgress("directory", 0, None))
            self._replace_directory(self._call(client.directory, cancel))
            report = self._push(client, progress, cancel)
            if not report.cancelled:
                self._send_resolutions(client, cancel)
                report = self._pull(client, progress, cancel, report)
            if not report.cancelled:
                with self.workspace.begin() as connection:
                    sync_state.set_setting(connection, sync_state.LAST_SYNC_AT, now())
            return report
        finally:
            client.close()

    def _call(self, call: Callable[[], Any], cancel: threading.Event) -> Any:
        return call_with_retries(call, self.retry, cancel)

    def _replace_directory(self, directory: Directory) -> None:
        with self.workspace.read() as connection:
            here = {tuple(row) for row in connection.execute(select(cities))}
            here_pairs = {tuple(row) for row in connection.execute(select(pairs))}
        if here == {(c.id, c.name, c.country, c.association, c.language)
                    for c in directory.cities} and here_pairs == {
                (p.mentor_city_id, p.mentee_city_id) for p in directory.pairs}:
            return  # the usual case: nothing to write
        with self.workspace.begin() as connection:
            connection.execute(delete(pairs))
            known = {c.id for c in directory.cities}
            connection.execute(delete(cities).where(cities.c.id.not_in(known)))
            for city in directory.cities:
                values = city.model_dump(exclude={"id"})
                statement = cities.insert().prefix_with("OR REPLACE").values(id=city.id, **values)
                connection.execute(statement)
            wanted = {(p.mentor_city_id, p.mentee_city_id) for p in directory.pairs
                      if p.mentor_city_id in known and p.mentee_city_id in known}
            if wanted:
                connection.execute(pairs.insert(), [
                    {"mentor_city_id": a, "mentee_city_id": b} for a, b in sorted(wanted)])

    def _push(self, client: SyncClient, progress: Callable[[SyncProgress], None],
              cancel: threading.Event) -> SyncReport:
        tally = PushTally()
        after_seq = 0
        with self.workspace.read() as connection:
            total = len(_syncable(connection, _outbox_rows(connection)))
        done = 0
        progress(SyncProgress("push", 0, total))
        self._replay_unanswered(client, cancel)
        while not cancel.is_set():
            with self.workspace.read() as connection:
                batch = _next_batch(connection, after_seq)
            if not batch:
                break
            with self.workspace.begin() as connection:
                # Marked before it goes out: if the answer is lost and the row is edited
                # again, the row keeps what was sent (services/outbox.py).
                ids = [row["change_id"] for row in batch]
                connection.execute(update(outbox).where(outbox.c.change_id.in_(ids))
                                   .values(sent_change_id=outbox.c.change_id))
            answer = self._call(partial(client.push, _changes_of(batch)), cancel)
            with self.workspace.begin() as connection:
                result = apply_push_results(connection, batch, answer.results, now())
            tally.pushed += result.pushed
            tally.merged += result.merged
            tally.conflicts += result.conflicts
            tally.changed_plan_ids |= result.changed_plan_ids
            after_seq = batch[-1]["seq"]
            done += len(batch)
            progress(SyncProgress("push", done, max(total, done)))
        return SyncReport(pushed=tally.pushed, merged=tally.merged, conflicts=tally.conflicts,
                          cancelled=cancel.is_set(),
                          changed_plan_ids=frozenset(tally.changed_plan_ids))

    def _replay_unanswered(self, client: SyncClient, cancel: threading.Event) -> None:
        """Send again the changes whose push went unanswered and were edited since.

        The server may have applied them: sent again under their own change ids they are
        answered, not applied twice, and the newer edit of each field is then based on that
        answer (push_results), instead of meeting its own earlier value as someone else's.
        """
        while not cancel.is_set():
            with self.workspace.read() as connection:
                rows = connection.execute(
                    select(outbox).where(outbox.c.sent_change_id.is_not(None),
                                         outbox.c.sent_change_id != outbox.c.change_id)
                    .order_by(outbox.c.seq).limit(MAX_PUSH_CHANGES)).mappings().all()
            if not rows:
                return
            replays = [dict(row, change_id=row["sent_change_id"], value=row["sent_value"])
                       for row in rows]
            answer = self._call(partial(client.push, _changes_of(replays)), cancel)
            with self.workspace.begin() as connection:
                apply_push_results(connection, replays, answer.results, now())

    def _send_resolutions(self, client: SyncClient, cancel: threading.Event) -> None:
        with self.workspace.read() as connection:
            unsent = conflict_records.unsent_resolutions(connection)
        for local_id, server_id in unsent:
            if cancel.is_set():
                return
            try:
                self._call(partial(client.resolve_conflict, server_id), cancel)
            except ProtocolError as error:  # gone on the server (404): nothing to tell
                log.warning("Conflict %s not resolved on the server: %s", server_id, error)
            with self.workspace.begin() as connection:
                conflict_records.mark_sent(connection, local_id)

    def _pull(self, client: SyncClient, progress: Callable[[SyncProgress], None],
              cancel: threading.Event, report: SyncReport) -> SyncReport:
        pulled = 0
        changed = set(report.changed_plan_ids)
        with self.workspace.read() as connection:
            after = sync_state.cursor(connection)
            key = sync_state.get_setting(connection, sync_state.ACCESS_KEY)
            stale = bool(sync_state.get_setting(connection, sync_state.SEARCH_INDEX_STALE))
        # The next page is fetched while this one is written: the network and the disk
        # work side by side. A page is only ever applied in order, after the one before.
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="pull") as fetcher:
            upcoming = fetcher.submit(self._call, partial(client.pull, after, key), cancel)
            while not cancel.is_set():
                page = upcoming.result()
                if page.has_more:
                    upcoming = fetcher.submit(
                        self._call, partial(client.pull, page.cursor, page.access_key), cancel)
                with self.workspace.begin() as connection:
                    if after == 0 or page.reset:
                        # A full pull: index everything once at the end, not field by field.
                        stale = True
                        sync_state.set_setting(connection, sync_state.SEARCH_INDEX_STALE, True)
                    changed |= _apply_page(connection, page, index=not stale)
                after = page.cursor
                pulled += len(page.changes)
                progress(SyncProgress("pull", pulled, None))
                if not page.has_more:
                    break
        if not cancel.is_set():
            with self.workspace.begin() as connection:
                if sync_state.get_setting(connection, sync_state.SEARCH_INDEX_STALE):
                    search_index.rebuild(connection)
                    sync_state.set_setting(connection, sync_state.SEARCH_INDEX_STALE, None)
        return replace(report, pulled=pulled, cancelled=cancel.is_set(),
                       changed_plan_ids=frozenset(changed))


def _apply_page(connection: Connection, page: PullResponse, *, index: bool = True) -> set[str]:
    """Write one pulled page, its cursor and access key, in the caller's transaction."""
    if page.reset:
        sync_state.set_setting(connection, sync_state.RESET_SEEN, [])
    pending = _pending_keys(connection, {change.entity_id for change in page.changes})
    values = LocalValues(connection, index=index)
    values.preload({c.plan_id for c in page.changes},
                   {c.entity_id for c in page.changes if c.entity == ACTION})
    revisions = []
    for change in page.changes:
        revisions.append((change.entity, change.entity_id, change.field, change.revision))
        if (change.entity, change.entity_id, change.field) in pending:
            continue  # a local edit waits to be pushed; it keeps its own base
        values.put(change.entity, change.entity_id, change.field, change.value,
                   change.plan_id, change.changed_at)
    changed = values.flush()
    note_revisions(connection, revisions)
    sync_state.set_setting(connection, sync_state.CURSOR, page.cursor)
    sync_state.set_setting(connection, sync_state.ACCESS_KEY, page.access_key)
    seen = sync_state.get_setting(connection, sync_state.RESET_SEEN)
    if isinstance(seen, list):
        seen_ids = set(seen) | {change.plan_id for change in page.changes}
        if page.has_more:
            sync_state.set_setting(connection, sync_state.RESET_SEEN, sorted(seen_ids))
        else:
            gone = _plans_no_longer_readable(connection, seen_ids)
            remove_plans(connection, gone)
            changed |= gone
            sync_state.set_setting(connection, sync_state.RESET_SEEN, None)
    return changed


def _plans_no_longer_readable(connection: Connection, seen: set[str]) -> set[str]:
    # Plans the server once sent (they have revisions) but left out of a full pull; a
    # plan made here and never taken by the server stays.
    from_server = set(connection.execute(
        select(field_revisions.c.entity_id).where(field_revisions.c.entity == PLAN)).scalars())
    return {plan_id for plan_id in from_server - seen
            if connection.execute(select(plans.c.id).where(plans.c.id == plan_id)).first()}


def _pending_keys(connection: Connection, entity_ids: set[str]) -> set[tuple[str, str, str]]:
    keys: set[tuple[str, str, str]] = set()
    ids = list(entity_ids)
    for start in range(0, len(ids), 500):
        rows = connection.execute(select(outbox.c.entity, outbox.c.entity_id, outbox.c.field)
                                  .where(outbox.c.entity_id.in_(ids[start:start + 500])))
        keys |= {(row.entity, row.entity_id, row.field) for row in rows}
    return keys


def _outbox_rows(connection: Connection, after_seq: int = 0,
                 limit: int | None = None) -> list[dict[str, Any]]:
    query = (select(outbox, actions.c.plan_id.label("action_plan_id"))
             .select_from(outbox.outerjoin(
                 actions, (outbox.c.entity == ACTION) & (actions.c.id == outbox.c.entity_id)))
             .where(outbox.c.seq > after_seq).order_by(outbox.c.seq))
    if limit is not None:
        query = query.limit(limit)
    return [dict(row) for row in connection.execute(query).mappings()]


def _plan_of_row(connection: Connection, row: dict[str, Any]) -> str | None:
    if row["entity"] == PLAN:
        return str(row["entity_id"])
    if row["entity"] == SECTION:
        return split_section_entity_id(row["entity_id"])[0]
    if is_record(row["entity"]):
        return plan_of(connection, row["entity"], row["entity_id"])
    plan_id = row["action_plan_id"]
    return None if plan_id is None else str(plan_id)


def _syncable(connection: Connection, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows that sync sends: the sample plans' edits stay home."""
    sample = sync_state.sample_plan_ids(connection)
    if not sample:
        return rows
    return [row for row in rows if _plan_of_row(connection, row) not in sample]


def _changes_of(rows: list[dict[str, Any]]) -> list[ChangeIn]:
    return [ChangeIn(change_id=row["change_id"], entity=row["entity"],
                     entity_id=row["entity_id"], field=row["field"], value=row["value"],
                     base_revision=row["base_revision"]) for row in rows]


def _next_batch(connection: Connection, after_seq: int) -> list[dict[str, Any]]:
    batch: list[dict[str, Any]] = []
    while len(batch) < MAX_PUSH_CHANGES:
        rows = _outbox_rows(connection, after_seq, MAX_PUSH_CHANGES)
        if not rows:
            break
        batch += _syncable(connection, rows)[:MAX_PUSH_CHANGES - len(batch)]
        after_seq = rows[-1]["seq"]
    if len(batch) == MAX_PUSH_CHANGES and batch[-1]["entity"] == TRANSITION:
        # A review step's fields travel in one push (the server refuses a plan_id without
        # its action): a step cut by the batch's end waits for the next batch whole.
        last = batch[-1]["entity_id"]
        while batch and batch[-1]["entity"] == TRANSITION and batch[-1]["entity_id"] == last:
            batch.pop()
    return [{k: v for k, v in row.items() if k != "action_plan_id"} for row in batch]


def _mismatch(bound: Account) -> AccountMismatch:
    return AccountMismatch(
        f"This workspace belongs to {bound.username} at {bound.server_url}. To sign in as "
        "another user or to another server, use another workspace folder (--data-dir)."
    )


def _quietly(call: Callable[[], Any]) -> None:
    try:
        call()
    except SyncError as error:
        log.info("Ignored while signing out: %s", error)
