"""Where a passage of the text box lies in the section's stored Markdown, and back.

The editor shows a section as rendered text (``QTextDocument.toPlainText()``); the
workspace stores Markdown, and a comment's anchor quotes the Markdown. The rendered text is
the Markdown less its markup (``**``, ``- ``, ``#``, escapes, blank lines), so the two are
aligned with diff-match-patch and a range is carried across by the characters both share.

Qt counts positions in UTF-16 code units, Python strings in code points: the helpers at the
end convert between them, so an emoji before the passage moves nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from diff_match_patch import diff_match_patch

Span = tuple[int, int]  # start, end (end excluded)


@dataclass(frozen=True)
class _Run:
    """``length`` characters equal in both texts, at ``shown`` and at ``stored``."""

    shown: int
    stored: int
    length: int


class TextAlignment:
    """The shared characters of the rendered text and the Markdown it came from."""

    def __init__(self, shown: str, stored: str) -> None:
        self.shown, self.stored = shown, stored
        engine = diff_match_patch()
        engine.Diff_Timeout = 0.5  # seconds; sections are short, this is a guard
        runs: list[_Run] = []
        at_shown = at_stored = 0
        for op, text in engine.diff_main(shown, stored, False):
            if op == diff_match_patch.DIFF_EQUAL:
                runs.append(_Run(at_shown, at_stored, len(text)))
            if op != diff_match_patch.DIFF_INSERT:
                at_shown += len(text)
            if op != diff_match_patch.DIFF_DELETE:
                at_stored += len(text)
        self._runs = runs

    def to_stored(self, start: int, end: int) -> Span | None:
        """The Markdown range that holds the rendered ``[start, end)``; None if none does."""
        return _carry(((r.shown, r.stored, r.length) for r in self._runs), start, end)

    def to_shown(self, start: int, end: int) -> Span | None:
        """The rendered range of the Markdown ``[start, end)``; None if nothing shows."""
        return _carry(((r.stored, r.shown, r.length) for r in self._runs), start, end)


def _carry(runs: object, start: int, end: int) -> Span | None:
    # From the first shared character at or after start to the last one before end: the
    # markup at either edge stays out of the range.
    first = last = None
    for source, target, length in runs:  # type: ignore[attr-defined]
        if source + length <= start:
            continue
        if source >= end:
            break
        if first is None:
            first = target + max(start, source) - source
        last = target + min(end, source + length) - source
    if first is None or last is None or first >= last:
        return None
    return first, last


def same_words(selected: str, quoted: str) -> bool:
    """Whether the quote holds the selected characters in order (its markup aside)."""
    wanted = iter(c for c in quoted if not c.isspace())
    return all(any(c == q for q in wanted) for c in selected if not c.isspace())


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def to_utf16(text: str, index: int) -> int:
    """The Qt position of ``text[index]``."""
    return index if text.isascii() else utf16_length(text[:index])


def from_utf16(text: str, position: int) -> int:
    """The index in ``text`` of the Qt position ``position``."""
    if text.isascii():
        return position
    units = 0
    for index, char in enumerate(text):
        if units >= position:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
    return len(text)
