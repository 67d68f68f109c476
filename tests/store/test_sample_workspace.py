"""The sample workspace: eight cities, four pairs and four partly drafted plans.

The sample is the first thing a new user sees, so its documents are checked against the
template (every choice a template value, every id a fixed UUID) and installed into a real
workspace, twice.
"""

from __future__ import annotations

import json
import re
import uuid
from collections import Counter
from decimal import Decimal
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

from inclucities_core.document import validate_document
from inclucities_core.template import load_template
from inclucities_desktop.services.sample import install_sample, sample_folder
from inclucities_desktop.services.workspace_services import WorkspaceServices

FOLDER = sample_folder()
WORKSPACE = json.loads((FOLDER / "workspace.json").read_text(encoding="utf-8"))
CITIES = {c["id"]: c for c in WORKSPACE["cities"]}
MENTOR_OF = {p["mentee"]: p["mentor"] for p in WORKSPACE["pairs"]}
PLAN_FILES = sorted((FOLDER / "plans").glob("*.json"))
TEMPLATE = load_template(1)

# Each mentee city's plan, and how its English summary names the mentor city.
EXPECTED = {
    "partinico": ("it", "mechelen", "Mechelen"),
    "saint-jean-de-la-ruelle": ("fr", "brussels", "Brussels"),
    "livadia": ("el", "fuenlabrada", "Fuenlabrada"),
    "jelgava": ("lv", "schaerbeek", "Schaerbeek"),
}
EU_ACTION_PLAN = ("https://home-affairs.ec.europa.eu/policies/migration-and-asylum/"
                  "legal-migration-and-integration/integration/"
                  "action-plan-integration-and-inclusion_en")
MONTH = re.compile(r"^20\d\d-(0[1-9]|1[0-2])$")


def load(path: Path) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document


DOCUMENTS = {path.stem: load(path) for path in PLAN_FILES}
every_document = pytest.mark.parametrize("name", sorted(DOCUMENTS))


def written(document: dict[str, Any]) -> dict[str, str]:
    return {k: v for k, v in document["sections"].items() if v.strip()}


def choices(name: str) -> set[str]:
    return {c.value for c in TEMPLATE.choices[name]}


# -- the files ---------------------------------------------------------------------------------

def test_the_sample_has_eight_cities_and_four_pairs_as_in_the_domain() -> None:
    assert len(CITIES) == 8
    expected_pairs = {mentee: mentor for mentee, (_, mentor, _) in EXPECTED.items()}
    assert expected_pairs == MENTOR_OF
    assert {p.stem for p in PLAN_FILES} == set(EXPECTED)


@every_document
def test_a_sample_document_is_a_valid_plan_document(name: str) -> None:
    validate_document(DOCUMENTS[name], load_template)


@every_document
def test_a_sample_plan_is_its_mentee_citys_in_the_citys_language(name: str) -> None:
    document = DOCUMENTS[name]
    language, _, mentor_name = EXPECTED[name]
    assert document["city"] == name
    assert document["language"] == CITIES[name]["language"] == language
    assert document["template_version"] == 1
    assert mentor_name in document["sections"]["english_summary"]


def test_the_plans_stand_at_different_steps_of_review() -> None:
    statuses = Counter(d["status"] for d in DOCUMENTS.values())
    assert statuses == {"draft": 2, "submitted_to_mentor": 1, "changes_requested": 1}


@every_document
def test_a_sample_plan_is_partly_drafted(name: str) -> None:
    document = DOCUMENTS[name]
    keys = {s.key for s in TEMPLATE.sections_for(document["language"])}
    assert len(keys) == 14
    done = written(document)
    assert set(done) <= keys
    assert 8 <= len(done) <= 11
    assert "english_summary" in done and "timeline" not in done
    summary = done["english_summary"]
    assert " the " in summary and "EUR" in summary


