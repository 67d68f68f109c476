"""The export's fixed words in the plan's language, and how it writes dates and amounts.

Section titles, field labels and choices come from the plan template; everything else the
document says (cover texts, table headers, the footer) is in ``labels.json`` beside this
module, one entry per label with all seven languages.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal, localcontext
from functools import cache
from importlib import resources

# The language tag Word's spelling checker needs (w:lang), for each plan language.
WORD_LANGUAGE_TAGS = {
    "en": "en-GB", "it": "it-IT", "el": "el-GR", "fr": "fr-FR",
    "es": "es-ES", "nl": "nl-NL", "lv": "lv-LV",
}

# Thousands and decimal separators, and where the euro sign goes, as each language writes
# an amount in running text (the narrow no-break space is the French thousands mark).
_MONEY_STYLE = {
    "en": (",", ".", "€{amount}"),
    "it": (".", ",", "{amount} €"),
    "el": (".", ",", "{amount} €"),
    "fr": ("\u202f", ",", "{amount} €"),
    "es": (".", ",", "{amount} €"),
    "nl": (".", ",", "€ {amount}"),
    "lv": ("\u00a0", ",", "{amount} €"),
}


@cache
def catalogue() -> dict[str, dict[str, str]]:
    text = (resources.files(__package__) / "labels.json").read_text(encoding="utf-8")
    loaded: dict[str, dict[str, str]] = json.loads(text)
    return loaded


def label(key: str, language: str) -> str:
    """The label ``key`` in ``language`` (English when the language is unknown)."""
    entry = catalogue()[key]
    return entry.get(language) or entry["en"]


def word_language_tag(language: str) -> str:
    return WORD_LANGUAGE_TAGS.get(language, "en-GB")


def format_date(day: date, language: str) -> str:
    return label("date_format", language).format(
        day=day.day, month=label(f"month_{day.month}", language), year=day.year)


def format_timestamp_date(timestamp: str, language: str) -> str:
    """The date of an ISO timestamp ("2026-03-14T10:22:00Z"), written out; else as given."""
    try:
        return format_date(date.fromisoformat(timestamp[:10]), language)
    except ValueError:
        return timestamp


def format_month(value: object) -> str:
    """A month field ("2026-03") as MM/YYYY, which every partner language reads."""
    text = str(value or "").strip()
    year, _, month = text.partition("-")
    if len(year) == 4 and year.isdigit() and month.isdigit() and 1 <= int(month) <= 12:
        return f"{int(month):02d}/{year}"
    return text


def format_amount(amount: Decimal, language: str, *, with_sign: bool = False) -> str:
    """An amount in EUR with the language's separators; cents only when there are any."""
    thousands, decimal_mark, pattern = _MONEY_STYLE.get(language, _MONEY_STYLE["en"])
    with localcontext() as exact:
        exact.prec = max(40, len(amount.as_tuple().digits) + 4)  # no rounding of big sums
        rounded = amount.quantize(Decimal("0.01"))
    whole = int(abs(rounded))
    cents = int((abs(rounded) - whole) * 100)
    digits = f"{whole:,}".replace(",", thousands)
    if cents:
        digits += f"{decimal_mark}{cents:02d}"
    if rounded < 0:
        digits = "-" + digits
    return pattern.format(amount=digits) if with_sign else digits
