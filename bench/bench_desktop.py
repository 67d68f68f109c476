"""``make bench``: every benchmark and the table of figures (see run_all.py)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from run_all import main

if __name__ == "__main__":
    main()
