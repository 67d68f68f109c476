"""The command line on real workspace folders: every subcommand, and how errors read."""

from __future__ import annotations

import io
import json
import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from inclucities_desktop.__main__ import main
from inclucities_desktop.cli.main import SUBCOMMANDS, run_cli, subcommand_of, wants_command_line
from inclucities_desktop.resources import resource
from inclucities_desktop.store.workspace import DATABASE_FILE, open_workspace

SAMPLE_PLAN_FILES = sorted(resource("sample", "plans").glob("*.json"))


def cli(data_dir: Path, *args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run_cli(["--data-dir", str(data_dir), *args], out=out, err=err,
                   stdin=None if stdin is None else io.BytesIO(stdin))
    return code, out.getvalue(), err.getvalue()


def assert_one_error_line(code: int, out: str, err: str) -> str:
    assert code == 1
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("inclucities: error: "), err
    assert "Traceback" not in err
    return lines[0]


def write_document(folder: Path, name: str, document: Any) -> Path:
    path = folder / name
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def new_plan_document(plan_id: str, **extra: Any) -> dict[str, Any]:
    return {"id": plan_id, "title": f"Plan {plan_id}", "city": "jelgava", "language": "lv",
            **extra}


def apply(data_dir: Path, tmp_path: Path, document: dict[str, Any]) -> str:
    code, out, err = cli(data_dir, "apply", str(write_document(tmp_path, "doc.json", document)))
    assert (code, err) == (0, ""), err
    return out


# -- init ----------------------------------------------------------------------------


def test_init_creates_the_workspace_then_finds_it_ready(data_dir: Path) -> None:
    code, out, err = cli(data_dir, "init")
    assert (code, out, err) == (0, f"Created a workspace in {data_dir}\n", "")
    assert (data_dir / DATABASE_FILE).is_file()
    code, out, err = cli(data_dir, "init")
    assert (code, out, err) == (
        0, f"Workspace ready in {data_dir} (0 plans, 0 in the trash)\n", "")
    assert cli(data_dir, "plans") == (0, "No plans.\n", "")


def test_init_creates_missing_parent_folders(tmp_path: Path) -> None:
    folder = tmp_path / "a" / "b" / "Ένταξη"
    assert cli(folder, "init")[0] == 0
    assert (folder / DATABASE_FILE).is_file()


def test_init_sample_adds_cities_pairs_and_every_sample_plan(data_dir: Path) -> None:
    # Whatever number of sample plans resources/sample/plans holds (none is fine too).
    code, out, err = cli(data_dir, "init", "--sample")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[:2] == [f"Created a workspace in {data_dir}",
                         f"Sample: 8 cities, 4 pairs, {len(SAMPLE_PLAN_FILES)} plans added"]
    sample_ids = {json.loads(p.read_text(encoding="utf-8"))["id"] for p in SAMPLE_PLAN_FILES}
    assert {line.split()[2] for line in lines[2:]} == sample_ids
    listed = json.loads(cli(data_dir, "plans", "--json")[1])
    assert {p["id"] for p in listed} == sample_ids
    # A second run adds nothing and changes nothing.
    before = {plan_id: cli(data_dir, "show", plan_id, "--json")[1] for plan_id in sample_ids}
    code, out, err = cli(data_dir, "init", "--sample")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        f"Workspace ready in {data_dir} ({len(sample_ids)} plans, 0 in the trash)",
        "Sample: 8 cities, 4 pairs, 0 plans added"]
    assert {p: cli(data_dir, "show", p, "--json")[1] for p in sample_ids} == before


# -- plans ---------------------------------------------------------------------------


