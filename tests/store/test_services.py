"""Local edits on a real workspace: the outbox, tombstones, action order, search, totals."""

from __future__ import annotations

import unicodedata
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import update

from inclucities_core.model import Completeness
from inclucities_core.sync_entities import section_entity_id
from inclucities_desktop.services.workspace_services import WorkspaceServices
from inclucities_desktop.store.schema import field_revisions

AWKWARD = {
    "emoji": "Plan 🌍🇪🇺👩🏽‍🏫 — “quotes” ✓",
    "rtl": "שילוב מהגרים \u202bدمج المهاجرين\u202c end",
    "controls": "".join(chr(c) for c in range(32)) + "after",
    "nul inside": "before\x00after\x00",
}


def pending(services: WorkspaceServices, entity: str, entity_id: str) -> dict[str, Any]:
    """The pending changes of one entity, by field."""
    return {c["field"]: c for c in services.pending_changes()
            if c["entity"] == entity and c["entity_id"] == entity_id}


def new_plan(services: WorkspaceServices, title: str = "Σχέδιο δράσης", **kwargs: Any) -> str:
    options = {"city_id": "livadia", "language": "el", **kwargs}
    return services.plans.create(title=title, **options).id


def ids(services: WorkspaceServices, plan_id: str) -> list[str]:
    return [a.code for a in services.actions.list(plan_id)]


def test_creating_a_plan_records_its_fields(services: WorkspaceServices) -> None:
    plan_id = new_plan(services)
    changes = pending(services, "plan", plan_id)
    assert {f: c["value"] for f, c in changes.items()} == {
        "title": "Σχέδιο δράσης", "city_id": "livadia", "language": "el",
        "status": "draft", "template_version": 1}
    assert len({c["change_id"] for c in changes.values()}) == len(changes)


def test_two_edits_of_one_field_are_one_pending_change(services: WorkspaceServices) -> None:
    plan_id = new_plan(services)
    entity_id = section_entity_id(plan_id, "timeline")
    services.plans.set_section_text(plan_id, "timeline", "first")
    first = pending(services, "section", entity_id)["text"]
    assert services.plans.set_section_text(plan_id, "timeline", "second")
    assert not services.plans.set_section_text(plan_id, "timeline", "second")
    changes = [c for c in services.pending_changes() if c["entity_id"] == entity_id]
    assert len(changes) == 1
    assert changes[0]["value"] == "second"
    assert changes[0]["change_id"] != first["change_id"]
    assert changes[0]["base_revision"] is None


def test_a_coalesced_change_keeps_the_base_revision_it_started_from(
    services: WorkspaceServices,
) -> None:
    plan_id = new_plan(services)
    entity_id = section_entity_id(plan_id, "timeline")
    with services.workspace.begin() as connection:
        connection.execute(field_revisions.insert().values(
            entity="section", entity_id=entity_id, field="text", revision=5))
    services.plans.set_section_text(plan_id, "timeline", "edited offline")
    assert pending(services, "section", entity_id)["text"]["base_revision"] == 5
    # The workspace then learns of a newer server revision; the pending edit still
    # started from revision 5.
    with services.workspace.begin() as connection:
        connection.execute(update(field_revisions).values(revision=7))
    services.plans.set_section_text(plan_id, "timeline", "edited again")
    change = pending(services, "section", entity_id)["text"]
    assert (change["value"], change["base_revision"]) == ("edited again", 5)


def test_trash_and_restore_are_tombstones_in_the_outbox(services: WorkspaceServices) -> None:
    plan_id = new_plan(services)
    services.plans.set_section_text(plan_id, "timeline", "kept through the trash")
    services.plans.move_to_trash(plan_id)
    assert [p.id for p in services.plans.list_plans()] == []
    assert [p.id for p in services.plans.list_plans(deleted=True)] == [plan_id]
    assert services.plans.get(plan_id).deleted_at is not None
    assert pending(services, "plan", plan_id)["deleted_at"]["value"] is not None
    assert services.documents.show(plan_id)["in_trash"] is True
    services.plans.restore(plan_id)
    assert [p.id for p in services.plans.list_plans()] == [plan_id]
    assert pending(services, "plan", plan_id)["deleted_at"]["value"] is None
    assert services.plans.section(plan_id, "timeline").text == "kept through the trash"


