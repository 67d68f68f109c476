"""Workspace files: the migrated schema, and files that must be refused and left untouched."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from inclucities_desktop.services.workspace_services import WorkspaceServices
from inclucities_desktop.store.schema import metadata
from inclucities_desktop.store.workspace import (
    DATABASE_FILE,
    SCHEMA_HEAD,
    CorruptWorkspaceError,
    NewerWorkspaceError,
    WorkspaceError,
    alembic_head,
    open_workspace,
)


def make_workspace(folder: Path) -> Path:
    workspace = open_workspace(folder)
    workspace.close()
    return folder / DATABASE_FILE


def files_in(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.stat().st_size}


def test_schema_head_is_the_newest_migration() -> None:
    assert alembic_head() == SCHEMA_HEAD


def _not_full_text_search(obj: Any, name: str | None, type_: str, reflected: bool,
                          compare_to: Any) -> bool:
    table = obj if type_ == "table" else getattr(obj, "table", None)
    table_name = name if type_ == "table" else getattr(table, "name", "")
    return not (table_name or "").startswith("search_index")


def test_migrated_schema_matches_the_tables_the_code_uses(data_dir: Path) -> None:
    workspace = open_workspace(data_dir)
    try:
        with workspace.read() as connection:
            context = MigrationContext.configure(
                connection, opts={"include_object": _not_full_text_search}
            )
            differences = compare_metadata(context, metadata)
    finally:
        workspace.close()
    assert differences == []


def test_the_journal_is_write_ahead(data_dir: Path) -> None:
    workspace = open_workspace(data_dir)
    try:
        with workspace.read() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        workspace.close()


def test_reopening_a_current_workspace_keeps_its_data(data_dir: Path) -> None:
    workspace = open_workspace(data_dir)
    with workspace.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO cities (id, name) VALUES ('jelgava', 'Jelgava')")
    workspace.close()
    workspace = open_workspace(data_dir)
    try:
        with workspace.read() as connection:
            assert connection.exec_driver_sql("SELECT name FROM cities").scalar() == "Jelgava"
    finally:
        workspace.close()
    assert not list(data_dir.glob("*.before-*"))


def test_a_workspace_from_a_newer_app_is_refused_and_unchanged(data_dir: Path) -> None:
    path = make_workspace(data_dir)
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '0042_from_the_future'")
    raw.close()
    before = files_in(data_dir)
    with pytest.raises(NewerWorkspaceError, match="newer version"):
        open_workspace(data_dir)
    assert files_in(data_dir) == before
    assert not list(data_dir.glob("*.before-*"))


def test_a_file_of_random_bytes_is_refused_and_unchanged(data_dir: Path) -> None:
    path = data_dir / DATABASE_FILE
    garbage = os.urandom(64 * 1024)
    path.write_bytes(garbage)
    with pytest.raises(CorruptWorkspaceError):
        open_workspace(data_dir)
    assert path.read_bytes() == garbage
    assert sorted(p.name for p in data_dir.iterdir()) == [DATABASE_FILE]


@pytest.mark.parametrize("damage_from", [100, 4096], ids=["past-header", "past-first-page"])
def test_a_sqlite_file_with_damaged_pages_is_refused_and_unchanged(
    data_dir: Path, damage_from: int,
) -> None:
    path = make_workspace(data_dir)
    with sqlite3.connect(path) as raw:
        raw.executemany("INSERT INTO cities (id, name) VALUES (?, ?)",
                        [(f"c{i}", "x" * 500) for i in range(200)])
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.close()
    content = bytearray(path.read_bytes())
    assert len(content) > damage_from + 4096
    content[damage_from:] = os.urandom(len(content) - damage_from)
    path.write_bytes(bytes(content))
    before = files_in(data_dir)
    with pytest.raises(WorkspaceError) as raised:
        open_workspace(data_dir)
    assert isinstance(raised.value, CorruptWorkspaceError), raised.value
    assert "has not been changed" in str(raised.value)
    assert files_in(data_dir) == before


def test_a_database_of_another_program_is_refused_and_unchanged(data_dir: Path) -> None:
    path = data_dir / DATABASE_FILE
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    raw.close()
    before = path.read_bytes()
    with pytest.raises(CorruptWorkspaceError):
        open_workspace(data_dir)
    assert path.read_bytes() == before


def test_a_folder_where_the_database_should_be_is_refused(data_dir: Path) -> None:
    (data_dir / DATABASE_FILE).mkdir()
    with pytest.raises(WorkspaceError, match="not a file"):
        open_workspace(data_dir)
    assert (data_dir / DATABASE_FILE).is_dir()
    assert list((data_dir / DATABASE_FILE).iterdir()) == []


def _workspace_with_data(folder: Path) -> bytes:
    workspace = open_workspace(folder)
    with workspace.begin() as connection:
        for number in range(300):
            connection.exec_driver_sql(
                "INSERT INTO cities (id, name) VALUES (?, ?)", (f"c{number}", "ā" * 300))
    workspace.close()
    path = folder / DATABASE_FILE
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.close()
    return path.read_bytes()


@pytest.mark.parametrize("keep", [0.05, 0.5, 0.95], ids=["5%", "half", "95%"])
def test_a_truncated_workspace_is_refused_and_unchanged(data_dir: Path, keep: float) -> None:
    # As a copy cut short by a full disk or an interrupted download leaves it.
    whole = _workspace_with_data(data_dir)
    cut = whole[: int(len(whole) * keep) // 4096 * 4096 + 100]
    (data_dir / DATABASE_FILE).write_bytes(cut)
    with pytest.raises(CorruptWorkspaceError, match="has not been changed"):
        open_workspace(data_dir)
    assert (data_dir / DATABASE_FILE).read_bytes() == cut
    assert not list(data_dir.glob("*.before-*"))


def test_a_file_holding_only_the_sqlite_header_is_refused(data_dir: Path) -> None:
    (data_dir / DATABASE_FILE).write_bytes(b"SQLite format 3\x00")
    with pytest.raises(CorruptWorkspaceError):
        open_workspace(data_dir)
    assert (data_dir / DATABASE_FILE).read_bytes() == b"SQLite format 3\x00"


WRITER = textwrap.dedent("""
    import sys
    from inclucities_desktop.services.workspace_services import WorkspaceServices

    services = WorkspaceServices.open(sys.argv[1])
    plan = services.plans.create(city_id="jelgava", title="Kill test", language="lv",
                                 plan_id="killed")
    action = services.actions.add(plan.id, {"code": "A1"})
    number = 0
    while True:  # until killed
        number += 1
        services.plans.set_section_text(plan.id, "timeline", f"version {number} ✓")
        services.actions.set_field(action.id, "title", f"title {number}")
        print(number, flush=True)  # only once both edits are committed
""")


@pytest.mark.slow
def test_a_killed_process_loses_nothing_it_committed(data_dir: Path) -> None:
    process = subprocess.Popen([sys.executable, "-c", WRITER, str(data_dir)],
                               stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    reported = 0
    for line in process.stdout:
        reported = int(line)
        if reported >= 40:
            break
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    process.stdout.close()
    assert process.returncode == -signal.SIGKILL

    services = WorkspaceServices.open(data_dir)
    try:
        text = services.plans.section("killed", "timeline").text
        number = int(text.split()[1])
        # The process may have committed a few more after its last report; never fewer.
        assert number >= reported
        assert text == f"version {number} ✓"
        [action] = services.actions.list("killed")
        assert int(action.title.split()[1]) in (number - 1, number)  # the later edit
        pending = {(c["entity"], c["field"]): c["value"] for c in services.pending_changes()}
        assert pending[("section", "text")] == text
        assert pending[("action", "title")] == action.title
    finally:
        services.close()
