"""Light or dark: follow the desktop's colour scheme, or the one the user chose."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

_SCHEMES = {
    "system": Qt.ColorScheme.Unknown,  # Unknown hands the choice back to the platform
    "light": Qt.ColorScheme.Light,
    "dark": Qt.ColorScheme.Dark,
}


def apply_color_scheme(scheme: str) -> None:
    """Ask Qt for ``scheme`` ("system", "light" or "dark"); applied at once.

    Where the platform theme cannot switch (the offscreen platform of tests and screenshots,
    some Linux desktops), an explicit dark palette stands in for "dark".
    """
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return
    wanted = _SCHEMES.get(scheme, Qt.ColorScheme.Unknown)
    app.styleHints().setColorScheme(wanted)
    is_dark = app.palette().color(QPalette.ColorRole.Base).lightness() < 128
    if wanted == Qt.ColorScheme.Dark and not is_dark:
        app.setPalette(dark_palette())
    elif wanted != Qt.ColorScheme.Dark and is_dark and _forced_dark(app.palette()):
        app.setPalette(QPalette())  # back to the style's own palette


def dark_palette() -> QPalette:
    """A dark palette with enough contrast (WCAG AA) for text, links and selection."""
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e8e8e8",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#262626",
        QPalette.ColorRole.Text: "#e8e8e8",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
        QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e8e8e8",
        QPalette.ColorRole.ToolTipBase: "#353535",
        QPalette.ColorRole.ToolTipText: "#e8e8e8",
        QPalette.ColorRole.Highlight: "#3d7ad6",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.LinkVisited: "#c58af9",
        QPalette.ColorRole.Light: "#505050",
        QPalette.ColorRole.Midlight: "#404040",
        QPalette.ColorRole.Mid: "#303030",
        QPalette.ColorRole.Dark: "#1a1a1a",
        QPalette.ColorRole.Shadow: "#000000",
        QPalette.ColorRole.BrightText: "#ff6b6b",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return palette


def _forced_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base) == QColor("#1e1e1e")
