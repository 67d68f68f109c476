"""The domain, the store, the services and the command line work with Qt absent."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

HIDE_QT_AND_IMPORT_EVERYTHING = textwrap.dedent("""
    import importlib, io, pkgutil, sys

    class NoQt:
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in ("PySide6", "shiboken6"):
                raise ImportError(f"{name} is hidden for this test")
            return None

    sys.meta_path.insert(0, NoQt())

    packages = ["inclucities_core", "inclucities_desktop.store",
                "inclucities_desktop.services", "inclucities_desktop.cli"]
    imported = []
    for name in packages:
        package = importlib.import_module(name)
        imported.append(name)
        for module in pkgutil.walk_packages(package.__path__, name + "."):
            if ".migrations" in module.name:
                continue  # Alembic scripts run inside a migration, not on import
            importlib.import_module(module.name)
            imported.append(module.name)

    from inclucities_desktop.cli.main import run_cli

    out, err = io.StringIO(), io.StringIO()
    code = run_cli(["--data-dir", sys.argv[1], "init"], out=out, err=err)
    assert code == 0, err.getvalue()
    assert not [m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6")]
    print(len(imported), "modules")
""")


@pytest.mark.slow
def test_core_store_services_and_cli_need_no_qt(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", HIDE_QT_AND_IMPORT_EVERYTHING, str(tmp_path / "workspace")],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.split()[0]) >= 20
    assert (tmp_path / "workspace" / "workspace.sqlite3").is_file()


@pytest.mark.slow
def test_import_contracts_hold() -> None:
    lint_imports = Path(sys.executable).with_name("lint-imports")
    done = subprocess.run(
        [str(lint_imports), "--no-cache"], cwd=ROOT,
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Contracts: 2 kept, 0 broken." in done.stdout
