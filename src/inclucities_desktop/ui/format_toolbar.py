"""The formatting toolbar of the section editor, and the small dialogs it opens."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import (
    QAction,
    QFont,
    QKeySequence,
    QTextCharFormat,
    QTextCursor,
    QTextListFormat,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QToolBar,
    QWidget,
)

from inclucities_desktop.ui.rich_text_edit import LINK_SCHEMES, RichTextEdit, heading_char_format

_BULLET_STYLES = (QTextListFormat.Style.ListDisc, QTextListFormat.Style.ListCircle,
                  QTextListFormat.Style.ListSquare)


class LinkDialog(QDialog):
    def __init__(self, text: str, url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link"))
        self.text_edit = QLineEdit(text)
        self.text_edit.setAccessibleName(self.tr("Text of the link"))
        self.url_edit = QLineEdit(url)
        self.url_edit.setPlaceholderText("https://")
        self.url_edit.setAccessibleName(self.tr("Web address"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Text:"), self.text_edit)
        form.addRow(self.tr("&Address:"), self.url_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        form.addRow(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.url_edit.textChanged.connect(self._check)
        self._check()
        self.setMinimumWidth(420)

    def url(self) -> str:
        return self.url_edit.text().strip()

    def _check(self) -> None:
        url = QUrl(self.url())
        ok = url.isValid() and url.scheme() in LINK_SCHEMES and bool(url.path() or url.host())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)


class TableDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Insert table"))
        self.rows = QSpinBox(minimum=2, maximum=50, value=3)
        self.rows.setAccessibleName(self.tr("Rows, with the header row"))
        self.columns = QSpinBox(minimum=1, maximum=12, value=3)
        self.columns.setAccessibleName(self.tr("Columns"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Rows (with the header):"), self.rows)
        form.addRow(self.tr("&Columns:"), self.columns)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        form.addRow(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)


class FormatToolBar(QToolBar):
    """Paragraph style, bold, italic, lists, link and table tools for one RichTextEdit."""

    def __init__(self, edit: RichTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Formatting"))
        self.edit = edit
        self.style_box = QComboBox()
        self.style_box.setAccessibleName(self.tr("Paragraph style"))
        self.style_box.setToolTip(self.tr("Paragraph style"))
        for level, label in enumerate((self.tr("Paragraph"), self.tr("Heading 1"),
                                       self.tr("Heading 2"), self.tr("Heading 3"))):
            self.style_box.addItem(label, level)
        self.addWidget(self.style_box)
        self.style_box.activated.connect(lambda i: self.set_heading(self.style_box.itemData(i)))

        self.bold = self._action(self.tr("Bold"), "B", QKeySequence.StandardKey.Bold,
                                 self.toggle_bold, checkable=True)
        self.italic = self._action(self.tr("Italic"), "I", QKeySequence.StandardKey.Italic,
                                   self.toggle_italic, checkable=True)
        bold_font, italic_font = self.font(), self.font()
        bold_font.setBold(True)
        italic_font.setItalic(True)
        self.bold.setFont(bold_font)
        self.italic.setFont(italic_font)
        self.addSeparator()
        self.bullets = self._action(self.tr("Bullet list"), "•", "Ctrl+Shift+8",
                                    lambda: self.toggle_list(bullets=True), checkable=True)
        self.numbers = self._action(self.tr("Numbered list"), "1.", "Ctrl+Shift+7",
                                    lambda: self.toggle_list(bullets=False), checkable=True)
        self.outdent = self._action(self.tr("Decrease list level"), "⇤", "Shift+Tab",
                                    lambda: edit.change_list_level(-1), shortcut_active=False)
        self.indent = self._action(self.tr("Increase list level"), "⇥", "Tab",
                                   lambda: edit.change_list_level(1), shortcut_active=False)
        self.addSeparator()
        self.link = self._action(self.tr("Link…"), self.tr("Link"), "Ctrl+K", self.edit_link)
        self.table = self._action(self.tr("Insert table…"), "▦", None, self.insert_table)
        self.add_row = self._action(self.tr("Add table row"), "+▤", None, self.add_table_row)
        self.remove_row = self._action(self.tr("Remove table row"), "−▤", None,
                                       self.remove_table_row)
        self.add_column = self._action(self.tr("Add table column"), "+▥", None,
                                       self.add_table_column)
        self.remove_column = self._action(self.tr("Remove table column"), "−▥", None,
                                          self.remove_table_column)
        edit.cursorPositionChanged.connect(self.refresh)
        edit.currentCharFormatChanged.connect(lambda _fmt: self.refresh())
        self.refresh()

    def _action(self, name: str, symbol: str,
                shortcut: str | QKeySequence.StandardKey | None, slot: Callable[[], object], *,
                checkable: bool = False, shortcut_active: bool = True) -> QAction:
        action = QAction(symbol, self)
        if shortcut is None:
            action.setToolTip(name)
        else:
            keys = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{name} ({keys})")
        action.setStatusTip(name)
        action.setCheckable(checkable)
        if shortcut is not None and shortcut_active:
            action.setShortcut(QKeySequence(shortcut))
            self.edit.addAction(action)  # the shortcut works while typing in the text
        action.triggered.connect(slot)
        self.addAction(action)
        button = self.widgetForAction(action)
        if button is not None:
            button.setAccessibleName(name)
            # Toolbar buttons take no focus by default; these have no other keyboard path
            # (tables), so Tab reaches them (Ctrl+Tab leaves the text box, which keeps Tab).
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return action

    # -- state -------------------------------------------------------------------------

    def refresh(self) -> None:
        cursor = self.edit.textCursor()
        fmt = cursor.charFormat()
        self.bold.setChecked(fmt.fontWeight() >= QFont.Weight.Bold)
        self.italic.setChecked(fmt.fontItalic())
        current = cursor.currentList()
        is_bullets = current is not None and current.format().style() in _BULLET_STYLES
        self.bullets.setChecked(is_bullets)
        self.numbers.setChecked(current is not None and not is_bullets)
        self.indent.setEnabled(current is not None)
        self.outdent.setEnabled(current is not None)
        level = cursor.blockFormat().headingLevel()
        self.style_box.setCurrentIndex(level if 0 <= level <= 3 else 0)
        in_table = cursor.currentTable() is not None
        for action in (self.add_row, self.remove_row, self.add_column, self.remove_column):
            action.setEnabled(in_table)

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)

    # -- formatting --------------------------------------------------------------------

    def _merge(self, fmt: QTextCharFormat) -> None:
        cursor = self.edit.textCursor()
        if not cursor.hasSelection():
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
            if not cursor.hasSelection():
                self.edit.mergeCurrentCharFormat(fmt)
                return
        cursor.mergeCharFormat(fmt)
        self.edit.mergeCurrentCharFormat(fmt)

    def toggle_bold(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold if self.bold.isChecked() else QFont.Weight.Normal)
        self._merge(fmt)

    def toggle_italic(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(self.italic.isChecked())
        self._merge(fmt)

    def set_heading(self, level: int) -> None:
        cursor = self.edit.textCursor()
        cursor.beginEditBlock()
        block_format = cursor.blockFormat()
        block_format.setHeadingLevel(level)
        cursor.setBlockFormat(block_format)
        cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
        cursor.mergeCharFormat(heading_char_format(level))
        cursor.endEditBlock()
        self.edit.setFocus()

    def toggle_list(self, *, bullets: bool) -> None:
        cursor = self.edit.textCursor()
        current = cursor.currentList()
        style = QTextListFormat.Style.ListDisc if bullets else QTextListFormat.Style.ListDecimal
        cursor.beginEditBlock()
        if current is not None and (current.format().style() in _BULLET_STYLES) == bullets:
            current.remove(cursor.block())
            block_format = cursor.blockFormat()
            block_format.setIndent(0)
            cursor.setBlockFormat(block_format)
        else:
            fmt = QTextListFormat()
            fmt.setStyle(style)
            fmt.setIndent(current.format().indent() if current is not None else 1)
            cursor.createList(fmt)
        cursor.endEditBlock()
        self.refresh()

    def edit_link(self) -> None:
        cursor = self.edit.textCursor()
        fmt = cursor.charFormat()
        if not cursor.hasSelection() and fmt.isAnchor():
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        dialog = LinkDialog(cursor.selectedText(), fmt.anchorHref() if fmt.isAnchor() else "",
                            self)
        if not dialog.exec():
            return
        link = QTextCharFormat()
        link.setAnchor(True)
        link.setAnchorHref(dialog.url())
        link.setForeground(self.palette().link())
        link.setFontUnderline(True)
        text = dialog.text_edit.text().strip() or dialog.url()
        cursor.beginEditBlock()
        cursor.insertText(text, link)
        cursor.insertText("", QTextCharFormat())
        cursor.endEditBlock()
        self.edit.setTextCursor(cursor)
        self.edit.setCurrentCharFormat(QTextCharFormat())

    def insert_table(self) -> None:
        dialog = TableDialog(self)
        if dialog.exec():
            self.edit.textCursor().insertTable(dialog.rows.value(), dialog.columns.value())

    def add_table_row(self) -> None:
        cursor = self.edit.textCursor()
        table = cursor.currentTable()
        if table is not None:
            table.insertRows(table.cellAt(cursor).row() + 1, 1)

    def remove_table_row(self) -> None:
        cursor = self.edit.textCursor()
        table = cursor.currentTable()
        if table is not None and table.rows() > 1:
            table.removeRows(table.cellAt(cursor).row(), 1)

    def add_table_column(self) -> None:
        cursor = self.edit.textCursor()
        table = cursor.currentTable()
        if table is not None:
            table.insertColumns(table.cellAt(cursor).column() + 1, 1)

    def remove_table_column(self) -> None:
        cursor = self.edit.textCursor()
        table = cursor.currentTable()
        if table is not None and table.columns() > 1:
            table.removeColumns(table.cellAt(cursor).column(), 1)
