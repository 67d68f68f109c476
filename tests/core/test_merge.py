"""Three-way merges of one field's concurrent edits (SYNC.md, guarantees 2 and 3)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from inclucities_core.merge import merge_field, merge_items, merge_set, merge_text, merge_value
from inclucities_core.sync_entities import MergePolicy, merge_policy
from inclucities_core.template import load_template

BASE = "Vision paragraph.\n\nObjectives paragraph.\n\nBudget paragraph.\n"


def test_edits_of_different_paragraphs_merge():
    mine = BASE.replace("Vision paragraph.", "Vision paragraph, revised by Partinico.")
    theirs = BASE.replace("Budget paragraph.", "Budget paragraph, revised by Mechelen.")
    outcome = merge_text(BASE, mine, theirs)
    assert outcome.clean
    assert "revised by Partinico" in outcome.value
    assert "revised by Mechelen" in outcome.value
    assert outcome.value.count("Objectives paragraph.") == 1


def test_edits_of_the_same_paragraph_conflict_and_keep_theirs():
    mine = BASE.replace("Objectives paragraph.", "Objectives: mine.")
    theirs = BASE.replace("Objectives paragraph.", "Objectives: theirs.")
    outcome = merge_text(BASE, mine, theirs)
    assert not outcome.clean
    assert outcome.value == theirs


def test_a_paragraph_added_at_the_end_without_a_final_newline_merges():
    base = "One.\n\nTwo."
    mine = "One, changed.\n\nTwo."
    theirs = "One.\n\nTwo.\n\nThree."
    outcome = merge_text(base, mine, theirs)
    assert outcome.clean
    assert outcome.value == "One, changed.\n\nTwo.\n\nThree."


def test_the_same_edit_on_both_sides_is_clean():
    mine = BASE + "\nShared ending.\n"
    assert merge_text(BASE, mine, mine) == merge_text(BASE, mine, mine)
    assert merge_text(BASE, mine, mine).value == mine


# Paragraphs of real plans differ from each other; Markdown separates them by a blank line.
paragraphs = st.lists(
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")),
        min_size=1,
        max_size=12,
    ).map(str.strip).filter(bool),
    min_size=3,
    max_size=6,
    unique=True,
)


@given(paragraphs, st.data())
def test_edits_of_disjoint_paragraphs_always_merge_and_keep_both(base_paragraphs, data):
    # Each side rewrites its own paragraphs; untouched ones stay as they were.
    indexes = list(range(len(base_paragraphs)))
    mine_index = data.draw(st.sampled_from(indexes))
    theirs_index = data.draw(st.sampled_from([i for i in indexes if i != mine_index]))
    mine_paragraphs = list(base_paragraphs)
    mine_paragraphs[mine_index] = "mine " + base_paragraphs[mine_index]
    theirs_paragraphs = list(base_paragraphs)
    theirs_paragraphs[theirs_index] = "theirs " + base_paragraphs[theirs_index]
    join = "\n\n".join
    outcome = merge_text(join(base_paragraphs), join(mine_paragraphs), join(theirs_paragraphs))
    assert outcome.clean
    expected = list(mine_paragraphs)
    expected[theirs_index] = theirs_paragraphs[theirs_index]
    assert outcome.value == join(expected)


def test_multiple_choices_merge_as_sets():
    outcome = merge_set(["health"], ["health", "housing"], ["employment"])
    assert outcome.clean
    assert outcome.value == ["employment", "housing"]


def item(item_id: str, **values: object) -> dict[str, object]:
    return {"id": item_id, **values}


def test_items_added_on_both_sides_are_all_kept():
    base = [item("a", name="Caritas")]
    mine = [*base, item("b", name="Red Cross")]
    theirs = [*base, item("c", name="School")]
    outcome = merge_items(base, mine, theirs)
    assert outcome.clean
    # Mine's new item follows the item it followed here.
    assert [i["id"] for i in outcome.value] == ["a", "b", "c"]


def test_different_items_changed_on_each_side_merge():
    base = [item("a", amount=1), item("b", amount=2)]
    mine = [item("a", amount=10), item("b", amount=2)]
    theirs = [item("a", amount=1), item("b", amount=20)]
    outcome = merge_items(base, mine, theirs)
    assert outcome.clean
    assert outcome.value == [item("a", amount=10), item("b", amount=20)]


def test_one_item_changed_differently_on_both_sides_conflicts():
    base = [item("a", amount=1)]
    outcome = merge_items(base, [item("a", amount=2)], [item("a", amount=3)])
    assert not outcome.clean
    assert outcome.value == [item("a", amount=3)]


def test_an_item_removed_here_and_changed_there_conflicts():
    base = [item("a", amount=1)]
    assert not merge_items(base, [], [item("a", amount=3)]).clean
    assert not merge_items(base, [item("a", amount=3)], []).clean


def test_an_item_removed_on_one_side_is_removed():
    base = [item("a"), item("b")]
    outcome = merge_items(base, [item("a")], base)
    assert outcome.clean
    assert outcome.value == [item("a")]


def test_single_values_conflict_only_when_both_changed():
    assert merge_value("planned", "ongoing", "planned").value == "ongoing"
    assert merge_value("planned", "planned", "delayed").value == "delayed"
    assert not merge_value("planned", "ongoing", "delayed").clean


def test_values_of_the_wrong_shape_fall_back_to_the_single_value_rule():
    outcome = merge_field(MergePolicy.TEXT, "base", 42, "theirs")
    assert not outcome.clean
    assert outcome.value == "theirs"


def test_each_action_field_gets_the_policy_of_its_type():
    template = load_template()
    assert merge_policy("section", "text", template) is MergePolicy.TEXT
    assert merge_policy("action", "description", template) is MergePolicy.TEXT
    assert merge_policy("action", "funding", template) is MergePolicy.ITEMS
    assert merge_policy("action", "eu_areas", template) is MergePolicy.SET
    assert merge_policy("action", "position", template) is MergePolicy.LAST_WRITER
    assert merge_policy("action", "status", template) is MergePolicy.VALUE
    assert merge_policy("plan", "title", template) is MergePolicy.VALUE
