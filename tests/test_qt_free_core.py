"""The domain, the store, the services and the command line work with Qt absent."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

HIDE_QT_AND_IMPORT_EVERYTHING = textwrap.dedent("""
    import contextlib, importlib, io, json, pkgutil, sys

    class NoQt:
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in ("PySide6", "shiboken6"):
                raise ImportError(f"{name} is hidden for this test")
            return None

    sys.meta_path.insert(0, NoQt())

    packages = ["inclucities_core", "inclucities_desktop.store",
                "inclucities_desktop.services", "inclucities_desktop.cli",
                "inclucities_desktop.export"]
    imported = []
    for name in packages:
        package = importlib.import_module(name)
        imported.append(name)
        for module in pkgutil.walk_packages(package.__path__, name + "."):
            if ".migrations" in module.name:
                continue  # Alembic scripts run inside a migration, not on import
            importlib.import_module(module.name)
            imported.append(module.name)
    # The app's own Qt-free modules, the entry point included (it imports Qt only to
    # open the window).
    for name in ("inclucities_desktop", "inclucities_desktop.paths",
                 "inclucities_desktop.resources", "inclucities_desktop.logging_setup",
                 "inclucities_desktop.__main__"):
        importlib.import_module(name)
        imported.append(name)

    try:
        import PySide6  # noqa: F401
    except ImportError:
        pass
    else:
        raise AssertionError("PySide6 was not hidden")

    from inclucities_desktop.__main__ import main
    from inclucities_desktop.cli.main import run_cli

    # Real work, not only imports: a sample workspace, every subcommand, a round trip.
    folder = sys.argv[1]
    for args in (["init", "--sample"], ["plans"], ["plans", "--json", "--trash"]):
        out, err = io.StringIO(), io.StringIO()
        assert run_cli(["--data-dir", folder, *args], out=out, err=err) == 0, err.getvalue()
    document = {"id": "no-qt", "title": "Ένταξη 🌍", "city": "livadia", "language": "el",
                "actions": [{"id": "a1", "code": "A1", "funding": [
                    {"id": "f1", "source": "amif", "amount_eur": 1000, "status": "secured"}]}]}
    with open(folder + "/doc.json", "w", encoding="utf-8") as handle:
        json.dump(document, handle)
    out = io.StringIO()
    assert run_cli(["--data-dir", folder, "apply", folder + "/doc.json"], out=out) == 0
    with contextlib.redirect_stdout(io.StringIO()) as shown:
        assert main(["--data-dir", folder, "show", "no-qt"]) == 0
    assert shown.getvalue().startswith("Ένταξη 🌍\\n")
    out = io.StringIO()
    assert run_cli(["--data-dir", folder, "show", "no-qt", "--json"], out=out) == 0
    assert json.loads(out.getvalue())["title"] == "Ένταξη 🌍"

    from inclucities_desktop.services.workspace_services import WorkspaceServices
    services = WorkspaceServices.open(folder)
    assert services.actions.budget("no-qt").secured == 1000
    assert services.search("ενταξη")
    assert services.plans.completeness("no-qt")
    services.close()

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
    assert "Contracts: 6 kept, 0 broken." in done.stdout
