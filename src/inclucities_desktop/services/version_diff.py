"""Comparing two versions of a plan, section by section and action by action.

Texts are compared in two passes with diff-match-patch: first paragraph by paragraph (a
Markdown paragraph is one line, as the sync's merge sees it), then word by word inside each
paragraph that changed. Each is a diff of tokens: every distinct paragraph (or word) is
mapped to one character, diffed, and mapped back, as diff-match-patch's own line mode does.
The result is plain data: spans of (op, text) that a window colours and a test reads.

API:
    PlanVersion.from_changes(plan_id, revision, changes) / PlanVersion(...)
    compare_versions(old, new, template) -> PlanComparison
    text_spans(old, new) -> tuple[Span, ...]         words of one text against another
    paragraph_changes(old, new) -> tuple[ParagraphChange, ...]
Span = (op, text) with op EQUAL ("equal"), INSERT ("insert") or DELETE ("delete").
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from diff_match_patch import diff_match_patch

from inclucities_core.sync_entities import (
    ACTION,
    DELETED_AT,
    PLAN,
    SECTION,
    split_section_entity_id,
)
from inclucities_core.template import PlanTemplate

EQUAL, INSERT, DELETE = "equal", "insert", "delete"
_OPS = {0: EQUAL, 1: INSERT, -1: DELETE}
Span = tuple[str, str]
_WORDS = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)


@dataclass(frozen=True)
class VersionAction:
    id: str
    position: float
    deleted: bool
    fields: Mapping[str, Any]


@dataclass(frozen=True)
class PlanVersion:
    """A plan's content at one revision of the server (``revision`` None: as it is now)."""

    plan_id: str
    revision: int | None
    title: str
    language: str
    sections: Mapping[str, str]
    actions: Mapping[str, VersionAction]
    template_version: int = 1

    @classmethod
    def from_changes(cls, plan_id: str, revision: int | None,
                     changes: Iterable[Mapping[str, Any]]) -> PlanVersion:
        """The version held by a server answer's values (``ServerChange`` as dicts)."""
        plan: dict[str, Any] = {}
        sections: dict[str, str] = {}
        actions: dict[str, dict[str, Any]] = {}
        for change in changes:
            entity, entity_id, name = change["entity"], change["entity_id"], change["field"]
            value = change["value"]
            if entity == PLAN:
                plan[name] = value
            elif entity == SECTION:
                sections[split_section_entity_id(entity_id)[1]] = value or ""
            elif entity == ACTION:
                actions.setdefault(entity_id, {"fields": {}})
                if name in ("plan_id", "position", DELETED_AT):
                    actions[entity_id][name] = value
                else:
                    actions[entity_id]["fields"][name] = value
        return cls(
            plan_id=plan_id, revision=revision, title=str(plan.get("title") or ""),
            language=str(plan.get("language") or "en"), sections=sections,
            actions={i: VersionAction(i, float(a.get("position") or 0.0),
                                      a.get(DELETED_AT) is not None, a["fields"])
                     for i, a in actions.items()},
            template_version=int(plan.get("template_version") or 1))

    def live_actions(self) -> list[VersionAction]:
        return sorted((a for a in self.actions.values() if not a.deleted),
                      key=lambda a: (a.position, a.id))


@dataclass(frozen=True)
class ParagraphChange:
    kind: str  # "same", "added", "removed" or "changed"
    old: str
    new: str
    spans: tuple[Span, ...]  # words of a changed paragraph; the whole one otherwise


@dataclass(frozen=True)
class SectionComparison:
    key: str
    changed: bool
    paragraphs: tuple[ParagraphChange, ...]


@dataclass(frozen=True)
class FieldChange:
    key: str
    old: Any
    new: Any
    spans: tuple[Span, ...]  # the two values as text, word by word


@dataclass(frozen=True)
class ActionComparison:
    action_id: str
    code: str
    title: str
    change: str  # "added", "removed", "changed" or "same"
    fields: tuple[FieldChange, ...]  # only the fields that differ


@dataclass(frozen=True)
class PlanComparison:
    old_revision: int | None
    new_revision: int | None
    title: FieldChange | None
    sections: tuple[SectionComparison, ...]  # every section, in template order
    actions: tuple[ActionComparison, ...]  # every action of either version
    changed_sections: tuple[str, ...] = field(default=())
    changed_actions: tuple[str, ...] = field(default=())