def test_plans_lists_in_text_and_json(data_dir: Path, tmp_path: Path) -> None:
    cli(data_dir, "init", "--sample")
    apply(data_dir, tmp_path, new_plan_document("cli-plan-1", title="Jelgava 🌍"))
    code, out, err = cli(data_dir, "plans", "--json")
    assert (code, err) == (0, "")
    listed = json.loads(out)
    assert listed[0]["id"] == "cli-plan-1"  # the latest change first
    assert listed[0] == {**listed[0], "title": "Jelgava 🌍", "city": "jelgava",
                         "city_name": "Jelgava", "language": "lv", "status": "draft",
                         "in_trash": False}
    assert set(listed[0]) == {"id", "title", "city", "city_name", "language", "status",
                              "updated_at", "in_trash"}
    code, out, _ = cli(data_dir, "plans")
    lines = out.splitlines()
    assert code == 0
    assert lines[0].split() == ["ID", "CITY", "LANG", "STATUS", "UPDATED", "(UTC)", "TITLE"]
    assert lines[1].startswith("cli-plan  Jelgava ")
    assert lines[1].endswith("  Jelgava 🌍")
    assert lines[1].split()[2:4] == ["lv", "draft"]
    assert len(lines) == 1 + len(listed)
    # Columns line up: every title starts where the heading TITLE does.
    column = lines[0].index("TITLE")
    assert all(line[column - 2:column] == "  " for line in lines[1:] if line.isascii())


def test_plans_trash(data_dir: Path, tmp_path: Path) -> None:
    apply(data_dir, tmp_path, new_plan_document("kept"))
    apply(data_dir, tmp_path, new_plan_document("binned", in_trash=True))
    assert [p["id"] for p in json.loads(cli(data_dir, "plans", "--json")[1])] == ["kept"]
    trash = json.loads(cli(data_dir, "plans", "--json", "--trash")[1])
    assert [(p["id"], p["in_trash"]) for p in trash] == [("binned", True)]
    assert cli(data_dir, "plans", "--trash")[1].splitlines()[1].startswith("binned  ")
    apply(data_dir, tmp_path, {"id": "binned", "in_trash": False})
    assert cli(data_dir, "plans", "--trash") == (0, "The trash is empty.\n", "")


def test_text_output_never_carries_control_characters(data_dir: Path, tmp_path: Path) -> None:
    title = "Evil\x1b[2J\x1b]0;owned\x07 title\nsecond line\x00"
    apply(data_dir, tmp_path, new_plan_document("ctrl", title=title, actions=[
        {"id": "a1", "code": "A\t1", "title": "line\r\nbreak"}]))
    for args in (("plans",), ("show", "ctrl")):
        code, out, _ = cli(data_dir, *args)
        assert code == 0
        assert not [c for c in out if c < " " and c != "\n"], out
    assert "Evil\ufffd[2J\ufffd]0;owned\ufffd title second line\ufffd" in \
        cli(data_dir, "show", "ctrl")[1].splitlines()[0]
    # The JSON keeps every character.
    assert json.loads(cli(data_dir, "show", "ctrl", "--json")[1])["title"] == title


# -- show ----------------------------------------------------------------------------


def test_show_by_prefix_gives_the_document(data_dir: Path, tmp_path: Path) -> None:
    cli(data_dir, "init", "--sample")
    apply(data_dir, tmp_path, new_plan_document(
        "0f3c9a7e-show", sections={"executive_summary": "Integrācija **visiem** 🇪🇺"},
        actions=[{"id": "act-1", "code": "A1", "title": "Valodas kursi"},
                 {"id": "act-2", "code": "A2", "title": "Ģimeņu centrs"}]))
    code, out, err = cli(data_dir, "show", "0f3c", "--json")
    assert (code, err) == (0, "")
    assert "Integrācija **visiem** 🇪🇺" in out  # not escaped: ensure_ascii=False
    assert out.startswith('{\n  "format": "inclucities-plan",\n')  # indented
    shown = json.loads(out)
    assert shown["id"] == "0f3c9a7e-show"
    assert shown["sections"]["executive_summary"] == "Integrācija **visiem** 🇪🇺"
    assert [(a["id"], a["code"], a["title"]) for a in shown["actions"]] == [
        ("act-1", "A1", "Valodas kursi"), ("act-2", "A2", "Ģimeņu centrs")]


