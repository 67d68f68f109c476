"""Finding the files in resources/ (icons, the sample workspace, the Word template).

From a source checkout they sit at the repository's top level; in a PyInstaller bundle
the spec copies them to ``resources/`` beside the frozen app.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
