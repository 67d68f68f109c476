"""Running `inclucities` as a subprocess with a test keyring that its runs share."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def cli_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("INCLUCITIES_DATA_DIR", "INCLUCITIES_PASSWORD")}
    env["PYTHON_KEYRING_BACKEND"] = "tests.support.memory_keyring.FileKeyring"
    env["INCLUCITIES_TEST_KEYRING_FILE"] = str(tmp_path / "keyring.json")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return {**env, **extra}


def cli_command(data_dir: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "inclucities_desktop", "--data-dir", str(data_dir), *args]


def run_cli(data_dir: Path, env: dict[str, str], *args: str,
            stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(cli_command(data_dir, *args), input=stdin, capture_output=True,
                          text=True, encoding="utf-8", env=env, timeout=120, check=False)