def test_show_outline(data_dir: Path, tmp_path: Path) -> None:
    cli(data_dir, "init", "--sample")
    apply(data_dir, tmp_path, new_plan_document(
        "outline-1", title="Jelgavas plāns", status="endorsed",
        sections={"executive_summary": "Viens divi trīs", "timeline": "vārds " * 200},
        actions=[{"id": "a1", "code": "A1", "title": "Valodas kursi"}]))
    code, out, err = cli(data_dir, "show", "outline")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "Jelgavas plāns"
    assert lines[1] == "City: Jelgava (jelgava) · Language: lv · Status: endorsed"
    assert lines[2].startswith("Id: outline-1 · Template: v1 · Updated: ")
    summary = next(line for line in lines if "Executive summary" in line)
    assert summary.split() == ["1", "Executive", "summary", "3", "words", "started"]
    timeline = next(line for line in lines if "Timeline" in line)
    assert timeline.split()[-3:] == ["200", "words", "complete"]
    assert next(line for line in lines if "Summary in English" in line).split()[-1] == "empty"
    assert lines[lines.index("Actions (1)") + 1].split() == ["A1", "Valodas", "kursi"]
    assert "In the trash." not in lines


def test_show_outline_of_a_plan_in_the_trash_without_actions(
    data_dir: Path, tmp_path: Path,
) -> None:
    apply(data_dir, tmp_path, {"id": "gone", "title": "Gone", "city": "nowhere",
                               "language": "en", "in_trash": True})
    code, out, _ = cli(data_dir, "show", "gone")
    lines = out.splitlines()
    assert code == 0
    assert lines[1] == "City: nowhere · Language: en · Status: draft"
    assert "In the trash." in lines
    assert lines[lines.index("Actions (0)") + 1] == "  (none)"
    assert not any("Summary in English" in line for line in lines)


# -- apply ---------------------------------------------------------------------------


def test_apply_creates_then_updates(data_dir: Path, tmp_path: Path) -> None:
    document = new_plan_document("apply-1", sections={"timeline": "2025 → 2027"})
    path = write_document(tmp_path, "a.json", document)
    assert cli(data_dir, "apply", str(path)) == (0, "created plan apply-1\n", "")
    assert cli(data_dir, "apply", str(path)) == (0, "updated plan apply-1: 0 fields changed\n",
                                                 "")
    document["sections"]["timeline"] = "2025 → 2028"
    document["title"] = "Renamed"
    path = write_document(tmp_path, "a.json", document)
    assert cli(data_dir, "apply", str(path)) == (0, "updated plan apply-1: 2 fields changed\n",
                                                 "")
    # What `show` prints applies back unchanged.
    shown = cli(data_dir, "show", "apply-1", "--json")[1]
    (tmp_path / "shown.json").write_text(shown, encoding="utf-8")
    assert cli(data_dir, "apply", str(tmp_path / "shown.json"))[1] == \
        "updated plan apply-1: 0 fields changed\n"


def test_apply_reads_standard_input(data_dir: Path) -> None:
    document = new_plan_document("stdin-1", title="Ένταξη")
    raw = json.dumps(document, ensure_ascii=False).encode("utf-8")
    assert cli(data_dir, "apply", "-", stdin=raw) == (0, "created plan stdin-1\n", "")
    partial = b'{"id": "stdin-1", "sections": {"timeline": "2025"}}'
    assert cli(data_dir, "apply", "-", stdin=partial)[1] == \
        "updated plan stdin-1: 1 fields changed\n"
    shown = json.loads(cli(data_dir, "show", "stdin-1", "--json")[1])
    assert (shown["title"], shown["sections"]["timeline"]) == ("Ένταξη", "2025")


def test_apply_accepts_a_byte_order_mark(data_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(new_plan_document("bom")).encode())
    assert cli(data_dir, "apply", str(path)) == (0, "created plan bom\n", "")


# -- errors --------------------------------------------------------------------------


