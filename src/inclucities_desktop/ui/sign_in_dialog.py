"""Signing in to the sync server: server address, user name and password."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from inclucities_desktop.ui.sync_controller import SyncController


class SignInDialog(QDialog):
    signedIn = Signal(object)  # what the sync service's sign_in answered

    def __init__(
        self,
        controller: SyncController,
        sync: Any,
        *,
        url: str = "",
        username: str = "",
        reason: str = "",
        locked_account: bool = False,
        ca_bundle: str = "",
        offer_plaintext: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._sync = sync
        self.setWindowTitle(self.tr("Sign in to the IncluCities server"))
        self.url_edit = QLineEdit(url)
        self.url_edit.setPlaceholderText("https://plans.example.eu")
        self.url_edit.setAccessibleName(self.tr("Server address"))
        self.user_edit = QLineEdit(username)
        self.user_edit.setAccessibleName(self.tr("User name"))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password"))
        # A workspace belongs to one account: after expiry only the password is asked again.
        self.url_edit.setReadOnly(locked_account)
        self.user_edit.setReadOnly(locked_account)

        self.intro = QLabel(reason or self.tr(
            "Sign in with the account your coordinator gave you. Your plans stay on this "
            "computer and are synced with the server whenever it can be reached."))
        self.intro.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Sign-in problem"))
        bold = self.message.font()
        bold.setBold(True)
        self.message.setFont(bold)
        self.message.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.url_edit)
        form.addRow(self.tr("&User name:"), self.user_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        self.advanced = self._advanced_options(ca_bundle, offer_plaintext)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.sign_in_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_in_button.setText(self.tr("Sign &in"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.advanced_toggle)
        layout.addWidget(self.advanced)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        for edit in (self.url_edit, self.user_edit, self.password_edit):
            edit.textChanged.connect(self._update_button)
        self._update_button()
        first_empty = next((e for e in (self.url_edit, self.user_edit) if not e.text()),
                           self.password_edit)
        first_empty.setFocus()
        self.setMinimumWidth(440)

    def _advanced_options(self, ca_bundle: str, offer_plaintext: bool) -> QWidget:
        """Options municipal IT may need: their own certificate authority, a plain token file."""
        box = QWidget()
        self.ca_edit = QLineEdit(ca_bundle)
        self.ca_edit.setAccessibleName(self.tr("Certificate authority bundle"))
        self.ca_edit.setPlaceholderText(self.tr("Only if your IT department gave you one"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._choose_ca_bundle)
        row = QHBoxLayout()
        row.addWidget(self.ca_edit, 1)
        row.addWidget(browse)
        self.plaintext_check = QCheckBox(self.tr("Keep the sign-in in a plain &file"))
        # A check box never wraps its text: the warning goes in a label that does.
        self.plaintext_note = QLabel(self.tr(
            "This computer has no secure password store: anyone with access to your files "
            "could use a sign-in kept in a plain file."))
        self.plaintext_note.setWordWrap(True)
        self.plaintext_check.setAccessibleDescription(self.plaintext_note.text())
        self.plaintext_check.setVisible(offer_plaintext)
        self.plaintext_note.setVisible(offer_plaintext)
        form = QFormLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        ca_label = QLabel(self.tr("&Certificates (PEM):"))
        ca_label.setBuddy(self.ca_edit)
        form.addRow(ca_label, row)
        form.addRow(self.plaintext_check)
        form.addRow(self.plaintext_note)
        self.advanced_toggle = QToolButton()
        self.advanced_toggle.setText(self.tr("&Advanced"))
        self.advanced_toggle.setCheckable(True)
        self.advanced_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_toggle.setAutoRaise(True)
        self.advanced_toggle.toggled.connect(self._show_advanced)
        self.advanced_toggle.setChecked(bool(ca_bundle))
        self._show_advanced(bool(ca_bundle))
        return box

    def _show_advanced(self, shown: bool) -> None:
        self.advanced_toggle.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        if hasattr(self, "advanced"):
            self.advanced.setVisible(shown)

    def _choose_ca_bundle(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Certificate authority bundle"), "",
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
        if path:
            self.ca_edit.setText(path)

    def _update_button(self) -> None:
        filled = all(e.text().strip() for e in (self.url_edit, self.user_edit)) and bool(
            self.password_edit.text())
        self.sign_in_button.setEnabled(filled)

    def _submit(self) -> None:
        self._set_busy(True)
        self.message.hide()
        self._controller.call(
            self._sign_in_on_sync_thread, self.url_edit.text().strip(),
            self.user_edit.text().strip(), self.password_edit.text(),
            self.ca_edit.text().strip() or None, self.plaintext_check.isChecked(),
            on_done=self._done, on_error=self._failed)

    def _sign_in_on_sync_thread(self, url: str, username: str, password: str,
                                ca_bundle: str | None, allow_plaintext: bool) -> Any:
        self._sync.set_ca_bundle(ca_bundle)
        self._sync.set_allow_plaintext_token(allow_plaintext)
        return self._sync.sign_in(url, username, password)

    def _done(self, result: object) -> None:
        self._set_busy(False)
        self.password_edit.clear()
        self.signedIn.emit(result)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.show_problem(str(error))
        self.password_edit.selectAll()
        self.password_edit.setFocus()

    def show_problem(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _set_busy(self, busy: bool) -> None:
        for edit in (self.url_edit, self.user_edit, self.password_edit, self.advanced):
            edit.setEnabled(not busy)
        self.sign_in_button.setEnabled(not busy)
        self.sign_in_button.setText(self.tr("Signing in…") if busy else self.tr("Sign &in"))
