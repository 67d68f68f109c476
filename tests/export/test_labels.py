"""The export's label catalogue speaks all seven languages."""

from __future__ import annotations

import string
from datetime import date
from decimal import Decimal

from inclucities_core.template import LANGUAGES
from inclucities_desktop.export.labels import (
    catalogue,
    format_amount,
    format_date,
    format_month,
    word_language_tag,
)


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_label_exists_in_every_language() -> None:
    for key, entry in catalogue().items():
        assert set(entry) == set(LANGUAGES), key
        for language, text in entry.items():
            assert text.strip(), (key, language)
            assert _placeholders(text) == _placeholders(entry["en"]), (key, language)


def test_labels_are_translated_not_copied() -> None:
    # Most labels differ from the English one in each language (a few words are shared).
    for language in LANGUAGES:
        if language == "en":
            continue
        same = [k for k, e in catalogue().items() if e[language] == e["en"]]
        assert len(same) < len(catalogue()) // 4, (language, same)


def test_dates_amounts_months_and_language_tags() -> None:
    day = date(2026, 3, 14)
    assert format_date(day, "it") == "14 marzo 2026"
    assert format_date(day, "el") == "14 Μαρτίου 2026"
    assert format_date(day, "lv") == "2026. gada 14. marts"
    assert format_date(day, "es") == "14 de marzo de 2026"
    assert format_amount(Decimal("1234567.5"), "it") == "1.234.567,50"
    assert format_amount(Decimal("1234567"), "en", with_sign=True) == "€1,234,567"
    assert format_amount(Decimal("-12"), "nl", with_sign=True) == "€ -12"
    assert format_month("2026-03") == "03/2026"
    assert format_month("soon") == "soon"
    assert {word_language_tag(language) for language in LANGUAGES} == {
        "en-GB", "it-IT", "el-GR", "fr-FR", "es-ES", "nl-NL", "lv-LV"}
