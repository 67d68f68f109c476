"""Comments on a plan: threads anchored on the plan, a section, an action or a passage.

Comments are synced records (docs/sync-protocol.md, "Mentoring records"): written here
into the ``comments`` table and the outbox, taken by the server on the next sync, which
adds the author and the time. Until then a comment written here shows the signed-in
account as its author and counts as ``pending``. A passage is anchored by its quote with
some text around it (inclucities_core.anchors); when the words are gone from the section,
the comment is ``orphaned``: shown as such, never dropped.

API (CommentService(workspace)):
    threads(plan_id, *, include_resolved=True) -> list[CommentThread]
    get(comment_id) -> CommentView
    resolve_id(id_or_prefix) -> str
    can_comment(plan_id) -> bool
    quote_anchor(plan_id, section_key, start, end) -> Anchor    (passage by offsets)
    find_quote_anchor(plan_id, section_key, text) -> Anchor     (passage by its words)
    add(plan_id, body, anchor=None) -> CommentView               (None: on the plan)
    reply(comment_id, body) -> CommentView
    edit(comment_id, body) -> CommentView                        (own comments only)
    delete(comment_id) -> None                                   (own comments only)
    resolve(comment_id) -> None / reopen(comment_id) -> None
    mark_read(plan_id, comment_ids=None) -> int                  (None: all of the plan)
    unread_counts() -> dict[plan_id, int]
    open_counts() -> dict[plan_id, int]                          (unresolved threads)
Anchor.on_plan() / on_section(key) / on_action(action_id) / on_quote(key, TextQuote).
Anchor (services/comment_anchors.py) is re-exported here.
Errors: services.errors.ServiceError (NotFoundError; access.EditRefused for rights).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, select, update

from inclucities_core.anchors import find_quote, quote_at
from inclucities_core.sync_entities import COMMENT
from inclucities_core.template import load_template
from inclucities_desktop.services import access
from inclucities_desktop.services.clock import new_id, now
from inclucities_desktop.services.comment_anchors import (
    ACTION_ANCHOR,
    PLAN_ANCHOR,
    QUOTE_ANCHOR,
    SECTION_ANCHOR,
    Anchor,
)
from inclucities_desktop.services.errors import AmbiguousIdError, NotFoundError, ServiceError
from inclucities_desktop.services.record_values import write_local_record
from inclucities_desktop.store.schema import actions, comments, field_revisions, plans, sections
from inclucities_desktop.store.workspace import Workspace

ONLY_AUTHOR = "Only the comment's author may change its {field}."


@dataclass(frozen=True)
class CommentView:
    id: str
    plan_id: str
    parent_id: str | None
    anchor: Anchor
    body: str
    author_id: str | None
    author_name: str
    created_at: str | None
    edited_at: str | None
    resolved_at: str | None
    deleted: bool
    pending: bool  # written here, not yet taken by the server (author and time are ours)
    mine: bool  # written by this workspace's account: it may edit and delete it
    unread: bool
    orphaned: bool  # its passage (or action) is no longer in the plan
    server_order: int | None = None  # the server's revision of its creation (sorting)

    @property
    def resolved(self) -> bool:
        return self.resolved_at is not None


@dataclass(frozen=True)
class CommentThread:
    """A comment and the replies to it (replies to replies included), oldest first."""

    root: CommentView
    replies: tuple[CommentView, ...]

    @property
    def resolved(self) -> bool:
        return self.root.resolved

    @property
    def unread(self) -> int:
        return sum(c.unread for c in (self.root, *self.replies))


def _order(view: CommentView) -> tuple[int, str, int, str]:
    # Pending comments (no server time yet) come last; comments of one push share a time,
    # and the server's revisions keep the order they were written in.
    return (0 if view.created_at else 1, view.created_at or "", view.server_order or 0,
            view.id)


__all__ = ["ACTION_ANCHOR", "PLAN_ANCHOR", "QUOTE_ANCHOR", "SECTION_ANCHOR", "Anchor",
           "CommentService", "CommentThread", "CommentView"]


class CommentService:
    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace

    # -- reading -------------------------------------------------------------------------

    def threads(self, plan_id: str, *, include_resolved: bool = True) -> list[CommentThread]:
        with self.workspace.read() as connection:
            views = self._views(connection, plan_id)
        by_id = {view.id: view for view in views}

        def root_of(view: CommentView) -> CommentView:
            seen = {view.id}
            while view.parent_id in by_id and view.parent_id not in seen:
                view = by_id[view.parent_id]
                seen.add(view.id)
            return view

        replies: dict[str, list[CommentView]] = {}
        for view in views:
            root = root_of(view)
            if root.id != view.id and not view.deleted:
                replies.setdefault(root.id, []).append(view)
        threads = []
        for view in sorted(views, key=_order):
            if root_of(view).id != view.id:
                continue
            answers = tuple(sorted(replies.get(view.id, []), key=_order))
            if view.deleted and not answers:
                continue
            if view.resolved and not include_resolved:
                continue
            threads.append(CommentThread(view, answers))
        return threads

    def get(self, comment_id: str) -> CommentView:
        with self.workspace.read() as connection:
            return self._view(connection, comment_id)

    def resolve_id(self, id_or_prefix: str) -> str:
        """The full id of the comment whose id is, or starts with, the given text."""
        prefix = id_or_prefix.strip()
        if not prefix:
            raise NotFoundError("No comment id given")
        with self.workspace.read() as connection:
            ids = list(connection.execute(select(comments.c.id).where(
                comments.c.id.startswith(prefix, autoescape=True)).limit(3)).scalars())
        if prefix in ids:
            return prefix
        if not ids:
            raise NotFoundError(f"No comment id starts with {prefix!r}")
        if len(ids) > 1:
            raise AmbiguousIdError(f"More than one comment id starts with {prefix!r}")
        return str(ids[0])

    def can_comment(self, plan_id: str) -> bool:
        with self.workspace.read() as connection:
            return access.plan_rights(connection, plan_id).comment

    def unread_counts(self) -> dict[str, int]:
        """Unread comments (of others, not deleted) per plan; plans with none left out."""
        with self.workspace.read() as connection:
            bound = access.account(connection)
            query = (select(comments.c.plan_id, func.count())
                     .where(comments.c.read_at.is_(None), comments.c.deleted_at.is_(None))
                     .group_by(comments.c.plan_id))
            if bound is not None:
                query = query.where(func.coalesce(comments.c.author_id, "") != bound.user_id)
            else:
                query = query.where(comments.c.author_id.is_not(None))
            return {str(plan_id): int(count) for plan_id, count in connection.execute(query)}

    def open_counts(self) -> dict[str, int]:
        """Unresolved threads per plan."""
        result: dict[str, int] = {}
        with self.workspace.read() as connection:
            plan_ids = list(connection.execute(
                select(comments.c.plan_id).distinct()).scalars())
        for plan_id in plan_ids:
            count = len(self.threads(plan_id, include_resolved=False))
            if count:
                result[plan_id] = count
        return result

    # -- anchors ---------------------------------------------------------------------------

    def quote_anchor(self, plan_id: str, section_key: str, start: int, end: int) -> Anchor:
        """The anchor of ``text[start:end]`` of the section as it is stored now."""
        text = self._section_text(plan_id, section_key)
        try:
            return Anchor.on_quote(section_key, quote_at(text, start, end))
        except ValueError as error:
            raise ServiceError(str(error)) from error

    def find_quote_anchor(self, plan_id: str, section_key: str, passage: str) -> Anchor:
        """The anchor of the first place ``passage`` occurs in the section."""
        text = self._section_text(plan_id, section_key)
        start = text.find(passage) if passage else -1
        if start < 0:
            raise ServiceError(f"The section {section_key!r} does not contain {passage!r}")
        return Anchor.on_quote(section_key, quote_at(text, start, start + len(passage)))

    def _section_text(self, plan_id: str, section_key: str) -> str:
        with self.workspace.read() as connection:
            self._check_anchor(connection, plan_id, Anchor.on_section(section_key))
            text = connection.execute(select(sections.c.text).where(
                sections.c.plan_id == plan_id, sections.c.key == section_key)).scalar()
        return text or ""

    # -- writing ---------------------------------------------------------------------------

    def add(self, plan_id: str, body: str, anchor: Anchor | None = None) -> CommentView:
        """A new thread on the plan (or where ``anchor`` points)."""
        anchor = anchor or Anchor.on_plan()
        comment_id = new_id()
        with self.workspace.begin() as connection:
            access.check_can_comment(connection, plan_id)
            self._check_anchor(connection, plan_id, anchor)
            self._write_new(connection, comment_id, plan_id, None, anchor, body)
            return self._view(connection, comment_id)

    def reply(self, comment_id: str, body: str) -> CommentView:
        reply_id = new_id()
        with self.workspace.begin() as connection:
            parent = self._view(connection, comment_id)
            access.check_can_comment(connection, parent.plan_id)
            if parent.deleted:
                raise ServiceError("This comment was deleted; it takes no more replies.")
            self._write_new(connection, reply_id, parent.plan_id, parent.id, parent.anchor,
                            body)
            return self._view(connection, reply_id)

    def edit(self, comment_id: str, body: str) -> CommentView:
        body = _checked_body(body)
        with self.workspace.begin() as connection:
            current = self._own(connection, comment_id, "body")
            if current.body != body:
                write_local_record(connection, COMMENT, comment_id, current.plan_id,
                                   {"body": body}, {"edited_at": None if current.pending
                                                    else now()})
            return self._view(connection, comment_id)

    def delete(self, comment_id: str) -> None:
        with self.workspace.begin() as connection:
            current = self._own(connection, comment_id, "deleted_at")
            if not current.deleted:
                write_local_record(connection, COMMENT, comment_id, current.plan_id,
                                   {"deleted_at": now()})

    def resolve(self, comment_id: str) -> None:
        self._set_resolved(comment_id, now())

    def reopen(self, comment_id: str) -> None:
        self._set_resolved(comment_id, None)

    def mark_read(self, plan_id: str, comment_ids: list[str] | None = None) -> int:
        """Mark comments as seen here (this workspace only); returns how many changed."""
        condition = (comments.c.plan_id == plan_id) & comments.c.read_at.is_(None)
        if comment_ids is not None:
            condition = condition & comments.c.id.in_(comment_ids)
        with self.workspace.begin() as connection:
            result = connection.execute(update(comments).where(condition).values(read_at=now()))
        return int(result.rowcount or 0)

    def _set_resolved(self, comment_id: str, when: str | None) -> None:
        with self.workspace.begin() as connection:
            current = self._view(connection, comment_id)
            access.check_can_comment(connection, current.plan_id)
            if (current.resolved_at is None) != (when is None):
                write_local_record(connection, COMMENT, comment_id, current.plan_id,
                                   {"resolved_at": when})

    def _write_new(self, connection: Connection, comment_id: str, plan_id: str,
                   parent_id: str | None, anchor: Anchor, body: str) -> None:
        bound = access.account(connection)
        pushed: dict[str, Any] = {"plan_id": plan_id, "anchor": anchor.as_json(),
                                  "body": _checked_body(body)}
        if parent_id is not None:
            pushed["parent_id"] = parent_id
        write_local_record(connection, COMMENT, comment_id, plan_id, pushed, {
            "author_id": bound.user_id if bound else None,
            "author_name": bound.display_name if bound else "",
            "created_at": None, "read_at": now(),
        })

    def _own(self, connection: Connection, comment_id: str, field: str) -> CommentView:
        current = self._view(connection, comment_id)
        if not current.mine:
            raise access.EditRefused(ONLY_AUTHOR.format(field=field))
        access.check_can_comment(connection, current.plan_id)
        return current

    def _check_anchor(self, connection: Connection, plan_id: str, anchor: Anchor) -> None:
        version = connection.execute(
            select(plans.c.template_version).where(plans.c.id == plan_id)).scalar()
        if version is None:
            raise NotFoundError(f"No plan with id {plan_id}")
        if anchor.kind in (SECTION_ANCHOR, QUOTE_ANCHOR):
            keys = {spec.key for spec in load_template(version).sections}
            if anchor.section_key not in keys:
                raise ServiceError(f"No section {anchor.section_key!r} in this plan")
        if anchor.kind == QUOTE_ANCHOR and (anchor.quote is None or not anchor.quote.exact):
            raise ServiceError("A comment on a passage needs the quoted words")
        if anchor.kind == ACTION_ANCHOR:
            owner = connection.execute(
                select(actions.c.plan_id).where(actions.c.id == anchor.action_id)).scalar()
            if owner != plan_id:
                raise ServiceError(f"No action {anchor.action_id!r} in this plan")

    # -- rows to views -----------------------------------------------------------------------

    def _views(self, connection: Connection, plan_id: str) -> list[CommentView]:
        rows = connection.execute(select(comments).where(comments.c.plan_id == plan_id)).all()
        return self._to_views(connection, rows)

    def _view(self, connection: Connection, comment_id: str) -> CommentView:
        row = connection.execute(select(comments).where(comments.c.id == comment_id)).first()
        if row is None:
            raise NotFoundError(f"No comment with id {comment_id}")
        return self._to_views(connection, [row])[0]

    def _to_views(self, connection: Connection, rows: Sequence[Any]) -> list[CommentView]:
        if not rows:
            return []
        bound = access.account(connection)
        ids = [row.id for row in rows]
        taken: dict[str, int] = dict(connection.execute(
            select(field_revisions.c.entity_id, field_revisions.c.revision).where(
                field_revisions.c.entity == COMMENT, field_revisions.c.field == "created_at",
                field_revisions.c.entity_id.in_(ids))).all())
        plan_ids = {row.plan_id for row in rows}
        texts = {(r.plan_id, r.key): r.text for r in connection.execute(
            select(sections.c.plan_id, sections.c.key, sections.c.text)
            .where(sections.c.plan_id.in_(plan_ids)))}
        live_actions = set(connection.execute(select(actions.c.id).where(
            actions.c.plan_id.in_(plan_ids), actions.c.deleted_at.is_(None))).scalars())
        views = []
        for row in rows:
            anchor = Anchor.from_json(row.anchor)
            mine = (row.author_id == bound.user_id) if bound is not None else (
                row.author_id is None)
            views.append(CommentView(
                id=row.id, plan_id=row.plan_id, parent_id=row.parent_id, anchor=anchor,
                body=row.body, author_id=row.author_id, author_name=row.author_name,
                created_at=row.created_at, edited_at=row.edited_at,
                resolved_at=row.resolved_at, deleted=row.deleted_at is not None,
                pending=row.id not in taken, mine=mine,
                unread=not mine and row.read_at is None and row.deleted_at is None,
                orphaned=_orphaned(anchor, texts.get((row.plan_id, anchor.section_key or "")),
                                   live_actions),
                server_order=taken.get(row.id),
            ))
        return views


def _orphaned(anchor: Anchor, text: str | None, live_actions: set[str]) -> bool:
    if anchor.kind == QUOTE_ANCHOR and anchor.quote is not None:
        return find_quote(text or "", anchor.quote) is None
    if anchor.kind == ACTION_ANCHOR:
        return anchor.action_id not in live_actions
    return False


def _checked_body(body: str) -> str:
    if not body.strip():
        raise ServiceError("A comment needs some text")
    return body
