"""Search across all plans (Ctrl+Shift+F), with a jump to the result."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inclucities_desktop.services.search_index import SearchHit
from inclucities_desktop.ui.task_runner import ServiceRunner

HIT_ROLE = Qt.ItemDataRole.UserRole + 1


def snippet_html(snippet: str) -> str:
    """The FTS snippet as safe rich text, the match in bold."""
    escaped = html.escape(" ".join(snippet.split()))
    return escaped.replace("[[", "<b>").replace("]]", "</b>")


class SearchDialog(QDialog):
    """Type to search; Enter or a double click opens the plan at the match."""

    hitActivated = Signal(object)  # SearchHit

    def __init__(
        self,
        runner: ServiceRunner,
        search: Callable[[str], list[SearchHit]],
        describe: Callable[[SearchHit], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Search all plans"))
        self._runner = runner
        self._search = search
        self._describe = describe
        self._latest = ""
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Words to find in every plan…"))
        self.query.setAccessibleName(self.tr("Search text"))
        self.query.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setWordWrap(True)
        self.summary = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self._run_search)
        self.query.textChanged.connect(self._timer.start)
        self.query.returnPressed.connect(self._activate_current)
        self.results.itemActivated.connect(self._activate)
        self.resize(640, 480)

    def _run_search(self) -> None:
        text = self.query.text().strip()
        self._latest = text
        if not text:
            self._show([], text)
            return
        self._runner.run(self._search, text, on_done=lambda hits: self._show(hits, text))

    def _show(self, hits: list[SearchHit], text: str) -> None:
        if text != self._latest:
            return  # an answer to an older query
        self.results.clear()
        for hit in hits:
            item = QListWidgetItem()
            label = QLabel(
                f"<b>{html.escape(hit.plan_title)}</b> — {html.escape(self._describe(hit))}"
                f"<br>{snippet_html(hit.snippet)}"
            )
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setContentsMargins(4, 4, 4, 4)
            item.setData(HIT_ROLE, hit)
            item.setData(Qt.ItemDataRole.AccessibleTextRole,
                         f"{hit.plan_title}, {self._describe(hit)}")
            item.setSizeHint(label.sizeHint())
            self.results.addItem(item)
            self.results.setItemWidget(item, label)
        if text:
            self.summary.setText(self.tr("%n result(s)", "", len(hits)))
        else:
            self.summary.clear()
        if hits:
            self.results.setCurrentRow(0)

    def _activate_current(self) -> None:
        if self._timer.isActive():
            return
        item = self.results.currentItem()
        if item is not None:
            self._activate(item)

    def _activate(self, item: QListWidgetItem) -> None:
        self.hitActivated.emit(item.data(HIT_ROLE))
