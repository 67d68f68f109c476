"""The conflicts to resolve: a list, and base / mine / theirs side by side for the chosen one.

Resolving is an ordinary edit of the field (keep mine, keep theirs, or an edited merge),
which the next sync sends like any other.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from inclucities_desktop.ui.conflict_text import is_text, value_text

KEEP_MINE = "keep_mine"
KEEP_THEIRS = "keep_theirs"
MERGED = "merged"


@dataclass(frozen=True)
class ConflictRow:
    """One conflict as the dialog shows it."""

    id: str
    kind: str  # edit, deleted or rejected
    plan_title: str
    place: str
    base: Any
    mine: Any
    theirs: Any
    reason: str
    created_at: str


class ConflictsDialog(QDialog):
    resolveRequested = Signal(str, str, object)  # conflict id, choice, merged value
    restoreRequested = Signal(str)  # conflict id of a "deleted" conflict

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Conflicts"))
        self._rows: list[ConflictRow] = []
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Conflicts to resolve"))
        self.empty_note = QLabel(self.tr("There are no conflicts to resolve."))
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.PlainText)

        self.base_view = self._text_view(self.tr("Base: the text both sides started from"))
        self.mine_view = self._text_view(self.tr("Mine: your version"))
        self.theirs_view = self._text_view(self.tr("Theirs: the version on the server"))
        self.merge_edit = QPlainTextEdit()
        self.merge_edit.setAccessibleName(self.tr("Merged text"))
        self.merge_label = QLabel(self.tr("Merg&ed text (edit it, then use it):"))
        self.merge_label.setBuddy(self.merge_edit)

        self.keep_mine_button = QPushButton(self.tr("Keep &mine"))
        self.keep_theirs_button = QPushButton(self.tr("Keep &theirs"))
        self.use_merge_button = QPushButton(self.tr("&Use the merged text"))
        self.restore_button = QPushButton(self.tr("&Restore it with my edit"))
        self.keep_mine_button.clicked.connect(lambda: self._resolve(KEEP_MINE))
        self.keep_theirs_button.clicked.connect(lambda: self._resolve(KEEP_THEIRS))
        self.use_merge_button.clicked.connect(lambda: self._resolve(MERGED))
        self.restore_button.clicked.connect(self._restore)

        sides = QGridLayout()
        for column, (title, view) in enumerate((
            (self.tr("Base"), self.base_view), (self.tr("Mine"), self.mine_view),
            (self.tr("Theirs"), self.theirs_view),
        )):
            label = QLabel(title)
            label.setBuddy(view)
            sides.addWidget(label, 0, column)
            sides.addWidget(view, 1, column)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.header)
        detail_layout.addLayout(sides, 3)
        detail_layout.addWidget(self.merge_label)
        detail_layout.addWidget(self.merge_edit, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self.keep_mine_button, self.keep_theirs_button, self.use_merge_button,
                       self.restore_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        detail_layout.addWidget(buttons)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list)
        left_layout.addWidget(self.empty_note)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(detail)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([260, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.list.currentRowChanged.connect(self._show_row)
        self.resize(1200, 640)
        self.set_conflicts([])

    def _text_view(self, description: str) -> QPlainTextEdit:
        view = QPlainTextEdit()
        view.setReadOnly(True)
        view.setAccessibleDescription(description)
        return view

    def set_conflicts(self, rows: list[ConflictRow]) -> None:
        current = self.current_id()
        self._rows = rows
        self.list.clear()
        for row in rows:
            item = QListWidgetItem(f"{row.plan_title}\n{row.place}")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.list.addItem(item)
        self.empty_note.setVisible(not rows)
        ids = [row.id for row in rows]
        self.list.setCurrentRow(ids.index(current) if current in ids else 0 if rows else -1)
        if not rows:
            self._show_row(-1)

    def current_id(self) -> str | None:
        row = self.list.currentRow()
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def _show_row(self, index: int) -> None:
        row = self._rows[index] if 0 <= index < len(self._rows) else None
        for view in (self.base_view, self.mine_view, self.theirs_view):
            view.clear()
        self.merge_edit.clear()
        if row is None:
            self.header.clear()
            for button in (self.keep_mine_button, self.keep_theirs_button,
                           self.use_merge_button, self.restore_button):
                button.setEnabled(False)
            return
        self.header.setText(self._explain(row))
        base, mine, theirs = (value_text(v) for v in (row.base, row.mine, row.theirs))
        self.base_view.setPlainText(base)
        self.mine_view.setPlainText(mine)
        self.theirs_view.setPlainText(theirs)
        _mark_changed_lines(self.mine_view, base, mine)
        _mark_changed_lines(self.theirs_view, base, theirs)
        mergeable = row.kind == "edit" and all(is_text(v) for v in (row.mine, row.theirs))
        self.merge_edit.setPlainText(mine if mergeable else "")
        for widget in (self.merge_edit, self.merge_label, self.use_merge_button):
            widget.setVisible(mergeable)
        self.use_merge_button.setEnabled(mergeable)
        self.keep_mine_button.setVisible(row.kind == "edit")
        self.keep_mine_button.setEnabled(row.kind == "edit")
        self.restore_button.setVisible(row.kind == "deleted")
        self.restore_button.setEnabled(row.kind == "deleted")
        self.keep_theirs_button.setEnabled(True)
        self.keep_theirs_button.setText(
            self.tr("Keep &theirs") if row.kind == "edit" else self.tr("&Discard my edit"))

    def _explain(self, row: ConflictRow) -> str:
        where = f"{row.plan_title} — {row.place}"
        if row.kind == "deleted":
            return self.tr("{0}\nThis was deleted on the server while you edited it. Your edit "
                           "is kept here: restore it with your edit, or discard the edit."
                           ).format(where)
        if row.kind == "rejected":
            return self.tr("{0}\nThe server did not accept your edit: {1}\nYour text is kept "
                           "here so that you can copy it.").format(where, row.reason)
        return self.tr("{0}\nYou and someone else changed the same passage. Keep one version, "
                       "or edit a merge of both.").format(where)

    def _resolve(self, choice: str) -> None:
        conflict_id = self.current_id()
        if conflict_id is not None:
            merged = self.merge_edit.toPlainText() if choice == MERGED else None
            self.resolveRequested.emit(conflict_id, choice, merged)

    def _restore(self) -> None:
        conflict_id = self.current_id()
        if conflict_id is not None:
            self.restoreRequested.emit(conflict_id)


def _mark_changed_lines(view: QPlainTextEdit, base: str, text: str) -> None:
    """Shade the lines of ``text`` that differ from ``base``, so the change is seen at once."""
    shade = QTextCharFormat()
    highlight = view.palette().color(QPalette.ColorRole.Highlight)
    shade.setBackground(QColor(highlight.red(), highlight.green(), highlight.blue(), 60))
    shade.setProperty(QTextCharFormat.Property.FullWidthSelection, True)
    selections = []
    matcher = difflib.SequenceMatcher(a=base.splitlines(), b=text.splitlines(), autojunk=False)
    document = view.document()
    for tag, _a1, _a2, b1, b2 in matcher.get_opcodes():
        if tag in ("replace", "insert"):
            for line in range(b1, b2):
                block = document.findBlockByNumber(line)
                selection = QTextEdit.ExtraSelection()
                selection.cursor = QTextCursor(block)
                selection.format = shade
                selections.append(selection)
    view.setExtraSelections(selections)
