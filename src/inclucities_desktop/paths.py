"""Where the app keeps its workspace and logs."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "IncluCities"
APP_AUTHOR = "CEMR"
DATA_DIR_VARIABLE = "INCLUCITIES_DATA_DIR"


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The workspace folder: ``--data-dir``, else $INCLUCITIES_DATA_DIR, else the platform's."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    from_env = os.environ.get(DATA_DIR_VARIABLE)
    if from_env:
        return Path(from_env).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
