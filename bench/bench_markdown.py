"""The editor's Markdown work alone, for a usual section and a 5 MB one.

    python bench/bench_markdown.py

Times what the section editor does on the UI thread: reading Markdown into a
QTextDocument, laying it out in a text box, writing it back (the autosave), and, where
``markdown_document.MarkdownWriter`` exists, writing it back after a one-key change with
the writer that keeps each block's Markdown. ``markdown_text`` is what the window's editor
uses today; ``markdown_document`` (``new_*``, ``kept_writer_*``) is its successor. No
workspace needed.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))
from bench_services import big_markdown
from generate_workspace import Writer
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QTextEdit

from inclucities_desktop.ui import markdown_text

try:
    from inclucities_desktop.ui import markdown_document
except ImportError:  # an older tree: only the whole-document writer
    markdown_document = None  # type: ignore[assignment]


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def ms(call: Callable[[], Any], runs: int) -> dict[str, float]:
    durations = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        durations.append((time.perf_counter() - started) * 1000)
    return {"median_ms": statistics.median(durations), "min_ms": min(durations),
            "max_ms": max(durations)}


def type_one_key(document: QTextDocument) -> None:
    cursor = QTextCursor(document)
    cursor.setPosition(document.characterCount() // 2)
    cursor.insertText("x")


def measure(markdown: str, runs: int) -> dict[str, Any]:
    figures: dict[str, Any] = {"chars": len(markdown)}
    # Each reader fills a new document, as the editor does before it shows one.
    figures["read_markdown"] = ms(
        lambda: markdown_text.read_markdown(QTextDocument(), markdown), runs)
    new_reader = getattr(markdown_document, "read_markdown", None)
    if new_reader is not None:
        figures["new_read_markdown"] = ms(lambda: new_reader(QTextDocument(), markdown), runs)
    before = rss_mb()
    document = QTextDocument()
    (new_reader or markdown_text.read_markdown)(document, markdown)
    edit = QTextEdit()
    edit.resize(800, 600)
    edit.show()

    def lay_out() -> None:
        edit.setDocument(QTextDocument())
        edit.setDocument(document)
        QApplication.processEvents()

    figures["show_in_text_box"] = ms(lay_out, runs)
    figures["rss_growth_mb"] = rss_mb() - before
    figures["write_markdown_whole"] = ms(lambda: markdown_text.write_markdown(document), runs)
    writer_class = getattr(markdown_document, "MarkdownWriter", None)
    if writer_class is not None:
        figures["new_write_markdown_whole"] = ms(
            lambda: markdown_document.write_markdown(document), runs)
        writer = writer_class(document)
        figures["kept_writer_first"] = ms(writer.markdown, 1)

        def after_key() -> None:
            type_one_key(document)
            writer.markdown()

        figures["kept_writer_after_one_key"] = ms(after_key, max(runs, 5))
    edit.close()
    return figures


def run() -> dict[str, Any]:
    QApplication.instance() or QApplication([])
    writer = Writer(random.Random(11), "it")
    return {
        "normal": measure(writer.section(900), 7),
        "5mb": measure(big_markdown(writer), 3),
    }


if __name__ == "__main__":
    print(json.dumps(run(), indent=1))
