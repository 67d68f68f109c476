"""The command line as a user runs it: real processes, the installed script, pipes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from inclucities_desktop.store.workspace import DATABASE_FILE

pytestmark = pytest.mark.slow

INSTALLED_SCRIPT = Path(sys.executable).with_name("inclucities")


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "INCLUCITIES_DATA_DIR"}
    env.pop("PYTHONIOENCODING", None)
    return {**env, **extra}


def run(args: list[str], env: dict[str, str] | None = None, stdin: str | None = None,
        script: bool = False) -> subprocess.CompletedProcess[str]:
    command = [str(INSTALLED_SCRIPT)] if script else [sys.executable, "-m", "inclucities_desktop"]
    return subprocess.run(
        [*command, *args], input=stdin, capture_output=True, text=True, encoding="utf-8",
        env=env or clean_env(), timeout=60, check=False,
    )


def write_document(folder: Path, document: dict[str, Any]) -> Path:
    path = folder / f"{document['id']}.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def test_the_installed_script_with_data_dir(data_dir: Path, tmp_path: Path) -> None:
    assert INSTALLED_SCRIPT.is_file()
    path = write_document(tmp_path, {"id": "proc-1", "title": "Ένταξη", "city": "livadia",
                                     "language": "el"})
    done = run(["--data-dir", str(data_dir), "apply", str(path)], script=True)
    assert (done.returncode, done.stdout, done.stderr) == (0, "created plan proc-1\n", "")
    done = run(["--data-dir", str(data_dir), "show", "proc", "--json"], script=True)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["title"] == "Ένταξη"
    done = run(["--data-dir", str(data_dir), "show", "zzz"], script=True)
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == "inclucities: error: No plan id starts with 'zzz'\n"


def test_the_module_with_the_environment_variable(data_dir: Path, tmp_path: Path) -> None:
    env = clean_env(INCLUCITIES_DATA_DIR=str(data_dir))
    done = run(["init"], env)
    assert (done.returncode, done.stdout) == (0, f"Created a workspace in {data_dir}\n")
    path = write_document(tmp_path, {"id": "env-1", "title": "T", "city": "jelgava",
                                     "language": "lv"})
    assert run(["apply", str(path)], env).returncode == 0
    done = run(["plans", "--json"], env)
    assert done.returncode == 0, done.stderr
    assert [p["id"] for p in json.loads(done.stdout)] == ["env-1"]
    assert (data_dir / DATABASE_FILE).is_file()
    # --data-dir wins over the variable.
    other = tmp_path / "other"
    done = run(["--data-dir", str(other), "plans", "--json"], env)
    assert (done.returncode, json.loads(done.stdout)) == (0, [])


def test_apply_from_a_pipe(data_dir: Path) -> None:
    document = {"id": "pipe-1", "title": "Integrācija 🌍", "city": "jelgava", "language": "lv",
                "actions": [{"id": "a1", "code": "A1", "title": "שילוב"}]}
    done = run(["--data-dir", str(data_dir), "apply", "-"], stdin=json.dumps(document))
    assert (done.returncode, done.stdout, done.stderr) == (0, "created plan pipe-1\n", "")
    shown = json.loads(run(["--data-dir", str(data_dir), "show", "pipe-1", "--json"]).stdout)
    assert shown["actions"][0]["title"] == "שילוב"


def test_usage_error_exits_2_without_a_traceback(data_dir: Path) -> None:
    done = run(["--data-dir", str(data_dir), "shwo", "x"])
    assert done.returncode == 2
    assert done.stderr.startswith("usage: inclucities")
    assert "invalid choice: 'shwo'" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_corrupt_workspace_exits_1_without_a_traceback(data_dir: Path) -> None:
    (data_dir / DATABASE_FILE).write_bytes(b"not a database at all" * 100)
    done = run(["--data-dir", str(data_dir), "plans"])
    assert done.returncode == 1
    assert done.stderr.startswith("inclucities: error: ")
    assert len(done.stderr.splitlines()) == 1


def test_a_reader_that_stops_early_is_not_an_error(data_dir: Path, tmp_path: Path) -> None:
    path = write_document(tmp_path, {"id": "long", "title": "Long", "city": "jelgava",
                                     "language": "lv",
                                     "sections": {"context_needs": "vārds " * 300_000}})
    assert run(["--data-dir", str(data_dir), "apply", str(path)]).returncode == 0
    process = subprocess.Popen(
        [sys.executable, "-m", "inclucities_desktop", "--data-dir", str(data_dir), "show",
         "long", "--json"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=clean_env(),
    )
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.read(10) == b'{\n  "forma'
    process.stdout.close()  # like `| head -c 10`
    errors = process.stderr.read().decode()
    process.stderr.close()
    assert process.wait(timeout=60) == 0
    assert errors == ""


def test_a_console_that_cannot_show_every_character(data_dir: Path, tmp_path: Path) -> None:
    title = "Ένταξη 🌍 integrācija"
    path = write_document(tmp_path, {"id": "latin", "title": title, "city": "livadia",
                                      "language": "el"})
    assert run(["--data-dir", str(data_dir), "apply", str(path)]).returncode == 0
    env = clean_env(PYTHONIOENCODING="latin-1")
    done = subprocess.run(
        [sys.executable, "-m", "inclucities_desktop", "--data-dir", str(data_dir), "show",
         "latin", "--json"], capture_output=True, env=env, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.isascii()  # escaped, so still whole, valid JSON
    assert json.loads(done.stdout)["title"] == title
    done = subprocess.run(
        [sys.executable, "-m", "inclucities_desktop", "--data-dir", str(data_dir), "plans"],
        capture_output=True, env=env, timeout=60, check=False)
    assert (done.returncode, done.stderr) == (0, b"")
    assert b"integr?cija" in done.stdout


def test_help_loads_neither_the_database_layer_nor_qt() -> None:
    # The command line is chosen and parsed before anything heavy is imported.
    probe = (
        "import io, sys\n"
        "from contextlib import redirect_stdout\n"
        "from inclucities_desktop.__main__ import main\n"
        "with redirect_stdout(io.StringIO()):\n"
        "    assert main(['--help']) == 0\n"
        "    assert main(['shwo']) == 2\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic',"
        " 'PySide6', 'shiboken6', 'platformdirs'})\n"
        "print(heavy)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          env=clean_env(), timeout=60, check=False)
    assert (done.returncode, done.stdout) == (0, "[]\n"), done.stderr
