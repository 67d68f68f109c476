"""The PyInstaller bundle of this platform builds and starts (packaging/inclucities.spec).

About 75 s of build on a 2-core machine (docs/packaging.md): `make package-smoke` runs it
(CI does, after `make test`), `make test` leaves it out. The bundle goes to a temporary
folder.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


@pytest.mark.package
@pytest.mark.slow
def test_the_bundle_builds_and_opens_the_window(tmp_path: Path) -> None:
    pyinstaller = shutil.which("pyinstaller", path=str(Path(sys.executable).parent))
    assert pyinstaller, "PyInstaller is missing: `make package-smoke` installs it"
    build = subprocess.run(
        [pyinstaller, "--noconfirm", "--log-level", "ERROR",
         "--distpath", str(tmp_path / "dist"), "--workpath", str(tmp_path / "work"),
         str(ROOT / "packaging" / "inclucities.spec")],
        capture_output=True, text=True, timeout=900, cwd=tmp_path,
    )
    assert build.returncode == 0, build.stderr[-4000:]
    folder = tmp_path / "dist" / "IncluCities"
    window = folder / ("IncluCities.exe" if sys.platform == "win32" else "IncluCities")
    cli = folder / ("inclucities-cli.exe" if sys.platform == "win32" else "inclucities-cli")

    # Outside the source tree and without the venv: only what the bundle carries.
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    smoke = subprocess.run([str(window), "--smoke-test", "--language", "lv"], env=env,
                           cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr
    lines = smoke.stdout.splitlines()
    assert f"version {version()}" in lines  # the metadata travelled with the bundle
    assert "sample plans 4" in lines  # resources/ and the Alembic migrations are there
    assert "plan opened" in lines
    loaded = next(line for line in lines if line.startswith("language lv:"))
    assert "inclucities_lv.qm" in loaded and "qtbase_lv.qm" in loaded
    assert ("menus &Fails, &Rediģēt, &Navigācija, &Komentāri, Pārsk&atīšana, &Vēsture, "
            "&Sinhronizācija, &Palīdzība") in lines

    cli_version = subprocess.run([str(cli), "--version"], env=env, cwd=tmp_path,
                                 capture_output=True, text=True, timeout=120)
    assert cli_version.returncode == 0, cli_version.stderr
    assert version() in cli_version.stdout
