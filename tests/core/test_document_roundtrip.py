"""The plan document: random documents applied to real workspaces read back losslessly."""

from __future__ import annotations

import copy
import json
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from inclucities_core.document import DocumentError
from inclucities_core.model import PlanStatus
from inclucities_core.template import LANGUAGES, FieldSpec, load_template
from inclucities_desktop.services.errors import ServiceError
from inclucities_desktop.services.workspace_services import WorkspaceServices

TEMPLATE = load_template(1)
SECTION_KEYS = [s.key for s in TEMPLATE.sections]

AWKWARD = [
    "🌍🇪🇺 👩🏽‍🏫", "Ένταξη μεταναστών", "ΤΕΛΟΣ ς σ", "integrācija ģimenēm ķ ļ ņ",
    "שילוב מהגרים", "دمج المهاجرين", "".join(chr(c) for c in range(32)), "a\x00b",
    "\u202eRTL override\u202c", "line\r\nbreak\rcarriage", "  spaced  ", "",
]
texts = st.one_of(
    st.text(max_size=40),
    st.sampled_from(AWKWARD),
    st.text(alphabet=st.sampled_from("".join(AWKWARD) + "*_#[]()\\`"), max_size=40),
)
titles = texts.filter(lambda t: t.strip() != "")
amounts = st.one_of(
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=False, allow_infinity=False, width=64),
    st.decimals(allow_nan=False, allow_infinity=False, places=2).map(str),
)


def value_for(spec: FieldSpec) -> st.SearchStrategy[Any]:
    if spec.type == "money":
        return amounts
    if spec.type == "multichoice":
        return st.lists(texts, max_size=4)
    if spec.type == "table":
        item = st.fixed_dictionaries(
            {"id": st.uuids().map(str)},
            optional={f.key: value_for(f) for f in spec.item_fields},
        )
        return st.lists(item, max_size=3)
    return texts


action_fields = st.fixed_dictionaries(
    {}, optional={f.key: value_for(f) for f in TEMPLATE.action_fields}
)


@st.composite
def plan_documents(draw: st.DrawFn) -> dict[str, Any]:
    ids = draw(st.lists(st.text(min_size=1, max_size=12).filter(str.strip),
                        max_size=5, unique=True))
    document: dict[str, Any] = {
        "id": draw(st.uuids()).hex,
        "title": draw(titles),
        "city": draw(st.sampled_from(["jelgava", "livadia"]) | texts),
        "language": draw(st.sampled_from(LANGUAGES)),
        "sections": draw(st.dictionaries(st.sampled_from(SECTION_KEYS), texts)),
        "actions": [{"id": action_id, **draw(action_fields)} for action_id in ids],
    }
    if draw(st.booleans()):
        document["status"] = draw(st.sampled_from([s.value for s in PlanStatus]))
    if draw(st.booleans()):
        document["in_trash"] = draw(st.booleans())
    return document


@contextmanager
def fresh_workspace() -> Iterator[WorkspaceServices]:
    with tempfile.TemporaryDirectory() as folder:
        services = WorkspaceServices.open(folder)
        try:
            yield services
        finally:
            services.close()


def expected_action(item: dict[str, Any]) -> dict[str, Any]:
    return {"id": item["id"], **TEMPLATE.empty_action_fields(),
            **{k: v for k, v in item.items() if k != "id"}}


def without_times(document: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in document.items() if k not in ("updated_at",)}


@settings(max_examples=30, deadline=None)
@given(document=plan_documents())
def test_show_returns_what_apply_was_given_and_applies_back_unchanged(
    document: dict[str, Any],
) -> None:
    with fresh_workspace() as services:
        result = services.documents.apply(copy.deepcopy(document))
        assert result.created
        shown = services.documents.show(document["id"])

        assert shown["title"] == document["title"]
        assert shown["city"] == document["city"]
        assert shown["language"] == document["language"]
        assert shown["status"] == document.get("status", "draft")
        assert shown["in_trash"] == document.get("in_trash", False)
        used = {s.key for s in TEMPLATE.sections_for(document["language"])}
        for key, text in document["sections"].items():
            # A section the language leaves out (english_summary of an English plan) is
            # shown only when it holds text, but its text is never lost.
            assert shown["sections"].get(key, "") == text, key
            assert key in shown["sections"] or key not in used
        for key in used - document["sections"].keys():
            assert shown["sections"][key] == ""
        assert shown["actions"] == [expected_action(a) for a in document["actions"]]

        pending = services.pending_changes()
        again = services.documents.apply(copy.deepcopy(shown))
        assert (again.created, again.changed_fields) == (False, 0)
        assert services.pending_changes() == pending
        assert services.documents.show(document["id"]) == shown


