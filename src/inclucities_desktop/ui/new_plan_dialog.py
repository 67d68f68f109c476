"""Asking for what a new plan needs: city, title, language and template version."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from inclucities_core.model import City
from inclucities_core.template import LANGUAGES, available_template_versions
from inclucities_desktop.ui.labels import language_name


@dataclass(frozen=True)
class NewPlanRequest:
    city: City
    city_is_new: bool
    title: str
    language: str
    template_version: int


def city_id_from_name(name: str) -> str:
    """A readable id for a city typed in by hand: "Saint-Jean" -> "saint-jean"."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    return slug or "city-" + hashlib.sha1(name.encode()).hexdigest()[:10]


class NewPlanDialog(QDialog):
    def __init__(self, cities: list[City], default_language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New action plan"))
        self._cities = cities
        self.city = QComboBox()
        self.city.setEditable(True)
        self.city.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for city in cities:
            self.city.addItem(city.name, city.id)
        self.city.setCurrentIndex(-1)
        self.city.setPlaceholderText(self.tr("Choose or type your city"))
        self.city.setAccessibleName(self.tr("City"))
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(
            self.tr("e.g. Local action plan for inclusion 2026-2028"))
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(max(0, LANGUAGES.index(default_language)
                                          if default_language in LANGUAGES else 0))
        self.language.setAccessibleName(self.tr("Language of the plan"))
        self.template = QComboBox()
        for version in available_template_versions():
            self.template.addItem(self.tr("IncluCities action plan, version {0}").format(version),
                                  version)
        self.template.setCurrentIndex(self.template.count() - 1)
        self.template.setAccessibleName(self.tr("Template"))

        form = QFormLayout(self)
        form.addRow(self.tr("&City:"), self.city)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("T&emplate:"), self.template)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create plan"))
        form.addRow(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.city.currentTextChanged.connect(self._update_ok)
        self.city.currentIndexChanged.connect(self._follow_city_language)
        self.title_edit.textChanged.connect(self._update_ok)
        self._update_ok()
        self.setMinimumWidth(460)

    def _follow_city_language(self, index: int) -> None:
        if 0 <= index < len(self._cities):
            position = self.language.findData(self._cities[index].language)
            if position >= 0:
                self.language.setCurrentIndex(position)

    def _update_ok(self) -> None:
        ok = bool(self.city.currentText().strip() and self.title_edit.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def request(self) -> NewPlanRequest:
        name = self.city.currentText().strip()
        known = next((c for c in self._cities if c.name == name), None)
        language = self.language.currentData()
        city = known or City(city_id_from_name(name), name, "", "", language)
        return NewPlanRequest(
            city=city,
            city_is_new=known is None,
            title=self.title_edit.text().strip(),
            language=language,
            template_version=int(self.template.currentData()),
        )
