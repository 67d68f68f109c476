"""Plain export records made in the tests, and a way to read an export back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
from docx.oxml.ns import qn

from inclucities_core.model import Action, City, Plan, Section
from inclucities_core.template import load_template
from inclucities_desktop.export import PlanExport

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def plan_record(sections: dict[str, str] | None = None, actions: list[dict[str, Any]] | None = None,
                *, language: str = "it", title: str = "Piano di prova", **extra: Any) -> PlanExport:
    plan = Plan(id="p1", title=title, city_id="partinico", language=language,
                status="approved", template_version=1, created_at="2026-01-05T09:00:00Z",
                updated_at="2026-03-14T10:22:00Z")
    template = load_template(1)
    texts = sections or {}
    section_records = tuple(Section("p1", spec.key, texts.get(spec.key, ""), plan.updated_at)
                            for spec in template.sections_for(language))
    action_records = tuple(
        Action(id=f"a{i}", plan_id="p1", position=float(i),
               fields={**template.empty_action_fields(), **fields})
        for i, fields in enumerate(actions or []))
    city = City("partinico", "Partinico", "IT", "AICCRE", "it")
    mentor = City("mechelen", "Mechelen", "BE", "VVSG", "nl")
    return PlanExport.of(plan, city, mentor, section_records, action_records, "2026-05-04",
                         **extra)


def body_text(document: Any) -> str:
    """Every visible text of the body, tables included, in document order."""
    return "".join(t.text or "" for t in document.element.body.iter(f"{W}t"))


def reopen(path: Path) -> Any:
    return docx.Document(str(path))


def paragraphs_in_style(document: Any, style_name: str) -> list[str]:
    return [p.text for p in document.paragraphs if p.style is not None
            and p.style.name == style_name]


def instructions(element: Any) -> list[str]:
    return [(t.text or "").strip() for t in element.iter(qn("w:instrText"))]
