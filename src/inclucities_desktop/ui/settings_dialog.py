"""Edit → Preferences: the interface language and light or dark colours."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from inclucities_core.template import LANGUAGES
from inclucities_desktop.ui.appearance import apply_color_scheme
from inclucities_desktop.ui.labels import language_name
from inclucities_desktop.ui.settings import COLOR_SCHEMES, Preferences
from inclucities_desktop.ui.translations import system_language


class SettingsDialog(QDialog):
    """Saves the choices on OK; colours change at once, the language at the next start."""

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._preferences = preferences
        self._language_before = preferences.language()
        self.setWindowTitle(self.tr("Preferences"))

        self.language = QComboBox()
        self.language.addItem(
            self.tr("As the system ({0})").format(language_name(system_language())), "")
        for code in LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.language.setAccessibleName(self.tr("Interface language"))
        self.language.setAccessibleDescription(self.tr(
            "The language of menus, dialogs and messages, and how dates and amounts are "
            "written"))
        self.language.setCurrentIndex(max(self.language.findData(preferences.language() or ""),
                                          0))

        self.scheme = QComboBox()
        names = {"system": self.tr("As the system"), "light": self.tr("Light"),
                 "dark": self.tr("Dark")}
        for scheme in COLOR_SCHEMES:
            self.scheme.addItem(names[scheme], scheme)
        self.scheme.setAccessibleName(self.tr("Colours"))
        self.scheme.setAccessibleDescription(self.tr("Light or dark window colours"))
        self.scheme.setCurrentIndex(max(self.scheme.findData(preferences.color_scheme()), 0))

        self.note = QLabel(self.tr(
            "A new language is used from the next start of IncluCities. Colours change "
            "at once."))
        self.note.setWordWrap(True)

        form = QFormLayout()
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language)
        scheme_label = QLabel(self.tr("&Colours:"))
        scheme_label.setBuddy(self.scheme)
        form.addRow(language_label, self.language)
        form.addRow(scheme_label, self.scheme)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 55)

    def chosen_language(self) -> str | None:
        return str(self.language.currentData()) or None

    def language_changed(self) -> bool:
        return self.chosen_language() != self._language_before

    def chosen_scheme(self) -> str:
        return str(self.scheme.currentData())

    def accept(self) -> None:
        self._preferences.set_language(self.chosen_language())
        self._preferences.set_color_scheme(self.chosen_scheme())
        self._preferences.sync()
        apply_color_scheme(self.chosen_scheme())
        super().accept()
