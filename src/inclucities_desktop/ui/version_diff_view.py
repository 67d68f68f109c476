"""The differences between two versions: a list of what changed beside the document.

The list names the changed sections and actions (every one with "Show unchanged"); choosing
one scrolls the document to it and aims the restore buttons at it. The document is
read-only HTML (ui/version_diff_html.py), so its text can be selected and copied.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from inclucities_core.template import PlanTemplate
from inclucities_desktop.services.version_diff import PlanComparison
from inclucities_desktop.ui.version_diff_html import (
    TITLE_ANCHOR,
    DiffColours,
    action_anchor,
    action_change_label,
    action_heading,
    comparison_html,
    section_anchor,
    section_heading,
    shown_actions,
    shown_sections,
)

SECTION, ACTION, TITLE = "section", "action", "title"
PLACE_ROLE = Qt.ItemDataRole.UserRole  # (kind, key or action id)


class VersionDiffView(QWidget):
    restoreSectionRequested = Signal(str)  # section key
    restoreActionRequested = Signal(str)  # action id
    restorePlanRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._comparison: PlanComparison | None = None
        self._template: PlanTemplate | None = None
        self._language = "en"
        self._restorable = False
        self.html = ""

        self.places = QListWidget()
        self.places.setAccessibleName(self.tr("Changed sections and actions"))
        self.places.setWordWrap(True)
        self.places.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        places_label = QLabel(self.tr("C&hanges:"))
        places_label.setBuddy(self.places)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Differences"))
        self.browser.setAccessibleDescription(self.tr(
            "Removed words are struck through, added words underlined"))
        self.browser.setOpenLinks(False)
        self.show_all = QCheckBox(self.tr("Show &unchanged sections and actions"))
        self.restore_section_button = QPushButton(self.tr("Restore this &section"))
        self.restore_action_button = QPushButton(self.tr("Restore this &action"))
        self.restore_plan_button = QPushButton(self.tr("Restore the &whole plan…"))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(places_label)
        left_layout.addWidget(self.places, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.browser)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([220, 640])
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_all)
        buttons.addStretch(1)
        for button in (self.restore_section_button, self.restore_action_button,
                       self.restore_plan_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)

        self.places.currentItemChanged.connect(self._on_place_chosen)
        self.show_all.toggled.connect(lambda _on: self._render())
        self.restore_section_button.clicked.connect(
            lambda: self._request(SECTION, self.restoreSectionRequested.emit))
        self.restore_action_button.clicked.connect(
            lambda: self._request(ACTION, self.restoreActionRequested.emit))
        self.restore_plan_button.clicked.connect(self.restorePlanRequested.emit)
        self.clear("")

    # -- content ---------------------------------------------------------------------------

    @property
    def comparison(self) -> PlanComparison | None:
        return self._comparison

    def show_comparison(self, comparison: PlanComparison, template: PlanTemplate,
                        language: str, *, restorable: bool) -> None:
        """Show ``comparison``; ``restorable``: its old side may be put back into the plan."""
        self._comparison, self._template = comparison, template
        self._language, self._restorable = language, restorable
        self._render()

    def clear(self, message: str) -> None:
        self._comparison = None
        self.places.clear()
        self.html = ""
        self.browser.setPlainText(message)
        self._update_buttons()

    def _render(self) -> None:
        comparison, template = self._comparison, self._template
        if comparison is None or template is None:
            return
        chosen = self.current_place()
        show_all = self.show_all.isChecked()
        self.html = comparison_html(comparison, template, self._language,
                                    DiffColours.from_palette(self.browser.palette()),
                                    show_all=show_all)
        scroll = self.browser.verticalScrollBar().value()
        self.browser.setHtml(self.html)
        self.browser.verticalScrollBar().setValue(scroll)
        self.places.blockSignals(True)
        self.places.clear()
        if comparison.title is not None:
            self._add_place(self.tr("Plan title"), (TITLE, ""))
        for section in shown_sections(comparison, show_all):
            self._add_place(section_heading(template, section.key, self._language),
                            (SECTION, section.key))
        for action in shown_actions(comparison, show_all):
            self._add_place(f"{action_heading(action)} ({action_change_label(action.change)})",
                            (ACTION, action.action_id))
        self.places.blockSignals(False)
        for row in range(self.places.count()):
            if self.places.item(row).data(PLACE_ROLE) == chosen:
                self.places.setCurrentRow(row)
                break
        else:
            if self.places.count():
                self.places.setCurrentRow(0)
        self._update_buttons()

    def _add_place(self, text: str, place: tuple[str, str]) -> None:
        item = QListWidgetItem(text)
        item.setData(PLACE_ROLE, place)
        self.places.addItem(item)

    # -- choosing and restoring ------------------------------------------------------------

    def current_place(self) -> tuple[str, str] | None:
        item = self.places.currentItem()
        if item is None:
            return None
        kind, key = item.data(PLACE_ROLE)
        return str(kind), str(key)

    def show_place(self, kind: str, key: str) -> None:
        for row in range(self.places.count()):
            if tuple(self.places.item(row).data(PLACE_ROLE)) == (kind, key):
                self.places.setCurrentRow(row)
                return

    def _on_place_chosen(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None:
            kind, key = item.data(PLACE_ROLE)
            anchor = (section_anchor(key) if kind == SECTION else
                      action_anchor(key) if kind == ACTION else TITLE_ANCHOR)
            self.browser.scrollToAnchor(anchor)
        self._update_buttons()

    def _update_buttons(self) -> None:
        place = self.current_place()
        kind = place[0] if place else None
        ready = self._comparison is not None and self._restorable
        self.restore_section_button.setEnabled(ready and kind == SECTION)
        self.restore_action_button.setEnabled(ready and kind == ACTION)
        self.restore_plan_button.setEnabled(ready)

    def _request(self, kind: str, emit: object) -> None:
        place = self.current_place()
        if place is not None and place[0] == kind and callable(emit):
            emit(place[1])

    def changeEvent(self, event: QEvent) -> None:
        # Light or dark switched: mix the tints again from the new palette, once every
        # widget has it.
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            QTimer.singleShot(0, self, self._render)  # not after it is gone
        super().changeEvent(event)
