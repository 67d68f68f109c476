"""The formatting toolbar of the section editor; its buttons show the format at the cursor."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QIcon, QKeySequence, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QComboBox, QDialog, QToolBar, QWidget

from inclucities_desktop.ui.markdown_document import is_bullet_list
from inclucities_desktop.ui.section_dialogs import LinkDialog, TableDialog
from inclucities_desktop.ui.section_formatting import (
    bold_applies,
    can_change_level,
    change_list_level,
    change_table,
    insert_table,
    link_at,
    remove_link,
    set_heading,
    set_link,
    toggle_list,
)
from inclucities_desktop.ui.section_text_box import SectionTextBox

_NATIVE = QKeySequence.SequenceFormat.NativeText


class SectionToolBar(QToolBar):
    """Paragraph style, bold, italic, lists, list level, link and table tools.

    Shortcuts are put on ``shortcut_host`` (the editor), so that they work while typing.
    The dialogs are attributes, so that tests can put stand-ins there.
    """

    def __init__(self, box: SectionTextBox, shortcut_host: QWidget,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Formatting"))
        self.setAccessibleName(self.tr("Formatting"))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.box = box
        self._host = shortcut_host
        self.link_dialog: Callable[..., QDialog] = LinkDialog
        self.table_dialog: Callable[..., QDialog] = TableDialog

        self.style_box = QComboBox()
        self.style_box.setAccessibleName(self.tr("Paragraph style"))
        self.style_box.setToolTip(self.tr("Paragraph style"))
        for level, label in enumerate((self.tr("Paragraph"), self.tr("Heading 1"),
                                       self.tr("Heading 2"), self.tr("Heading 3"))):
            self.style_box.addItem(label, level)
        self.style_box.activated.connect(self._style_chosen)
        self.addWidget(self.style_box)
        self.addSeparator()

        self.bold = self._action(self.tr("Bold"), self.tr("B", "bold button"),
                                 "format-text-bold", QKeySequence(QKeySequence.StandardKey.Bold),
                                 self._toggle_bold, checkable=True)
        self.italic = self._action(self.tr("Italic"), self.tr("I", "italic button"),
                                   "format-text-italic",
                                   QKeySequence(QKeySequence.StandardKey.Italic),
                                   self._toggle_italic, checkable=True)
        self._button_font(self.bold, bold=True)
        self._button_font(self.italic, italic=True)
        self.addSeparator()
        self.bullets = self._action(self.tr("Bullet list"), self.tr("• List"),
                                    "format-list-unordered",
                                    QKeySequence("Ctrl+Shift+8"),
                                    lambda: self._list(bullets=True), checkable=True)
        self.numbers = self._action(self.tr("Numbered list"), self.tr("1. List"),
                                    "format-list-ordered",
                                    QKeySequence("Ctrl+Shift+7"),
                                    lambda: self._list(bullets=False), checkable=True)
        self.outdent = self._action(self.tr("Decrease list level"), "⇤", "format-indent-less",
                                    QKeySequence("Shift+Tab"), lambda: self._level(-1),
                                    shortcut_active=False)
        self.indent = self._action(self.tr("Increase list level"), "⇥", "format-indent-more",
                                   QKeySequence("Tab"), lambda: self._level(1),
                                   shortcut_active=False)
        self.addSeparator()
        self.link = self._action(self.tr("Link…"), self.tr("Link"), "insert-link",
                                 QKeySequence("Ctrl+K"), self.edit_link)
        self.table = self._action(self.tr("Insert table…"), self.tr("Table"), "insert-table",
                                  None, self.insert_table)
        self.add_row = self._action(self.tr("Add a row below"), self.tr("+Row"), "",
                                    None, lambda: self._table("add-row"))
        self.remove_row = self._action(self.tr("Remove this row"), self.tr("−Row"), "",
                                       None, lambda: self._table("remove-row"))
        self.add_column = self._action(self.tr("Add a column to the right"), self.tr("+Col"),
                                       "", None, lambda: self._table("add-column"))
        self.remove_column = self._action(self.tr("Remove this column"), self.tr("−Col"), "",
                                          None, lambda: self._table("remove-column"))

        box.cursorPositionChanged.connect(self.refresh)
        box.currentCharFormatChanged.connect(lambda _fmt: self.refresh())
        box.selectionChanged.connect(self.refresh)
        self._read_only = False
        self.refresh()

    def _action(self, name: str, symbol: str, icon_name: str, shortcut: QKeySequence | None,
                slot: Callable[[], object], *, checkable: bool = False,
                shortcut_active: bool = True) -> QAction:
        action = QAction(name, self)
        icon = QIcon.fromTheme(icon_name) if icon_name else QIcon()
        if not icon.isNull():
            action.setIcon(icon)
        action.setIconText(symbol)  # shown when there is no icon theme
        tip = name.rstrip("…")
        if shortcut is not None:
            tip = f"{tip} ({shortcut.toString(_NATIVE)})"
            if shortcut_active:
                action.setShortcut(shortcut)
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self._host.addAction(action)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.setCheckable(checkable)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        button = self.widgetForAction(action)
        if button is not None:
            button.setAccessibleName(name.rstrip("…"))
            button.setAccessibleDescription(tip)
        return action

    def _button_font(self, action: QAction, *, bold: bool = False, italic: bool = False) -> None:
        button = self.widgetForAction(action)
        if button is not None and action.icon().isNull():
            font = button.font()
            font.setBold(bold)
            font.setItalic(italic)
            button.setFont(font)

    # -- state ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        cursor = self.box.textCursor()
        fmt = cursor.charFormat()
        editable = not self._read_only
        self.bold.setEnabled(editable and bold_applies(cursor))
        self.bold.setChecked(fmt.fontWeight() >= QFont.Weight.DemiBold and bold_applies(cursor))
        self.italic.setChecked(fmt.fontItalic())
        current = cursor.currentList()
        self.bullets.setChecked(current is not None and is_bullet_list(current))
        self.numbers.setChecked(current is not None and not is_bullet_list(current))
        self.indent.setEnabled(editable and can_change_level(cursor, 1))
        self.outdent.setEnabled(editable and current is not None)
        level = cursor.blockFormat().headingLevel()
        self.style_box.setCurrentIndex(level if 0 <= level <= 3 else -1)
        in_table = cursor.currentTable() is not None
        self.table.setEnabled(editable and not in_table)
        for action in (self.add_row, self.remove_row, self.add_column, self.remove_column):
            action.setEnabled(editable and in_table)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for action in self.actions():
            action.setEnabled(not read_only)
        self.style_box.setEnabled(not read_only)
        if not read_only:
            self.refresh()

    # -- formatting ------------------------------------------------------------------------------

    def _style_chosen(self, index: int) -> None:
        set_heading(self.box.textCursor(), int(self.style_box.itemData(index)))
        self.box.setFocus()
        self.refresh()

    def _toggle_bold(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold if self.bold.isChecked() else QFont.Weight.Normal)
        self.box.mergeCurrentCharFormat(fmt)

    def _toggle_italic(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(self.italic.isChecked())
        self.box.mergeCurrentCharFormat(fmt)

    def _list(self, *, bullets: bool) -> None:
        toggle_list(self.box.textCursor(), bullets=bullets)
        self.refresh()

    def _level(self, step: int) -> None:
        change_list_level(self.box.textCursor(), step)
        self.box.setFocus()
        self.refresh()

    def edit_link(self) -> None:
        """Ctrl+K: set, change or remove the link at the cursor or on the selection."""
        cursor = self.box.textCursor()
        found = link_at(cursor)
        href = ""
        if found is not None:
            link, href = found
            if not cursor.hasSelection() or (
                    link.selectionStart() <= cursor.selectionStart()
                    and cursor.selectionEnd() <= link.selectionEnd()):
                cursor = link  # inside a link: the whole link
        dialog = self.link_dialog(cursor.selectedText(), href, editing=found is not None,
                                  parent=self)
        result = dialog.exec()
        if result == LinkDialog.REMOVE and found is not None:
            remove_link(cursor)
        elif result == QDialog.DialogCode.Accepted.value and dialog.url():  # type: ignore[attr-defined]
            after = set_link(cursor, dialog.text(), dialog.url(),  # type: ignore[attr-defined]
                             self.palette().link())
            self.box.setTextCursor(after)
        self.box.setFocus()

    def insert_table(self) -> None:
        dialog = self.table_dialog(parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted.value:
            rows, columns = dialog.rows.value(), dialog.columns.value()  # type: ignore[attr-defined]
            table = insert_table(self.box.textCursor(), rows, columns)
            self.box.setTextCursor(table.cellAt(0, 0).firstCursorPosition())
        self.box.setFocus()

    def _table(self, action: str) -> None:
        cursor = self.box.textCursor()
        table = cursor.currentTable()
        if table is None:
            return
        cell = table.cellAt(cursor)
        row, column = cell.row(), cell.column()
        offset = cursor.position() - cell.firstPosition()
        change_table(cursor, action)
        # Qt may move the cursor into a new cell; stay in the same (or nearest) one
        row, column = min(row, table.rows() - 1), min(column, table.columns() - 1)
        cell = table.cellAt(row, column)
        place = QTextCursor(cursor.document())
        place.setPosition(min(cell.firstPosition() + offset, cell.lastPosition()))
        self.box.setTextCursor(place)
        self.refresh()

