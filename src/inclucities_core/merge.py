"""Three-way merges of concurrent edits, one field at a time (SYNC.md, guarantee 3).

``base`` is the value both sides started from, ``mine`` the value being pushed and
``theirs`` the value the server holds now. A merge is clean when the edits do not overlap;
otherwise the caller keeps ``theirs`` and records a conflict.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from merge3 import Merge3

from inclucities_core.sync_entities import MergePolicy


@dataclass(frozen=True)
class MergeOutcome:
    value: Any
    clean: bool


def merge_text(base: str, mine: str, theirs: str) -> MergeOutcome:
    """Merge two edits of one Markdown text line by line (a paragraph is one line)."""
    base_lines = base.splitlines(keepends=True)
    mine_lines = mine.splitlines(keepends=True)
    their_lines = theirs.splitlines(keepends=True)
    merged: list[str] = []
    for region in Merge3(base_lines, mine_lines, their_lines).merge_regions():
        kind = region[0]
        if kind == "conflict":
            return MergeOutcome(theirs, clean=False)
        source = {"unchanged": base_lines, "same": mine_lines, "a": mine_lines}.get(
            kind, their_lines
        )
        merged.extend(source[region[1]:region[2]])
    return MergeOutcome(_joined(merged), clean=True)


def _joined(lines: Sequence[str]) -> str:
    # Two texts that both lost their final newline at different lines can meet here with
    # a line that lacks its break in the middle; give it one so no two lines run together.
    return "".join(
        line if line.endswith(("\n", "\r")) or number == len(lines) - 1 else line + "\n"
        for number, line in enumerate(lines)
    )


def merge_set(base: Sequence[Any], mine: Sequence[Any], theirs: Sequence[Any]) -> MergeOutcome:
    """Keep what either side added and drop what either side removed; order of ``theirs``."""
    added = [value for value in mine if value not in base and value not in theirs]
    removed = [value for value in base if value not in mine]
    merged = [value for value in theirs if value not in removed] + added
    return MergeOutcome(merged, clean=True)


def merge_items(
    base: Sequence[dict[str, Any]],
    mine: Sequence[dict[str, Any]],
    theirs: Sequence[dict[str, Any]],
) -> MergeOutcome:
    """Merge lists of items that carry an ``id``: different items never conflict.

    An item added on either side is kept, one removed on either side is dropped unless the
    other side changed it, and one changed on both sides to different values conflicts.
    """
    if not all(_has_id(item) for item in (*base, *mine, *theirs)):
        return merge_value(base, mine, theirs)
    base_by_id = {item["id"]: item for item in base}
    mine_by_id = {item["id"]: item for item in mine}
    theirs_by_id = {item["id"]: item for item in theirs}
    merged: list[dict[str, Any]] = []
    for item in theirs:
        key = item["id"]
        was, now = base_by_id.get(key), mine_by_id.get(key)
        if now is None:
            if was is None or was == item:
                if was is None:
                    merged.append(item)  # theirs added it
                continue  # mine removed it, theirs left it alone
            return MergeOutcome(list(theirs), clean=False)  # removed here, changed there
        if now in (item, was):
            merged.append(item)
        elif item == was:
            merged.append(now)
        else:
            return MergeOutcome(list(theirs), clean=False)
    for index, item in enumerate(mine):
        key = item["id"]
        if key in theirs_by_id:
            continue
        if key in base_by_id:
            if base_by_id[key] != item:
                return MergeOutcome(list(theirs), clean=False)  # changed here, removed there
            continue
        merged.insert(_insert_index(merged, mine, index), item)
    return MergeOutcome(merged, clean=True)


def _has_id(item: Any) -> bool:
    return isinstance(item, dict) and isinstance(item.get("id"), str)


def _insert_index(merged: list[dict[str, Any]], mine: Sequence[dict[str, Any]], index: int) -> int:
    """Where an item that ``mine`` added goes: right after its predecessor in ``mine``."""
    for previous in reversed(mine[:index]):
        for position, item in enumerate(merged):
            if item["id"] == previous["id"]:
                return position + 1
    return 0


def merge_value(base: Any, mine: Any, theirs: Any) -> MergeOutcome:
    """A single value: clean when only one side changed it, or both to the same value."""
    if mine in (theirs, base):
        return MergeOutcome(theirs, clean=True)
    if theirs == base:
        return MergeOutcome(mine, clean=True)
    return MergeOutcome(theirs, clean=False)


def merge_field(policy: MergePolicy, base: Any, mine: Any, theirs: Any) -> MergeOutcome:
    """Merge one field's concurrent edits by the field's policy.

    Values whose shape does not fit the policy (a hostile or broken client) fall back to
    the single-value rule, which never loses either side silently.
    """
    if policy is MergePolicy.LAST_WRITER:
        return MergeOutcome(mine, clean=True)
    if policy is MergePolicy.TEXT and _all(str, base or "", mine, theirs):
        return merge_text(base or "", mine, theirs)
    if policy is MergePolicy.SET and _all(list, base, mine, theirs):
        return merge_set(base, mine, theirs)
    if policy is MergePolicy.ITEMS and _all(list, base, mine, theirs):
        return merge_items(base, mine, theirs)
    return merge_value(base, mine, theirs)


def _all(kind: type, *values: Any) -> bool:
    return all(isinstance(value, kind) for value in values)
