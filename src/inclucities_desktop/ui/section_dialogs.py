"""The small dialogs of the section editor: a link, a new table."""

from __future__ import annotations

import re

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

LINK_SCHEMES = ("http", "https", "mailto")
_EMAIL = re.compile(r"[^@\s:/]+@[^@\s:/]+\.[^@\s:/]+")


def checked_link(text: str) -> str | None:
    """The address as stored, or None when it is not an http, https or mailto address.

    ``www.comune.it`` becomes ``https://www.comune.it`` and ``info@comune.it`` a mailto:
    address, as people type them so.
    """
    text = text.strip()
    if not text or any(ch.isspace() for ch in text):
        return None
    if _EMAIL.fullmatch(text):
        text = "mailto:" + text
    elif "://" not in text and not text.lower().startswith("mailto:") and "." in text:
        text = "https://" + text
    url = QUrl(text, QUrl.ParsingMode.StrictMode)
    if not url.isValid() or url.scheme().lower() not in LINK_SCHEMES:
        return None
    if url.scheme().lower() == "mailto":
        return text if _EMAIL.fullmatch(url.path()) else None
    return text if url.host() else None


class LinkDialog(QDialog):
    """Text and address of a link; Remove when editing one."""

    REMOVE = 2  # the dialog's result when the link is to be removed

    def __init__(self, text: str, url: str, *, editing: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link"))
        self.text_edit = QLineEdit(text)
        self.text_edit.setAccessibleName(self.tr("Text of the link"))
        self.url_edit = QLineEdit(url)
        self.url_edit.setPlaceholderText("https://")
        self.url_edit.setAccessibleName(self.tr("Web or e-mail address"))
        self.hint = QLabel(self.tr("An address starting with http://, https:// or mailto:"))
        self.hint.setAccessibleName(self.tr("What address is accepted"))
        self.hint.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("&Text:"), self.text_edit)
        form.addRow(self.tr("&Address:"), self.url_edit)
        form.addRow(self.hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(
            self.tr("Set the link"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel"))
        self.remove_button: QPushButton | None = None
        if editing:
            self.remove_button = self.buttons.addButton(
                self.tr("&Remove link"), QDialogButtonBox.ButtonRole.DestructiveRole)
            self.remove_button.setAccessibleName(self.tr("Remove the link"))
            self.remove_button.clicked.connect(lambda: self.done(self.REMOVE))
        form.addRow(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.url_edit.textChanged.connect(self._check)
        self._check()
        self.setMinimumWidth(440)
        (self.url_edit if text else self.text_edit).setFocus()

    def url(self) -> str:
        return checked_link(self.url_edit.text()) or ""

    def text(self) -> str:
        return self.text_edit.text().strip() or self.url()

    def _check(self) -> None:
        ok = checked_link(self.url_edit.text()) is not None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        self.hint.setVisible(not ok and bool(self.url_edit.text().strip()))


class TableDialog(QDialog):
    """Rows (the first is the header) and columns of a new table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Insert table"))
        self.rows = QSpinBox(minimum=1, maximum=100, value=3)
        self.rows.setAccessibleName(self.tr("Rows, the header row included"))
        self.columns = QSpinBox(minimum=1, maximum=20, value=3)
        self.columns.setAccessibleName(self.tr("Columns"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Rows (with the header):"), self.rows)
        form.addRow(self.tr("&Columns:"), self.columns)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(
            self.tr("Insert the table"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel"))
        form.addRow(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
