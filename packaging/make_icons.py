"""Render resources/icons/inclucities.svg into the icon files installers need.

Writes build/icons/: inclucities-<size>.png (Linux hicolor sizes), inclucities.ico
(Windows) and inclucities.icns (macOS), with Qt's own SVG renderer and image plug-ins, so
no other tool is needed. Run by ``make package``; the outputs are build products.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icons" / "inclucities.svg"
OUT = ROOT / "build" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: object, size: int) -> object:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)  # type: ignore[attr-defined]
    painter.end()
    return image


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication(sys.argv[:1])  # image plug-ins (ico, icns) need an application
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"Cannot read {SOURCE}", file=sys.stderr)
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    for size in PNG_SIZES:
        path = OUT / f"inclucities-{size}.png"
        if not render(renderer, size).save(str(path)):  # type: ignore[attr-defined]
            print(f"Cannot write the {size} px PNG", file=sys.stderr)
            return 1
    # The ico and icns writers take one image; 256 px is the largest ICO entry Windows uses.
    for name, size in (("inclucities.ico", 256), ("inclucities.icns", 512)):
        if not render(renderer, size).save(str(OUT / name)):  # type: ignore[attr-defined]
            print(f"Cannot write {name}", file=sys.stderr)
            return 1
    del app
    print(f"Icons written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