def test_unknown_plan_is_one_error_line(data_dir: Path) -> None:
    cli(data_dir, "init")
    line = assert_one_error_line(*cli(data_dir, "show", "nope", "--json"))
    assert line == "inclucities: error: No plan id starts with 'nope'"


def test_ambiguous_prefix_is_one_error_line(data_dir: Path, tmp_path: Path) -> None:
    for plan_id in ("ab1", "ab2"):
        apply(data_dir, tmp_path, new_plan_document(plan_id))
    line = assert_one_error_line(*cli(data_dir, "show", "ab"))
    assert "More than one plan" in line
    assert cli(data_dir, "show", "ab2", "--json")[0] == 0


def test_invalid_json_names_line_and_column(data_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{\n  "id": "x",\n  "title": oops\n}\n', encoding="utf-8")
    line = assert_one_error_line(*cli(data_dir, "apply", str(path)))
    assert line.endswith("broken.json is not valid JSON: Expecting value at line 3, column 12")
    line = assert_one_error_line(*cli(data_dir, "apply", "-", stdin=b"{"))
    assert "standard input is not valid JSON" in line


@pytest.mark.parametrize(("content", "expected"), [
    (b'{"id": "n", "actions": [{"id": "a", "funding": [{"amount_eur": NaN}]}]}',
     "NaN is not a number JSON allows"),
    (b'{"id": "caf\xe9"}', "is not UTF-8 text (at byte 12)"),
    (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    (b"", "Expecting value at line 1, column 1"),
])
def test_unreadable_documents_are_one_error_line(
    data_dir: Path, tmp_path: Path, content: bytes, expected: str,
) -> None:
    path = tmp_path / "doc.json"
    path.write_bytes(content)
    assert expected in assert_one_error_line(*cli(data_dir, "apply", str(path)))


def test_missing_file_or_a_folder_is_one_error_line(data_dir: Path, tmp_path: Path) -> None:
    line = assert_one_error_line(*cli(data_dir, "apply", str(tmp_path / "absent.json")))
    assert line.endswith("absent.json: No such file or directory")
    line = assert_one_error_line(*cli(data_dir, "apply", str(tmp_path)))
    assert "Is a directory" in line


def test_document_error_changes_nothing(data_dir: Path, tmp_path: Path) -> None:
    for document, expected in [
        (new_plan_document("bad-1", sections={"no_such_section": "x"}), "no_such_section"),
        (new_plan_document("bad-2", title="emoji \ud83d"), "surrogate"),
        ({"id": "partial-new", "city": "jelgava"}, "A new plan needs title, language"),
    ]:
        path = tmp_path / "bad.json"
        # ensure_ascii keeps the lone surrogate as the escape a JSON file would hold.
        path.write_text(json.dumps(document), encoding="utf-8")
        assert expected in assert_one_error_line(*cli(data_dir, "apply", str(path)))
    assert json.loads(cli(data_dir, "plans", "--json")[1]) == []


def test_corrupt_workspace_is_one_error_line_and_left_alone(data_dir: Path) -> None:
    database = data_dir / DATABASE_FILE
    garbage = os.urandom(8192)
    database.write_bytes(garbage)
    for args in (("plans",), ("init", "--sample"), ("show", "x")):
        line = assert_one_error_line(*cli(data_dir, *args))
        assert "not an IncluCities workspace" in line
    assert database.read_bytes() == garbage


def test_newer_workspace_is_one_error_line_and_left_alone(data_dir: Path) -> None:
    open_workspace(data_dir).close()
    with sqlite3.connect(data_dir / DATABASE_FILE) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '0099_future'")
    raw.close()
    before = (data_dir / DATABASE_FILE).read_bytes()
    line = assert_one_error_line(*cli(data_dir, "plans"))
    assert "newer version of IncluCities" in line
    assert (data_dir / DATABASE_FILE).read_bytes() == before


def test_damage_found_only_while_reading_is_one_error_line(
    data_dir: Path, tmp_path: Path,
) -> None:
    marker = "Ievērojams teksts, kas aizņem daudzas lappuses. "
    apply(data_dir, tmp_path, new_plan_document("damaged", sections={
        "context_needs": marker * 2000}))
    with sqlite3.connect(data_dir / DATABASE_FILE) as raw:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.close()
    content = bytearray((data_dir / DATABASE_FILE).read_bytes())
    page_size = int.from_bytes(content[16:18], "big")
    # Garbage over the pages that hold the long section (next-page numbers included; the
    # search index's copy too) is found only when the section is read.
    damaged = 0
    for start in range(page_size, len(content), page_size):
        if marker.encode() in content[start:start + page_size]:
            content[start:start + page_size] = b"\xff" * page_size
            damaged += 1
    assert damaged > 10
    (data_dir / DATABASE_FILE).write_bytes(bytes(content))
    assert cli(data_dir, "plans")[0] == 0
    line = assert_one_error_line(*cli(data_dir, "show", "damaged", "--json"))
    assert "cannot be read" in line
    assert "malformed" in line


# -- arguments -----------------------------------------------------------------------


@pytest.mark.parametrize(("args", "expected"), [
    ([], "the following arguments are required: SUBCOMMAND"),
    (["plan"], "invalid choice: 'plan'"),
    (["show"], "the following arguments are required: PLAN"),
    (["plans", "--colour"], "unrecognized arguments: --colour"),
    (["apply"], "the following arguments are required: FILE.json"),
])
def test_usage_errors_exit_2(data_dir: Path, args: list[str], expected: str) -> None:
    code, out, err = cli(data_dir, *args)
    assert (code, out) == (2, "")
    assert err.startswith("usage: inclucities")
    assert expected in err
    assert not (data_dir / DATABASE_FILE).exists()  # nothing opened


def test_help_and_version(capsys: pytest.CaptureFixture[str]) -> None:
    out = io.StringIO()
    assert run_cli(["--help"], out=out) == 0
    assert all(name in out.getvalue() for name in SUBCOMMANDS)
    out = io.StringIO()
    assert run_cli(["show", "--help"], out=out) == 0
    assert "PLAN" in out.getvalue()
    out = io.StringIO()
    assert run_cli(["--version"], out=out) == 0
    assert out.getvalue().startswith("inclucities ")
    assert capsys.readouterr() == ("", "")


@pytest.mark.parametrize(("argv", "subcommand", "command_line"), [
    ([], None, False),
    (["plans"], "plans", True),
    (["--data-dir", "plans"], None, False),  # the window, on the folder "plans"
    (["--data-dir", "plans", "plans"], "plans", True),
    (["--data-dir=plans"], None, False),
    (["--data-dir=show", "show", "x"], "show", True),
    (["--data", "init"], None, False),  # argparse's abbreviation of --data-dir
    (["--data-dir", "init", "show", "x"], "show", True),
    (["--quit-after-ms", "500"], None, False),
    (["--language", "lv"], None, False),  # the window, in Latvian
    (["--language", "it", "--smoke-test"], None, False),
    (["-style", "fusion"], None, False),  # Qt's own option and its value
    (["-style", "fusion", "apply", "-"], "apply", True),
    (["plan"], None, True),  # a typo gets a usage error, not a window
    (["--", "plans"], "plans", True),
    (["--help"], None, True),
    (["--data-dir", "x", "-h"], None, True),
    (["--version"], None, True),
])
def test_telling_the_command_line_from_the_window(
    argv: list[str], subcommand: str | None, command_line: bool,
) -> None:
    assert subcommand_of(argv) == subcommand
    assert wants_command_line(argv) == command_line


def test_main_runs_a_subcommand_on_a_folder_named_like_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["--data-dir", "plans", "plans"]) == 0
    assert capsys.readouterr().out == "No plans.\n"
    assert (tmp_path / "plans" / DATABASE_FILE).is_file()
    monkeypatch.setenv("INCLUCITIES_DATA_DIR", str(tmp_path / "from-env"))
    assert main(["init"]) == 0
    assert capsys.readouterr().out == f"Created a workspace in {tmp_path / 'from-env'}\n"
