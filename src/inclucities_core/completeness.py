"""How far a section is drafted: the mark the section navigator shows."""

from __future__ import annotations

import re
from collections.abc import Sequence

from inclucities_core.model import Action, Completeness
from inclucities_core.template import SectionSpec

_WORD = re.compile(r"\w+", re.UNICODE)


def count_words(markdown: str) -> int:
    return len(_WORD.findall(markdown))


def section_completeness(
    spec: SectionSpec, text: str, actions: Sequence[Action] = ()
) -> Completeness:
    """Empty, started, or complete (the section reaches the template's minimum length).

    The actions section counts as complete once every action has a code and a title.
    """
    if spec.kind == "actions":
        if not actions:
            return Completeness.STARTED if text.strip() else Completeness.EMPTY
        if all(a.code.strip() and a.title.strip() for a in actions):
            return Completeness.COMPLETE
        return Completeness.STARTED
    words = count_words(text)
    if words == 0:
        return Completeness.EMPTY
    return Completeness.COMPLETE if words >= spec.min_words else Completeness.STARTED
