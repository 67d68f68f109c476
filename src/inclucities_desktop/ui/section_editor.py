"""The editor of a section's text: one document per section, autosaved, on the shared undo stack.

- Nothing is saved when a section is only shown. After an edit the Markdown is written
  and sent to the workspace (through the ServiceRunner, off the UI thread) 400 ms after the
  last keystroke, and at least every 900 ms while typing goes on, so that a killed process
  loses at most about a second. The Markdown is made in the timer, never per keystroke,
  and only for the blocks that changed (``MarkdownWriter``).
- Each section shown this session keeps its own QTextDocument, so its text history
  survives switching; each step of it is mirrored on the window's QUndoStack (TextStep).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QTextCursor, QTextDocument, QUndoStack
from PySide6.QtWidgets import QVBoxLayout, QWidget
from shiboken6 import isValid

from inclucities_desktop.ui.markdown_document import MarkdownWriter, read_markdown
from inclucities_desktop.ui.section_text_box import BULK_BLOCKS, SectionTextBox
from inclucities_desktop.ui.section_toolbar import SectionToolBar
from inclucities_desktop.ui.section_undo import SectionRef, TextStep
from inclucities_desktop.ui.task_runner import ServiceRunner

SaveSection = Callable[[str, str, str], bool]

DEBOUNCE_MS = 400  # saved this long after the last keystroke...
MAX_UNSAVED_MS = 900  # ...and at least this often while typing goes on


@dataclass
class _Section:
    document: QTextDocument
    writer: MarkdownWriter
    serial: int
    stored: str  # the Markdown last sent to the workspace (or given, when nothing was sent)
    blocks: int = 0  # the block count when the last undo step was recorded


class SectionEditor(QWidget):
    sectionRequested = Signal(str, str)  # plan_id, key: an undo or redo needs it shown
    saved = Signal(str, str)  # plan_id, key: a save has landed in the workspace

    def __init__(self, runner: ServiceRunner, save_section: SaveSection,
                 undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._save_section = save_section
        self._undo_stack = undo_stack
        self._sections: dict[SectionRef, _Section] = {}
        self._dirty: set[SectionRef] = set()
        self._current: SectionRef | None = None
        self._read_only = False
        self._serials = 0
        self._pushing = False
        # The name of a section in the Undo menu; the window may give a better one.
        self.describe: Callable[[str, str], str] = lambda _plan_id, key: key

        self.text_box = SectionTextBox(undo_stack.undo, undo_stack.redo)
        self.text_box.setAccessibleName(self.tr("Section text"))
        self.text_box.setAccessibleDescription(
            self.tr("Rich text, saved as you type. Ctrl+click opens a link."))
        self._blank = QTextDocument(self)
        self.text_box.setDocument(self._blank)
        self.text_box.setReadOnly(True)
        self.toolbar = SectionToolBar(self.text_box, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.text_box, 1)
        self.setFocusProxy(self.text_box)

        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.flush)
        self._deadline = QTimer(self, singleShot=True, interval=MAX_UNSAVED_MS)
        self._deadline.timeout.connect(self.flush)
        undo_stack.indexChanged.connect(self._stack_moved)

    # -- showing -------------------------------------------------------------------------------

    def show_section(self, plan_id: str, key: str, markdown: str) -> None:
        """Show the section; ``markdown`` is read only the first time this session."""
        ref = (plan_id, key)
        if ref != self._current:
            self.flush()
        section = self._sections.get(ref) or self._load(ref, markdown)
        self._current = ref
        if self.text_box.document() is not section.document:
            self.text_box.setDocument(section.document)
        self.text_box.setReadOnly(self._read_only)
        self.toolbar.refresh()

    def _load(self, ref: SectionRef, markdown: str) -> _Section:
        document = QTextDocument(self)
        document.setDocumentMargin(12)
        read_markdown(document, markdown)
        document.clearUndoRedoStacks()
        document.setModified(False)
        self._serials += 1
        section = _Section(document, MarkdownWriter(document), self._serials, markdown,
                           document.blockCount())
        section.writer.markdown()  # fills its per-block cache now, not at the first save
        self._sections[ref] = section
        # Connected after loading: only what the user does from here on counts.
        document.contentsChanged.connect(lambda: self._changed(ref))
        document.undoCommandAdded.connect(lambda: self._step_added(ref))
        return section

    def current(self) -> SectionRef | None:
        return self._current

    def markdown(self) -> str:
        """The current section as Markdown."""
        if self._current is None:
            return ""
        return self._sections[self._current].writer.markdown()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.text_box.setReadOnly(read_only or self._current is None)
        self.toolbar.set_read_only(read_only)

    def select_text(self, needle: str) -> bool:
        """Select the first match of ``needle`` (any case) and scroll to it."""
        if not needle or self._current is None:
            return False
        found = self._sections[self._current].document.find(needle)
        if found.isNull():
            return False
        self.text_box.setTextCursor(found)
        self.text_box.ensureCursorVisible()
        self.text_box.setFocus()
        return True

    def forget_plan(self, plan_id: str) -> None:
        """Save what is pending, then drop the plan's documents (and so their history)."""
        self.flush()
        for ref in [ref for ref in self._sections if ref[0] == plan_id]:
            section = self._sections.pop(ref)
            self._dirty.discard(ref)
            if ref == self._current:
                self._current = None
                self.text_box.setDocument(self._blank)
                self.text_box.setReadOnly(True)
            section.document.deleteLater()

    def document(self, plan_id: str, key: str) -> QTextDocument | None:
        """The section's document, when it was shown this session."""
        section = self._sections.get((plan_id, key))
        return section.document if section else None

    def has_unsaved_changes(self) -> bool:
        return bool(self._dirty)

    # -- history ---------------------------------------------------------------------------------

    def _step_added(self, ref: SectionRef) -> None:
        section = self._sections[ref]
        count = section.document.blockCount()
        step = TextStep(self, ref, section.serial, self.describe(*ref))
        step.blocks = abs(count - section.blocks)
        section.blocks = count
        self._pushing = True
        try:
            self._undo_stack.push(step)
        finally:
            self._pushing = False

    def _stack_moved(self, _index: int) -> None:
        # Something else went on the stack (or was undone): typing from now on is a new step,
        # not merged by Qt into the document's last one, so the order of steps stays true.
        if not self._pushing:
            for section in self._sections.values():
                section.document.setModified(False)

    def replay(self, ref: SectionRef, serial: int, *, redo: bool, blocks: int = 0) -> bool:
        """Undo or redo one step of a section's document, showing the section first."""
        section = self._sections.get(ref)
        if section is None or section.serial != serial:
            return False
        if ref != self._current:
            self.sectionRequested.emit(*ref)
        shown = self._current == ref and self.text_box.document() is section.document
        if shown and blocks > BULK_BLOCKS:
            with self.text_box.bulk_edit() as document:
                cursor = _replay(document, redo=redo)
            self.text_box.setTextCursor(cursor)
            self.text_box.ensureCursorVisible()
        elif shown:
            if redo:
                self.text_box.redo()
            else:
                self.text_box.undo()
            self.text_box.ensureCursorVisible()
        else:
            _replay(section.document, redo=redo)
        section.blocks = section.document.blockCount()
        return True

    # -- saving ------------------------------------------------------------------------------

    def _changed(self, ref: SectionRef) -> None:
        if not self._dirty:
            self._deadline.start()
        self._dirty.add(ref)
        self._debounce.start()

    def flush(self) -> None:
        """Send every changed section to the workspace now (section switch, close...)."""
        self._debounce.stop()
        self._deadline.stop()
        dirty, self._dirty = self._dirty, set()
        for ref in dirty:
            section = self._sections.get(ref)
            if section is None:
                continue
            # Typing after a save is a new undo step: Qt merges typing only while modified.
            section.document.setModified(False)
            text = section.writer.markdown()
            if text == section.stored:
                continue  # e.g. typed and undone again
            section.stored = text
            plan_id, key = ref
            self._runner.run(self._save_section, plan_id, key, text,
                             on_done=partial(self._landed, ref),
                             on_error=partial(self._save_failed, ref))

    def _landed(self, ref: SectionRef, _changed: object) -> None:
        if isValid(self):  # a save still lands after the window (and this editor) closed
            self.saved.emit(*ref)

    def _save_failed(self, ref: SectionRef, error: BaseException) -> None:
        if not isValid(self):
            self._runner.failed.emit(error)
            return
        section = self._sections.get(ref)
        if section is not None:
            section.stored = "\0"  # unknown now: the next edit sends the whole text again
        self._runner.failed.emit(error)


def _replay(document: QTextDocument, *, redo: bool) -> QTextCursor:
    cursor = QTextCursor(document)
    if redo:
        document.redo(cursor)
    else:
        document.undo(cursor)
    return cursor
