"""Translated names of the fixed things the window shows: languages, statuses, marks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from inclucities_core.model import Completeness, PlanStatus


def _tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


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
        PlanStatus.DRAFT: _tr("Draft"),
        PlanStatus.SUBMITTED_TO_MENTOR: _tr("Submitted for mentor review"),
        PlanStatus.CHANGES_REQUESTED: _tr("Changes requested"),
        PlanStatus.ENDORSED: _tr("Endorsed by mentor"),
        PlanStatus.SUBMITTED_TO_COORDINATOR: _tr("Submitted to coordinator"),
        PlanStatus.APPROVED: _tr("Approved"),
    }
    try:
        return labels[PlanStatus(status)]
    except ValueError:
        return status


def completeness_label(mark: Completeness) -> str:
    return {
        Completeness.EMPTY: _tr("Not started"),
        Completeness.STARTED: _tr("Started"),
        Completeness.COMPLETE: _tr("Drafted"),
    }[mark]
