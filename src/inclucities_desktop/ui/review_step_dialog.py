"""Taking one review step: what it means, an optional note (required to request changes)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from inclucities_core.review import ReviewAction
from inclucities_desktop.ui.labels import status_label
from inclucities_desktop.ui.review_labels import step_button, step_command, step_explanation
from inclucities_desktop.ui.shortcuts_dialog import without_marks


class ReviewStepDialog(QDialog):
    def __init__(self, action: ReviewAction, plan_title: str, status: str,
                 signed_in: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.action = action
        self.note_required = action is ReviewAction.REQUEST_CHANGES
        self.setWindowTitle(without_marks(step_command(action)).rstrip("…"))
        self.setMinimumWidth(460)

        heading = QLabel(self.tr("<b>{0}</b> — now: {1}").format(
            _escape(plan_title), _escape(status_label(status))))
        heading.setWordWrap(True)
        explanation = QLabel(step_explanation(action))
        explanation.setWordWrap(True)
        when = QLabel(self.tr("The step is sent with the next sync; the server records "
                              "who took it and when.") if signed_in else
                      self.tr("Not signed in: the step waits until you sign in and sync."))
        when.setWordWrap(True)
        note_label = QLabel(self.tr("&Note for the others (required):") if self.note_required
                            else self.tr("&Note for the others (optional):"))
        self.note_edit = QPlainTextEdit()
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText(
            self.tr("What should change, and why") if self.note_required
            else self.tr("A word for the mentor, the city or the coordinator"))
        note_label.setBuddy(self.note_edit)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm_button = self.buttons.addButton(
            step_button(action), QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.note_edit.textChanged.connect(self._update)

        layout = QVBoxLayout(self)
        for widget in (heading, explanation, note_label, self.note_edit, when, self.buttons):
            layout.addWidget(widget)
        self.note_edit.setFocus()
        self._update()

    def note(self) -> str:
        return self.note_edit.toPlainText().strip()

    def _update(self) -> None:
        self.confirm_button.setEnabled(not self.note_required or bool(self.note()))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
