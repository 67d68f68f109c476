"""The command line on real workspace folders: every subcommand, and how errors read."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from inclucities_desktop.cli.main import run_cli, subcommand_of
from inclucities_desktop.resources import resource

SAMPLE_PLAN_FILES = sorted(resource("sample", "plans").glob("*.json"))


def cli(data_dir: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run_cli(["--data-dir", str(data_dir), *args], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def assert_one_error_line(code: int, out: str, err: str) -> str:
    assert code == 1
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("inclucities: error:"), err
    assert "Traceback" not in err
    return lines[0]


def write_document(folder: Path, name: str, document: Any) -> Path:
    path = folder / name
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def new_plan_document(plan_id: str, **extra: Any) -> dict[str, Any]:
    return {"id": plan_id, "title": f"Plan {plan_id}", "city": "jelgava", "language": "lv",
            **extra}


def test_init_creates_the_workspace(data_dir: Path) -> None:
    code, out, err = cli(data_dir, "init")
    assert (code, err) == (0, "")
    assert "Workspace ready in" in out
    assert (data_dir / "workspace.sqlite3").is_file()
    code, out, _ = cli(data_dir, "plans")
    assert (code, out) == (0, "No plans.\n")


def test_init_sample_adds_cities_pairs_and_every_sample_plan(data_dir: Path) -> None:
    code, out, err = cli(data_dir, "init", "--sample")
    assert (code, err) == (0, "")
    assert f"Sample: 8 cities, 4 pairs, {len(SAMPLE_PLAN_FILES)} plans added" in out
    code, out, _ = cli(data_dir, "plans", "--json")
    listed = json.loads(out)
    assert len(listed) == len(SAMPLE_PLAN_FILES)
    # A second run adds nothing and changes nothing.
    code, out, err = cli(data_dir, "init", "--sample")
    assert (code, err) == (0, "")
    assert "Sample: 8 cities, 4 pairs, 0 plans added" in out
    assert len(json.loads(cli(data_dir, "plans", "--json")[1])) == len(SAMPLE_PLAN_FILES)


def test_plans_lists_in_text_and_json(data_dir: Path, tmp_path: Path) -> None:
    cli(data_dir, "init", "--sample")
    path = write_document(tmp_path, "p.json", new_plan_document("cli-plan-1", title="Jelgava 🌍"))
    assert cli(data_dir, "apply", str(path))[0] == 0
    code, out, err = cli(data_dir, "plans", "--json")
    assert (code, err) == (0, "")
    listed = json.loads(out)
    mine = next(p for p in listed if p["id"] == "cli-plan-1")
    assert mine == {**mine, "title": "Jelgava 🌍", "city": "jelgava", "city_name": "Jelgava",
                    "language": "lv", "status": "draft", "in_trash": False}
    code, out, _ = cli(data_dir, "plans")
    assert code == 0
    assert any(line.startswith("cli-plan") and line.endswith("Jelgava 🌍")
               for line in out.splitlines())
    code, out, _ = cli(data_dir, "plans", "--trash")
    assert (code, out) == (0, "The trash is empty.\n")
    assert json.loads(cli(data_dir, "plans", "--trash", "--json")[1]) == []


def test_show_by_prefix_gives_the_document(data_dir: Path, tmp_path: Path) -> None:
    document = new_plan_document(
        "0f3c9a7e-show", sections={"executive_summary": "Integrācija **visiem**"},
        actions=[{"id": "act-1", "code": "A1", "title": "Valodas kursi"}],
    )
    assert cli(data_dir, "apply", str(write_document(tmp_path, "d.json", document)))[0] == 0
    code, out, err = cli(data_dir, "show", "0f3c", "--json")
    assert (code, err) == (0, "")
    shown = json.loads(out)
    assert shown["id"] == "0f3c9a7e-show"
    assert shown["format"] == "inclucities-plan"
    assert shown["sections"]["executive_summary"] == "Integrācija **visiem**"
    assert [(a["id"], a["code"], a["title"]) for a in shown["actions"]] == [
        ("act-1", "A1", "Valodas kursi")]
    code, out, err = cli(data_dir, "show", "0f3c9a7e-show")
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == "Plan 0f3c9a7e-show"
    assert "Valodas kursi" in out


def test_apply_creates_then_updates(data_dir: Path, tmp_path: Path) -> None:
    document = new_plan_document("apply-1", sections={"timeline": "2025 → 2027"})
    path = write_document(tmp_path, "a.json", document)
    code, out, err = cli(data_dir, "apply", str(path))
    assert (code, out, err) == (0, "created plan apply-1\n", "")
    code, out, err = cli(data_dir, "apply", str(path))
    assert (code, out, err) == (0, "updated plan apply-1: 0 fields changed\n", "")
    document["sections"]["timeline"] = "2025 → 2028"
    document["title"] = "Renamed"
    code, out, _ = cli(data_dir, "apply", str(write_document(tmp_path, "a.json", document)))
    assert (code, out) == (0, "updated plan apply-1: 2 fields changed\n")
    # What `show` prints applies back unchanged.
    shown = cli(data_dir, "show", "apply-1", "--json")[1]
    (tmp_path / "shown.json").write_text(shown, encoding="utf-8")
    code, out, _ = cli(data_dir, "apply", str(tmp_path / "shown.json"))
    assert (code, out) == (0, "updated plan apply-1: 0 fields changed\n")


def test_unknown_plan_is_one_error_line(data_dir: Path) -> None:
    cli(data_dir, "init")
    line = assert_one_error_line(*cli(data_dir, "show", "nope", "--json"))
    assert "nope" in line


def test_ambiguous_prefix_is_one_error_line(data_dir: Path, tmp_path: Path) -> None:
    for plan_id in ("ab1", "ab2"):
        path = write_document(tmp_path, f"{plan_id}.json", new_plan_document(plan_id))
        assert cli(data_dir, "apply", str(path))[0] == 0
    line = assert_one_error_line(*cli(data_dir, "show", "ab"))
    assert "More than one plan" in line
    assert cli(data_dir, "show", "ab2", "--json")[0] == 0


def test_invalid_json_names_line_and_column(data_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{\n  "id": "x",\n  "title": oops\n}\n', encoding="utf-8")
    line = assert_one_error_line(*cli(data_dir, "apply", str(path)))
    assert "line 3, column 12" in line


def test_missing_file_is_one_error_line(data_dir: Path, tmp_path: Path) -> None:
    line = assert_one_error_line(*cli(data_dir, "apply", str(tmp_path / "absent.json")))
    assert "absent.json" in line


def test_document_error_changes_nothing(data_dir: Path, tmp_path: Path) -> None:
    path = write_document(tmp_path, "bad.json",
                          new_plan_document("bad-1", sections={"no_such_section": "x"}))
    line = assert_one_error_line(*cli(data_dir, "apply", str(path)))
    assert "no_such_section" in line
    assert json.loads(cli(data_dir, "plans", "--json")[1]) == []


def test_new_plan_without_its_title_is_one_error_line(data_dir: Path, tmp_path: Path) -> None:
    path = write_document(tmp_path, "p.json", {"id": "partial-new", "city": "jelgava"})
    line = assert_one_error_line(*cli(data_dir, "apply", str(path)))
    assert "title" in line


def test_corrupt_workspace_is_one_error_line_and_left_alone(data_dir: Path) -> None:
    database = data_dir / "workspace.sqlite3"
    garbage = os.urandom(8192)
    database.write_bytes(garbage)
    line = assert_one_error_line(*cli(data_dir, "plans"))
    assert "workspace" in line
    assert database.read_bytes() == garbage


def test_a_value_of_data_dir_is_never_a_subcommand(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert subcommand_of(["--data-dir", "plans", "plans"]) == "plans"
    assert subcommand_of(["--data-dir", "plans"]) is None
    assert subcommand_of(["--data-dir", "init", "show", "x"]) == "show"
    assert subcommand_of([]) is None
    from inclucities_desktop.__main__ import main

    monkeypatch.chdir(tmp_path)
    assert main(["--data-dir", "plans", "plans"]) == 0
    assert capsys.readouterr().out == "No plans.\n"
    assert (tmp_path / "plans" / "workspace.sqlite3").is_file()


def _run_module(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "inclucities_desktop", *args],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=60, check=False,
    )


def _clean_env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("INCLUCITIES_DATA_DIR", None)
    return env


@pytest.mark.slow
def test_real_process_with_data_dir(data_dir: Path, tmp_path: Path) -> None:
    path = write_document(tmp_path, "p.json", new_plan_document("proc-1", title="Ένταξη"))
    done = _run_module(["--data-dir", str(data_dir), "apply", str(path)], _clean_env())
    assert (done.returncode, done.stdout, done.stderr) == (0, "created plan proc-1\n", "")
    done = _run_module(["--data-dir", str(data_dir), "show", "proc", "--json"], _clean_env())
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["title"] == "Ένταξη"
    done = _run_module(["--data-dir", str(data_dir), "show", "zzz"], _clean_env())
    assert done.returncode == 1
    assert done.stderr.startswith("inclucities: error:")
    assert len(done.stderr.splitlines()) == 1


@pytest.mark.slow
def test_real_process_with_the_environment_variable(data_dir: Path, tmp_path: Path) -> None:
    env = {**_clean_env(), "INCLUCITIES_DATA_DIR": str(data_dir)}
    done = _run_module(["init"], env)
    assert done.returncode == 0, done.stderr
    assert str(data_dir) in done.stdout
    path = write_document(tmp_path, "p.json", new_plan_document("env-1"))
    assert _run_module(["apply", str(path)], env).returncode == 0
    done = _run_module(["plans", "--json"], env)
    assert done.returncode == 0, done.stderr
    assert [p["id"] for p in json.loads(done.stdout)] == ["env-1"]
    assert (data_dir / "workspace.sqlite3").is_file()
