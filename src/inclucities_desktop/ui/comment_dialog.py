"""The dialog that takes the text of a new comment, a reply or an edit."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class CommentDialog(QDialog):
    def __init__(self, title: str, about: str, text: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.about = QLabel(about)
        self.about.setWordWrap(True)
        self.editor = QPlainTextEdit(text)
        self.editor.setTabChangesFocus(True)
        self.editor.setAccessibleName(self.tr("Comment text"))
        self.editor.setAccessibleDescription(about)
        self.about.setBuddy(self.editor)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save comment"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.editor.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.buttons)
        self.resize(460, 260)
        self._update()

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.text().strip()))

    def text(self) -> str:
        return self.editor.toPlainText()


def ask_comment_text(parent: QWidget, title: str, about: str, text: str = "") -> str | None:
    """The text typed, or None when the dialog was cancelled."""
    dialog = CommentDialog(title, about, text, parent)
    dialog.editor.setFocus()
    return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