def test_action_add_duplicate_move_delete_restore(services: WorkspaceServices) -> None:
    plan_id = new_plan(services)
    a = services.actions.add(plan_id, {"code": "A", "partners": [{"id": "p1", "name": "NGO"}]})
    services.actions.add(plan_id, {"code": "B"})
    c = services.actions.add(plan_id, {"code": "C"})
    services.actions.add(plan_id, {"code": "D"}, index=0)
    assert ids(services, plan_id) == ["D", "A", "B", "C"]
    changes = pending(services, "action", a.id)
    assert changes["plan_id"]["value"] == plan_id
    assert changes["code"]["value"] == "A"
    assert changes["status"]["value"] == "planned"  # the template default is recorded too

    copy = services.actions.duplicate(a.id)
    assert copy.id != a.id
    assert ids(services, plan_id) == ["D", "A", "A", "B", "C"]
    assert [a.id for a in services.actions.list(plan_id)][2] == copy.id
    assert copy.get("partners")[0]["name"] == "NGO"
    assert copy.get("partners")[0]["id"] != "p1"
    assert services.actions.get(a.id).get("partners")[0]["id"] == "p1"
    assert pending(services, "action", copy.id)["partners"]["value"] == copy.get("partners")

    services.actions.move(c.id, 0)
    assert ids(services, plan_id) == ["C", "D", "A", "A", "B"]
    assert pending(services, "action", c.id)["position"]["value"] == \
        services.actions.get(c.id).position
    services.actions.move(c.id, 99)
    assert ids(services, plan_id) == ["D", "A", "A", "B", "C"]

    services.actions.delete(a.id)
    assert ids(services, plan_id) == ["D", "A", "B", "C"]
    assert services.actions.get(a.id).deleted_at is not None
    assert pending(services, "action", a.id)["deleted_at"]["value"] is not None
    assert services.actions.count(plan_id) == 4
    services.actions.restore(a.id)
    assert [x.id for x in services.actions.list(plan_id)][:3] == [
        services.actions.list(plan_id)[0].id, a.id, copy.id]
    assert pending(services, "action", a.id)["deleted_at"]["value"] is None


def test_set_field_records_only_real_changes(services: WorkspaceServices) -> None:
    plan_id = new_plan(services)
    action = services.actions.add(plan_id, {"title": "Μαθήματα"})
    before = services.pending_changes()
    assert not services.actions.set_field(action.id, "title", "Μαθήματα")
    assert services.pending_changes() == before
    assert services.actions.set_field(action.id, "title", "Μαθήματα γλώσσας")
    assert pending(services, "action", action.id)["title"]["value"] == "Μαθήματα γλώσσας"


@pytest.mark.parametrize("query", ["ενταξη", "ΕΝΤΑΞΗ", "Ένταξη", "μεταναστων", "ενταξ",
                                   unicodedata.normalize("NFD", "Ένταξη μεταναστών")])
def test_search_finds_greek_regardless_of_accents_and_case(
    services: WorkspaceServices, query: str,
) -> None:
    plan_id = new_plan(services)
    services.plans.set_section_text(plan_id, "executive_summary", "Ένταξη μεταναστών")
    hits = services.search(query)
    assert [(h.plan_id, h.kind, h.ref) for h in hits] == [
        (plan_id, "section", "executive_summary")]
    assert "[[" in hits[0].snippet


@pytest.mark.parametrize("query", [
    "integracija", "integrācija", "INTEGRĀ", "ģimen", "gimenem",
    # Decomposed, as text pasted from some PDFs and macOS file names comes.
    unicodedata.normalize("NFD", "integrācija"), unicodedata.normalize("NFD", "ĢIMENĒM"),
])
def test_search_finds_latvian_with_or_without_diacritics(
    services: WorkspaceServices, query: str,
) -> None:
    plan_id = new_plan(services, city_id="jelgava", language="lv", title="Jelgavas plāns")
    services.actions.add(plan_id, {"description": "Integrācija ģimenēm"})
    hits = services.search(query)
    assert [(h.plan_id, h.kind) for h in hits] == [(plan_id, "action")]


def test_search_needs_every_word_and_leaves_out_the_trash(services: WorkspaceServices) -> None:
    kept = new_plan(services, title="Housing first")
    trashed = new_plan(services, title="Housing later")
    assert {h.plan_id for h in services.search("hous")} == {kept, trashed}
    assert [h.plan_id for h in services.search("housing fir")] == [kept]
    assert services.search("   ") == []
    assert services.search('"*) OR (') == []
    services.plans.move_to_trash(trashed)
    assert [h.plan_id for h in services.search("housing")] == [kept]
    services.plans.restore(trashed)
    assert {h.plan_id for h in services.search("housing")} == {kept, trashed}
    action = services.actions.add(kept, {"title": "Shelter beds"})
    assert [h.ref for h in services.search("shelter")] == [action.id]
    services.actions.delete(action.id)
    assert services.search("shelter") == []


