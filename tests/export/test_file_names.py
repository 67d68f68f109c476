"""File names made from plan titles are safe everywhere and never collide."""

from __future__ import annotations

from pathlib import Path

import pytest

from inclucities_desktop.services.export_files import docx_name, free_path, safe_stem


@pytest.mark.parametrize(("title", "expected"), [
    ("Piano d'azione 2026/2028", "Piano d'azione 2026-2028"),
    ("../../etc/passwd", "etc-passwd"),
    ("CON", "CON_"),
    ("nul.txt", "nul_.txt"),
    ("Plan...   ", "Plan"),
    ('a<b>c:d"e|f?g*h\\i', "a-b-c-d-e-f-g-h-i"),
    ("   ", "action-plan"),
    ("\x00\x01", "action-plan"),
    ("Λιβαδειά: σχέδιο", "Λιβαδειά- σχέδιο"),
])
def test_safe_stems(title: str, expected: str) -> None:
    assert safe_stem(title) == expected


def test_long_titles_are_cut() -> None:
    name = docx_name("Jelgavas valstspilsētas rīcības plāns " * 20)
    assert len(name.encode()) <= 130 and name.endswith(".docx")


def test_free_path_numbers_collisions(tmp_path: Path) -> None:
    (tmp_path / "Plan.docx").write_bytes(b"x")
    first = free_path(tmp_path, "Plan")
    assert first.name == "Plan (2).docx"
    assert free_path(tmp_path, "plan", [first]).name == "plan (3).docx"
