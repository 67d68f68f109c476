"""Translated names of the fixed things the window shows: languages, statuses, marks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from inclucities_core.model import Completeness, PlanStatus

# lupdate reads translate("Context", "text") calls; a wrapper would hide the text.
translate = QCoreApplication.translate


# Each language named in itself, as language pickers customarily do.
NATIVE_LANGUAGE_NAMES = {
    "en": "English",
    "it": "Italiano",
    "el": "Ελληνικά",
    "fr": "Français",
    "es": "Español",
    "nl": "Nederlands",
    "lv": "Latviešu",
}


def language_name(code: str) -> str:
    return NATIVE_LANGUAGE_NAMES.get(code, code)


def status_label(status: str) -> str:
    labels = {
        PlanStatus.DRAFT: translate("Labels", "Draft"),
        PlanStatus.SUBMITTED_TO_MENTOR: translate("Labels", "Submitted for mentor review"),
        PlanStatus.CHANGES_REQUESTED: translate("Labels", "Changes requested"),
        PlanStatus.ENDORSED: translate("Labels", "Endorsed by mentor"),
        PlanStatus.SUBMITTED_TO_COORDINATOR: translate("Labels", "Submitted to coordinator"),
        PlanStatus.APPROVED: translate("Labels", "Approved"),
    }
    try:
        return labels[PlanStatus(status)]
    except ValueError:
        return status


def completeness_label(mark: Completeness) -> str:
    return {
        Completeness.EMPTY: translate("Labels", "Not started"),
        Completeness.STARTED: translate("Labels", "Started"),
        Completeness.COMPLETE: translate("Labels", "Drafted"),
    }[mark]