@settings(max_examples=30, deadline=None)
@given(document=plan_documents(), new_text=texts, new_title=titles, data=st.data())
def test_a_partial_document_changes_only_what_it_names(
    document: dict[str, Any], new_text: str, new_title: str, data: st.DataObject,
) -> None:
    with fresh_workspace() as services:
        services.documents.apply(copy.deepcopy(document))
        before = services.documents.show(document["id"])
        key = data.draw(st.sampled_from(sorted(before["sections"])))
        partial: dict[str, Any] = {"id": document["id"], "sections": {key: new_text}}
        expected = copy.deepcopy(before)
        expected["sections"][key] = new_text
        if data.draw(st.booleans()):
            partial["title"] = new_title
            expected["title"] = new_title
        if before["actions"]:
            target = data.draw(st.sampled_from(before["actions"]))
            spec = data.draw(st.sampled_from(TEMPLATE.action_fields))
            value = data.draw(value_for(spec))
            partial["actions"] = [{"id": target["id"], spec.key: value}]
            next(a for a in expected["actions"] if a["id"] == target["id"])[spec.key] = value
        changes = sum(
            [before["sections"][key] != new_text, before["title"] != expected["title"]]
            + [a != b for a, b in zip(before["actions"], expected["actions"], strict=True)]
        )

        result = services.documents.apply(copy.deepcopy(partial))

        assert result.changed_fields == changes
        assert without_times(services.documents.show(document["id"])) == without_times(expected)


def test_an_action_marked_deleted_goes_and_a_listed_order_is_kept(
    services: WorkspaceServices,
) -> None:
    services.documents.apply({
        "id": "order", "title": "Order", "city": "livadia", "language": "el",
        "actions": [{"id": i, "code": i} for i in ("a", "b", "c")],
    })
    result = services.documents.apply({"id": "order", "actions": [
        {"id": "c"}, {"id": "a"}, {"id": "b"}]})
    assert result.changed_fields == 1
    assert [a["id"] for a in services.documents.show("order")["actions"]] == ["c", "a", "b"]
    result = services.documents.apply({"id": "order", "actions": [{"id": "a", "deleted": True}]})
    assert result.changed_fields == 1
    assert [a["id"] for a in services.documents.show("order")["actions"]] == ["c", "b"]
    # Listed again, it comes back with its fields.
    services.documents.apply({"id": "order", "actions": [{"id": "a"}]})
    shown = services.documents.show("order")["actions"]
    assert {a["id"]: a["code"] for a in shown} == {"a": "a", "b": "b", "c": "c"}


BAD_DOCUMENTS = {
    "not an object": ["id", "plan"],
    "no id": {"title": "x"},
    "blank id": {"id": "  "},
    "unknown section": {"id": "P", "sections": {"nonsense": "x"}},
    "section not text": {"id": "P", "sections": {"timeline": 3}},
    "sections not an object": {"id": "P", "sections": ["timeline"]},
    "title not text": {"id": "P", "title": 5},
    "unknown language": {"id": "P", "language": "xx"},
    "unknown status": {"id": "P", "status": "done"},
    "wrong format": {"id": "P", "format": "something-else"},
    "template version not a number": {"id": "P", "template_version": "1"},
    "unknown template version": {"id": "P", "template_version": 99},
    "actions not a list": {"id": "P", "actions": {"a": {}}},
    "action not an object": {"id": "P", "actions": ["a"]},
    "action without id": {"id": "P", "actions": [{"code": "A"}]},
    "unknown action field": {"id": "P", "actions": [{"id": "a1", "colour": "red"}]},
    "text field not text": {"id": "P", "actions": [{"id": "a1", "title": 1}]},
    "choice field null": {"id": "P", "actions": [{"id": "a1", "status": None}]},
    "money a boolean": {"id": "P", "actions": [
        {"id": "a1", "funding": [{"id": "f1", "amount_eur": True}]}]},
    "multichoice not a list": {"id": "P", "actions": [{"id": "a1", "eu_areas": "health"}]},
    "table of text": {"id": "P", "actions": [{"id": "a1", "partners": ["UNHCR"]}]},
    "in_trash not true or false": {"id": "P", "in_trash": "no"},
    "duplicate action ids": {"id": "P", "actions": [
        {"id": "a1", "title": "changed"}, {"id": "a1", "title": "twice"}]},
    # JSON can spell half of a UTF-16 pair ("\ud83d"); SQLite cannot store it as text.
    "lone surrogate in a section": {"id": "P", "sections": {"timeline": "emoji \ud83d"}},
    "lone surrogate in the title": {"id": "P", "title": "\udc00"},
    "lone surrogate in an action id": {"id": "P", "actions": [{"id": "a\ud800"}]},
    "lone surrogate in a nested item": {"id": "P", "actions": [
        {"id": "a1", "partners": [{"id": "p1", "note": ["\udfff"]}]}]},
    "lone surrogate in a key": {"id": "P", "actions": [
        {"id": "a1", "partners": [{"id": "p1", "\ud800": "x"}]}]},
    # Python's json reads NaN and Infinity; they are not JSON and no amount.
    "NaN amount": {"id": "P", "actions": [
        {"id": "a1", "funding": [{"id": "f1", "amount_eur": float("nan")}]}]},
    "infinite amount": {"id": "P", "actions": [
        {"id": "a1", "funding": [{"id": "f1", "amount_eur": float("-inf")}]}]},
    "NaN in an extra item key": {"id": "P", "actions": [
        {"id": "a1", "risks": [{"id": "r1", "score": float("nan")}]}]},
}


