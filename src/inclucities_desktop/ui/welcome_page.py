"""The first screen of an empty workspace: start a plan, or look at the sample."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    newPlanRequested = Signal()
    sampleRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Welcome to IncluCities"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(self.tr(
            "Draft your city's action plan for the integration and inclusion of migrants, "
            "section by section and action by action. Everything is kept on this computer, "
            "so you can work without a network."
        ))
        intro.setWordWrap(True)
        self.new_button = QPushButton(self.tr("Create a new plan…"))
        self.new_button.setDefault(True)
        self.new_button.setAccessibleDescription(
            self.tr("Start an empty action plan for your city"))
        self.sample_button = QPushButton(self.tr("Open the sample workspace"))
        self.sample_button.setAccessibleDescription(self.tr(
            "Add the eight IncluCities cities, their pairs and four partly drafted plans"
        ))
        sample_note = QLabel(self.tr(
            "The sample holds the eight IncluCities cities, their four mentor and mentee "
            "pairs, and a partly drafted plan for Partinico, Saint-Jean-de-la-Ruelle, "
            "Livadia and Jelgava, each in its own language."
        ))
        sample_note.setWordWrap(True)
        note_font = sample_note.font()
        note_font.setPointSizeF(note_font.pointSizeF() * 0.9)
        sample_note.setFont(note_font)

        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(title)
        column.addSpacing(8)
        column.addWidget(intro)
        column.addSpacing(24)
        column.addWidget(self.new_button)
        column.addWidget(self.sample_button)
        column.addWidget(sample_note)
        column.addStretch(2)
        holder = QWidget()
        holder.setLayout(column)
        holder.setFixedWidth(520)
        outer = QVBoxLayout(self)
        outer.addWidget(holder, 0, Qt.AlignmentFlag.AlignHCenter)

        self.new_button.clicked.connect(self.newPlanRequested)
        self.sample_button.clicked.connect(self.sampleRequested)