@every_document
def test_a_sample_plan_uses_the_markdown_the_editor_reads(name: str) -> None:
    done = written(DOCUMENTS[name])
    text = "\n".join(done.values())
    lines = text.splitlines()
    assert any(line.startswith("## ") for line in lines)
    assert any(line.startswith("### ") for line in lines)
    assert re.search(r"\*\*\S[^*]*\*\*", text)
    assert re.search(r"(?<![*\w])\*[^*\s][^*]*\*(?![*\w])", text)
    assert any(re.match(r"- \S", line) for line in lines)
    assert any(re.match(r"1\. \S", line) for line in lines)
    assert any(re.match(r" {2,3}- \S", line) for line in lines), "a nested list"
    assert f"]({EU_ACTION_PLAN})" in done["policy_context"]
    # A simple pipe table in the context section: a header, its delimiter row, rows.
    table = [line for line in done["context_needs"].splitlines() if line.startswith("|")]
    assert len(table) >= 3 and re.fullmatch(r"\|( --- \|)+", table[1])
    assert len({line.count("|") for line in table}) == 1
    # Nothing the editor's reader would not keep.
    assert not re.search(r"<[a-zA-Z/!]", text), "raw HTML"
    assert "![" not in text and "[^" not in text and "~~" not in text
    assert not re.search(r"(?<!\w)_\S[^_]*_(?!\w)", text), "underscores read as emphasis"


def _list_kind(block: str) -> str | None:
    first = block.splitlines()[0]
    if re.match(r"[-*+] ", first):
        return "bullet"
    if re.match(r"\d+[.)] ", first):
        return "number"
    return None


@every_document
def test_no_two_lists_touch(name: str) -> None:
    """A bullet list straight after a numbered one (or the reverse) with only a blank line
    between them reads back as one list in Qt's writer: a paragraph must separate them."""
    for key, text in written(DOCUMENTS[name]).items():
        blocks = [b for b in re.split(r"\n\s*\n", text) if b.strip()]
        kinds = [_list_kind(b) for b in blocks]
        for before, after in pairwise(kinds):
            assert not (before and after), (name, key)


# -- the actions -------------------------------------------------------------------------------

@every_document
def test_a_sample_plan_has_six_to_ten_actions_linked_to_its_objectives(name: str) -> None:
    document = DOCUMENTS[name]
    actions = document["actions"]
    assert 6 <= len(actions) <= 10
    codes = [a["code"] for a in actions]
    assert len(set(codes)) == len(codes)
    objectives_text = document["sections"]["vision_objectives"]
    for action in actions:
        match = re.fullmatch(r"A(\d)\.\d", action["code"])
        assert match, action["code"]
        objective = action["objective"].split()[0]  # "O1", "Σ1", "M1"
        assert objective[-1] == match.group(1), (action["code"], action["objective"])
        assert objective in objectives_text, action["objective"]
    assert len({a["action_type"] for a in actions}) >= 5
    assert len({a["status"] for a in actions}) >= 3
    assert len({a["priority"] for a in actions}) == 3


@every_document
def test_every_choice_in_a_sample_plan_is_a_template_value(name: str) -> None:
    for action in DOCUMENTS[name]["actions"]:
        assert set(action) == {"id", *TEMPLATE.action_field_keys}, action["code"]
        for spec in TEMPLATE.action_fields:
            value = action[spec.key]
            if spec.type == "choice":
                assert value in choices(spec.choices or ""), (action["code"], spec.key)
            elif spec.type == "multichoice":
                assert set(value) <= choices(spec.choices or ""), (action["code"], spec.key)
            elif spec.type == "month" and value:
                assert MONTH.match(value), (action["code"], spec.key, value)
            elif spec.type == "table":
                item_keys = {"id", *(f.key for f in spec.item_fields)}
                for item in value:
                    assert set(item) == item_keys, (action["code"], spec.key)
                    for field in spec.item_fields:
                        if field.type == "choice":
                            assert item[field.key] in choices(field.choices or "")
                        elif field.type == "month":
                            assert MONTH.match(item[field.key])
                        elif field.type == "money":
                            assert isinstance(item[field.key], int | float)
                            assert item[field.key] > 0
        if action["start_month"] and action["end_month"]:
            assert action["start_month"] <= action["end_month"], action["code"]
        for milestone in action["milestones"]:
            assert action["start_month"] <= milestone["month"], action["code"]


