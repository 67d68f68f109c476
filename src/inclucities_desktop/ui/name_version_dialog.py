"""History → Name this version…: a name for the plan as it is now."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget


class NameVersionDialog(QDialog):
    def __init__(self, plan_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Name this version"))
        note = QLabel(self.tr("Keep “{0}” as it is now under a name, e.g. “Before the second "
                              "study visit”. The server keeps it from the next sync on.")
                      .format(plan_title))
        note.setWordWrap(True)
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Version name"))
        self.name_edit.setMaxLength(200)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Name it"))
        self.ok_button.setEnabled(False)
        self.name_edit.textChanged.connect(
            lambda text: self.ok_button.setEnabled(bool(text.strip())))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(note)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.buttons)
        self.setMinimumWidth(420)

    def name(self) -> str:
        return self.name_edit.text().strip()
