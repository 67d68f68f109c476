"""One step of a section document's own undo history, as a command on the window's stack.

Each section keeps its QTextDocument (and so its text history) while the user moves
between sections; every step the document records is pushed here, so that Ctrl+Z in the
window goes back through text and other edits in the order they were made.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

SectionRef = tuple[str, str]  # plan id, section key


class TextHistoryHost(Protocol):
    def replay(self, ref: SectionRef, serial: int, *, redo: bool, blocks: int = 0) -> bool:
        """Undo or redo one step of that document; False when it is gone."""
        ...


class TextStep(QUndoCommand):
    """Undoes and redoes one step of one section's document (``serial`` tells which
    document: a section closed and opened again has a new one, without this history)."""

    def __init__(self, host: TextHistoryHost, ref: SectionRef, serial: int, title: str) -> None:
        super().__init__(QCoreApplication.translate("SectionEditor", "Edit of “%1”")
                         .replace("%1", title))
        self._host = host
        self.ref = ref
        self.serial = serial
        self.blocks = 0  # how many blocks the step adds or removes (a big one is replayed apart)
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:  # QUndoStack.push calls redo(); the document has done it already
            self._pushed = True
            return
        if not self._host.replay(self.ref, self.serial, redo=True, blocks=self.blocks):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self._host.replay(self.ref, self.serial, redo=False, blocks=self.blocks):
            self.setObsolete(True)  # the plan was closed: QUndoStack drops the command
