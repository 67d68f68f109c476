"""The template's wording: every title and label in the seven languages, none left in English.

The labels are the headings of the exported Word documents and the labels of the editor,
so a missing or untranslated one shows up in front of a municipal team.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from importlib import resources
from typing import Any

import pytest

from inclucities_core.template import LANGUAGES, load_template, parse_template

TRANSLATED = LANGUAGES[1:]

# A translation may equal the English text only where that is the usual word or acronym
# of the language (language, text).
SAME_AS_ENGLISH = {
    ("fr", "Actions"), ("fr", "Service"), ("fr", "Communication"), ("fr", "Code"),
    ("fr", "Description"),
    ("it", "Governance"),
    ("nl", "Code"), ("nl", "Status"), ("nl", "Indicator"),
    # The funds' acronyms where the language keeps the English one.
    ("nl", "AMIF"), ("nl", "ESF+"), ("lv", "ESF+"),
}

# The funds under the acronyms each language uses.
FUND_ACRONYMS = {
    "amif": {"en": "AMIF", "it": "FAMI", "el": "ΤΑΜΕ", "fr": "FAMI", "es": "FAMI",
             "nl": "AMIF", "lv": "PMIF"},
    "esf_plus": {"en": "ESF+", "it": "FSE+", "el": "ΕΚΤ+", "fr": "FSE+", "es": "FSE+",
                 "nl": "ESF+", "lv": "ESF+"},
    "erdf": {"en": "ERDF", "it": "FESR", "el": "ΕΤΠΑ", "fr": "FEDER", "es": "FEDER",
             "nl": "EFRO", "lv": "ERAF"},
}

# The four areas as the EU Action Plan on Integration and Inclusion 2021-2027 names them.
EU_AREAS = {
    "education_training": {"it": "Istruzione e formazione", "el": "Εκπαίδευση και κατάρτιση",
                           "fr": "Éducation et formation", "es": "Educación y formación",
                           "nl": "Onderwijs en opleiding", "lv": "Izglītība un apmācība"},
    "employment_skills": {"it": "Occupazione e competenze",
                          "el": "Απασχόληση και δεξιότητες", "fr": "Emploi et compétences",
                          "es": "Empleo y capacidades",
                          "nl": "Werkgelegenheid en vaardigheden",
                          "lv": "Nodarbinātība un prasmes"},
    "health": {"it": "Salute", "el": "Υγεία", "fr": "Santé", "es": "Salud",
               "nl": "Gezondheid", "lv": "Veselība"},
    "housing": {"it": "Alloggio", "el": "Στέγαση", "fr": "Logement", "es": "Vivienda",
                "nl": "Huisvesting", "lv": "Mājokļi"},
}


def raw_template() -> dict[str, Any]:
    path = resources.files("inclucities_core") / "templates" / "action_plan_v1.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def labelled(node: Any, where: str = "") -> Iterator[tuple[str, dict[str, str]]]:
    """Every "title" and "label" object in the template, with where it sits."""
    if isinstance(node, dict):
        name = node.get("key") or node.get("value") or ""
        for key, value in node.items():
            if key in ("title", "label") and isinstance(value, dict):
                yield f"{where}/{name}.{key}", value
            else:
                yield from labelled(value, f"{where}/{name}" if name else where)
    elif isinstance(node, list):
        for item in node:
            yield from labelled(item, where)


LABELS = list(labelled(raw_template()))


def test_the_template_declares_the_seven_languages() -> None:
    assert tuple(raw_template()["languages"]) == LANGUAGES == (
        "en", "it", "el", "fr", "es", "nl", "lv")


def test_every_section_choice_and_field_is_labelled() -> None:
    template = load_template(1)
    expected = (len(template.sections)
                + sum(len(c) for c in template.choices.values())
                + len(template.action_fields)
                + sum(len(f.item_fields) for f in template.action_fields))
    assert len(LABELS) == expected


@pytest.mark.parametrize(("where", "labels"), LABELS, ids=[w for w, _ in LABELS])
def test_a_label_has_all_seven_languages_in_order(where: str, labels: dict[str, str]) -> None:
    assert tuple(labels) == LANGUAGES, where
    for language, text in labels.items():
        assert isinstance(text, str) and text.strip(), (where, language)
        assert text == text.strip() and "  " not in text, (where, language, text)
        assert unicodedata.normalize("NFC", text) == text, (where, language, text)


@pytest.mark.parametrize(("where", "labels"), LABELS, ids=[w for w, _ in LABELS])
def test_a_label_is_translated_not_copied(where: str, labels: dict[str, str]) -> None:
    for language in TRANSLATED:
        if labels[language] == labels["en"]:
            assert (language, labels[language]) in SAME_AS_ENGLISH, (where, language)


def test_the_allowed_copies_of_english_are_all_in_use() -> None:
    used = {(language, labels[language]) for _, labels in LABELS
            for language in TRANSLATED if labels[language] == labels["en"]}
    assert used == SAME_AS_ENGLISH


_LATIN = re.compile(r"[A-Za-zÀ-ɏ]")
_GREEK = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")
_CYRILLIC = re.compile("[\u0400-\u04ff]")


@pytest.mark.parametrize(("where", "labels"), LABELS, ids=[w for w, _ in LABELS])
def test_each_language_is_written_in_its_own_script(where: str, labels: dict[str, str]) -> None:
    """Greek in Greek letters (no Latin look-alikes inside a word), the others in Latin."""
    for language, text in labels.items():
        assert not _CYRILLIC.search(text), (where, language)
        if language == "el":
            assert _GREEK.search(text), (where, text)
            for word in re.findall(r"\w+", text):
                assert not (_GREEK.search(word) and _LATIN.search(word)), (where, word)
        else:
            assert not _GREEK.search(text), (where, language, text)


def test_the_funds_keep_their_acronyms_in_each_language() -> None:
    template = load_template(1)
    for value, expected in FUND_ACRONYMS.items():
        labels = {language: template.choice_label("funding_source", value, language)
                  for language in LANGUAGES}
        assert labels == expected


def test_the_eu_areas_use_the_eu_action_plans_wording() -> None:
    template = load_template(1)
    for value, expected in EU_AREAS.items():
        for language, label in expected.items():
            assert template.choice_label("eu_area", value, language) == label


@pytest.mark.parametrize("language", LANGUAGES)
def test_labels_tell_apart_what_sits_side_by_side(language: str) -> None:
    """Within one list (sections, a choice list, the fields of one table) no two labels
    read the same, so a navigator, a combo box or a column header is never ambiguous."""
    template = load_template(1)
    groups = {
        "sections": [s.title(language) for s in template.sections],
        "action fields": [f.label(language) for f in template.action_fields],
    }
    groups.update({f"choices {name}": [c.label(language) for c in choices]
                   for name, choices in template.choices.items()})
    groups.update({f"items of {f.key}": [i.label(language) for i in f.item_fields]
                   for f in template.action_fields if f.item_fields})
    for name, labels in groups.items():
        folded = [label.casefold() for label in labels]
        assert len(set(folded)) == len(folded), (name, labels)


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_parsed_template_answers_in_each_language(language: str) -> None:
    """Nothing falls back to English: the loaded template gives each language's own words."""
    parsed = parse_template(raw_template())
    for section in parsed.sections:
        title = section.title(language)
        assert title != section.title("en") or (language, title) in SAME_AS_ENGLISH
    for field in parsed.action_fields:
        label = field.label(language)
        assert label != field.label("en") or (language, label) in SAME_AS_ENGLISH
    assert parsed.choice_label("plan_status", "draft", language) != "Draft"
