"""Where a comment points: the plan, a section, an action, or a passage of a section.

The JSON form is the protocol's (docs/sync-protocol.md, "Comments"): ``{"kind": "plan"}``,
``{"kind": "section", "section_key"}``, ``{"kind": "action", "action_id"}`` or
``{"kind": "quote", "section_key", "quote": {"exact", "prefix", "suffix"}}``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from inclucities_core.anchors import TextQuote

PLAN_ANCHOR, SECTION_ANCHOR, ACTION_ANCHOR, QUOTE_ANCHOR = "plan", "section", "action", "quote"


@dataclass(frozen=True)
class Anchor:
    """Where a comment points: the plan, a section, an action, or a passage of a section."""

    kind: str
    section_key: str | None = None
    action_id: str | None = None
    quote: TextQuote | None = None

    @classmethod
    def on_plan(cls) -> Anchor:
        return cls(PLAN_ANCHOR)

    @classmethod
    def on_section(cls, section_key: str) -> Anchor:
        return cls(SECTION_ANCHOR, section_key=section_key)

    @classmethod
    def on_action(cls, action_id: str) -> Anchor:
        return cls(ACTION_ANCHOR, action_id=action_id)

    @classmethod
    def on_quote(cls, section_key: str, quote: TextQuote) -> Anchor:
        return cls(QUOTE_ANCHOR, section_key=section_key, quote=quote)

    def as_json(self) -> dict[str, Any]:
        if self.kind == SECTION_ANCHOR:
            return {"kind": SECTION_ANCHOR, "section_key": self.section_key}
        if self.kind == ACTION_ANCHOR:
            return {"kind": ACTION_ANCHOR, "action_id": self.action_id}
        if self.kind == QUOTE_ANCHOR and self.quote is not None:
            return {"kind": QUOTE_ANCHOR, "section_key": self.section_key,
                    "quote": self.quote.as_json()}
        return {"kind": PLAN_ANCHOR}

    @classmethod
    def from_json(cls, value: object) -> Anchor:
        """The anchor stored with a comment; anything unreadable counts as the plan."""
        if not isinstance(value, dict):
            return cls.on_plan()
        kind, key = value.get("kind"), value.get("section_key")
        if kind == SECTION_ANCHOR and isinstance(key, str):
            return cls.on_section(key)
        if kind == ACTION_ANCHOR and isinstance(value.get("action_id"), str):
            return cls.on_action(value["action_id"])
        quote = TextQuote.from_json(value.get("quote"))
        if kind == QUOTE_ANCHOR and isinstance(key, str) and quote is not None:
            return cls.on_quote(key, quote)
        return cls.on_plan()