# -- the token diff ----------------------------------------------------------------------


def _char(index: int) -> str:
    # Skip the surrogate block: those code points cannot stand alone in a str diff.
    return chr(index + 1 if index < 0xD7FF else index + 1 + 0x800)


def _token_diff(old: list[str], new: list[str], *, semantic: bool) -> list[tuple[str, list[str]]]:
    table: dict[str, str] = {}
    tokens: dict[str, str] = {}

    def encode(items: list[str]) -> str:
        out = []
        for item in items:
            if item not in table:
                table[item] = _char(len(table))
                tokens[table[item]] = item
            out.append(table[item])
        return "".join(out)

    engine = diff_match_patch()
    engine.Diff_Timeout = 2.0
    diffs = engine.diff_main(encode(old), encode(new), False)
    if semantic:
        engine.diff_cleanupSemantic(diffs)
    return [(_OPS[op], [tokens[c] for c in text]) for op, text in diffs]


def text_spans(old: str, new: str) -> tuple[Span, ...]:
    """``old`` against ``new`` word by word: equal, deleted and inserted runs of text."""
    spans = [(op, "".join(words)) for op, words in
             _token_diff(_WORDS.findall(old), _WORDS.findall(new), semantic=True)]
    return tuple((op, text) for op, text in spans if text)


def _paragraphs(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


def paragraph_changes(old: str, new: str) -> tuple[ParagraphChange, ...]:
    """The paragraphs of both texts, aligned; a removed paragraph followed by an added one
    counts as one changed paragraph, with its changed words."""
    result: list[ParagraphChange] = []
    removed: list[str] = []
    added: list[str] = []

    def settle() -> None:
        for before, after in zip(removed, added, strict=False):
            result.append(ParagraphChange("changed", before, after, text_spans(before, after)))
        for before in removed[len(added):]:
            result.append(ParagraphChange("removed", before, "", ((DELETE, before),)))
        for after in added[len(removed):]:
            result.append(ParagraphChange("added", "", after, ((INSERT, after),)))
        removed.clear()
        added.clear()

    for op, items in _token_diff(_paragraphs(old), _paragraphs(new), semantic=False):
        if op == EQUAL:
            settle()
            result += [ParagraphChange("same", p, p, ((EQUAL, p),)) for p in items]
        else:
            (removed if op == DELETE else added).extend(items)
    settle()
    return tuple(result)


# -- whole versions ----------------------------------------------------------------------


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _field_change(key: str, old: Any, new: Any) -> FieldChange:
    return FieldChange(key, old, new, text_spans(_shown(old), _shown(new)))


def compare_versions(old: PlanVersion, new: PlanVersion, template: PlanTemplate
                     ) -> PlanComparison:
    """What changed from ``old`` to ``new``."""
    keys = [spec.key for spec in template.sections]
    keys += sorted((set(old.sections) | set(new.sections)) - set(keys))
    sections = []
    for key in keys:
        before, after = old.sections.get(key, ""), new.sections.get(key, "")
        sections.append(SectionComparison(key, before != after,
                                          paragraph_changes(before, after)))
    actions = []
    order = [a.id for a in new.live_actions()] + [a.id for a in old.live_actions()]
    order += sorted(set(old.actions) | set(new.actions))
    for action_id in dict.fromkeys(order):
        actions.append(_compare_action(action_id, old.actions.get(action_id),
                                       new.actions.get(action_id), template))
    title = None if old.title == new.title else _field_change("title", old.title, new.title)
    return PlanComparison(
        old.revision, new.revision, title, tuple(sections), tuple(actions),
        tuple(s.key for s in sections if s.changed),
        tuple(a.action_id for a in actions if a.change != "same"))


def _compare_action(action_id: str, old: VersionAction | None, new: VersionAction | None,
                    template: PlanTemplate) -> ActionComparison:
    was = old is not None and not old.deleted
    now = new is not None and not new.deleted
    before = old.fields if old is not None else {}
    after = new.fields if new is not None else {}
    shown = after if now else before
    changes = tuple(_field_change(key, before.get(key), after.get(key))
                    for key in template.action_field_keys
                    if _shown(before.get(key)) != _shown(after.get(key)))
    change = ("added" if now and not was else "removed" if was and not now
              else "changed" if changes and now else "same")
    return ActionComparison(action_id, _shown(shown.get("code")), _shown(shown.get("title")),
                            change, changes)