@pytest.mark.parametrize("bad", BAD_DOCUMENTS.values(), ids=BAD_DOCUMENTS.keys())
def test_an_invalid_document_raises_and_changes_nothing(
    services: WorkspaceServices, bad: Any,
) -> None:
    services.documents.apply({
        "id": "P", "title": "Παράδειγμα", "city": "livadia", "language": "el",
        "sections": {"timeline": "2025"},
        "actions": [{"id": "a1", "title": "first"}],
    })
    before = services.documents.show("P")
    pending = services.pending_changes()
    bad = copy.deepcopy(bad)
    if isinstance(bad, dict) and isinstance(bad.get("sections", {}), dict):
        # The bad document also carries a valid edit, which must not be applied either.
        bad["sections"] = {"timeline": "changed", **bad.get("sections", {})}
    with pytest.raises(DocumentError):
        services.documents.apply(bad)
    assert services.documents.show("P") == before
    assert services.pending_changes() == pending
    assert [p.id for p in services.plans.list_plans()] == ["P"]


def test_an_action_id_of_another_plan_is_refused_before_anything_changes(
    services: WorkspaceServices,
) -> None:
    services.documents.apply({"id": "first", "title": "First", "city": "livadia",
                              "language": "el", "actions": [{"id": "shared", "code": "A"}]})
    services.documents.apply({"id": "second", "title": "Second", "city": "jelgava",
                              "language": "lv", "sections": {"timeline": "2025"}})
    services.actions.delete("shared")
    before = {p: services.documents.show(p) for p in ("first", "second")}
    pending = services.pending_changes()
    for document in (
        {"id": "second", "title": "Renamed", "sections": {"timeline": "changed"},
         "actions": [{"id": "new-one"}, {"id": "shared", "title": "moved here?"}]},
        {"id": "third", "title": "New", "city": "jelgava", "language": "lv",
         "actions": [{"id": "shared"}]},
    ):
        with pytest.raises(ServiceError, match="another plan"):
            services.documents.apply(document)
    assert {p: services.documents.show(p) for p in ("first", "second")} == before
    assert services.pending_changes() == pending
    assert sorted(p.id for p in services.plans.list_plans()) == ["first", "second"]


def test_the_examples_in_the_format_description_apply_as_described(
    services: WorkspaceServices,
) -> None:
    text = (Path(__file__).parents[2] / "docs" / "plan-document.md").read_text(encoding="utf-8")
    examples = [json.loads(block) for block in re.findall(r"```json\n(.*?)```", text, re.S)]
    partial = next(e for e in examples if "title" not in e)
    whole = next(e for e in examples if "title" in e)
    assert services.documents.apply(whole).created
    plan_id = whole["id"]
    services.documents.apply({"id": plan_id, "actions": [{"id": "a2", "code": "A2"}]})
    before = services.documents.show(plan_id)
    assert [a["id"] for a in before["actions"]] == ["a1", "a2"]

    result = services.documents.apply(partial)

    after = services.documents.show(plan_id)
    assert result.changed_fields == 5  # status, timeline, a1's status, a3 added, a2 deleted
    assert after["status"] == "submitted_to_mentor"
    assert after["sections"] == {**before["sections"], **partial["sections"]}
    assert [a["id"] for a in after["actions"]] == ["a1", "a3"]
    assert after["actions"][0] == {**before["actions"][0], "status": "ongoing"}
    assert after["actions"][1] == expected_action(partial["actions"][1])
    assert after["title"] == before["title"]