def test_every_id_in_the_sample_is_a_fixed_distinct_uuid() -> None:
    ids = []
    for document in DOCUMENTS.values():
        ids.append(document["id"])
        for action in document["actions"]:
            ids.append(action["id"])
            for spec in TEMPLATE.action_fields:
                if spec.type == "table":
                    ids.extend(item["id"] for item in action[spec.key])
    assert len(ids) == len(set(ids))
    for value in ids:
        assert str(uuid.UUID(value)) == value


def test_all_but_one_draft_action_are_filled_in() -> None:
    """Every action has a lead, an end, 1-3 funding lines and 1-2 indicators, except at
    most one that a team has only sketched."""
    sketched = []
    for name, document in DOCUMENTS.items():
        for action in document["actions"]:
            complete = (action["lead_organisation"] and action["end_month"]
                        and action["description"]
                        and 1 <= len(action["funding"]) <= 3
                        and 1 <= len(action["indicators"]) <= 2)
            if not complete:
                sketched.append((name, action["code"]))
    assert len(sketched) <= 1, sketched


@every_document
def test_a_sample_plans_funding_mixes_sources_and_statuses(name: str) -> None:
    lines = [line for a in DOCUMENTS[name]["actions"] for line in a["funding"]]
    assert len({line["source"] for line in lines}) >= 4
    assert {line["status"] for line in lines} == choices("funding_status")
    actions = DOCUMENTS[name]["actions"]
    assert sum(1 for a in actions if a["risks"]) >= 2
    assert sum(1 for a in actions if a["partners"]) >= 4
    assert sum(1 for a in actions if a["milestones"]) >= 5


# -- installed into a real workspace -----------------------------------------------------------

def counts(services: WorkspaceServices) -> dict[str, int]:
    plans = services.plans.list_plans()
    return {
        "cities": len(services.cities.list()),
        "pairs": len(services.cities.pairs()),
        "plans": len(plans),
        "actions": sum(services.actions.count(p.id) for p in plans),
        "pending": len(services.pending_changes()),
    }


def test_installing_the_sample_adds_its_cities_pairs_and_plans(
    services: WorkspaceServices,
) -> None:
    added = install_sample(services)
    assert sorted(added) == sorted(d["id"] for d in DOCUMENTS.values())
    assert counts(services)["cities"] == 8
    assert counts(services)["pairs"] == 4
    languages = {c.id: c.language for c in services.cities.list()}
    plans = services.plans.list_plans()
    assert len(plans) == 4
    for plan in plans:
        assert plan.language == languages[plan.city_id] == CITIES[plan.city_id]["language"]
        assert services.cities.mentor_of(plan.city_id).id == MENTOR_OF[plan.city_id]  # type: ignore[union-attr]
        assert 6 <= services.actions.count(plan.id) <= 10


def test_the_installed_plans_read_back_as_their_files(services: WorkspaceServices) -> None:
    install_sample(services)
    for document in DOCUMENTS.values():
        shown = services.documents.show(document["id"])
        for key in ("title", "city", "language", "status", "template_version"):
            assert shown[key] == document[key], key
        assert {k: v for k, v in shown["sections"].items() if v} == written(document)
        assert shown["actions"] == document["actions"]


def test_the_sample_budgets_are_derived_from_the_funding_lines(
    services: WorkspaceServices,
) -> None:
    install_sample(services)
    for document in DOCUMENTS.values():
        totals = services.actions.budget(document["id"])
        expected = sum(Decimal(str(line["amount_eur"])) for a in document["actions"]
                       for line in a["funding"] if a["status"] != "cancelled")
        assert totals.total == expected > 0
        assert 0 < totals.secured < totals.total
        assert set(totals.by_eu_area) <= choices("eu_area")


def test_installing_the_sample_twice_adds_nothing_the_second_time(
    services: WorkspaceServices,
) -> None:
    install_sample(services)
    before = counts(services)
    updated = {p.id: p.updated_at for p in services.plans.list_plans()}
    assert install_sample(services) == []
    assert counts(services) == before
    assert {p.id: p.updated_at for p in services.plans.list_plans()} == updated


def test_searching_the_sample_for_a_city_finds_its_plan_first(
    services: WorkspaceServices,
) -> None:
    install_sample(services)
    jelgava = DOCUMENTS["jelgava"]["id"]
    hits = services.search("Jelgava")
    assert hits and {h.plan_id for h in hits} == {jelgava}
