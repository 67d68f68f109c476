"""The interface language: which of the template's label languages the window shows."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from inclucities_core.template import LANGUAGES

_chosen: str | None = None


def set_ui_language(code: str | None) -> None:
    """Use ``code`` (one of LANGUAGES), or None to follow the system."""
    global _chosen
    _chosen = code if code in LANGUAGES else None


def ui_language() -> str:
    """The language of labels that come from data (the template), e.g. section titles."""
    if _chosen:
        return _chosen
    system = QLocale().name().split("_")[0]
    return system if system in LANGUAGES else "en"
