"""Plain text for a terminal: one-line cells, widths as a terminal counts them, tables."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

# Control characters that end or move a line become a space; the others (escape
# sequences, NUL...) a replacement mark, so stored text can never drive the terminal.
_SPACES = {"\t", "\n", "\v", "\f", "\r", "\x1c", "\x1d", "\x1e", "\x1f", "\x85",
           "\u2028", "\u2029"}
ELLIPSIS = "…"


def one_line(text: str) -> str:
    """``text`` safe to print as part of one line."""
    if text.isprintable():
        return text
    return "".join(
        " " if char in _SPACES
        else "\ufffd" if unicodedata.category(char) == "Cc"
        else char
        for char in text
    )


def _char_width(char: str) -> int:
    if unicodedata.combining(char) or unicodedata.category(char) in ("Cf", "Mn", "Me"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def display_width(text: str) -> int:
    """How many terminal columns ``text`` takes (wide and combining characters counted)."""
    return sum(_char_width(char) for char in text)


def fit(text: str, width: int) -> str:
    """``text`` cut (with an ellipsis) or padded to exactly ``width`` columns."""
    if display_width(text) > width:
        kept: list[str] = []
        used = 0
        for char in text:
            char_width = _char_width(char)
            if used + char_width > width - 1:
                break
            kept.append(char)
            used += char_width
        text = "".join(kept) + ELLIPSIS
    return text + " " * (width - display_width(text))


def table(headings: Sequence[str], rows: Sequence[Sequence[str]],
          max_widths: Sequence[int]) -> list[str]:
    """Lines of a table; every column but the last is padded to its widest cell."""
    cells = [[one_line(cell) for cell in row] for row in rows]
    widths = [
        min(limit, max(display_width(r[column]) for r in [list(headings), *cells]))
        for column, limit in enumerate(max_widths[:-1])
    ]
    lines = []
    for row in [list(headings), *cells]:
        padded = [fit(cell, width) for cell, width in zip(row, widths, strict=False)]
        last = row[-1]
        lines.append("  ".join([*padded, last]) if last else "  ".join(padded).rstrip())
    return lines
