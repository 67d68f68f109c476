"""The review workflow in the user's words: menu commands, timeline steps, status colours."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette

from inclucities_core.model import PlanStatus
from inclucities_core.review import ReviewAction

# lupdate reads translate("Context", "text") calls; a wrapper would hide the text.
translate = QCoreApplication.translate

EDIT_STEP = "edit"  # the server's own step: an edit took the mentor's endorsement away

# The workflow's order, for sorting by status and for the status filter.
STATUS_ORDER = (
    PlanStatus.DRAFT, PlanStatus.SUBMITTED_TO_MENTOR, PlanStatus.CHANGES_REQUESTED,
    PlanStatus.ENDORSED, PlanStatus.SUBMITTED_TO_COORDINATOR, PlanStatus.APPROVED,
)


def step_command(action: ReviewAction) -> str:
    """The menu command of a step (with its accelerator; each opens a dialog)."""
    return {
        ReviewAction.SUBMIT: translate("ReviewLabels", "&Submit to mentor…"),
        ReviewAction.ENDORSE: translate("ReviewLabels", "&Endorse…"),
        ReviewAction.REQUEST_CHANGES: translate("ReviewLabels", "Request &changes…"),
        ReviewAction.SUBMIT_TO_COORDINATOR: translate("ReviewLabels",
                                                      "Submit to coor&dinator…"),
        ReviewAction.APPROVE: translate("ReviewLabels", "&Approve…"),
        ReviewAction.REOPEN: translate("ReviewLabels", "&Reopen…"),
    }[action]


def step_button(action: ReviewAction) -> str:
    """The confirming button of a step's dialog."""
    return {
        ReviewAction.SUBMIT: translate("ReviewLabels", "Submit"),
        ReviewAction.ENDORSE: translate("ReviewLabels", "Endorse"),
        ReviewAction.REQUEST_CHANGES: translate("ReviewLabels", "Request changes"),
        ReviewAction.SUBMIT_TO_COORDINATOR: translate("ReviewLabels", "Submit"),
        ReviewAction.APPROVE: translate("ReviewLabels", "Approve"),
        ReviewAction.REOPEN: translate("ReviewLabels", "Reopen"),
    }[action]


def step_explanation(action: ReviewAction) -> str:
    """What taking the step means, said before it is taken."""
    return {
        ReviewAction.SUBMIT: translate(
            "ReviewLabels", "The plan goes to the mentor city for review. The mentor "
            "endorses it or asks for changes."),
        ReviewAction.ENDORSE: translate(
            "ReviewLabels", "You endorse the plan as its mentor; its city may then submit "
            "it to the coordinator."),
        ReviewAction.REQUEST_CHANGES: translate(
            "ReviewLabels", "The plan goes back to its city with your note saying what "
            "should change."),
        ReviewAction.SUBMIT_TO_COORDINATOR: translate(
            "ReviewLabels", "The endorsed plan goes to the programme's coordinator for "
            "approval."),
        ReviewAction.APPROVE: translate(
            "ReviewLabels", "The plan is approved and becomes read-only until a "
            "coordinator reopens it."),
        ReviewAction.REOPEN: translate(
            "ReviewLabels", "The approved plan becomes a draft again, so its city can "
            "change it."),
    }[action]


def step_name(action: str) -> str:
    """A step as the timeline names it (the server's own "edit" step included)."""
    names = {
        ReviewAction.SUBMIT: translate("ReviewLabels", "Submitted to the mentor"),
        ReviewAction.ENDORSE: translate("ReviewLabels", "Endorsed"),
        ReviewAction.REQUEST_CHANGES: translate("ReviewLabels", "Changes requested"),
        ReviewAction.SUBMIT_TO_COORDINATOR: translate("ReviewLabels",
                                                      "Submitted to the coordinator"),
        ReviewAction.APPROVE: translate("ReviewLabels", "Approved"),
        ReviewAction.REOPEN: translate("ReviewLabels", "Reopened"),
    }
    if action == EDIT_STEP:
        return translate("ReviewLabels", "Changed after endorsement: back to the mentor")
    try:
        return names[ReviewAction(action)]
    except ValueError:
        return action


def status_rank(status: str) -> int:
    try:
        return STATUS_ORDER.index(PlanStatus(status))
    except ValueError:
        return len(STATUS_ORDER)


# Hues, not colours: each is mixed into the palette's own background, so the chip reads
# on light and dark windows alike and the text keeps the palette's contrast.
_HUES = {
    PlanStatus.DRAFT: None,  # the palette's own grey (placeholder text): seen on both
    PlanStatus.SUBMITTED_TO_MENTOR: QColor(52, 120, 220),
    PlanStatus.CHANGES_REQUESTED: QColor(230, 140, 20),
    PlanStatus.ENDORSED: QColor(20, 160, 160),
    PlanStatus.SUBMITTED_TO_COORDINATOR: QColor(140, 80, 210),
    PlanStatus.APPROVED: QColor(40, 160, 60),
}


def status_colour(status: str, palette: QPalette, strength: float = 0.35) -> QColor:
    """A background for ``status``: its hue mixed into the palette's window colour."""
    base = palette.color(QPalette.ColorRole.Window)
    try:
        hue = _HUES[PlanStatus(status)]
    except ValueError:
        hue = None
    if hue is None:
        hue = palette.color(QPalette.ColorRole.PlaceholderText)
    return QColor(
        round(base.red() + (hue.red() - base.red()) * strength),
        round(base.green() + (hue.green() - base.green()) * strength),
        round(base.blue() + (hue.blue() - base.blue()) * strength))
