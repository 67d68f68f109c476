"""The action plan template: versioned data that the editor, store, sync and export share.

The template lives in ``templates/action_plan_v<N>.json``. Adding a section or an action
field is a change to that file alone; every layer reads its shape from here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

LANGUAGES: tuple[str, ...] = ("en", "it", "el", "fr", "es", "nl", "lv")
LATEST_TEMPLATE_VERSION = 1

FIELD_TYPES = ("text", "longtext", "choice", "multichoice", "month", "money", "table")


def pick_label(labels: dict[str, str], language: str) -> str:
    """The label in ``language``, falling back to English."""
    return labels.get(language) or labels["en"]


@dataclass(frozen=True)
class Choice:
    value: str
    labels: dict[str, str]

    def label(self, language: str) -> str:
        return pick_label(self.labels, language)


@dataclass(frozen=True)
class FieldSpec:
    """One field of an action, or of an item in one of an action's nested tables."""

    key: str
    type: str
    labels: dict[str, str]
    choices: str | None = None
    default: Any = None
    in_table: bool = False
    item_fields: tuple[FieldSpec, ...] = ()

    def label(self, language: str) -> str:
        return pick_label(self.labels, language)

    def empty_value(self) -> Any:
        if self.default is not None:
            return self.default
        if self.type in ("multichoice", "table"):
            return []
        if self.type == "money":
            return 0
        return ""


@dataclass(frozen=True)
class SectionSpec:
    key: str
    number: str
    kind: str  # "text", "actions" (text + the actions table) or "budget" (text + totals)
    min_words: int
    titles: dict[str, str]
    only_when_language_is_not: str | None = None

    def title(self, language: str) -> str:
        return pick_label(self.titles, language)

    def applies_to(self, plan_language: str) -> bool:
        return self.only_when_language_is_not != plan_language


@dataclass(frozen=True)
class PlanTemplate:
    version: int
    sections: tuple[SectionSpec, ...]
    action_fields: tuple[FieldSpec, ...]
    choices: dict[str, tuple[Choice, ...]]

    def section(self, key: str) -> SectionSpec:
        for spec in self.sections:
            if spec.key == key:
                return spec
        raise KeyError(key)

    def sections_for(self, plan_language: str) -> tuple[SectionSpec, ...]:
        return tuple(s for s in self.sections if s.applies_to(plan_language))

    def action_field(self, key: str) -> FieldSpec:
        for spec in self.action_fields:
            if spec.key == key:
                return spec
        raise KeyError(key)

    @property
    def action_field_keys(self) -> tuple[str, ...]:
        return tuple(f.key for f in self.action_fields)

    def choice_label(self, choice_list: str, value: str, language: str) -> str:
        for choice in self.choices.get(choice_list, ()):
            if choice.value == value:
                return choice.label(language)
        return value

    def empty_action_fields(self) -> dict[str, Any]:
        return {f.key: f.empty_value() for f in self.action_fields}


def _field(raw: dict[str, Any]) -> FieldSpec:
    if raw["type"] not in FIELD_TYPES:
        raise ValueError(f"unknown field type {raw['type']!r} for {raw['key']!r}")
    return FieldSpec(
        key=raw["key"],
        type=raw["type"],
        labels=raw["label"],
        choices=raw.get("choices"),
        default=raw.get("default"),
        in_table=raw.get("in_table", False),
        item_fields=tuple(_field(f) for f in raw.get("item_fields", ())),
    )


def parse_template(raw: dict[str, Any]) -> PlanTemplate:
    return PlanTemplate(
        version=raw["version"],
        sections=tuple(
            SectionSpec(
                key=s["key"],
                number=s["number"],
                kind=s["kind"],
                min_words=s["min_words"],
                titles=s["title"],
                only_when_language_is_not=s.get("only_when_language_is_not"),
            )
            for s in raw["sections"]
        ),
        action_fields=tuple(_field(f) for f in raw["action_fields"]),
        choices={
            name: tuple(Choice(c["value"], c["label"]) for c in items)
            for name, items in raw["choices"].items()
        },
    )


@cache
def load_template(version: int = LATEST_TEMPLATE_VERSION) -> PlanTemplate:
    """The template of the given version, read once from the package data."""
    path = resources.files("inclucities_core") / "templates" / f"action_plan_v{version}.json"
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise KeyError(f"no plan template of version {version}") from None
    return parse_template(json.loads(text))


def available_template_versions() -> tuple[int, ...]:
    folder = resources.files("inclucities_core") / "templates"
    names = (p.name for p in folder.iterdir())
    return tuple(
        sorted(int(n.removeprefix("action_plan_v").removesuffix(".json")) for n in names
               if n.startswith("action_plan_v") and n.endswith(".json"))
    )
