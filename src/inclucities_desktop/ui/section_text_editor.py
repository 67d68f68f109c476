"""The editor of a section's text: one document per section, autosaved, on the shared undo stack.

Each section shown this session keeps its own QTextDocument, so its text history survives
switching sections. Every step of a document's own undo history is mirrored as a command
on the window's QUndoStack, so Ctrl+Z goes back through text and action edits alike.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import shiboken6
from PySide6.QtCore import QCoreApplication, QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtGui import QTextDocument, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QVBoxLayout, QWidget

from inclucities_desktop.ui.format_toolbar import FormatToolBar
from inclucities_desktop.ui.markdown_text import read_markdown, write_markdown
from inclucities_desktop.ui.rich_text_edit import RichTextEdit
from inclucities_desktop.ui.task_runner import ServiceRunner

SectionRef = tuple[str, str]  # plan id, section key
SaveSection = Callable[[str, str, str], bool]

# Saved this long after the last keystroke, and at least this often while typing goes
# on, so a killed process loses at most about a second of typing.
DEBOUNCE_MS = 400
MAX_UNSAVED_MS = 900


class TextStep(QUndoCommand):
    """One step of a section document's own undo history, on the window's stack."""

    def __init__(self, editor: SectionEditor, ref: SectionRef, document: QTextDocument) -> None:
        super().__init__(QCoreApplication.translate("SectionEditor", "Typing"))
        self._editor = editor
        self._ref = ref
        self._document = document
        self._first = True

    def redo(self) -> None:
        if self._first:  # QUndoStack.push calls redo(); the document has done it already
            self._first = False
            return
        self._editor.reveal(self._ref)
        self._document.redo()

    def undo(self) -> None:
        self._editor.reveal(self._ref)
        self._document.undo()


class SectionEditor(QWidget):
    sectionRequested = Signal(str, str)  # plan_id, key: an undo or redo needs it shown
    saved = Signal(str, str)  # plan_id, key: a save landed in the workspace
    sectionShown = Signal(str, str)  # plan_id, key: its document is in the text box now

    def __init__(
        self,
        runner: ServiceRunner,
        save_section: SaveSection,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._save_section = save_section
        self._undo_stack = undo_stack
        self._documents: dict[SectionRef, QTextDocument] = {}
        self._stored: dict[SectionRef, str] = {}  # the Markdown last sent to the workspace
        self._dirty: set[SectionRef] = set()
        self._current: SectionRef | None = None
        self._read_only = False

        self.text_edit = RichTextEdit()
        self.text_edit.setAccessibleName(self.tr("Section text"))
        self.text_edit.setAccessibleDescription(self.tr(
            "Saved as you type; Tab indents a list, Ctrl+Tab leaves the text"))
        self.toolbar = FormatToolBar(self.text_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.text_edit, 1)

        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.flush)
        self._oldest_unsaved = QElapsedTimer()
        self._deadline = QTimer(self, singleShot=True, interval=MAX_UNSAVED_MS)
        self._deadline.timeout.connect(self.flush)

    # -- showing -------------------------------------------------------------------------

    def show_section(self, plan_id: str, key: str, markdown: str) -> None:
        ref = (plan_id, key)
        document = self._documents.get(ref)
        if document is None:
            document = self._load(ref, markdown)
        self._current = ref
        self.text_edit.setDocument(document)
        self._apply_read_only()
        self.toolbar.refresh()
        self.sectionShown.emit(plan_id, key)

    def _load(self, ref: SectionRef, markdown: str) -> QTextDocument:
        document = QTextDocument(self)
        document.setDocumentMargin(12)
        read_markdown(document, markdown)
        document.clearUndoRedoStacks()
        document.setModified(False)
        self._documents[ref] = document
        self._stored[ref] = write_markdown(document)
        # Connected after loading: only edits from here on count.
        document.contentsChanged.connect(lambda: self._changed(ref))
        document.undoCommandAdded.connect(
            lambda: self._undo_stack.push(TextStep(self, ref, document)))
        return document

    def current(self) -> SectionRef | None:
        return self._current

    def reveal(self, ref: SectionRef) -> None:
        if ref != self._current:
            self.sectionRequested.emit(*ref)

    def markdown(self) -> str:
        if self._current is None:
            return ""
        return write_markdown(self._documents[self._current])

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._apply_read_only()
        self.toolbar.set_read_only(read_only)

    def is_read_only(self) -> bool:
        return self._read_only

    def _apply_read_only(self) -> None:
        self.text_edit.setReadOnly(self._read_only)
        if self._read_only:
            # A reader (a mentor) still selects a passage to comment on, by keyboard too.
            self.text_edit.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
                | Qt.TextInteractionFlag.LinksAccessibleByMouse)

    def select_text(self, needle: str) -> bool:
        """Select the first match of ``needle`` (any case) and scroll to it."""
        if not needle or self._current is None:
            return False
        found = self._documents[self._current].find(needle)
        if found.isNull():
            return False
        self.text_edit.setTextCursor(found)
        self.text_edit.ensureCursorVisible()
        self.text_edit.setFocus()
        return True

    def take_stored_text(self, plan_id: str, key: str, markdown: str) -> bool:
        """Show ``markdown``, which reached the workspace from elsewhere (a sync).

        A section with edits not yet sent keeps them: they will be merged on the server,
        and the merge comes back with a later sync. Returns whether the text was replaced.
        """
        ref = (plan_id, key)
        document = self._documents.get(ref)
        if document is None or ref in self._dirty or self._stored.get(ref) == markdown:
            return False
        # Loaded without a trace in either undo history: it is nobody's edit here.
        document.blockSignals(True)
        try:
            read_markdown(document, markdown)
            document.clearUndoRedoStacks()
            document.setModified(False)
        finally:
            document.blockSignals(False)
        self._stored[ref] = write_markdown(document)
        return True

    def forget_plan(self, plan_id: str) -> None:
        self.flush()
        for ref in [r for r in self._documents if r[0] == plan_id]:
            document = self._documents.pop(ref)
            self._stored.pop(ref, None)
            if ref == self._current:
                self._current = None
                self.text_edit.setDocument(QTextDocument(self.text_edit))
            document.deleteLater()

    # -- saving ------------------------------------------------------------------------

    def _changed(self, ref: SectionRef) -> None:
        if not self._dirty:
            self._oldest_unsaved.start()
            self._deadline.start()
        self._dirty.add(ref)
        self._debounce.start()

    def flush(self) -> None:
        """Send every changed section to the workspace now."""
        self._debounce.stop()
        self._deadline.stop()
        dirty, self._dirty = self._dirty, set()
        for ref in dirty:
            document = self._documents.get(ref)
            if document is None:
                continue
            text = write_markdown(document)
            if text == self._stored.get(ref):
                continue  # e.g. typed and undone again
            self._stored[ref] = text
            plan_id, key = ref
            self._runner.run(self._save_section, plan_id, key, text,
                             on_done=partial(self._save_landed, ref),
                             on_error=partial(self._save_failed, ref))

    def _save_landed(self, ref: SectionRef, _changed: bool) -> None:
        if shiboken6.isValid(self):  # the answer may come after the window has closed
            self.saved.emit(*ref)

    def _save_failed(self, ref: SectionRef, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        # The text stays in the editor and is sent again with the next change.
        self._stored.pop(ref, None)
        self._runner.failed.emit(error)

    def seconds_unsaved(self) -> float:
        return self._oldest_unsaved.elapsed() / 1000 if self._dirty else 0.0


