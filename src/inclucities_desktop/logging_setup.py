"""Logging to a rotating file in the user's log folder (or $INCLUCITIES_LOG_DIR)."""

from __future__ import annotations

import faulthandler
import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

from inclucities_desktop.paths import log_dir

LOG_FILE = "inclucities.log"
_crash_log = None


def configure_logging(level: int = logging.INFO) -> Path | None:
    """Send every logger to a rotating file; returns the file, or None when unwritable."""
    folder = Path(os.environ.get("INCLUCITIES_LOG_DIR") or log_dir())
    root = logging.getLogger()
    root.setLevel(level)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            folder / LOG_FILE, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        logging.basicConfig(level=level)
        logging.getLogger(__name__).warning("Cannot write logs to %s; using stderr", folder)
        return None
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
    )
    root.addHandler(handler)
    logging.getLogger("alembic").setLevel(logging.WARNING)  # one line per plug-in otherwise
    _enable_crash_log(folder)
    return folder / LOG_FILE


def _enable_crash_log(folder: Path) -> None:
    # A hard crash inside Qt leaves no Python traceback; faulthandler writes one here.
    global _crash_log
    try:
        _crash_log = (folder / "crash.log").open("a", encoding="utf-8")
    except OSError:
        return
    faulthandler.enable(_crash_log)