def test_budget_totals_by_source_status_and_area(services: WorkspaceServices) -> None:
    plan_id = new_plan(services)
    services.actions.add(plan_id, {"eu_areas": ["housing", "health"], "funding": [
        {"id": "f1", "source": "amif", "amount_eur": 1000, "status": "secured"},
        {"id": "f2", "source": "municipal", "amount_eur": "250.50", "status": "planned"},
    ]})
    services.actions.add(plan_id, {"eu_areas": ["housing"], "funding": [
        {"id": "f3", "source": "amif", "amount_eur": 99.5, "status": "applied"},
        {"id": "f4", "source": "esf_plus", "amount_eur": "not a number"},
    ]})
    services.actions.add(plan_id, {"status": "cancelled", "eu_areas": ["housing"], "funding": [
        {"id": "f5", "source": "amif", "amount_eur": 1_000_000, "status": "secured"}]})
    totals = services.actions.budget(plan_id)
    assert totals.total == Decimal("1350.00")
    assert totals.secured == Decimal(1000)
    assert totals.not_secured == Decimal("350.00")
    assert totals.by_status == {"secured": Decimal(1000), "planned": Decimal("250.50"),
                                "applied": Decimal("99.5")}
    assert totals.by_source == {
        "amif": {"secured": Decimal(1000), "applied": Decimal("99.5")},
        "municipal": {"planned": Decimal("250.50")},
        "esf_plus": {"planned": Decimal(0)},
    }
    assert totals.by_eu_area == {"housing": Decimal("1350.00"), "health": Decimal("1250.50")}


def test_completeness_marks(services: WorkspaceServices) -> None:
    plan_id = new_plan(services)
    services.plans.set_section_text(plan_id, "timeline", "Έναρξη το 2025.")
    services.plans.set_section_text(plan_id, "endorsement_annexes", "λέξη " * 40)
    marks = services.plans.completeness(plan_id)
    assert marks["executive_summary"] == Completeness.EMPTY
    assert marks["timeline"] == Completeness.STARTED
    assert marks["endorsement_annexes"] == Completeness.COMPLETE
    assert marks["actions"] == Completeness.EMPTY
    action = services.actions.add(plan_id, {"code": "A1"})
    assert services.plans.completeness(plan_id)["actions"] == Completeness.STARTED
    services.actions.set_field(action.id, "title", "Κέντρο")
    assert services.plans.completeness(plan_id)["actions"] == Completeness.COMPLETE
    assert "english_summary" in marks  # a Greek plan needs the English summary
    english = new_plan(services, language="en", title="English plan")
    assert "english_summary" not in services.plans.completeness(english)


def test_a_five_megabyte_section_is_kept_whole(services: WorkspaceServices) -> None:
    plan_id = new_plan(services)
    paragraph = "Ένταξη μεταναστών 🌍 integrācija שילוב\n\n"
    text = paragraph * (5 * 1024 * 1024 // len(paragraph.encode("utf-8")) + 1) + "Vienreizējs."
    assert len(text.encode("utf-8")) > 5 * 1024 * 1024
    assert services.plans.set_section_text(plan_id, "context_needs", text)
    assert services.plans.section(plan_id, "context_needs").text == text
    assert services.documents.show(plan_id)["sections"]["context_needs"] == text
    # A word found once; a word found 100,000 times makes FTS5's snippet() take minutes.
    assert [h.ref for h in services.search("vienreizejs")] == ["context_needs"]


@pytest.mark.parametrize("text", AWKWARD.values(), ids=AWKWARD.keys())
def test_awkward_text_is_stored_and_read_back_unchanged(
    services: WorkspaceServices, text: str,
) -> None:
    plan_id = services.plans.create(city_id="jelgava", title=f"T {text}", language="lv").id
    services.plans.set_section_text(plan_id, "timeline", text)
    action = services.actions.add(plan_id, {"title": text, "partners": [
        {"id": "p", "name": text}]})
    services.workspace.close()
    reopened = WorkspaceServices.open(services.workspace.data_dir)
    try:
        assert reopened.plans.get(plan_id).title == f"T {text}"
        assert reopened.plans.section(plan_id, "timeline").text == text
        stored = reopened.actions.get(action.id)
        assert stored.title == text
        assert stored.get("partners") == [{"id": "p", "name": text}]
        assert pending(reopened, "section", section_entity_id(plan_id, "timeline"))[
            "text"]["value"] == text
        assert reopened.documents.show(plan_id)["sections"]["timeline"] == text
    finally:
        reopened.close()


def test_order_holds_when_one_gap_is_split_again_and_again(services: WorkspaceServices) -> None:
    # Each copy goes between the original and the previous copy, halving one gap; a
    # float runs out of halves after about fifty, and the order must still hold.
    plan_id = new_plan(services)
    first = services.actions.add(plan_id, {"code": "A"})
    last = services.actions.add(plan_id, {"code": "Z"})
    copies = [services.actions.duplicate(first.id).id for _ in range(60)]
    expected = [first.id, *reversed(copies), last.id]
    listed = services.actions.list(plan_id)
    assert [a.id for a in listed] == expected
    assert [a.position for a in listed] == sorted({a.position for a in listed})
    # Spread-out positions go to the outbox like any move.
    changes = {c["entity_id"]: c["value"] for c in services.pending_changes()
               if c["entity"] == "action" and c["field"] == "position"}
    assert {a.id: a.position for a in listed} == changes

    # Moving always into the same place splits one gap as well.
    for _ in range(60):
        services.actions.move(expected[-1], 1)
        expected.insert(1, expected.pop())
    listed = services.actions.list(plan_id)
    assert [a.id for a in listed] == expected
    assert [a.position for a in listed] == sorted({a.position for a in listed})
