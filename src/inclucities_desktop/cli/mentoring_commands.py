"""The mentoring subcommands: comments, comment, reply, resolve, review, history."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from inclucities_core.template import load_template
from inclucities_desktop.cli import messages
from inclucities_desktop.cli.commands import CliError, Invocation, _print_json, _say
from inclucities_desktop.cli.text_output import one_line, table
from inclucities_desktop.services.comments import Anchor, CommentThread, CommentView
from inclucities_desktop.services.review import ReviewStep
from inclucities_desktop.services.workspace_services import WorkspaceServices


def _minutes(timestamp: str | None) -> str:
    return timestamp[:16].replace("T", " ") if timestamp else ""


# -- comments ------------------------------------------------------------------------------


def _anchor_json(anchor: Anchor) -> dict[str, Any]:
    return anchor.as_json()


def _comment_json(view: CommentView) -> dict[str, Any]:
    return {
        "id": view.id, "parent_id": view.parent_id, "anchor": _anchor_json(view.anchor),
        "body": view.body, "author_id": view.author_id, "author_name": view.author_name,
        "created_at": view.created_at, "edited_at": view.edited_at,
        "resolved_at": view.resolved_at, "deleted": view.deleted, "pending": view.pending,
        "mine": view.mine, "unread": view.unread, "orphaned": view.orphaned,
    }


def _where(anchor: Anchor, codes: dict[str, str]) -> str:
    if anchor.kind == "section":
        return anchor.section_key or ""
    if anchor.kind == "action":
        return codes.get(anchor.action_id or "", "action")
    if anchor.kind == "quote" and anchor.quote is not None:
        return f"{anchor.section_key}: “{anchor.quote.exact}”"
    return "plan"


def _state(view: CommentView) -> str:
    words = [messages.STATE_PENDING if view.pending else
             messages.STATE_RESOLVED if view.resolved else messages.STATE_OPEN]
    if view.orphaned:
        words.append(messages.STATE_ORPHANED)
    if view.unread:
        words.append(messages.STATE_UNREAD)
    return ", ".join(words)


def comments(call: Invocation) -> None:
    services = call.services
    plan_id = services.plans.resolve_id(call.options.plan)
    threads = services.comments.threads(plan_id)
    if call.options.json:
        _print_json([{**_comment_json(t.root), "replies": [_comment_json(r) for r in t.replies]}
                     for t in threads], call.out)
        return
    if not threads:
        _say(call.out, messages.NO_COMMENTS)
        return
    codes = {a.id: str(a.fields.get("code") or a.fields.get("title") or "action")
             for a in services.actions.list(plan_id)}
    for line in table(messages.COMMENT_TABLE_HEADINGS, _comment_rows(threads, codes),
                      (8, 36, 20, 16, 24, 0)):
        _say(call.out, line)


def _comment_rows(threads: list[CommentThread], codes: dict[str, str]) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    for thread in threads:
        for number, view in enumerate((thread.root, *thread.replies)):
            rows.append((view.id[:8], "" if number else _where(view.anchor, codes),
                         ("  ↳ " if number else "") + view.author_name,
                         _minutes(view.created_at), _state(view),
                         "[deleted]" if view.deleted else view.body))
    return rows


def _anchor_for(services: WorkspaceServices, plan_id: str, options: argparse.Namespace
                ) -> Anchor:
    target, quote = options.on, options.quote
    if not target:
        if quote:
            raise CliError(messages.QUOTE_NEEDS_SECTION)
        return Anchor.on_plan()
    plan = services.plans.get(plan_id)
    keys = {spec.key for spec in load_template(plan.template_version).sections}
    if target in keys:
        if quote:
            return services.comments.find_quote_anchor(plan_id, target, quote)
        return Anchor.on_section(target)
    if quote:
        raise CliError(messages.QUOTE_NEEDS_SECTION)
    for action in services.actions.list(plan_id):
        if str(action.fields.get("code") or "").casefold() == target.casefold():
            return Anchor.on_action(action.id)
    raise CliError(messages.NO_SUCH_TARGET.format(target=target))


def comment(call: Invocation) -> None:
    services = call.services
    plan_id = services.plans.resolve_id(call.options.plan)
    anchor = _anchor_for(services, plan_id, call.options)
    made = services.comments.add(plan_id, call.options.text, anchor)
    _say(call.out, messages.COMMENT_ADDED.format(id=made.id))


def reply(call: Invocation) -> None:
    services = call.services
    made = services.comments.reply(services.comments.resolve_id(call.options.comment),
                                   call.options.text)
    _say(call.out, messages.REPLY_ADDED.format(id=made.id))


def resolve(call: Invocation) -> None:
    services = call.services
    comment_id = services.comments.resolve_id(call.options.comment)
    if call.options.reopen:
        services.comments.reopen(comment_id)
        _say(call.out, messages.COMMENT_REOPENED.format(id=comment_id))
    else:
        services.comments.resolve(comment_id)
        _say(call.out, messages.COMMENT_RESOLVED.format(id=comment_id))


# -- review --------------------------------------------------------------------------------


def _step_json(step: ReviewStep) -> dict[str, Any]:
    return {"id": step.id, "action": step.action, "note": step.note,
            "from_status": step.from_status, "to_status": step.to_status,
            "actor_id": step.actor_id, "actor_name": step.actor_name, "at": step.at,
            "pending": step.pending, "refused": step.refused}


def review(call: Invocation) -> None:
    services, options = call.services, call.options
    plan_id = services.plans.resolve_id(options.plan)
    if options.step:
        services.review.take_step(plan_id, options.step, options.note)
        _say(call.out, messages.REVIEW_RECORDED.format(action=options.step, id=plan_id))
        return
    state = services.review.state(plan_id)
    timeline = services.review.timeline(plan_id)
    if options.json:
        _print_json({"plan_id": plan_id, "status": state.status.value,
                     "pending_step": state.pending_step.action if state.pending_step else None,
                     "allowed": [a.value for a in state.allowed], "locked": state.locked,
                     "can_edit": state.can_edit, "can_comment": state.can_comment,
                     "timeline": [_step_json(step) for step in timeline]}, call.out)
        return
    pending = (messages.REVIEW_PENDING.format(action=state.pending_step.action)
               if state.pending_step else "")
    _say(call.out, messages.REVIEW_STATUS.format(status=state.status.value, pending=pending))
    _say(call.out, messages.REVIEW_ALLOWED.format(
        steps=", ".join(a.value for a in state.allowed) or messages.REVIEW_NONE))
    _say(call.out, messages.REVIEW_TIMELINE)
    if not timeline:
        _say(call.out, messages.REVIEW_NO_STEPS)
    for step in timeline:
        from_to = (f"{step.from_status} -> {step.to_status}" if step.to_status
                   else messages.STATE_PENDING if step.pending else "")
        _say(call.out, messages.REVIEW_STEP_LINE.format(
            when=_minutes(step.at) or " " * 16, action=step.action, from_to=from_to,
            actor=one_line(step.actor_name), note=f": {one_line(step.note)}" if step.note
            else ""))
        if step.refused:
            _say(call.out, messages.REVIEW_REFUSED.format(reason=one_line(step.refused)))


# -- history -------------------------------------------------------------------------------


def history(call: Invocation) -> None:
    services = call.services
    plan_id = services.plans.resolve_id(call.options.plan)
    versions = services.history.versions(plan_id)
    if call.options.json:
        _print_json([{"id": v.id, "name": v.name, "kind": v.kind, "revision": v.revision,
                      "created_by": v.created_by, "created_at": v.created_at,
                      "pending": v.pending, "cached": v.cached} for v in versions], call.out)
        return
    if not versions:
        _say(call.out, messages.NO_VERSIONS)
        return
    rows = [(v.id[:8], str(v.revision) if v.revision is not None else messages.STATE_PENDING,
             v.kind, v.created_by or "", _minutes(v.created_at), v.name) for v in versions]
    for line in table(messages.VERSION_TABLE_HEADINGS, rows, (8, 9, 7, 20, 16, 0)):
        _say(call.out, line)


HANDLERS: dict[str, Callable[[Invocation], None]] = {
    "comments": comments, "comment": comment, "reply": reply, "resolve": resolve,
    "review": review, "history": history,
}
