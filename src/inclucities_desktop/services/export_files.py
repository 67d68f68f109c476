"""File names for exports: made from plan titles, safe on Windows, macOS and Linux."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from pathvalidate import sanitize_filename

_MAX_STEM = 120  # leaves room for a folder path and a " (12)" suffix under 255 bytes
_FALLBACK = "action-plan"


def safe_stem(title: str) -> str:
    """A file name stem from ``title``: no separators, reserved names or trailing dots.

    pathvalidate does the platform rules (CON, NUL, COM1, <>:"|?*, control characters);
    the stem is also cut to a length every file system takes.
    """
    one_line = " ".join(title.split())
    stem = sanitize_filename(one_line, platform="universal", replacement_text="-",
                             max_len=_MAX_STEM)
    # No leading dot (a hidden file, or "..") and no trailing dot or space (Windows drops them).
    stem = stem.lstrip(" .-").rstrip(" .")
    return stem or _FALLBACK


def docx_name(title: str) -> str:
    return f"{safe_stem(title)}.docx"


def free_path(folder: Path, stem: str, taken: Iterable[Path] = (), suffix: str = ".docx") -> Path:
    """``folder/stem.docx``, or ``stem (2).docx`` and so on: a path no file and no
    path in ``taken`` uses yet."""
    # Windows and macOS ignore case, so "plan.docx" and "Plan.docx" count as the same.
    used = {p.name.casefold() for p in taken}
    used |= {p.name.casefold() for p in folder.iterdir()} if folder.is_dir() else set()
    number = 1
    while True:
        name = f"{stem}{suffix}" if number == 1 else f"{stem} ({number}){suffix}"
        if name.casefold() not in used:
            return folder / name
        number += 1
