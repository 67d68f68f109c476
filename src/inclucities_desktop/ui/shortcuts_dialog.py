"""Help → Keyboard shortcuts: a table made from the window's own actions, so never stale."""

from __future__ import annotations

import re

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QVBoxLayout,
    QWidget,
)


def without_marks(text: str) -> str:
    """Menu text as a person reads it: no &-accelerator marks."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def action_label(action: QAction) -> str:
    """An action's name: its status tip where it has one (toolbars explain there, and
    their text may be a symbol such as "•"), else its text; without the keys or "…"."""
    text = action.statusTip() or without_marks(action.text())
    text = re.sub(r"\s*\([^()]*\)$", "", text)  # the keys, shown in their own column
    return text.rstrip("…").rstrip(".").strip()


def action_place(action: QAction) -> str:
    """Where the shortcut works: its menu, else the named area that owns the action."""
    for owner in action.associatedObjects():
        if isinstance(owner, QMenu) and owner.title():
            return without_marks(owner.title())
    widget = action.parent()
    while isinstance(widget, QWidget):
        name = widget.windowTitle() if isinstance(widget, QToolBar) else widget.accessibleName()
        if name:
            return name
        widget = widget.parentWidget()
    return ""


def _menu_actions(window: QWidget) -> list[QAction]:
    ordered: list[QAction] = []
    for bar in window.findChildren(QMenuBar):
        for top in bar.actions():
            menu = top.menu()
            if isinstance(menu, QMenu):
                ordered += [action for action in menu.actions() if not action.isSeparator()]
    return ordered


def shortcut_rows(window: QWidget) -> list[tuple[str, str, str]]:
    """(command, keys, where) for every action of ``window`` that has a shortcut: the
    menus' first, in menu order, then the others (toolbars, tables) as they were made."""
    rows: list[tuple[str, str, str]] = []
    seen: set[tuple[str, str]] = set()
    menu_actions = _menu_actions(window)
    others = [a for a in window.findChildren(QAction) if a not in menu_actions]
    for action in menu_actions + others:
        # dict.fromkeys: a standard key may equal an added one (Redo is Ctrl+Y on Linux too)
        keys = ", ".join(dict.fromkeys(
            sequence.toString(QKeySequence.SequenceFormat.NativeText)
            for sequence in action.shortcuts() if not sequence.isEmpty()))
        label = action_label(action)
        if not keys or not label or (label, keys) in seen:
            continue
        seen.add((label, keys))
        rows.append((label, keys, action_place(action)))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Keys"),
                                              self.tr("Where")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        hint = self.tr(
            "Every command that has a shortcut, with its keys. Tab moves between areas of "
            "the window, Ctrl+Tab out of a text or a table; Alt with the underlined letter "
            "opens a menu.")
        self.table.setAccessibleDescription(hint)
        self.hint = QLabel(hint)
        self.hint.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        for number, row in enumerate(rows):
            for column, text in enumerate(row):
                self.table.setItem(number, column, QTableWidgetItem(text))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 95,
                    self.fontMetrics().height() * 30)
